"""Coreference and names, round 4: people called by age ("the 44-year-old"), honorifics before
a name, a place run into an organisation's name, "the fund" and "the foundation". Sentences
written for these tests, through the real pipeline."""

from __future__ import annotations

from actor_helpers import extract
from actor_helpers import owner_of as _owner_of
from newsgraph import Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return extract(pipeline, text, "2025-04-02")


def test_the_n_year_old_is_the_person_last_a_subject(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Farmer Tomas Aldana was arrested on Sunday after a meeting with Mayor Irene Vos. "
        "The 44-year-old was released on bail on Tuesday.",
    )
    assert _owner_of(record, "The 44-year-old") == ["Tomas Aldana"]


def test_honorific_is_not_part_of_the_name(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Police questioned Mr. Dario Feltrin for six hours, his lawyer said.")
    names = [a.name for a in record.actors if a.kind == "person"]
    assert "Dario Feltrin" in names
    assert not any(n.startswith("Mr") for n in names)


def test_place_run_into_an_organisation_name_is_one_body(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The South Sudan People's Defence Forces said on Friday that it had sent more troops to the border.",
    )
    names = [a.name for a in record.actors]
    assert "South Sudan People's Defence Forces" in names
    assert _owner_of(record, "it") == ["South Sudan People's Defence Forces"]


def test_the_fund_refers_to_a_fund_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The International Monetary Fund approved a new loan for the country on Monday. "
        "The fund said inflation would slow next year.",
    )
    assert _owner_of(record, "The fund") == ["International Monetary Fund"]


def test_the_diplomat_is_the_envoy_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The government expelled the ambassador of Norway, Lars Ekdahl, on Monday. "
        "The diplomat had met opposition leaders without permission, officials said.",
    )
    assert _owner_of(record, "The diplomat") == ["Lars Ekdahl"]


def test_third_person_pronoun_in_a_quote_is_not_its_speaker(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Lawyer Ana Ruiz met prosecutors in Lima on Monday. "
        '"We respect the court," spokeswoman Maria Soto told reporters. '
        '"This is his right, nothing more."',
    )
    assert "Maria Soto" not in _owner_of(record, "his")


def test_the_junta_is_the_state_with_a_military_government(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The military government of Mali expelled the French ambassador on Tuesday. France said it "
        "regretted the decision. Diplomats said the junta had also closed two French schools.",
    )
    assert _owner_of(record, "the junta") == ["Mali"]


def test_abbreviated_rank_is_a_role_not_a_person(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Provincial police director Col. Arnel Bautista said four suspects were arrested. "
        "None of his officers was hurt, the colonel added.",
    )
    people = [a for a in record.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Arnel Bautista"]
    assert any(r.title == "colonel" for r in people[0].roles)
    assert _owner_of(record, "the colonel") == ["Arnel Bautista"]


def test_the_men_in_plural_are_not_the_last_person(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Police chief Ana Torres said the three men had been armed when they were stopped.",
    )
    assert "Ana Torres" not in _owner_of(record, "the three men")


def test_a_description_repeating_the_modifiers_of_a_named_force_is_that_force(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Tuareg-led Azawad Liberation Forces (FLA) released 12 soldiers on Sunday. "
        "In exchange, the Tuareg-led force will receive 30 of its fighters held in Gao.",
    )
    assert "Azawad Liberation Forces" in _owner_of(record, "the Tuareg-led force")


def test_spokesman_title_with_of_gives_the_pronoun_gender(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Reporter Dalia Haddad was detained at a checkpoint in May. The spokesman of the ministry, "
        "Karim Nasser, denied that she was in custody.",
    )
    assert _owner_of(record, "she") == ["Dalia Haddad"]
