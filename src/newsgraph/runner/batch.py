"""Run the pipeline over many articles: stream records out, or write them to a store.

A bad item is reported (`BatchReport.errors`) and the batch goes on; records are stored
in batches, each batch in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from newsgraph.errors import InputError
from newsgraph.extract import ExtractOptions, Pipeline
from newsgraph.ingest.article import Article
from newsgraph.record import Record
from newsgraph.store.base import IngestResult
from newsgraph.store.sql import SqlStore

LOGGER = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class BatchReport:
    records: int = 0
    errors: list[str] = field(default_factory=list)
    stored: IngestResult = field(default_factory=IngestResult)


def _records(
    pipeline: Pipeline,
    items: Iterable[Article | InputError],
    options: ExtractOptions,
    report: BatchReport,
    progress: Progress | None,
) -> Iterator[Record]:
    for result in pipeline.extract_many(items, options):
        if progress is not None:
            progress(1)
        if isinstance(result, InputError):
            report.errors.append(str(result))
            continue
        report.records += 1
        yield result


def extract_to_stream(
    pipeline: Pipeline,
    items: Iterable[Article | InputError],
    out: TextIO,
    options: ExtractOptions | None = None,
    *,
    progress: Progress | None = None,
) -> BatchReport:
    """Write one JSON line per record to `out`."""
    report = BatchReport()
    for record in _records(pipeline, items, options or ExtractOptions(), report, progress):
        out.write(record.to_json())
        out.write("\n")
    return report


def ingest(
    pipeline: Pipeline,
    items: Iterable[Article | InputError],
    store: SqlStore,
    options: ExtractOptions | None = None,
    *,
    progress: Progress | None = None,
    batch_size: int = 64,
) -> BatchReport:
    """Extract and store; each batch of records is written in one transaction."""
    report = BatchReport()
    pending: list[Record] = []

    def flush() -> None:
        result = store.write(pending)
        report.stored.added += result.added
        report.stored.replaced += result.replaced
        report.stored.unchanged += result.unchanged
        report.stored.failed += result.failed
        report.errors += result.failed
        pending.clear()

    for record in _records(pipeline, items, options or ExtractOptions(), report, progress):
        pending.append(record)
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    return report
