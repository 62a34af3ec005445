"""Claims: reports embedded in another speaker's reported clause, and speakers the parse
hangs on the wrong clause (real pipeline)."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-14"))


def _claims(record: Record) -> list[tuple[list[str], str, str]]:
    names = {a.id: a.name for a in record.actors}
    return [([names[s] for s in c.speaker], c.cue.text, c.content.text) for c in record.claims]


def test_cue_inside_a_reported_clause_is_no_claim_of_its_own(pipeline: Pipeline) -> None:
    text = "Union leader Mira Patel said the employers' association rejected the demand for a pay rise."
    claims = _claims(_extract(pipeline, text))
    assert [cue for _, cue, _ in claims] == ["said"]


def test_purpose_infinitive_inside_a_report_is_no_claim(pipeline: Pipeline) -> None:
    text = "The student union said on Sunday that its members would march again on Friday to demand the dean's resignation."
    claims = _claims(_extract(pipeline, text))
    assert [cue for _, cue, _ in claims] == ["said"]


def test_report_inside_a_quotation_is_the_quoting_speakers(pipeline: Pipeline) -> None:
    text = 'Farmer Jonas Otieno was angry. "The company keeps telling us that the water is clean," Otieno said.'
    claims = _claims(_extract(pipeline, text))
    assert [cue for _, cue, _ in claims] == ["said"]


def test_coordinate_report_with_its_own_speaker_is_kept(pipeline: Pipeline) -> None:
    text = (
        "Trade minister Ole Berg said the ban would end in May, but the Chinese embassy said "
        "that talks were still going on."
    )
    cues = [cue for _, cue, _ in _claims(_extract(pipeline, text))]
    assert cues == ["said", "said"]


def test_participle_after_a_contact_relative_belongs_to_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Mayor Clara Vance demanded the release of the two reporters, a demand Governor Ali Musa "
        "rejected on Friday, saying the two men would face trial."
    )
    saying = [(speaker, content) for speaker, cue, content in _claims(_extract(pipeline, text)) if cue == "saying"]
    assert saying and saying[0][0] == ["Ali Musa"]
    assert saying[0][1] == "the two men would face trial"


def test_conjoined_cue_after_a_closing_speaker_takes_that_speaker(pipeline: Pipeline) -> None:
    text = (
        "Released the authorities on Monday 80 prisoners from the northern jail, announced the Ministry "
        "of Justice, and said that more releases would follow."
    )
    said = [speaker for speaker, cue, _ in _claims(_extract(pipeline, text)) if cue == "said"]
    assert said == [["Ministry of Justice"]]


def test_cue_of_a_contrast_clause_does_not_take_the_main_speaker(pipeline: Pipeline) -> None:
    text = (
        "Governor Paul Deng promised to rebuild the schools, while teachers from the district, "
        "meeting in the town hall on Monday, called on donors to pay their salaries."
    )
    called = [speaker for speaker, cue, _ in _claims(_extract(pipeline, text)) if cue == "called"]
    assert ["Paul Deng"] not in called


def test_contrast_clause_ends_the_reported_clause(pipeline: Pipeline) -> None:
    text = (
        "Interior minister Sara Holm said the army would stay in the capital, while the rebel "
        "commander, Tomas Rek, told reporters that his men had left the city."
    )
    claims = _claims(_extract(pipeline, text))
    assert (["Sara Holm"], "said", "the army would stay in the capital") in claims
    assert (["Tomas Rek"], "told", "his men had left the city") in claims


def test_caption_credit_before_a_paragraph_is_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "PHOTO: Firefighters work at the burnt market in Goma on Monday. (Coast & Gulf Wire/Omar Haddad)\n\n"
        "A Congolese official, speaking on condition of anonymity, said the fire had been set on purpose."
    )
    said = [speaker for speaker, cue, _ in _claims(_extract(pipeline, text)) if cue == "said"]
    assert said == [["Congolese official"]]
