"""Event types and modes from the rules of `nlp/event_types.py`, `nlp/event_modes.py`,
`nlp/event_filters.py` and `nlp/event_participants.py` (round 2: nominal events,
refusals, reprisals, lexicon additions), on sentences written for these tests, through
the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, extract, names, one
from newsgraph import Pipeline


# -- round 2: nominal events, refusals, reprisals, lexicon additions ---------------------------
def test_nominal_event_takes_its_author_from_a_compound_or_the_accused(pipeline: Pipeline) -> None:
    record = extract(pipeline, "A Red Cross aid convoy was hit by a drone near Varnsk on Sunday.")
    assert "Red Cross" in names(record, one(record, "AID").actor)
    text = "Ruritania on Monday accused Borduria of being behind a cyberattack on the election commission."
    record = extract(pipeline, text)
    event = one(record, "COERCE")
    assert event.mode == "cyber" and "Borduria" in names(record, event.actor)


def test_a_month_is_no_march(pipeline: Pipeline) -> None:
    record = extract(
        pipeline, "Ruritania accused Borduria of spreading disinformation ahead of the elections in March."
    )
    assert not events_of(record, "PROTEST")


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
    record = extract(pipeline, text)
    found = events_of(record, etype)
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert found[0].mode == mode


def test_generic_condition_and_pushback(pipeline: Pipeline) -> None:
    record = extract(pipeline, '"Whoever loots a shop will rot in prison," Interior Minister Ivo Brandt said.')
    assert not events_of(record, "ASSAULT") and not events_of(record, "PROTEST")
    text = "Forty migrants who were pushed back by the Bordurian coast guard were rescued off Varnsk."
    assert one(extract(pipeline, text), "COERCE").mode == "deport"


def test_site_visit_and_unit_noun_are_no_events(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ombudsman Lena Varga said she had visited detention centres in Varnsk on Tuesday.")
    assert not events_of(record, "CONSULT")
    record = extract(pipeline, 'The Ruritanian coast guard said its patrol "never approached" the boat.')
    assert not events_of(record, "MOBILIZE")


def test_a_protest_states_its_demand(pipeline: Pipeline) -> None:
    text = "Thousands of students marched through Varnsk on Monday to demand the resignation of Ivo Brandt."
    record = extract(pipeline, text)
    assert events_of(record, "PROTEST") and events_of(record, "REQUEST")


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
    record = extract(pipeline, text)
    assert one(record, etype).mode == mode
