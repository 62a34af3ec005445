"""Claim attribution probes: common wire-copy constructions (positives) and cue words
that report no speech (negatives), on sentences written for these tests."""

from __future__ import annotations

from claim_helpers import extract_at, speaker_names
from newsgraph import Pipeline


def test_that_read_as_object_of_warn(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, "The UN warned that millions faced famine across the region.")
    claims = [c for c in record.claims if c.cue.text == "warned"]
    assert claims and "millions faced famine" in claims[0].content.text
    assert not claims[0].content.text.startswith("that")


def test_refusal_is_no_denial(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, "The ruling party has denied entry to foreign observers.")
    assert not [c for c in record.claims if c.cue.text == "denied"]
    record = extract_at(pipeline, "The court denied bail to the three activists on Monday.")
    assert not [c for c in record.claims if c.cue.text == "denied"]


def test_denial_of_charges_still_a_claim(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, "Police arrested Tom Briggs on Friday. Briggs has denied the charges.")
    claims = [c for c in record.claims if c.cue.text == "denied"]
    assert claims and claims[0].content.text == "the charges"
    assert speaker_names(record, claims[0]) == ["Tom Briggs"]


def test_common_attributions(pipeline: Pipeline) -> None:
    cases = [
        ("Police chief Marek Dvorak told Reuters that three suspects had been arrested.", "Dvorak",
         "three suspects had been arrested"),
        ("A statement from the Defence Ministry said two drones were shot down overnight.", "Defence Ministry",
         "two drones were shot down overnight"),
        ("Two people were killed in the blast, police said on Wednesday.", "police",
         "Two people were killed in the blast"),
        ('"We have lost everything," Maria Santos, a farmer, told AFP.', "Santos", "We have lost everything"),
        ("The agency cited Deputy Minister Oleg Titov as saying that exports would rise.", "Titov",
         "exports would rise"),
        ("According to a statement from the Nigerian Army, three soldiers were wounded.", "Nigerian Army",
         "three soldiers were wounded"),
    ]  # fmt: skip
    for text, speaker, content in cases:
        record = extract_at(pipeline, text)
        hits = [c for c in record.claims if content in c.content.text]
        assert hits, text
        assert any(speaker.lower() in " ".join(speaker_names(record, c)).lower() for c in hits), text


def test_cue_words_that_report_nothing(pipeline: Pipeline) -> None:
    for text in [
        "The building is said to be more than 200 years old.",
        "The journalists were told to leave the country within 48 hours.",
        "He refused to say where the money had gone.",
        "The union threatened to strike if wages were not raised.",
        "She said goodbye to her family at the airport.",
        "The statement was deleted an hour later.",
    ]:
        assert not extract_at(pipeline, text).claims, text


def test_quote_after_colon_without_cue(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, 'Health Minister Ruth Adler was blunt: "We are running out of beds."')
    claims = [c for c in record.claims if "running out of beds" in c.content.text]
    assert claims and claims[0].cue.text == ":"
    assert speaker_names(record, claims[0]) == ["Ruth Adler"]
    record = extract_at(pipeline, 'Senator Amy Cole had a warning for the party: "Voters will punish this betrayal."')
    claims = [c for c in record.claims if "punish this betrayal" in c.content.text]
    assert claims and speaker_names(record, claims[0]) == ["Amy Cole"]


def test_colon_after_a_cue_keeps_the_verb(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, 'Mayor Tina Brook said: "We will rebuild every house in this town."')
    assert [c.cue.text for c in record.claims] == ["said"]


def test_claimed_responsibility_for_an_act(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, "The Islamic State group claimed responsibility for the bombing in a statement.")
    claims = [c for c in record.claims if c.cue.text == "claimed"]
    assert claims and claims[0].content.text.startswith("responsibility for the bombing")
    for text in ["The floods claimed 20 lives in the province.", "The party claimed victory in the regional election."]:
        assert not extract_at(pipeline, text).claims, text


def test_speaking_by_saying(pipeline: Pipeline) -> None:
    record = extract_at(pipeline, "President Ana Kovac responded by saying that the law would protect citizens.")
    claims = [c for c in record.claims if "the law would protect citizens" in c.content.text]
    assert claims and speaker_names(record, claims[0]) == ["Ana Kovac"]
