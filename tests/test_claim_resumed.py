"""Claims in resumptive and channel constructions (real pipeline): "a charge X dismissed as
absurd" (a relative clause with no relative word), an appeal followed by "saying ...", a
that-clause after a channel and its participle ("in a video posted to X that"), and the
author of a statement that is the subject of a cue ("the ministry's statement said")."""

from __future__ import annotations

from claim_helpers import extract_at as _extract
from claim_helpers import speaker_names as _speaker_names
from claim_helpers import with_cue as _with_cue
from newsgraph import Pipeline


def test_charge_dismissed_by_a_named_speaker(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        'Latvia\'s prime minister accused Moscow of "sabotaging the pipeline", a charge Foreign Minister '
        'Ivan Petrov dismissed as "absurd", telling reporters that Russia was not involved.',
    )
    dismissed = _with_cue(record, "dismissed")
    assert len(dismissed) == 1, [(c.cue.text, c.content.text) for c in record.claims]
    assert dismissed[0].content.text == "a charge"
    assert dismissed[0].stance == "deny"
    assert _speaker_names(record, dismissed[0]) == ["Ivan Petrov"]
    assert _with_cue(record, "accused")[0].content.text == "sabotaging the pipeline"


def test_charge_rejected_by_a_described_speaker(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The rebels accused the army of shelling the market, a charge the defence ministry rejected on Sunday.",
    )
    rejected = _with_cue(record, "rejected")
    assert len(rejected) == 1, [(c.cue.text, c.content.text) for c in record.claims]
    assert rejected[0].content.text == "a charge"
    assert _speaker_names(record, rejected[0]) == ["defence ministry"]


def test_appeal_stops_before_a_resumptive_noun_and_a_saying_clause(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The council's chairman Paul Okafor demanded the immediate release of the sailors, a demand the "
        "rebel command rejected on Tuesday, saying the crew would be tried in its courts.",
    )
    demanded = _with_cue(record, "demanded")
    assert [c.content.text for c in demanded] == ["the immediate release of the sailors"]


def test_that_clause_after_a_posted_video(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The militia's leader, Omar Bakri, boasted in a video posted to Telegram on Sunday that his men "
        "had destroyed three tanks.",
    )
    boasted = _with_cue(record, "boasted")
    assert len(boasted) == 1, [(c.cue.text, c.content.text) for c in record.claims]
    assert boasted[0].content.text == "his men had destroyed three tanks"
    assert _speaker_names(record, boasted[0]) == ["Omar Bakri"]


def test_author_of_a_statement_speaks(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The ministry's statement said the talks with the unions had collapsed.")
    said = _with_cue(record, "said")
    assert len(said) == 1
    assert said[0].content.text == "the talks with the unions had collapsed"
    assert _speaker_names(record, said[0]) == ["ministry"]


def test_a_claim_noun_with_a_relative_word_is_no_contact_clause(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Farmers repeated the claim, which the government denied on Monday.")
    assert not [c for c in _with_cue(record, "denied") if c.content.text == "the claim"]
