"""Versioned schema migrations for the SQL store (SQLite and PostgreSQL alike).

The schema version lives in `newsgraph_meta` (key `schema_version`). Each migration is a
function that takes a connection and brings the schema from version N-1 to N; `migrate`
runs the missing ones in order, each in its own transaction, and stamps the version after
each. A store written by a newer newsgraph is refused rather than guessed at.

HOW TO ADD A MIGRATION: change `schema.py`, bump `schema.SCHEMA_VERSION`, and append a
function to `MIGRATIONS` that creates the new tables (`table.create(conn, checkfirst=True)`)
or alters old ones. Never edit a migration that has shipped.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from sqlalchemy import Connection, Engine, insert, inspect, select, update

from newsgraph.errors import StoreError
from newsgraph.store import schema

LOGGER = logging.getLogger(__name__)


def _v1_documents(conn: Connection) -> None:
    """Version 1: documents and their per-record views (actors, events, claims, ...)."""
    for table in (schema.documents, *schema.CHILD_TABLES):
        table.create(conn, checkfirst=True)


def _v2_decisions(conn: Connection) -> None:
    """Version 2: users' confirm/split decisions on cross-document actor resolution."""
    schema.decisions.create(conn, checkfirst=True)


def _v3_publications(conn: Connection) -> None:
    """Version 3: every outlet that published a stored article (syndicated copies)."""
    schema.publications.create(conn, checkfirst=True)
    rows = conn.execute(
        select(schema.documents.c.id, schema.documents.c.source_name, schema.documents.c.url,
               schema.documents.c.title, schema.documents.c.published)
    ).all()  # fmt: skip
    for doc_id, name, url, title, published in rows:
        conn.execute(
            insert(schema.publications).values(
                doc_id=doc_id,
                key=publication_key(name, url),
                source_name=name,
                url=url,
                title=title,
                published=published,
            )  # fmt: skip
        )


def _v4_graph_cache(conn: Connection) -> None:
    """Version 4: the graph across articles as last built, keyed on what it was built from."""
    schema.graph_cache.create(conn, checkfirst=True)


def publication_key(name: str | None, url: str | None) -> str:
    """One outlet's copy of an article: its URL, else its outlet name."""
    return hashlib.sha1(f"{url or ''}|{'' if url else (name or '')}".encode()).hexdigest()


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1_documents, _v2_decisions, _v3_publications, _v4_graph_cache,
)  # fmt: skip
assert len(MIGRATIONS) == schema.SCHEMA_VERSION, "one migration per schema version"


def current_version(conn: Connection) -> int:
    """The version stamped in the store; 0 for an empty database."""
    if not inspect(conn).has_table(schema.meta.name):
        return 0
    found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
    return 0 if found is None else int(found)


def migrate(engine: Engine, *, target: int = schema.SCHEMA_VERSION) -> int:
    """Bring the store up to `target` (default: this newsgraph's schema); return the version."""
    with engine.begin() as conn:
        schema.meta.create(conn, checkfirst=True)
        version = current_version(conn)
    if version > schema.SCHEMA_VERSION:
        raise StoreError(f"the store was written by a newer newsgraph (schema {version}); upgrade newsgraph")
    for number in range(version + 1, target + 1):
        step = MIGRATIONS[number - 1]
        LOGGER.info("migrating the store to schema %d (%s)", number, step.__doc__)
        with engine.begin() as conn:
            step(conn)
            if current_version(conn) == 0:
                conn.execute(insert(schema.meta).values(key="schema_version", value=str(number)))
            else:
                conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value=str(number)))
        version = number
    return version
