"""Cross-document events: reports of one real-world event become one event.

Event mentions (one per record event) are clustered greedily, in date order, so that the
result does not depend on the order articles were stored in. A mention joins a cluster when

- the PLOVER type is the same and the modes do not differ (a release is not a ceasefire);
- its date is within `window_days` of the cluster's dates (an event without a date is dated
  by its article's publication, which is only trusted for the window);
- known actors overlap, and known recipients overlap (two known, disjoint actor sets mean
  two events: Hamas freeing hostages vs Israel freeing prisoners);
- places are compatible (same place, or one is the country or region of the other);
- and there is positive evidence: a shared participant, or the same named city or site.

Negated, hypothetical and historical mentions stay on their own. Syndicated copies of one
wire story (`syndication.stories`) count as one article published by several outlets.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsgraph.record import Record
from newsgraph.resolve import names as nm
from newsgraph.resolve.actors import ActorResolution
from newsgraph.resolve.syndication import stories

LOGGER = logging.getLogger(__name__)

WINDOW_DAYS = 2
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

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.local_id)


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
        return sorted({m.source for m in self.mentions if m.source})

    @property
    def first_seen(self) -> str | None:
        dates = sorted(m.published for m in self.mentions if m.published)
        return dates[0] if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = sorted(m.published for m in self.mentions if m.published)
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


def event_mentions(records: Iterable[Record], actors: ActorResolution) -> list[EventMention]:
    records = list(records)
    story_of = stories(records)
    out: list[EventMention] = []
    for r in records:
        places = {p.id: p for p in r.places}
        for e in r.events:
            place = places.get(e.location or "")
            value = e.date.value[:10] if e.date and e.date.value else None
            dated_by = "text" if value else "published"
            if value is None and r.source.published:
                value = r.source.published[:10]
            m = e.modality
            out.append(
                EventMention(
                    doc_id=r.id, local_id=e.id, event=e.event, mode=e.mode,
                    actor=[actors.by_node[(r.id, i)] for i in e.actor if (r.id, i) in actors.by_node],
                    recipient=[actors.by_node[(r.id, i)] for i in e.recipient if (r.id, i) in actors.by_node],
                    date=value, dated_by=dated_by,
                    place=place.name if place else None, place_country=place.country if place else None,
                    place_resolution=place.resolution if place else None, attribution=e.attribution,
                    dead=e.size.dead, injured=e.size.injured, arrested=e.size.arrested, approximate=e.size.approximate,
                    evidence=e.evidence.text, source=r.source.name, published=r.source.published,
                    url=r.source.url, title=r.source.title, story=story_of[r.id],
                    clusterable=not (m.negated or m.hypothetical or m.historical),
                )  # fmt: skip
            )
    return out


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _places_compatible(a: EventMention, cluster: EventCluster) -> bool:
    if a.place is None:
        return True
    for m in cluster.mentions:
        if m.place is None or nm.fold(m.place) == nm.fold(a.place):
            continue
        if a.place_country and m.place_country and a.place_country != m.place_country:
            return False
        if a.place_resolution in _FINE and m.place_resolution in _FINE:
            return False
    return True


def _score(m: EventMention, cluster: EventCluster, window: int) -> int | None:
    """How strongly a mention belongs to a cluster; None when it cannot."""
    if m.event != cluster.event:
        return None
    if m.mode and cluster.mode and m.mode != cluster.mode:
        return None
    day = _day(m.date)
    days = [d for d in (_day(x.date) for x in cluster.mentions) if d]
    if day and days and (day < min(days) - timedelta(days=window) or day > max(days) + timedelta(days=window)):
        return None
    actors, recipients = set(cluster.actors), set(cluster.recipients)
    if m.actor and actors and not (set(m.actor) & actors):
        return None
    if m.recipient and recipients and not (set(m.recipient) & recipients):
        return None
    if not _places_compatible(m, cluster):
        return None
    shared = len(set(m.actor) & actors) + len(set(m.recipient) & recipients)
    same_place = any(
        x.place and m.place and nm.fold(x.place) == nm.fold(m.place) and m.place_resolution in _FINE
        for x in cluster.mentions
    )
    if shared == 0 and not same_place:
        return None
    return 2 * shared + int(same_place)


def cluster_events(mentions: list[EventMention], *, window_days: int = WINDOW_DAYS) -> list[EventCluster]:
    """Group event mentions into real-world events (see the module docstring)."""
    ordered = sorted(mentions, key=lambda m: (m.date or "9999", m.published or "", m.doc_id, m.local_id))
    clusters: list[EventCluster] = []
    for m in ordered:
        best: tuple[int, EventCluster] | None = None
        if m.clusterable:
            for c in clusters:
                if not c.mentions[0].clusterable:
                    continue
                score = _score(m, c, window_days)
                if score is not None and (best is None or score > best[0]):
                    best = (score, c)
        if best is None:
            digest = hashlib.sha1(f"{m.doc_id}:{m.local_id}".encode()).hexdigest()[:10]
            clusters.append(EventCluster(id=f"ev-{digest}", event=m.event, mode=m.mode, mentions=[m]))
        else:
            best[1].mentions.append(m)
            if best[1].mode is None:
                best[1].mode = m.mode
    return clusters


def _union(lists: Iterable[list[str]]) -> list[str]:
    out: list[str] = []
    for values in lists:
        for v in values:
            if v not in out:
                out.append(v)
    return out
