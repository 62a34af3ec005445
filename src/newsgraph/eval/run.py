"""Run the pipeline over a gold set and score it; report as Markdown or JSON; the floor."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.eval.gold import GoldArticle, load_gold
from newsgraph.eval.scoring import Scores, evaluate_records
from newsgraph.extract import Pipeline
from newsgraph.ingest.article import Article
from newsgraph.record import PLOVER_TYPES, Record

LOGGER = logging.getLogger(__name__)

# The headline number of each stage, in report order.
HEADLINES = (
    ("actors", "actors.f1"),
    ("coreference", "coreference.accuracy"),
    ("events (type+actor+recipient)", "events.f1"),
    ("events (type only)", "events_type_only.f1"),
    ("claims (speaker+content)", "claims.f1"),
    ("conflicts", "conflicts.f1"),
    ("places", "places.f1"),
    ("dates", "dates.accuracy"),
)


def run_gold(
    pipeline: Pipeline, folder: str | Path, progress: Callable[[int], None] | None = None
) -> tuple[list[GoldArticle], Scores]:
    gold = load_gold(folder)
    articles = [Article(text=g.text, id=g.id, published=g.published, source=g.source, origin=str(g.path)) for g in gold]
    pairs: list[tuple[GoldArticle, Record]] = []
    for g, result in zip(gold, pipeline.extract_many(articles), strict=True):
        if progress is not None:
            progress(1)
        if isinstance(result, InputError):
            raise result
        pairs.append((g, result))
    return gold, evaluate_records(pairs)


def as_json(scores: Scores) -> dict[str, Any]:
    return {
        "articles": scores.articles,
        "metrics": scores.metrics(),
        "per_type": {
            t: {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "support": c.tp + c.fn,
            }
            for t, c in sorted(scores.per_type.items())
        },
        "misses": scores.misses,
        "false_alarms": scores.false_alarms,
    }


def as_markdown(scores: Scores, folder: str, *, details: bool = True) -> str:
    m = scores.metrics()
    lines = [
        f"Gold set `{folder}`: {scores.articles} articles.",
        "",
        "| stage | precision | recall | F1 / accuracy |",
        "|---|---|---|---|",
    ]
    for label, key in HEADLINES:
        stem = key.rsplit(".", 1)[0]
        if key.endswith(".f1"):
            lines.append(
                f"| {label} | {m.get(stem + '.precision', 0):.3f} | {m.get(stem + '.recall', 0):.3f} | {m.get(key, 0):.3f} |"
            )
        else:
            lines.append(f"| {label} | | | {m.get(key, 0):.3f} |")
    lines += ["", "| attribute | value |", "|---|---|"]
    for key, value in m.items():
        if not key.endswith((".precision", ".recall", ".f1")):
            lines.append(f"| {key} | {value} |")
    lines += [
        "",
        "Events per PLOVER type (type + actor + recipient):",
        "",
        "| type | precision | recall | F1 | gold events |",
        "|---|---|---|---|---|",
    ]
    for t in PLOVER_TYPES:
        c = scores.per_type.get(t)
        if c is None:
            lines.append(f"| {t} | – | – | – | 0 |")
        else:
            lines.append(f"| {t} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.tp + c.fn} |")
    if details:
        lines += ["", f"Misses ({len(scores.misses)}):", ""] + [f"- {x}" for x in scores.misses]
        lines += ["", f"False alarms ({len(scores.false_alarms)}):", ""] + [f"- {x}" for x in scores.false_alarms]
    return "\n".join(lines) + "\n"


def read_floors(path: Path) -> dict[str, float]:
    return {k: float(v) for k, v in json.loads(path.read_text()).items()} if path.exists() else {}


def below_floor(metrics: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Every pinned metric that dropped below its floor."""
    return [
        f"{name}: {metrics.get(name, 0.0):.4f} < floor {floor:.4f}"
        for name, floor in sorted(floors.items())
        if metrics.get(name, 0.0) + 1e-9 < floor
    ]


def raise_floors(path: Path, metrics: dict[str, float], names: list[str], margin: float = 0.02) -> dict[str, float]:
    """Raise each floor to (metric - margin) where that is higher; never lower one."""
    floors = read_floors(path)
    for name in names:
        if name not in metrics or name == "places.median_km":
            continue
        proposed = round(max(metrics[name] - margin, 0.0), 4)
        if name not in floors or proposed > floors[name]:
            floors[name] = proposed
    path.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n")
    return floors
