"""Organisation names the model cut up or took for a person, and unnamed armed groups with
the words that refer back to them, on sentences written for these tests."""

from __future__ import annotations

import re

from newsgraph import Article, Pipeline
from newsgraph.record import Actor, Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-04"))


def _actor(record: Record, name: str) -> Actor:
    for actor in record.actors:
        if actor.name == name or name in actor.aliases:
            return actor
    raise AssertionError(f"no actor {name!r} in {[(a.name, a.kind) for a in record.actors]}")


def _owners(record: Record, text: str, nth: int = 1) -> list[str]:
    found = list(re.finditer(rf"\b{re.escape(text)}\b", record.text or ""))
    start, end = found[nth - 1].span()
    return [a.name for a in record.actors if any(m.start <= start and end <= m.end for m in a.mentions)]


def test_commission_on_a_subject_is_one_organisation(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The Commission on Human Rights said on Monday that the report was flawed.")
    body = _actor(record, "Commission on Human Rights")
    assert body.kind == "organization"
    assert not any(a.name == "Human Rights" for a in record.actors)


def test_company_name_ending_in_a_trade_word_is_no_person(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Officials at Zhong Yu Ocean Fishing declined to comment on the seizure.")
    assert _actor(record, "Zhong Yu Ocean Fishing").kind == "organization"
    assert not any(a.kind == "person" for a in record.actors)


def test_movement_name_cut_by_a_place_is_one_name(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Members of the Free Papua Movement attacked a police post near Wamena.")
    assert _actor(record, "Free Papua Movement").kind == "organization"
    assert not any(a.name == "Free" for a in record.actors)


def test_french_body_word_opens_the_name(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The Fondation Sahel Santé distributed food in the camp on Tuesday.")
    assert _actor(record, "Fondation Sahel Santé").kind == "organization"


def test_title_before_a_person_is_not_taken_for_an_organisation(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Army chief General Min Aung Hlaing visited Moscow on Friday.")
    assert _actor(record, "Min Aung Hlaing").kind == "person"


def test_armed_youth_is_an_armed_group_the_raiders_refer_to(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Armed youth from a neighbouring county raided cattle camps on Sunday. "
        "The raiders drove off hundreds of cows, the commissioner said.",
    )
    group = _actor(record, "Armed youth")
    assert group.kind == "group"
    assert group.sector == "REB"
    assert _owners(record, "raiders") == ["Armed youth"]


def test_a_youth_with_an_article_is_no_group(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "A youth was shot dead by police in the market.")
    assert not any(a.kind == "group" and "youth" in a.name.lower() for a in record.actors)


def test_armed_police_keep_their_sector(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Armed men stormed a village. Armed police later dispersed the crowd.")
    assert _actor(record, "Armed men").sector == "REB"
    assert _actor(record, "Armed police").sector == "POL"


def test_the_attackers_refer_to_the_armed_men(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Armed men stormed a village in the north on Sunday, killing four people. The attackers fled into the forest.",
    )
    assert _owners(record, "attackers") == ["Armed men"]


def test_name_after_a_title_ending_in_a_country_is_a_person(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline, "The Minister of Defence of Ukraine Rustem Umerov said the strikes would continue on Monday."
    )
    person = _actor(record, "Rustem Umerov")
    assert person.kind == "person"
    assert any("minister of defence" in role.title.lower() for role in person.roles)


def test_office_of_an_office_holder_is_a_body_of_its_own(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The ceasefire was signed on Wednesday, the office of the UN envoy said.")
    assert _actor(record, "office of the UN envoy").kind == "organization"


def test_office_of_an_agency_keeps_the_agency_name(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The office of the UN refugee agency said the camp was full.")
    assert not any(a.name.startswith("office of") for a in record.actors)
