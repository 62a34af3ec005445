"""Participants round 4: a list closing a "by" agent is no stranded subject ("a panel
chaired by A, B and C praised"); a reporting verb after its content ("X agreed but
refused Y, said Z") leaves the content's conjuncts to the content's subject; whoever
receives a request ("Kyiv received a request from X") is its addressee; a refusal of what
was demanded goes to who demanded it; a subject the parser gave a participle ("elders,
gathering in Bor, pledged") is the verb's; a speech participle hung on a reported clause
("wrote that ..., calling the claims a lie") is the reporter's."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab
from tests.event_helpers import extract, names, one

from newsgraph import Pipeline
from newsgraph.nlp.role_syntax import participle_subject, reporter_of, stranded_subject


def test_list_closing_an_agent_phrase_is_no_stranded_subject() -> None:
    # the parse the small model gives "A panel chaired by Kenya, Ghana and Chad praised the plan"
    words = ["A", "panel", "chaired", "by", "Kenya", ",", "Ghana", "and", "Chad", "praised", "the", "plan", "."]
    heads = [1, 2, 2, 2, 3, 4, 4, 6, 6, 2, 11, 9, 2]
    deps = ["det", "nsubj", "ROOT", "agent", "pobj", "punct", "conj", "cc", "conj", "conj", "det", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", ",", "NNP", "CC", "NNP", "VBD", "DT", "NN", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert stranded_subject(doc[9]) is None
    # the same shape without the agent phrase still finds the stranded subject
    deps_plain = ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "conj", "cc", "conj", "conj", "det", "dobj", "punct"]
    plain = Doc(Vocab(), words=words, heads=heads, deps=deps_plain, pos=pos, tags=tags)
    found = stranded_subject(plain[9])
    assert found is not None and found.text == "Chad"


def test_reporting_verb_after_the_content_is_not_the_conjuncts_reporter() -> None:
    # "The board agreed to meet but refused the offer, said its chair."
    words = ["The", "board", "agreed", "to", "meet", "but", "refused", "the", "offer", ",", "said", "its", "chair", "."]
    heads = [1, 2, 10, 4, 2, 2, 2, 8, 6, 10, 10, 12, 10, 10]
    deps = ["det", "nsubj", "ccomp", "aux", "xcomp", "cc", "conj", "det", "dobj", "punct", "ROOT", "poss", "nsubj",
            "punct"]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "PART", "VERB", "CCONJ", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "NOUN",
           "PUNCT"]  # fmt: skip
    tags = ["DT", "NN", "VBD", "TO", "VB", "CC", "VBD", "DT", "NN", ",", "VBD", "PRP$", "NN", "."]
    lemmas = ["the", "board", "agree", "to", "meet", "but", "refuse", "the", "offer", ",", "say", "its", "chair", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert reporter_of(doc[6]) is None
    # a reporting verb before the content still reports the conjunct: "said the board agreed ... but refused"
    words2 = ["Its", "chair", "said", "the", "board", "agreed", "but", "refused", "the", "offer", "."]
    heads2 = [1, 2, 2, 4, 5, 2, 5, 5, 9, 7, 2]
    deps2 = ["poss", "nsubj", "ROOT", "det", "nsubj", "ccomp", "cc", "conj", "det", "dobj", "punct"]
    pos2 = ["PRON", "NOUN", "VERB", "DET", "NOUN", "VERB", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    tags2 = ["PRP$", "NN", "VBD", "DT", "NN", "VBD", "CC", "VBD", "DT", "NN", "."]
    lemmas2 = ["its", "chair", "say", "the", "board", "agree", "but", "refuse", "the", "offer", "."]
    doc2 = Doc(Vocab(), words=words2, heads=heads2, deps=deps2, pos=pos2, tags=tags2, lemmas=lemmas2)
    found = reporter_of(doc2[7])
    assert found is not None and found.text == "said"


def test_who_receives_a_request_is_its_addressee(pipeline: Pipeline) -> None:
    for text in (
        "The Interior Ministry of Moldova received Romania's request to extradite the banker on Monday.",
        "Romania's request to extradite the banker is being examined by the Interior Ministry of Moldova.",
    ):
        record = extract(pipeline, text)
        event = one(record, "REQUEST")
        assert "Romania" in names(record, event.actor)
        assert "Interior Ministry of Moldova" in names(record, event.recipient)


def test_refusal_of_a_demand_goes_to_who_demanded_it(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "Farmers of the Union of Rural Workers blocked the highway near Cochabamba on Monday, demanding a fuel "
        "subsidy.\n\nThe Ministry of Economy said on Tuesday it would lower diesel prices.\n\n"
        "On Wednesday the Ministry of Economy turned down a fuel subsidy, its spokesman said.",
    )
    refusal = one(record, "REJECT")
    assert "Ministry of Economy" in names(record, refusal.actor)
    assert "Union of Rural Workers" in " ".join(names(record, refusal.recipient))


def test_refusal_of_an_unrelated_thing_gets_no_requester(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "Farmers of the Union of Rural Workers blocked the highway near Cochabamba on Monday, demanding a fuel "
        "subsidy.\n\nOn Wednesday the Ministry of Economy turned down a new tax, its spokesman said.",
    )
    refusal = one(record, "REJECT")
    assert not refusal.recipient


def test_subject_the_parser_gave_a_participle_before_the_verb() -> None:
    # the small model's parse of "Elders, gathering in Bor, pledged to return the cattle":
    # "Elders" the subject of "gathering", "pledged" left without one
    words = ["Elders", ",", "gathering", "in", "Bor", ",", "pledged", "to", "return", "the", "cattle", "."]
    heads = [2, 0, 6, 2, 3, 2, 6, 8, 6, 10, 8, 6]
    deps = ["nsubj", "punct", "advcl", "prep", "pobj", "punct", "ROOT", "aux", "xcomp", "det", "dobj", "punct"]
    pos = ["NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNS", ",", "VBG", "IN", "NNP", ",", "VBD", "TO", "VB", "DT", "NNS", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    found = participle_subject(doc[6])
    assert found is not None and found.text == "Elders"
    assert participle_subject(doc[8]) is None  # the infinitive is no finite verb


def test_speech_participle_on_a_reported_clause_is_the_reporters(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "The Foreign Ministry of Serbia wrote that the attack had been carried out by Kosovo police, "
        "calling the claims of Pristina a lie.",
    )
    event = one(record, "ACCUSE")
    assert names(record, event.actor) & {"Foreign Ministry of Serbia"}
    assert not names(record, event.actor) & {"Kosovo police"}


def test_speech_participle_on_a_clause_with_a_subject_stays_the_subjects(pipeline: Pipeline) -> None:
    record = extract(
        pipeline,
        "The United Nations said the Taliban had detained four aid workers in Kabul, accusing them of spying.",
    )
    event = one(record, "ACCUSE")
    assert "Taliban" in " ".join(names(record, event.actor))
