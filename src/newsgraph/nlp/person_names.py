"""Person names the model cut short or missed, repaired from the parse and the words around
them: a family name left out ("[Milica Jovanović] Pavlović"), a name after a title that ends
in "of" + a country ("Minister of Foreign Affairs of Serbia Marko Đurić").

Used by the actor resolver (`nlp/actors.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Doc, Span

from newsgraph.nlp.extensions import indexes_where

LOGGER = logging.getLogger(__name__)


def with_family_names(span: Span) -> Span:
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


def names_after_titled_country(doc: Doc, is_title: Callable[[str], bool]) -> list[tuple[Span, Span]]:
    """ "Minister of Foreign Affairs of Serbia Marko Đurić met ...": two or three capitalised
    words the model tagged as nothing, right after a country that closes a title phrase ("a
    title word ... of <country>"), are the title holder's name (translated word order). Returns (name,
    title) pairs."""
    found: list[tuple[Span, Span]] = []
    for i in indexes_where(doc, lower="of"):
        start = i + 1
        if start >= len(doc) or doc[start].ent_iob_ != "B" or not doc[start].ent_id_.startswith("country:"):
            continue
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        country_end = end
        while end < len(doc) and end < country_end + 3:
            tok = doc[end]
            if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or "\n" in doc[end - 1].whitespace_:
                break
            end += 1
        if not 2 <= end - country_end <= 3 or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        floor = max(i - 7, 0)
        while floor < i and any(t.is_sent_start for t in doc[floor + 1 : i]):
            floor += 1  # the title phrase stays inside the name's sentence
        first = next((t.i for t in doc[floor:i] if t.is_title and is_title(t.text)), None)
        if first is not None:
            found.append((doc[country_end:end], doc[first:i]))  # the title without "of Serbia"
    return found
