"""Syndicated copies: one wire story published by several outlets.

Outlets reprint agency copy under their own title and URL, sometimes trimmed, so copies
have different record ids. Two records are copies of one story when their texts are nearly
the same (rapidfuzz, when the records carry text) or, for records stored without text, when
most sentences their events and claims were read from in the shorter copy are in the other.
Only records that share at least one such sentence are compared, never a store pairwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

from rapidfuzz import fuzz

from newsgraph.record import Record

LOGGER = logging.getLogger(__name__)

TEXT_RATIO = 90.0  # rapidfuzz ratio of the two texts
SENTENCE_OVERLAP = 0.8  # shared sentences / sentences of the shorter copy (copies get trimmed)
MIN_SENTENCES = 3


def _sentences(record: Record) -> set[str]:
    spans = [e.evidence.text for e in record.events] + [c.content.text for c in record.claims]
    return {" ".join(s.split()) for s in spans if s and len(s) > 20}


def are_copies(a: Record, b: Record) -> bool:
    if a.text and b.text:
        return fuzz.ratio(a.text, b.text, score_cutoff=TEXT_RATIO) >= TEXT_RATIO
    sa, sb = _sentences(a), _sentences(b)
    if min(len(sa), len(sb)) < MIN_SENTENCES:
        return False
    return len(sa & sb) / min(len(sa), len(sb)) >= SENTENCE_OVERLAP


def stories(records: Iterable[Record]) -> dict[str, str]:
    """Record id -> story id (the id of the earliest-published copy)."""
    ordered = sorted(records, key=lambda r: (r.source.published or "", r.id))
    story: dict[str, str] = {}
    heads: list[Record] = []
    by_sentence: dict[str, list[int]] = {}  # only heads that share a sentence are compared
    for r in ordered:
        sentences = _sentences(r)
        candidates = sorted({i for s in sentences for i in by_sentence.get(s, [])})
        for i in candidates:
            head = heads[i]
            # copies appear within days of each other
            if near_dates(head.source.published, r.source.published) and are_copies(head, r):
                story[r.id] = head.id
                break
        else:
            heads.append(r)
            story[r.id] = r.id
            for s in sentences:
                by_sentence.setdefault(s, []).append(len(heads) - 1)
    return story


def near_dates(a: str | None, b: str | None, days: int = 3) -> bool:
    """Whether two ISO dates lie within `days` of each other (unknown dates count as near)."""
    if not a or not b:
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return True
