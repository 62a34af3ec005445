"""The accuracy gate: on gold/test, no pinned metric may drop below its floor.

Floors live in floors.json beside this file. Raise them after an improvement with
`newsgraph evaluate gold/test --raise-floor tests/eval_gate/floors.json`; the command
never lowers a floor, and lowering one by hand needs a reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph import Pipeline
from newsgraph.eval.run import below_floor, raise_floors, read_floors, run_gold
from newsgraph.record import PLOVER_TYPES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@pytest.fixture(scope="module")
def test_metrics(pipeline: Pipeline) -> dict[str, float]:
    _, scores = run_gold(pipeline, ROOT / "gold" / "test")
    return scores.metrics()


def test_no_stage_below_its_floor(test_metrics: dict[str, float]) -> None:
    floors = read_floors(HERE / "floors.json")
    assert floors, "floors.json is empty: pin the floors"
    pinned = (
        *("actors.f1", "events.f1", "claims.f1", "places.f1", "dates.accuracy", "coreference.accuracy"),
        *("events.actor_accuracy", "events.recipient_accuracy", "events.mode_accuracy", "events.modality_accuracy"),
        *("claims.speaker_accuracy", "conflicts.precision", "conflicts.recall"),
        *(f"events.type.{t}.f1" for t in PLOVER_TYPES),
    )
    for stage in pinned:
        assert stage in floors, f"no floor pinned for {stage}"
    assert below_floor(test_metrics, floors) == []


def test_raise_floor_never_lowers(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"events.f1": 0.5, "claims.f1": 0.9}))
    floors = raise_floors(path, {"events.f1": 0.8, "claims.f1": 0.1}, ["events.f1", "claims.f1"], margin=0.02)
    assert floors == {"events.f1": 0.78, "claims.f1": 0.9}
    assert below_floor({"events.f1": 0.7, "claims.f1": 0.95}, floors) == ["events.f1: 0.7000 < floor 0.7800"]
