"""Actors: named and collective participants, grouped into one actor per referent.

Find, then annotate:
1. mentions from named entities (PERSON, ORG, countries acting as states), from the
   gazetteer ids the entity ruler put on them, and from collective sources
   ("Israeli media", "witnesses");
2. group mentions into actors (surnames, transliteration variants, acronyms);
3. roles, affiliations, countries, sectors and designations from titles, appositions
   and relative clauses;
4. pronouns and descriptions ("he", "the minister", "the two men") resolved to actors.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.lexicon import KnownActor, Lexicon
from newsgraph.nlp.names import fold, is_acronym_of, same_person

LOGGER = logging.getLogger(__name__)

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
ORG_NOUNS = {
    "group", "movement", "organisation", "organization", "ministry", "government",
    "militia", "faction", "party", "alliance", "agency", "bloc", "army", "force",
}  # fmt: skip
# Prepositions after which a country is a location rather than a participant.
LOCATIVE_PREPS = {
    "in", "at", "from", "to", "into", "across", "near", "inside", "within", "throughout",
    "toward", "towards", "around", "outside", "via", "through", "over", "between", "along",
}  # fmt: skip
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent", "appos", "attr"}


@dataclass
class _Actor:
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    known: KnownActor | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    designations: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[list[Any]] = field(default_factory=list)  # [start, end, text, how]
    heads: list[int] = field(default_factory=list)  # token index of each name mention's root

    def add_mention(self, span: Span, how: str) -> None:
        entry = [span.start_char, span.end_char, span.text, how]
        if entry not in self.mentions:
            self.mentions.append(entry)
        if how == "name":
            self.heads.append(span.root.i)
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
    while (end > start and doc[end - 1].tag_ == "POS") or (end > start and doc[end - 1].text in {"'s", "’s", "'", "’"}):
        end -= 1
    return doc[start:end] if end > start else span


def _is_participant(token: Token) -> bool:
    dep = token.dep_
    if dep in PARTICIPANT_DEPS:
        return True
    if dep == "conj":
        return _is_participant(token.head)
    if dep == "pobj":
        prep = token.head
        if prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according":
            return True
        return prep.lower_ not in LOCATIVE_PREPS
    return False


class ActorResolver:
    """spaCy component: writes `doc._.ng_actors` and `doc._.ng_token_actor`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.titles = lexicon.titles
        self.max_title = lexicon.max_title_words
        self.collective = lexicon.collective_sources
        self.demonyms = lexicon.demonyms
        self.countries = lexicon.countries
        self.known = lexicon.actor_index

    # -- find ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        actors: list[_Actor] = []
        token_actor: dict[int, list[int]] = {}

        def attach(span: Span, index: int, how: str) -> None:
            actors[index].add_mention(span, how)
            for tok in span:
                token_actor[tok.i] = [index]

        for ent in doc.ents:
            self._named_mention(ent, actors, attach)
        self._collective_mentions(doc, actors, attach, token_actor)
        for index, actor in enumerate(actors):
            self._annotate(doc, actor, index, actors, attach)
        self._resolve_references(doc, actors, token_actor)
        doc._.ng_actors = [a.as_dict() for a in actors]
        doc._.ng_token_actor = token_actor
        return doc

    def _named_mention(self, ent: Span, actors: list[_Actor], attach: Any) -> None:
        label = ent.label_
        ent_id = ent.ent_id_
        if label not in {"PERSON", "ORG", "GPE", "NORP"}:
            return
        span = trim_name(ent)
        if not span.text.strip():
            return
        if ent_id.startswith(("region:", "site:", "demonym:")):
            return
        if label == "NORP":
            return
        if label == "GPE":
            code = ent_id[len("country:") :] if ent_id.startswith("country:") else None
            code = code or self.countries.get(span.text)
            if code is None or not _is_participant(span.root):
                return
            index = self._find_or_add(actors, key=("state", code), name=span.text, kind="state")
            actors[index].country = code
            actors[index].sector = actors[index].sector or None
            attach(span, index, "name")
            return
        known = self.known.get(span.text.casefold())
        if label == "PERSON" and known is None:
            index = self._person(actors, span.text)
            attach(span, index, "name")
            return
        if known is not None:
            index = self._find_or_add(actors, key=("known", known.name), name=span.text, kind=known.kind, known=known)
            actor = actors[index]
            actor.country, actor.sector = known.country, known.sector
            if len(span.text) > len(actor.name) and not span.text.isupper():
                actor.aliases.append(actor.name)
                actor.name = span.text
        else:
            index = self._org(actors, span.text)
        attach(span, index, "name")

    def _person(self, actors: list[_Actor], text: str) -> int:
        for index, actor in enumerate(actors):
            if actor.kind != "person":
                continue
            if same_person(text, actor.name):
                return index
            if same_person(actor.name, text):  # a fuller name after a short one
                actor.aliases.append(actor.name)
                actor.name = text
                return index
        actors.append(_Actor(name=text, kind="person"))
        return len(actors) - 1

    def _org(self, actors: list[_Actor], text: str) -> int:
        key = fold(text)
        for index, actor in enumerate(actors):
            if actor.kind not in {"organization", "media"}:
                continue
            names = [actor.name, *actor.aliases]
            if any(fold(n) == key for n in names):
                return index
            if any(is_acronym_of(text, n) for n in names):
                return index
            if any(is_acronym_of(n, text) for n in names):
                actor.aliases.append(actor.name)
                actor.name = text
                return index
        actors.append(_Actor(name=text, kind="organization"))
        return len(actors) - 1

    def _find_or_add(
        self,
        actors: list[_Actor],
        *,
        key: tuple[str, str],
        name: str,
        kind: str,
        known: KnownActor | None = None,
    ) -> int:
        for index, actor in enumerate(actors):
            if key[0] == "state" and actor.kind == "state" and actor.country == key[1]:
                return index
            if key[0] == "known" and actor.known is not None and actor.known.name == key[1]:
                return index
        actors.append(_Actor(name=name, kind=kind, known=known))
        return len(actors) - 1

    def _collective_mentions(
        self, doc: Doc, actors: list[_Actor], attach: Any, token_actor: dict[int, list[int]]
    ) -> None:
        for token in doc:
            if token.i in token_actor or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            kind = self.collective.get(token.lemma_.lower())
            if kind is None or not _is_participant(token):
                continue
            if token.dep_ == "compound":
                continue
            left = token.i
            for child in token.lefts:
                if child.dep_ in {"amod", "compound", "nmod"} and child.i >= left - 3:
                    left = min(left, child.i)
            while left < token.i and doc[left].i in token_actor and doc[left].ent_type_ not in {"NORP", "GPE"}:
                left += 1
            span = doc[left : token.i + 1]
            name = span.text
            index = next(
                (i for i, a in enumerate(actors) if a.kind in {"media", "group"} and fold(a.name) == fold(name)),
                None,
            )
            if index is None:
                actors.append(_Actor(name=name, kind=kind))
                index = len(actors) - 1
                country = self._country_in(span)
                actors[index].country = country
                actors[index].sector = "MED" if kind == "media" else None
            attach(span, index, "name")

    def _country_in(self, span: Span) -> str | None:
        for tok in span:
            code = self.demonyms.get(tok.text) or self.countries.get(tok.text)
            if code:
                return code
            if tok.ent_id_.startswith(("demonym:", "country:")):
                return tok.ent_id_.split(":", 1)[1]
        return None

    # -- annotate --------------------------------------------------------------------
    def _annotate(self, doc: Doc, actor: _Actor, index: int, actors: list[_Actor], attach: Any) -> None:
        if actor.kind != "person":
            if actor.known is None and actor.kind == "organization":
                self._org_attributes(doc, actor)
            return
        for head_i in list(actor.heads):
            head = doc[head_i]
            ent = next((e for e in doc.ents if e.start <= head_i < e.end), None)
            if ent is not None:
                self._title_before(doc, ent, actor, actors)
            self._apposition(doc, head, actor, actors, attach, index)
            self._relative_role(head, actor, actors)
        if actor.sector is None:
            for role in actor.roles:
                sector = self._title_sector(role["title"])
                if sector:
                    actor.sector = sector
                    break
        if actor.sector is None or actor.country is None:
            for role in actor.roles:
                of = role.get("of")
                if of is not None and of < len(actors):
                    org = actors[of]
                    actor.country = actor.country or org.country
                    if actor.sector is None and org.sector is not None and org.kind != "state":
                        actor.sector = org.sector
                    elif actor.sector is None and org.kind == "state":
                        actor.sector = "GOV"

    def _org_attributes(self, doc: Doc, actor: _Actor) -> None:
        low = actor.name.lower()
        if "ministry" in low or "government" in low:
            actor.sector = "GOV"
        elif any(w in low for w in ("army", "forces", "military")):
            actor.sector = "MIL"
        elif "police" in low:
            actor.sector = "POL"
        elif "court" in low:
            actor.sector = "JUD"
        for word in actor.name.split():
            code = self.demonyms.get(word) or self.countries.get(word)
            if code:
                actor.country = code
                break

    def _title_sector(self, title: str) -> str | None:
        words = title.lower().split()
        for size in range(min(len(words), self.max_title), 0, -1):
            for start in range(len(words) - size, -1, -1):
                sector = self.titles.get(" ".join(words[start : start + size]))
                if sector:
                    return sector
        return None

    def _has_title(self, words: list[str]) -> bool:
        text = " ".join(words).lower()
        return any(t in text.split() or t == text or f" {t}" in f" {text}" for t in self.titles if t)

    def _add_role(self, actor: _Actor, title: str, of: int | None) -> None:
        title = title.strip(" ,.;:").strip()
        if not title:
            return
        title_l = title[0].lower() + title[1:] if not title[:2].isupper() else title
        if any(r["title"].lower() == title_l.lower() for r in actor.roles):
            return
        actor.roles.append({"title": title_l, "of": of})

    def _title_before(self, doc: Doc, ent: Span, actor: _Actor, actors: list[_Actor]) -> None:
        """ "Russian Deputy Foreign Minister Mikhail Bogdanov": words before the name."""
        i = ent.start - 1
        sent_start = ent.sent.start
        words: list[Token] = []
        while i >= sent_start:
            tok = doc[i]
            if tok.is_punct or (tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "DET"} and tok.lower_ != "and"):
                break
            if (
                tok.dep_ not in {"compound", "amod", "nmod", "cc", "conj", "punct", "npadvmod", "poss"}
                and tok.head.i != ent.root.i
                and tok.ent_type_ not in {"ORG", "NORP", "GPE"}
            ):
                if not tok.text[:1].isupper():
                    break
            words.insert(0, tok)
            i -= 1
        if not words:
            return
        # split coordinated titles: "Fatah movement chairman and PLO executive committee chairman"
        groups: list[list[Token]] = [[]]
        for tok in words:
            if tok.lower_ == "and":
                groups.append([])
            else:
                groups[-1].append(tok)
        for group in groups:
            self._role_from_tokens(group, actor, actors)

    def _role_from_tokens(self, group: list[Token], actor: _Actor, actors: list[_Actor]) -> None:
        title_words: list[str] = []
        of: int | None = None
        doc = group[0].doc if group else None
        for tok in group:
            code = tok.ent_id_.split(":", 1)[1] if tok.ent_id_.startswith(("demonym:", "country:")) else None
            code = code or self.demonyms.get(tok.text)
            if code and not title_words:
                actor.country = actor.country or code
                continue
            if tok.ent_type_ in {"ORG", "GPE"} and doc is not None:
                ent_index = self._actor_at(doc, tok.i, actors)
                if ent_index is not None:
                    of = ent_index
                    title_words = []
                    continue
            title_words.append(tok.text)
        # keep from the first word that starts a known title (drops "movement" in "Fatah movement chairman")
        lowered = [w.lower() for w in title_words]
        start = None
        for k in range(len(lowered)):
            tail = " ".join(lowered[k:])
            if tail in self.titles or any(
                tail.endswith(" " + t) or tail == t for t in (lowered[-1],) if t in self.titles
            ):
                start = k
                break
        if start is None:
            return
        # extend left over modifiers that are part of titles ("deputy", "executive committee")
        title = " ".join(title_words[start:])
        for k in range(start - 1, -1, -1):
            candidate = " ".join(lowered[k:])
            if candidate in self.titles or lowered[k] in {
                "deputy",
                "vice",
                "acting",
                "former",
                "senior",
                "chief",
                "executive",
                "committee",
                "foreign",
                "defence",
                "defense",
                "interior",
                "prime",
                "special",
            }:
                title = " ".join(title_words[k:])
            else:
                break
        self._add_role(actor, title, of)

    def _actor_at(self, doc: Doc, i: int, actors: list[_Actor]) -> int | None:
        for index, actor in enumerate(actors):
            for start, end, _, _ in actor.mentions:
                if start <= doc[i].idx < end:
                    return index
        return None

    def _apposition(self, doc: Doc, head: Token, actor: _Actor, actors: list[_Actor], attach: Any, index: int) -> None:
        """ "The deputy head of ... Hamas, Musa Abu Marzouk" and "Mahmoud Abbas, Fatah chairman"."""
        candidates: list[Token] = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            candidates.append(head.head)
        for noun in candidates:
            if noun.ent_type_ == "PERSON" or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            sub = [
                t
                for t in noun.subtree
                if not (t.i >= head.i - 0 and t.i in range(head.left_edge.i, head.right_edge.i + 1))
            ]
            if not sub:
                continue
            lo, hi = sub[0].i, sub[-1].i + 1
            span = doc[lo:hi]
            while len(span) and (span[0].lower_ in {"the", "a", "an", ","} or span[0].is_punct):
                span = span[1:]
            while len(span) and span[-1].is_punct:
                span = span[:-1]
            if not len(span) or len(span) > 14:
                continue
            text_lower = span.text.lower()
            if not any(t in text_lower for t in self.titles if len(t) > 2):
                continue
            of = None
            title_tokens = list(span)
            for tok in span:
                if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                    at = self._actor_at(doc, tok.i, actors)
                    if at is not None and at != index:
                        of = at
                        title_tokens = [t for t in span if t.i < tok.head.i]
                        break
            if of is None:
                # "Fatah movement chairman": a leading organisation
                if title_tokens and title_tokens[0].ent_type_ == "ORG":
                    at = self._actor_at(doc, title_tokens[0].i, actors)
                    if at is not None:
                        self._role_from_tokens(title_tokens, actor, actors)
                        continue
            title = " ".join(t.text for t in title_tokens)
            for tok in title_tokens[:2]:
                code = self.demonyms.get(tok.text)
                if code:
                    actor.country = actor.country or code
                    title = title.split(" ", 1)[1] if " " in title else title
                    break
            self._add_role(actor, title, of)
            attach(span, index, "description")

    def _relative_role(self, head: Token, actor: _Actor, actors: list[_Actor]) -> None:
        """ "..., who also serves as Vladimir Putin's special representative for the Middle East"."""
        for rel in head.children:
            if rel.dep_ != "relcl" or rel.lemma_ not in {"serve", "act", "work", "be"}:
                continue
            for prep in rel.children:
                if prep.lower_ != "as" and rel.lemma_ != "be":
                    continue
                nouns = (
                    [c for c in prep.children if c.dep_ == "pobj"]
                    if prep.dep_ == "prep"
                    else ([prep] if prep.dep_ == "attr" else [])
                )
                for noun in nouns:
                    of = None
                    tokens = []
                    for tok in noun.subtree:
                        if tok.dep_ == "poss" and tok.head.i == noun.i:
                            of = self._actor_at(head.doc, tok.i, actors)
                            continue
                        if tok.tag_ == "POS" or (
                            of is not None and tok.head.dep_ == "poss" and tok.head.head.i == noun.i
                        ):
                            continue
                        tokens.append(tok)
                    inner = [
                        t
                        for t in tokens
                        if not (t.dep_ == "poss" or (t.head.dep_ == "poss" and t.head.head.i == noun.i))
                    ]
                    title = " ".join(t.text for t in inner if t.lower_ not in {"the", "a", "an"})
                    if title and len(inner) <= 12:
                        self._add_role(actor, title, of)

    # -- references --------------------------------------------------------------------
    def _resolve_references(self, doc: Doc, actors: list[_Actor], token_actor: dict[int, list[int]]) -> None:
        """Pronouns, titles and descriptions to the most recent fitting actor."""
        last_person: list[int] = []  # actor indexes in order of mention (most recent last)
        last_group: list[int] = []
        subjects: list[int] = []
        for token in doc:
            owners = token_actor.get(token.i)
            if owners:
                for owner in owners:
                    actor = actors[owner]
                    queue = last_person if actor.kind == "person" else last_group
                    if owner in queue:
                        queue.remove(owner)
                    queue.append(owner)
                    if token.dep_.startswith("nsubj") and actor.kind == "person":
                        if owner in subjects:
                            subjects.remove(owner)
                        subjects.append(owner)
                continue
            low = token.lower_
            target: list[int] | None = None
            if token.pos_ == "PRON" and low in PERSON_PRONOUNS and last_person:
                # prefer the most recent person who was a subject in this or the previous sentences
                target = [subjects[-1]] if subjects and subjects[-1] in last_person[-3:] else [last_person[-1]]
            elif token.pos_ == "PRON" and low in PLURAL_PRONOUNS and last_group:
                target = [last_group[-1]]
            elif token.pos_ == "NOUN" and _definite(token):
                if token.lemma_ in ORG_NOUNS and last_group:
                    target = [last_group[-1]]
                elif low == "men" or (low == "leaders" and _has_number(token, "two")):
                    if len(last_person) >= 2 and _has_number(token, "two"):
                        target = last_person[-2:]
                elif low in self.titles and last_person:
                    matches = [
                        i for i in reversed(last_person) if any(low in r["title"].lower() for r in actors[i].roles)
                    ]
                    if matches:
                        target = [matches[0]]
            if target:
                span = _noun_span(token)
                for owner in target:
                    actors[owner].add_mention(span, "pronoun" if token.pos_ == "PRON" else "description")
                for tok in span:
                    token_actor.setdefault(tok.i, list(target))


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"} for c in token.lefts)


def _has_number(token: Token, word: str) -> bool:
    return any(c.lower_ == word for c in token.lefts)


def _noun_span(token: Token) -> Span:
    if token.pos_ == "PRON":
        return token.doc[token.i : token.i + 1]
    left = min((c.i for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod"}), default=token.i)
    return token.doc[left : token.i + 1]
