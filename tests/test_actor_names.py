"""Actor names: bodies named through another organisation, short forms in parentheses,
"X authorities" as the state, name variants, on sentences written for these tests."""

from __future__ import annotations

import re

from newsgraph import Article, Pipeline
from newsgraph.nlp.actor_model import Actor as ModelActor
from newsgraph.nlp.merging import ActorRegistry
from newsgraph.nlp.names import same_person
from newsgraph.record import Actor, Record


def _extract(pipeline: Pipeline, text: str, published: str = "2025-06-11") -> Record:
    return pipeline.extract(Article(text=text, published=published))


def _actor(record: Record, name: str) -> Actor:
    for actor in record.actors:
        if actor.name == name or name in actor.aliases:
            return actor
    raise AssertionError(f"no actor {name!r} in {[(a.name, a.kind, a.aliases) for a in record.actors]}")


def _owners(record: Record, text: str, nth: int = 1) -> list[str]:
    found = list(re.finditer(rf"\b{re.escape(text)}\b", record.text or ""))
    start, end = found[nth - 1].span()
    return [a.name for a in record.actors if any(m.start <= start and end <= m.end for m in a.mentions)]


def test_parenthesised_short_form_spelled_by_the_words_before_it(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The United Kingdom Maritime Trade Operations (UKMTO) agency said a tanker reported a blast "
        "off Aden. UKMTO said later that the crew were safe.",
    )
    body = _actor(record, "UKMTO")
    assert body.name == "United Kingdom Maritime Trade Operations"
    assert body.kind == "organization"
    assert not any(a.kind == "media" for a in record.actors)
    assert _owners(record, "UKMTO", 2) == [body.name]  # the bare short form later: the same body


def test_short_form_spelling_a_name_with_in_joins_the_parts(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The United Nations Assistance Mission in Somalia (UNAMIS) called for calm on Tuesday. "
        "UNAMIS said both sides had agreed to talks.",
    )
    mission = _actor(record, "UNAMIS")
    assert mission.name == "United Nations Assistance Mission in Somalia"
    assert "United Nations" not in [a.name for a in record.actors]


def test_organisation_name_modifying_a_body_word_names_that_body(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The United Nations human rights office urged Peruvian police to show restraint. The Chile "
        "Red Cross Society sent blankets to the border towns.",
    )
    names = [a.name for a in record.actors]
    assert "United Nations human rights office" in names
    assert "Chile Red Cross Society" in names
    assert "United Nations" not in names and "Red Cross" not in names


def test_body_word_inside_a_title_keeps_the_organisation(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Omar Saleh, the PLF executive committee chairman, said the talks had failed.")
    assert all("committee" not in a.name for a in record.actors)


def test_country_authorities_are_the_state(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Slovenian authorities detained two truck drivers near the border on Monday. Local authorities in "
        "the port said the drivers had been released.",
    )
    slovenia = _actor(record, "Slovenia")
    assert slovenia.kind == "state"
    assert _owners(record, "Slovenian authorities") == ["Slovenia"]
    assert "Slovenian authorities" not in [a.name for a in record.actors]


def test_government_of_named_body_is_one_organisation(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Government of National Accord in the capital, led by Omar Barakat, accused the eastern "
        "parliament of blocking the budget.",
    )
    gov = _actor(record, "Government of National Accord")
    assert gov.kind == "organization"
    assert "National Accord" not in [a.name for a in record.actors if a.kind == "person"]


def test_movement_named_without_its_generic_word_is_one_actor() -> None:
    # the registry directly: the model rarely tags a movement's bare name in a short test text
    registry = ActorRegistry()
    actors: list[ModelActor] = []
    first = registry._org(actors, "Tawhid Salvation movement")
    assert registry._org(actors, "Tawhid Salvation") == first
    assert registry._org(actors, "Tawhid Salvation Front") != first  # another word: another body


def test_the_government_refers_to_the_state_named_with_that_word(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Sudan's army-backed government and the rebel alliance signed a truce in Doha, Qatar said. "
        "Qatar hosted the talks for a week. The government said it would open two crossings.",
    )
    assert _owners(record, "The government") == ["Sudan"]


def test_hooked_letters_fold_to_plain_letters() -> None:
    assert same_person("Bala Ɗanjuma", "Bala Danjuma")
    assert same_person("Ƙabiru Ɓello", "Kabiru Bello")
    assert not same_person("Bala Ɗanjuma", "Bala Dankwa")


def test_capital_stands_for_the_current_state_not_a_withdrawn_code(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Belgrade accused Zagreb of stoking tensions, and Belgrade recalled its envoy.")
    assert {a.country for a in record.actors if a.kind == "state"} <= {"SRB", "HRV"}
    assert "SCG" not in {a.country for a in record.actors}


def test_they_after_two_actors_joined_by_and_is_both(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The interior minister, Sonam Wangdi, thanked Bhutan and Thailand for their quick offers of help, "
        "saying they had stood by the flood victims.",
    )
    assert sorted(_owners(record, "they")) == ["Bhutan", "Thailand"]


def test_possessor_inside_a_description_is_its_own_reference(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Hezbollah said on Friday it had fired rockets at a base. Khaled Nouri, the group's military "
        "spokesman, said the base was hit.",
    )
    assert _owners(record, "group's") == ["Hezbollah"]


def test_indefinite_office_of_a_body_is_a_building(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Protesters set fire to a regional NEC office in the north, police said.")
    assert all("office" not in a.name for a in record.actors)
