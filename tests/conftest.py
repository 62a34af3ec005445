"""Shared fixtures: the real pipeline (built once per test session) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import Pipeline, Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed" / "000_27d4363acc8b3240.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings.from_env())


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
