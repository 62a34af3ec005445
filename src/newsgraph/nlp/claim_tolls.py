"""Counts a claim gives (dead, injured, detained, troops, crowd) and whether two can both be true.

A number counts in a toll category through its noun or its verb ("21 bodies", "killed 15
people", "put the death toll at four"); what the verb says happened wins over what the
noun is ("killed 27 soldiers" counts dead, not troops). The counted noun gives a class of
victims ("soldiers", "civilians", "fighters"): counts of different classes are different
tolls ("four soldiers" and "more than 30 fighters"), and a class is a part of people in
general ("only 18 people" cannot include "41 civilians"). Bounds ("at least",
"no more than") and approximations ("some 40", "around 55,000") are respected. A toll
said to be higher (or lower) than another source's ("the real toll was far higher")
cannot hold with an exact count of all the dead, or with an upper (lower) bound.
An ordinal victim gives a lower bound ("a fourth man succumbed to his wounds": at least
four dead), and "the only death" an exact count of one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import text_of

if TYPE_CHECKING:
    from newsgraph.nlp.conflict_lexicon import ConflictLexicon

LOGGER = logging.getLogger(__name__)

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "twenty": 20,
}
ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
SOLE = {"only", "sole", "single"}
VICTIM_DEPS = {"nsubj", "nsubjpass"}
RESULT_DEPS = {"oprd", "acomp", "xcomp"}  # "left them dead"
OUTCOMES = {"dead", "injured", "detained"}  # categories named by what happened, not by who
GENERIC_CLASS = "people"
LOSSES_CLASS = "own losses"
APPROXIMATION = 0.2  # "some 40" holds from 32 to 48
COMPARATIVES = {"higher": "above", "greater": "above", "lower": "below", "smaller": "below"}
RELATIVE_BOUNDS = {"above": {"exact", "upper", "approximate"}, "below": {"exact", "lower", "approximate"}}


@dataclass(frozen=True)
class Count:
    category: str  # a key of conflicts.yaml's tolls
    victims: str  # the class of the counted noun; "people" when none or unknown
    value: float
    bound: str  # "exact" | "lower" | "upper" | "approximate" | "above" | "below" (than another source's)


def number(token: Token) -> float | None:
    text = token.lower_.replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def category(tok: Token, lex: ConflictLexicon) -> str | None:
    """The toll category a number counts in: through its noun or verb ("21 bodies",
    "killed 15 people"), or the object of the verb whose "at" it follows ("put the death
    toll at four", "estimated the dead at 40"). The walk stops at a verb that counts
    nothing ("seized two armoured vehicles" is no toll of "killed ... and seized")."""
    if tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i and tok.dep_ in {"nummod", "appos", "npadvmod"}:
        return None  # a number after its noun names, it does not count ("pavilion 8", "Route 66")
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "the death toll was 12", "the detained are 19"
        for subj in (c for c in tok.head.children if c.dep_ == "nsubj"):
            words = (subj, *(c for c in subj.children if c.dep_ in {"compound", "amod"}))
            if (cat := next((lex.tolls[w] for t in words if (w := t.lemma_.lower()) in lex.tolls), None)) is not None:
                return cat
    found: str | None = None
    for near in (tok.head, tok.head.head, tok.head.head.head):
        cat = lex.tolls.get(near.lemma_.lower())
        if cat is None and near.dep_ == "prep" and near.lower_ == "at":
            # "put the death toll at four", "the death toll stood at 30"
            for obj in (c for c in near.head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}):
                for word in (obj, *(c for c in obj.children if c.dep_ in {"compound", "amod"})):
                    if (cat := lex.tolls.get(word.lemma_.lower())) is not None:
                        return cat
        if cat is None and near.pos_ == "VERB":  # "55,000 people took part"
            cat = next(
                (lex.tolls[w] for c in near.children if c.dep_ == "dobj" and (w := c.lemma_.lower()) in lex.tolls), None
            )
        if cat in OUTCOMES:
            return cat
        if near.pos_ == "VERB":  # "left nine soldiers dead": what happened to them, not who they were
            result = (lex.tolls.get(c.lemma_.lower()) for c in near.children if c.dep_ in RESULT_DEPS)
            if (outcome := next((r for r in result if r in OUTCOMES), None)) is not None:
                return outcome
        found = found or cat
        if near.pos_ in {"VERB", "AUX"}:
            break
    return found


def comparative(tok: Token, lex: ConflictLexicon) -> Count | None:
    """A toll said to be higher or lower than the one given elsewhere: "the real toll was
    far higher", "the number of dead is much lower"; not "higher than in 2019" (a
    comparison with a number or a year, not with another source)."""
    cat = lex.tolls.get(tok.lemma_.lower())
    if cat is None:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            cat = next((lex.tolls[w] for g in prep.children if (w := g.lemma_.lower()) in lex.tolls), None)
    if cat is None:
        return None
    for word in (c for c in tok.head.children if c.dep_ in {"acomp", "attr"}):
        kind = COMPARATIVES.get(word.lower_)
        if kind is None or any(c.dep_ == "neg" for c in tok.head.children):
            continue
        if any(t.like_num for c in word.children if c.dep_ == "prep" for t in c.subtree):
            continue
        return Count(cat, GENERIC_CLASS, 0.0, kind)
    return None


def ordinal(tok: Token, lex: ConflictLexicon) -> Count | None:
    """ "a fourth man succumbed", "a second soldier was killed": the toll is at least the
    ordinal. Only for the subject of an outcome verb that takes no object ("the second
    attack killed five" counts five, not two)."""
    value = ORDINALS.get(tok.lower_)
    noun, verb = tok.head, tok.head.head
    if value is None or tok.dep_ != "amod" or noun.pos_ != "NOUN" or noun.dep_ not in VICTIM_DEPS:
        return None
    cat = lex.tolls.get(verb.lemma_.lower())
    if cat not in OUTCOMES or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return Count(cat, victim_class(tok, lex), float(value), "lower")


def sole(tok: Token, lex: ConflictLexicon) -> Count | None:
    """ "the only death registered", "the sole fatality": an outcome noun in the singular
    with "only" counts exactly one."""
    cat = lex.tolls.get(tok.lemma_.lower())
    if cat not in OUTCOMES or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    if not any(c.dep_ == "amod" and c.lower_ in SOLE for c in tok.children):
        return None
    return Count(cat, GENERIC_CLASS, 1.0, "exact")


def victim_class(tok: Token, lex: ConflictLexicon) -> str:
    """The class of what a number counts: its noun ("27 soldiers", "30 fighters"). Men a
    side "lost" are its own losses, not the victims another source counts."""
    noun = tok.head if tok.dep_ in {"nummod", "quantmod"} or tok.head.pos_ == "NOUN" else None
    found = lex.victims.get(noun.lemma_.lower()) if noun is not None else None
    if found is None and noun is not None and noun.head.lemma_.lower() == "lose":
        return LOSSES_CLASS
    return found or GENERIC_CLASS


def bound(doc: Doc, tok: Token, lex: ConflictLexicon) -> str:
    before = text_of(doc)[max(0, tok.idx - 16) : tok.idx].lower().replace('"', " ").replace("“", " ")
    before = " ".join(before.split()) + " "
    # the longest marker wins ("no more than" is an upper bound, not "more than")
    marks = [
        (len(word), kind)
        for kind, words in lex.bounds.items()
        for word in words
        if before.endswith(" " + word + " ") or before == word + " "
    ]
    return max(marks)[1] if marks else "exact"


def incidents(span: Span, lex: ConflictLexicon) -> set[str]:
    """What the dead of a claim died in: the object of "in"/"during" on its toll verb
    ("killed in the flood", "died in the fire"), as its synonym group where it has one
    ("the blast" and "the explosion" are one incident). Tolls of different incidents
    are different tolls."""
    found: set[str] = set()
    for tok in span:
        prep = tok.head
        if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or prep.lower_ not in {"in", "during"}:
            continue
        if lex.tolls.get(prep.head.lemma_.lower()) in OUTCOMES:
            lemma = tok.lemma_.lower()
            found.add(lex.group.get(f"{lemma}/noun") or lex.group.get(lemma) or lemma)
    return found


def _interval(count: Count) -> tuple[float, float]:
    if count.bound == "lower":
        return count.value, float("inf")
    if count.bound == "upper":
        return float("-inf"), count.value
    if count.bound == "approximate":
        return count.value * (1 - APPROXIMATION), count.value * (1 + APPROXIMATION)
    return count.value, count.value


def clash(a: Count, b: Count) -> bool:
    """Whether two counts cannot both be true. Of one class they must overlap: "at least
    12" and 27 can, "no more than six" and "at least four" can, "only four" and "at least
    12" cannot. A class is part of people in general: "only 18 people died" and "41
    civilians were killed" cannot both be true, "15 people" and "12 soldiers" can. Two
    different classes ("soldiers", "fighters") count different people."""
    if a.category != b.category:
        return False
    if a.bound in RELATIVE_BOUNDS or b.bound in RELATIVE_BOUNDS:
        # ("the real toll was far higher" against "18 were killed", not "more than 40")
        rel, other = (a, b) if a.bound in RELATIVE_BOUNDS else (b, a)
        return other.victims == GENERIC_CLASS and other.bound in RELATIVE_BOUNDS[rel.bound]
    (lo_a, hi_a), (lo_b, hi_b) = _interval(a), _interval(b)
    if a.victims == b.victims:
        return max(lo_a, lo_b) > min(hi_a, hi_b)
    if a.victims == GENERIC_CLASS:
        return lo_b > hi_a
    if b.victims == GENERIC_CLASS:
        return lo_a > hi_b
    return False
