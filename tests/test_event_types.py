"""Event types and modes from the rules of `nlp/event_types.py`, `nlp/event_modes.py`,
`nlp/event_filters.py` and `nlp/event_participants.py` (round 2: nominal events,
refusals, reprisals, lexicon additions), on sentences written for these tests, through
the real pipeline."""

from __future__ import annotations

import pytest

from newsgraph import Article, Pipeline
from newsgraph.record import Event, Record

PUBLISHED = "2025-05-14"


def _record(pipeline: Pipeline, text: str, published: str = PUBLISHED) -> Record:
    return pipeline.extract(Article(text=text, published=published))


def _names(record: Record, ids: list[str]) -> set[str]:
    return {a.name for a in record.actors if a.id in ids} | {
        alias for a in record.actors if a.id in ids for alias in a.aliases
    }


def _events(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.event == etype]


def _one(record: Record, etype: str) -> Event:
    found = _events(record, etype)
    assert len(found) == 1, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    return found[0]


# -- round 2: nominal events, refusals, reprisals, lexicon additions ---------------------------
def test_nominal_event_takes_its_author_from_a_compound_or_the_accused(pipeline: Pipeline) -> None:
    record = _record(pipeline, "A Red Cross aid convoy was hit by a drone near Varnsk on Sunday.")
    assert "Red Cross" in _names(record, _one(record, "AID").actor)
    text = "Ruritania on Monday accused Borduria of being behind a cyberattack on the election commission."
    record = _record(pipeline, text)
    event = _one(record, "COERCE")
    assert event.mode == "cyber" and "Borduria" in _names(record, event.actor)


def test_a_month_is_no_march(pipeline: Pipeline) -> None:
    record = _record(
        pipeline, "Ruritania accused Borduria of spreading disinformation ahead of the elections in March."
    )
    assert not _events(record, "PROTEST")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ('Defence Minister Ivo Brandt said Ruritania would "accept no lessons" from Borduria.', "REJECT", None),
        ("The Ruritanian Foreign Ministry called Borduria to end the border closures.", "REQUEST", "change"),
        ('Ivo Brandt said the army "will be obliged to respond" if Borduria attacks.', "THREATEN", None),
        ('Lena Varga said the expulsion "will not remain without an answer".', "THREATEN", None),
        ('"Whoever loots a shop will rot in prison," Interior Minister Ivo Brandt said.', "THREATEN", "arrest"),
        (
            'Ruritanian officials said Bordurian troops "initiated unprovoked firing" with mortars.',
            "ASSAULT",
            "heavy-weapons",
        ),
        ("Jailed activist Mira Olsen has been on hunger strike since Thursday.", "PROTEST", "hunger"),
        ("Ruritanian Governor Ivo Brandt said his forces had retaken the road to Dorn on Thursday.", "COERCE", "seize"),
        ("Two Ruritanian citizens are still held in Varnsk prison, Lena Varga said.", "COERCE", "arrest"),
    ],
)
def test_round_two_types(pipeline: Pipeline, text: str, etype: str, mode: str | None) -> None:
    record = _record(pipeline, text)
    found = _events(record, etype)
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert found[0].mode == mode


def test_generic_condition_and_pushback(pipeline: Pipeline) -> None:
    record = _record(pipeline, '"Whoever loots a shop will rot in prison," Interior Minister Ivo Brandt said.')
    assert not _events(record, "ASSAULT") and not _events(record, "PROTEST")
    text = "Forty migrants who were pushed back by the Bordurian coast guard were rescued off Varnsk."
    assert _one(_record(pipeline, text), "COERCE").mode == "deport"


def test_site_visit_and_unit_noun_are_no_events(pipeline: Pipeline) -> None:
    record = _record(pipeline, "Ombudsman Lena Varga said she had visited detention centres in Varnsk on Tuesday.")
    assert not _events(record, "CONSULT")
    record = _record(pipeline, 'The Ruritanian coast guard said its patrol "never approached" the boat.')
    assert not _events(record, "MOBILIZE")


def test_a_protest_states_its_demand(pipeline: Pipeline) -> None:
    text = "Thousands of students marched through Varnsk on Monday to demand the resignation of Ivo Brandt."
    record = _record(pipeline, text)
    assert _events(record, "PROTEST") and _events(record, "REQUEST")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        (
            "Prime Minister Ivo Brandt urged the UN Security Council to force Borduria to accept a ceasefire.",
            "REQUEST",
            "yield",
        ),
        (
            "The UN aid office on Tuesday appealed to the Ruritanian government to extend its permission.",
            "REQUEST",
            "change",
        ),
        (
            'Interior Minister Ivo Brandt warned that anyone who damaged factories "will face the law".',
            "THREATEN",
            "arrest",
        ),
        (
            "Ruritanian police fired tear gas and rubber bullets at the protesters in Varnsk.",
            "ASSAULT",
            "crowd-control",
        ),
    ],
)
def test_modes_from_what_is_asked_threatened_or_fired(pipeline: Pipeline, text: str, etype: str, mode: str) -> None:
    record = _record(pipeline, text)
    assert _one(record, etype).mode == mode
