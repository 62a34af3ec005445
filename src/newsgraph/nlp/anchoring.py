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
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.anchoring_places import _place_for as _place_for
from newsgraph.nlp.anchoring_places import _story_place as _story_place
from newsgraph.nlp.clauses import (
    BACKGROUND_DEPS,
    _background,
    _in_own_phrase,
    _looks_ahead,
    _participles,
    _sharing_chain,
    _verbal,
    clause_head,
)
from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)

DURATION_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "day", "week", "month", "year"})
NEWS_WINDOW_DAYS = 31  # a carried news day lies within this many days before publication


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
    cache = _doc_dates(doc, dates)
    since = cache.since
    sent = trigger.sent
    in_sent, clauses = cache.in_sentence(sent.start, sent.end)
    if in_sent:
        own = [(t, d) for t, d in in_sent if not _verbal(trigger) and _in_own_phrase(t, trigger)]
        found = _nearest(trigger, own, since=since)
        if found is None:
            for clause in _sharing_chain(trigger if _verbal(trigger) else trigger.head):
                found = _nearest(trigger, [(t, d) for t, d in in_sent if clauses[t.i] == clause.i], since=since)
                if found is not None:
                    break
        if found is None and _verbal(trigger):
            for participle in _participles(trigger):  # "sent a plane carrying aid yesterday"
                found = _nearest(trigger, [(t, d) for t, d in in_sent if clauses[t.i] == participle.i], since=since)
                if found is not None:
                    break
        if found is None:
            # the sentence's other dates, but none of a relative clause or a "since" phrase
            found = _nearest(
                trigger,
                [(t, d) for t, d in in_sent if not _background_date(t, clauses[t.i], trigger)],
                points_only=True,
                since=since,
            )
        if found is not None:
            return _as_event_date(found)
    if not carry or _looks_ahead(trigger) or _background(trigger):
        return None
    news = _news_day(trigger, cache.located, published, days=cache.news_days(published))
    return _as_event_date(news, inferred=True) if news is not None else None


class _DocDates:
    """A doc's dates located once for all its triggers: the event coder asks for the date of
    every trigger of a doc with the same `dates` list, and finding each date's token (a
    `char_span` per date), its "since" reading and the clause it dates per trigger cost more
    than the choice itself."""

    def __init__(self, doc: Doc, dates: list[dict[str, Any]]) -> None:
        self.doc = doc
        self.dates = dates
        self.size = len(dates)
        usable = [d for d in dates if d["value"] and not d.get("dateline")]
        self.located = [(t, d) for d in usable if (t := _date_token(doc, d)) is not None]
        # keyed by the entry's identity: a located entry's reading depends on the entry only
        self.since = {id(d): _since(doc, d, t) for t, d in self.located}
        self._sentences: dict[int, tuple[list[tuple[Token, dict[str, Any]]], dict[int, int]]] = {}
        self._days: dict[str | None, list[tuple[Token, dict[str, Any]]]] = {}

    def fits(self, doc: Doc, dates: list[dict[str, Any]]) -> bool:
        return self.doc is doc and self.dates is dates and self.size == len(dates)

    def in_sentence(self, start: int, end: int) -> tuple[list[tuple[Token, dict[str, Any]]], dict[int, int]]:
        """The sentence's located dates, and the clause (token index) each one dates."""
        found = self._sentences.get(start)
        if found is None:
            in_sent = [(t, d) for t, d in self.located if start <= t.i < end]
            clauses = {t.i: date_clause(t, in_sent).i for t, _ in in_sent}
            found = self._sentences[start] = (in_sent, clauses)
        return found

    def news_days(self, published: str | None) -> list[tuple[Token, dict[str, Any]]]:
        days = self._days.get(published)
        if days is None:
            days = self._days[published] = _news_days(self.doc, self.located, published)
        return days


_LAST_DATES: list[_DocDates] = []  # the doc being coded (one entry; holds the doc so its id stays its own)


def _doc_dates(doc: Doc, dates: list[dict[str, Any]]) -> _DocDates:
    if _LAST_DATES and _LAST_DATES[0].fits(doc, dates):
        return _LAST_DATES[0]
    cache = _DocDates(doc, dates)
    _LAST_DATES[:] = [cache]
    return cache


def _background_date(token: Token, clause: int, trigger: Token) -> bool:
    """Is the date in a relative or participial clause that does not hold the trigger?"""
    head = token.doc[clause]
    return head.dep_ in BACKGROUND_DEPS and not (head.left_edge.i <= trigger.i <= head.right_edge.i)


def _nearest(
    trigger: Token,
    pool: list[tuple[Token, dict[str, Any]]],
    *,
    points_only: bool = False,
    since: dict[int, bool] | None = None,
) -> dict[str, Any] | None:
    """The pool's date nearest the trigger; a "since"/"for" date only when nothing else is there
    (never, with `points_only`). `since` holds each entry's `_since` reading, when known."""
    if since is None:
        points = [(t, d) for t, d in pool if not _since(t.doc, d, t)]
    else:
        points = [(t, d) for t, d in pool if not since[id(d)]]
    if not points_only:
        points = points or pool
    if not points:
        return None
    return min(points, key=lambda item: abs(item[0].i - trigger.i))[1]


def _news_days(
    doc: Doc, located: list[tuple[Token, dict[str, Any]]], published: str | None
) -> list[tuple[Token, dict[str, Any]]]:
    """The story's news days: day-precise dates of the weeks before publication, outside
    relative clauses, in text order."""
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
    return days


def _news_day(
    trigger: Token,
    located: list[tuple[Token, dict[str, Any]]],
    published: str | None,
    *,
    days: list[tuple[Token, dict[str, Any]]] | None = None,
) -> dict[str, Any] | None:
    """The news day the story last gave before the trigger in its paragraph, else its lead day:
    a day-precise date of the weeks before publication, outside relative clauses. `days`: the
    doc's `_news_days`, when already found."""
    doc = trigger.doc
    if days is None:
        days = _news_days(doc, located, published)
    if not days:
        return None
    text = text_of(doc)
    paragraph_start = max(text.rfind("\n\n", 0, trigger.idx), text.rfind("\n", 0, trigger.idx))
    earlier = [(t, d) for t, d in days if paragraph_start < t.idx < trigger.sent.start_char]
    if earlier:
        return earlier[-1][1]
    return days[0][1]
