"""Participants in common news constructions the parser bends: a target hung on the "by"
agent of an act noun, a counted crowd the parser takes for the root, a force named by
"whose", troops ordered to act, a translated passive with its patient after the verb,
the owner of what a sanction freezes, and who claims responsibility for an attack."""

from __future__ import annotations

from tests.event_helpers import extract, names, one

from newsgraph import Pipeline


def test_target_hung_on_the_agent_of_an_act_noun(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Officials said an assault by the Taliban on Pakistan left six soldiers dead.")
    event = one(record, "ASSAULT")
    assert names(record, event.actor) >= {"Taliban"}
    assert names(record, event.recipient) >= {"Pakistan"}


def test_agent_phrase_without_a_target_gives_no_recipient(pipeline: Pipeline) -> None:
    record = extract(pipeline, "An attack by gunmen from Hezbollah in Syria damaged a power plant on Friday.")
    event = one(record, "ASSAULT")
    assert names(record, event.actor) >= {"Hezbollah"}
    assert not event.recipient


def test_counted_crowd_read_as_the_root_still_protests(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Thousands of farmers protested in Warsaw against the government of Poland on Tuesday.")
    event = one(record, "PROTEST")
    assert "farmers" in " ".join(names(record, event.actor))
    assert "farmers" not in " ".join(names(record, event.recipient))
    assert names(record, event.recipient) >= {"Poland"}


def test_counted_victims_of_a_participle_stay_victims(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Dozens of protesters detained by Georgian police in Tbilisi on Sunday.")
    for event in record.events:
        assert "protesters" not in " ".join(names(record, event.actor))


def test_force_named_by_whose_belongs_to_the_antecedent(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Azerbaijan, whose troops shelled Armenia on Monday, said it acted in self-defence.")
    event = one(record, "ASSAULT")
    assert names(record, event.actor) >= {"Azerbaijan"}
    assert names(record, event.recipient) >= {"Armenia"}


def test_whose_on_a_non_force_noun_gives_no_actor(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Sudan, whose cities were shelled on Monday, asked Egypt for help.")
    for event in record.events:
        if event.event == "ASSAULT":
            assert "Sudan" not in names(record, event.actor)


def test_unnamed_troops_act_on_the_orderers_command(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Israeli Prime Minister Benjamin Netanyahu ordered troops to attack the city of Rafah.")
    event = one(record, "ASSAULT")
    assert names(record, event.actor) >= {"Benjamin Netanyahu"}


def test_named_controller_of_an_order_still_acts(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Kremlin ordered the Wagner Group to attack the town of Bakhmut.")
    event = one(record, "ASSAULT")
    assert names(record, event.actor) >= {"Wagner Group"}
    assert "Kremlin" not in names(record, event.actor)


def test_translated_passive_with_the_patient_after_the_verb(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Were arrested on Monday five opposition activists by the police.")
    event = one(record, "COERCE")
    assert "activists" in " ".join(names(record, event.recipient))


def test_owner_of_frozen_assets_is_sanctioned(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Canada froze Iran's state shipping company assets on Monday.")
    event = one(record, "SANCTION")
    assert names(record, event.actor) >= {"Canada"}
    assert names(record, event.recipient) >= {"Iran"}


def test_own_assets_frozen_give_no_recipient(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Canada froze its own reserves on Monday.")
    for event in record.events:
        assert not event.recipient


def test_who_claims_responsibility_carried_out_the_attack(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Al-Shabaab claimed responsibility for the bombing of Somalia's parliament.")
    event = one(record, "ASSAULT")
    assert names(record, event.actor) >= {"Al-Shabaab"}


def test_denied_responsibility_names_no_attacker(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Al-Shabaab denied responsibility for the bombing of the market in Mogadishu.")
    for event in record.events:
        if event.event == "ASSAULT":
            assert "Al-Shabaab" not in names(record, event.actor)
