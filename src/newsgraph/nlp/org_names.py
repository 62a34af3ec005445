"""Organisation names longer than the entities the model found.

- "United Kingdom Maritime Trade Operations (UKMTO)": capitalised words that a parenthesised
  short form spells are one organisation, whatever entities the model cut them into;
- "United Nations human rights office", "the Nepal Red Cross Society", "Amnesty Kenya": a
  name modifying a body word (or a country: a national section) names that body.

Used by the actor resolver (`nlp/actors.py`) before the entities are read one by one.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span

from newsgraph.nlp.actor_model import Actor, trim_name
from newsgraph.nlp.extensions import indexes_where, text_of
from newsgraph.nlp.names import is_acronym_of
from newsgraph.nlp.noise import ORG_WORDS

LOGGER = logging.getLogger(__name__)

# Lower-case words inside a name that a parenthesised short form may spell or skip.
SPELL_JOINERS = {"of", "for", "and", "in", "on", "&", "de", "the"}
# Bodies an organisation's name may modify ("UN refugee agency", "Red Cross Society").
BODY_WORDS = {
    "office", "agency", "mission", "society", "commission", "committee", "secretariat", "branch",
    "chapter", "section", "bureau", "division", "department",
}  # fmt: skip


def in_text_order(actors: list[Actor], token_actor: dict[int, list[int]]) -> None:
    """Sort actors by their first mention and renumber `token_actor` to match."""
    order = sorted(range(len(actors)), key=lambda i: min((m[0] for m in actors[i].mentions), default=1 << 30))
    new_index = {old: new for new, old in enumerate(order)}
    actors[:] = [actors[i] for i in order]
    for tok, owners in token_actor.items():
        token_actor[tok] = [new_index[o] for o in owners]


def body_of(span: Span) -> Span | None:
    """ "[United Nations] human rights office", "the Nepal [Red Cross] Society", "[Amnesty] Kenya":
    an organisation's name used as a modifier of a body word (or of a country: a national
    section) names that body, an organisation of its own; None when the name stands alone."""
    doc = span.doc
    last = span[-1]
    head = last.head
    if last.dep_ not in {"compound", "nmod", "amod"} or not span.end <= head.i <= span.end + 3:
        return None
    if head.ent_id_.startswith("country:"):
        if head.i != span.end or not span.root.ent_id_.startswith("org:") or head.ent_iob_ != "B":
            return None  # "Amnesty Kenya": only a known body, right before a one-word country
        if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
            return None
    elif head.tag_ not in {"NN", "NNP"} or head.lower_ not in BODY_WORDS:
        return None
    if head.dep_ in {"compound", "nmod"}:
        return None  # "PLF executive committee chairman": a title, the body named is the PLF's
    if any(c.dep_ in {"det", "nummod"} and c.lower_ not in {"the", "this"} for c in head.lefts):
        return None  # "set fire to a CNE office": a building, not a body
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and (after.ent_type_ or (after.pos_ == "PROPN" and not after.is_lower)):
        return None  # "the African Union mission AUSSOM": the name that follows is the body's
    between = doc[span.end : head.i]
    if any(t.is_punct or t.ent_type_ or t.dep_ not in {"compound", "amod", "nmod"} for t in between):
        return None
    if any("\n" in t.whitespace_ for t in doc[span.start : head.i]):
        return None
    start = span.start
    if head.is_title:  # a proper name: capitalised words before it belong to it ("the Nepal Red Cross Society")
        while start > 0 and start > span.start - 3:
            tok = doc[start - 1]
            if "\n" in tok.whitespace_ or not (tok.is_title or tok.is_upper) or tok.dep_ != "compound":
                break
            if not start <= tok.head.i <= head.i or tok.lower_ in SPELL_JOINERS:
                break
            start -= 1
    return doc[start : head.i + 1]


def spelled_names(doc: Doc, actors: list[Actor], attach: Any, org: Callable[[list[Actor], str], int]) -> set[int]:
    """ "United Kingdom Maritime Trade Operations (UKMTO)", "UN Support Mission in Libya
    (UNSMIL)": capitalised words followed by a parenthesised short form they spell are one
    organisation, the short form its alias, whatever entities the model cut the words into.
    Returns the tokens taken. A name the model tagged whole is left to `_named_mention`."""
    taken: set[int] = set()
    whole = {(e.start, e.end) for e in doc.ents if e.label_ == "ORG"}
    opens = indexes_where(doc, lower="(") if "(" in text_of(doc) else []
    for i in (k + 1 for k in opens if 2 <= k + 1 < len(doc) - 1):
        short = doc[i]
        if doc[i + 1].text != ")" or not short.text.isupper() or len(short.text) < 3:
            continue
        end = i - 1
        found = None
        for start in range(end - 1, max(end - 11, -1), -1):
            tok = doc[start]
            if "\n" in tok.whitespace_ or not (tok.is_title or tok.is_upper or tok.lower_ in SPELL_JOINERS):
                break
            if tok.lower_ in SPELL_JOINERS:
                continue
            long = doc[start:end]
            if is_acronym_of(short.text, long.text) or "".join(t.text[0] for t in long).upper() == short.text:
                found = long
        if found is None or (found.start, found.end) in whole or len(found) < 2:
            continue
        if any(t.i in taken for t in found) or any(t.ent_type_ == "PERSON" for t in found):
            continue
        index = org(actors, found.text)
        attach(found, index, "name")
        attach(doc[i : i + 1], index, "name")
        taken.update(range(found.start, i + 1))
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        longer = body_of(trim_name(ent))
        if longer is None or any(t.i in taken or t.ent_type_ == "PERSON" for t in longer):
            continue
        index = org(actors, longer.text)
        attach(longer, index, "name")
        taken.update(range(longer.start, longer.end))
    return taken


def place_prefixed_names(doc: Doc) -> dict[int, Span]:
    """ "[South Sudan] [People's Defence Forces]", "[West Papua] [National Liberation Army]": a
    place run into an organisation's name that the parse reads as part of it names another body
    than the shorter name alone. Keyed by the organisation's start (the place's end)."""
    found: dict[int, Span] = {}
    ents = doc.ents
    for place, org in itertools.pairwise(ents):
        if place.label_ not in {"GPE", "LOC"} or org.label_ != "ORG" or place.end != org.start:
            continue
        last = doc[place.end - 1]
        if last.dep_ != "compound" or not org.start <= last.head.i < org.end or "\n" in last.whitespace_:
            continue
        if not all(t.is_title or t.is_upper for t in place):
            continue
        joined = Span(doc, place.start, org.end, label="ORG")
        found[org.start] = joined
    return found


def organisation_before(span: Span) -> Span | None:
    """ "[Russian Foreign Ministry] Yelena Sorokina": capitalised words ending in an organisation
    word, run into the person's name without a comma (translated word order)."""
    doc = span.doc
    end = span.start
    start = end
    while start > 0 and doc[start - 1].dep_ == "compound" and start - 1 < doc[start - 1].head.i < span.end:
        if not (doc[start - 1].is_title or doc[start - 1].is_upper) or "\n" in doc[start - 1].whitespace_:
            break
        start -= 1
    if start == end or doc[end - 1].lower_ not in ORG_WORDS or any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return None
    return doc[start:end]
