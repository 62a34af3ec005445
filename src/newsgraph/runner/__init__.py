"""Batch runners: extract and ingest many articles with progress and per-item errors."""

from newsgraph.runner.batch import BatchReport, extract_to_stream, ingest

__all__ = ["BatchReport", "extract_to_stream", "ingest"]
