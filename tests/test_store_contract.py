"""One contract for every store backend: SQLite always, PostgreSQL when NEWSGRAPH_TEST_PG_URL
points at a server (`make test` starts a throwaway one with scripts/pg.sh)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from newsgraph.record import Actor, Record, Source, Span
from newsgraph.store import Decision, SqlStore, open_store, schema
from newsgraph.store.migrations import current_version, migrate

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _reset_pg(url: str) -> None:
    store = open_store(url)
    with store.engine.begin() as conn:
        for table in reversed(schema.metadata.sorted_tables):
            conn.execute(text(f"DROP TABLE IF EXISTS {table.name} CASCADE"))
    store.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    if request.param == "sqlite":
        s = open_store(str(tmp_path / "contract.db"))
    else:
        if not PG_URL:
            pytest.skip("NEWSGRAPH_TEST_PG_URL is not set (run `make test`, which starts PostgreSQL)")
        _reset_pg(PG_URL)
        s = open_store(PG_URL)
    yield s
    s.close()


def _record(rid: str, outlet: str, url: str, published: str = "2025-03-01") -> Record:
    return Record(
        id=rid, source=Source(name=outlet, url=url, published=published, title=f"{outlet} story"),
        actors=[Actor(id="A1", name="Nadia Qasem", kind="person", mentions=[Span(start=0, end=11, text="Nadia Qasem")])],
    )  # fmt: skip


def test_write_read_count_delete(store: SqlStore) -> None:
    first, second = _record("r1", "Wire A", "https://a.example/1"), _record("r2", "Wire B", "https://b.example/2")
    result = store.write([first, second])
    assert result.added == 2 and store.count() == 2
    assert store.get("r1") == first and store.get("missing") is None
    assert [r.id for r in store.records()] == ["r1", "r2"]
    assert store.delete("r1") and not store.delete("r1") and store.count() == 1


def test_same_record_twice_is_stored_once(store: SqlStore) -> None:
    r = _record("r1", "Wire A", "https://a.example/1")
    store.write([r])
    again = store.write([r])
    assert again.unchanged == 1 and store.count() == 1


def test_changed_record_replaces_rows(store: SqlStore) -> None:
    store.write([_record("r1", "Wire A", "https://a.example/1")])
    changed = _record("r1", "Wire A", "https://a.example/1", published="2025-03-02")
    assert store.write([changed]).replaced == 1
    assert store.get("r1") == changed
    with store.engine.connect() as conn:
        assert conn.execute(text("select count(*) from actors")).scalar() == 1


def test_syndicated_copy_adds_a_publication(store: SqlStore) -> None:
    store.write([_record("r1", "Wire A", "https://a.example/1")])
    copy = _record("r1", "Courier B", "https://b.example/reprint", published="2025-03-02")
    assert store.write([copy]).unchanged == 1
    outlets = [p.name for p in store.publications()["r1"]]
    assert outlets == ["Wire A", "Courier B"] and store.count() == 1
    store.write([copy])  # the same copy again adds nothing
    assert len(store.publications("r1")["r1"]) == 2


def test_decisions_persist_and_replace(store: SqlStore) -> None:
    store.decide(Decision("confirm", "Abu Mazen", "Mahmoud Abbas"))
    store.decide(Decision("split", "Mahmoud Abbas", "Abu Mazen", note="different people after all"))
    reopened = open_store(store.url)
    assert reopened.decisions() == [Decision("split", "Abu Mazen", "Mahmoud Abbas", "different people after all")]
    assert reopened.undecide("Mahmoud Abbas", "Abu Mazen") and reopened.decisions() == []
    reopened.close()


def test_schema_is_migrated_and_versioned(store: SqlStore) -> None:
    assert store.schema_version == schema.SCHEMA_VERSION
    with store.engine.connect() as conn:
        assert current_version(conn) == schema.SCHEMA_VERSION
    assert migrate(store.engine) == schema.SCHEMA_VERSION  # running again is a no-op


def test_old_store_is_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    from sqlalchemy import create_engine, select

    engine = create_engine(url)
    assert migrate(engine, target=1) == 1
    with engine.begin() as conn:
        conn.execute(schema.documents.insert().values(
            id="r1", content_hash="x", source_name="Wire A", url="https://a.example/1", title="t",
            published="2025-03-01", dateline=None, ingested_at="2025-03-01T00:00:00", record="{}",
        ))  # fmt: skip
    engine.dispose()
    store = open_store(url)
    assert store.schema_version == schema.SCHEMA_VERSION
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.publications.c.source_name)).scalars().all() == ["Wire A"]
    store.close()


def test_copies_in_one_batch_and_updates_keep_outlets(store: SqlStore) -> None:
    wire, copy = _record("r1", "Wire A", "https://a.example/1"), _record("r1", "Courier B", "https://b.example/2")
    store.write([wire, copy])
    assert sorted(p.name or "" for p in store.publications()["r1"]) == ["Courier B", "Wire A"]
    updated = _record("r1", "Wire A", "https://a.example/1", published="2025-03-05")
    assert store.write([updated]).replaced == 1
    assert sorted(p.name or "" for p in store.publications("r1")["r1"]) == ["Courier B", "Wire A"]


def test_fingerprint_follows_content_and_cache_round_trips(store: SqlStore) -> None:
    empty = store.fingerprint()
    store.write([_record("r1", "Wire A", "https://a.example/1")])
    once = store.fingerprint()
    store.write([_record("r1", "Wire A", "https://a.example/1")])  # re-ingest: nothing changed
    assert once != empty and store.fingerprint() == once
    store.write([_record("r1", "Courier B", "https://b.example/reprint")])  # one more outlet
    copied = store.fingerprint()
    store.decide(Decision("split", "Nadia Qasem", "Nadia Kasem"))
    assert len({empty, once, copied, store.fingerprint()}) == 4
    assert store.load_cache("graph") is None
    store.save_cache("graph", "k1", b"\x00payload")
    store.save_cache("graph", "k2", b"\x01newer")  # replaces
    assert store.load_cache("graph") == ("k2", b"\x01newer")
    assert [doc_id for doc_id, _ in store.record_payloads()] == ["r1"]
