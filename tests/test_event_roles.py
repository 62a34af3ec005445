"""Event participants (`nlp/event_roles.py`): who acts and who undergoes or receives the
act, on sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph import Article, Pipeline
from newsgraph.nlp.phrase_actors import PhraseActors
from newsgraph.nlp.role_syntax import both_sides_subject
from newsgraph.record import Event, Record

PUBLISHED = "2025-05-14"


def _record(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published=PUBLISHED))


def _event(record: Record, etype: str, trigger: str) -> Event:
    found = [e for e in record.events if e.event == etype and e.trigger and e.trigger.text == trigger]
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    return found[0]


def _names(record: Record, ids: list[str]) -> set[str]:
    return {a.name for a in record.actors if a.id in ids}


def _roles(pipeline: Pipeline, text: str, etype: str, trigger: str) -> tuple[set[str], set[str]]:
    record = _record(pipeline, text)
    event = _event(record, etype, trigger)
    return _names(record, event.actor), _names(record, event.recipient)


# -- actors through control, raising and adjectives --------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "trigger", "actor"),
    [
        # "ready to free": the adjective's complement takes the copula's subject
        ("Hamas said it was ready to free ten hostages if Israel halted its offensive.", "RETREAT", "free", {"Hamas"}),
        # a date after "agreed on" is no controller: the subjects pull back
        (
            "Armenia and Azerbaijan agreed on Tuesday to pull their troops back from the border.",
            "RETREAT",
            "pull",
            {"Armenia", "Azerbaijan"},
        ),
        # "is expected to travel": the passive's subject is the traveller
        ("Chancellor Ada Kern is expected to travel to Poland next month.", "CONSULT", "travel", {"Ada Kern"}),
    ],
)
def test_actor_through_control_and_raising(
    pipeline: Pipeline, text: str, etype: str, trigger: str, actor: set[str]
) -> None:
    found, _ = _roles(pipeline, text, etype, trigger)
    assert found == actor


def test_accused_party_acts_in_the_gerund(pipeline: Pipeline) -> None:
    # "accused Uganda of sending troops": Uganda sends, not Kenya
    actor, _ = _roles(
        pipeline, "Kenya accused Uganda of sending troops into the border district.", "MOBILIZE", "sending"
    )
    assert actor == {"Uganda"}


def test_speech_act_inside_a_reported_clause_belongs_to_the_reporter(pipeline: Pipeline) -> None:
    # the parser hangs "accused" on "fired"; the ministry, not the soldiers, accuses
    text = (
        "The Defence Ministry denied that Hamas had fired rockets at the base and accused Iran of staging the attack."
    )
    actor, recipient = _roles(pipeline, text, "ACCUSE", "accused")
    assert actor == {"Defence Ministry"}
    assert recipient == {"Iran"}


def test_reduced_passive_makes_the_noun_the_victim(pipeline: Pipeline) -> None:
    text = "The fate of engineer Tomas Berg, kidnapped on 3 May near the border, remained unclear."
    actor, recipient = _roles(pipeline, text, "ASSAULT", "kidnapped")
    assert "Tomas Berg" not in actor
    assert recipient == {"Tomas Berg"}


def test_delegation_from_states_stands_for_them(pipeline: Pipeline) -> None:
    text = (
        "Niger and Chad condemned the attack on Sunday. "
        "A delegation from Niger and Chad will visit Mali next week, the presidency said."
    )
    actor, recipient = _roles(pipeline, text, "CONSULT", "visit")
    assert actor == {"Niger", "Chad"}
    assert recipient == {"Mali"}


def test_talks_before_a_statement_include_the_speaker(pipeline: Pipeline) -> None:
    text = "After talks with union leaders on Monday, Labour Minister Sara Lind said the strike would end."
    actor, recipient = _roles(pipeline, text, "CONSULT", "talks")
    assert "Sara Lind" in actor  # talks are mutual: the union leaders meet her too
    assert "union leaders" in recipient


# -- recipients -----------------------------------------------------------------------------------
def test_outcome_verb_object_is_the_target_of_a_trigger_noun(pipeline: Pipeline) -> None:
    _, recipient = _roles(
        pipeline, "Israeli air strikes killed five Hezbollah fighters on Monday.", "ASSAULT", "strikes"
    )
    assert recipient == {"Hezbollah"}


def test_possessor_of_a_hit_position_is_the_recipient(pipeline: Pipeline) -> None:
    text = "UNIFIL said one of its positions had been hit by tank fire on Sunday."
    _, recipient = _roles(pipeline, text, "ASSAULT", "hit")
    assert recipient == {"UNIFIL"}


def test_place_inside_an_actor_name_keeps_the_actor(pipeline: Pipeline) -> None:
    # "Armenia" in "armed forces of Armenia" names the force, not the target place
    text = "Units of the armed forces of Armenia shelled Azerbaijani positions overnight, the ministry said."
    actor, _ = _roles(pipeline, text, "ASSAULT", "shelled")
    assert actor == {"armed forces of Armenia"}


def test_blamed_act_names_its_author_as_recipient(pipeline: Pipeline) -> None:
    text = 'Kyrgyzstan blamed "provocations by Tajikistan" for the clash.'
    actor, recipient = _roles(pipeline, text, "ACCUSE", "blamed")
    assert actor == {"Kyrgyzstan"}
    assert recipient == {"Tajikistan"}


def test_purpose_of_force_names_its_target(pipeline: Pipeline) -> None:
    text = "Riot police used batons and tear gas to disperse hundreds of protesters outside parliament."
    _, recipient = _roles(pipeline, text, "ASSAULT", "used")
    assert recipient == {"protesters"}


def test_purpose_that_is_no_force_gives_no_recipient(pipeline: Pipeline) -> None:
    # the market was shelled; terrorising is the aim, not a second target
    _, recipient = _roles(pipeline, "Riot police shelled the market to terrorise protesters.", "ASSAULT", "shelled")
    assert recipient == set()


# -- symmetric acts --------------------------------------------------------------------------------
def test_meeting_is_mutual(pipeline: Pipeline) -> None:
    text = "Foreign Minister Alberto Soto met Brazil's special envoy, Ricardo Teixeira, in Caracas on Tuesday."
    actor, recipient = _roles(pipeline, text, "CONSULT", "met")
    assert actor == recipient == {"Alberto Soto", "Ricardo Teixeira"}


def test_visit_keeps_its_direction(pipeline: Pipeline) -> None:
    actor, recipient = _roles(pipeline, "Chancellor Ada Kern visited Poland on Monday.", "CONSULT", "visited")
    assert actor == {"Ada Kern"}
    assert recipient == {"Poland"}


def test_repeated_clause_keeps_the_speaker_of_a_conjoined_request(pipeline: Pipeline) -> None:
    text = (
        'In a video, Ali Kamal repeated that Hamas "had nothing to do" with the attack '
        "and called for an independent investigation."
    )
    actor, _ = _roles(pipeline, text, "REQUEST", "called")
    assert actor == {"Ali Kamal"}


def test_country_named_on_a_judged_statement_is_the_recipient(pipeline: Pipeline) -> None:
    text = (
        "The United States said on Monday it would monitor the vote. "
        'Foreign Minister Hector Lugo called the U.S. statement "an act of aggression".'
    )
    _, recipient = _roles(pipeline, text, "ACCUSE", "called")
    assert recipient == {"United States"}


def test_suspended_trade_targets_the_partner(pipeline: Pipeline) -> None:
    text = "Norway said it regretted the decision. China suspended imports of fresh salmon from Norway on Wednesday."
    actor, recipient = _roles(pipeline, text, "SANCTION", "suspended")
    assert actor == {"China"}
    assert recipient == {"Norway"}


def test_conjoined_speech_acts_in_a_report_share_their_speaker(pipeline: Pipeline) -> None:
    # "called for ... and urged" inside "said": ECOWAS urges, not the spokesman
    text = "Spokesman Ali Kamal said ECOWAS called for the release of the detainees and urged Mali to hold elections."
    record = _record(pipeline, text)
    requests = [e for e in record.events if e.event == "REQUEST"]
    assert requests
    assert all(_names(record, e.actor) == {"ECOWAS"} for e in requests)
    assert any("Mali" in _names(record, e.recipient) for e in requests)


def test_dateline_is_no_actor_and_gunmen_stand_for_their_coalition(pipeline: Pipeline) -> None:
    # the parser makes the dateline capital a subject; the gunmen belong to the named coalition
    text = (
        "PORT-AU-PRINCE, May 9 (Island Wire) - Gunmen from the Viv Ansanm gang coalition stormed "
        "the town of Mirebalais overnight, Haiti's government said."
    )
    actor, _ = _roles(pipeline, text, "ASSAULT", "stormed")
    assert actor == {"Viv Ansanm"}


def test_name_after_a_dateline_is_the_actor(pipeline: Pipeline) -> None:
    text = (
        "BASRA, Iraq, Aug 12 (Tigris Newsroom) - Basra governor Qusay al-Mansouri resigned on Monday "
        "after a week of protests."
    )
    actor, _ = _roles(pipeline, text, "RETREAT", "resigned")
    assert actor == {"Qusay al-Mansouri"}


def test_aid_carried_to_a_capital_goes_to_its_state(pipeline: Pipeline) -> None:
    text = (
        "Somalia thanked its partners. Turkey sent a military plane carrying medical supplies to Mogadishu on Monday."
    )
    actor, recipient = _roles(pipeline, text, "AID", "sent")
    assert actor == {"Turkey"}
    assert recipient == {"Somalia"}


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # a force or its vessel as target: the demonym names that country's force
        (
            "The China Coast Guard said the Philippine crew had thrown objects at Chinese personnel.",
            "thrown",
            {"China Coast Guard"},
        ),
        # a place as target stays a place ("Ukrainian cities"): no recipient
        ("Russian forces shelled Ukrainian cities overnight. Ukraine condemned it.", "shelled", set()),
    ],
)
def test_demonym_on_a_targeted_force(pipeline: Pipeline, text: str, trigger: str, recipient: set[str]) -> None:
    _, found = _roles(pipeline, text, "ASSAULT", trigger)
    assert found == recipient


def test_passive_participle_with_an_agent_shares_the_subject(pipeline: Pipeline) -> None:
    text = "Karimi was arrested in 2021 in Copenhagen and in 2022 convicted by a Danish court of plotting an attack."
    actor, recipient = _roles(pipeline, text, "SANCTION", "convicted")
    assert actor == {"Danish court"}
    assert recipient == {"Karimi"}


def test_agent_of_conjoined_participles_closes_both(pipeline: Pipeline) -> None:
    actor, _ = _roles(pipeline, "Three activists were detained and beaten by police on Sunday.", "COERCE", "detained")
    assert actor == {"police"}


# -- round 2: reported clauses, demonyms, reciprocal acts, addressees --------------------------------
def test_speech_act_two_clauses_deep_belongs_to_the_reporter(pipeline: Pipeline) -> None:
    # the parser hangs "called" on "won", inside "showed", inside "said": Ruiz calls
    text = (
        "Opposition leader Ana Ruiz said her party's own tally showed it had won most seats "
        "and called on supporters to rally outside the electoral council."
    )
    actor, _ = _roles(pipeline, text, "REQUEST", "called")
    assert actor == {"Ana Ruiz"}


def test_demonym_on_private_people_names_no_state(pipeline: Pipeline) -> None:
    # businessmen do not act for Haiti: the state is no recipient of the visa ban
    text = (
        "The United States imposed visa restrictions on two Haitian businessmen accused of arming gangs. "
        "Haiti welcomed the move."
    )
    actor, recipient = _roles(pipeline, text, "SANCTION", "imposed")
    assert actor == {"United States"}
    assert "Haiti" not in recipient


def test_demonym_on_a_diplomat_still_names_the_state(pipeline: Pipeline) -> None:
    text = "Russia said it would retaliate. Poland expelled a Russian diplomat on Thursday."
    _, recipient = _roles(pipeline, text, "SANCTION", "expelled")
    assert recipient == {"Russia"}


def test_coordinated_demonyms_on_troops_name_both_forces_and_fire_is_mutual(pipeline: Pipeline) -> None:
    text = (
        "Indian and Pakistani troops exchanged heavy fire across the border on Tuesday. "
        "The Indian Army said the Pakistani Army fired first."
    )
    actor, recipient = _roles(pipeline, text, "ASSAULT", "exchanged")
    assert actor == recipient == {"Indian Army", "Pakistani Army"}


def test_clash_with_a_side_is_mutual(pipeline: Pipeline) -> None:
    text = "Hezbollah fighters clashed with Israeli troops near the border. Israel said its army would respond."
    actor, recipient = _roles(pipeline, text, "ASSAULT", "clashed")
    assert "Hezbollah" in actor and "Hezbollah" in recipient
    assert actor == recipient


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # whose act is asked for is asked: Israel is to withdraw
        ("Egypt and Qatar called for Israel's withdrawal from the crossing.", {"Israel"}),
        # whose release is asked for is not the one asked
        ("Germany called for Alexei Navalny's release on Monday.", set()),
        # "from" names whom the demand addresses
        ("Greece closed its border. Turkey demanded an apology from Greece on Monday.", {"Greece"}),
    ],
)
def test_addressee_of_a_request(pipeline: Pipeline, text: str, recipient: set[str]) -> None:
    _, found = _roles(pipeline, text, "REQUEST", "demanded" if "demanded" in text else "called")
    assert found == recipient


def test_protest_to_a_state_addresses_it(pipeline: Pipeline) -> None:
    text = "China said the collision was caused by the Philippine boat. The Philippines protested to China over it."
    actor, recipient = _roles(pipeline, text, "PROTEST", "protested")
    assert actor == {"Philippines"}
    assert recipient == {"China"}


def test_protest_in_a_purpose_clause_addresses_the_summoned_envoy_state(pipeline: Pipeline) -> None:
    text = "Pakistan's Foreign Office summoned India's deputy high commissioner to lodge a protest."
    record = _record(pipeline, text)
    protests = [e for e in record.events if e.trigger and e.trigger.text == "lodge"]
    assert protests
    assert _names(record, protests[0].actor) == {"Foreign Office"}
    assert _names(record, protests[0].recipient) == {"India"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who operates the weapon strikes with it
        ("The drone, operated by Hezbollah from southern Lebanon, struck an army base near Haifa.", {"Hezbollah"}),
        # who made it need not have fired it
        ("Officials said the missile, made by Iran, struck a base near Haifa. Iran denied it.", set()),
    ],
)
def test_launcher_of_a_weapon_acts(pipeline: Pipeline, text: str, actor: set[str]) -> None:
    found, _ = _roles(pipeline, text, "ASSAULT", "struck")
    assert found == actor


def test_destination_the_parser_takes_for_a_clause_is_still_the_recipient(pipeline: Pipeline) -> None:
    # the small parser reads "to Chisinau" as an infinitive: the capital still names Moldova
    text = "Moldova thanked its partners. The European Union will send a team of cyber experts to Chisinau next week."
    actor, recipient = _roles(pipeline, text, "AID", "send")
    assert actor == {"European Union"}
    assert recipient == {"Moldova"}


def test_translated_call_names_its_addressee_as_object(pipeline: Pipeline) -> None:
    # agency English: "called Athens to end" for "called on Athens to end"; Athens stands for Greece
    text = (
        "Greece rejected the report. The Turkish Foreign Ministry in its statement "
        'called Athens to "end the pushbacks" and to respect international law.'
    )
    actor, recipient = _roles(pipeline, text, "REQUEST", "called")
    assert actor == {"Turkish Foreign Ministry"}
    assert recipient == {"Greece"}


def test_agreement_with_a_partner_binds_both_sides(pipeline: Pipeline) -> None:
    actor, recipient = _roles(
        pipeline, "Armenia signed a peace agreement with Azerbaijan on Friday.", "AGREE", "signed"
    )
    assert actor == recipient == {"Armenia", "Azerbaijan"}


# -- both sides named at once; ceasefires between coordinated sides ------------------------------
def test_subject_naming_both_sides_is_actor_and_recipient(pipeline: Pipeline) -> None:
    text = (
        "India and Pakistan traded accusations for a week. On Friday the two countries' border "
        "commanders spoke over a hotline and agreed to restore calm."
    )
    record = _record(pipeline, text)
    for etype, trigger in (("CONSULT", "spoke"), ("AGREE", "agreed")):
        event = _event(record, etype, trigger)
        assert _names(record, event.actor) == _names(record, event.recipient) == {"India", "Pakistan"}


@pytest.mark.parametrize(
    ("text", "verb", "both"),
    [
        ("The two sides agreed to restore calm.", "agreed", True),
        ("Both governments signed the accord on Friday.", "signed", True),
        ("The two countries' army chiefs spoke by phone and agreed to meet.", "agreed", True),
        # a count of people is no pair of sides
        ("Two soldiers agreed to testify.", "agreed", False),
        ("The minister spoke by phone.", "spoke", False),
    ],
)
def test_subject_naming_both_sides(pipeline: Pipeline, text: str, verb: str, both: bool) -> None:
    doc = pipeline.nlp(text)  # the real parse
    token = next(t for t in doc if t.text == verb)
    assert both_sides_subject(token) is both


def test_ceasefire_between_coordinated_sides_is_mutual(pipeline: Pipeline) -> None:
    actor, recipient = _roles(
        pipeline, "Armenia and Azerbaijan agreed to cease fire along the border.", "RETREAT", "cease"
    )
    assert actor == recipient == {"Armenia", "Azerbaijan"}


def test_one_sided_ceasefire_has_no_recipient_of_its_own(pipeline: Pipeline) -> None:
    actor, recipient = _roles(pipeline, "Russia announced a ceasefire in the region on Sunday.", "RETREAT", "announced")
    assert actor == {"Russia"}
    assert recipient == set()


# -- reactions to an earlier event named by a definite noun ----------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        # the invitation is no trigger of its own: the latest REQUEST is what is rejected
        (
            "Mayor Tomas Rell invited the striking dockers to talks on Friday. The Dockers Union rejected the invitation.",
            "REJECT",
            {"Tomas Rell"},
        ),
        # "the deal" restates the signing: welcoming it addresses both parties
        (
            "Kyrgyzstan and Tajikistan signed a border deal on Tuesday. Russia's Foreign Ministry welcomed the deal.",
            "SUPPORT",
            {"Kyrgyzstan", "Tajikistan"},
        ),
    ],
)
def test_reaction_to_a_definite_event_noun_addresses_its_authors(
    pipeline: Pipeline, text: str, etype: str, recipient: set[str]
) -> None:
    record = _record(pipeline, text)
    reaction = [e for e in record.events if e.event == etype]
    assert len(reaction) == 1
    assert _names(record, reaction[0].recipient) == recipient


def test_reaction_to_ones_own_act_borrows_no_recipient(pipeline: Pipeline) -> None:
    text = "Kyrgyzstan signed a trade deal with Tajikistan. Kyrgyzstan's president welcomed the deal."
    record = _record(pipeline, text)
    support = [e for e in record.events if e.event == "SUPPORT"]
    assert support
    assert support[0].recipient == []


def test_reaction_in_a_relative_clause_restating_the_request(pipeline: Pipeline) -> None:
    # "a demand the Kestrel Front rejected": the clause's object is the demand just made
    text = "The Red Cross demanded the release of the hostages, a demand the Kestrel Front rejected on Monday."
    actor, recipient = _roles(pipeline, text, "REJECT", "rejected")
    assert actor == {"Kestrel Front"}
    assert recipient == {"Red Cross"}


def test_rejected_calls_address_their_callers(pipeline: Pipeline) -> None:
    text = "The Teachers Union called for the governor's resignation. Governor Amir Saleh turned down the calls on Tuesday."
    actor, recipient = _roles(pipeline, text, "REJECT", "turned")
    assert actor == {"Amir Saleh"}
    assert recipient == {"Teachers Union"}


def test_rejected_request_from_a_capital_addresses_its_state(pipeline: Pipeline) -> None:
    text = "Russia accused the banker of fraud. Monaco turned down an extradition request from Moscow in 2023."
    actor, recipient = _roles(pipeline, text, "REJECT", "turned")
    assert actor == {"Monaco"}
    assert recipient == {"Russia"}


def test_object_after_a_fixed_complement_is_the_recipient(pipeline: Pipeline) -> None:
    # translated word order: "declared persona non grata X" for "declared X persona non grata"
    text = (
        "Serbia declared persona non grata the consul general of Croatia, Ivan Horvat, and gave him 72 hours to leave."
    )
    actor, recipient = _roles(pipeline, text, "SANCTION", "declared")
    assert actor == {"Serbia"}
    assert "Ivan Horvat" in recipient


def test_name_the_parser_hangs_on_the_first_conjunct_names_his_counterpart() -> None:
    # the parse the small model gives some "X and his counterpart Y" subjects, built by hand:
    # "Y" hangs as an apposition on X instead of on "counterpart"
    words = ["Minister", "Kenji", "Sato", "and", "his", "Australian", "counterpart", "Lucy", "Grant", "held", "talks"]
    heads = [2, 2, 9, 2, 6, 6, 2, 8, 2, 9, 9]
    deps = ["compound", "compound", "nsubj", "cc", "poss", "amod", "conj", "compound", "appos", "ROOT", "dobj"]
    pos = ["PROPN", "PROPN", "PROPN", "CCONJ", "PRON", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    token_actor = {1: [0], 2: [0], 4: [0], 7: [1], 8: [1]}
    actors: list[dict[str, Any]] = [{"name": "Kenji Sato", "kind": "person"}, {"name": "Lucy Grant", "kind": "person"}]
    assert PhraseActors(token_actor, actors, {}).actors_of(doc[2]) == [0, 1]
    # an apposition naming X itself ("Sato, Japan's minister") adds no one
    assert PhraseActors({2: [0], 8: [0]}, actors, {}).actors_of(doc[2]) == [0]
