"""The graph across articles, cached in the store and keyed on what it was built from.

Resolving a few thousand articles takes seconds (actor merges, event clusters, syndication,
conflicts); every graph command used to redo it. `cached_graph` keeps the resolution in the
store's `graph_cache` table under a key that digests

- the store's content (`Store.fingerprint`: every record's id and content hash, every
  publication, every decision),
- the resolver itself (the source of `newsgraph.resolve` and its data files), and
- the options (`window_days`),

so ingesting, re-extracting, deleting, deciding or upgrading newsgraph each make the next
query rebuild, and nothing else does. Re-ingesting unchanged articles leaves the key, and
so the cache, as it was.

The payload is zlib-compressed JSON of the resolution (global actors, event clusters with
their mentions, claims, conflicts, stories, publications); the records themselves are read
from the store as before. JSON, not pickle: a shared database must not be able to run code.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from newsgraph.record import Record, Source
from newsgraph.resolve.actors import ActorResolution, GlobalActor
from newsgraph.resolve.conflicts import CrossConflict
from newsgraph.resolve.events import EventCluster, EventMention
from newsgraph.resolve.graph import ClaimView, Graph
from newsgraph.store.base import Store

LOGGER = logging.getLogger(__name__)

CACHE_NAME = "graph"
FORMAT = 1  # bump when the payload's shape changes


@functools.cache
def resolver_digest() -> str:
    """A digest of the resolver's code and data: a new newsgraph invalidates old caches."""
    root = Path(__file__).parent
    digest = hashlib.sha1(f"format {FORMAT}".encode())
    for path in sorted([*root.glob("*.py"), *root.glob("data/*.yaml")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(store: Store, window_days: int) -> str:
    return hashlib.sha1(f"{resolver_digest()}|{store.fingerprint()}|{window_days}".encode()).hexdigest()


def dump_graph(graph: Graph) -> bytes:
    """The graph's resolution (not its records) as compressed JSON."""
    payload = {
        "actors": [_fields(a) for a in graph.actors.actors.values()],
        "events": [
            {"id": c.id, "event": c.event, "mode": c.mode, "mentions": [_fields(m) for m in c.mentions]}
            for c in graph.events
        ],
        "claims": [_fields(c) for c in graph.claims],
        "conflicts": [
            {
                "topic": k.topic,
                "event": k.event,
                "field": k.field,
                "values": list(k.values),
                "mentions": [list(m.key) for m in k.mentions],
                "approximate": k.approximate,
            }
            for k in graph.conflicts
        ],  # fmt: skip
        "story": graph.story,
        "publications": {doc: [s.model_dump(mode="json") for s in pubs] for doc, pubs in graph.publications.items()},
    }
    return zlib.compress(json.dumps(payload, separators=(",", ":")).encode("utf-8"), 6)


def _fields(item: Any) -> dict[str, Any]:
    """A flat dataclass's fields (shallow: `dataclasses.asdict` deep-copies, which costs seconds)."""
    return dict(vars(item))


class StoredRecords(Mapping[str, Record]):
    """The store's records by id, each parsed from its JSON the first time it is asked for:
    most graph queries never look at a record, and parsing thousands takes seconds."""

    def __init__(self, payloads: Iterable[tuple[str, str]]) -> None:
        self._json = dict(payloads)
        self._parsed: dict[str, Record] = {}

    def __getitem__(self, record_id: str) -> Record:
        found = self._parsed.get(record_id)
        if found is None:
            found = self._parsed[record_id] = Record.from_json(self._json[record_id])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._json)

    def __len__(self) -> int:
        return len(self._json)


def load_graph(blob: bytes, records: Mapping[str, Record]) -> Graph:
    """Rebuild a `Graph` from `dump_graph`'s payload and the store's records."""
    data: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8"))
    actors: dict[str, GlobalActor] = {}
    by_node: dict[tuple[str, str], str] = {}
    for item in data["actors"]:
        item["members"] = [tuple(m) for m in item["members"]]
        actor = GlobalActor(**item)
        actors[actor.id] = actor
        for member in actor.members:
            by_node[member] = actor.id
    clusters: list[EventCluster] = []
    mentions: dict[tuple[str, str], EventMention] = {}
    for item in data["events"]:
        cluster = EventCluster(id=item["id"], event=item["event"], mode=item["mode"])
        for m in item["mentions"]:
            mention = EventMention(**m)
            cluster.mentions.append(mention)
            mentions[mention.key] = mention
        clusters.append(cluster)
    conflicts = [
        CrossConflict(
            topic=k["topic"], event=k["event"], field=k["field"], values=(k["values"][0], k["values"][1]),
            mentions=(mentions[tuple(k["mentions"][0])], mentions[tuple(k["mentions"][1])]),
            approximate=k["approximate"],
        )
        for k in data["conflicts"]
    ]  # fmt: skip
    return Graph(
        records=records,
        actors=ActorResolution(actors=actors, by_node=by_node),
        events=clusters,
        claims=[ClaimView(**c) for c in data["claims"]],
        conflicts=conflicts,
        story=data["story"],
        publications={doc: [Source(**s) for s in pubs] for doc, pubs in data["publications"].items()},
    )


def cached_graph(store: Store, *, window_days: int, build: Any) -> Graph:
    """The store's graph: from the cache when its key still matches, else built by
    `build(records, decisions, publications, window_days)` and cached."""
    key = cache_key(store, window_days)  # before reading: a write meanwhile only makes the key stale
    records = StoredRecords(store.record_payloads())
    found = store.load_cache(CACHE_NAME)
    if found is not None and found[0] == key:
        try:
            cached = load_graph(found[1], records)
        except (ValueError, KeyError, TypeError, zlib.error) as error:
            LOGGER.warning("the cached graph cannot be read (%s); rebuilding it", error)
        else:
            LOGGER.info("graph: from the cache (%d records)", len(records))
            return cached
    graph: Graph = build(records.values(), store.decisions(), store.publications(), window_days)
    graph.records = records
    try:
        store.save_cache(CACHE_NAME, key, dump_graph(graph))
    except SQLAlchemyError as error:
        # a read-only database still answers queries, only more slowly
        LOGGER.warning("cannot cache the graph in the store: %s", error)
    return graph
