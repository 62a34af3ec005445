"""Unnamed collectives as actors: groups that act or undergo an act become one actor each
(counted or not), people counted only in a toll do not. Sentences written for these tests,
through the real pipeline."""

from __future__ import annotations

import re

from newsgraph import Article, Pipeline
from newsgraph.record import Actor, Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-04-02"))


def _group(record: Record, name: str) -> Actor | None:
    return next((a for a in record.actors if name in (a.name, *a.aliases)), None)


def _owner_of(record: Record, text: str, nth: int = 1) -> list[str]:
    """Names of the actors with a mention covering the nth occurrence of `text`."""
    found = list(re.finditer(rf"\b{re.escape(text)}\b", record.text or ""))
    start = found[nth - 1].start()
    end = start + len(text)
    return [a.name for a in record.actors if any(m.start < end and start < m.end for m in a.mentions)]


def test_capitalised_collective_and_a_counted_quantity_of_pupils_are_actors(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Gunmen on motorbikes raided a village school in Zamfara on Monday and marched dozens of pupils "
        "into the forest, a local official said.",
    )
    gunmen = _group(record, "Gunmen")
    pupils = _group(record, "pupils")
    assert gunmen is not None and gunmen.kind == "group"
    assert pupils is not None and pupils.kind == "group"


def test_subject_glued_to_the_dateline_is_still_an_actor(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "MOCIMBOA, 3 June (ALN) - Armed men burned a health post on Saturday night.")
    assert _group(record, "Armed men") is not None


def test_counted_activists_who_undergo_an_act_are_an_actor(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Plainclothes officers rounded up at least 30 activists in Mombasa on Friday.")
    activists = _group(record, "activists")
    assert activists is not None and activists.kind == "group"


def test_counted_people_are_an_actor_unless_a_toll(pipeline: Pipeline) -> None:
    rally = _extract(pipeline, "Hundreds of people marched through Dakar on Sunday to demand the vote.")
    assert _group(rally, "Hundreds of people") is not None
    freed = _extract(pipeline, "The rebels freed 14 women they had held for a month, a mayor said.")
    assert _group(freed, "women") is not None
    toll = _extract(pipeline, "Troops detained 120 people in Bamako and 9 people were killed, the ministry said.")
    assert not any(a.name == "people" for a in toll.actors)


def test_plain_guards_are_people_and_a_national_guard_an_institution(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Prisoners took four guards hostage in the jail on Tuesday.")
    guards = _group(record, "guards")
    assert guards is not None and guards.kind == "group"


def test_mass_nouns_are_one_group_and_later_mentions_join_it(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Six crew members of the tanker told the coast guard that pirates had boarded it. The crew was released on Friday.",
    )
    crew = _group(record, "crew members")
    assert crew is not None and crew.kind == "group"
    assert _owner_of(record, "crew", 2) == [crew.name]
    population = _extract(pipeline, "The soldiers withdrew and left the population without protection.")
    found = _group(population, "population")
    assert found is not None and found.kind == "group"


def test_described_collective_keeps_its_bare_noun_as_alias(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Thousands of angry farmers blocked the motorway near Lyon on Monday.")
    farmers = _group(record, "farmers")
    assert farmers is not None
