"""Triggers that state no event of their own.

The event coder (`nlp/events.py`) asks these before coding a trigger:
- a participle used as a noun ("treated 31 wounded", "the most seriously wounded");
- the purpose of a meeting ("met to coordinate aid") and a meeting in a background
  clause ("... hit the building as officials were meeting");
- an order whose ordered act is the event ("ordered troops to withdraw"), troops
  "stationed" somewhere (a state, not a deployment);
- a promise whose promised act is an event ("pledged that Japan would deliver boats");
- a judgement on a request by an unnamed author ("their demands are legitimate").
- a rejection of a claim ("rejected the accusation": a denial), "asked questions";
- a participle inside a toll ("the number of people killed in the strike has risen to
  23"): the toll sizes the strike (`nlp/size.py`), it is no second event.
Denials are handled through `DENIAL_CUES`: the act a speaker denies is no event.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from newsgraph.nlp.event_types import PROMISE_VERBS
from newsgraph.nlp.lexicon import TriggerEntry
from newsgraph.nlp.size import in_toll

LOGGER = logging.getLogger(__name__)

# Verbal acts: without an actor or recipient they are descriptions, not events.
SPEECH_ACTS = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "COOPERATE"})
# Cue verbs of a denial: the act they deny is no event ("denied that troops had fired").
DENIAL_CUES = frozenset({"deny", "dismiss", "refute", "reject", "rule", "dispute", "rebut"})
# "rejected the accusation": a denial of a claim, not a refusal of a demand (gold conventions).
DENIED_CLAIMS = frozenset(
    {"accusation", "allegation", "claim", "report", "charge", "suggestion", "assertion", "account", "version"}
)
# "visited detention centres": a site visited is no party met.
VISITED_SITES = frozenset(
    {"centre", "center", "facility", "site", "hospital", "camp", "prison", "school", "factory", "plant",
     "shelter", "ruin", "scene", "morgue", "jail", "ward", "clinic", "mine", "farm", "area"}
)  # fmt: skip
# "Whoever burns a building ...": a generic agent states a condition, not an act.
GENERIC_SUBJECTS = frozenset({"whoever", "whomever", "anyone", "anybody"})
# Nouns that name a unit as well as its activity ("the patrol approached").
UNIT_NOUNS = frozenset({"patrol"})
# A participle with none of these is no clause of its own.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass", "prep"})


def nominal_participle(token: Token) -> bool:
    """ "the most seriously wounded", "treated 31 wounded": a participle used as a noun."""
    if token.tag_ not in {"VBN", "VBD"}:
        return False
    own = {c.dep_ for c in token.children}
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if not own & ARGUMENT_DEPS and previous is not None and previous.pos_ == "NUM":
        return True  # "some 40 wounded": a count of people, no clause of its own
    return any(
        (c.dep_ == "det" and c.i < token.i)
        or (c.dep_ == "nummod" and c.i < token.i)
        or (c.dep_ == "advmod" and c.lower_ == "most")
        for c in token.children
    ) or any(c.dep_ == "advmod" and c.lower_ == "most" for a in token.children for c in a.children)


def no_event_of_its_own(token: Token, entry: TriggerEntry, triggers: dict[int, TriggerEntry]) -> bool:
    """Triggers that state no event apart from another one or from a state of affairs."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    objects = {c.lemma_.lower() for c in children if c.dep_ in {"dobj", "nsubjpass"}}
    if entry.event == "REJECT" and objects & DENIED_CLAIMS:
        return True  # "the RSF rejected the accusation": a claim with stance deny
    if entry.event == "REQUEST" and lemma == "ask" and "question" in objects:
        return True  # "he asked questions"
    if in_toll(token):
        return True  # "the number of people killed in the strike": a toll, not an event
    head = triggers.get(token.head.i)
    if entry.event in SPEECH_ACTS and "to" in aux and head is not None and head.event != "PROTEST":
        # "marched to demand accountability" stays a REQUEST: a protest states its demand
        if token.dep_ == "advcl" or (token.dep_ == "xcomp" and head.event == "CONSULT"):
            return True  # "met to coordinate aid": the purpose of the meeting, not a second event
    if entry.event == "CONSULT" and entry.mode == "visit" and token.pos_ == "VERB" and objects & VISITED_SITES:
        return True  # "visited detention centres": an inspection of a site, not a visit to a party
    if any(c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS for c in children):
        return True  # "whoever burns a public building will rot in prison": no act, a condition
    if token.pos_ == "NOUN" and lemma in UNIT_NOUNS and token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "the Greek patrol never approached the boat": the unit, not a deployment
    if (
        entry.event in {"CONSULT", "COOPERATE"}
        and token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and aux & {"was", "were"}
        and any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in children)
    ):
        return True  # "... hit the building as officials were meeting": background
    if entry.event == "MOBILIZE" and lemma == "order" and any(c.dep_ == "xcomp" for c in children):
        return True  # "ordered troops to withdraw": the ordered act is the event
    if entry.event == "MOBILIZE" and lemma == "station" and token.dep_ == "acl":
        return True  # "troops stationed in the region": where they are, not a deployment
    # "pledged that Japan would deliver boats": the promised act is the event (marked future)
    return (
        entry.event == "AGREE"
        and lemma in PROMISE_VERBS
        and any(c.dep_ in {"xcomp", "ccomp"} and c.i in triggers for c in children)
    )


def characterised(noun: Token) -> bool:
    """A trigger noun whose only author is a pronoun, as the subject of a judgement:
    "their demands are legitimate"."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return False
    if not any(c.dep_ in {"acomp", "attr"} for c in noun.head.children):
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
