"""The store interface. SQLite and PostgreSQL implement it through SQLAlchemy Core."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from newsgraph.record import Record


@dataclass
class IngestResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.replaced + self.unchanged


class Store(Protocol):
    url: str

    def write(self, records: Iterable[Record]) -> IngestResult:
        """Store records atomically, each once: a record whose id is stored replaces it."""
        ...

    def get(self, record_id: str) -> Record | None: ...

    def records(self) -> Iterator[Record]: ...

    def count(self) -> int: ...

    def close(self) -> None: ...
