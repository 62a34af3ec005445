"""Questions asked of the graph across articles: actors, a dossier, events, claims,
conflicts and a timeline. Library functions over a `Graph`; the CLI prints what they return."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from newsgraph.errors import NewsgraphError
from newsgraph.resolve import names as nm
from newsgraph.resolve.actors import GlobalActor
from newsgraph.resolve.conflicts import CrossConflict
from newsgraph.resolve.events import EventCluster
from newsgraph.resolve.graph import ClaimView, Graph

LOGGER = logging.getLogger(__name__)


class ActorNotFound(NewsgraphError):
    """No stored actor has that name."""


def list_actors(graph: Graph, search: str | None = None, *, include_groups: bool = False) -> list[GlobalActor]:
    """Actors, most mentioned first; `search` keeps those one of whose names contains it."""
    actors = [a for a in graph.actors.actors.values() if include_groups or a.kind != "group"]
    if search:
        needle = nm.fold(search)
        actors = [a for a in actors if any(needle in nm.fold(n) for n in a.names)]
    return sorted(actors, key=lambda a: (-a.documents, -a.mentions, a.name))


def find_actor(graph: Graph, name: str) -> GlobalActor:
    found = graph.actors.find(name)
    if not found:
        raise ActorNotFound(f"no actor named {name!r}; try `newsgraph actors --search {name.split()[-1]}`")
    return found[0]


@dataclass
class Dossier:
    actor: GlobalActor
    events_as_actor: list[EventCluster] = field(default_factory=list)
    events_as_recipient: list[EventCluster] = field(default_factory=list)
    claims_by: list[ClaimView] = field(default_factory=list)
    claims_about: list[ClaimView] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)


def dossier(graph: Graph, name: str) -> Dossier:
    """Everything the store says about one actor: roles, affiliations, designations,
    events as actor and as recipient, claims by and about."""
    actor = find_actor(graph, name)
    d = Dossier(actor=actor)
    d.events_as_actor = _by_date([c for c in graph.events if actor.id in c.actors])
    d.events_as_recipient = _by_date([c for c in graph.events if actor.id in c.recipients])
    d.claims_by = [c for c in graph.claims if actor.id in c.speaker]
    d.claims_about = [c for c in graph.claims if actor.id in c.about]
    d.affiliations = [graph.name(gid) for gid in actor.affiliations]
    return d


def list_events(
    graph: Graph,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
) -> list[EventCluster]:
    """Cross-document events filtered by actor, recipient, PLOVER type, date range and place."""
    events = graph.events
    if actor:
        ids = {a.id for a in graph.actors.find(actor)}
        events = [e for e in events if ids & set(e.actors)]
    if recipient:
        ids = {a.id for a in graph.actors.find(recipient)}
        events = [e for e in events if ids & set(e.recipients)]
    if event_type:
        events = [e for e in events if e.event == event_type.upper()]
    if since:
        events = [e for e in events if e.date and e.date >= since]
    if until:
        events = [e for e in events if e.date and e.date <= until]
    if place:
        needle = nm.fold(place)
        events = [
            e for e in events
            if any(needle in nm.fold(name) for m in e.mentions for name in ([m.place] if m.place else []) + m.place_names)
        ]  # fmt: skip
    return _by_date(events)


def list_claims(graph: Graph, *, speaker: str | None = None, about: str | None = None) -> list[ClaimView]:
    claims = graph.claims
    if speaker:
        ids = {a.id for a in graph.actors.find(speaker)}
        claims = [c for c in claims if ids & set(c.speaker)]
    if about:
        ids = {a.id for a in graph.actors.find(about)}
        claims = [c for c in claims if ids & set(c.about)]
    return sorted(claims, key=lambda c: (c.published or "", c.doc_id, c.local_id))


def list_conflicts(graph: Graph) -> list[CrossConflict]:
    return sorted(graph.conflicts, key=lambda k: (k.dates[0] or "", k.topic))


@dataclass
class TimelineEntry:
    date: str | None
    role: str  # "actor", "recipient", "speaker"
    what: str
    articles: int
    outlets: list[str]


def timeline(graph: Graph, name: str) -> list[TimelineEntry]:
    """One actor's events and statements in date order."""
    d = dossier(graph, name)
    entries = [
        TimelineEntry(e.date, role, describe_event(graph, e), e.articles, e.outlets)
        for role, events in (("actor", d.events_as_actor), ("recipient", d.events_as_recipient))
        for e in events
    ]
    entries += [
        TimelineEntry(c.published, "speaker", f"{c.cue}: {c.content}", 1, [c.source] if c.source else [])
        for c in d.claims_by
    ]
    return sorted(entries, key=lambda t: (t.date or "9999", t.role))


def describe_event(graph: Graph, e: EventCluster) -> str:
    who = ", ".join(graph.name(a) for a in e.actors) or "?"
    whom = ", ".join(graph.name(a) for a in e.recipients)
    text = f"{who} {e.event}{'/' + e.mode if e.mode else ''}"
    return text + (f" -> {whom}" if whom else "") + (f" @ {e.place}" if e.place else "")


def _by_date(events: list[EventCluster]) -> list[EventCluster]:
    return sorted(events, key=lambda e: (e.date or "9999", e.id))
