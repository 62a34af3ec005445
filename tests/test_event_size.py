"""Event size: counts of dead, injured and arrested from the trigger's clause, outcomes
merged into their event, and tolls stated with no event verb (`nlp/size.py`), on
sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, extract, names, one
from newsgraph import Pipeline


# -- size ---------------------------------------------------------------------------------------
def test_size_from_the_sentence_never_from_dates_or_ages(pipeline: Pipeline) -> None:
    text = "Air strikes on Varnsk on 7 October killed at least 14 people, including a 70-year-old man."
    event = one(extract(pipeline, text), "ASSAULT")
    assert event.size.dead == 14 and event.size.approximate


def test_outcome_sentence_enriches_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Ruritanian forces shelled the town of Varnsk on Monday. "
        "Some 40 people were wounded and nine were killed, the mayor said."
    )
    record = extract(pipeline, text)
    event = one(record, "ASSAULT")
    assert event.size.injured == 40


def test_arrests_count(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Police detained more than 300 protesters in Varnsk on Monday.")
    event = one(record, "COERCE")
    assert event.size.arrested == 300 and event.size.approximate


def test_size_belongs_to_the_clause_that_states_it(pipeline: Pipeline) -> None:
    text = (
        "Officials said the soldier Tomas Berg was captured by Hamas fighters during the attack on Israel "
        "on 7 October, in which some 1,200 people were killed."
    )
    record = extract(pipeline, text, published="2024-10-24")
    capture = next(e for e in events_of(record, "ASSAULT") if e.mode == "abduct")
    assert capture.size.dead is None
    assert "Hamas" in names(record, capture.actor) and "Tomas Berg" in names(record, capture.recipient)
    assert any(e.size.dead == 1200 and e.size.approximate for e in events_of(record, "ASSAULT"))


# -- tolls without an event verb ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Ruritanian jets struck a market in Varnsk on Monday. The death toll rose to 31, the ministry said.", 31),
        (
            "Ruritanian forces shelled the village of Dorn on Monday. "
            "The number of people killed in the shelling has risen to 23, officials said.",
            23,
        ),
        (
            "Ruritanian forces shelled the village of Dorn on Monday, killing 12 people. "
            "Two more victims died in hospital on Tuesday, bringing the toll to 40.",
            40,
        ),
        ("Rebels attacked a convoy near Dorn on Monday. At least 12 people have died since, officials said.", 12),
        ("Rebels attacked a convoy near Dorn on Monday. At least 12 dead, said a local official.", 12),
    ],
)
def test_toll_sizes_the_event_it_refers_to_and_creates_none(pipeline: Pipeline, text: str, dead: int) -> None:
    record = extract(pipeline, text)
    assert len(record.events) == 1, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert one(record, "ASSAULT").size.dead == dead


def test_toll_goes_to_the_event_it_names(pipeline: Pipeline) -> None:
    text = (
        "Ruritanian jets struck Varnsk on Monday, killing 14 people. Rebels ambushed a convoy near Dorn on "
        "Tuesday. The death toll from Monday's air strike has risen to 20."
    )
    record = extract(pipeline, text)
    sizes = {e.trigger.text: e.size.dead for e in events_of(record, "ASSAULT") if e.trigger}
    assert sizes == {"struck": 20, "ambushed": None}


def test_toll_never_makes_an_event_and_another_source_does_not_overwrite(pipeline: Pipeline) -> None:
    assert not extract(pipeline, "The death toll rose to 31, the health ministry said.").events
    text = (
        "Police fired tear gas at protesters in Varnsk on Monday, killing two people. The rights group "
        "Foro Libre put the death toll at four, while the government said no one had died."
    )
    assert one(extract(pipeline, text), "ASSAULT").size.dead == 2


def test_outcome_with_a_when_clause_is_one_event(pipeline: Pipeline) -> None:
    text = "At least 27 people were killed and some 60 wounded when drones struck a market in Varnsk, officials said."
    event = one(extract(pipeline, text), "ASSAULT")
    assert event.mode == "drone"
    assert event.size.dead == 27 and event.size.injured == 60 and event.size.approximate


def test_a_count_shot_dead_is_a_death_toll(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Two farmers were shot dead by soldiers near the checkpoint on Monday, villagers said.")
    assert one(record, "ASSAULT").size.dead == 2


# -- arrests in wire wording; a verb's particle is no hedge ---------------------------------------
@pytest.mark.parametrize(
    ("text", "count", "approximate"),
    [
        ("Police picked up 14 demonstrators outside the parliament in Klow on Friday.", 14, False),
        ("Police picked up some 30 protesters outside the parliament in Klow on Friday.", 30, True),
        ("Police arrested up to 40 protesters in Klow on Friday.", 40, True),
    ],
)
def test_arrest_counts(pipeline: Pipeline, text: str, count: int, approximate: bool) -> None:
    event = one(extract(pipeline, text), "COERCE")
    assert event.size.arrested == count
    assert event.size.approximate is approximate
