"""Cross-document events: reports of one real-world event become one event.

Event mentions (one per record event) are clustered greedily, in date order, so that the
result does not depend on the order articles were stored in. A mention joins a cluster when

- the PLOVER type is the same and the modes do not differ (a release is not a ceasefire);
- its date is within `window_days` of every date in the cluster (no chaining), and its
  article was not published before the event took place unless it announces it (an event
  without a date is dated by its article's publication, which is only trusted for the
  window); an announcement (future modality, or a stated date after publication) does not
  join a cluster whose events all came before it was published;
- known actors overlap, and known recipients overlap (two known, disjoint actor sets mean
  two events: Hamas freeing hostages vs Israel freeing prisoners); an actor stands for the
  organisations it holds a role in, an armed wing for its movement (`data/parents.yaml`)
  and a government or military body for its state (`expansion`);
- places are compatible (`resolve.places`: the same place, a town inside a region, a
  village beside a town; by coordinates and resolution);
- and there is positive evidence: a shared participant, or the same city or site (in any
  spelling: `places.same_place`).

Negated, hypothetical and historical mentions stay on their own. Syndicated copies of one
wire story (`syndication.stories`) count as one article published by several outlets.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

from newsgraph.record import Record, Source
from newsgraph.resolve import names as nm
from newsgraph.resolve.actors import ActorResolution
from newsgraph.resolve.places import Where, compatible, same_place
from newsgraph.resolve.syndication import stories

LOGGER = logging.getLogger(__name__)

WINDOW_DAYS = 2
PUBLISHED_WINDOW_DAYS = 1
_FINE = frozenset({"site", "city"})


@dataclass
class EventMention:
    """One record's event, with actors as global ids and its article's provenance."""

    doc_id: str
    local_id: str
    event: str
    mode: str | None
    actor: list[str]
    recipient: list[str]
    date: str | None
    dated_by: str  # "text" or "published"
    place: str | None
    place_country: str | None
    place_resolution: str | None
    attribution: str | None
    dead: int | None
    injured: int | None
    arrested: int | None
    approximate: bool
    evidence: str
    source: str | None
    published: str | None
    url: str | None
    title: str | None
    story: str
    clusterable: bool
    future: bool = False
    place_lat: float | None = None
    place_lon: float | None = None
    place_names: list[str] = field(default_factory=list)  # how the article wrote the place
    outlets: list[str] = field(default_factory=list)  # every outlet that published this article
    seen: list[str] = field(default_factory=list)  # their publication dates

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.local_id)

    @property
    def where(self) -> Where | None:
        if self.place is None:
            return None
        return Where(self.place, self.place_country, self.place_resolution, self.place_lat, self.place_lon)


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


def event_mentions(
    records: Iterable[Record],
    actors: ActorResolution,
    publications: dict[str, list[Source]] | None = None,
    story_of: dict[str, str] | None = None,
) -> list[EventMention]:
    """One mention per record event; `story_of` (`syndication.stories`) is computed when not given."""
    records = list(records)
    publications = publications or {}
    story_of = story_of if story_of is not None else stories(records)
    out: list[EventMention] = []
    for r in records:
        places = {p.id: p for p in r.places}
        pubs = publications.get(r.id) or [r.source]
        outlets = sorted({p.name for p in pubs if p.name})
        seen = sorted({p.published for p in pubs if p.published})
        for e in r.events:
            place = places.get(e.location or "")
            value = e.date.value[:10] if e.date and e.date.value else None
            dated_by = "text" if value else "published"
            if value is None and r.source.published:
                value = r.source.published[:10]
            m = e.modality
            out.append(
                EventMention(
                    doc_id=r.id,
                    local_id=e.id,
                    event=e.event,
                    mode=e.mode,
                    actor=[actors.by_node[(r.id, i)] for i in e.actor if (r.id, i) in actors.by_node],
                    recipient=[actors.by_node[(r.id, i)] for i in e.recipient if (r.id, i) in actors.by_node],
                    date=value,
                    dated_by=dated_by,
                    place=place.name if place else None,
                    place_country=place.country if place else None,
                    place_resolution=place.resolution if place else None,
                    place_lat=place.lat if place else None,
                    place_lon=place.lon if place else None,
                    place_names=sorted({x.text for x in place.mentions} - {place.name}) if place else [],
                    attribution=e.attribution,
                    dead=e.size.dead,
                    injured=e.size.injured,
                    arrested=e.size.arrested,
                    approximate=e.size.approximate,
                    evidence=e.evidence.text,
                    source=r.source.name,
                    published=r.source.published,
                    url=r.source.url,
                    title=r.source.title,
                    story=story_of[r.id],
                    clusterable=not (m.negated or m.hypothetical or m.historical),
                    # announced in advance: the text says so, or states a date after publication
                    future=m.future or _announced(value, dated_by, r.source.published),
                    outlets=outlets,
                    seen=seen,
                )  # fmt: skip
            )
    return out


def _announced(value: str | None, dated_by: str, published: str | None) -> bool:
    """The text dates the event after its article's publication: it reports it in advance."""
    return bool(value and published and dated_by == "text" and value > published[:10])


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _places_compatible(a: EventMention, cluster: EventCluster) -> bool:
    """Every located mention of the cluster may be where `a` happened (`resolve.places`)."""
    here = a.where
    if here is None:
        return True
    return all(compatible(here, there, a.event) for m in cluster.mentions if (there := m.where) is not None)


def _same_fine_place(a: EventMention, cluster: EventCluster) -> bool:
    """`a` names the town or site another mention names (in any spelling, or a point beside it)."""
    here = a.where
    if here is None or a.place_resolution not in _FINE:
        return False
    return any(
        m.place_resolution in _FINE and (there := m.where) is not None and same_place(here, there)
        for m in cluster.mentions
    )


# types whose two sides are interchangeable: "A met B" and "B met A" report one meeting
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
Expansion = dict[str, frozenset[str]]


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


def _score(m: EventMention, o: _Open, window: int, expand: Expansion, *, need_evidence: bool = True) -> int | None:
    """How strongly a mention belongs to a cluster; None when it cannot."""
    cluster = o.cluster
    if m.event != cluster.event:
        return None
    if m.mode and cluster.mode and m.mode != cluster.mode:
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
    if m.event in SYMMETRIC:
        mine, theirs = actors | recipients, o.actors | o.recipients
        if mine and theirs and not (mine & theirs):
            return None
        shared = len(mine & theirs)
    else:
        if actors and o.actors and not (actors & o.actors):
            return None
        if recipients and o.recipients and not (recipients & o.recipients):
            return None
        shared = len(actors & o.actors) + len(recipients & o.recipients)
    if not _places_compatible(m, cluster):
        return None
    at_same_place = _same_fine_place(m, cluster)
    if need_evidence and shared == 0 and not at_same_place:
        return None
    return 2 * shared + int(at_same_place)


def cluster_events(
    mentions: list[EventMention], *, window_days: int = WINDOW_DAYS, expand: Expansion | None = None
) -> list[EventCluster]:
    """Group event mentions into real-world events (see the module docstring).

    `expand` maps a global actor to the actors it may stand for (itself, the organisations
    it speaks for, the state of a government body), so "Hamas official X accused Israel" and
    "Hamas accused Israel" meet.
    """
    expand = expand or {}
    # mentions whose text states a date anchor the clusters; those dated only by their
    # article's publication come after and join the cluster they fit best
    ordered = sorted(
        mentions, key=lambda m: (m.dated_by != "text", m.date or "9999", m.published or "", m.doc_id, m.local_id)
    )
    opened: list[_Open] = []
    index = _DayIndex()
    loose: list[EventMention] = []
    for m in ordered:
        best: tuple[int, _Open] | None = None
        if m.clusterable:
            for o in index.near(m, window_days):
                score = _score(m, o, window_days, expand)
                if score is not None and (best is None or score > best[0]):
                    best = (score, o)
        if best is not None:
            best[1].add(m, expand)
            index.put(best[1])
            continue
        if m.clusterable and not m.actor and not m.recipient and m.dated_by == "text":
            loose.append(m)  # no participants to go by: decided once every cluster is known
            continue
        o = _open(m, expand)
        opened.append(o)
        if m.clusterable:
            index.put(o)
    for m in loose:
        # a report without participants joins the one cluster of its type, mode and day it fits
        fits = [
            o for o in index.near(m, 0)
            if o.first == _day(m.date) and _score(m, o, 0, expand, need_evidence=False) is not None
        ]  # fmt: skip
        if len(fits) == 1:
            fits[0].add(m, expand)
        else:
            o = _open(m, expand)
            opened.append(o)
            index.put(o)
    return [o.cluster for o in opened]


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


def expansion(actors: ActorResolution) -> Expansion:
    """Global actor -> the actors it may stand for in an event: itself, the organisations it
    holds a role in (and their parents: `data/parents.yaml`), and for a government, military
    or police body the state of its country."""
    states = {a.country: gid for gid, a in actors.actors.items() if a.kind == "state" and a.country}
    by_name = {nm.fold(n): gid for gid, a in actors.actors.items() if a.kind == "organization" for n in a.names}
    parent_of = {
        gid: by_name[nm.fold(parent)]
        for name, parent in organisation_parents().items()
        if (gid := by_name.get(nm.fold(name))) and nm.fold(parent) in by_name
    }
    out: Expansion = {}
    for gid, a in actors.actors.items():
        ids = {gid, *a.affiliations}
        ids |= {parent_of[i] for i in list(ids) if i in parent_of}
        if a.kind == "organization" and a.sector in STATE_SECTORS and a.country in states:
            ids.add(states[a.country])
        out[gid] = frozenset(ids)
    return out


PARENTS_FILE = Path(__file__).parent / "data" / "parents.yaml"


@functools.cache
def organisation_parents() -> dict[str, str]:
    """Organisation name -> the organisation it acts for (`data/parents.yaml`), read once."""
    with PARENTS_FILE.open(encoding="utf-8") as stream:
        items = yaml.safe_load(stream) or []
    return {str(item["name"]): str(item["parent"]) for item in items}


STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD", "LEG"})


def _union(lists: Iterable[list[str]]) -> list[str]:
    out: list[str] = []
    for values in lists:
        for v in values:
            if v not in out:
                out.append(v)
    return out
