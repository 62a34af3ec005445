"""Grouping mentions into actors: one actor per state, per known organisation, per person
however named (surname, transliteration), per organisation and its acronym.

`ActorRegistry` is the base of the actor resolver (`nlp/actors.py`).
"""

from __future__ import annotations

import logging

from newsgraph.nlp.actor_model import Actor
from newsgraph.nlp.lexicon import KnownActor
from newsgraph.nlp.names import fold, is_acronym_of, same_person

LOGGER = logging.getLogger(__name__)


class ActorRegistry:
    """Finds the actor a new mention belongs to, or adds one."""

    countries: dict[str, str]

    def _state(self, actors: list[Actor], code: str) -> int:
        for index, actor in enumerate(actors):
            if actor.kind == "state" and actor.country == code:
                return index
        name = next((n for n, c in self.countries.items() if c == code), code)
        actors.append(Actor(name=name, kind="state", country=code, sector="GOV", index=len(actors)))
        return len(actors) - 1

    def _find_known(self, actors: list[Actor], known: KnownActor, text: str) -> int:
        if known.kind == "state" and known.country:
            return self._state(actors, known.country)
        for index, actor in enumerate(actors):
            if actor.known is not None and actor.known.name == known.name:
                return index
        actor = Actor(
            name=text, kind=known.kind, known=known, country=known.country, sector=known.sector, index=len(actors)
        )
        if known.kind == "person":
            # a person from the user's file: later surname mentions join it
            actor.name = known.name if known.name in (text, *known.aliases) else text
        actors.append(actor)
        return len(actors) - 1

    def _person(self, actors: list[Actor], text: str) -> int:
        for index, actor in enumerate(actors):
            if actor.kind != "person":
                continue
            if same_person(text, actor.name):
                return index
            if same_person(actor.name, text):  # a fuller name after a short one
                actor.aliases.append(actor.name)
                actor.name = text
                return index
        actors.append(Actor(name=text, kind="person", index=len(actors)))
        return len(actors) - 1

    def _org(self, actors: list[Actor], text: str) -> int:
        key = fold(text)
        for index, actor in enumerate(actors):
            if actor.kind not in {"organization", "media"}:
                continue
            names = [actor.name, *actor.aliases]
            if any(fold(n) == key for n in names):
                return index
            if any(is_acronym_of(text, n) for n in names):
                return index
            if len(key.split()) >= 2 and any(fold(n).endswith(f" {key}") for n in names):
                return index  # "Progressive Party" after "Serbian Progressive Party"
            if any(is_acronym_of(n, text) for n in names):
                actor.aliases.append(actor.name)
                actor.name = text
                return index
        actors.append(Actor(name=text, kind="organization", index=len(actors)))
        return len(actors) - 1

    def _acronym_owner(self, actors: list[Actor], text: str) -> int | None:
        for index, actor in enumerate(actors):
            if actor.kind == "organization" and actor.known is None and is_acronym_of(actor.name, text):
                actor.aliases.append(actor.name)
                actor.name = text
                return index
        return None
