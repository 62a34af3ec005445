"""The SQLite store: real files, idempotent ingest, atomic batches, per-item errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph import Article, Pipeline, open_store
from newsgraph.errors import InputError, StoreError
from newsgraph.query.summary import summarise
from newsgraph.runner.batch import ingest

TEXT = (
    "NAIROBI, June 3 (Test Wire) - Kenyan police arrested 40 protesters in Nairobi on Monday, "
    "witnesses said. Interior Minister Grace Wanjiru said the march was illegal."
)


def test_ingest_twice_stores_once(tmp_path: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "ng.db"
    store = open_store(str(db))
    articles = [Article(text=TEXT, published="2025-06-03"), Article(text=TEXT + " More.", published="2025-06-03")]
    first = ingest(pipeline, articles, store)
    second = ingest(pipeline, articles, store)
    assert first.stored.added == 2 and second.stored.unchanged == 2 and second.stored.added == 0
    assert store.count() == 2
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 2
        actor_rows = conn.execute("select count(*) from actors").fetchone()[0]
    assert actor_rows > 0
    # a changed record (same id) replaces the old rows instead of adding to them
    store = open_store(str(db))
    changed = Article(text=TEXT, published="2025-06-04")
    result = ingest(pipeline, [changed], store)
    assert result.stored.replaced == 1 and store.count() == 2
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from actors").fetchone()[0] == actor_rows


def test_bad_items_reported_batch_goes_on(tmp_path: Path, pipeline: Pipeline) -> None:
    store = open_store(str(tmp_path / "ng.db"))
    items: list[Article | InputError] = [
        Article(text=TEXT, published="2025-06-03"),
        InputError("not valid JSON", item="corpus.jsonl:2"),
        Article(text="GAZA - Talks resumed.", published="2025-06-03"),
    ]
    report = ingest(pipeline, items, store)
    assert report.records == 2 and report.errors == ["corpus.jsonl:2: not valid JSON"]
    assert store.count() == 2
    summary = summarise(store)
    assert summary.documents == 2 and summary.totals["actors"] >= 2
    store.close()


def test_store_error_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "ng.db"))


def test_records_read_back(tmp_path: Path, pipeline: Pipeline) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'ng.db'}")
    record = pipeline.extract(Article(text=TEXT, published="2025-06-03"))
    store.write([record])
    assert store.get(record.id) == record
    assert [r.id for r in store.records()] == [record.id]
    store.close()
