"""Senses of a trigger that depend on what it is done to.

Some triggers change type with their object or addressee, in ways a lexicon entry's
`objects` list cannot say because the deciding word is an actor, not a lemma:

- "seize": seizing people is abduction ("gunmen seized two aid workers"); seizing a
  vessel, cargo or weapons stays a seizure (COERCE/seize);
- "charge": charging people is an indictment (COERCE/arrest, "police charged the two men
  with murder"); charging a state, or charging *that* something happened, is an
  accusation (ACCUSE/allege, "the ministry charged Washington with meddling", "Tehran
  charged that the United States had armed the rebels"): a state cannot be indicted.

`TypeRefiner.refine` (`nlp/event_types.py`) asks these predicates once per coded trigger.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.event_cues import PEOPLE, PROPERTY, object_lemmas
from newsgraph.nlp.event_roles import Roles

LOGGER = logging.getLogger(__name__)

# entity labels of a named object that cannot be arrested or indicted ("charged Asmara")
STATE_LABELS = frozenset({"GPE", "NORP"})
CHARGE_LEMMAS = frozenset({"charge"})


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
