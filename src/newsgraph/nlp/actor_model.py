"""The working form of an actor while a document is resolved, and the span helpers that
the actor finders share (participant positions, name trimming, generic institution words).

`nlp/actors.py` builds these and turns them into plain dicts on the Doc.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Span, Token

from newsgraph.nlp.lexicon import DATA_DIR, KnownActor

# Prepositions after which a country is a location rather than a participant.
LOCATIVE_PREPS = {
    "in", "at", "from", "to", "into", "across", "near", "inside", "within", "throughout",
    "toward", "towards", "around", "outside", "via", "through", "over", "between", "along",
}  # fmt: skip
# Words of generic institution names that a country's name or demonym completes.
GENERIC_WORDS = {
    "ministry", "defence", "defense", "foreign", "interior", "health", "justice", "finance", "economy",
    "agriculture", "labour", "labor", "education", "affairs", "armed", "forces", "force", "air", "army",
    "navy", "police", "coast", "guard", "border", "national", "security", "service", "embassy",
    "military", "emergency", "of", "the", "and", "state", "federal", "government", "presidency",
    "troop", "troops", "guards",
}  # fmt: skip
# Leading words of a collective's name that count it rather than name it ("at least 12 soldiers").
QUANTIFIERS = {
    "at", "least", "more", "than", "about", "some", "several", "only", "nearly", "over", "around",
    "up", "to", "dozens", "hundreds", "thousands", "many", "few", "all", "both", "almost", "roughly",
}  # fmt: skip
# Prepositions whose object receives an act even when counted or after "to".
RECIPIENT_PREPS = {"on", "to", "against", "with"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "appos", "attr"}


@dataclass
class Actor:
    name: str
    kind: str
    index: int = -1
    country: str | None = None
    sector: str | None = None
    known: KnownActor | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    designations: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[list[Any]] = field(default_factory=list)  # [start, end, text, how]
    names: list[tuple[int, int]] = field(default_factory=list)  # token spans of name mentions
    key: str = ""  # institution key: folded head words + country
    countries_seen: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)  # head nouns of descriptions ("group" of "the al Qaeda-linked group")

    def add_mention(self, span: Span, how: str) -> None:
        entry = [span.start_char, span.end_char, span.text, how]
        if entry not in self.mentions:
            self.mentions.append(entry)
        if how == "name":
            if (span.start, span.end) not in self.names:
                self.names.append((span.start, span.end))
            if span.text != self.name and span.text not in self.aliases:
                self.aliases.append(span.text)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": [a for a in self.aliases if a != self.name],
            "country": self.country,
            "sector": self.sector,
            "roles": self.roles,
            "designations": self.designations,
            "mentions": sorted(self.mentions),
        }


def trim_name(span: Span) -> Span:
    """Drop a leading article and a trailing possessive: "Vladimir Putin's" -> "Vladimir Putin"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}):
        end -= 1
    return doc[start:end] if end > start else span


def generic(span: Span) -> bool:
    """Whether an institution's name is generic ("Defence Ministry", "Armed Forces"), so that a
    country before it belongs to the name ("Russia's Defence Ministry")."""
    return (
        bool(len(span))
        and span[-1].lemma_.lower() in GENERIC_WORDS
        and all(t.lower_ in GENERIC_WORDS or t.lemma_.lower() in GENERIC_WORDS for t in span)
    )


def uncounted(span: Span) -> Span:
    """ "at least 12 soldiers" -> "soldiers"; "two Egyptian officials" -> "Egyptian officials"."""
    start = span.start
    while start < span.end - 1 and (span.doc[start].like_num or span.doc[start].lower_ in QUANTIFIERS):
        start += 1
    return span.doc[start : span.end]


def is_participant(token: Token) -> bool:
    dep = token.dep_
    if dep in PARTICIPANT_DEPS:
        return True
    if dep == "conj":
        return is_participant(token.head)
    if dep == "pobj":
        prep = token.head
        if prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according":
            return True
        return prep.lower_ not in LOCATIVE_PREPS
    return False


@dataclass(frozen=True)
class ActorWords:
    """Word lists of `data/actor_nouns.yaml` that only the actor finders read."""

    place_nouns: frozenset[str] = frozenset()
    counted_collectives: frozenset[str] = frozenset()
    capital_verbs: frozenset[str] = frozenset()
    victims: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    mass_collectives: frozenset[str] = frozenset()
    counted_people: frozenset[str] = frozenset()
    toll_verbs: frozenset[str] = frozenset()
    casualty_verbs: frozenset[str] = frozenset()
    org_name_ends: frozenset[str] = frozenset()
    org_name_openers: frozenset[str] = frozenset()
    armed_modifiers: frozenset[str] = frozenset()
    bare_mass_collectives: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def load_actor_words(path: Path = DATA_DIR / "actor_nouns.yaml") -> ActorWords:
    """Read once per path; a missing file or section gives empty lists."""
    if not path.exists():
        return ActorWords()
    with path.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return ActorWords(
        words("place_nouns"),
        words("counted_collectives"),
        words("capital_verbs"),
        words("victims"),
        words("member_nouns"),
        words("mass_collectives"),
        words("counted_people"),
        words("toll_verbs"),
        words("casualty_verbs"),
        words("org_name_ends"),
        words("org_name_openers"),
        words("armed_modifiers"),
        words("bare_mass_collectives"),
    )


def opens_clause(token: Token) -> bool:
    """Capitalised by position, not as a name: sentence-initial or after a dash, quote or colon
    ("TBILISI — Riot police fired")."""
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].is_punct)
