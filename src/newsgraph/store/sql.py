"""The SQL store (SQLAlchemy Core): SQLite by default, PostgreSQL by URL.

Each batch of records is written in one transaction: a record whose id is already
stored replaces the old rows (or is left alone if its content is unchanged), so ingesting
the same article twice stores it once, and a failure leaves what was stored before.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from newsgraph.errors import StoreError
from newsgraph.record import Record, Source
from newsgraph.store import schema
from newsgraph.store.base import Decision, IngestResult
from newsgraph.store.migrations import migrate, publication_key

LOGGER = logging.getLogger(__name__)


def _normalise_url(url: str) -> str:
    if "://" not in url:
        # a bare path means a SQLite file
        return f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class SqlStore:
    def __init__(self, url: str) -> None:
        self.url = _normalise_url(url)
        try:
            if self.url.startswith("sqlite:///"):
                path = Path(self.url[len("sqlite:///") :])
                if str(path) not in {"", ":memory:"} and not path.parent.exists():
                    raise StoreError(f"folder {path.parent} does not exist; create it or choose another --db path")
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self.schema_version = migrate(self.engine)
        except SQLAlchemyError as error:
            raise StoreError(
                f"cannot open the store at {self.url}: {error.__class__.__name__}: {error}. "
                "Check the --db URL and that the database server is running."
            ) from error
        except ModuleNotFoundError as error:
            raise StoreError(f"no database driver for {self.url}: {error}") from error

    # -- writing ---------------------------------------------------------------------
    def write(self, records: Iterable[Record]) -> IngestResult:
        result = IngestResult()
        batch = list(records)
        if not batch:
            return result
        try:
            with self.engine.begin() as conn:
                self._write_batch(conn, batch, result)
        except SQLAlchemyError:
            # one bad record must not cost the others: retry them one by one
            LOGGER.warning("batch write failed; retrying %d records one by one", len(batch))
            result = IngestResult()
            for record in batch:
                try:
                    with self.engine.begin() as conn:
                        self._write_batch(conn, [record], result)
                except SQLAlchemyError as error:
                    result.failed.append(f"{record.id}: cannot store ({error.__class__.__name__}: {error})")
        return result

    def _write_batch(self, conn: Any, batch: list[Record], result: IngestResult) -> None:
        rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in schema.CHILD_TABLES}
        docs: list[dict[str, Any]] = []
        unique: dict[str, Record] = {}
        copies: list[tuple[str, dict[str, Any]]] = []  # syndicated copies within this batch
        for r in batch:
            held = unique.get(r.id)
            if held is not None and _is_copy(r, held.source.name, held.source.url):
                copies.append((r.id, _publication(r)))
            else:
                unique[r.id] = r
        found = conn.execute(
            select(
                schema.documents.c.id, schema.documents.c.content_hash, schema.documents.c.source_name,
                schema.documents.c.url,
            ).where(schema.documents.c.id.in_(list(unique)))
        ).all()  # fmt: skip
        existing = {row[0]: row[1] for row in found}
        primary = {row[0]: (row[2], row[3]) for row in found}
        now = datetime.now(UTC).isoformat(timespec="seconds")
        replaced: list[str] = []
        known = self._publications(conn, list(unique))
        for record in unique.values():
            payload = record.to_json()
            digest = hashlib.sha1(payload.encode("utf-8")).hexdigest()
            pub = _publication(record)
            if record.id in existing and _is_copy(record, *primary[record.id]):
                # a syndicated copy: the same text from another outlet is one more publication
                if pub["key"] not in known.setdefault(record.id, {}):
                    conn.execute(insert(schema.publications).values(doc_id=record.id, **pub))
                    known[record.id][pub["key"]] = pub
                result.unchanged += 1
                continue
            if existing.get(record.id) == digest:
                result.unchanged += 1
                continue
            if record.id in existing:
                replaced.append(record.id)
                result.replaced += 1
            else:
                result.added += 1
            docs.append({
                "id": record.id, "content_hash": digest, "source_name": record.source.name,
                "url": record.source.url, "title": record.source.title, "published": record.source.published,
                "dateline": record.source.dateline, "ingested_at": now, "record": payload,
            })  # fmt: skip
            _child_rows(record, rows)
        if replaced:
            conn.execute(delete(schema.publications).where(schema.publications.c.doc_id.in_(replaced)))
            for table in schema.CHILD_TABLES:
                conn.execute(delete(table).where(table.c.doc_id.in_(replaced)))
            conn.execute(delete(schema.documents).where(schema.documents.c.id.in_(replaced)))
        if docs:
            conn.execute(insert(schema.documents), docs)
            pubs: list[dict[str, Any]] = []
            for doc in docs:
                primary_pub = _publication(unique[doc["id"]])
                pubs.append({"doc_id": doc["id"], **primary_pub})
                # an updated record keeps the other outlets' copies
                pubs += [dict(row) for key, row in known.get(doc["id"], {}).items() if key != primary_pub["key"]]
                known[doc["id"]] = {p["key"]: p for p in pubs if p["doc_id"] == doc["id"]}
            conn.execute(insert(schema.publications), pubs)
        for doc_id, pub in copies:
            if pub["key"] not in known.setdefault(doc_id, {}):
                conn.execute(insert(schema.publications).values(doc_id=doc_id, **pub))
                known[doc_id][pub["key"]] = pub
            result.unchanged += 1
        for table in schema.CHILD_TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])

    # -- reading ---------------------------------------------------------------------
    def get(self, record_id: str) -> Record | None:
        with self.engine.connect() as conn:
            payload = conn.execute(select(schema.documents.c.record).where(schema.documents.c.id == record_id)).scalar()
        return None if payload is None else Record.from_json(payload)

    def records(self) -> Iterator[Record]:
        with self.engine.connect() as conn:
            for (payload,) in conn.execute(select(schema.documents.c.record).order_by(schema.documents.c.id)):
                yield Record.from_json(payload)

    def record_payloads(self) -> Iterator[tuple[str, str]]:
        d = schema.documents
        with self.engine.connect() as conn:
            for doc_id, payload in conn.execute(select(d.c.id, d.c.record).order_by(d.c.id)):
                yield (str(doc_id), str(payload))

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar() or 0)

    @staticmethod
    def _publications(conn: Any, ids: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
        t = schema.publications
        found: dict[str, dict[str, dict[str, Any]]] = {}
        for row in conn.execute(select(t).where(t.c.doc_id.in_(ids))).mappings():
            found.setdefault(row["doc_id"], {})[row["key"]] = dict(row)
        return found

    def publications(self, record_id: str | None = None) -> dict[str, list[Source]]:
        """Record id -> every outlet's copy (first stored first); one record or all."""
        t = schema.publications
        query = select(t).order_by(t.c.doc_id, t.c.published, t.c.key)
        if record_id is not None:
            query = query.where(t.c.doc_id == record_id)
        out: dict[str, list[Source]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                out.setdefault(row["doc_id"], []).append(
                    Source(name=row["source_name"], url=row["url"], title=row["title"], published=row["published"])
                )
        return out

    def delete(self, record_id: str) -> bool:
        """Remove one record and its rows; True if it was stored."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.publications).where(schema.publications.c.doc_id == record_id))
            for table in schema.CHILD_TABLES:
                conn.execute(delete(table).where(table.c.doc_id == record_id))
            gone = conn.execute(delete(schema.documents).where(schema.documents.c.id == record_id)).rowcount
        return bool(gone)

    # -- resolution decisions ----------------------------------------------------------
    def decide(self, decision: Decision) -> None:
        """Persist a user's confirm/split decision; it replaces an earlier one on the same pair."""
        a, b = sorted((decision.name_a, decision.name_b))
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            self._forget(conn, a, b)
            conn.execute(
                insert(schema.decisions).values(
                    action=decision.action, name_a=a, name_b=b, note=decision.note, decided_at=now
                )
            )

    def undecide(self, name_a: str, name_b: str) -> bool:
        """Drop the decision on a pair of names; True if there was one."""
        a, b = sorted((name_a, name_b))
        with self.engine.begin() as conn:
            return self._forget(conn, a, b) > 0

    @staticmethod
    def _forget(conn: Any, a: str, b: str) -> int:
        t = schema.decisions
        return int(conn.execute(delete(t).where(t.c.name_a == a, t.c.name_b == b)).rowcount or 0)

    def decisions(self) -> list[Decision]:
        t = schema.decisions
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.action, t.c.name_a, t.c.name_b, t.c.note).order_by(t.c.id)).all()
        return [Decision(action=r[0], name_a=r[1], name_b=r[2], note=r[3]) for r in rows]

    # -- graph cache ---------------------------------------------------------------------
    def fingerprint(self) -> str:
        digest = hashlib.sha1()
        d, p, k = schema.documents, schema.publications, schema.decisions
        with self.engine.connect() as conn:
            for doc_id, content_hash in conn.execute(select(d.c.id, d.c.content_hash).order_by(d.c.id)):
                digest.update(f"d|{doc_id}|{content_hash}\n".encode())
            query = select(p.c.doc_id, p.c.key, p.c.source_name, p.c.url, p.c.title, p.c.published)
            for pub in conn.execute(query.order_by(p.c.doc_id, p.c.key)):
                digest.update(("p|" + "|".join(str(v) for v in pub) + "\n").encode())
            for decision in conn.execute(select(k.c.action, k.c.name_a, k.c.name_b).order_by(k.c.id)):
                digest.update(("k|" + "|".join(decision) + "\n").encode())
        return digest.hexdigest()

    def load_cache(self, name: str) -> tuple[str, bytes] | None:
        t = schema.graph_cache
        with self.engine.connect() as conn:
            row = conn.execute(select(t.c.key, t.c.payload).where(t.c.name == name)).first()
        return None if row is None else (str(row[0]), bytes(row[1]))

    def save_cache(self, name: str, key: str, payload: bytes) -> None:
        t = schema.graph_cache
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            conn.execute(delete(t).where(t.c.name == name))
            conn.execute(insert(t).values(name=name, key=key, built_at=now, payload=payload))

    def close(self) -> None:
        self.engine.dispose()


def _child_rows(record: Record, rows: dict[str, list[dict[str, Any]]]) -> None:
    names = {a.id: a.name for a in record.actors}
    place_names = {p.id: p.name for p in record.places}
    for a in record.actors:
        rows["actors"].append({
            "doc_id": record.id, "local_id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
            "sector": a.sector, "aliases": json.dumps(a.aliases), "mention_count": len(a.mentions),
            "roles": json.dumps([{"title": r.title, "of": names.get(r.of or "")} for r in a.roles]),
        })  # fmt: skip
    for e in record.events:
        rows["events"].append({
            "doc_id": record.id, "local_id": e.id, "event": e.event, "mode": e.mode,
            "actor": json.dumps([names[i] for i in e.actor]), "recipient": json.dumps([names[i] for i in e.recipient]),
            "date": e.date.value if e.date else None, "place": place_names.get(e.location or ""),
            "negated": e.modality.negated, "hypothetical": e.modality.hypothetical, "future": e.modality.future,
            "attribution": e.attribution, "dead": e.size.dead, "evidence": e.evidence.text,
        })  # fmt: skip
    for c in record.claims:
        rows["claims"].append({
            "doc_id": record.id, "local_id": c.id, "speaker": json.dumps([names[i] for i in c.speaker]),
            "cue": c.cue.text, "content": c.content.text, "kind": c.kind, "stance": c.stance,
        })  # fmt: skip
    for k in record.conflicts:
        rows["conflicts"].append({
            "doc_id": record.id, "local_id": k.id, "topic": k.topic, "explanation": k.explanation,
            "claims": json.dumps(k.claims),
        })  # fmt: skip
    for p in record.places:
        rows["places"].append({
            "doc_id": record.id, "local_id": p.id, "name": p.name, "country": p.country, "lat": p.lat,
            "lon": p.lon, "resolution": p.resolution,
        })  # fmt: skip


def _publication(record: Record) -> dict[str, Any]:
    src = record.source
    return {
        "key": publication_key(src.name, src.url), "source_name": src.name, "url": src.url, "title": src.title,
        "published": src.published,
    }  # fmt: skip


def _is_copy(record: Record, stored_name: str | None, stored_url: str | None) -> bool:
    """Same text (same id) from another outlet or URL than the stored one: a syndicated copy,
    not an update. Without a URL on both sides the outlet names decide."""
    src = record.source
    if src.url and stored_url:
        return src.url != stored_url
    return bool(src.name and stored_name and src.name != stored_name)


def open_store(url: str) -> SqlStore:
    """Open (and create if needed) the store at a database URL or SQLite path."""
    return SqlStore(url)
