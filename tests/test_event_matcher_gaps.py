"""Matcher gaps found by the probe sets (issue #5): a repelled attack with a stated author,
a participle with a by-agent hitting a vessel, the other side of refused talks, restored
relations. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import events_of, extract, names
from newsgraph import Pipeline


def test_repelled_attack_with_author_is_its_own_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Hamas's assault on the Israeli border town was repulsed by Israel on Sunday.")
    assaults = events_of(record, "ASSAULT")
    assert any(names(record, e.actor) == {"Hamas"} for e in assaults)
    assert any(names(record, e.actor) == {"Israel"} for e in assaults)


def test_repelled_attack_by_named_group_keeps_its_author(pipeline: Pipeline) -> None:
    record = extract(pipeline, "An attack by the Taliban on Pakistan was repelled on Friday.")
    assert any(names(record, e.actor) == {"Taliban"} for e in events_of(record, "ASSAULT"))


def test_repelled_attack_without_author_stays_one_event(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Ukrainian troops repelled the attack near Pokrovsk on Sunday.")
    assert len(events_of(record, "ASSAULT")) == 1


def test_participle_with_agent_hitting_a_vessel(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The freighter, hit by the Houthis off Yemen, sank on Tuesday.")
    assert any(names(record, e.actor) == {"Houthis"} for e in events_of(record, "ASSAULT"))


def test_hit_by_accident_is_no_assault(pipeline: Pipeline) -> None:
    record = extract(pipeline, "The minister was hit by criticism over the budget on Tuesday.")
    assert not events_of(record, "ASSAULT")


def test_refused_talks_address_the_other_side(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Serbia refused to negotiate with Kosovo on Monday.")
    (reject,) = events_of(record, "REJECT")
    assert names(record, reject.actor) == {"Serbia"}
    assert names(record, reject.recipient) == {"Kosovo"}


def test_refusal_without_with_phrase_gets_no_counterpart(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Serbia refused to negotiate on Monday.")
    (reject,) = events_of(record, "REJECT")
    assert not reject.recipient


def test_restored_relations_is_cooperation(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Qatar and Egypt restored diplomatic ties in January.")
    assert events_of(record, "COOPERATE")
    assert not events_of(record, "AGREE")


def test_talks_between_two_sides_as_subject_are_mutual(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Talks between Hamas and Fatah stalled in Cairo on Monday.")
    (talks,) = events_of(record, "CONSULT")
    assert names(record, talks.actor) == {"Hamas", "Fatah"}
    assert names(record, talks.recipient) == {"Hamas", "Fatah"}


def test_talks_with_one_side_name_no_actor(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Talks with the Taliban stalled in Doha on Monday.")
    (talks,) = events_of(record, "CONSULT")
    assert not talks.actor
