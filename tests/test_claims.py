"""Claims: quotes, indirect speech, cues, speakers and content spans (real pipeline)."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-14"))


def _claim(record: Record, cue: str):  # type: ignore[no-untyped-def]
    found = [c for c in record.claims if c.cue.text == cue]
    assert found, [(c.cue.text, c.content.text) for c in record.claims]
    return found[0]


def test_split_quote_is_one_claim(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "“We need bread,” Mayor Tomas Berg said, “not more speeches.”")
    claim = _claim(record, "said")
    assert claim.content.text.startswith("We need bread")
    assert claim.content.text.endswith("not more speeches")
    assert claim.kind == "direct"
    assert len(record.claims) == 1


def test_content_skips_dateline_and_byline(pipeline: Pipeline) -> None:
    text = "By Anna Lind\n\nODESA, Ukraine — Drones struck the port overnight, governor Oleh Marchenko said."
    claim = _claim(_extract(pipeline, text), "said")
    assert claim.content.text == "Drones struck the port overnight"


def test_conjoined_denial_is_its_own_claim(pipeline: Pipeline) -> None:
    text = "The Defence Ministry of Ruritania said its troops had shelled a depot and denied striking homes."
    record = _extract(pipeline, text)
    said, denied = _claim(record, "said"), _claim(record, "denied")
    assert "denied" not in said.content.text
    assert denied.content.text == "striking homes"
    assert denied.stance == "deny"
    assert denied.speaker == said.speaker


def test_phrase_quoted_inside_narration_is_no_claim(pipeline: Pipeline) -> None:
    text = (
        "Minister Karl Weiss said the talks would resume next week. "
        'The group is listed by Washington as a "foreign terrorist organisation of concern".'
    )
    record = _extract(pipeline, text)
    assert all("terrorist" not in c.content.text for c in record.claims)


def test_quote_opening_a_sentence_continues_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Minister Karl Weiss said the talks would resume next week. "
        '"We are ready to sign anything that brings the soldiers home."'
    )
    record = _extract(pipeline, text)
    quoted = [c for c in record.claims if "soldiers home" in c.content.text]
    assert quoted and quoted[0].speaker == _claim(record, "said").speaker


def test_content_runs_to_the_end_of_a_quote(pipeline: Pipeline) -> None:
    text = 'Lena Voss said the council could "delay the vote until the spring session" if needed.'
    claim = _claim(_extract(pipeline, text), "said")
    assert "spring session" in claim.content.text


def test_semicolon_continues_the_complement(pipeline: Pipeline) -> None:
    text = (
        "Commander Ivo Marek claimed that the two captives are both engineers; one of them is "
        "supposedly being held by a rival militia in the hills."
    )
    claim = _claim(_extract(pipeline, text), "claimed")
    assert claim.content.text.endswith("in the hills")
    assert "supposedly" in claim.hedges


def test_negated_cue_makes_no_claim(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The army did not comment on the report about the convoy.")
    assert not [c for c in record.claims if c.cue.text == "comment"]


def test_that_clause_after_statement(pipeline: Pipeline) -> None:
    text = "Senator Paula Grant's office said in a statement that no meeting had taken place."
    claim = _claim(_extract(pipeline, text), "said")
    assert claim.content.text == "no meeting had taken place"


def test_denial_object_and_appeal(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Russia denied any involvement. Minister Karl Weiss called on the allies to send more tents.",
    )
    assert _claim(record, "denied").content.text == "any involvement"
    assert _claim(record, "called").content.text == "the allies to send more tents"


def test_according_to_after_a_comma(pipeline: Pipeline) -> None:
    text = "The envoy was summoned on Monday, where, according to the ministry, he refused to accept a note."
    claim = _claim(_extract(pipeline, text), "according to")
    assert claim.content.text == "he refused to accept a note"
    assert claim.kind == "according_to"


def test_spelling_variant_of_a_named_speaker(pipeline: Pipeline) -> None:
    text = (
        "Ministry spokesman Aram Torosyan said the shelling lasted two hours. "
        '"Our units held the line. The situation is calm now," Torosian wrote on Facebook.'
    )
    record = _extract(pipeline, text)
    wrote = _claim(record, "wrote")
    assert wrote.content.text == "Our units held the line. The situation is calm now"
    assert wrote.speaker == _claim(record, "said").speaker
    assert len([c for c in record.claims if "calm now" in c.content.text]) == 1


def test_appeals_are_claims(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Senator Paula Grant urged the government to release the detained workers. "
        "Minister Karl Weiss demanded the driver's immediate release. "
        "The relief agency appealed to the army to open the road.",
    )
    assert _claim(record, "urged").content.text == "the government to release the detained workers"
    assert _claim(record, "demanded").content.text == "the driver's immediate release"
    assert _claim(record, "appealed").content.text == "the army to open the road"


def test_single_quotation_marks(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "'Actions have consequences,' Minister Anna Berg told reporters.")
    claim = _claim(record, "told")
    assert claim.content.text == "Actions have consequences"
    assert claim.kind == "direct"


def test_conjoined_denial_and_assertion_split(pipeline: Pipeline) -> None:
    text = (
        "Minister Karl Weiss said no such meeting had taken place and that the envoy would travel to Lisbon next week."
    )
    record = _extract(pipeline, text)
    said = [c for c in record.claims if c.cue.text == "said"]
    assert [(c.content.text, c.stance) for c in said] == [
        ("no such meeting had taken place", "deny"),
        ("the envoy would travel to Lisbon next week", "assert"),
    ]


def test_stance_from_content(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Police chief Omar Haddad said no protesters had been hurt. "
        "Minister Karl Weiss said his country would not withdraw its troops.",
    )
    stances = {c.content.text: c.stance for c in record.claims}
    assert stances["no protesters had been hurt"] == "deny"
    assert stances["his country would not withdraw its troops"] == "assert"


def test_attribution_after_a_contrast(pipeline: Pipeline) -> None:
    text = "The two sides agreed to a ceasefire on Tuesday, but fighting continued near the river on Wednesday, residents said."
    claim = _claim(_extract(pipeline, text), "said")
    assert claim.content.text == "fighting continued near the river on Wednesday"


def test_passive_cue_is_no_claim(pipeline: Pipeline) -> None:
    text = "Caracas rejected the court, which is expected to rule on the case later this year."
    assert not [c for c in _extract(pipeline, text).claims if c.cue.text == "expected"]


def test_quote_continued_after_its_attribution_sentence(pipeline: Pipeline) -> None:
    text = 'Aid chief Marc Dufresne spoke in Amman. "We are not going to stop," Dufresne said. "But we cannot send people to die."'
    record = _extract(pipeline, text)
    claim = _claim(record, "said")
    assert claim.content.text.endswith("send people to die")
    assert len(record.claims) == 1


def test_cue_phrases_come_from_the_lexicon(pipeline: Pipeline) -> None:
    """Every multiword cue in cues.yaml `phrases` attributes the clause, not only "according to"."""
    for cue in ("according to", "as reported by"):
        record = pipeline.extract(
            Article(text=f"The curfew will be lifted on Friday, {cue} state radio.", published="2025-03-03")
        )
        (claim,) = record.claims
        assert claim.kind == "according_to" and claim.cue.text == cue
        assert claim.content.text == "The curfew will be lifted on Friday"
        assert [record.actor(s).name for s in claim.speaker] == ["state radio"]  # type: ignore[union-attr]
