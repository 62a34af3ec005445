"""newsgraph: news articles in, a source-attributed knowledge graph out.

Actors, PLOVER events, claims and conflicts from each article; one graph across many.
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.extract import ExtractOptions, Pipeline
from newsgraph.ingest import Article, read_path
from newsgraph.record import Record
from newsgraph.settings import Settings
from newsgraph.store import open_store

__all__ = [
    "Article",
    "ExtractOptions",
    "InputError",
    "NewsgraphError",
    "Pipeline",
    "Record",
    "Settings",
    "__version__",
    "open_store",
    "read_path",
]
