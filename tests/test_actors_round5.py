"""Actors and coreference, round 5: an article's own acronym over the gazetteer's, "soldiers of
<force> (ACRONYM) carrying ...", "the former paratrooper", and unnamed courts that act.
Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from actor_helpers import extract as _extract
from actor_helpers import owner_of as _owner_of
from newsgraph import Pipeline


def test_article_defined_acronym_outweighs_the_gazetteer(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Fighters of the Coalition of Patriots for Change (CPC) raided a checkpoint on Monday. "
        "The CPC said it had lost two men.",
    )
    assert _owner_of(record, "CPC", 2) == ["Coalition of Patriots for Change"]
    assert not any(a.name == "CPC" for a in record.actors)


def test_soldiers_of_a_named_force_before_a_bracket_are_that_force(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The judge said the two men were detained by soldiers of the Chadian National Army (ANT) "
        "carrying rifles near the border.",
    )
    assert not any(a.name == "soldiers" for a in record.actors)
    owners = _owner_of(record, "soldiers")
    assert len(owners) == 1 and "Army" in owners[0]


def test_the_former_noun_is_the_person_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Police detained Ahmed Karimi on Monday. The former banker denied the charges, his lawyer said.",
    )
    assert _owner_of(record, "The former banker") == ["Ahmed Karimi"]


def test_the_former_place_noun_is_no_person(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Rebels led by Tomas Vera seized the town. The former capital was calm on Tuesday.")
    assert _owner_of(record, "The former capital") == []


def test_an_acting_unnamed_court_is_an_actor_and_the_court_refers_to_it(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "A court in Kenya on Wednesday jailed four activists for six years. The court rejected their appeal.",
    )
    courts = [a for a in record.actors if a.name.lower().endswith("court")]
    assert len(courts) == 1 and courts[0].kind == "organization"
    assert _owner_of(record, "court", 1) == [courts[0].name]
    assert _owner_of(record, "The court") == [courts[0].name]
    assert courts[0].name not in _owner_of(record, "their")


def test_a_court_only_mentioned_is_no_actor(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The activists said they would take their case to a court in Nairobi.")
    assert not any(a.name.lower().endswith("court") for a in record.actors)
