"""Helpers shared by the claim and conflict tests: extract one text, read a claim's speakers
and cues, and the claim contents each conflict pairs."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Claim, Record


def extract_at(pipeline: Pipeline, text: str, published: str = "2025-03-14") -> Record:
    return pipeline.extract(Article(text=text, published=published))


def speaker_names(record: Record, claim: Claim) -> list[str]:
    names = {a.id: a.name for a in record.actors}
    return [names.get(s, s) for s in claim.speaker]


def with_cue(record: Record, cue: str) -> list[Claim]:
    return [c for c in record.claims if c.cue.text == cue]


def conflict_pairs(record: Record) -> list[set[str]]:
    """The contents of the two claims of each conflict."""
    by_id = {c.id: c.content.text for c in record.claims}
    return [{by_id[c] for c in k.claims} for k in record.conflicts]


def pairs_with(pairs: list[set[str]], words: str) -> list[set[str]]:
    return [p for p in pairs if any(words in content for content in p)]
