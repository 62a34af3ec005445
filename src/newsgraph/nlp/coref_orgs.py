"""Definite descriptions of organisations whose sector the actor model left open.

"Nordal Foods ... The company said", "The Tarnet Brigades ... The group said", "Civic Union ...
The opposition said": the description noun names a class of body (business, armed group,
party); an organisation with no sector of its own gets the classes its name's words tell
(`data/coref_descriptions.yaml`), and a name that tells none is taken for a company. The
description links only when exactly one organisation in the last few sentences fits.

Used by `nlp/coref.py`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from newsgraph.nlp.names import fold

LOGGER = logging.getLogger(__name__)

DATA_FILE = Path(__file__).parent / "data" / "coref_descriptions.yaml"
# How many sentences back (the mention's own included) a description looks for its body.
SENTENCE_WINDOW = 3


@functools.cache
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    nouns = {str(k): frozenset(v) for k, v in (data.get("nouns") or {}).items()}
    words = {str(k): frozenset(v) for k, v in (data.get("name_words") or {}).items()}
    LOGGER.debug("loaded %d description nouns, %d name words", len(nouns), len(words))
    return nouns, words


def description_nouns() -> dict[str, frozenset[str]]:
    """Description nouns beyond `coref_nouns.ORG_NOUNS`, with the sectors they fit."""
    return _lexicon()[0]


def name_sectors(actor: Any) -> frozenset[str]:
    """The sectors an organisation's name tells ("Eskel Mining": BUS); "BUS" for a name that
    tells none; nothing when the actor has a sector of its own."""
    if actor.sector is not None:
        return frozenset()
    words = _lexicon()[1]
    found: set[str] = set()
    for word in fold(actor.name).split():
        found |= words.get(word, frozenset())
    return frozenset(found) if found else frozenset({"BUS"})


def fits_description(actor: Any, sectors: frozenset[str]) -> bool:
    """An organisation whose own sector, or failing one its name's classes, the noun's sectors take."""
    if actor.kind != "organization":
        return False
    if actor.sector is not None:
        return actor.sector in sectors
    return bool(name_sectors(actor) & sectors)


def single_recent(
    recent: list[int], actors: list[Any], accept: Any, last_sent: dict[int, int], here: int
) -> int | None:
    """The one actor `accept`ed among those named in the last `SENTENCE_WINDOW` sentences, the
    most recent when older fitting ones lie further back; None when two or more fit in view."""
    inside = [o for o in recent if here - last_sent.get(o, -SENTENCE_WINDOW) < SENTENCE_WINDOW and accept(actors[o])]
    return inside[0] if len(inside) == 1 else None


def several_recent(recent: list[int], actors: list[Any], accept: Any, last_sent: dict[int, int], here: int) -> bool:
    """Two or more actors `accept`ed last named in sentence `here` ("the Defence Ministry and the
    Interior Ministry said ... The ministry"); one named in a later sentence is the one meant."""
    return sum(1 for o in recent if last_sent.get(o) == here and accept(actors[o])) > 1


def group_reference(token: Token, lemma: str, last: Callable[..., int | None]) -> int | None:
    """ "the protesters", "the crowds", "the workers": the most recent group named by that noun,
    or any recent group for "the crowds"."""

    def fits(actor: Any) -> bool:
        if actor.kind != "group":
            return False
        words = {w for n in (actor.name, *actor.aliases) for w in fold(n).split()}
        return lemma in words or token.lower_ in words

    found = last(fits, window=20)
    if found is None and lemma in {"crowd", "demonstrator", "protester", "protestor", "marcher"}:
        found = last(lambda a: a.kind == "group" and a.sector == "CVL", window=12)
    return found
