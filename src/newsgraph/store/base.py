"""The store interface. SQLite and PostgreSQL implement it through SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

from newsgraph.record import Record, Source


@dataclass
class IngestResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.replaced + self.unchanged


@dataclass(frozen=True)
class Decision:
    """A user's decision on cross-document actor resolution: `confirm` that two names are one
    actor, or `split` them (never merge). Names, not ids: ids are recomputed on every rebuild."""

    action: Literal["confirm", "split"]
    name_a: str
    name_b: str
    note: str | None = None


class Store(Protocol):
    url: str

    def write(self, records: Iterable[Record]) -> IngestResult:
        """Store records atomically, each once: a record whose id is stored replaces it."""
        ...

    def get(self, record_id: str) -> Record | None: ...

    def records(self) -> Iterator[Record]: ...

    def record_payloads(self) -> Iterator[tuple[str, str]]:
        """(id, record JSON) of every stored record, unparsed, by id."""
        ...

    def count(self) -> int: ...

    def delete(self, record_id: str) -> bool: ...

    def publications(self, record_id: str | None = None) -> dict[str, list[Source]]:
        """Every outlet's copy of each record (syndicated copies share one record)."""
        ...

    def decide(self, decision: Decision) -> None:
        """Persist a confirm/split decision (replacing an earlier one on the same pair)."""
        ...

    def undecide(self, name_a: str, name_b: str) -> bool: ...

    def decisions(self) -> list[Decision]: ...

    def fingerprint(self) -> str:
        """A digest of everything the graph across articles is built from: each record's id and
        content hash, every publication and every decision. Equal digests, equal graphs."""
        ...

    def load_cache(self, name: str) -> tuple[str, bytes] | None:
        """The cached payload stored under `name` and the key it was stored with, if any."""
        ...

    def save_cache(self, name: str, key: str, payload: bytes) -> None:
        """Store `payload` under `name` (replacing what was there), valid for `key`."""
        ...

    def close(self) -> None: ...
