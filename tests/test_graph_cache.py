"""The graph cache: queries reuse the stored resolution while nothing it was built from has
changed, and rebuild it after an ingest, a new outlet's copy or a decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossdoc_helpers import corpus
from newsgraph import open_store
from newsgraph.resolve import graph as graph_module
from newsgraph.resolve.cache import CACHE_NAME, dump_graph, load_graph
from newsgraph.resolve.graph import build_graph, graph_from_store
from newsgraph.store import Decision


def _summary(g: graph_module.Graph) -> tuple[object, ...]:
    return (
        sorted((c.id, c.articles, tuple(c.outlets)) for c in g.events),
        sorted((a.id, a.name, tuple(a.names), a.documents) for a in g.actors.actors.values()),
        sorted((k.topic, k.values, k.documents) for k in g.conflicts),
        sorted((c.doc_id, c.local_id, tuple(c.events)) for c in g.claims),
    )


def test_dump_and_load_give_the_same_graph() -> None:
    g = build_graph(corpus())
    again = load_graph(dump_graph(g), g.records)
    assert _summary(again) == _summary(g)
    assert again.actors.by_node == g.actors.by_node and again.story == g.story


def test_queries_reuse_the_cache_until_the_store_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []
    real = graph_module._build_stored

    def counting(*args: object) -> graph_module.Graph:
        builds.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(graph_module, "_build_stored", counting)
    store = open_store(str(tmp_path / "cache.db"))
    r1, r2, r3 = corpus()
    store.write([r1, r3])
    first = graph_from_store(store)
    assert store.load_cache(CACHE_NAME) is not None
    cached = graph_from_store(store)
    assert len(builds) == 1 and _summary(cached) == _summary(first)
    assert cached.records["a1"] == r1  # records are read on demand
    store.write([r1, r3])  # re-ingest: same content, same cache
    graph_from_store(store)
    assert len(builds) == 1
    store.write([r2])  # a new article: rebuilt, and the strike now has two reports
    assert max(c.articles for c in graph_from_store(store).events) == 2 and len(builds) == 2
    store.decide(Decision("split", "Yusuf Hadad", "Yousef Haddad"))
    split = graph_from_store(store)
    assert len(builds) == 3
    assert {a.id for a in split.actors.find("Yusuf Hadad")}.isdisjoint(
        {a.id for a in split.actors.find("Yousef Haddad")}
    )
    assert _summary(graph_from_store(store, use_cache=False)) == _summary(split)
    store.close()


def test_an_unreadable_cache_is_rebuilt(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "bad.db"))
    store.write(corpus())
    good = graph_from_store(store)
    key, _ = store.load_cache(CACHE_NAME) or ("", b"")
    store.save_cache(CACHE_NAME, key, b"not a graph")
    assert _summary(graph_from_store(store)) == _summary(good)
    store.close()
