"""Event types and modes from the rules of `nlp/event_types.py`, `nlp/event_modes.py`,
`nlp/event_filters.py` and `nlp/event_participants.py` (round 2: nominal events,
refusals, reprisals, lexicon additions), on sentences written for these tests, through
the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, extract, names, one
from newsgraph import Pipeline


# -- round 2: nominal events, refusals, reprisals, lexicon additions ---------------------------
def test_nominal_event_takes_its_author_from_a_compound_or_the_accused(pipeline: Pipeline) -> None:
    record = extract(pipeline, "A Red Cross aid convoy was hit by a drone near Varnsk on Sunday.")
    assert "Red Cross" in names(record, one(record, "AID").actor)
    text = "Ruritania on Monday accused Borduria of being behind a cyberattack on the election commission."
    record = extract(pipeline, text)
    event = one(record, "COERCE")
    assert event.mode == "cyber" and "Borduria" in names(record, event.actor)


def test_a_month_is_no_march(pipeline: Pipeline) -> None:
    record = extract(
        pipeline, "Ruritania accused Borduria of spreading disinformation ahead of the elections in March."
    )
    assert not events_of(record, "PROTEST")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ('Defence Minister Ivo Brandt said Ruritania would "accept no lessons" from Borduria.', "REJECT", None),
        ("The Ruritanian Foreign Ministry called Borduria to end the border closures.", "REQUEST", "change"),
        ('Ivo Brandt said the army "will be obliged to respond" if Borduria attacks.', "THREATEN", None),
        ('Lena Varga said the expulsion "will not remain without an answer".', "THREATEN", None),
        ('"Whoever loots a shop will rot in prison," Interior Minister Ivo Brandt said.', "THREATEN", "arrest"),
        (
            'Ruritanian officials said Bordurian troops "initiated unprovoked firing" with mortars.',
            "ASSAULT",
            "heavy-weapons",
        ),
        ("Jailed activist Mira Olsen has been on hunger strike since Thursday.", "PROTEST", "hunger"),
        ("Ruritanian Governor Ivo Brandt said his forces had retaken the road to Dorn on Thursday.", "COERCE", "seize"),
        # a detention reported as an act; "are still held in prison" is a state, no event
        # (docs/gold-format.md, "Holding is not an act": tests/test_event_families.py)
        ("Two Ruritanian citizens were detained in Varnsk on Monday, Lena Varga said.", "COERCE", "arrest"),
    ],
)
def test_round_two_types(pipeline: Pipeline, text: str, etype: str, mode: str | None) -> None:
    record = extract(pipeline, text)
    found = events_of(record, etype)
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert found[0].mode == mode


def test_generic_condition_and_pushback(pipeline: Pipeline) -> None:
    record = extract(pipeline, '"Whoever loots a shop will rot in prison," Interior Minister Ivo Brandt said.')
    assert not events_of(record, "ASSAULT") and not events_of(record, "PROTEST")
    text = "Forty migrants who were pushed back by the Bordurian coast guard were rescued off Varnsk."
    assert one(extract(pipeline, text), "COERCE").mode == "deport"


def test_site_visit_and_unit_noun_are_no_events(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ombudsman Lena Varga said she had visited detention centres in Varnsk on Tuesday.")
    assert not events_of(record, "CONSULT")
    record = extract(pipeline, 'The Ruritanian coast guard said its patrol "never approached" the boat.')
    assert not events_of(record, "MOBILIZE")


def test_a_protest_states_its_demand(pipeline: Pipeline) -> None:
    text = "Thousands of students marched through Varnsk on Monday to demand the resignation of Ivo Brandt."
    record = extract(pipeline, text)
    assert events_of(record, "PROTEST") and events_of(record, "REQUEST")


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        (
            "Prime Minister Ivo Brandt urged the UN Security Council to force Borduria to accept a ceasefire.",
            "REQUEST",
            "yield",
        ),
        (
            "The UN aid office on Tuesday appealed to the Ruritanian government to extend its permission.",
            "REQUEST",
            "change",
        ),
        (
            'Interior Minister Ivo Brandt warned that anyone who damaged factories "will face the law".',
            "THREATEN",
            "arrest",
        ),
        (
            "Ruritanian police fired tear gas and rubber bullets at the protesters in Varnsk.",
            "ASSAULT",
            "crowd-control",
        ),
    ],
)
def test_modes_from_what_is_asked_threatened_or_fired(pipeline: Pipeline, text: str, etype: str, mode: str) -> None:
    record = extract(pipeline, text)
    assert one(record, etype).mode == mode


# -- round 3: threats with an infinitive, phone calls, joint acts, ordinary uses ---------------
def test_a_threat_to_act_is_a_threat_with_the_mode_of_the_act(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Ruritanian government threatened to invade Borduria on Monday.")
    threat = one(record, "THREATEN")
    assert threat.mode == "violence" and "Borduria" in names(record, threat.recipient)
    assert not events_of(record, "ASSAULT")  # the threatened invasion has not happened
    record = extract(pipeline, "The Ruritanian government threatened to cut gas supplies to Borduria.")
    assert one(record, "THREATEN").mode == "restrict" and not events_of(record, "COERCE")
    text = "The Ruritanian government threatened the Bordurian government with a crushing response."
    assert "Bordurian government" in names(extract(pipeline, text), one(extract(pipeline, text), "THREATEN").recipient)


def test_threats_by_things_are_no_events(pipeline: Pipeline) -> None:
    for text in (
        "Heavy rain threatened to flood parts of Varnsk on Monday.",
        "The dispute over fishing rights threatens to derail the Varnsk talks.",
    ):
        assert not events_of(extract(pipeline, text), "THREATEN"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian President Ivo Brandt called Lena Varga on Sunday.",
        "Ruritanian President Ivo Brandt called Lena Varga to discuss the grain corridor.",
    ],
)
def test_calling_a_named_party_is_a_phone_call(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert one(record, "CONSULT").mode == "phone"
    assert not events_of(record, "REQUEST")


def test_a_call_on_a_date_is_no_call_on_someone(pipeline: Pipeline) -> None:
    # "on Sunday" is no "call on X" argument; "called on Borduria to ..." still is
    record = extract(pipeline, "The Ruritanian government called on Borduria to end the blockade.")
    assert events_of(record, "REQUEST") and not events_of(record, "CONSULT")
    record = extract(pipeline, "Ruritanian President Ivo Brandt called Lena Varga a liar on Sunday.")
    assert events_of(record, "ACCUSE") and not events_of(record, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian and Bordurian navies will jointly develop a new patrol boat.",
        "Ruritania and Borduria held joint naval drills in the Varnsk strait on Monday.",
        "Ruritania and Borduria agreed to jointly investigate the pipeline blast.",
    ],
)
def test_acting_jointly_is_cooperation(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert events_of(record, "COOPERATE"), [(e.event, e.trigger.text if e.trigger else None) for e in record.events]
    assert not events_of(record, "MOBILIZE") and not [e for e in record.events if e.mode == "investigate"]


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake struck eastern Ruritania on Monday, killing 12 people.",
        "Three Ruritanian soldiers were killed in a car crash near Varnsk on Monday.",
        "A fire broke out at a market in Varnsk, killing five people.",
        "The cholera outbreak killed 300 people in Borduria last month.",
        "The Ruritanian government vowed to fight corruption in the ports.",
        "Ruritania faces a long legal battle with Borduria over the dam.",
        "Ruritania beat Borduria 2-1 in the World Cup qualifier in Varnsk.",
        "The new Ruritanian film was shot in Varnsk last year.",
        "The new Ruritanian fuel policy targets inflation.",
        "Ruritanian rebels captured the national title in Varnsk.",
        "The Ruritanian government launched a campaign to fight disinformation.",
    ],
)
def test_ordinary_uses_of_violent_words_are_no_assault(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert not events_of(record, "ASSAULT") and not events_of(record, "COERCE"), [
        (e.event, e.trigger.text if e.trigger else None) for e in record.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bordurian jets struck Varnsk on Monday, killing 12 people.",
        "Three Ruritanian soldiers were killed in a Bordurian ambush near Varnsk.",
        "Bordurian forces launched a bombing campaign against Varnsk.",
        "Bordurian tank fire killed three Ruritanian soldiers near Varnsk.",
    ],
)
def test_the_political_senses_still_code_assault(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert events_of(record, "ASSAULT"), [(e.event, e.trigger.text if e.trigger else None) for e in record.events]


def test_vowing_to_fight_an_army_is_a_threat(pipeline: Pipeline) -> None:
    # a promise of violence is a THREATEN (CAMEO 138), the fight promised no event of its own
    record = extract(pipeline, "Bordurian rebels vowed to fight the Ruritanian army.")
    assert [(e.event, e.mode) for e in record.events] == [("THREATEN", "violence")]


def test_agreeing_to_demands_is_a_concession_and_no_new_request(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Ruritanian government agreed to the students' demands on Monday.")
    assert events_of(record, "CONCEDE") and not events_of(record, "REQUEST") and not events_of(record, "AGREE")
    record = extract(pipeline, "The Ruritanian government promised jobs to the protesters in Varnsk.")
    assert events_of(record, "CONCEDE") and not events_of(record, "AGREE")
    # a demand made in the sentence stays a request
    record = extract(pipeline, "Ruritanian students repeated their demands for the resignation of Ivo Brandt.")
    assert events_of(record, "REQUEST")


def test_a_sanctions_list_is_no_sanction(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The European Union removed two Ruritanian banks from its sanctions list.")
    assert not events_of(record, "SANCTION")
    record = extract(pipeline, "The European Union imposed sanctions on two Ruritanian banks on Monday.")
    assert events_of(record, "SANCTION")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The Ruritanian government promised a harsh response to the Bordurian strike.", "violence"),
        ("The Ruritanian government vowed to continue attacks on Bordurian shipping.", "violence"),
        ('Ivo Brandt said the Ruritanian army "is ready to use force" against Borduria.', "violence"),
        ("The Ruritanian government did not rule out military action against Borduria.", "violence"),
        ('Lena Varga said the Bordurian rebels "will pay a heavy price" for the attack.', "violence"),
    ],
)
def test_promised_reprisals_and_readiness_are_threats(pipeline: Pipeline, text: str, mode: str) -> None:
    record = extract(pipeline, text)
    threat = one(record, "THREATEN")
    assert threat.mode == mode and not threat.modality.negated
    assert not events_of(record, "AGREE") and not events_of(record, "REJECT")


def test_promises_and_refusals_without_violence_keep_their_type(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The Ruritanian government ruled out talks with Borduria.")
    assert events_of(record, "REJECT") and not events_of(record, "THREATEN")
    record = extract(pipeline, "The Ruritanian government vowed to continue talks with Borduria.")
    assert not events_of(record, "THREATEN")


def test_ransom_captures_vessel_seizures_and_widened_attacks(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Bordurian gunmen rounded up 40 Ruritanian villagers for ransom near Varnsk.")
    assert one(record, "ASSAULT").mode == "abduct"
    record = extract(pipeline, "The Ruritanian coast guard seized the Bordurian tanker Sea Star near Varnsk.")
    assert one(record, "COERCE").mode == "seize" and not events_of(record, "ASSAULT")
    record = extract(pipeline, "The Bordurian rebels vowed to widen attacks on Ruritanian shipping.")
    assert one(record, "THREATEN").mode == "violence"
    record = extract(pipeline, "The Ruritanian government slapped a night curfew on Varnsk on Monday.")
    assert one(record, "COERCE").mode == "curfew"


@pytest.mark.parametrize(
    ("text", "etype", "trigger"),
    [
        ("The ministry said it had sent three battalions and helicopters to the border region.", "MOBILIZE", "sent"),
        ("Paris will send two frigates and surveillance drones to the Gulf of Guinea.", "MOBILIZE", "send"),
        ("Poland sent ammunition and two fighter jets to the Bordurian army.", "AID", "sent"),
        ("Japan pledged 40 million dollars in reconstruction aid on Friday.", "AID", "pledged"),
        ("The governor promised 50,000 pesos to every family that lost a home.", "AID", "promised"),
    ],
)
def test_what_is_sent_or_pledged_decides_the_type(pipeline: Pipeline, text: str, etype: str, trigger: str) -> None:
    event = one(extract(pipeline, text), etype)
    assert event.trigger is not None and event.trigger.text.startswith(trigger)


@pytest.mark.parametrize(
    "text",
    [
        "The regional governor flew to the region on Monday with a team of engineers.",
        "Police said the gang wanted to rob the bank before dawn.",
    ],
)
def test_journeys_without_a_host_and_wishes_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert extract(pipeline, text).events == []


def test_a_journey_to_a_named_place_is_still_a_visit(pipeline: Pipeline) -> None:
    assert one(extract(pipeline, "Kenyan President William Ruto flew to Ethiopia on Monday."), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab leader Ahmed Diriye vowed in an audio message on the group's Andalus radio to expand the raids.",
        "Houthi spokesman Yahya Saree vowed in a televised address on Sunday to intensify the strikes on shipping.",
    ],
)
def test_a_distant_infinitive_of_violence_still_makes_a_vow_a_threat(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert one(record, "THREATEN").mode == "violence"
    assert events_of(record, "AGREE") == []


def test_what_must_happen_first_is_no_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Hamas said it would keep fighting until the blockade of Gaza is lifted.")
    assert events_of(record, "RETREAT") == []
    past = extract(pipeline, "The fighting went on until Hamas released the hostages on Monday.")
    assert events_of(past, "RETREAT")
