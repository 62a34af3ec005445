"""Cross-document events: reports of one real-world event become one event.

Event mentions (one per record event) are clustered greedily, in date order, so that the
result does not depend on the order articles were stored in. A mention joins a cluster when

- the PLOVER type is the same and the modes do not differ (a release is not a ceasefire;
  a mediated round, a visit and a multilateral meeting are kindred ways to describe one
  contact, a phone call is not);
- its date is within `window_days` of every date in the cluster (no chaining), and its
  article was not published before the event took place unless it announces it (an event
  without a date, or whose date no words state and is its publication day, is dated by its
  article's publication, which is only trusted for the window: `mentions.dated_by`); an announcement (future modality, or a stated date after publication) does not
  join a cluster whose events all came before it was published;
- known actors overlap, and known recipients overlap (two known, disjoint actor sets mean
  two events: Hamas freeing hostages vs Israel freeing prisoners); an actor stands for the
  organisations it holds a role in, an armed wing for its movement (`data/parents.yaml`)
  and a government or military body for its state (`participants.expansion`); unnamed
  groups ("detained aid workers", "Sudanese aid workers"; "Saudi mediators" and Saudi
  Arabia) may be the same people and never keep two reports apart
  (`participants.may_meet`); the two parties to a ceasefire are interchangeable, as are
  those of a meeting or an agreement;
- places are compatible (`resolve.places`: the same place, a town inside a region, a
  village beside a town; by coordinates and resolution); a place the mention's own sentence
  names outweighs one only its dateline or an ambiguous sentence gives (`mentions.place_firm`);
- and there is positive evidence: a shared participant, or the same city or site (in any
  spelling: `places.same_place`) named in the reports' own sentences, when one of them states
  its date or all are of one day.

When several clusters fit equally, a mention joins the one nearest in time, then the one
more reported. A mention without participants (per-article extraction often misses them)
is placed once every cluster is known: it joins the one cluster of its type and mode whose
reports span its day (or, dated by its publication, the day before) and whose places fit,
and never another such report alone, leaving out a cluster that already holds another
event its article found in the same sentence ("Hamas freed two hostages and Israel released
40 prisoners" is two events).

Negated, hypothetical and historical mentions stay on their own. Syndicated copies of one
wire story (`syndication.stories`) count as one article published by several outlets.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsgraph.resolve.mentions import EventMention, event_mentions
from newsgraph.resolve.participants import Expansion, Group, expansion, may_meet
from newsgraph.resolve.places import Where, compatible, same_place

LOGGER = logging.getLogger(__name__)

WINDOW_DAYS = 2
PUBLISHED_WINDOW_DAYS = 1
_FINE = frozenset({"site", "city"})


@dataclass
class EventCluster:
    """One real-world event across articles, with every mention kept."""

    id: str
    event: str
    mode: str | None
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        return _union(m.actor for m in self.mentions)

    @property
    def recipients(self) -> list[str]:
        return _union(m.recipient for m in self.mentions)

    @property
    def articles(self) -> int:
        """Distinct stories: syndicated copies of one wire story count once."""
        return len({m.story for m in self.mentions})

    @property
    def documents(self) -> int:
        return len({m.doc_id for m in self.mentions})

    @property
    def outlets(self) -> list[str]:
        return sorted({o for m in self.mentions for o in (m.outlets or [m.source or ""]) if o})

    @property
    def first_seen(self) -> str | None:
        dates = sorted(d for m in self.mentions for d in (m.seen or [m.published or ""]) if d)
        return dates[0] if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = sorted(d for m in self.mentions for d in (m.seen or [m.published or ""]) if d)
        return dates[-1] if dates else None

    @property
    def date(self) -> str | None:
        """The date most mentions that state one give (earliest on a tie)."""
        stated = [m.date for m in self.mentions if m.date and m.dated_by == "text"]
        pool = stated or [m.date for m in self.mentions if m.date]
        if not pool:
            return None
        return max(sorted(set(pool)), key=pool.count)

    @property
    def place(self) -> str | None:
        places = [m.place for m in self.mentions if m.place and m.place_resolution in _FINE]
        places = places or [m.place for m in self.mentions if m.place]
        return max(sorted(set(places)), key=places.count) if places else None


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _located(m: EventMention) -> Where | None:
    """Where a mention's own sentence places it; a place only its dateline, an ambiguous
    sentence or the name of one of its parties gives is no evidence (`mentions.place_firm`)."""
    return m.where if m.place_firm else None


def _places_compatible(a: EventMention, cluster: EventCluster) -> bool:
    """Every mention of the cluster may have happened where `a` did (`resolve.places`). A place
    its sentence names (`mentions.place_firm`) outweighs one a dateline or an ambiguous sentence
    gives; two such weaker places that differ still keep two reports apart, for want of better
    (two datelines a country apart)."""
    here = a.where
    if here is None:
        return True
    return all(
        compatible(here, there, a.event)
        for m in cluster.mentions
        if (there := m.where) is not None and m.place_firm == a.place_firm
    )


def _same_fine_place(a: EventMention, cluster: EventCluster) -> bool:
    """`a` names the town or site another mention names (in any spelling, or a point beside it)."""
    here = _located(a)
    if here is None or a.place_resolution not in _FINE:
        return False
    return any(
        m.place_resolution in _FINE and (there := _located(m)) is not None and same_place(here, there)
        for m in cluster.mentions
    )


# types whose two sides are interchangeable: "A met B" and "B met A" report one meeting
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# modes whose two sides are interchangeable: "Israel agreed a truce" and "a truce between
# Israel and Hamas" report one ceasefire
SYMMETRIC_MODES = frozenset({("RETREAT", "ceasefire")})


def _symmetric(m: EventMention) -> bool:
    return m.event in SYMMETRIC or (m.event, m.mode) in SYMMETRIC_MODES


@dataclass
class _Open:
    """A cluster being built, with what `_score` needs kept up to date."""

    cluster: EventCluster
    actors: set[str] = field(default_factory=set)  # expanded (affiliations, states)
    recipients: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None
    first_stated: date | None = None  # earliest date a mention states in its text
    first_report: date | None = None  # earliest publication of a mention that reports it as done

    def add(self, m: EventMention, expand: Expansion) -> None:
        self.cluster.mentions.append(m)
        if self.cluster.mode is None:
            self.cluster.mode = m.mode
        self.actors |= _expanded(m.actor, expand)
        self.recipients |= _expanded(m.recipient, expand)
        day = _day(m.date)
        if day:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
            if m.dated_by == "text":
                self.first_stated = day if self.first_stated is None else min(self.first_stated, day)
        published = _day(m.published)
        if published and not m.future:
            self.first_report = published if self.first_report is None else min(self.first_report, published)


def _expanded(ids: list[str], expand: Expansion) -> set[str]:
    out: set[str] = set()
    for i in ids:
        out |= expand.get(i, frozenset({i}))
    return out


# modes that tell how one contact is described rather than which contact it was: outlets call
# one mediated round in Jeddah a visit, a mediation or a multilateral meeting
_KINDRED_MODES = {"CONSULT": frozenset({"visit", "third-party", "multilateral"})}


def _modes_fit(event: str, a: str | None, b: str | None) -> bool:
    kindred = _KINDRED_MODES.get(event, frozenset())
    return not a or not b or a == b or (a in kindred and b in kindred)


def _score(
    m: EventMention,
    o: _Open,
    window: int,
    expand: Expansion,
    groups: Mapping[str, Group],
    *,
    need_evidence: bool = True,
) -> int | None:
    """How strongly a mention belongs to a cluster; None when it cannot."""
    cluster = o.cluster
    if m.event != cluster.event or not _modes_fit(m.event, m.mode, cluster.mode):
        return None
    day = _day(m.date)
    if m.dated_by != "text":
        # a date inferred from publication: news reports what happened that day or the day before
        window = min(window, PUBLISHED_WINDOW_DAYS)
    if day and o.first and o.last:
        if day < o.last - timedelta(days=window) or day > o.first + timedelta(days=window):
            return None
    # an article cannot report as done an event that happened after it was published
    published = _day(m.published)
    if published and o.first_stated and published < o.first_stated and not m.future:
        return None
    if day and m.dated_by == "text" and o.first_report and day > o.first_report:
        return None
    # an announcement is of something still to come when it was published
    if m.future and published and o.last and o.last < published:
        return None
    actors, recipients = _expanded(m.actor, expand), _expanded(m.recipient, expand)
    if _symmetric(m):
        mine, theirs = actors | recipients, o.actors | o.recipients
        if mine and theirs and not may_meet(mine, theirs, groups):
            return None
        shared = len(mine & theirs)
    else:
        if actors and o.actors and not may_meet(actors, o.actors, groups):
            return None
        if recipients and o.recipients and not may_meet(recipients, o.recipients, groups):
            return None
        shared = len(actors & o.actors) + len(recipients & o.recipients)
    if not _places_compatible(m, cluster):
        return None
    # one town is evidence with a date one of the reports states, or when all are of one day:
    # undated reports of talks "in Cairo" on different days may be of different rounds
    dated = m.dated_by == "text" or o.first_stated is not None or (day is not None and o.first == o.last == day)
    at_same_place = dated and _same_fine_place(m, cluster)
    if need_evidence and shared == 0 and not at_same_place:
        return None
    return 2 * shared + int(at_same_place)


def cluster_events(
    mentions: list[EventMention],
    *,
    window_days: int = WINDOW_DAYS,
    expand: Expansion | None = None,
    groups: Mapping[str, Group] | None = None,
) -> list[EventCluster]:
    """Group event mentions into real-world events (see the module docstring).

    `expand` maps a global actor to the actors it may stand for (itself, the organisations
    it speaks for, the state of a government body), so "Hamas official X accused Israel" and
    "Hamas accused Israel" meet.
    """
    expand = expand or {}
    groups = groups or {}
    # mentions whose text states a date anchor the clusters; those dated only by their
    # article's publication come after and join the cluster they fit best
    ordered = sorted(
        mentions, key=lambda m: (m.dated_by != "text", m.date or "9999", m.published or "", m.doc_id, m.local_id)
    )
    opened: list[_Open] = []
    index = _DayIndex()
    loose: list[EventMention] = []
    for m in ordered:
        best: tuple[tuple[int, int, int], _Open] | None = None
        if m.clusterable:
            for o in index.near(m, window_days):
                score = _score(m, o, window_days, expand, groups)
                if score is None:
                    continue
                # equal evidence: the cluster nearest in time, then the one more outlets report
                rank = (score, -_distance(m, o), len(o.cluster.mentions))
                if best is None or rank > best[0]:
                    best = (rank, o)
        if best is not None:
            best[1].add(m, expand)
            index.put(best[1])
            continue
        if m.clusterable and not m.actor and not m.recipient:
            loose.append(m)  # no participants to go by: decided once every cluster is known
            continue
        o = _open(m, expand)
        opened.append(o)
        if m.clusterable:
            index.put(o)
    for m in loose:
        fits = _loose_fits(m, index, window_days, expand, groups)
        if len(fits) == 1:
            fits[0].add(m, expand)
        else:
            # two reports without participants are no evidence of one event: not indexed
            opened.append(_open(m, expand))
    return [o.cluster for o in opened]


def _distance(m: EventMention, o: _Open) -> int:
    """Days between a mention and the nearest day of a cluster's span (0 inside it)."""
    day = _day(m.date)
    if day is None or o.first is None or o.last is None:
        return 0
    return max((o.first - day).days, (day - o.last).days, 0)


def _loose_fits(
    m: EventMention, index: _DayIndex, window: int, expand: Expansion, groups: Mapping[str, Group]
) -> list[_Open]:
    """The clusters a report without participants may join: of its type and mode, spanning its
    day, with compatible places. A cluster holding another event its article found in the
    same sentence is left out when another fits ("Hamas freed two hostages and Israel
    released 40 prisoners" reports two events, not one twice)."""
    day = _day(m.date)
    # a date taken from the publication may be the day before (`PUBLISHED_WINDOW_DAYS`)
    reach = 0 if m.dated_by == "text" or day is None else PUBLISHED_WINDOW_DAYS
    fits = [
        o
        for o in index.near(m, reach)
        if _spans(o, day, reach) and _score(m, o, window, expand, groups, need_evidence=False) is not None
    ]
    if len(fits) > 1:
        apart = [o for o in fits if not any(_same_sentence(m, x) for x in o.cluster.mentions)]
        fits = apart or fits
    return fits


def _spans(o: _Open, day: date | None, reach: int) -> bool:
    """The cluster's reports span `day`, or one of the `reach` days before it."""
    if day is None or o.first is None or o.last is None:
        return True
    return o.first <= day and o.last >= day - timedelta(days=reach)


def _same_sentence(a: EventMention, b: EventMention) -> bool:
    return a.doc_id == b.doc_id and a.evidence == b.evidence


class _DayIndex:
    """Open clusters by (type, day) so a mention is compared with the clusters near it in
    time only, not with every cluster of its type."""

    def __init__(self) -> None:
        self.buckets: dict[tuple[str, date | None], list[_Open]] = {}
        self.placed: dict[int, set[date | None]] = {}

    def put(self, o: _Open) -> None:
        days: list[date | None] = [None]
        if o.first and o.last:
            days = [o.first + timedelta(days=i) for i in range((o.last - o.first).days + 1)]
        placed = self.placed.setdefault(id(o), set())
        for day in days:
            if day not in placed:
                placed.add(day)
                self.buckets.setdefault((o.cluster.event, day), []).append(o)

    def near(self, m: EventMention, window: int) -> list[_Open]:
        day = _day(m.date)
        if day is None:
            return list(self.buckets.get((m.event, None), []))
        seen: dict[int, _Open] = {}
        for offset in range(-window, window + 1):
            for o in self.buckets.get((m.event, day + timedelta(days=offset)), []):
                seen.setdefault(id(o), o)
        return list(seen.values())


def _open(m: EventMention, expand: Expansion) -> _Open:
    digest = hashlib.sha1(f"{m.doc_id}:{m.local_id}".encode()).hexdigest()[:10]
    o = _Open(EventCluster(id=f"ev-{digest}", event=m.event, mode=m.mode))
    o.add(m, expand)
    return o


def _union(lists: Iterable[list[str]]) -> list[str]:
    out: list[str] = []
    for values in lists:
        for v in values:
            if v not in out:
                out.append(v)
    return out


__all__ = ["EventCluster", "EventMention", "Expansion", "cluster_events", "event_mentions", "expansion"]
