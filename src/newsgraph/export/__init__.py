"""Exports of the store and the graph across articles: records (JSON Lines), PLOVER JSONL,
a GDELT-style TSV of events, FollowTheMoney entities and GraphML."""

from newsgraph.export.formats import FORMATS, export

__all__ = ["FORMATS", "export"]
