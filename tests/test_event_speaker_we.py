"""The speaker's own side inside quoted words (`role_syntax.first_person_subject`, used by
`nlp/events.py`): "'Our forces shot down two drones,' the ministry said" is the
speaker's act; "we were attacked" is not. Sentences written for these tests, through the
real pipeline."""

from __future__ import annotations

from tests.event_helpers import events_of, extract, names

from newsgraph import Pipeline


def test_our_forces_in_a_quote_are_the_speakers(pipeline: Pipeline) -> None:
    text = '"Our forces shot down two Ukrainian drones over Belgorod," Russia\'s defence ministry said on Monday.'
    record = extract(pipeline, text)
    found = events_of(record, "ASSAULT")
    assert found
    assert any("defence ministry" in n for n in names(record, found[0].actor))


def test_we_in_a_quote_is_the_speaker(pipeline: Pipeline) -> None:
    text = '"We have arrested three suspects," Kenya\'s police chief Douglas Kanja said.'
    record = extract(pipeline, text)
    found = events_of(record, "COERCE")
    assert found
    assert "Douglas Kanja" in names(record, found[0].actor)


def test_we_undergoing_the_act_is_no_actor(pipeline: Pipeline) -> None:
    text = '"We were attacked near the border last night," the village chief Musa Dabo said.'
    record = extract(pipeline, text)
    assert all("Musa Dabo" not in names(record, e.actor) for e in events_of(record, "ASSAULT"))


def test_our_children_are_not_the_speakers_side(pipeline: Pipeline) -> None:
    text = '"Our children attacked nobody," Mayor Ilse Brandt said after the riot in Lemberg.'
    record = extract(pipeline, text)
    assert all("Ilse Brandt" not in names(record, e.actor) for e in events_of(record, "ASSAULT"))
