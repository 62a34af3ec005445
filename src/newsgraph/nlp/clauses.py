"""Clauses for anchoring: the clause that holds a word, the clauses that share its time and
place (participles, coordinated verbs, "as"/"while" clauses), and background clauses.

Used by `anchoring` (dates) and `anchoring_places` (places).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)

# dependency labels that open a clause of its own (on a verb)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "pcomp"})
# clauses that share the time and place of the clause they hang on ("killing 12", "and detained")
SHARING_DEPS = frozenset({"advcl", "conj"})
# subordinators after which an adverbial clause keeps the main clause's time ("as it fled")
SHARING_MARKS = frozenset({"as", "while", "when"})
# clauses that are background: their events take no date from the story
BACKGROUND_DEPS = frozenset({"relcl", "acl"})
MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "'ll", "wo", "can"})
# participle clauses ("fired rockets, killing 12", "a plane carrying aid to X") share the
# time and place of the verb or object they hang on
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp"})


def _verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"}


def clause_head(token: Token) -> Token:
    """The verb heading the smallest clause that holds `token` (the root for the main one)."""
    node = token
    for _ in range(40):
        if node.dep_ == "ROOT" or node.head.i == node.i or (_verbal(node) and node.dep_ in CLAUSE_DEPS):
            return node
        node = node.head
    return node


def _shares_time(clause: Token) -> bool:
    if clause.dep_ not in SHARING_DEPS or clause.head.i == clause.i:
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return not marks or marks[0] in SHARING_MARKS


def _sharing_chain(token: Token) -> list[Token]:
    """The token's clause, then the clauses it shares time and place with, innermost first."""
    chain = [clause_head(token)]
    while len(chain) < 4 and _shares_time(chain[-1]):
        chain.append(clause_head(chain[-1].head))
    return chain


def _participle(token: Token) -> bool:
    """A reduced participle clause that shares its head's time and place: "killing 12",
    "targeting a village", "a plane carrying aid to Mogadishu" (no subordinator, no relative)."""
    return (
        token.dep_ in PARTICIPLE_DEPS
        and token.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children)
    )


def _participles(verb: Token) -> list[Token]:
    """The participle clauses on a verb and on its direct object, nearest first."""
    found = [c for c in verb.children if _participle(c)]
    for obj in verb.children:
        if obj.dep_ == "dobj":
            found += [c for c in obj.children if _participle(c)]
    return sorted(found, key=lambda t: abs(t.i - verb.i))


def _in_own_phrase(token: Token, trigger: Token) -> bool:
    """Does `token` hang on `trigger` without crossing into another clause?"""
    node = token
    for _ in range(12):
        if node.i == trigger.i:
            return True
        describes_trigger = node.dep_ in BACKGROUND_DEPS and node.head.i == trigger.i  # "talks that opened on Monday"
        if node.head.i == node.i or (_verbal(node) and node.dep_ in CLAUSE_DEPS and not describes_trigger):
            return False
        node = node.head
    return False


def _background(trigger: Token) -> bool:
    """Is the trigger inside a relative or participial clause ("who was abducted in 2023")?"""
    return clause_head(trigger).dep_ in BACKGROUND_DEPS


def _looks_ahead(trigger: Token) -> bool:
    """A modal or an infinitive on the trigger's verb: "will visit", "could release", "to pull"."""
    verb = trigger if _verbal(trigger) else clause_head(trigger)
    return any(c.lower_ in MODALS or (c.lower_ == "to" and c.dep_ == "aux") for c in verb.children)
