"""Anchoring events in time and space: the date and the place that belong to an event.

Used by the event coder. Both follow the event's own clause first, then the clauses
that share its time and place, then the story:

- **date**: a time expression attached to the trigger's own phrase ("the attack on
  Monday"), else one in its clause ("struck Kharkiv late on Wednesday"), else one in a
  clause it hangs on that shares its time (a participle, "killing 12", or a coordinated
  verb, "fired tear gas on Wednesday and detained 40"). Dates in relative clauses ("a
  cyberattack that knocked the site offline last week") date their own verb, not the
  main one, and "since March" dates a state, not a point event. With none of these, a
  narrated or reported past event of the news takes the news day its paragraph last
  gave, else the story's lead day (the day of its main event); a future, hypothetical
  or background (relative-clause) event takes none. Such an inferred date has no
  `text`. The dateline's date never dates an event (it is the day of filing).
- **place**: a locative phrase of the trigger's own clause, nearest first ("drone
  strikes on Kharkiv", "the attack on the convoy near Ménaka", "held in the hands of
  Hamas in Khan Younis"), or a place as direct object ("visited Moscow"); else the same in
  a clause that shares its place; else the sentence's one place outside relative clauses
  and the dateline (a town wins over the country it lies in). The dateline's place is the
  coder's last resort for events on the ground.

No date or place rather than a wrong one.
"""

from __future__ import annotations

import logging
from collections import deque
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)

# dependency labels that open a clause of its own (on a verb)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "pcomp"})
# clauses that share the time and place of the clause they hang on ("killing 12", "and detained")
SHARING_DEPS = frozenset({"advcl", "conj"})
# subordinators after which an adverbial clause keeps the main clause's time ("as it fled")
SHARING_MARKS = frozenset({"as", "while", "when"})
# clauses that are background: their events take no date from the story
BACKGROUND_DEPS = frozenset({"relcl", "acl"})
MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "should", "'ll", "wo", "can"})
DURATION_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "day", "week", "month", "year"})
NEWS_WINDOW_DAYS = 31  # a carried news day lies within this many days before publication

# participle clauses ("fired rockets, killing 12", "a plane carrying aid to X") share the
# time and place of the verb or object they hang on
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp"})
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


# -- clauses --------------------------------------------------------------------------
def _verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"}


def clause_head(token: Token) -> Token:
    """The verb heading the smallest clause that holds `token` (the root for the main one)."""
    node = token
    for _ in range(40):
        if node.dep_ == "ROOT" or node.head.i == node.i or (_verbal(node) and node.dep_ in CLAUSE_DEPS):
            return node
        node = node.head
    return node


def _shares_time(clause: Token) -> bool:
    if clause.dep_ not in SHARING_DEPS or clause.head.i == clause.i:
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return not marks or marks[0] in SHARING_MARKS


def _sharing_chain(token: Token) -> list[Token]:
    """The token's clause, then the clauses it shares time and place with, innermost first."""
    chain = [clause_head(token)]
    while len(chain) < 4 and _shares_time(chain[-1]):
        chain.append(clause_head(chain[-1].head))
    return chain


def _participle(token: Token) -> bool:
    """A reduced participle clause that shares its head's time and place: "killing 12",
    "targeting a village", "a plane carrying aid to Mogadishu" (no subordinator, no relative)."""
    return (
        token.dep_ in PARTICIPLE_DEPS
        and token.tag_ == "VBG"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children)
    )


def _participles(verb: Token) -> list[Token]:
    """The participle clauses on a verb and on its direct object, nearest first."""
    found = [c for c in verb.children if _participle(c)]
    for obj in verb.children:
        if obj.dep_ == "dobj":
            found += [c for c in obj.children if _participle(c)]
    return sorted(found, key=lambda t: abs(t.i - verb.i))


def _in_own_phrase(token: Token, trigger: Token) -> bool:
    """Does `token` hang on `trigger` without crossing into another clause?"""
    node = token
    for _ in range(12):
        if node.i == trigger.i:
            return True
        describes_trigger = node.dep_ in BACKGROUND_DEPS and node.head.i == trigger.i  # "talks that opened on Monday"
        if node.head.i == node.i or (_verbal(node) and node.dep_ in CLAUSE_DEPS and not describes_trigger):
            return False
        node = node.head
    return False


def _background(trigger: Token) -> bool:
    """Is the trigger inside a relative or participial clause ("who was abducted in 2023")?"""
    return clause_head(trigger).dep_ in BACKGROUND_DEPS


def _looks_ahead(trigger: Token) -> bool:
    """A modal or an infinitive on the trigger's verb: "will visit", "could release", "to pull"."""
    verb = trigger if _verbal(trigger) else clause_head(trigger)
    return any(c.lower_ in MODALS or (c.lower_ == "to" and c.dep_ == "aux") for c in verb.children)


# -- dates ----------------------------------------------------------------------------
def _date_token(doc: Doc, entry: dict[str, Any]) -> Token | None:
    span = doc.char_span(entry["start"], entry["end"], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _since(doc: Doc, entry: dict[str, Any], token: Token) -> bool:
    """ "since March", "for three weeks": a date that bounds a state, not a point event."""
    first = doc.char_span(entry["start"], entry["end"], alignment_mode="expand")
    start = first.start if first is not None else token.i
    words = {doc[start].lower_, doc[start - 1].lower_ if start > 0 else ""}
    if words & {"since", "until", "till"}:
        return True
    # "for three weeks" is a span; "scheduled for Tuesday" is a day
    return "for" in words and bool(DURATION_UNITS & set(entry["text"].lower().split()))


def date_clause(token: Token, doc_dates: list[tuple[Token, dict[str, Any]]]) -> Token:
    """The clause a time expression dates. "it has held in Nyala since March on Friday": a
    second expression after a "since" one in a relative clause dates the main clause (the
    parser hangs both on the relative verb; a state has one time span, not two)."""
    clause = clause_head(token)
    if clause.dep_ in BACKGROUND_DEPS and clause.head.i != clause.i:
        earlier = [t for t, e in doc_dates if t.i < token.i and clause_head(t).i == clause.i and _since(t.doc, e, t)]
        if earlier and not _since(token.doc, _entry_at(doc_dates, token), token):
            return clause_head(clause.head)
    return clause


def _entry_at(doc_dates: list[tuple[Token, dict[str, Any]]], token: Token) -> dict[str, Any]:
    return next(e for t, e in doc_dates if t.i == token.i)


def _as_event_date(entry: dict[str, Any], *, inferred: bool = False) -> dict[str, Any]:
    return {
        "value": entry["value"],
        "end": entry.get("end_value"),
        "granularity": entry["granularity"],
        "text": None if inferred else entry["text"],
    }


def _date_for(
    trigger: Token, dates: list[dict[str, Any]], *, published: str | None = None, carry: bool = True
) -> dict[str, Any] | None:
    """The event's date: its own phrase, its clause, the clauses it shares time with, then
    (when `carry` and the event is of the news) the paragraph's or the story's news day."""
    doc = trigger.doc
    usable = [d for d in dates if d["value"] and not d.get("dateline")]
    located = [(t, d) for d in usable if (t := _date_token(doc, d)) is not None]
    sent = trigger.sent
    in_sent = [(t, d) for t, d in located if sent.start <= t.i < sent.end]
    if in_sent:
        own = [(t, d) for t, d in in_sent if not _verbal(trigger) and _in_own_phrase(t, trigger)]
        found = _nearest(trigger, own)
        clauses = {t.i: date_clause(t, in_sent).i for t, _ in in_sent}
        if found is None:
            for clause in _sharing_chain(trigger if _verbal(trigger) else trigger.head):
                found = _nearest(trigger, [(t, d) for t, d in in_sent if clauses[t.i] == clause.i])
                if found is not None:
                    break
        if found is None and _verbal(trigger):
            for participle in _participles(trigger):  # "sent a plane carrying aid yesterday"
                found = _nearest(trigger, [(t, d) for t, d in in_sent if clauses[t.i] == participle.i])
                if found is not None:
                    break
        if found is None:
            # the sentence's other dates, but none of a relative clause or a "since" phrase
            found = _nearest(
                trigger,
                [(t, d) for t, d in in_sent if not _background_date(t, clauses[t.i], trigger)],
                points_only=True,
            )
        if found is not None:
            return _as_event_date(found)
    if not carry or _looks_ahead(trigger) or _background(trigger):
        return None
    news = _news_day(trigger, located, published)
    return _as_event_date(news, inferred=True) if news is not None else None


def _background_date(token: Token, clause: int, trigger: Token) -> bool:
    """Is the date in a relative or participial clause that does not hold the trigger?"""
    head = token.doc[clause]
    return head.dep_ in BACKGROUND_DEPS and not (head.left_edge.i <= trigger.i <= head.right_edge.i)


def _nearest(
    trigger: Token, pool: list[tuple[Token, dict[str, Any]]], *, points_only: bool = False
) -> dict[str, Any] | None:
    """The pool's date nearest the trigger; a "since"/"for" date only when nothing else is there
    (never, with `points_only`)."""
    points = [(t, d) for t, d in pool if not _since(t.doc, d, t)]
    if not points_only:
        points = points or pool
    if not points:
        return None
    return min(points, key=lambda item: abs(item[0].i - trigger.i))[1]


def _news_day(
    trigger: Token, located: list[tuple[Token, dict[str, Any]]], published: str | None
) -> dict[str, Any] | None:
    """The news day the story last gave before the trigger in its paragraph, else its lead day:
    a day-precise date of the weeks before publication, outside relative clauses."""
    doc = trigger.doc
    try:
        today = date.fromisoformat(str(published)[:10]) if published else None
    except ValueError:
        today = None
    days = []
    for token, entry in located:
        if entry["granularity"] != "day" or entry.get("end_value") or _since(doc, entry, token):
            continue
        if clause_head(token).dep_ in BACKGROUND_DEPS:
            continue
        if today is not None:
            gap = (today - date.fromisoformat(entry["value"])).days
            if not 0 <= gap <= NEWS_WINDOW_DAYS:
                continue
        days.append((token, entry))
    if not days:
        return None
    text = text_of(doc)
    paragraph_start = max(text.rfind("\n\n", 0, trigger.idx), text.rfind("\n", 0, trigger.idx))
    earlier = [(t, d) for t, d in days if paragraph_start < t.idx < trigger.sent.start_char]
    if earlier:
        return earlier[-1][1]
    return days[0][1]


# -- places ---------------------------------------------------------------------------
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
    while queue:
        node = queue.popleft()
        for child in node.children:
            # a noun trigger's own relative clause tells where it happened ("talks that opened in Cairo")
            describes = node.i == start.i and not _verbal(start) and child.dep_ in BACKGROUND_DEPS
            own = describes or _participle(child)  # "killing 12 in X", "a plane carrying aid to X"
            if child.i in seen or (_verbal(child) and child.dep_ in CLAUSE_DEPS and not own):
                continue
            seen.add(child.i)
            if child.dep_ in {"prep", "dative"}:  # "carrying tents to Kabul" parses "to" as dative
                found = _locative_place(child, token_place, places)
                if found is not None:
                    return found
            elif child.lemma_ in COMPASS and child.dep_ in {"advmod", "npadvmod", "pobj", "dobj"}:
                found = _place_in(child, token_place)
                if found is not None:
                    return found
            elif child.dep_ in {"dobj", "npadvmod"} and _verbal(node):
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
    known = places or []
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
    outside: dict[int, list[Token]] = {}
    for t in sent:
        if t.i not in token_place or t.idx < dateline_end or _destination_of_noun(t):
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
    known = places or []

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

    text = text_of(doc)
    paragraph_start = max(text.rfind("\n", 0, trigger.idx), dateline_end)
    candidates = [doc[i] for i in sorted(token_place)]  # only place tokens can be usable
    before = [t for t in candidates if t.i < trigger.sent.start and t.idx > paragraph_start and usable(t)]
    if before:
        return token_place[before[-1].i]
    lead_end = text.find("\n", max(dateline_end, 0))
    lead = next(
        (t for t in candidates if t.idx > dateline_end and (lead_end < 0 or t.idx < lead_end) and usable(t)), None
    )
    return token_place[lead.i] if lead is not None and lead.i < trigger.i else None
