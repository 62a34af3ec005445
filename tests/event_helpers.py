"""Helpers the event tests share: run the real pipeline on a sentence, read events back."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Event, Record

PUBLISHED = "2025-05-14"


def extract(pipeline: Pipeline, text: str, published: str = PUBLISHED) -> Record:
    return pipeline.extract(Article(text=text, published=published))


def names(record: Record, ids: list[str]) -> set[str]:
    """Names and aliases of the actors with these ids."""
    return {a.name for a in record.actors if a.id in ids} | {
        alias for a in record.actors if a.id in ids for alias in a.aliases
    }


def events_of(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.event == etype]


def one(record: Record, etype: str) -> Event:
    """The one event of this type; the assertion lists what was found otherwise."""
    found = events_of(record, etype)
    assert len(found) == 1, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    return found[0]
