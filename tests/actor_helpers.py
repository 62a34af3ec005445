"""Shared helpers for the actor and coreference tests: extract one text, and ask which
actors own the words at a place in it."""

from __future__ import annotations

import re

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def extract(pipeline: Pipeline, text: str, published: str = "2025-06-11") -> Record:
    return pipeline.extract(Article(text=text, published=published))


def owner_of(record: Record, text: str, nth: int = 1) -> list[str]:
    """Names of the actors with a mention overlapping the nth occurrence of `text`."""
    found = list(re.finditer(re.escape(text), record.text or ""))
    start = found[nth - 1].start()
    end = start + len(text)
    return [a.name for a in record.actors if any(m.start < end and start < m.end for m in a.mentions)]
