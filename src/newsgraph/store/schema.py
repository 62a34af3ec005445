"""Tables of the store (SQLAlchemy Core). The full record is kept as JSON in `documents`;
the other tables are views of it for querying, rewritten with the document."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)  # fmt: skip

SCHEMA_VERSION = 4  # see store/migrations.py for what each version added

metadata = MetaData()

meta = Table(
    "newsgraph_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)  # fmt: skip

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("source_name", String(256)),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("dateline", String(128)),
    Column("ingested_at", String(32), nullable=False),
    Column("record", Text, nullable=False),
)  # fmt: skip


def _item_key() -> tuple[Column[str], Column[str]]:
    """The key of an item of a record: the article's id and the item's id inside it."""
    return (
        Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        Column("local_id", String(16), primary_key=True),
    )


actors = Table(
    "actors", metadata,
    *_item_key(),
    Column("name", String(512), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("aliases", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("mention_count", Integer, nullable=False),
)  # fmt: skip

events = Table(
    "events", metadata,
    *_item_key(),
    Column("event", String(16), nullable=False),
    Column("mode", String(32)),
    Column("actor", Text, nullable=False),
    Column("recipient", Text, nullable=False),
    Column("date", String(10)),
    Column("place", String(256)),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("future", Boolean, nullable=False),
    Column("attribution", String(16)),
    Column("dead", Integer),
    Column("evidence", Text, nullable=False),
)  # fmt: skip

claims = Table(
    "claims", metadata,
    *_item_key(),
    Column("speaker", Text, nullable=False),
    Column("cue", String(128), nullable=False),
    Column("content", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("stance", String(8), nullable=False),
)  # fmt: skip

conflicts = Table(
    "conflicts", metadata,
    *_item_key(),
    Column("topic", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("claims", Text, nullable=False),
)  # fmt: skip

places = Table(
    "places", metadata,
    *_item_key(),
    Column("name", String(256), nullable=False),
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("resolution", String(16), nullable=False),
)  # fmt: skip

# Users' decisions on cross-document actor resolution (version 2): `confirm` merges two
# names, `split` keeps them apart. Keyed by names, not ids, because global ids are
# recomputed from the records whenever the graph is rebuilt.
decisions = Table(
    "resolution_decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(8), nullable=False),
    Column("name_a", String(512), nullable=False),
    Column("name_b", String(512), nullable=False),
    Column("note", Text),
    Column("decided_at", String(32), nullable=False),
)  # fmt: skip

# Every outlet that published a stored article (version 3). Syndicated copies of one wire
# story have the same text, hence the same record id: the record is stored once and each
# outlet's copy (name, url, title, date) is a row here.
publications = Table(
    "publications", metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("source_name", String(256)),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
)  # fmt: skip

# The graph across articles as last built (version 4): one row per cache name, valid while
# `key` (a digest of the stored records, publications, decisions and the resolver's code)
# matches. A cache, never a source of truth: dropping the table loses nothing.
graph_cache = Table(
    "graph_cache", metadata,
    Column("name", String(64), primary_key=True),
    Column("key", String(64), nullable=False),
    Column("built_at", String(32), nullable=False),
    Column("payload", LargeBinary, nullable=False),
)  # fmt: skip

Index("ix_actors_name", actors.c.name)
Index("ix_events_type", events.c.event)

CHILD_TABLES = (actors, events, claims, conflicts, places)
