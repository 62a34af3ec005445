"""Tolls between two claims, from the language-first probes (session 5, round 3): a toll
"stood at" a number counts the dead, and tolls of different incidents ("in the flood",
"in the fire") are different tolls (real pipeline, sentences written for the test)."""

from __future__ import annotations

from claim_helpers import conflict_pairs as _pairs
from claim_helpers import extract_at as _extract
from newsgraph import Pipeline


def test_death_toll_stood_at_counts_the_dead(pipeline: Pipeline) -> None:
    text = "Police said the blast killed 12 people. The Health Ministry said the death toll stood at 30."
    pairs = _pairs(_extract(pipeline, text))
    assert pairs == [{"the blast killed 12 people", "the death toll stood at 30"}]


def test_death_toll_stood_at_a_compatible_bound_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "Police said at least 12 people were killed in the blast. The Health Ministry said the death toll stood at 30."
    )
    assert not _pairs(_extract(pipeline, text))


def test_tolls_of_different_incidents_do_not_conflict(pipeline: Pipeline) -> None:
    text = (
        "Rescuers said 20 people were killed in the flood in the north. "
        "The governor said 35 people had died in the fire in the capital."
    )
    assert not _pairs(_extract(pipeline, text))


def test_tolls_of_one_incident_still_conflict(pipeline: Pipeline) -> None:
    text = (
        "Rescuers said 20 people were killed in the fire in the capital. "
        "The governor said 35 people had died in the fire."
    )
    assert len(_pairs(_extract(pipeline, text))) == 1


def test_only_four_against_at_least_twelve(pipeline: Pipeline) -> None:
    text = (
        "The army said only four people were killed in the strike on the market. "
        "Hospital officials said at least 12 people were killed in the strike."
    )
    assert len(_pairs(_extract(pipeline, text))) == 1


def test_at_least_twelve_and_twenty_seven_can_both_hold(pipeline: Pipeline) -> None:
    text = "Police said at least 12 people were killed in the blast. The Health Ministry later said 27 people had died."
    assert not _pairs(_extract(pipeline, text))


def test_compatible_details_are_no_conflict(pipeline: Pipeline) -> None:
    texts = [
        "Residents said soldiers raided the village on Tuesday. The army said the raid targeted militants.",
        "The family said the journalist was being held by the Northern Front. "
        "Aid groups said the journalist was in poor health.",
        "The mayor said 40 people were wounded in the shelling. Doctors said six people were killed in the shelling.",
    ]
    for text in texts:
        assert not _pairs(_extract(pipeline, text)), text
