"""Senses of a trigger that depend on what it is done to.

Some triggers change type with their object or addressee, in ways a lexicon entry's
`objects` list cannot say because the deciding word is an actor, not a lemma:

- "seize": seizing people is abduction ("gunmen seized two aid workers"); seizing a
  vessel, cargo or weapons stays a seizure (COERCE/seize);
- "charge": charging people is an indictment (COERCE/arrest, "police charged the two men
  with murder"); charging a state, or charging *that* something happened, is an
  accusation (ACCUSE/allege, "the ministry charged Washington with meddling", "Tehran
  charged that the United States had armed the rebels"): a state cannot be indicted;
- "attack": an attack in words ("launched a scathing attack on the budget", "attacked
  the government's record") is an accusation (ACCUSE/disapprove), not an assault;
- "explode", "go off": a bomb or device as subject is a bombing ("a car bomb exploded",
  "an explosive device went off"); "sales exploded" is no event.

`ordinary_sense` lists everyday senses of conflict words that state no event at all
("charged their phones", "the striker shot wide", "seized on the news", "the plant was
shut down for repairs", "fighting an uphill battle", "storms cut power");
`ordinary_use` (`nlp/event_filters.py`) asks it.

`TypeRefiner.refine` (`nlp/event_types.py`) asks these predicates once per coded trigger.
"""

from __future__ import annotations

import logging
from typing import Any

import yaml
from spacy.tokens import Token

from newsgraph.nlp.event_cues import CROWDS, PEOPLE, PROPERTY, object_lemmas
from newsgraph.nlp.event_roles import Roles
from newsgraph.nlp.lexicon import DATA_DIR

LOGGER = logging.getLogger(__name__)

# entity labels of a named object that cannot be arrested or indicted ("charged Asmara")
STATE_LABELS = frozenset({"GPE", "NORP"})
# the word lists of each sense, from data/event_senses.yaml (its comments say which is which)
_WORDS = {
    k: frozenset(map(str, v))
    for k, v in yaml.safe_load((DATA_DIR / "event_senses.yaml").read_text(encoding="utf-8")).items()
}
CHARGE_LEMMAS = _WORDS["charge_lemmas"]
VERBAL_ATTACK_WORDS = _WORDS["verbal_attack_words"]
ABSTRACT_TARGETS = _WORDS["abstract_targets"]
ATTACK_LEMMAS = _WORDS["attack_lemmas"]
EXPLODING = _WORDS["exploding"]
EXPLOSIVES = _WORDS["explosives"]
GATHERING = _WORDS["gathering"]
CHARGED_THINGS = _WORDS["charged_things"]
PLAYERS = _WORDS["players"]
SHOT_DIRECTIONS = _WORDS["shot_directions"]
SEIZING_ON = _WORDS["seizing_on"]
CLOSING = _WORDS["closing"]
ORDINARY_PURPOSES = _WORDS["ordinary_purposes"]
CONTEST_NOUNS = _WORDS["contest_nouns"]
CONTEST_WORDS = _WORDS["contest_words"]
NATURAL_HAZARDS = _WORDS["natural_hazards"]


def seizes_people(trigger: Token, roles: Roles, actors: list[dict[str, Any]]) -> bool:
    """ "gunmen seized two aid workers", "the women they seized": people, not property."""
    people = any(actors[a].get("kind") in {"person", "group"} for a in roles.recipient) or (
        trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in PEOPLE
    )
    return people and not object_lemmas(trigger) & PROPERTY


def charges_a_state(trigger: Token, roles: Roles, actors: list[dict[str, Any]]) -> bool:
    """ "charged Asmara with provoking a war", "charged that the rebels were armed": an
    accusation, not an indictment (people are charged by police and prosecutors)."""
    if trigger.lemma_.lower() not in CHARGE_LEMMAS or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return True  # "charged that ...": a claim
    if any(c.dep_ == "dobj" and c.ent_type_ in STATE_LABELS for c in trigger.children):
        return True
    return any(actors[a].get("kind") == "state" for a in roles.recipient)


def verbal_attack(trigger: Token) -> bool:
    """ "launched a blistering attack on the budget", "attacked the government's record":
    an attack in words (an accusation), not an assault."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    nouns += [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"]
    for noun in nouns:
        if noun.lemma_.lower() not in ATTACK_LEMMAS:
            continue
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "advmod"}}
        mods |= {g.lemma_.lower() for c in noun.children if c.dep_ == "amod" for g in c.children}
        targets = {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" for g in c.children}
        if mods & VERBAL_ATTACK_WORDS or targets & ABSTRACT_TARGETS:
            return True
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() == "attack":
        return bool(object_lemmas(trigger) & ABSTRACT_TARGETS)
    return False


def explosive_subject(token: Token) -> bool:
    """ "a car bomb exploded", "an explosive device went off near the market"."""
    lemma = token.lemma_.lower()
    if lemma == "go" and not any(c.lower_ == "off" for c in token.children):
        return False
    if lemma not in EXPLODING and lemma != "go":
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.lemma_.lower() in EXPLOSIVES
        and not any(d.dep_ == "dobj" for d in token.children)
        for c in token.children
    )


def ordinary_sense(token: Token, event: str, subjects: set[str], objects: set[str]) -> bool:
    """An everyday sense of a conflict word (see the module docstring): no event.
    `subjects` and `objects` are the lemmas `ordinary_use` gathered for the trigger."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    if event == "COERCE" and subjects & NATURAL_HAZARDS:
        return True  # "storms struck the coast, cutting power to thousands of homes"
    if lemma in CHARGE_LEMMAS and objects & CHARGED_THINGS and not _prep_in(children, {"with"}):
        return True  # "charged their phones", "charge a fee"
    if lemma == "shoot" and (
        subjects & PLAYERS or any(c.dep_ == "advmod" and c.lower_ in SHOT_DIRECTIONS for c in children)
    ):
        return True  # "the striker shot wide"
    if lemma in SEIZING_ON and _prep_in(children, {"on", "upon"}) and not any(c.dep_ == "dobj" for c in children):
        return True  # "investors seized on the news"
    if lemma in CLOSING and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in ORDINARY_PURPOSES for g in c.children)
        for c in children
    ):
        return True  # "the plant was shut down for repairs"
    if event == "ASSAULT" and any(c.dep_ == "dobj" and _scored(c) for c in children):
        return True  # "Liverpool beat Chelsea 2-0": the parser hangs the score on the loser
    # "fighting an uphill battle", "waged a legal battle"
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONTEST_NOUNS
        and any(m.lemma_.lower() in CONTEST_WORDS for m in c.children if m.dep_ in {"amod", "compound"})
        for c in children
    )  # fmt: skip


def _prep_in(children: list[Token], words: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in children)


def crowd_gathering(token: Token) -> bool:
    """ "hundreds of protesters gathered outside the embassy": a crowd assembling (no
    object: "gathered evidence" is no protest)."""
    if token.lemma_.lower() not in GATHERING or any(c.dep_ == "dobj" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    # "hundreds of protesters", "thousands of demonstrators": the crowd is the "of" object
    subjects += [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(s.lower_ in CROWDS or s.lemma_.lower() in CROWDS for s in subjects)


def _scored(noun: Token) -> bool:
    """A score ("2-0", "2 - 0") among a noun's children."""
    doc = noun.doc
    for child in noun.children:
        if not child.like_num or child.i + 2 >= len(doc):
            continue
        dash, right = doc[child.i + 1], doc[child.i + 2]
        if dash.text in {"-", "\u2013"} and right.like_num and len(child.text) <= 2 and len(right.text) <= 2:
            return True
    return False


REPELLING = _WORDS["repelling"]


def repelled_act_of_its_own(verb: Token, obj: Token, token_actor: dict[int, list[int]]) -> bool:
    """A repelled attack whose author is stated ("an attack by Hamas on the town was
    repelled", "Hamas's assault was repulsed") is an event of its own, next to the
    repelling: the verb does not absorb its object noun. "Repelled the attack" (no author)
    stays one event, the repelling."""
    if verb.lemma_.lower() not in REPELLING:
        return False
    for child in obj.children:
        if child.dep_ in {"poss", "compound"} and child.i in token_actor:
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(g.i in token_actor for g in child.children):
            return True
    return False


def refused_counterpart(trigger: Token, token_actor: dict[int, list[int]], actor: list[int]) -> list[int]:
    """The other side of a refused dealing: "Israel refused to negotiate with Hamas",
    "declined to meet with the envoy" -> the actors of the "with" phrase of the refusal's
    complement verb. PLOVER REJECT covers refusing talks with a party (CAMEO 125, "reject
    proposal to meet, discuss, or negotiate"); like a meeting's other side, that party is
    the recipient. Empty when the complement names none."""
    found: list[int] = []
    for comp in trigger.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        for prep in comp.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for tok in [pobj, *(c for c in pobj.children if c.dep_ == "conj")]:
                    found += [a for a in token_actor.get(tok.i, []) if a not in actor and a not in found]
    return found
