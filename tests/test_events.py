"""Events: PLOVER coding (type, mode, actor, recipient, modality, attribution, size, place)
and `newsgraph explain`, on sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from event_helpers import PUBLISHED, events_of, extract, names, one
from newsgraph import Pipeline
from newsgraph.cli import main
from newsgraph.nlp.explain import explain, format_explanations


# -- modes refined from modifiers ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Ruritanian forces launched drone strikes on Varnsk on Monday.", "ASSAULT", "drone"),
        ("The Ruritanian air force carried out air strikes on Varnsk on Monday.", "ASSAULT", "aerial"),
        ("Jailed activist Mira Olsen began a hunger strike on Monday.", "PROTEST", "hunger"),
        ("Ruritanian President Ivo Brandt and Chancellor Ada Kern spoke by phone on Monday.", "CONSULT", "phone"),
    ],
)
def test_mode_refined_from_modifier(pipeline: Pipeline, text: str, etype: str, mode: str) -> None:
    record = extract(pipeline, text)
    assert one(record, etype).mode == mode


# -- triggers --------------------------------------------------------------------------------
def test_participial_adjective_is_no_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The ministry named him a specially designated terrorist in the occupied territory.")
    assert not events_of(record, "SANCTION") and not events_of(record, "COERCE")


def test_light_verb_gives_one_event_with_the_subject_as_actor(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Norwegian envoy Lars Holm held talks with Ivo Brandt in Oslo on Monday.")
    event = one(record, "CONSULT")
    assert "Lars Holm" in names(record, event.actor)
    assert "Ivo Brandt" in names(record, event.recipient)


def test_passive_hold_by_agent_is_custody(pipeline: Pipeline) -> None:
    """Holding stated as a state is no event (docs/gold-format.md); the capture as an act is."""
    held = extract(pipeline, "The engineer Tomas Berg is being held by the Northern Front, officials said.")
    assert not events_of(held, "ASSAULT")
    record = extract(pipeline, "The engineer Tomas Berg was captured by the Northern Front on Monday, officials said.")
    event = one(record, "ASSAULT")
    assert event.mode == "abduct"
    assert "Northern Front" in names(record, event.actor)
    assert "Tomas Berg" in names(record, event.recipient)


def test_coordinated_actors_of_a_symmetric_act(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Armenia and Azerbaijan agreed on Monday to reopen the border crossing.")
    event = events_of(record, "AGREE")[0]
    assert {"Armenia", "Azerbaijan"} <= names(record, event.actor)
    assert {"Armenia", "Azerbaijan"} <= names(record, event.recipient)


def test_apposition_subject_is_the_actor(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The deputy head of the Liberation Council, Omar Haddad, has visited Moscow.")
    event = one(record, "CONSULT")
    assert event.mode == "visit"
    assert "Omar Haddad" in names(record, event.actor)
    place = next(p for p in record.places if p.id == event.location)
    assert place.name == "Moscow"


def test_visit_to_a_city_has_the_host_state_as_recipient(pipeline: Pipeline) -> None:
    text = "Hungary said on Monday that Georgian Foreign Minister Ana Lomia will travel to Budapest next week."
    record = extract(pipeline, text)
    event = one(record, "CONSULT")
    assert "Hungary" in names(record, event.recipient)
    assert event.modality.future


def test_warning_of_retaliation_is_a_threat_but_a_forecast_is_not(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Hezbollah warned that it would strike Israel if the raids continued.")
    threat = one(record, "THREATEN")
    assert "Israel" in names(record, threat.recipient)
    assert threat.mode == "violence"
    assert not events_of(record, "ASSAULT")  # what is threatened is not (yet) an event
    record = extract(pipeline, "The agency warned that its food stocks would run out by the end of the month.")
    assert not events_of(record, "THREATEN")


def test_vow_of_violence_is_a_threat(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Interior Minister Paul Okafor vowed to crush the Northern Front.")
    assert one(record, "THREATEN").mode == "violence"
    assert not events_of(record, "AGREE")


# -- modality and attribution -----------------------------------------------------------------
def test_reported_event_is_attributed_and_not_a_speech_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ruritanian officials said the Northern Front attacked Varnsk on Monday.")
    event = one(record, "ASSAULT")
    assert "Northern Front" in names(record, event.actor)
    claim = next(c for c in record.claims if c.id == event.attribution)
    assert "Ruritanian officials" in names(record, claim.speaker) or claim.speaker
    assert not events_of(record, "CONSULT")


def test_negated_and_reported_future(pipeline: Pipeline) -> None:
    record = extract(
        pipeline, "Prime Minister Ivo Brandt said Ruritania would not withdraw its troops from the border."
    )
    event = one(record, "RETREAT")
    assert event.modality.negated and event.modality.future and not event.modality.hypothetical


def test_could_is_hypothetical(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Northern Front could release the hostages as part of an exchange deal.")
    event = one(record, "RETREAT")
    assert event.modality.hypothetical and not event.modality.future


def test_conditional_is_hypothetical(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Hamas could free the hostages if Israel halted its offensive, he said.")
    event = next(e for e in events_of(record, "RETREAT") if e.mode == "release")
    assert event.modality.hypothetical and not event.modality.future


def test_demanded_act_is_no_event_and_sets_the_mode(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The European Union urged Russia to withdraw its troops from Moldova.")
    assert one(record, "REQUEST").mode == "yield"
    assert not events_of(record, "RETREAT")


def test_old_event_is_historical(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Police arrested the activist Mira Olsen in March 2021.")
    assert one(record, "COERCE").modality.historical
    record = extract(pipeline, "Police arrested the activist Mira Olsen on Monday.")
    assert not one(record, "COERCE").modality.historical


def test_negated_agreement_is_a_rejection(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Israel would not agree to the plan, the minister said.")
    assert events_of(record, "REJECT") and not events_of(record, "AGREE")


# -- one event per real event ---------------------------------------------------------------------
def test_restatement_enriches_the_first_mention(pipeline: Pipeline) -> None:
    text = (
        "Ruritanian President Ivo Brandt met Chancellor Ada Kern in Oslo on Monday. "
        "The two leaders discussed energy prices, Brandt said."
    )
    record = extract(pipeline, text)
    assert len(events_of(record, "CONSULT")) == 1


def test_caption_states_no_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Photo: Relatives of the hostages hold pictures during a rally in Oslo")
    assert not record.events


# -- explain ----------------------------------------------------------------------------------------
def test_explain_names_the_rule_and_the_reasons(pipeline: Pipeline) -> None:
    explanations = explain(pipeline, "The Northern Front was accused of shelling Varnsk by Ruritania.", PUBLISHED)
    text = format_explanations(explanations)
    assert any(e["event"] == "ACCUSE" for e in explanations)
    assert "rule:" in text and "accuse/VERB -> ACCUSE" in text
    assert format_explanations([]).startswith("no event")


def test_explain_command_prints_json() -> None:
    result = CliRunner().invoke(main, ["explain", "Police arrested 12 people in Quito.", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload[0]["event"] == "COERCE" and payload[0]["why"]["rule"].startswith("arrest/VERB")


def test_capital_stands_for_its_state_but_not_as_a_target(pipeline: Pipeline) -> None:
    text = "Russia rejected the charge. Ukraine accused Moscow on Monday of planning new attacks."
    record = extract(pipeline, text)
    assert "Russia" in names(record, one(record, "ACCUSE").recipient)
    record = extract(pipeline, "Russia said its forces had shelled Kyiv overnight. Ukraine condemned the attack.")
    assert any(a.name == "Ukraine" for a in record.actors)
    assert all("Ukraine" not in names(record, e.recipient) for e in events_of(record, "ASSAULT"))


def test_local_event_without_a_place_takes_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "BASRA, Iraq (Test Wire) - Thousands marched for a third day on Sunday, officials said. "
        "Police arrested dozens of demonstrators overnight."
    )
    record = extract(pipeline, text)
    event = one(record, "COERCE")
    place = next(p for p in record.places if p.id == event.location)
    assert place.name.startswith("Basra")


# -- unnamed collectives as participants -------------------------------------------------------
def test_bare_police_is_the_police_force_named_before(pipeline: Pipeline) -> None:
    text = "Riot police fired tear gas at protesters in Varnsk on Monday. Police detained 40 people overnight."
    record = extract(pipeline, text)
    event = one(record, "COERCE")
    assert "Riot police" in names(record, event.actor)
    assert not any(a.name == "police" for a in record.actors)


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        ("Minister Ivo Brandt accused opposition parties of plotting a coup.", "ACCUSE", "opposition parties"),
        ("Ruritania imposed sanctions on two senior defence officials.", "SANCTION", "senior defence officials"),
        ("The agency delivered food to displaced people in Varnsk.", "AID", "displaced people"),
        ("Minister Ivo Brandt invited student representatives to talks.", "REQUEST", "student representatives"),
    ],
)
def test_collective_recipients(pipeline: Pipeline, text: str, etype: str, recipient: str) -> None:
    record = extract(pipeline, text)
    event = one(record, etype)
    assert recipient in names(record, event.recipient)


def test_bare_people_and_single_representative_are_no_actors(pipeline: Pipeline) -> None:
    text = "Police detained 40 people in Varnsk. The special representative, Ada Kern, met Ivo Brandt on Monday."
    record = extract(pipeline, text)
    actor_names = {a.name.lower() for a in record.actors}
    assert "people" not in actor_names and "special representative" not in actor_names


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        ("The Philippines summoned China's ambassador on Tuesday.", "ACCUSE", "China"),
        (
            "Russia denied the claims. Moldova expelled three Russian diplomats on Monday.",
            "SANCTION",
            "Russia",
        ),
    ],
)
def test_diplomat_object_stands_for_its_state(pipeline: Pipeline, text: str, etype: str, recipient: str) -> None:
    record = extract(pipeline, text)
    event = one(record, etype)
    assert recipient in names(record, event.recipient)


# -- type changes and fallback triggers (nlp/event_types.py) ---------------------------------
def test_agreeing_to_a_demand_is_a_concession_to_the_protesters(pipeline: Pipeline) -> None:
    text = (
        "Dock workers blocked the harbour road in Varnsk on Monday. "
        "On Tuesday the Varnsk Port Authority agreed to pay all outstanding wages."
    )
    record = extract(pipeline, text)
    event = one(record, "CONCEDE")
    assert "Varnsk Port Authority" in names(record, event.actor)
    assert any("workers" in name.lower() for name in names(record, event.recipient))
    assert not events_of(record, "AGREE")


def test_agreeing_to_an_act_of_its_own_stays_an_agreement(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Armenia agreed on Monday to withdraw its troops from the border.")
    assert events_of(record, "AGREE") and events_of(record, "RETREAT")
    assert not events_of(record, "CONCEDE")


def test_agreeing_to_a_ceasefire_is_an_agreement_and_a_ceasefire(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ruritania and the Northern Front agreed on Monday to a ceasefire.")
    assert events_of(record, "AGREE")
    assert any(e.mode == "ceasefire" for e in events_of(record, "RETREAT"))


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ivo Brandt said Ruritania would not agree to a ceasefire with the Northern Front.",
        'The Georgian foreign ministry said: "Georgia does not accept ultimatums from Brussels."',
    ],
)
def test_refusing_to_agree_is_a_rejection(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    event = one(record, "REJECT")
    assert not event.modality.negated
    assert not events_of(record, "AGREE") and not events_of(record, "RETREAT")


def test_calling_something_a_farce_is_an_accusation(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Foreign Minister Lena Varga called the verdict a farce.")
    event = one(record, "ACCUSE")
    assert event.mode == "disapprove"
    assert "Lena Varga" in names(record, event.actor)
    praise = extract(pipeline, "Foreign Minister Lena Varga called the deal a historic step.")
    assert not events_of(praise, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        '"Any provocation will receive an answer," Defence Minister Ivo Brandt said.',
        "Defence Minister Ivo Brandt said Ruritania will respond in a mirror manner.",
    ],
)
def test_announced_reprisal_is_a_threat(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    event = one(record, "THREATEN")
    assert names(record, event.actor) & {"Ivo Brandt", "Ruritania"}


def test_a_reply_is_no_reprisal(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ivo Brandt said the ministry will respond to the letter next week.")
    assert not events_of(record, "THREATEN")
    narrated = extract(pipeline, "The Ruritanian army will respond.")
    assert not events_of(narrated, "THREATEN")


def test_conditional_coercion_announced_by_a_speaker_is_a_threat(pipeline: Pipeline) -> None:
    text = "Interior Minister Rita Kalns said Ruritania would close its border crossings if the situation requires it."
    record = extract(pipeline, text)
    event = one(record, "THREATEN")
    assert event.mode == "restrict"
    assert not events_of(record, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "Estonia said it would impose entry bans on 11 Ruritanian officials.",
        "The United States revoked the visas of 12 Ruritanian officers on Monday.",
        "The European Union suspended visa-free travel for Ruritanian diplomats on Monday.",
    ],
)
def test_entry_and_visa_measures_are_sanctions(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert events_of(record, "SANCTION")
    assert not events_of(record, "COERCE")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Turkey sent a military plane carrying medical supplies to Varnsk on Monday.", "AID", None),
        ("Prime Minister Ivo Brandt ordered two federal police brigades to Varnsk.", "MOBILIZE", "police"),
        ("Demonstrators smashed windows at the offices of the Ruritanian People's Party.", "PROTEST", "vandalize"),
        ("A driver was captured by gunmen near Varnsk on Sunday.", "ASSAULT", "abduct"),
        ("Army checkpoints held up the aid trucks for six hours on Saturday.", "COERCE", "withhold"),
        ("Ruritania's cyber agency is working with Moldovan specialists, officials said.", "COOPERATE", None),
        ("Government forces, backed by troops of the African Union, attacked Varnsk.", "COOPERATE", None),
    ],
)
def test_lexicon_senses(pipeline: Pipeline, text: str, etype: str, mode: str | None) -> None:
    record = extract(pipeline, text)
    assert any(e.mode == mode for e in events_of(record, etype)), [(e.event, e.mode) for e in record.events]


def test_ordering_troops_to_act_is_no_deployment(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ivo Brandt ordered the troops to withdraw from Varnsk.")
    assert not events_of(record, "MOBILIZE")
    assert events_of(record, "RETREAT")


def test_promised_act_is_the_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Japan pledged that it would deliver five patrol boats to the Philippines.")
    event = one(record, "AID")
    assert event.modality.future
    assert not events_of(record, "AGREE")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Doctors at the Varnsk hospital said they had treated 31 wounded.", "ASSAULT"),
        ("The hospital took in 21 bodies and some 40 wounded, the governor said.", "ASSAULT"),
        ("Two missiles hit the building as officials were meeting to coordinate aid deliveries.", "CONSULT"),
        ("Two missiles hit the building as officials were meeting to coordinate aid deliveries.", "COOPERATE"),
        ('Cleric Ali Hamdan backed the protesters. "Their demands are legitimate," he said.', "REQUEST"),
        ("Police chief Omar Said denied that his officers had fired at the crowd.", "ASSAULT"),
    ],
)
def test_no_event_of_its_own(pipeline: Pipeline, text: str, etype: str) -> None:
    record = extract(pipeline, text)
    assert not events_of(record, etype), [(e.event, e.trigger.text if e.trigger else None) for e in record.events]


def test_denial_keeps_its_claim(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Police chief Omar Said denied that his officers had fired at the crowd.")
    assert any(c.stance == "deny" for c in record.claims)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Northern Front rejected the accusation on Monday.", "REJECT"),
        ('"They took him because he asked questions," his sister said.', "REQUEST"),
    ],
)
def test_denial_of_a_claim_and_questions_are_no_events(pipeline: Pipeline, text: str, etype: str) -> None:
    record = extract(pipeline, text)
    assert not events_of(record, etype)


def test_a_negated_future_concession_keeps_its_type(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Foreign Minister Lena Varga said Norway would not lift the sanctions on China.")
    event = one(record, "CONCEDE")
    assert event.modality.negated and event.modality.future
    assert not events_of(record, "REJECT")


def test_refusal_verb_and_negated_acceptance_are_rejections(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Ruritanian government refused to release the prisoners, the Northern Front said.")
    assert one(record, "REJECT").mode == "yield"
    assert not events_of(record, "RETREAT")
    record = extract(pipeline, "Finance Minister Ivo Brandt said Ruritania would not accept the proposal.")
    assert events_of(record, "REJECT") and not events_of(record, "AGREE")


def test_announced_measures_are_a_threat(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Chinese foreign ministry said Beijing will take all necessary measures.")
    modality = one(record, "THREATEN").modality
    assert not (modality.future or modality.negated or modality.hypothetical)


def test_a_custom_data_folder_supplies_the_rule_word_lists(tmp_path: Path) -> None:
    # the word lists of events.yaml `rules` and actor_nouns.yaml come from the component's
    # data folder, like every other lexicon, not always from the bundled one
    from newsgraph.nlp.lexicon import DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    events_yaml = data / "events.yaml"
    events_yaml.write_text(
        events_yaml.read_text().replace("  agree_verbs: [agree,", "  agree_verbs: [covenant, agree,")
    )
    nlp = spacy.blank("en")
    cfg = {"data_dir": str(data), "actors_file": "", "places_file": ""}
    coder = nlp.add_pipe("newsgraph_events", config=cfg)
    resolver = nlp.add_pipe("newsgraph_actors", config=cfg)
    assert "covenant" in coder.refiner.rules.agree_verbs
    assert resolver.words.victims  # read from the copied actor_nouns.yaml
