"""Breadth of the cue lexicon (cues.yaml): manner-of-speaking verbs, clause-only cues and
denials, on sentences written for these tests (real pipeline)."""

from __future__ import annotations

import pytest

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-14"))


def assert_claim_with_cue(pipeline: Pipeline, text: str, cue: str, content: str) -> None:
    """The text gives a claim with this cue and content, and a speaker."""
    record = _extract(pipeline, text)
    found = [c for c in record.claims if c.cue.text == cue]
    assert found, [(c.cue.text, c.content.text) for c in record.claims]
    assert found[0].content.text == content
    assert found[0].speaker


def _cues(record: Record) -> list[str]:
    return [c.cue.text for c in record.claims]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('"We will not retreat one metre," Minister Karl Weiss quipped.', "quipped", "We will not retreat one metre"),
        ('"Nobody reads these reports," Minister Karl Weiss joked.', "joked", "Nobody reads these reports"),
        ("Minister Karl Weiss pointed out that the road had been mined.", "pointed", "the road had been mined"),
        ("Minister Karl Weiss agreed that the blockade must end.", "agreed", "the blockade must end"),
        ("Defence Minister Petra Kolb concurred that the threat had grown.", "concurred", "the threat had grown"),
        ("Minister Karl Weiss clarified that no troops would be sent.", "clarified", "no troops would be sent"),
        (
            "Minister Karl Weiss reckoned that the war would last another year.",
            "reckoned",
            "the war would last another year",
        ),
        ("Minister Karl Weiss protested that the vote had been rushed.", "protested", "the vote had been rushed"),
    ],
)
def test_cue_verb_gives_a_claim(pipeline: Pipeline, text: str, cue: str, content: str) -> None:
    assert_claim_with_cue(pipeline, text, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        # (without the restriction the opening phrase would be read as the content)
        "After two days of talks in Vienna, Minister Karl Weiss agreed to the plan.",
        "At the briefing in Vienna on Monday, Minister Karl Weiss pointed to the map.",
        "When the vote was announced on Monday, Minister Karl Weiss protested loudly.",
    ],
)
def test_clause_only_cue_needs_a_clause(pipeline: Pipeline, text: str) -> None:
    assert _extract(pipeline, text).claims == []


def test_quote_before_clause_only_cue_is_its_content(pipeline: Pipeline) -> None:
    record = _extract(pipeline, '"This is a farce," Minister Karl Weiss protested.')
    assert [c.content.text for c in record.claims] == ["This is a farce"]


def test_objection_is_a_denial(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Minister Karl Weiss objected that the vote had been rushed.")
    claim = next(c for c in record.claims if c.cue.text == "objected")
    assert claim.stance == "deny"


def test_reckon_is_a_hedge(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Minister Karl Weiss reckoned that the war would last another year.")
    assert "reckoned" in record.claims[0].hedges


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The government expressed hope that the talks would resume in May.",
            "expressed",
            "the talks would resume in May",
        ),
        (
            "The ministry voiced fears that the fighting could spread south.",
            "voiced",
            "the fighting could spread south",
        ),
        (
            "Governor Petra Kolb gave assurances that the bridge would reopen soon.",
            "gave",
            "the bridge would reopen soon",
        ),
    ],
)
def test_light_verb_with_stance_noun_gives_a_claim(pipeline: Pipeline, text: str, cue: str, content: str) -> None:
    assert_claim_with_cue(pipeline, text, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Petra Kolb expressed concern over the arrests in the capital.",
        "Governor Petra Kolb gave a speech at the opening of the bridge.",
    ],
)
def test_light_verb_without_clause_is_no_claim(pipeline: Pipeline, text: str) -> None:
    assert _extract(pipeline, text).claims == []


def _content(record: Record, cue: str) -> str:
    found = [c.content.text for c in record.claims if c.cue.text == cue]
    assert found, [(c.cue.text, c.content.text) for c in record.claims]
    return found[0]


def test_naming_the_object_is_the_content(pipeline: Pipeline) -> None:
    text = 'Mayor Karl Weiss spoke on the radio, calling the blockade "an act of sabotage".'
    assert _content(_extract(pipeline, text), "calling").startswith('the blockade "an act of sabotage')


def test_calling_oneself_a_name_is_no_claim(pipeline: Pipeline) -> None:
    text = "A spokesman for the militia, which calls itself the River Guard, said the bridge was closed."
    record = _extract(pipeline, text)
    assert "calls" not in _cues(record)
    assert _content(record, "said") == "the bridge was closed"


def test_appeal_not_to_do_something_is_a_claim(pipeline: Pipeline) -> None:
    text = "Governor Petra Kolb appealed to residents not to leave their farms."
    assert _content(_extract(pipeline, text), "appealed") == "residents not to leave their farms"


def test_appeal_to_a_noun_in_translated_order(pipeline: Pipeline) -> None:
    text = 'The African Union called both parties to "calm and negotiation".'
    assert _content(_extract(pipeline, text), "called").startswith('both parties to "calm and negotiation')


def test_blame_on_keeps_what_is_blamed(pipeline: Pipeline) -> None:
    text = "Minister Karl Weiss blamed the fires on the Red Hand, which the police banned in 2019."
    assert _content(_extract(pipeline, text), "blamed") == "the fires on the Red Hand"


def test_aside_after_an_object_content_is_cut(pipeline: Pipeline) -> None:
    text = "Minister Karl Weiss demanded their immediate release, a demand the council rejected on Monday."
    assert _content(_extract(pipeline, text), "demanded") == "their immediate release"


def test_told_addressee_that_clause(pipeline: Pipeline) -> None:
    text = "A spokesman for the Blue Brigade told a local radio station that its fighters had left the town."
    assert _content(_extract(pipeline, text), "told") == "its fighters had left the town"
