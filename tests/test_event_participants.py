"""Event participants found beyond the plain subject and object (`nlp/event_participants.py`,
`nlp/phrase_actors.py`, `nlp/event_roles.py`): protests told as a noun, ordered
deployments, quantified subjects and hyphenated demonyms, on sentences written for these
tests, through the real pipeline."""

from __future__ import annotations

from event_helpers import events_of, extract, names
from newsgraph import Pipeline


def _triggered(pipeline: Pipeline, text: str, etype: str, trigger: str) -> list[tuple[set[str], set[str]]]:
    record = extract(pipeline, text)
    return [
        (names(record, e.actor), names(record, e.recipient))
        for e in events_of(record, etype)
        if e.trigger and e.trigger.text == trigger
    ]


def test_protests_told_as_a_noun_are_held_by_the_storys_protesters(pipeline: Pipeline) -> None:
    text = (
        "Protesters blocked the main highway into Lagos on Monday. "
        "After a week of protests over fuel prices, the state governor resigned."
    )
    found = _triggered(pipeline, text, "PROTEST", "protests")
    assert found and found[0][0] == {"Protesters"}


def test_protests_with_no_crowd_named_make_no_event(pipeline: Pipeline) -> None:
    text = "After a week of protests over fuel prices, the state governor resigned."
    assert _triggered(pipeline, text, "PROTEST", "protests") == []


def test_a_restated_protest_noun_borrows_no_crowd(pipeline: Pipeline) -> None:
    # "during the protests" restates the protests told before: no second event
    text = (
        "Protesters blocked the main highway into Lagos on Monday. "
        "The police chief said no one was hurt during the protests."
    )
    assert _triggered(pipeline, text, "PROTEST", "protests") == []


def test_ordered_deployment_is_the_orderers(pipeline: Pipeline) -> None:
    text = "President Amara Diallo ordered troops and police to deploy to the border region on Friday."
    found = _triggered(pipeline, text, "MOBILIZE", "deploy")
    assert found and found[0][0] == {"Amara Diallo"}


def test_quantified_subject_names_the_owner_of_the_force(pipeline: Pipeline) -> None:
    text = "Mali said that most of the Wagner Group's fighters had pulled back from Kidal on Monday."
    found = _triggered(pipeline, text, "RETREAT", "pulled")
    assert found and found[0][0] == {"Wagner Group"}


def test_hyphenated_demonym_names_no_country(pipeline: Pipeline) -> None:
    # "Inter-American" holds "American": the commission is no act of the United States
    text = (
        "The United States imposed sanctions on Chile. The Inter-American commission urged Chile to free the prisoners."
    )
    found = _triggered(pipeline, text, "REQUEST", "urged")
    assert found and "United States" not in found[0][0]


def test_welcomed_decision_addresses_the_decisions_maker(pipeline: Pipeline) -> None:
    text = (
        "President Ana Lopes withdrew the fuel tax on Wednesday. "
        "Opposition leader Mario Neto welcomed the decision but said it came too late."
    )
    found = _triggered(pipeline, text, "SUPPORT", "welcomed")
    assert found == [({"Mario Neto"}, {"Ana Lopes"})]


def test_condemned_move_addresses_its_maker_not_its_target(pipeline: Pipeline) -> None:
    text = "Poland expelled three Russian diplomats on Monday. Lithuania welcomed the move on Tuesday."
    found = _triggered(pipeline, text, "SUPPORT", "welcomed")
    assert found == [({"Lithuania"}, {"Poland"})]


def test_decision_reaction_needs_a_decided_act_nearby(pipeline: Pipeline) -> None:
    # a strike is no decided act of a government: nothing to borrow
    text = "The union called a strike on Monday. Opposition leader Mario Neto welcomed the decision."
    found = _triggered(pipeline, text, "SUPPORT", "welcomed")
    assert found == [({"Mario Neto"}, set())]


def test_planned_protests_borrow_no_crowd(pipeline: Pipeline) -> None:
    text = (
        "Protesters blocked the main highway into Lagos on Monday. "
        "Opposition groups have planned nationwide protests for Friday."
    )
    assert all(actor != {"Protesters"} for actor, _ in _triggered(pipeline, text, "PROTEST", "protests"))
