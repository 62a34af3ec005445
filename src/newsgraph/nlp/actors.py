"""Actors: named and collective participants, grouped into one actor per referent.

Find, then annotate:
1. mentions from named entities (PERSON, ORG, countries acting as states, capitals
   standing for their state), from the gazetteer ids the entity ruler put on them,
   from institutions named by their country ("Russian forces", "Russia's Defence
   Ministry") and from collective sources ("Israeli media", "witnesses");
2. group mentions into actors (surnames, transliteration variants, acronyms);
3. roles, affiliations, countries, sectors and designations from titles, appositions
   and relative clauses (`nlp/roles.py`, `nlp/profile.py`);
4. pronouns and descriptions ("he", "the minister", "the two men") resolved to actors
   (`nlp/coref.py`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.coref import References, is_reference
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import KnownActor, Lexicon
from newsgraph.nlp.names import fold, is_acronym_of, same_person
from newsgraph.nlp.profile import Profiler
from newsgraph.nlp.roles import RoleReader

LOGGER = logging.getLogger(__name__)

# Prepositions after which a country is a location rather than a participant.
LOCATIVE_PREPS = {
    "in", "at", "from", "to", "into", "across", "near", "inside", "within", "throughout",
    "toward", "towards", "around", "outside", "via", "through", "over", "between", "along",
}  # fmt: skip
# "By Hiba Osman", "Reporting by Eric Mwamba in Goma", "Editing by ...": credits, not actors.
CREDIT_LINE = re.compile(
    r"^[ \t]*(?:By|(?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by|Photo:?)\b[^\n]*$", re.MULTILINE
)
# "CHISINAU, Feb 10 (Danube Wire) -": the outlet in the dateline's parentheses.
DATELINE_AGENCY = re.compile(r"^[^\n(]{2,60}\([^)\n]{2,40}\)", re.MULTILINE)
# Places: prepositions whose object is a location, not an actor, when the name is unknown.
PLACE_PREPS = {"in", "at", "near", "into", "inside", "outside", "around", "across", "toward", "towards"}
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
# Words inside an ORG entity that show it is an organisation, not a misread person name.
ORG_WORDS = {
    "ministry", "army", "force", "forces", "agency", "party", "council", "association", "service",
    "news", "radio", "press", "committee", "front", "movement", "guard", "union", "bank", "group",
    "company", "court", "office", "commission", "church", "university", "hospital", "institute",
    "brigades", "brigade", "organisation", "organization", "tv", "television", "times", "post",
    "league", "alliance", "centre", "center", "foundation", "network", "corporation", "police",
    "government", "observatory", "mission", "watch", "fund", "authority", "administration",
}  # fmt: skip


@dataclass
class _Actor:
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


def _credit_spans(text: str, dateline: dict[str, Any] | None) -> list[tuple[int, int]]:
    """Character spans of bylines, reporting credits and the agency in the dateline: no actors there."""
    spans = [(m.start(), m.end()) for m in CREDIT_LINE.finditer(text)]
    if dateline is not None:
        spans.append((dateline["start"], dateline["end"]))
    head = DATELINE_AGENCY.search(text[:300])
    if head is not None:
        spans.append((head.start(), head.end()))
    return spans


def _generic(span: Span) -> bool:
    """Whether an institution's name is generic ("Defence Ministry", "Armed Forces"), so that a
    country before it belongs to the name ("Russia's Defence Ministry")."""
    return (
        bool(len(span))
        and span[-1].lemma_.lower() in GENERIC_WORDS
        and all(t.lower_ in GENERIC_WORDS or t.lemma_.lower() in GENERIC_WORDS for t in span)
    )


def _uncounted(span: Span) -> Span:
    """ "at least 12 soldiers" -> "soldiers"; "two Egyptian officials" -> "Egyptian officials"."""
    start = span.start
    while start < span.end - 1 and (span.doc[start].like_num or span.doc[start].lower_ in QUANTIFIERS):
        start += 1
    return span.doc[start : span.end]


def _speaks_or_acts(token: Token) -> bool:
    """A collective that is the subject or agent of a verb, a source ("according to"), or an
    uncounted object ("called on Western partners"); counted objects are casualties."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in {"nsubj", "agent"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0:
        if token.doc[token.head.i - 1].lower_ == "according":
            return True
    if token.dep_ == "pobj" and token.head.lower_ in RECIPIENT_PREPS:
        return True  # "sanctions on two officials", "food to 20,000 displaced people": counted recipients
    counted = any(c.dep_ == "nummod" or c.like_num for c in token.lefts)
    return token.dep_ in {"dobj", "dative", "pobj"} and not counted and token.head.pos_ in {"VERB", "ADP"}


def _described(token: Token) -> bool:
    """A descriptive (not counting) modifier: "displaced people", "local people"."""
    return any(c.dep_ in {"amod", "compound"} and not c.like_num and c.lower_ not in QUANTIFIERS for c in token.lefts)


def _with_family_names(span: Span) -> Span:
    """ "[Milica Jovanović] Pavlović": a family name the model left out, when the name's last
    word is a compound of it (so the parse still reads it as one name)."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end < span.end + 2:
        tok = doc[end]
        if not (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and doc[end - 1].head.i == tok.i):
            break
        if doc[end - 1].dep_ != "compound" or "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    return doc[span.start : end]


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

    def __init__(self, lexicon: Lexicon, gazetteer: Any = None) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.titles = lexicon.titles
        self.collective = lexicon.collective_sources
        self.demonyms = lexicon.demonyms
        self.countries = lexicon.countries
        self.institutions = lexicon.institutions
        self.known = lexicon.actor_index
        self.roles = RoleReader(lexicon.titles, lexicon.demonyms)
        self.profiler = Profiler(lexicon)
        from newsgraph.nlp.places import find_dateline  # imported here: places imports this module

        self.find_dateline = find_dateline

    # -- find ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        actors: list[_Actor] = []
        token_actor: dict[int, list[int]] = {}

        def attach(span: Span, index: int, how: str) -> None:
            actors[index].add_mention(span, how)
            for tok in span:
                token_actor[tok.i] = [index]

        absorbed = self._absorbed_by_institutions(doc)
        dateline = self.find_dateline(text_of(doc)[:400])
        credit_spans = _credit_spans(text_of(doc), dateline)
        main = self._main_country(doc, dateline)
        for ent in doc.ents:
            if ent.start in absorbed or any(a <= ent.start_char < b for a, b in credit_spans):
                continue
            self._named_mention(ent, actors, attach, token_actor)
        self._institution_mentions(doc, actors, attach, token_actor, credit_spans)
        self._collective_mentions(doc, actors, attach, token_actor, credit_spans)
        for index, actor in enumerate(actors):
            actor.index = index
        for actor in actors:
            self._annotate(doc, actor, actors, token_actor)
        self.profiler.finish(doc, actors, token_actor, main)

        def main_state() -> int | None:
            if main is None:
                return None
            return self._state(actors, main)

        References(doc, actors, token_actor, self.titles, main_state).run()
        for index, actor in enumerate(actors):
            actor.index = index
            if actor.kind == "state":
                actor.sector = "GOV"
        doc._.ng_actors = [a.as_dict() for a in actors]
        doc._.ng_token_actor = token_actor
        return doc

    def _main_country(self, doc: Doc, dateline: dict[str, Any] | None) -> str | None:
        """The dateline's country, else the country named most often."""
        counts: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.ent_id_.startswith(("country:", "demonym:")):
                counts[ent.ent_id_.split(":", 1)[1]] += 1
        if dateline and self.gazetteer is not None:
            cand = self.gazetteer.resolve(dateline["name"].title())
            if cand is not None and cand.country:
                counts[str(cand.country)] += 2  # a foreign dateline does not outweigh the story's country
        return counts.most_common(1)[0][0] if counts else None

    def _state(self, actors: list[_Actor], code: str) -> int:
        for index, actor in enumerate(actors):
            if actor.kind == "state" and actor.country == code:
                return index
        name = next((n for n, c in self.countries.items() if c == code), code)
        actors.append(_Actor(name=name, kind="state", country=code, sector="GOV", index=len(actors)))
        return len(actors) - 1

    def _absorbed_by_institutions(self, doc: Doc) -> set[int]:
        """Token starts of country names that belong to an institution's name ("Russia's Defence Ministry")."""
        absorbed: set[int] = set()
        for ent in doc.ents:
            if not ent.ent_id_.startswith("country:") or ent.end + 1 >= len(doc):
                continue
            if doc[ent.end].tag_ != "POS":
                continue
            head = doc[ent.end + 1]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if (
                head.lemma_.lower() in self.institutions
                and head.i - ent.end <= 4
                and _generic(doc[ent.end + 1 : head.i + 1])
            ):
                absorbed.add(ent.start)
        return absorbed

    def _named_mention(self, ent: Span, actors: list[_Actor], attach: Any, token_actor: dict[int, list[int]]) -> None:
        label = ent.label_
        ent_id = ent.ent_id_
        if label not in {"PERSON", "ORG", "GPE"} or ent_id.startswith(("region:", "site:", "demonym:")):
            return
        span = trim_name(ent)
        if "\n" in span.text:  # the model ran a name across a paragraph break
            after = [t for t in span if t.idx > span.start_char + span.text.rfind("\n")]
            if not after:
                return
            span = span.doc[after[0].i : span.end]
        if not span.text.strip() or not span.text[-1].isalnum():
            return  # "Al-" cut from "Al-Amal"
        doc = span.doc
        if span[-1].lower_ == "of" and span.end < len(doc) and doc[span.end].ent_id_.startswith("country:"):
            nxt = next(e for e in doc.ents if e.start == span.end)
            span = doc[span.start : nxt.end]  # "Federal Government of Somalia"
        if label == "PERSON" and not ent_id:
            if span[-1].lemma_.lower() in self.institutions:
                return  # "Gazipur police": an institution, found with the others
            span = self._strip_titles(_with_family_names(self._with_given_names(span)))
        known = self.known.get(span.text.casefold())
        if known is None and label != "GPE" and self._in_place_phrase(span):
            return
        if (
            label == "PERSON"
            and known is None
            and any(a.kind == "person" and same_person(span.text, a.name) for a in actors)
        ):
            # "Mahmoud Abbas ... Abbas met": the surname of a person named before, not a town
            attach(span, self._person(actors, span.text), "name")
            return
        if label == "GPE" or (known is None and self._is_place(span)):
            if any(t.i in token_actor for t in span):
                return  # already part of a name ("Federal Government of Somalia")
            self._state_mention(span, ent_id, actors, attach)
            return
        if known is not None:
            index = self._find_known(actors, known, span.text)
        elif label == "PERSON" or self._looks_like_person(span):
            index = self._person(actors, span.text)
        else:
            if self._not_an_org(span):
                return
            state = self._government_of(span)
            if state is not None:
                attach(span, self._state(actors, state), "name")  # "Federal Government of Somalia"
                return
            span, code = self._with_country_prefix(span)
            index = self._org(actors, span.text)
            if code:
                actors[index].country = actors[index].country or code
        attach(span, index, "name")

    def _in_place_phrase(self, span: Span) -> bool:
        """ "in Ansongo", "near Koroszczyn": an unknown name after a place preposition is a place;
        "Riot police": a capitalised word before an institution noun is no name."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS and not any(t.lower_ in ORG_WORDS for t in span):
            return True
        if len(span) == 1 and span.end < len(span.doc):
            nxt = span.doc[span.end]
            return nxt.lemma_.lower() in self.institutions or nxt.lemma_.lower() in self.collective
        return False

    def _with_given_names(self, span: Span) -> Span:
        """ "General Héctor [Mijares Lander]": given names the model left out of the name."""
        doc = span.doc
        start = span.start
        while start > 0 and start > span.start - 2:
            tok = doc[start - 1]
            if not (tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "compound" and not tok.ent_type_):
                break
            if self.roles.is_title_word(tok.text) or tok.lower_ in self.titles:
                break
            start -= 1
        return doc[start : span.end]

    def _strip_titles(self, span: Span) -> Span:
        """ "Public Defender Ketevan Lomidze" -> "Ketevan Lomidze" (the title becomes a role)."""
        start = span.start
        doc = span.doc
        while start < span.end - 1:
            two = f"{doc[start].lower_} {doc[start + 1].lower_}"
            if two in self.titles and start < span.end - 2:
                start += 2
            elif doc[start].lower_ in self.titles or self.roles.is_title_word(doc[start].text):
                start += 1
            else:
                break
        if start > span.start and span.end - start < 2:
            return span
        return doc[start : span.end]

    def _is_place(self, span: Span) -> bool:
        """A PERSON/ORG entity that is a gazetteer place ("Khan Younis", "Nabatieh", "DHAKA")."""
        if self.gazetteer is None or len(span) > 3 or (len(span.text) <= 4 and span.text.isupper()):
            return False  # "PLF": an acronym, not a town
        if span.text in self.countries:
            return True
        if not self.gazetteer.candidates(span.text):
            return False
        before = span.doc[span.start - 1] if span.start > 0 else None
        return not (before is not None and self.roles.is_title_word(before.text))

    def _state_mention(self, span: Span, ent_id: str, actors: list[_Actor], attach: Any) -> None:
        code = ent_id[len("country:") :] if ent_id.startswith("country:") else None
        code = code or self.countries.get(span.text)
        if code is None and self.gazetteer is not None and span.root.dep_ in {"nsubj", "nsubjpass", "agent"}:
            # "Moscow said", "Washington accused": a capital speaking stands for its state
            code = self.gazetteer.capitals.get(fold(span.text))
        if code is None or not _is_participant(span.root):
            return
        index = self._state(actors, code)
        attach(span, index, "name")

    def _looks_like_person(self, span: Span) -> bool:
        """An ORG entity that is a person's name the model misread ("spokeswoman Yekaterina Belova")."""
        words = [t for t in span if not t.is_punct]
        if not 2 <= len(words) <= 4 or any(t.lower_ in ORG_WORDS for t in words):
            return False
        if not all(t.text[:1].isupper() and not t.is_upper for t in words if t.lower_ not in {"al", "bin", "de"}):
            return False
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and self.roles.is_title_word(before.text):
            return True
        for child in span.root.children:
            if child.dep_ in {"appos", "conj"} and (
                self.roles.is_title_word(child.lemma_) or child.ent_type_ == "PERSON"
            ):
                return True  # "Yair Mizrahi, a farmer", "Almazbek Toktogulov and Rustam Saidzoda"
        # "the security chiefs, Almazbek Toktogulov and ...", "the special representative for X, Magnus Lindqvist"
        node = span.root
        for _ in range(4):
            if node.dep_ not in {"appos", "conj", "pobj", "prep"} or node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in {"NOUN", "PROPN"} and self.roles.is_title_word(node.lemma_):
                return True
        return False

    def _not_an_org(self, span: Span) -> bool:
        """Single words the model calls ORG that are title parts or channels ("Interior", "on Telegram")."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if len(span) == 1:
            low = span.text.lower()
            if low in self.titles or low in self.institutions or low in {"interior", "defence", "defense", "caretaker"}:
                return True
            title_next = nxt is not None and (self.roles.is_title_word(nxt.text) or nxt.ent_type_ == "PERSON")
            if title_next and not span.text.isupper():
                return True  # "Interior Minister X": a title word, but "PLF executive committee" is an org
        prep = span.root.head if span.root.dep_ == "pobj" else None
        return prep is not None and prep.lower_ in {"on", "via"}

    def _government_of(self, span: Span) -> str | None:
        """The state an ORG named "(Federal) Government of X" or "X Government" stands for."""
        if span.root.lemma_.lower() != "government":
            return None
        codes = {t.ent_id_.split(":", 1)[1] for t in span if t.ent_id_.startswith(("country:", "demonym:"))}
        return codes.pop() if len(codes) == 1 else None

    def _with_country_prefix(self, span: Span) -> tuple[Span, str | None]:
        """ "Russia's Defence Ministry", "Russian Foreign Ministry": the country joins the name."""
        doc = span.doc
        if not _generic(span):
            return span, None  # "Colombia's National Liberation Army" is not the state's army
        start = span.start
        if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_id_.startswith("country:"):
            return doc[start - 2 : span.end], doc[start - 2].ent_id_.split(":", 1)[1]
        if start >= 1:
            prev = doc[start - 1]
            code = (
                prev.ent_id_.split(":", 1)[1] if prev.ent_id_.startswith("demonym:") else self.demonyms.get(prev.text)
            )
            if code:
                return doc[start - 1 : span.end], code
        return span, None

    def _find_known(self, actors: list[_Actor], known: KnownActor, text: str) -> int:
        if known.kind == "state" and known.country:
            return self._state(actors, known.country)
        for index, actor in enumerate(actors):
            if actor.known is not None and actor.known.name == known.name:
                return index
        actor = _Actor(
            name=text, kind=known.kind, known=known, country=known.country, sector=known.sector, index=len(actors)
        )
        if known.kind == "person":
            # a person from the user's file: later surname mentions join it
            actor.name = known.name if known.name in (text, *known.aliases) else text
        actors.append(actor)
        return len(actors) - 1

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
        actors.append(_Actor(name=text, kind="person", index=len(actors)))
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
        actors.append(_Actor(name=text, kind="organization", index=len(actors)))
        return len(actors) - 1

    # -- institutions and collectives -------------------------------------------------
    def _modifiers(self, token: Token) -> int:
        """Leftmost token of the noun's modifiers ("Egyptian and Qatari mediators")."""
        left = token.i
        for child in token.lefts:
            if child.dep_ in {"amod", "compound", "nmod", "nummod"} or (
                child.dep_ == "poss" and child.ent_id_.startswith("country:")
            ):
                left = min(left, child.left_edge.i)
        doc = token.doc
        # never across a dateline or a parenthesis: "Feb 15 (Wire) - Egyptian and Qatari mediators"
        for i in range(token.i - 1, left - 1, -1):
            tok = doc[i]
            if (
                "\n" in tok.text
                or (tok.is_punct and tok.text not in {"-", "'", "’"})
                or (tok.text == "-" and tok.whitespace_)
            ):
                left = i + 1
                break
        while left < token.i and (doc[left].pos_ in {"DET", "PUNCT", "CCONJ"} or doc[left].tag_ == "POS"):
            left += 1
        return left

    def _span_country(self, span: Span) -> tuple[str | None, set[str]]:
        codes: list[str] = []
        for tok in span:
            if tok.ent_id_.startswith(("demonym:", "country:")):
                codes.append(tok.ent_id_.split(":", 1)[1])
            elif tok.text in self.demonyms:
                codes.append(self.demonyms[tok.text])
        distinct = set(codes)
        return (codes[0] if len(distinct) == 1 else None), distinct

    def _of_country(self, token: Token) -> Token | None:
        """ "the armed forces of Armenia": the country after "of"."""
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_id_.startswith("country:"):
                        return obj
        return None

    def _institution_mentions(
        self, doc: Doc, actors: list[_Actor], attach: Any, token_actor: dict[int, list[int]], credit_spans: list[Any]
    ) -> None:
        for token in doc:
            lemma = token.lemma_.lower()
            if token.i in token_actor or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if any(a <= token.idx < b for a, b in credit_spans):
                continue
            if lemma == "side":
                self._side(token, actors, attach)
                continue
            if lemma not in self.institutions or token.dep_ == "compound" or lemma == "authority":
                continue
            left = self._modifiers(token)
            span = doc[left : token.i + 1]
            code, _ = self._span_country(span)
            of_country = self._of_country(token)
            if of_country is not None and code is None:
                code = of_country.ent_id_.split(":", 1)[1]
                span = doc[left : of_country.i + 1]
            mods = [t for t in span if t.i != token.i and t.dep_ != "case"]
            if not mods and (lemma != "police" or is_reference(token)):
                continue  # "the ministry", "the army": a reference, resolved later
            if not mods:
                # "Riot police fired ... police detained": bare "police" is the police force named last
                earlier = [
                    i for i, a in enumerate(actors) if a.kind == "organization" and a.name.lower().endswith(" police")
                ]
                if earlier:
                    attach(span, earlier[-1], "name")
                    continue
            if any(token_actor.get(t.i) for t in mods if not t.ent_id_.startswith(("country:", "demonym:"))):
                # "Hamas's armed wing", "the Hamas government": the organisation itself
                owner = next(token_actor[t.i] for t in mods if token_actor.get(t.i))
                if actors[owner[0]].kind == "organization":
                    attach(doc[token.i : token.i + 1], owner[0], "description")
                continue
            sector, is_state = self.institutions[lemma]
            if is_state and code is not None:
                attach(span, self._state(actors, code), "name")  # "the Moldovan government"
                continue
            if not _is_participant(token) and token.dep_ not in {"nsubj", "nsubjpass", "pobj", "conj"}:
                continue
            if any(t.lower_ in {"political", "opposition"} for t in mods):
                continue  # "Palestinian political forces" are not armed forces
            if not any(t.text[:1].isupper() or t.ent_id_ for t in mods) and code is None and lemma != "police":
                continue  # "health ministry", "armed forces": needs a country or a proper name
            key = " ".join(t.lemma_.lower() for t in span if not t.ent_id_ and t.tag_ != "POS") + f"|{code}"
            index = next((i for i, a in enumerate(actors) if a.key == key), None)
            if index is None:
                index = self._acronym_owner(actors, span.text)  # "Philippine Coast Guard (PCG)"
                if index is not None:
                    actors[index].country = actors[index].country or code
                    actors[index].key = key
            if index is None:
                name = _uncounted(span).text
                actors.append(_Actor(name=name, kind="organization", country=code, index=len(actors), key=key))
                index = len(actors) - 1
                actors[index].sector = self.profiler.institution_sector(span, sector)
            attach(span, index, "name")

    def _acronym_owner(self, actors: list[_Actor], text: str) -> int | None:
        for index, actor in enumerate(actors):
            if actor.kind == "organization" and actor.known is None and is_acronym_of(actor.name, text):
                actor.aliases.append(actor.name)
                actor.name = text
                return index
        return None

    def _side(self, token: Token, actors: list[_Actor], attach: Any) -> None:
        """ "the Kyrgyz side": the state."""
        span = token.doc[self._modifiers(token) : token.i + 1]
        code, _ = self._span_country(span)
        if (code is not None and is_reference(token)) or (code is not None and len(span) == 2):
            attach(
                token.doc[span.start - 1 if span.start > 0 else span.start : token.i + 1],
                self._state(actors, code),
                "description",
            )

    def _collective_mentions(
        self, doc: Doc, actors: list[_Actor], attach: Any, token_actor: dict[int, list[int]], credit_spans: list[Any]
    ) -> None:
        for token in doc:
            if token.i in token_actor or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if any(a <= token.idx < b for a, b in credit_spans):
                continue  # "(Meridian Press)": the outlet's credit
            lemma = token.lemma_.lower()
            kind = self.collective.get(lemma)
            if kind is None or (lemma in self.institutions and lemma != "authority"):
                continue
            if token.dep_ == "compound" or not (
                _is_participant(token) or (token.dep_ == "pobj" and token.head.lower_ in RECIPIENT_PREPS)
            ):
                continue
            if lemma in self.lexicon.plural_collectives and (token.tag_ not in {"NNS", "NNPS"} or is_reference(token)):
                continue  # "the special representative": one person; "the two leaders": named before
            if lemma in self.lexicon.modified_collectives and not _described(token):
                continue  # "people" alone is no actor; "displaced people" is
            if kind == "group" and not _speaks_or_acts(token):
                continue  # "relatives", "12 soldiers were killed": mentioned, not acting
            if lemma in self.lexicon.not_actor_nouns and token.dep_ in {"dobj", "dative", "pobj"}:
                continue  # "told reporters"
            if (token.dep_ == "appos" and token.head.ent_type_ == "PERSON") or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children
            ):
                continue  # a description of a named person
            left = self._modifiers(token)
            named = self._named_neighbour(token, actors, token_actor)
            if named is not None:
                # "Syrian state news agency SANA", "the Archive, an independent monitor,": a description
                attach(doc[left : token.i + 1], named, "description")
                continue
            owner = next((token_actor[t.i][0] for t in doc[left : token.i] if token_actor.get(t.i)), None)
            if owner is not None and actors[owner].kind == "organization":
                attach(doc[token.i : token.i + 1], owner, "description")  # "Hamas fighters"
                continue
            if is_reference(token) and left == token.i:
                continue  # "the officials": a reference, not a new actor
            end = self._right_extent(token)
            span = doc[left:end]
            singular = token.tag_ in {"NN", "NNP"} and kind != "media" and lemma not in {"police", "authority"}
            if singular and not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the", "one"} for c in token.lefts):
                if not any(c.dep_ in {"amod", "compound"} for c in token.lefts):
                    continue
            if lemma == "authority":
                kind = "group"
            name = _uncounted(span).text
            index = next(
                (
                    i
                    for i, a in enumerate(actors)
                    if a.kind in {"media", "group", "person"} and fold(a.name) == fold(name)
                ),
                None,
            )
            if index is None:
                actor = _Actor(name=name, kind="person" if singular else kind, index=len(actors))
                code, seen = self._span_country(span)
                actor.country = code
                actor.countries_seen = seen
                actor.sector = self.profiler.group_sector(span, token, kind)
                if singular:
                    self.roles.add_role(actor, token.text, None)
                actors.append(actor)
                index = len(actors) - 1
            attach(span, index, "name")

    def _named_neighbour(self, token: Token, actors: list[_Actor], token_actor: dict[int, list[int]]) -> int | None:
        """The organisation a description names: the name right after it or its apposition."""
        doc = token.doc
        candidates = [token.i + 1] if token.i + 1 < len(doc) else []
        candidates += [c.i for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            candidates.append(token.head.i)
        for i in candidates:
            owners = token_actor.get(i)
            if owners and actors[owners[0]].kind in {"organization", "media"}:
                return owners[0]
        return None

    def _right_extent(self, token: Token) -> int:
        """ "Relatives of the hostages", "Workers at the Rumaila oil field": a short of/at phrase."""
        end = token.i + 1
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at"} and prep.i == end:
                sub = list(prep.subtree)
                if len(sub) <= 6 and not any(t.pos_ in {"VERB", "PUNCT"} for t in sub):
                    end = sub[-1].i + 1
        return end

    # -- annotate --------------------------------------------------------------------
    def _annotate(self, doc: Doc, actor: _Actor, actors: list[_Actor], token_actor: dict[int, list[int]]) -> None:
        if actor.kind != "person":
            if actor.known is None and actor.kind == "organization":
                self.profiler.org_attributes(actor)
            return

        def actor_at(i: int) -> int | None:
            owners = token_actor.get(i)
            return owners[0] if owners else None

        def describe(span: Span) -> None:
            actor.add_mention(span, "description")
            for tok in span:
                token_actor.setdefault(tok.i, [actor.index])  # names inside keep their own actor

        for start, end in list(actor.names):
            name = doc[start:end]
            self.roles.title_before(doc, start, actor, actor_at)
            self.roles.apposition(doc, name, actor, actor_at, describe)
            self.roles.relative_role(name.root, actor, actor_at)
        if actor.names:
            self._spokesperson_of(doc, actor, actors, token_actor)

    def _spokesperson_of(
        self, doc: Doc, actor: _Actor, actors: list[_Actor], token_actor: dict[int, list[int]]
    ) -> None:
        """ "Islamic Jihad denied it. '...,' spokesman Tariq Salameh said": the body just named."""
        role = next((r for r in actor.roles if r["of"] is None and r["title"].startswith("spokes")), None)
        if role is None:
            return
        start = actor.names[0][0]
        sent = doc[start].sent
        floor = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(start - 1, floor - 1, -1):
            owners = token_actor.get(i)
            if owners and actors[owners[0]].kind in {"organization", "state"}:
                role["of"] = owners[0]
                return
