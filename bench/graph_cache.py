"""Time building the graph across articles from a store: no cache, cold cache, warm cache.

    .venv/bin/python bench/graph_cache.py --copies 120      # 18 corpus articles x 120 = 2,160

The store is filled with the cross-outlet corpus (tests/data/crossdoc), extracted once, then
copied `--copies` times with new ids and every date moved on by two weeks per copy, so the
store holds many distinct stories with realistic actors, events and places. Prints seconds
per build; nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from newsgraph.extract import ExtractOptions, Pipeline
from newsgraph.ingest.article import Article
from newsgraph.ingest.readers import read_articles
from newsgraph.record import Record
from newsgraph.resolve.graph import graph_from_store
from newsgraph.store.sql import open_store

LOGGER = logging.getLogger(__name__)
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "crossdoc"


def _shift(value: str | None, days: int) -> str | None:
    if not value:
        return value
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
    except ValueError:
        return value


def corpus_records() -> list[Record]:
    pipeline = Pipeline()
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        for item in read_articles((str(path),)):
            if isinstance(item, Article):
                out.append(pipeline.extract(item, ExtractOptions(include_text=False)))
    return out


def copies(records: list[Record], n: int) -> list[Record]:
    out = []
    for k in range(n):
        for r in records:
            data = json.loads(r.to_json())
            data["id"] = f"{r.id[:32]}-{k}"
            data["source"]["published"] = _shift(data["source"].get("published"), 14 * k)
            if data["source"].get("url"):
                data["source"]["url"] += f"?copy={k}"
            for e in data["events"]:
                if e.get("date") and e["date"].get("value"):
                    e["date"]["value"] = _shift(e["date"]["value"], 14 * k)
            out.append(Record.model_validate(data))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=120, help="copies of the 18-article corpus (default 120)")
    args = parser.parse_args(argv)
    records = copies(corpus_records(), args.copies)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "bench.db"))
        store.write(records)
        rows = []
        for label, use_cache in (("no cache", False), ("cold cache (build + save)", True), ("warm cache", True)):
            start = time.perf_counter()
            graph = graph_from_store(store, use_cache=use_cache)
            rows.append((label, time.perf_counter() - start, len(graph.events)))
        store.close()
    sys.stdout.write(f"{len(records)} articles stored\n")
    for label, seconds, events in rows:
        sys.stdout.write(f"{label:28s} {seconds:6.2f} s  ({events} events)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
