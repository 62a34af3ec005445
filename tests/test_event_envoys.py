"""Envoys as recipients (`RoleFinder._verb_roles` with `PhraseActors.named_person`): a
summoned or expelled envoy the text names is the recipient; an unnamed one stands for
its state. Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from tests.event_helpers import extract, names, one

from newsgraph import Pipeline


def test_named_envoy_is_the_recipient(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Hungary summoned the Austrian ambassador, Peter Weber, on Monday.")
    summon = one(record, "ACCUSE")
    assert names(record, summon.actor) == {"Hungary"}
    assert "Peter Weber" in names(record, summon.recipient)


def test_unnamed_envoy_stands_for_its_state(pipeline: Pipeline) -> None:
    text = "Austria and Hungary are at odds over the border. Hungary summoned Austria's ambassador on Monday."
    record = extract(pipeline, text)
    summon = one(record, "ACCUSE")
    assert names(record, summon.recipient) == {"Austria"}
