"""Anchoring events in space: the place that belongs to an event (see `anchoring` for the
rules, dates and places alike). The event coder reads `_place_for` and `_story_place`
through `anchoring`.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections import deque
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.nlp.clauses import BACKGROUND_DEPS, CLAUSE_DEPS, _participle, _sharing_chain, _verbal
from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)

LOCATIVE = frozenset({"in", "at", "near", "on", "outside", "inside", "across", "into", "around", "along", "over", "to"})
# prepositions that place an event only when they hang on a verb: "sent troops to Batken",
# not "ambassador to Ukraine" or "the road to Umm Qasr"
VERB_ONLY_PREPS = frozenset({"to", "into"})
# prepositions that follow a line (a border, a front, a river): a place on it is more precise
LINE_PREPS = frozenset({"across", "along", "over"})
# "blocked the road to X": the place a road leads to is not where the blocking happens
PATH_NOUNS = frozenset({"road", "highway", "route", "corridor", "path", "motorway", "railway", "access", "flight"})
# "south of Kos", "west of Goma": a direction from a place puts the event at that place
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"})
# "into the city", "in the town": the settlement the story last named
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "camp"})
_NO_PLACES: list[dict[str, Any]] = []  # read only: the place list of a caller that gives none


def _place_in(token: Token, token_place: dict[int, int], depth: int = 0) -> int | None:
    """A place named by a noun phrase: itself, a compound, "the city of X", a conjunct."""
    if token.i in token_place:
        return token_place[token.i]
    for child in token.children:
        if child.dep_ in {"compound", "appos", "conj"} and child.i in token_place:
            return token_place[child.i]
    if depth < 2:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "in", "near"}:
                for obj in child.children:
                    found = _place_in(obj, token_place, depth + 1)
                    if found is not None:
                        return found
    return None


def _locative_place(prep: Token, token_place: dict[int, int], places: list[dict[str, Any]]) -> int | None:
    if prep.lower_ not in LOCATIVE or (prep.lower_ in VERB_ONLY_PREPS and not _verbal(prep.head)):
        return None
    for obj in prep.children:
        if obj.dep_ == "pobj":
            if prep.lower_ in LINE_PREPS:
                # "fire across the Line of Control in the Poonch sector": the line runs through
                # many places, the event is at the one the text names on it
                inner = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"in", "near", "at"}]
                for found in (_place_in(o, token_place) for c in inner for o in c.children if o.dep_ == "pobj"):
                    if found is not None:
                        return found
            found = _place_in(obj, token_place)
            if found is None and obj.lemma_ in SETTLEMENT_NOUNS:
                found = _settlement_named_before(obj, token_place, places)
            if found is not None:
                return found
    return None


def _destination_of_noun(token: Token) -> bool:
    """ "the road to Umm Qasr", "flights to Moscow", "ambassador to Ukraine": a place named as
    where a thing leads, not where anything happens."""
    node = token
    for _ in range(4):
        if node.dep_ not in {"compound", "amod", "nmod", "flat"} or node.head.i == node.i:
            break
        node = node.head
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ in {"toward", "towards"}:
        return True  # "pulled out towards the river": where they headed, not where it happened
    return node.dep_ == "pobj" and prep.lower_ in VERB_ONLY_PREPS and _leads_away(prep)


def _leads_away(prep: Token) -> bool:
    """A "to" that names where a thing leads: on a noun ("the road to X"), or on a verb whose
    object is a road ("blocked the road to X", the parser's usual attachment). The blocking
    itself is placed there by its own clause; other events of the sentence are not."""
    head = prep.head
    if not _verbal(head):
        return True
    return any(c.dep_ == "dobj" and c.lemma_ in PATH_NOUNS for c in head.children)


def _settlement_named_before(noun: Token, token_place: dict[int, int], places: list[dict[str, Any]]) -> int | None:
    """ "into the city": the last town or site named before it, when the noun has no name of its own."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or not places:
        return None
    if any(c.dep_ in {"prep", "compound", "amod", "relcl", "acl"} for c in noun.children):
        return None  # "the city of X" is handled by its name; "the border town" may be another one
    for i in range(noun.i - 1, -1, -1):
        index = token_place.get(i)
        if index is not None and index < len(places) and places[index].get("resolution") in {"city", "site"}:
            if _destination_of_noun(noun.doc[i]):
                continue  # "blocked the road to Umm Qasr ... across the city": not that one
            return index
    return None


def _clause_place(
    start: Token, token_place: dict[int, int], skip: set[int], places: list[dict[str, Any]]
) -> int | None:
    """Breadth first through `start`'s phrase, not into other clauses: the nearest locative
    phrase ("in X", "near the town of X") or place object ("visited Moscow")."""
    queue: deque[Token] = deque([start])
    seen = set(skip)
    nominal_start = not _verbal(start)
    while queue:
        node = queue.popleft()
        at_start = node.i == start.i
        for child in node.children:
            if child.i in seen:
                continue
            dep = child.dep_  # read once: each read of a string attribute looks it up again
            if dep in CLAUSE_DEPS and _verbal(child):
                # a noun trigger's own relative clause tells where it happened ("talks that opened in Cairo")
                describes = at_start and nominal_start and dep in BACKGROUND_DEPS
                if not (describes or _participle(child)):  # "killing 12 in X", "a plane carrying aid to X"
                    continue
            seen.add(child.i)
            if dep in {"prep", "dative"}:  # "carrying tents to Kabul" parses "to" as dative
                found = _locative_place(child, token_place, places)
                if found is not None:
                    return found
            elif dep in {"advmod", "npadvmod", "pobj", "dobj"} and child.lemma_ in COMPASS:
                found = _place_in(child, token_place)
                if found is not None:
                    return found
            elif dep in {"dobj", "npadvmod"} and _verbal(node):
                # "visited Moscow", "attacked the headquarters of the district of Macomia"
                found = _place_in(child, token_place)
                if found is not None:
                    return found
            queue.append(child)
    return None


def _place_for(
    trigger: Token,
    token_place: dict[int, int],
    *,
    dateline_end: int = -1,
    places: list[dict[str, Any]] | None = None,
) -> int | None:
    """The place tied to the event: its own phrase, its clause, the clauses it shares its
    place with; else the sentence's one place outside relative clauses and the dateline, where
    a country gives way to a town of it that the sentence or the dateline names."""
    known = places if places is not None else _NO_PLACES
    found = _clause_place(trigger, token_place, set(), known)
    if found is None:
        skip = {trigger.i}
        for clause in _sharing_chain(trigger):
            if clause.i not in skip:
                found = _clause_place(clause, token_place, skip, known)
                if found is not None:
                    break
                skip.add(clause.i)
    if found is not None:
        return found  # "who in Iran was sentenced": the text's own words, even a country
    found = _sentence_place(trigger, token_place, dateline_end, known)
    if found is not None and found < len(known) and known[found].get("resolution") == "country":
        return _town_of(found, trigger, token_place, dateline_end, known)
    return found


def _town_of(
    country: int, trigger: Token, token_place: dict[int, int], dateline_end: int, places: list[dict[str, Any]]
) -> int:
    """ "stormed Kenya's parliament" in a story filed from NAIROBI: the town of that country the
    sentence names (nearest the trigger), else the dateline's; else the country itself."""
    code = places[country].get("country")
    doc = trigger.doc
    sent = trigger.sent
    towns = [
        (abs(i - trigger.i), index)
        for i, index in token_place.items()
        if index < len(places)
        and places[index].get("country") == code
        and places[index].get("resolution") in {"city", "site"}
        and (sent.start <= i < sent.end or doc[i].idx < dateline_end)
    ]
    return min(towns)[1] if code and towns else country


def _sentence_place(
    trigger: Token, token_place: dict[int, int], dateline_end: int, places: list[dict[str, Any]]
) -> int | None:
    sent = trigger.sent
    cache = _doc_places(trigger.doc, token_place, dateline_end, places)
    if sent.start not in cache.sentences:
        cache.sentences[sent.start] = _one_place_of(sent, cache.sorted_tokens, token_place, dateline_end, places)
    return cache.sentences[sent.start]


def _one_place_of(
    sent: SpacySpan,
    place_tokens: list[int],
    token_place: dict[int, int],
    dateline_end: int,
    places: list[dict[str, Any]],
) -> int | None:
    """The sentence's one place outside relative clauses and the dateline (a town wins over
    the country around it); `place_tokens`: the indexes of `token_place`, sorted."""
    doc = sent.doc
    outside: dict[int, list[Token]] = {}
    for i in place_tokens[bisect_left(place_tokens, sent.start) : bisect_left(place_tokens, sent.end)]:
        t = doc[i]
        if t.idx < dateline_end or _destination_of_noun(t):
            continue
        if any(a.dep_ in {"relcl", "acl", "appos"} for a in t.ancestors):
            continue
        outside.setdefault(token_place[t.i], []).append(t)
    if len(outside) == 1:
        return next(iter(outside))
    # "near Saraqeb in northwest Syria": a place and the country around it are one place
    towns = [p for p in outside if not _is_country(p, outside[p], places)]
    if len(towns) == 1 and len(outside) > 1:
        return towns[0]
    return None


def _is_country(index: int, tokens: list[Token], places: list[dict[str, Any]]) -> bool:
    if index < len(places):
        return bool(places[index].get("resolution") in {"country", "continent"})
    return any(t.ent_id_.startswith("country:") for t in tokens)


def _story_place(
    trigger: Token, token_place: dict[int, int], *, dateline_end: int = -1, places: list[dict[str, Any]] | None = None
) -> int | None:
    """For an event on the ground that names no place: the place its paragraph last put an
    event in before it, else the place of the story's lead (a town or site, not a country)."""
    doc = trigger.doc
    known = places if places is not None else _NO_PLACES
    cache = _doc_places(doc, token_place, dateline_end, known)
    if cache.usable is None:
        cache.usable = _usable_story_places(doc, cache.sorted_tokens, token_place, dateline_end, known)
    candidates = cache.usable
    text = text_of(doc)
    paragraph_start = max(text.rfind("\n", 0, trigger.idx), dateline_end)
    sent_start = trigger.sent.start
    before = [t for t in candidates if t.i < sent_start and t.idx > paragraph_start]
    if before:
        return token_place[before[-1].i]
    lead_end = text.find("\n", max(dateline_end, 0))
    lead = next((t for t in candidates if t.idx > dateline_end and (lead_end < 0 or t.idx < lead_end)), None)
    return token_place[lead.i] if lead is not None and lead.i < trigger.i else None


def _usable_story_places(
    doc: Doc, place_tokens: list[int], token_place: dict[int, int], dateline_end: int, known: list[dict[str, Any]]
) -> list[Token]:
    """The place tokens, in text order, that can place the story: a town or site after a
    locative preposition, outside the dateline, relative clauses and destinations."""

    def usable(t: Token) -> bool:
        index = token_place.get(t.i)
        if index is None or t.idx < dateline_end or _is_country(index, [t], known):
            return False
        prep = t.head
        if _destination_of_noun(t):
            return False
        return (
            prep.dep_ == "prep" and prep.lower_ in LOCATIVE and not any(a.dep_ in BACKGROUND_DEPS for a in t.ancestors)
        )

    return [t for t in (doc[i] for i in place_tokens) if usable(t)]


class _DocPlaces:
    """What the place choice reads the same way for every trigger of a doc: the place tokens in
    text order, each sentence's one place, the tokens that can place the story."""

    def __init__(self, doc: Doc, token_place: dict[int, int], dateline_end: int, places: list[dict[str, Any]]) -> None:
        self.key = (doc, token_place, len(token_place), dateline_end, places, len(places))
        self.sorted_tokens = sorted(token_place)
        self.sentences: dict[int, int | None] = {}
        self.usable: list[Token] | None = None

    def fits(self, doc: Doc, token_place: dict[int, int], dateline_end: int, places: list[dict[str, Any]]) -> bool:
        key = self.key
        return (
            key[0] is doc
            and key[1] is token_place
            and key[2] == len(token_place)
            and key[3] == dateline_end
            and key[4] is places
            and key[5] == len(places)
        )


_LAST_PLACES: list[_DocPlaces] = []  # the doc being coded (one entry; holds the doc so its id stays its own)


def _doc_places(doc: Doc, token_place: dict[int, int], dateline_end: int, places: list[dict[str, Any]]) -> _DocPlaces:
    if _LAST_PLACES and _LAST_PLACES[0].fits(doc, token_place, dateline_end, places):
        return _LAST_PLACES[0]
    cache = _DocPlaces(doc, token_place, dateline_end, places)
    _LAST_PLACES[:] = [cache]
    return cache
