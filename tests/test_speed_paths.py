"""The faster paths of the speed work give the answers of the plain ones they replace."""

from __future__ import annotations

from newsgraph import Pipeline
from newsgraph.nlp.extensions import NOMINAL, VERBAL, indexes_where
from newsgraph.nlp.name_words import is_name_word, name_words
from newsgraph.nlp.names import consonant_key, name_tokens, same_person
from newsgraph.nlp.size import event_size

TEXT = (
    "Shelling hit the outskirts of Ras al-Ain on Tuesday, officials in Damascus said. "
    "Residents of Tal Abyad fled toward Raqqa as Kurdish-led forces regrouped. "
    "At least 14 people were killed and 30 wounded near the Jarablus crossing."
)


def test_name_words_match_the_token_test(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    tokens = list(doc)
    assert name_words(doc, tokens) == [is_name_word(t) for t in tokens]
    assert any(name_words(doc, tokens))  # the text has name words to find


def test_cached_name_helpers_answer_alike_and_return_fresh_lists() -> None:
    # a cached answer must not change with the order of the calls
    assert same_person("Hadid", "Mousa Abu Hadid") is True
    assert same_person("Leila Haddad", "Samir Haddad") is False
    assert same_person("Hadid", "Mousa Abu Hadid") is True
    assert same_person("Alfatih Quraish", "Al-Fateh Koreish") is True
    first = name_tokens("Al-Fateh Koreish")
    first.append("changed")
    assert name_tokens("Al-Fateh Koreish") == ["al", "fateh", "koreish"]
    keys = consonant_key(["al", "fateh", "koreish"])
    keys.append("x")
    assert consonant_key(["al", "fateh", "koreish"]) == ["afth", "ukrsh"]


def test_event_size_within_own_tokens_matches_the_filtered_sentence(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT)
    sent = list(doc.sents)[-1]
    everything = set(range(len(doc)))
    assert event_size(sent, [], everything) == event_size(sent, [])
    assert event_size(sent, [])["dead"] == 14
    # only the tokens of the clause given count
    killed = next(t for t in sent if t.lower_ == "killed")
    own = {t.i for t in sent if t.i <= killed.i}
    assert event_size(sent, [], own)["injured"] is None


def test_indexes_from_spacy_arrays_match_a_token_loop(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(TEXT + " The capital stayed calm; the Syrian capital did not.")
    assert indexes_where(doc, pos=VERBAL) == [t.i for t in doc if t.pos_ in VERBAL]
    assert indexes_where(doc, pos=NOMINAL) == [t.i for t in doc if t.pos_ in NOMINAL]
    capitals = [t.i for t in doc if t.lower_ == "capital"]
    assert len(capitals) == 2 and indexes_where(doc, lower="capital") == capitals
    assert indexes_where(doc, pos=NOMINAL, lower="capital") == capitals
    assert indexes_where(pipeline.nlp(""), pos=VERBAL) == []
