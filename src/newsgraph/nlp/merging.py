"""Grouping mentions into actors: one actor per state, per known organisation, per person
however named (surname, transliteration), per organisation and its acronym.

`ActorRegistry` is the base of the actor resolver (`nlp/actors.py`).
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.actor_model import Actor
from newsgraph.nlp.extensions import indexes_where
from newsgraph.nlp.lexicon import KnownActor
from newsgraph.nlp.names import fold, is_acronym_of, same_person

LOGGER = logging.getLogger(__name__)
PROPER = frozenset({"PROPN"})


# Generic last words of a movement's or party's name that the news often leaves out.
GENERIC_ORG_WORDS = ("movement", "group", "militia", "organisation", "organization")
GENERIC_ORG_ENDINGS = (("news", "agency"), ("news", "service"))
# Words that open the rest of a longer name after its leading part: "Defensoría | del Pueblo".
LOOKAHEAD = 60  # tokens after a role noun in which the person it announces may be named
NAME_LINKS = frozenset({"of", "for", "del", "de", "des", "du", "della", "on"})


def _bare(key: str) -> str:
    """A folded organisation name without a generic last word: "houthi movement" -> "houthi",
    "amaq news agency" -> "amaq"."""
    words = key.split()
    for ending in GENERIC_ORG_ENDINGS:
        if len(words) > len(ending) and tuple(words[-len(ending) :]) == ending:
            return " ".join(words[: -len(ending)])
    if len(words) >= 2 and words[-1] in GENERIC_ORG_WORDS:
        words = words[:-1]
    return " ".join(words)


def leading_part(short: str, long: str) -> bool:
    """ "Defensoría" of "Defensoría del Pueblo", "Observatory" of "Syrian Observatory for Human
    Rights": the long name has an "of"/"for" phrase, and the short one opens it or is its head,
    the words right before that phrase (one demonym or adjective before them may go). Folded keys."""
    a, b = short.split(), long.split()
    if not a or len(a) >= len(b) or len(short) < 6:
        return False
    link = next((i for i, w in enumerate(b) if w in NAME_LINKS), None)
    if link is None or link < len(a):
        return False
    return b[: len(a)] == a or (b[link - len(a) : link] == a and link - len(a) <= 1)


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
            if _bare(key) in {_bare(fold(n)) for n in names}:
                return index  # "Houthi" after "Houthi movement", "Hamas movement" after "Hamas"
        # "the Defensoría" after "the Defensoría del Pueblo": the only organisation it leads
        heads = [i for i, a in enumerate(actors) if a.kind == "organization" and leading_part(key, fold(a.name))]
        if len(heads) == 1 and text not in self.countries and not any(fold(a.name) == key for a in actors):
            return heads[0]
        for index, actor in enumerate(actors):
            if actor.kind not in {"organization", "media"}:
                continue
            names = [actor.name, *actor.aliases]
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

    def _repeated_names(
        self, doc: Doc, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]], credit_spans: list[Any]
    ) -> None:
        """ "Akhter, speaking by phone, said ...": a surname the model did not tag, after the person
        was named in full, is that person (one person only: two Barakats leave it alone)."""
        people = [a for a in actors if a.kind == "person" and a.names]
        if not people:
            return
        for i in indexes_where(doc, pos=PROPER):
            tok = doc[i]
            if tok.i in token_actor or not tok.is_title or len(tok.text) <= 3:
                continue
            if tok.ent_type_ not in {"", "PERSON", "GPE", "ORG"} or any(a <= tok.idx < b for a, b in credit_spans):
                continue
            if tok.ent_id_ or (
                tok.ent_type_ and not (tok.ent_iob_ == "B" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ != "I")
            ):
                continue  # a gazetteer country or place, or one word of a longer entity
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                continue  # part of another name ("Akhter Road")
            if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title) or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].is_title
            ):
                continue  # inside a longer name the model left untagged
            owners = {a.index for a in people if min(a.names)[0] < tok.i and same_person(tok.text, a.name)}
            if len(owners) == 1:
                attach(doc[tok.i : tok.i + 1], owners.pop(), "name")

    def _described_organisations(self, doc: Doc, actors: list[Actor], token_actor: dict[int, list[int]]) -> None:
        """ "UNIFIL, the UN peacekeeping force,", "Pakistan's military media wing, the Inter-Services
        Public Relations": a common noun in apposition to an organisation's name describes it; its
        head noun lets "the force" refer back to it later."""
        for actor in actors:
            if actor.kind not in {"organization", "media"}:
                continue
            for start, end in list(actor.names):
                root = doc[start:end].root
                # "The Archive of Public Gatherings, an independent monitor,": the apposition may
                # hang on the name's last word rather than its root
                nouns = [c for t in doc[start:end] for c in t.children if c.dep_ == "appos" and c.i >= end]
                if root.dep_ == "appos" and (root.head.i >= end or start - root.head.i <= 8):
                    nouns.append(root.head)  # not a head far back ("the junta had frozen ..., the X")
                for noun in nouns:
                    if noun.pos_ != "NOUN" or noun.i in token_actor or noun.ent_type_:
                        continue
                    left = noun.left_edge.i
                    while doc[left].is_punct:
                        left += 1
                    span = doc[left : noun.i + 1]
                    if not 1 <= len(span) <= 8 or any(t.pos_ == "VERB" and t.dep_ != "amod" for t in span):
                        continue
                    actor.add_mention(span, "description")
                    actor.nouns.add(noun.lemma_.lower())
                    for tok in span:
                        token_actor.setdefault(tok.i, [actor.index])


def untagged_appositive_names(
    doc: Doc, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]], registry: Any
) -> None:
    """ "Jonglei's state information minister, Gatluak Chuol, said": two to four capitalised proper
    nouns in apposition to a title noun, left untagged by the model, are that person's name."""
    for token in indexes_where(doc, pos=PROPER):
        tok = doc[token]
        if tok.dep_ != "appos" or tok.i in token_actor or tok.ent_type_ or not tok.is_title:
            continue
        head = tok.head
        if head.pos_ != "NOUN" or head.i > tok.i or not registry.roles.is_title_word(head.text):
            continue
        start = tok.i
        while start > head.i + 1 and doc[start - 1].dep_ in {"compound", "flat"} and doc[start - 1].head.i == tok.i:
            start -= 1
        name = doc[start : tok.i + 1]
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not 2 <= len(name) <= 4 or (after is not None and not after.is_punct):
            continue
        if doc[start - 1].text != "," or any(
            t.pos_ != "PROPN" or not t.is_title or t.ent_type_ or t.i in token_actor for t in name
        ):
            continue
        attach(name, registry._person(actors, name.text), "name")


def _definite(noun: Token) -> bool:
    """ "the officer", "this official", "Jonglei's minister": a known individual, not "a nurse"."""
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in noun.lefts)


def role_words(actor: Actor, actors: list[Actor]) -> set[str]:
    """Words of a person's titles and of the bodies they hold them in."""
    words: set[str] = set()
    for role in actor.roles:
        words.update(fold(role["title"]).replace(".", " ").split())
        of = role.get("of")
        if of is not None and of < len(actors):
            words.update(fold(actors[of].name).split())
    return words


def named_after(
    token: Token,
    lemma: str,
    family: frozenset[str],
    actors: list[Actor],
    token_actor: dict[int, list[int]],
    recent: list[int],
) -> list[int] | None:
    """ "..., the officer who led the raid said. Police chief Col. X said ...": a lead whose
    subject is a bare role noun names the person a sentence or two later; the one person not
    yet named, named after its sentence within `LOOKAHEAD` tokens, whose titles hold the noun
    or its family ("colonel" for "officer"), never two."""
    if not token.dep_.startswith("nsubj") or any(c.dep_ in {"amod", "compound"} for c in token.lefts):
        return None  # "the health minister": its own words would have to agree
    doc = token.doc
    fits = {
        owner
        for i in range(token.sent.end, min(len(doc), token.i + LOOKAHEAD))
        for owner in token_actor.get(i, [])
        if actors[owner].kind == "person"
        and owner not in recent
        and (lemma in (words := role_words(actors[owner], actors)) or family & words)
    }
    return [fits.pop()] if len(fits) == 1 else None
