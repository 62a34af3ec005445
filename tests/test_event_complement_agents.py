"""Participants the parser hangs one step too low (`PhraseActors._agent_actors`,
`PhraseActors.demonym_actor`): the "by" phrase of a passive read as the complement's
modifier ("was declared a terrorist by X"), and a country named two compounds out on a
force noun ("a Vanuatu patrol boat seized ..."). Sentences written for these tests,
through the real pipeline."""

from __future__ import annotations

from tests.event_helpers import events_of, extract, names

from newsgraph import Pipeline


def test_by_phrase_on_a_passive_complement_is_the_actor(pipeline: Pipeline) -> None:
    text = "Ahmed Salem was declared a terrorist by the Egyptian government in 2023."
    record = extract(pipeline, text)
    found = events_of(record, "SANCTION")
    assert found
    assert "Egypt" in names(record, found[0].actor)
    assert "Ahmed Salem" in names(record, found[0].recipient)


def test_by_phrase_on_a_passive_object_is_the_actor(pipeline: Pipeline) -> None:
    text = "The group was designated a terrorist organisation by the United States in 2021."
    record = extract(pipeline, text)
    found = events_of(record, "SANCTION")
    assert found
    assert "United States" in names(record, found[0].actor)


def test_country_compounded_on_a_patrol_boat_acts(pipeline: Pipeline) -> None:
    text = (
        "Vanuatu has stepped up patrols. A Vanuatu patrol boat seized a Chinese fishing vessel on Sunday, China said."
    )
    record = extract(pipeline, text)
    found = [e for e in events_of(record, "COERCE") if e.trigger and e.trigger.text == "seized"]
    assert found
    assert "Vanuatu" in names(record, found[0].actor)


def test_country_compounded_on_a_plan_is_no_actor(pipeline: Pipeline) -> None:
    # a country two compounds out on a noun that acts for no state names no author
    text = "Ukraine and Russia met in Geneva. The Ukraine peace plan talks collapsed on Monday."
    record = extract(pipeline, text)
    found = [e for e in events_of(record, "CONSULT") if e.trigger and e.trigger.text == "talks"]
    assert all("Ukraine" not in names(record, e.actor) or len(e.actor) > 1 for e in found)
