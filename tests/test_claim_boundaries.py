"""Claims: where a content starts and ends around its attribution, characterising cues and
described speakers named later (real pipeline)."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-14"))


def _claims(record: Record, cue: str) -> list[tuple[list[str], str]]:
    names = {a.id: a.name for a in record.actors}
    return [([names[s] for s in c.speaker], c.content.text) for c in record.claims if c.cue.text == cue]


def test_parenthetical_attribution_joins_both_parts(pipeline: Pipeline) -> None:
    text = (
        "Mayor Tom Reyes spoke on Monday. The farmers, he said, will allow trucks through from Friday. "
        "The talks ended late."
    )
    assert _claims(_extract(pipeline, text), "said") == [
        (["Tom Reyes"], "The farmers, he said, will allow trucks through from Friday")
    ]


def test_attribution_followed_by_a_clause_of_its_own_closes_the_content(pipeline: Pipeline) -> None:
    text = "Prices rose sharply in March, the central bank of Peru said on Monday, adding that it would act."
    said = _claims(_extract(pipeline, text), "said")
    assert [content for _, content in said] == ["Prices rose sharply in March"]


def test_quote_ending_the_paragraph_before_is_not_the_next_cues_content(pipeline: Pipeline) -> None:
    text = (
        'Tom Reyes, 58, was on trial. "I never saw a gun in my life," he said. "Never."\n\n'
        "Prosecutor Anna Field said the man had been arrested in May."
    )
    record = _extract(pipeline, text)
    assert _claims(record, "said") == [
        (["Tom Reyes"], 'I never saw a gun in my life," he said. "Never'),
        (["Anna Field"], "the man had been arrested in May"),
    ]


def test_inverted_speaker_with_a_relative_clause(pipeline: Pipeline) -> None:
    text = (
        "Opposition leader Daniel Morgan lost the vote. "
        '"Ballots were stuffed in plain sight," declared at the rally Morgan, who accuses the governor of fraud.'
    )
    assert _claims(_extract(pipeline, text), "declared") == [(["Daniel Morgan"], "Ballots were stuffed in plain sight")]


def test_characterising_cues_are_claims(pipeline: Pipeline) -> None:
    text = (
        "The World Bank hailed the agreement as a turning point for the region. "
        "The Iraqi foreign ministry condemned the raid, branding it a grave breach of Iraqi sovereignty. "
        "Fans cheered the team."
    )
    record = _extract(pipeline, text)
    assert _claims(record, "hailed") == [(["World Bank"], "the agreement as a turning point for the region")]
    assert [c for _, c in _claims(record, "branding")] == ["it a grave breach of Iraqi sovereignty"]
    assert _claims(record, "cheered") == []


def test_described_title_is_the_one_named_holder(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed 12 herders on Sunday, the county commissioner said. "
        "Commissioner Peter Deng said the attackers took cattle."
    )
    assert [s for s, _ in _claims(_extract(pipeline, text), "said")] == [["Peter Deng"], ["Peter Deng"]]


def test_described_title_of_another_office_stays_its_own_speaker(pipeline: Pipeline) -> None:
    text = "Troops shelled the town, the prime minister said. Foreign Minister Ana Ruiz said the talks would resume."
    assert [s for s, _ in _claims(_extract(pipeline, text), "said")] == [["prime minister"], ["Ana Ruiz"]]


def test_passive_cue_with_an_agent_names_the_speaker(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The suspect was accused by Interpol of smuggling arms. He was told by the ministry.")
    assert _claims(record, "accused") == [(["Interpol"], "smuggling arms")]
    assert _claims(record, "told") == []
    described = _extract(pipeline, "The man was described by police as a senior gang leader.")
    assert [c for _, c in _claims(described, "described")] == ["a senior gang leader"]


def test_source_phrase_interrupting_its_clause_covers_the_sentence(pipeline: Pipeline) -> None:
    text = (
        "The police of Ruritania, as reported the press service of the Interior Ministry, detained on "
        "Wednesday six protesters. In the town, according to the Foreign Ministry, troops fired on crowds."
    )
    record = _extract(pipeline, text)
    assert [c.content.text for c in record.claims] == [
        "The police of Ruritania, as reported the press service of the Interior Ministry, detained on "
        "Wednesday six protesters",
        "troops fired on crowds",
    ]


def test_closing_as_clause_names_the_source(pipeline: Pipeline) -> None:
    text = "Police detained six protesters on Wednesday, as the Interior Ministry reported."
    assert _claims(_extract(pipeline, text), "reported") == [
        (["Interior Ministry"], "Police detained six protesters on Wednesday")
    ]
