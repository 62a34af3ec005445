"""The store: records in a database behind one interface (`Store`)."""

from newsgraph.store.base import Decision, IngestResult, Store
from newsgraph.store.sql import SqlStore, open_store

__all__ = ["Decision", "IngestResult", "SqlStore", "Store", "open_store"]
