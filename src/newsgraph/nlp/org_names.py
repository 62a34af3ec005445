"""Organisation names longer than the entities the model found.

- "United Kingdom Maritime Trade Operations (UKMTO)": capitalised words that a parenthesised
  short form spells are one organisation, whatever entities the model cut them into;
- "United Nations human rights office", "the Nepal Red Cross Society", "Amnesty Kenya": a
  name modifying a body word (or a country: a national section) names that body.

Used by the actor resolver (`nlp/actors.py`) before the entities are read one by one.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from newsgraph.nlp.actor_model import Actor, opens_clause, trim_name
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
    office = _office_of(span, head)
    if office is not None:
        return office
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


def _office_of(span: Span, holder: Any) -> Span | None:
    """ "the office of the UN envoy", "the secretariat of the AU commissioner": a body word, "of"
    and an office holder named by an organisation's name: the holder's body, of its own."""
    doc = span.doc
    prep = holder.head
    if holder.dep_ != "pobj" or holder.tag_ != "NN" or not holder.is_lower or prep.lower_ != "of":
        return None
    body = prep.head
    if body.lower_ not in BODY_WORDS or body.tag_ != "NN" or not 0 < span.start - body.i <= 4:
        return None
    if any(t.is_punct or "\n" in t.whitespace_ for t in doc[body.i : holder.i]):
        return None
    return doc[body.i : holder.i + 1]


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


# Lower-case words inside an organisation's capitalised name ("Commission on Human Rights",
# "Fondation Sahel Santé", "Movimiento de los Sin Tierra").
RUN_JOINERS = frozenset({"of", "on", "for", "de", "du", "des", "del", "la", "las", "los", "da", "do", "dos"})
# Entity labels a capitalised organisation name may have been cut into by the model.
RUN_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", ""})


@functools.lru_cache(maxsize=8)
def _word_ids(words: frozenset[str]) -> numpy.ndarray:
    """The string hashes of lower-case words, to find them in a doc's LOWER column."""
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _capitalised(tok: Any) -> bool:
    return (tok.is_title or tok.is_upper or tok.text[:1].isupper()) and tok.is_alpha


def _run_left(doc: Doc, end: int, floor: int) -> int:
    """Start of the capitalised run (joiners inside it) that ends at token `end` - 1; a word
    capitalised only because it opens the sentence ("Members of ...") is no part of it."""
    start = end - 1
    while start > floor and not doc[start].is_sent_start:
        tok = doc[start - 1]
        if "\n" in tok.whitespace_:
            break
        if tok.lower_ in RUN_JOINERS and start - 2 >= floor and _capitalised(doc[start - 2]) and not tok.is_sent_start:
            if "\n" in doc[start - 2].whitespace_ or (opens_clause(doc[start - 2]) and not doc[start - 2].ent_type_):
                break
            start -= 2
            continue
        if not _capitalised(tok) or (opens_clause(tok) and tok.pos_ != "PROPN" and not tok.ent_type_):
            break
        start -= 1
    return start


def org_word_runs(doc: Doc, ends: frozenset[str], openers: frozenset[str], keep: Callable[[Span], bool]) -> list[Span]:
    """ "Free Papua Movement" (cut into "the Free" and "Papua"), "Zhong Yu Ocean Fishing" (read as
    a person), "Fondation Sahel Santé": a capitalised run that ends in an organisation word (or,
    in French, Spanish or Portuguese, opens with one) is one organisation's name, whatever
    entities the model cut it into or took it for. Returned only where the model's entities do
    not already give that name (one ORG entity) and none runs past it; `keep` vets each run."""
    found: list[Span] = []
    taken = -1
    if not len(doc):
        return found
    lowers = doc.to_array([LOWER]).reshape(-1)
    ents: tuple[Span, ...] = ()
    for i in numpy.flatnonzero(numpy.isin(lowers, _word_ids(ends | openers))):
        tok = doc[int(i)]
        low = tok.lower_
        if tok.i < taken or not _capitalised(tok):
            continue
        if low in ends and (tok.i + 1 >= len(doc) or not _capitalised(doc[tok.i + 1])):
            end = tok.i + 1
            start = _run_left(doc, end, max(end - 12, 0))
        elif low in openers:
            start = end = tok.i
            while end + 1 < len(doc) and "\n" not in doc[end].whitespace_:
                nxt = doc[end + 1]
                if _capitalised(nxt):
                    end += 1
                elif nxt.lower_ in RUN_JOINERS and end + 2 < len(doc) and _capitalised(doc[end + 2]):
                    end += 2
                else:
                    break
            end += 1
        else:
            continue
        while start < end and (doc[start].lower_ in RUN_JOINERS or doc[start].lower_ == "the"):
            start += 1
        if end - start < 2:
            continue
        span = doc[start:end]
        ents = ents or tuple(doc.ents)  # built once, at the first run found
        if any(t.ent_type_ not in RUN_LABELS or t.ent_id_.startswith(("country:", "demonym:", "org:")) for t in span):
            continue
        if not _model_missed(span, ents) or not keep(span):
            continue
        found.append(span)
        taken = end
    return found


def _model_missed(span: Span, ents: tuple[Span, ...]) -> bool:
    """The run is not one ORG entity already, and no entity inside it runs past it."""
    doc = span.doc
    for ent in ents:
        if ent.end <= span.start or ent.start >= span.end:
            continue
        first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if first < span.start or ent.end > span.end:
            return False
        if ent.label_ == "ORG" and first == span.start and ent.end == span.end:
            return False
    return True


def repaired_names(
    doc: Doc, actors: list[Actor], attach: Any, org: Callable[[list[Actor], str], int], resolver: Any, taken: set[int]
) -> None:
    """Organisations from `org_word_runs` become actors of their own; their tokens join `taken`
    (so the entities the model cut them into make no actor). Runs with a title inside ("Army
    chief"), or with no entity at all that end in an institution noun ("Defence Ministry": found
    with the institutions, with their country), are left alone."""
    words = resolver.words

    def keep(span: Span) -> bool:
        if any(t.i in taken or t.lower_ in resolver.titles or resolver.roles.is_title_word(t.text) for t in span):
            return False
        return any(t.ent_type_ for t in span) or span[-1].lemma_.lower() not in resolver.institutions

    for span in org_word_runs(doc, words.org_name_ends, words.org_name_openers, keep):
        index = org(actors, span.text)
        attach(span, index, "name")
        taken.update(range(span.start, span.end))
