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


def _speaker_names(record: Record, claim) -> list[str]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in record.actors}
    return [names[s] for s in claim.speaker]


def test_apposed_person_speaks_for_the_organisation_subject(pipeline: Pipeline) -> None:
    text = (
        'The grain lorries were held at a checkpoint "by men in uniform", Northern Front (NF) adviser '
        "Tomas Veldner told Harbour Wire by phone."
    )
    record = _extract(pipeline, text)
    assert _speaker_names(record, _claim(record, "told")) == ["Tomas Veldner"]


def test_cited_source_backs_the_main_claim(pipeline: Pipeline) -> None:
    text = (
        'State news agency RUNA blamed "armed gangs", citing a police source who said the gangs had fired at '
        "the convoy. The weekly Kurier reported that envoy Pavel Dorn met the speaker, citing aides."
    )
    record = _extract(pipeline, text)
    assert not [c for c in record.claims if c.cue.text.lower() == "citing"]
    assert _claim(record, "blamed").content.text == "armed gangs"
    assert _claim(record, "reported").content.text.startswith("envoy Pavel Dorn met")


def test_accused_object_of_action(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Commander Idris Talan accused the army of hiding weapons among farmers.")
    assert _claim(record, "accused").content.text == "hiding weapons among farmers"


def test_rejected_object_without_its_characterisation(pipeline: Pipeline) -> None:
    record = _extract(pipeline, 'The government of Ghana rejected the accusation as "absurd" on Tuesday.')
    claim = _claim(record, "rejected")
    assert claim.content.text.startswith("the accusation")
    assert "absurd" not in claim.content.text
    assert claim.stance == "deny"


def test_participle_channel_is_no_cue_and_subjectless_cue_finds_its_speaker(pipeline: Pipeline) -> None:
    text = (
        'In a video posted on TikTok, militia chief Ronel Batiste, known as "Tiger", said his men "never harmed '
        'a civilian" and warned that they would march on the capital.'
    )
    record = _extract(pipeline, text)
    assert not [c for c in record.claims if c.cue.text == "posted"]
    said, warned = _claim(record, "said"), _claim(record, "warned")
    assert _speaker_names(record, said) == ["Ronel Batiste"]
    assert _speaker_names(record, warned) == ["Ronel Batiste"]
    assert said.content.text.startswith("his men")


def test_possessive_pronoun_is_not_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Interior Minister Karel Vostra said the plotters had been arrested. "
        '"My brother is innocent. They took him for nothing," said his sister.'
    )
    record = _extract(pipeline, text)
    quoted = [c for c in record.claims if c.content.text.startswith("My brother")]
    assert all("Karel Vostra" not in _speaker_names(record, c) for c in quoted)


def test_characterisation_with_no_is_an_assertion(pipeline: Pipeline) -> None:
    record = _extract(pipeline, 'Opposition leader Mira Halsen said: "My brother is no traitor."')
    assert _claim(record, "said").stance == "assert"


def test_translation_style_inverted_speaker(pipeline: Pipeline) -> None:
    text = (
        "The two sides reached agreement on a ceasefire in the north, informs the Foreign Ministry of China. "
        "As reported the ministry, the rebels will withdraw from the town before the end of March."
    )
    record = _extract(pipeline, text)
    informs = _claim(record, "informs")
    assert _speaker_names(record, informs) == ["Foreign Ministry of China"]
    assert informs.content.text == "The two sides reached agreement on a ceasefire in the north"
    reported = _claim(record, "As reported")
    assert reported.kind == "according_to"
    assert reported.content.text.startswith("the rebels will withdraw")


def test_inverted_speaker_before_a_paragraph_break_and_of_a_noun_phrase(pipeline: Pipeline) -> None:
    text = (
        "LOMBARDA, May 2 (Wire) -- The rebels and the government agreed on a truce in the hills, "
        "informs the press service of the Ruritanian Foreign Ministry.\n\n"
        "Fighting continued elsewhere."
    )
    record = _extract(pipeline, text)
    informs = _claim(record, "informs")
    assert informs.speaker, informs
    assert "Foreign Ministry" in _speaker_names(record, informs)[0]
    assert informs.content.text == "The rebels and the government agreed on a truce in the hills"


def test_quote_closed_by_a_cue_with_the_speaker_after_it(pipeline: Pipeline) -> None:
    text = (
        "“Ruritania supports the talks and will keep helping,” said at a regular briefing on Monday "
        "the spokeswoman of the Ruritanian Foreign Ministry Anna Kovacs."
    )
    record = _extract(pipeline, text)
    said = _claim(record, "said")
    assert _speaker_names(record, said) == ["Anna Kovacs"]
    assert said.content.text.startswith("Ruritania supports the talks")


def test_appeal_with_quoted_addressee_keeps_the_infinitive(pipeline: Pipeline) -> None:
    text = (
        'Foreign Minister Anna Kovacs of Ruritania called on "all sides" to stop the fighting and to free the hostages.'
    )
    called = _claim(_extract(pipeline, text), "called")
    assert "to stop the fighting" in called.content.text


def test_object_after_a_prepositional_phrase(pipeline: Pipeline) -> None:
    text = "Rebel spokesman Tomas Berg confirmed to local media the talks, but said the group would not disarm."
    confirmed = _claim(_extract(pipeline, text), "confirmed")
    assert confirmed.content.text == "the talks"


def test_impersonal_passive_attributions_take_the_previous_speaker(pipeline: Pipeline) -> None:
    text = (
        "Ruritanian police chief Tomas Berg said 30 migrants were rescued off the coast on Friday. "
        "One person is still missing, the search continues, it was stated. "
        "The second boat, it was noted, will be towed to the port next week. "
        "He was told to leave the area."
    )
    record = _extract(pipeline, text)
    stated, noted = _claim(record, "it was stated"), _claim(record, "it was noted")
    assert stated.content.text == "One person is still missing, the search continues"
    assert noted.content.text.startswith("The second boat, it was noted, will be towed")
    assert _speaker_names(record, stated) == _speaker_names(record, noted) == ["Tomas Berg"]
    assert not [c for c in record.claims if c.cue.text == "told"]


def test_this_was_stated_points_back_to_the_sentence_before(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW, March 3. Ruritania has nothing to do with the attack on the servers of the ministry. "
        "This was stated on Friday at a briefing by the spokeswoman of the Ruritanian Foreign Ministry Anna Kovacs."
    )
    record = _extract(pipeline, text)
    stated = _claim(record, "stated")
    assert _speaker_names(record, stated) == ["Anna Kovacs"]
    assert stated.content.text.startswith("Ruritania has nothing to do with the attack")


def test_blamed_for_keeps_who_is_blamed(pipeline: Pipeline) -> None:
    text = (
        "The Ruritanian army said on Tuesday that drones struck the market. The army blamed the "
        "Northern Liberation Front (NLF) for the attack, and the NLF rejected the accusation."
    )
    blamed = _claim(_extract(pipeline, text), "blamed")
    assert blamed.content.text.startswith("the Northern Liberation Front (NLF) for the attack")


def _speakers_of(record: Record, cue: str) -> list[str]:
    names = {a.id: a.name for a in record.actors}
    return [names[i] for i in _claim(record, cue).speaker]


def test_bare_institution_speaker_becomes_an_actor(pipeline: Pipeline) -> None:
    text = "Artillery hit the village of Dravo overnight, the ministry said."
    record = _extract(pipeline, text)
    assert _speakers_of(record, "said") == ["ministry"]
    assert _claim(record, "said").content.text == "Artillery hit the village of Dravo overnight"


def test_bare_description_is_reused_by_its_head(pipeline: Pipeline) -> None:
    text = (
        "The defence ministry said its radar had tracked four drones near Dravo. "
        "Two of them were shot down over the lake, the ministry said."
    )
    record = _extract(pipeline, text)
    speakers = {tuple(c.speaker) for c in record.claims}
    assert len(record.claims) == 2 and len(speakers) == 1
    names = {a.id: a.name for a in record.actors}
    assert names[record.claims[0].speaker[0]] == "defence ministry"


def test_bare_speaker_in_statement_and_according_to(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The army said in a statement that it had repelled a raid near Dravo.")
    assert _speakers_of(record, "said") == ["army"]
    record = _extract(pipeline, "The bridge near Dravo was closed on Friday, according to the police.")
    assert _speakers_of(record, "according to") == ["police"]


def test_reference_to_someone_else_makes_no_new_speaker(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "His sister said the arrest had been a mistake.")
    assert all(a.name != "sister" for a in record.actors)


def test_issued_statement_saying_has_the_issuer_as_speaker(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The Dravo Water Authority issued a statement saying the dam was safe.")
    claim = _claim(record, "saying")
    assert claim.content.text == "the dam was safe"
    assert _speakers_of(record, "saying") == ["Dravo Water Authority"]
    assert claim.channel == "statement"


def test_appeal_with_infinitive_parsed_as_preposition(pipeline: Pipeline) -> None:
    text = (
        'Union leader Petra Kolb said the strike had closed "more than 40" plants '
        "and called on members to gather outside the ministry on Monday."
    )
    claim = _claim(_extract(pipeline, text), "called")
    assert claim.content.text.startswith("members to gather outside the ministry")


def test_as_reported_clause_is_the_channel_of_the_main_cue(pipeline: Pipeline) -> None:
    text = "The Ministry of Transport, as reported the portal Kurier, assures that no trains were cancelled."
    record = _extract(pipeline, text)
    claim = _claim(record, "assures")
    assert claim.content.text == "no trains were cancelled"
    assert claim.channel is not None and "Kurier" in claim.channel
    assert claim.speaker
    assert [c.cue.text for c in record.claims] == ["assures"]


def test_source_after_the_cue_in_translated_order(pipeline: Pipeline) -> None:
    text = "The talks on the pipeline will resume in March, writes the newspaper Vecherny Kurier."
    record = _extract(pipeline, text)
    claim = _claim(record, "writes")
    assert claim.content.text == "The talks on the pipeline will resume in March"
    assert _speakers_of(record, "writes") == ["Vecherny Kurier"]


def test_closing_speaker_after_a_dateline(pipeline: Pipeline) -> None:
    text = (
        "KORVA, 3 May (RNA) - Armed men attacked in the night of Sunday the headquarters of the district "
        "of Ulvo, in the province of Mardo, burning houses and the market and killing at least six "
        "civilians, informed the district administrator, Jonas Brekk."
    )
    record = _extract(pipeline, text)
    claim = _claim(record, "informed")
    assert claim.content.text.startswith("Armed men attacked in the night of Sunday")
    assert _speakers_of(record, "informed") == ["Jonas Brekk"]


def test_closing_speaker_with_participle_cue_and_adding(pipeline: Pipeline) -> None:
    text = (
        "The strikers agreed to reopen the mine, while the smelter remains closed, informed "
        "the Ruritanian Mining Company in a statement, adding that the losses exceeded 3 million dollars."
    )
    record = _extract(pipeline, text)
    informed = _claim(record, "informed")
    assert informed.content.text.startswith("The strikers agreed to reopen the mine")
    assert _speakers_of(record, "adding") == _speakers_of(record, "informed")
    assert "Ruritanian Mining Company" in _speakers_of(record, "adding")


def test_described_judge_is_the_named_judge(pipeline: Pipeline) -> None:
    text = (
        "A Dravo judge on Monday found that the mayor had taken bribes. "
        "Judge Anna Lind of the district court said the evidence was overwhelming."
    )
    record = _extract(pipeline, text)
    assert _speakers_of(record, "found") == ["Anna Lind"]


def test_short_family_name_speaker(pipeline: Pipeline) -> None:
    text = "President Kao Chen-yu met the envoy. Kao wrote on Facebook, calling the visit a success."
    record = _extract(pipeline, text)
    assert _speakers_of(record, "calling") == ["Kao Chen-yu"]


def test_speaker_of_a_while_clause_is_its_own_subject(pipeline: Pipeline) -> None:
    text = (
        "The United Nations urged both sides to show restraint, while the Norwegian foreign minister, "
        "Ola Brandt, expressed support for Oslo's ally and said that Norway would block any sanctions."
    )
    record = _extract(pipeline, text)
    assert _speakers_of(record, "said") == ["Ola Brandt"]
    assert "Brandt" not in _claim(record, "urged").content.text
