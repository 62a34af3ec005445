"""Whether a country named in a sentence takes part in an act (a state actor) or is a place.

docs/gold-format.md: a country is an actor when it acts, receives an act or speaks; a country
named only as a location is a place. Subjects, objects and the objects of "against", "on",
"with", "by" take part (`actor_model.is_participant`). This module adds the recipient of an
event trigger behind "to", "at" and "toward" ("sent aid to Sudan", "fired rockets at Israel",
"aid to Yemen"), and keeps the destinations of movement a place ("deployed troops to Mali",
"reached Spain"); a visited country hosts the visit, a state ("a visit to China").
Trigger lemmas come from the event lexicon; the word
lists from `data/actor_nouns.yaml`; both are read once.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Token

from newsgraph.nlp.actor_model import is_participant
from newsgraph.nlp.lexicon import Lexicon
from newsgraph.nlp.participant_groups import trigger_lemmas

LOGGER = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data" / "actor_nouns.yaml"
# Prepositions whose object receives a trigger's act when the trigger is not one of movement.
RECIPIENT_PREPS = {"to", "at", "toward", "towards"}


@dataclass(frozen=True)
class StateWords:
    """The lists of `data/actor_nouns.yaml` this module reads."""

    destination_verbs: frozenset[str]
    moved_objects: frozenset[str]
    place_object_verbs: frozenset[str]


@functools.lru_cache(maxsize=2)
def load_state_words(path: Path = DATA) -> StateWords:
    """Read once per path; a missing file or section gives empty lists."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in (data or {}).get(key) or [])

    return StateWords(words("destination_verbs"), words("moved_objects"), words("place_object_verbs"))


class StateRoles:
    """Decides, from the parse around it, whether a country's name is a state actor."""

    def __init__(self, lexicon: Lexicon, path: Path = DATA) -> None:
        self.verbs, self.nouns = trigger_lemmas(lexicon)
        self.words = load_state_words(path)

    def takes_part(self, token: Token) -> bool:
        """The root of a country's name: subject, object or participant phrase of an act."""
        if token.dep_ == "conj" and token.head.i != token.i:
            return self.takes_part(token.head)  # "sanctions on Iran and Syria"
        if token.dep_ == "dobj" and token.head.lemma_.lower() in self.words.place_object_verbs:
            return False  # "reached Spain", "left Syria": where the subject went
        if is_participant(token):
            return True
        if token.dep_ != "pobj" or token.head.lower_ not in RECIPIENT_PREPS:
            return False
        return self.receives(token.head.head)

    def receives(self, governor: Token) -> bool:
        """Whether the word a "to"/"at" phrase hangs on is a trigger whose object receives it:
        "sent aid to", "fired at", "aid to", "a visit to"; not "deployed troops to"."""
        lemma = governor.lemma_.lower()
        if lemma in self.words.destination_verbs:
            return False
        if governor.pos_ in {"VERB", "AUX"}:
            if lemma not in self.verbs:
                return False
            moved = (c for c in governor.children if c.dep_ in {"dobj", "nsubjpass"})
            return not any(c.lemma_.lower() in self.words.moved_objects for c in moved)
        if governor.pos_ in {"NOUN", "PROPN"} and lemma in self.nouns:
            # "moved aid to": the aid goes there
            return not (
                governor.dep_ in {"dobj", "nsubjpass"} and governor.head.lemma_.lower() in self.words.destination_verbs
            )
        return False
