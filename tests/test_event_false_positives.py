"""Round 3 of issue 5: words of an event that state no act (`nlp/event_filters.py`),
new lexicon wordings and the mode of a request for an inquiry, on sentences written for
these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, extract, one
from newsgraph import Pipeline


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a capacity or a right is no act
        ("The Eastern Fleet said the drills tested its ability to seize ports.", "COERCE"),
        ("Ruritanian students defended their right to protest outside parliament.", "PROTEST"),
        # a self-name is no accusation or request
        ("The rebels, who call themselves the Dawn Brigade, control the valley.", "ACCUSE"),
        # the act asked for has not happened: the request is the event
        ("Lena Varga urged the Dawn Brigade to release the hostages.", "RETREAT"),
        ("Ruritania called on Borduria to withdraw its troops from the border.", "RETREAT"),
        # the charge of a detention
        ("Ruritanian police detained 12 men for looting shops and blocking the highway.", "PROTEST"),
        # an interview with the reporter is no phone call between parties
        ("Interior Minister Ivo Brandt, speaking by phone on Friday, said the roads were open.", "CONSULT"),
        # a toll summed over a country
        ("The ministry said 40 people had been killed and 120 injured across the country.", "ASSAULT"),
        # a custody stated with its duration
        ("The engineer Tomas Berg has been held by the Dawn Brigade since 2021, officials said.", "ASSAULT"),
    ],
)
def test_words_of_an_event_that_state_no_act(pipeline: Pipeline, text: str, etype: str) -> None:
    record = extract(pipeline, text)
    assert not events_of(record, etype), [(e.event, e.trigger.text if e.trigger else None) for e in record.events]


def test_the_request_itself_stays(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Lena Varga urged the Dawn Brigade to release the hostages.")
    one(record, "REQUEST")
    record = extract(pipeline, "Ruritanian police detained 12 men for looting shops.")
    assert one(record, "COERCE").mode == "arrest"


def test_a_toll_with_its_place_of_attack_stays_an_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Gunmen killed 12 villagers in Kiva on Monday, police said.")
    one(record, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Ruritanian court extended the deadline for Borduria by two weeks.", "CONCEDE"),
        ("Ruritanian police handed over documents to investigators from Borduria.", "COOPERATE"),
        ("The IMF approved a $200 million loan to Ruritania on Friday.", "AID"),
        ("Twelve fishermen were plucked from the sea by a Ruritanian navy helicopter.", "AID"),
    ],
)
def test_new_wordings(pipeline: Pipeline, text: str, etype: str) -> None:
    record = extract(pipeline, text)
    assert events_of(record, etype), [(e.event, e.trigger.text if e.trigger else None) for e in record.events]


def test_people_rounded_up_for_ransom_are_abducted(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Bandits loyal to Musa Kaduna rounded up villagers for ransom last week.")
    event = one(record, "ASSAULT")
    assert event.mode == "abduct"


def test_a_request_for_an_inquiry_has_no_mode(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Amnesty International called for an independent investigation into the shooting.")
    assert one(record, "REQUEST").mode is None


def test_taking_people_hostage_and_seizing_people_are_abductions(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Rioting inmates in Kiva took seven guards hostage on Monday.")
    assert one(record, "ASSAULT").mode == "abduct"
    record = extract(pipeline, "The Dawn Brigade freed 11 women it had seized in the raid.")
    assert one(record, "ASSAULT").mode == "abduct"
    record = extract(pipeline, "Ruritanian customs officers seized 40 tonnes of cocaine they had found in a port.")
    assert one(record, "COERCE").mode == "seize"


def test_a_phone_call_between_named_parties_stays(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Lena Varga spoke by phone with Ivo Brandt on Monday.")
    assert one(record, "CONSULT").mode == "phone"


def test_protesters_reopening_what_they_blocked_concede(pipeline: Pipeline) -> None:
    record = extract(pipeline, "After talks with elders, the protesters agreed to reopen the port of Kiva.")
    assert events_of(record, "CONCEDE") and not events_of(record, "RETREAT")
    record = extract(pipeline, "Ruritania agreed to reopen the border crossing at Kiva to aid convoys.")
    assert one(record, "RETREAT").mode == "access"


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian army released a video of the drills on Sunday.",
        "The Dawn Brigade released a statement on Telegram late on Monday.",
        "Kiva police delayed the release of the report until Friday.",
    ],
)
def test_releasing_a_publication_frees_no_one(pipeline: Pipeline, text: str) -> None:
    assert not events_of(extract(pipeline, text), "RETREAT")


def test_releasing_people_stays_a_release(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Dawn Brigade released 20 prisoners in Kiva on Monday.")
    assert one(record, "RETREAT").mode == "release"


def test_protesting_as_the_purpose_of_another_act_is_no_second_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ruritania summoned Borduria's ambassador on Monday to protest the border raids.")
    assert not events_of(record, "PROTEST"), [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    record = extract(pipeline, "Thousands of students protested the new law outside parliament in Kiva.")
    one(record, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the governor of sabotaging the negotiations with the union.",
        "Officials blamed the militia for the sabotage of the peace process in the north.",
    ],
)
def test_sabotage_of_a_process_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not events_of(extract(pipeline, text), "ASSAULT")


def test_sabotage_of_a_thing_stays_an_attack(pipeline: Pipeline) -> None:
    event = one(extract(pipeline, "Rebels sabotaged the railway line near Kessa on Monday."), "ASSAULT")
    assert event.mode == "destroy"


@pytest.mark.parametrize(
    "text",
    [
        "When asked for comment, a spokesman for the Ruritanian ministry declined to respond.",
        "Asked about the strike, the Ruritanian minister said the talks would continue.",
        "Reporters asked the Ruritanian minister whether the army would withdraw.",
        "The soldiers did not even ask his name before they detained him, his brother said.",
    ],
)
def test_a_question_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not events_of(extract(pipeline, text), "REQUEST")


def test_asking_for_help_stays_a_request(pipeline: Pipeline) -> None:
    event = one(extract(pipeline, "Ruritania asked the United Nations to send peacekeepers to the border."), "REQUEST")
    assert event.mode == "assist"
