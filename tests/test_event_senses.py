"""Trigger senses that depend on the object (`nlp/event_senses.py`) and lexicon entries
for lemma variants of the small model ("fined" -> "fin", "chargé d'affaires"), issue #5.
Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import extract
from newsgraph import Pipeline

CASES = [
    # charging a state or charging that ...: an accusation; charging people: an indictment
    ("The Armenian foreign ministry charged Azerbaijan with arming the separatists.", "charged", "ACCUSE", "allege"),
    ("Officials in Klow charged that Ruritanian troops had crossed the border.", "charged", "ACCUSE", "allege"),
    ("Prosecutors charged the two men with smuggling weapons on Monday.", "charged", "COERCE", "arrest"),
    # "fined": lemmatised "fin" by the small model
    ("A court in Klow fined the shipping company 2 million dollars on Monday.", "fined", "SANCTION", "convict"),
    # "chargé d'affaires" as the object of a diplomatic protest or expulsion
    ("The Ruritanian foreign ministry summoned the Bordurian chargé d'affaires on Monday.", "summoned", "ACCUSE", None),
    (
        "The junta ordered the Ruritanian chargé d'affaires to leave the country within 48 hours.",
        "ordered",
        "SANCTION",
        "expel",
    ),
    # concessions: paying a penalty, suspending a contested project
    ("The mining company agreed it would pay compensation to the families of the dead.", "pay", "CONCEDE", None),
    ("After a week of protests, the mining company suspended construction of the dam.", "suspended", "CONCEDE", None),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "mode"), CASES)
def test_object_sense(pipeline: Pipeline, text: str, trigger: str, etype: str, mode: str | None) -> None:
    record = extract(pipeline, text)
    found = [(e.event, e.mode) for e in record.events if e.trigger and e.trigger.text == trigger]
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert found[0][0] == etype, found
    if mode is not None:
        assert found[0][1] == mode, found


def test_pay_without_a_penalty_is_no_concession(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The ministry said it would pay the salaries of teachers on Friday.")
    assert not [e for e in record.events if e.trigger and e.trigger.text == "pay" and e.event == "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian authorities set free 146 detainees from the central prison on Wednesday.",
        "Thirty prisoners were set free in Klow on Friday.",
        "The rebels set the hostages free on Monday.",
    ],
)
def test_set_free_is_a_release(pipeline: Pipeline, text: str) -> None:
    found = [(e.event, e.mode) for e in extract(pipeline, text).events]
    assert ("RETREAT", "release") in found, found


def test_set_without_free_is_no_release(pipeline: Pipeline) -> None:
    assert not extract(pipeline, "The court in Klow set a date for the trial of the prisoners.").events
