"""Round 4 of the event lexicon and rules (issue #5): families of common news wordings
(phrasal verbs, synonyms, object-decided senses), the type rules decided by the actor or
the target (a crowd's blockade is a protest; "any aircraft that tries to land" makes a
warning), and the mode decided by what is moved (police vs troops). Sentences written for
these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, extract
from newsgraph import Pipeline

POSITIVE = [
    ("Police picked up nine activists outside the ministry in Varnsk on Monday.", "COERCE", "arrest", "picked"),
    ("Two journalists were picked up by security agents in Sorva on Friday.", "COERCE", "arrest", "picked"),
    ("Police hauled in 40 suspects during overnight raids in Varnsk.", "COERCE", "arrest", "hauled"),
    ("Ruritanian and Bordurian troops traded fire along the border on Sunday.", "ASSAULT", "firearms", "traded"),
    ("The Ruritanian army said it had neutralised four militants near Sorva.", "ASSAULT", "targeted", "neutralised"),
    ("The raiders carried off 20 women and children from the village of Duvno.", "ASSAULT", "abduct", "carried"),
    ("Riot police launched tear gas canisters at the crowd in Varnsk.", "ASSAULT", "crowd-control", "launched"),
    ("Dock workers in Sorva stayed off the job for a third day on Thursday.", "PROTEST", "strike", "stayed"),
    ("Teachers walked off the job across Ruritania on Monday.", "PROTEST", "strike", "walked"),
    ("The Ruritanian army flew 500 troops into the northern province on Friday.", "MOBILIZE", "troops", "flew"),
    ("The Supreme Court of Ruritania threw out the opposition's appeal on Tuesday.", "REJECT", None, "threw"),
    ("The Ruritanian minister cautioned Borduria that its troops will be expelled.", "THREATEN", None, "cautioned"),
    ("Senator Ivo Brandt cheered the verdict on Monday.", "SUPPORT", None, "cheered"),
    ("The World Bank will release 200 million dollars to Ruritania in June.", "AID", None, "release"),
    ("Turkey and Iraq have been swapping intelligence on smugglers since May.", "COOPERATE", None, "swapping"),
    ("The European Investment Bank signed off on the loan terms last week.", "AGREE", None, "signed"),
    ("Ruritania will call back its ambassador from Borduria.", "SANCTION", "withdraw", "call"),
    ("Ruritania cut its military cooperation with Borduria last year.", "SANCTION", "discontinue", "cut"),
    ("Borduria declared the Sorva Liberation Front a terrorist on Monday.", "SANCTION", None, "declared"),
    ("The government sent 300 police to Sorva on Wednesday.", "MOBILIZE", "police", "sent"),
    ("Extra police units were transferred to Varnsk overnight.", "MOBILIZE", "police", "transferred"),
]

NEGATIVE = [
    # the same verbs in their everyday senses state no event of that type
    ("Ivo Brandt picked up the phone and left the room.", "COERCE", "picked"),
    ("Fishermen in Sorva hauled in a record catch on Monday.", "COERCE", "hauled"),
    ("Ruritania traded grain and timber with Borduria last year.", "ASSAULT", "traded"),
    ("The Ruritanian bank transferred the funds to the ministry.", "MOBILIZE", "transferred"),
    ("The court threw out the old furniture of the building.", "REJECT", "threw"),
    ("The band will release a new album in June.", "AID", "release"),
    ("The children cheered as the parade passed.", "SUPPORT", "cheered"),
    ("Ivo Brandt carried off the first prize in Varnsk.", "ASSAULT", "carried"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "trigger"), POSITIVE)
def test_wording_family_codes_its_type(
    pipeline: Pipeline, text: str, etype: str, mode: str | None, trigger: str
) -> None:
    record = extract(pipeline, text)
    found = [(e.event, e.mode, e.trigger.text if e.trigger else None) for e in record.events]
    hits = [e for e in record.events if e.event == etype and e.trigger and trigger in e.trigger.text]
    assert hits, found
    if mode is not None:
        assert hits[0].mode == mode, found


@pytest.mark.parametrize(("text", "etype", "trigger"), NEGATIVE)
def test_wording_family_stays_silent_in_everyday_senses(
    pipeline: Pipeline, text: str, etype: str, trigger: str
) -> None:
    record = extract(pipeline, text)
    found = [(e.event, e.mode, e.trigger.text if e.trigger else None) for e in record.events]
    assert not [e for e in record.events if e.event == etype and e.trigger and trigger in e.trigger.text], found


def test_a_blockade_by_protesters_is_a_protest(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Hundreds of protesters blockaded the port of Sorva on Tuesday.")
    assert [(e.event, e.mode) for e in record.events] == [("PROTEST", "obstruct")]


def test_a_blockade_by_an_army_stays_coercion(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Bordurian forces blockaded the port of Sorva for three months.")
    assert [(e.event, e.mode) for e in record.events] == [("COERCE", "restrict")]


def test_an_attack_on_any_target_that_acts_is_a_warning(pipeline: Pipeline) -> None:
    text = "A rebel spokesman said the group would shoot down any aircraft that tried to land in Sorva."
    record = extract(pipeline, text)
    assert not events_of(record, "ASSAULT")
    assert [e.mode for e in events_of(record, "THREATEN")] == ["violence"]


def test_an_announced_offensive_without_a_condition_stays_an_assault(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Ruritanian army said it would launch an offensive on Sorva next week.")
    assert events_of(record, "ASSAULT")
    assert not events_of(record, "THREATEN")


def test_a_promised_act_named_as_a_noun_is_the_event(pipeline: Pipeline) -> None:
    text = "The governor of Sorva promised the distribution of food by the World Food Programme."
    record = extract(pipeline, text)
    assert events_of(record, "AID")
    assert not events_of(record, "AGREE")


def test_aid_commodities_delivered_are_aid(pipeline: Pipeline) -> None:
    text = "The World Food Programme delivered maize and beans to 2,000 displaced families in Sorva."
    assert events_of(extract(pipeline, text), "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Three aid workers are being held by the Sorva Liberation Front, officials said.",
        "Two Ruritanian citizens are still held in Varnsk prison, Lena Varga said.",
        "The Sorva Liberation Front will free the hostages held in its camps near Duvno.",
    ],
)
def test_a_custody_stated_as_a_state_is_no_act(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert not events_of(record, "ASSAULT") and not events_of(record, "COERCE"), record.events


def test_a_relative_clause_of_what_an_actor_habitually_does_is_no_event(pipeline: Pipeline) -> None:
    text = "The Fisheries Agency, which coordinates patrols for 17 states, said the trawler was seized."
    assert not events_of(extract(pipeline, text), "COOPERATE")
    reported = "The militia, which attacked Duvno on Monday, denied the claims."
    assert events_of(extract(pipeline, reported), "ASSAULT")


def test_a_particle_parsed_as_a_number_modifier_still_counts(pipeline: Pipeline) -> None:
    # the small model reads "hand over 80 prisoners" as "over 80" (more than 80)
    record = extract(pipeline, "The Sorva Liberation Front will hand over 80 prisoners on Friday.")
    assert [e.mode for e in events_of(record, "RETREAT")] == ["release"]
