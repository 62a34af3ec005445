"""The document record: JSON round trip and the published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from newsgraph import Article, Pipeline, Record
from newsgraph.record import record_json_schema

ROOT = Path(__file__).resolve().parent.parent


def test_schema_file_is_current() -> None:
    on_disk = json.loads((ROOT / "docs" / "record.schema.json").read_text())
    assert on_disk == record_json_schema(), "run `newsgraph schema > docs/record.schema.json`"


def test_record_round_trips_and_validates(pipeline: Pipeline) -> None:
    text = (
        "GENEVA, May 2 (Test Wire) - Foreign Minister Ana Duarte met with her Chilean counterpart "
        'Rafael Soto in Geneva on Tuesday. "We agreed to keep talking," Duarte said.'
    )
    record = pipeline.extract(Article(text=text, published="2025-05-02"))
    again = Record.from_json(record.to_json())
    assert again == record
    jsonschema.validate(json.loads(record.to_json()), record_json_schema())
    # offsets point into the text
    for actor in record.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_record_fields_of_the_contract_are_present() -> None:
    fields = set(Record.model_fields)
    assert {"id", "source", "text", "actors", "events", "claims", "conflicts", "places", "dates", "warnings"} <= fields
