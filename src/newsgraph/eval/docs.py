"""docs/accuracy.md, regenerated from one evaluation run."""

from __future__ import annotations

from pathlib import Path

from newsgraph.eval.run import as_markdown
from newsgraph.eval.scoring import Scores

HEADER = """# Accuracy

Measured on our own gold test set (`gold/test/`, written by us; see docs/gold-format.md)
with:

    .venv/bin/newsgraph evaluate gold/test --write-doc docs/accuracy.md

The floors in `tests/eval_gate/floors.json` are checked by `make test`; raise them with
`newsgraph evaluate gold/test --raise-floor tests/eval_gate/floors.json` after an
improvement (the command never lowers a floor).

Our gold is written by the same people who write the rules, so these numbers flatter the
system: real articles are messier. Read the misses below before trusting a number.

"""


def write_accuracy_doc(path: Path, scores: Scores, folder: str) -> None:
    path.write_text(HEADER + as_markdown(scores, folder, details=True))
