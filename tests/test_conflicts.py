"""Conflicts between claims in one article (real pipeline, sentences written for the test)."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-14"))


def _pairs(record: Record) -> list[set[str]]:
    by_id = {c.id: c.content.text for c in record.claims}
    return [{by_id[c] for c in k.claims} for k in record.conflicts]


def test_denial_against_assertion(pipeline: Pipeline) -> None:
    text = (
        "Witnesses said police had fired tear gas at the students near the bridge. "
        "The Interior Ministry denied that officers had fired tear gas."
    )
    pairs = _pairs(_extract(pipeline, text))
    assert {"police had fired tear gas at the students near the bridge", "officers had fired tear gas"} in pairs


def test_different_death_tolls(pipeline: Pipeline) -> None:
    text = (
        "Police said 15 people were killed in the blast. "
        "Governor Amin Farah told reporters that 21 bodies had been taken to the hospital."
    )
    record = _extract(pipeline, text)
    assert record.conflicts and record.conflicts[0].topic == "number dead"


def test_compatible_lower_bound_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "A local official said at least 12 soldiers were killed in the ambush. "
        "The rebel group said its fighters had killed 27 soldiers."
    )
    assert not _extract(pipeline, text).conflicts


def test_same_speaker_or_detail_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "Police said the convoy was stopped at a checkpoint. "
        "Witnesses said the convoy waited for six hours before it was allowed through."
    )
    assert not _extract(pipeline, text).conflicts


def test_denial_of_another_doer_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        'The Qassam Brigades said the farmer Yair Mizrahi was "alive and in our custody". '
        "Islamic Jihad denied holding him."
    )
    record = _extract(pipeline, text)
    assert not [k for k in record.conflicts if k.topic.startswith("whether")]


def test_denial_of_the_same_doer_conflicts(pipeline: Pipeline) -> None:
    text = (
        "Israeli media reported that the farmer Yair Mizrahi was being held by Islamic Jihad. "
        "Islamic Jihad denied holding him."
    )
    pairs = _pairs(_extract(pipeline, text))
    assert {"the farmer Yair Mizrahi was being held by Islamic Jihad", "holding him"} in pairs


def test_different_holders_conflict(pipeline: Pipeline) -> None:
    text = (
        "Israeli media reported that the farmer Yair Mizrahi was being held by Islamic Jihad. "
        'The Qassam Brigades said Mizrahi was "alive and in our custody".'
    )
    record = _extract(pipeline, text)
    assert [k for k in record.conflicts if k.topic.startswith("who did it")]


def test_refusal_to_act_is_no_denial(pipeline: Pipeline) -> None:
    text = (
        "Witnesses said Ruritanian troops had withdrawn from the hill on Monday. "
        "Minister Karl Weiss said Ruritania would not withdraw its troops."
    )
    assert not _extract(pipeline, text).conflicts
