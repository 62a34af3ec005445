"""Noise filters for actor names: bylines, credits and the dateline's agency; unknown
places read as names ("near Koroszczyn", a bridge); title words and channels read as
organisations; organisations that are a misread person's name.

`NameFilters` is mixed into the actor resolver (`nlp/actors.py`), which provides the
lexicon, gazetteer and role reader it consults.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Span

from newsgraph.nlp.actor_model import ActorWords
from newsgraph.nlp.names import fold
from newsgraph.nlp.roles import RoleReader

LOGGER = logging.getLogger(__name__)

# "By Hiba Osman", "Reporting by Eric Mwamba in Goma", "Editing by ...": credits, not actors.
CREDIT_LINE = re.compile(
    r"^[ \t]*(?:By|(?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by|Photo:?)\b[^\n]*$", re.MULTILINE
)
# "CHISINAU, Feb 10 (Danube Wire) -": the outlet in the dateline's parentheses; a dash follows it or
# a place in capitals opens the line ("The National Electoral Council (CNE) said" is no dateline; nor
# is "BOGOTA — Colombia's National Liberation Army (ELN)": the dash closed the dateline).
DATELINE_AGENCY = re.compile(
    r"^(?:[^\n(]{2,60}\([^)\n]{2,40}\)(?=[ \t]*[-\u2013\u2014:])|[^\n(]{0,20}\b[A-Z]{3,}\b(?:(?![ \t]-[ \t])[^\n(\u2013\u2014]){0,40}\([^)\n]{2,40}\))",
    re.MULTILINE,
)
# Places: prepositions whose object is a location, not an actor, when the name is unknown.
PLACE_PREPS = {"in", "at", "near", "into", "inside", "outside", "around", "across", "toward", "towards"}
# Words inside an ORG entity that show it is an organisation, not a misread person name.
# Lower-case words that join an organisation word to the rest of its name ("Commission on Human Rights").
NAME_JOINERS = frozenset({"of", "for", "on", "against", "de", "du", "des", "del", "da", "do"})
ORG_WORDS = {
    "ministry", "army", "force", "forces", "agency", "party", "council", "association", "service",
    "news", "radio", "press", "committee", "front", "movement", "guard", "union", "bank", "group",
    "company", "court", "office", "commission", "church", "university", "hospital", "institute",
    "brigades", "brigade", "organisation", "organization", "tv", "television", "times", "post",
    "league", "alliance", "centre", "center", "foundation", "network", "corporation", "police",
    "government", "observatory", "mission", "watch", "fund", "authority", "administration", "command",
}  # fmt: skip


# "... on patrol near Gao / AFP": the agency that closes a photo credit.
CREDIT_AGENCY = re.compile(r"/\s*([^/\n]{2,40}?)\s*$", re.MULTILINE)
# Words that end an outlet's name ("Tigris Newsroom", "Meridian Press", "Harbour Wire").
OUTLET_WORDS = {
    "press", "news", "newsroom", "wire", "times", "post", "radio", "tv", "television", "agency", "herald",
    "tribune", "gazette", "journal", "daily", "dispatch", "chronicle", "monitor", "observer", "telegraph",
}  # fmt: skip
TELL_LEMMAS = {"tell", "say", "speak", "give"}
# Lower-case words that belong inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = {
    "al", "el", "bin", "ibn", "abu", "bint", "de", "da", "das", "dos", "du", "del", "della", "di", "van",
    "von", "der", "den", "la", "le", "ter", "ben", "y",
}  # fmt: skip


def find_outlets(text: str) -> set[str]:
    """Folded names of the outlets the article credits: the dateline's agency and the agency
    closing a photo credit."""
    outlets: set[str] = set()
    head = DATELINE_AGENCY.search(text[:300])
    if head is not None:
        outlets.add(fold(head.group(0)[head.group(0).rindex("(") + 1 : -1]))
    for line in CREDIT_LINE.finditer(text):
        agency = CREDIT_AGENCY.search(line.group(0))
        if agency is not None:
            outlets.add(fold(agency.group(1)))
    return outlets


def is_outlet_audience(span: Span, outlets: set[str]) -> bool:
    """ "told Desert Line", "said in an interview with Tigris Newsroom": an outlet the article
    credits, or one named as such, as the audience of a statement is the channel, not an actor."""
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass", "agent"}:
        return False  # "Al-Akhbar reported that ...": a source
    credited = fold(span.text) in outlets
    looks_like_outlet = span[-1].lower_ in OUTLET_WORDS
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    audience = root.dep_ in {"dobj", "dative", "pobj"} and (
        head.lemma_.lower() in TELL_LEMMAS or head.lemma_.lower() in {"interview", "statement", "comment"}
    )
    return credited or (audience and looks_like_outlet)


def find_credit_spans(text: str, dateline: dict[str, Any] | None) -> list[tuple[int, int]]:
    """Character spans of bylines, reporting credits and the agency in the dateline: no actors there."""
    spans = [(m.start(), m.end()) for m in CREDIT_LINE.finditer(text)]
    if dateline is not None:
        spans.append((dateline["start"], dateline["end"]))
    head = DATELINE_AGENCY.search(text[:300])
    if head is not None:
        spans.append((head.start(), head.end()))
    return spans


def name_after_description(span: Span) -> tuple[Span, Span | None]:
    """ "[Foreign Ministry] Yelena Sorokina", "[Wednesday spokesperson of the ministry] Lin Haoyu":
    a person's name the model ran together with the words before it (translated word order).
    Returns the name and the words cut from its front (or None)."""
    cut = None
    plain = False  # a lower-case word or a date: surely no part of a name
    for tok in span[:-1]:
        low = tok.lower_
        if (tok.is_lower and low not in NAME_PARTICLES) or tok.ent_type_ == "DATE":
            cut, plain = tok.i, True
        elif low in ORG_WORDS:
            cut = tok.i
    if cut is None or (not plain and cut == span.start):
        return span, None  # "Radio Tele Metropole": one organisation word alone may open a name
    if span.doc[cut].lower_ in {"of", "for"}:
        return span, None  # "Government of National Unity", "Council for Peace": one name
    if span.doc[cut].lower_ in NAME_JOINERS and cut > span.start and span.doc[cut - 1].lower_ in ORG_WORDS:
        return span, None  # "Commission on Human Rights": an organisation word, a joiner, its subject
    rest = span.doc[cut + 1 : span.end]
    if not 2 <= len(rest) <= 4 or not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_WORDS for t in rest):
        return span, None
    return rest, span.doc[span.start : cut + 1]


class NameFilters:
    """Checks on a named entity before it becomes an actor."""

    gazetteer: Any
    titles: dict[str, str | None]
    institutions: dict[str, tuple[str | None, bool]]
    collective: dict[str, str]
    countries: dict[str, str]
    roles: RoleReader
    words: ActorWords

    def _in_place_phrase(self, span: Span) -> bool:
        """ "in Ansongo", "near Koroszczyn": an unknown name after a place preposition is a place;
        "Riot police": a capitalised word before an institution noun is no name."""
        root = span.root
        org_word = any(t.lower_ in ORG_WORDS for t in span)
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS and not org_word:
            return True
        if root.dep_ == "conj" and not org_word and root.head.pos_ == "PROPN":
            first = root.head  # "fled towards Hinche and Lascahobas": a place joined to a place
            if first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS:
                return True
        if not org_word and self._named_place(span):
            return True
        if len(span) == 1 and span.end < len(span.doc):
            nxt = span.doc[span.end]
            return nxt.lemma_.lower() in self.institutions or nxt.lemma_.lower() in self.collective
        return False

    def _named_place(self, span: Span) -> bool:
        """ "the village of Khnatsakh", "the outskirts of Sarmin", "the Gazela bridge", "Syunik
        province": a name that a place noun introduces or completes."""
        root = span.root
        place_nouns = self.words.place_nouns
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in place_nouns:
            return True
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        return (
            nxt is not None
            and nxt.lemma_.lower() in place_nouns
            and root.head.i == nxt.i
            and root.dep_ in {"compound", "amod", "nmod"}
        )

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
