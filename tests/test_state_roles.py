"""Countries as state actors or places (`nlp/state_roles.py`): the recipient of an act behind
"to"/"at" is a state, a destination, an origin or a location is a place; sentences written for
these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-04-02"))


def _states(record: Record) -> set[str]:
    return {a.name for a in record.actors if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "country", "giver"),
    [
        ("Norway sent humanitarian aid to Tanzania on Tuesday.", "Tanzania", "Norway"),
        ("The militia fired rockets at Israel overnight, the group said.", "Israel", None),
        ("Denmark pledged $20 million in aid to Yemen on Monday.", "Yemen", "Denmark"),
        ("Venezuela handed over three prisoners to Colombia on Friday.", "Colombia", "Venezuela"),
        ("Norway's prime minister will make a visit to Brazil next week.", "Brazil", None),
    ],
)
def test_recipient_behind_to_or_at_is_a_state_and_the_events_recipient(
    pipeline: Pipeline, text: str, country: str, giver: str | None
) -> None:
    record = _extract(pipeline, text)
    assert country in _states(record)
    ids = {a.id: a.name for a in record.actors}
    assert any(country in [ids.get(r) for r in e.recipient] for e in record.events)
    if giver is not None:
        assert giver in _states(record)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of refugees fled to Chad after the attacks, the UN said.", "Chad"),
        ("Kenya deployed troops to Somalia on Monday, officials said.", "Somalia"),
        ("Migrants arriving from Morocco reached Spain by boat, the coast guard said.", "Spain"),
        ("Fighting in Sudan has killed thousands of people, the agency said.", "Sudan"),
        ("Flights from Turkey were suspended after the earthquake, the airline said.", "Turkey"),
    ],
)
def test_destination_origin_or_location_stays_a_place(pipeline: Pipeline, text: str, country: str) -> None:
    record = _extract(pipeline, text)
    assert country not in _states(record)
