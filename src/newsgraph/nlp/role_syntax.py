"""Dependency-tree facts the event roles read (`nlp/event_roles.py`): the word lists that
name participant slots, and predicates for control ("asked X to"), reduced passives
("the engineer kidnapped in May") and speech acts the parser hangs inside a reported
clause ("denied that X fired and accused Y"). No actors here: plain parse facts.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)

# Purposes that apply the force to their object: "used tear gas to disperse protesters"
# (not "shelled the market to terrorise civilians": the market was shelled).
FORCE_PURPOSES = frozenset(
    {"disperse", "clear", "break", "push", "drive", "scatter", "evict", "remove", "repel", "stop"}
)
# Trade a sanction cuts: "banned imports from X", "halted flights to X".
TRADE_NOUNS = frozenset({"import", "export", "shipment", "flight", "trade", "purchase", "delivery", "supply"})
# Audiences are not recipients of the act: "told reporters", "spoke to journalists".
AUDIENCE = frozenset({"reporter", "journalist", "press", "medium", "crowd", "audience", "supporter"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
# People sent by, speaking or fighting for a state or body: "a delegation from Niger",
# "envoys from Qatar", "gunmen from the Viv Ansanm coalition".
MEMBER_NOUNS = frozenset(
    {"delegation", "official", "envoy", "representative", "negotiator", "minister", "diplomat", "team", "mission",
     "delegate", "mediator", "emissary", "gunman", "fighter", "militant", "soldier", "troop", "member", "rebel",
     "agent", "officer"}
)  # fmt: skip
# Targets that are a force, not a place: their demonym names that country's force.
FORCE_NOUNS = frozenset(
    {"personnel", "soldier", "troop", "force", "officer", "guard", "sailor", "crew", "fighter", "vessel", "ship",
     "boat", "patrol", "convoy", "aircraft", "jet", "warplane", "drone", "helicopter", "warship", "unit"}
)  # fmt: skip
# Adjuncts that place a meeting before or around what its participant then did.
ADJUNCT_PREPS = frozenset({"after", "following", "during", "before"})
# Verbs whose trigger-noun subject reaches a target: "strikes killed five soldiers".
OUTCOME_VERBS = frozenset(
    {"kill", "wound", "injure", "hit", "destroy", "damage", "neutralise", "neutralize", "target", "claim", "leave"}
)
# "accused X of shelling", "blamed X for the attack": the object of the accusing verb acts.
ACCUSED_PREPS = frozenset({"of", "for", "with"})
# Object control through a preposition: "called on X to", "prevailed upon X to".
CALL_ON_VERBS = frozenset({"call", "prevail"})
# Verbs that report a clause; a speech act conjoined inside that clause is the reporter's.
REPORTING_VERBS = frozenset(
    {"say", "deny", "tell", "add", "state", "claim", "announce", "report", "insist", "confirm", "acknowledge",
     "allege", "write", "note", "explain", "argue", "assert", "maintain", "repeat", "reiterate", "stress",
     "declare", "admit", "reply", "respond", "recall", "emphasise", "emphasize"}
)  # fmt: skip
# Verbs that state a speech act themselves: a conjunct of one shares its speaker.
SPEECH_ACT_VERBS = frozenset(
    {"call", "urge", "accuse", "blame", "demand", "ask", "warn", "appeal", "condemn", "praise", "welcome",
     "reject", "threaten", "criticise", "criticize", "denounce", "vow", "pledge", "promise"}
)  # fmt: skip


def is_member_noun(token: Token) -> bool:
    """A member noun, also when the tagger takes a capitalised plural for a name
    ("Gunmen from the coalition" lemmatised as "Gunmen")."""
    low = token.lower_
    forms = {token.lemma_.lower(), low, low.removesuffix("s"), low.removesuffix("men") + "man"}
    return bool(forms & MEMBER_NOUNS)


def conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and their conjuncts ("Niger and Chad")."""
    out = list(tokens)
    for tok in tokens:
        out += [c for c in tok.children if c.dep_ == "conj"]
    return out


def control_objects(head: Token) -> list[Token]:
    """The controller of an object-control verb: "asked Russia to", "called on X to"
    (not a date: "agreed on Tuesday to pull back")."""
    objects = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
    if not objects and head.lemma_.lower() in CALL_ON_VERBS:
        objects = [
            g
            for p in head.children
            if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
            for g in p.children
            if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
        ]
    return objects


def reduced_passive(node: Token) -> bool:
    """A past participle modifying a noun without an object of its own ("the engineer
    kidnapped in February") is passive: the noun undergoes the act."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in node.children)


def in_reported_clause(node: Token) -> bool:
    """A conjunct hanging from a clause reported by a speech verb ("denied that police
    fired ... and blamed ..."): the parser attaches it to the reported verb. Not when the
    clause is itself a speech act ("called for X and urged Y": one speaker) nor across a
    paragraph break the parser ran over."""
    clause = node.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.pos_ != "VERB" or reporter.lemma_.lower() not in REPORTING_VERBS:
        return False
    if clause.lemma_.lower() in REPORTING_VERBS | SPEECH_ACT_VERBS:
        return False
    if any("\n" in t.text for t in node.doc[min(reporter.i, node.i) : max(reporter.i, node.i)] if t.is_space):
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in node.children)
