"""The graph across articles: global actors, event clusters, claims and conflicts.

`build_graph(records, decisions)` is a pure function of the stored records and the user's
decisions, so re-ingesting an article changes nothing and ingesting new ones updates the
clusters the next time the graph is built (`graph_from_store`, which caches the result in the
store until what it was built from changes: `resolve.cache`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from newsgraph.record import Record, Source
from newsgraph.resolve.actors import ActorResolution, GlobalActor, resolve_actors
from newsgraph.resolve.conflicts import CrossConflict, count_conflicts, who_conflicts
from newsgraph.resolve.custody import custody_mentions
from newsgraph.resolve.events import WINDOW_DAYS, EventCluster, cluster_events, event_mentions, expansion
from newsgraph.resolve.participants import groups
from newsgraph.resolve.syndication import stories
from newsgraph.store.base import Decision, Store

LOGGER = logging.getLogger(__name__)


@dataclass
class ClaimView:
    """A claim with speakers and subjects as global actors, and its article's provenance."""

    doc_id: str
    local_id: str
    speaker: list[str]
    about: list[str]
    cue: str
    content: str
    kind: str
    stance: str
    hedges: list[str]
    source: str | None
    published: str | None
    events: list[str]  # cluster ids


@dataclass
class Graph:
    records: Mapping[str, Record]
    actors: ActorResolution
    events: list[EventCluster]
    claims: list[ClaimView]
    conflicts: list[CrossConflict]
    story: dict[str, str] = field(default_factory=dict)
    publications: dict[str, list[Source]] = field(default_factory=dict)

    def actor(self, gid: str) -> GlobalActor:
        return self.actors.actors[gid]

    def name(self, gid: str) -> str:
        actor = self.actors.actors.get(gid)
        return actor.name if actor else gid

    def names(self) -> dict[str, str]:
        return {gid: a.name for gid, a in self.actors.actors.items()}

    def cluster_of(self, doc_id: str, local_id: str) -> EventCluster | None:
        for c in self.events:
            if any(m.doc_id == doc_id and m.local_id == local_id for m in c.mentions):
                return c
        return None


def build_graph(
    records: Iterable[Record],
    decisions: Iterable[Decision] = (),
    *,
    publications: dict[str, list[Source]] | None = None,
    window_days: int = WINDOW_DAYS,
) -> Graph:
    """`publications`: every outlet's copy of each record (the store's, for syndicated copies)."""
    recs = {r.id: r for r in records}
    publications = publications or {r.id: [r.source] for r in recs.values()}
    actors = resolve_actors(recs.values(), decisions)
    story = stories(recs.values())
    mentions = event_mentions(recs.values(), actors, publications, story)
    expand = expansion(actors)
    clusters = cluster_events(mentions, window_days=window_days, expand=expand, groups=groups(actors))
    cluster_by_mention = {m.key: c.id for c in clusters for m in c.mentions}
    claims: list[ClaimView] = []
    for r in recs.values():
        for c in r.claims:
            claims.append(
                ClaimView(
                    doc_id=r.id,
                    local_id=c.id,
                    speaker=[actors.by_node[(r.id, i)] for i in c.speaker if (r.id, i) in actors.by_node],
                    about=[actors.by_node[(r.id, i)] for i in c.about if (r.id, i) in actors.by_node],
                    cue=c.cue.text,
                    content=c.content.text,
                    kind=c.kind,
                    stance=c.stance,
                    hedges=list(c.hedges),
                    source=r.source.name,
                    published=r.source.published,
                    events=[cluster_by_mention[(r.id, e)] for e in c.events if (r.id, e) in cluster_by_mention],
                )  # fmt: skip
            )
    names = {gid: a.name for gid, a in actors.actors.items()}
    # (holdings stated as a state are no events: the claims' custody facts stand beside them)
    held = custody_mentions(recs.values(), actors, story, publications)
    conflicts = [k for c in clusters for k in count_conflicts(c)] + who_conflicts(
        mentions + held, names, expand, cluster_by_mention
    )
    LOGGER.info(
        "graph: %d records, %d actors, %d events, %d conflicts", len(recs), len(actors.actors), len(clusters),
        len(conflicts),
    )  # fmt: skip
    return Graph(
        records=recs, actors=actors, events=clusters, claims=claims, conflicts=conflicts,
        story=story, publications=publications,
    )  # fmt: skip


def graph_from_store(store: Store, *, window_days: int = WINDOW_DAYS, use_cache: bool = True) -> Graph:
    """The graph of everything stored. With `use_cache`, the resolution is read from the store's
    graph cache while the store and the resolver are unchanged, and cached after a rebuild
    (`resolve.cache`)."""
    if not use_cache:
        return _build_stored(store.records(), store.decisions(), store.publications(), window_days)
    from newsgraph.resolve.cache import cached_graph  # the cache module builds on this one

    return cached_graph(store, window_days=window_days, build=_build_stored)


def _build_stored(
    records: Iterable[Record], decisions: list[Decision], publications: dict[str, list[Source]], window_days: int
) -> Graph:
    return build_graph(records, decisions, publications=publications, window_days=window_days)
