"""Subjects the parser hangs on the previous clause (`role_syntax.stranded_subject`):
"X entered the town and the army retreated", "..., and A and B agreed", "a week after
Kampala expelled"; and subjects shared across a misparse ("urged X to free Y and
promised", "retaliated by expelling"). Hand-built parses pin the predicate; pipeline
tests check the roles."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab
from tests.event_helpers import extract, names, one

from newsgraph import Pipeline
from newsgraph.nlp.role_syntax import stranded_subject


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_conjunct_noun_right_before_a_subjectless_verb_is_its_subject() -> None:
    # the small model's parse of "Rebels entered the town and the army retreated":
    # "army" a conjunct of "town", "retreated" a subjectless conjunct of "entered"
    words = ["Rebels", "entered", "the", "town", "and", "the", "army", "retreated", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "conj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "DT", "NN", "VBD", "."]
    doc = _doc(words, heads, deps, pos, tags)
    found = stranded_subject(doc[7])
    assert found is not None and found.i == 6


def test_shared_subject_after_and_is_not_stranded() -> None:
    # "Rebels entered the town and burned houses": nothing between "and" and the verb
    words = ["Rebels", "entered", "the", "town", "and", "burned", "houses", "."]
    heads = [1, 1, 3, 1, 1, 1, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "VBD", "NNS", "."]
    assert stranded_subject(_doc(words, heads, deps, pos, tags)[5]) is None


def test_coordinated_stranded_subject_starts_at_its_first_conjunct() -> None:
    # "NATO sent ships to a mission, Sentinel, and Latvia and Lithuania agreed"
    words = ["NATO", "sent", "ships", "to", "a", "mission", ",", "Sentinel", ",", "and", "Latvia", "and", "Lithuania",
             "agreed"]  # fmt: skip
    heads = [1, 1, 1, 1, 5, 3, 5, 5, 7, 7, 7, 10, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct", "conj", "punct", "cc", "conj", "cc", "conj",
            "conj"]  # fmt: skip
    pos = ["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "CCONJ",
           "PROPN", "VERB"]  # fmt: skip
    tags = ["NNP", "VBD", "NNS", "IN", "DT", "NN", ",", "NNP", ",", "CC", "NNP", "CC", "NNP", "VBD"]
    found = stranded_subject(_doc(words, heads, deps, pos, tags)[13])
    assert found is not None and found.text == "Latvia"


def test_object_of_a_preposition_that_is_not_a_subordinator_is_not_a_subject() -> None:
    # "... a measure against Kampala expelled ...": only "after/before/since/until/as" read
    # as prepositions swallow a clause's subject
    words = ["It", "is", "a", "measure", "against", "Kampala", "expelled", "envoys"]
    heads = [1, 1, 3, 1, 3, 4, 1, 6]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "conj", "dobj"]
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN"]
    tags = ["PRP", "VBZ", "DT", "NN", "IN", "NNP", "VBD", "NNS"]
    assert stranded_subject(_doc(words, heads, deps, pos, tags)[6]) is None
    words[4] = "after"
    found = stranded_subject(_doc(words, heads, deps, pos, tags)[6])
    assert found is not None and found.text == "Kampala"


def test_after_clause_subject_read_as_an_object_acts(pipeline: Pipeline) -> None:
    text = (
        "Uganda and Kenya are in a dispute. "
        "Kenya called the decision a reciprocal measure after Kampala last month expelled a Kenyan diplomat."
    )
    record = extract(pipeline, text)
    expel = [e for e in record.events if e.event == "SANCTION" and e.trigger and e.trigger.text == "expelled"]
    assert expel
    assert names(record, expel[0].actor) == {"Uganda"}  # not Kenya, the subject of "called"
    assert names(record, expel[0].recipient) == {"Kenya"}


def test_force_after_and_retreats(pipeline: Pipeline) -> None:
    text = (
        "The rebels entered the town from three directions and the Armed Forces of the Democratic Republic "
        "of the Congo (FARDC) retreated to their barracks."
    )
    record = extract(pipeline, text)
    retreat = one(record, "RETREAT")
    assert "FARDC" in names(record, retreat.actor) or any("Armed Forces" in n for n in names(record, retreat.actor))


def test_finite_verb_hung_on_an_infinitive_shares_the_controller_subject(pipeline: Pipeline) -> None:
    # "promised" is no conjunct of "release": Kenya promises, not Uganda
    text = "Kenya and Uganda are neighbours. Kenya urged Uganda to release the detainees and promised to send aid."
    record = extract(pipeline, text)
    aid = one(record, "AID")
    assert names(record, aid.actor) == {"Kenya"}


def test_gerund_after_by_shares_the_main_subject(pipeline: Pipeline) -> None:
    text = (
        "Kenya and Uganda are neighbours. "
        "Kenya closed the border on Monday, and Uganda retaliated by expelling two Kenyan diplomats."
    )
    record = extract(pipeline, text)
    expel = one(record, "SANCTION")
    assert names(record, expel.actor) == {"Uganda"}
    assert names(record, expel.recipient) == {"Kenya"}


def test_gerund_after_without_is_the_main_subject_s_act_and_negated(pipeline: Pipeline) -> None:
    text = "Kenya and Uganda are neighbours. Ugandan troops withdrew from the town without attacking Kenya."
    record = extract(pipeline, text)
    attack = one(record, "ASSAULT")
    assert names(record, attack.actor) == {"Ugandan troops"}
    assert attack.modality.negated
