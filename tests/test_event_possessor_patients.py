"""A possessive on an act noun that its owner undergoes (`PhraseActors.possessor_patients`):
"Melia's arrest" makes Melia the recipient; "Russia's arrest of X" keeps Russia the actor.
Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from tests.event_helpers import events_of, extract, names

from newsgraph import Pipeline


def test_person_possessing_an_arrest_is_arrested(pipeline: Pipeline) -> None:
    text = "Opposition leader Tamar Kiladze was in court on Monday. Kiladze's detention by police drew protests."
    record = extract(pipeline, text)
    found = [e for e in events_of(record, "COERCE") if e.trigger and e.trigger.text == "detention"]
    assert found
    assert "Tamar Kiladze" in names(record, found[0].recipient)
    assert "Tamar Kiladze" not in names(record, found[0].actor)


def test_possessor_before_an_of_phrase_acts(pipeline: Pipeline) -> None:
    text = "Russia and Estonia are neighbours. Russia's arrest of the Estonian border guard Jaan Tamm angered Tallinn."
    record = extract(pipeline, text)
    found = [e for e in events_of(record, "COERCE") if e.trigger and e.trigger.text == "arrest"]
    assert found
    assert names(record, found[0].actor) == {"Russia"}
    assert found[0].recipient and "Russia" not in names(record, found[0].recipient)
