"""Everything a user can set, run or read is documented: commands, settings, record fields."""

from __future__ import annotations

from pathlib import Path

from newsgraph import record
from newsgraph.cli import main
from newsgraph.settings import describe

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
RECORD_DOC = (ROOT / "docs" / "record-format.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in main.commands if f"newsgraph {name}" not in README]
    assert missing == [], f"document these commands in README.md: {missing}"


def test_every_setting_is_in_the_readme() -> None:
    missing = [name for name, _, _ in describe() if f"`{name}`" not in README]
    assert missing == [], f"document these settings in README.md: {missing}"


def test_every_record_field_is_in_the_record_format() -> None:
    models = [
        record.Record, record.Source, record.Actor, record.Role, record.Designation, record.Event,
        record.EventDate, record.Modality, record.Size, record.Claim, record.Conflict, record.Place,
        record.TimeExpr, record.Span,
    ]  # fmt: skip
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name in model.model_fields
        if f'"{name}"' not in RECORD_DOC and f"`{name}`" not in RECORD_DOC
    ]
    assert missing == [], f"document these fields in docs/record-format.md: {missing}"
