"""Scoring the graph across articles against a corpus truth file (tests/data/crossdoc/truth.yaml).

- **actor merges**: pairwise precision/recall over actor occurrences of different articles
  whose name (or an alias) appears in a truth group: a pair is *predicted* when resolution put
  both in one global actor and *true* when the truth puts both names in one group;
- **distinct pairs**: truth pairs of people that must never merge (each merged pair is listed);
- **event clusters**: pairwise P/R over (article, article, PLOVER type): predicted when both
  articles have a mention in one cross-document event of that type, true when the truth lists
  both articles for one event of that type (pairs of identical copies, which share one
  record, are left out of both);
- **syndication** and **conflicts**: recall of the truth's copies and article pairs; conflicts
  reported between articles the truth does not pair are listed (`false_conflicts`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import GoldFormatError
from newsgraph.record import Record, Source
from newsgraph.resolve import names as nm
from newsgraph.resolve.graph import Graph, build_graph

LOGGER = logging.getLogger(__name__)


@dataclass
class PR:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class CrossdocScores:
    actors: PR = field(default_factory=PR)
    events: PR = field(default_factory=PR)
    distinct_merged: list[tuple[str, str]] = field(default_factory=list)
    syndicated_found: int = 0
    syndicated_total: int = 0
    conflicts_found: int = 0
    conflicts_total: int = 0
    false_conflicts: list[str] = field(default_factory=list)  # reported article pairs the truth lacks
    missed_event_pairs: list[str] = field(default_factory=list)
    false_event_pairs: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        return {
            "crossdoc.actors.precision": self.actors.precision, "crossdoc.actors.recall": self.actors.recall,
            "crossdoc.events.precision": self.events.precision, "crossdoc.events.recall": self.events.recall,
            "crossdoc.syndicated.recall": self.syndicated_found / self.syndicated_total if self.syndicated_total else 1.0,
            "crossdoc.conflicts.recall": self.conflicts_found / self.conflicts_total if self.conflicts_total else 1.0,
            "crossdoc.conflicts.false": float(len(self.false_conflicts)),
        }  # fmt: skip


def load_truth(folder: Path) -> dict[str, Any]:
    path = folder / "truth.yaml"
    if not path.exists():
        raise GoldFormatError(f"{path} not found: a cross-document corpus needs a truth.yaml beside its articles")
    with path.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}: expected a mapping with actors, events, syndicated, conflicts")
    return data


def score_graph(graph: Graph, truth: dict[str, Any], file_of: dict[str, list[str]]) -> CrossdocScores:
    """`file_of` maps record ids to the corpus file names truth.yaml uses (identical copies
    share a record, hence several files)."""
    scores = CrossdocScores()
    _score_actors(graph, truth, file_of, scores)
    _score_events(graph, truth, file_of, scores)
    copies = [set(group) for group in truth.get("syndicated", [])]
    scores.syndicated_total = len(copies)
    story_files: dict[str, set[str]] = {}
    for doc, story in graph.story.items():
        story_files.setdefault(story, set()).update(file_of.get(doc, [doc]))
    scores.syndicated_found = sum(1 for group in copies if any(group <= files for files in story_files.values()))
    found = [(set(file_of.get(k.documents[0], [])), set(file_of.get(k.documents[1], []))) for k in graph.conflicts]
    wanted = [k["articles"] for k in truth.get("conflicts", [])]
    scores.conflicts_total = len(wanted)
    scores.conflicts_found = sum(
        1 for a, b in wanted if any((a in x and b in y) or (a in y and b in x) for x, y in found)
    )
    for k, (x, y) in zip(graph.conflicts, found, strict=True):
        if not any((a in x and b in y) or (a in y and b in x) for a, b in wanted):
            scores.false_conflicts.append(f"{k.topic}: {' / '.join(sorted(x | y))} ({' vs '.join(k.values)})")
    return scores


def _score_actors(graph: Graph, truth: dict[str, Any], file_of: dict[str, list[str]], scores: CrossdocScores) -> None:
    group_of: dict[str, int] = {}
    for number, group in enumerate(truth.get("actors", [])):
        for name in group.get("names", []):
            group_of[nm.fold(name)] = number
    occurrences: list[tuple[str, int, str]] = []  # (doc, truth group, global id)
    for (doc, local), gid in graph.actors.by_node.items():
        actor = graph.records[doc].actor(local)
        if actor is None:
            continue
        groups = {group_of[nm.fold(n)] for n in (actor.name, *actor.aliases) if nm.fold(n) in group_of}
        if len(groups) == 1:
            occurrences.append((doc, groups.pop(), gid))
    for (da, ta, ga), (db, tb, gb) in combinations(occurrences, 2):
        if da == db:
            continue
        same, merged = ta == tb, ga == gb
        if same and merged:
            scores.actors.tp += 1
        elif merged:
            scores.actors.fp += 1
        elif same:
            scores.actors.fn += 1
    for a, b in truth.get("distinct", []):
        ids_a = {x.id for x in graph.actors.find(a) if nm.fold(a) in {nm.fold(n) for n in x.names}}
        ids_b = {x.id for x in graph.actors.find(b) if nm.fold(b) in {nm.fold(n) for n in x.names}}
        if ids_a & ids_b:
            scores.distinct_merged.append((a, b))


def _score_events(graph: Graph, truth: dict[str, Any], file_of: dict[str, list[str]], scores: CrossdocScores) -> None:
    corpus = {f for files in file_of.values() for f in files}
    # identical copies share one record: a pair of them says nothing about clustering
    record_of = {f: doc for doc, files in file_of.items() for f in files}
    true_pairs: set[tuple[str, str, str]] = set()
    for event in truth.get("events", []):
        for a, b in combinations(sorted(set(event["articles"])), 2):
            if record_of.get(a) != record_of.get(b):
                true_pairs.add((a, b, event["type"]))
    predicted: set[tuple[str, str, str]] = set()
    for cluster in graph.events:
        files = sorted({f for m in cluster.mentions for f in file_of.get(m.doc_id, [])} & corpus)
        for a, b in combinations(files, 2):
            if record_of[a] != record_of[b]:
                predicted.add((a, b, cluster.event))
    scores.events.tp = len(true_pairs & predicted)
    scores.events.fp = len(predicted - true_pairs)
    scores.events.fn = len(true_pairs - predicted)
    scores.missed_event_pairs = [f"{t} {a} ~ {b}" for a, b, t in sorted(true_pairs - predicted)]
    scores.false_event_pairs = [f"{t} {a} ~ {b}" for a, b, t in sorted(predicted - true_pairs)]


def evaluate_corpus(records: list[tuple[str, Record]], truth: dict[str, Any]) -> tuple[Graph, CrossdocScores]:
    """Score the graph built from (file name, record) pairs."""
    file_of: dict[str, list[str]] = {}
    publications: dict[str, list[Source]] = {}
    for name, record in records:
        file_of.setdefault(record.id, []).append(name)
        publications.setdefault(record.id, []).append(record.source)
    graph = build_graph((record for _, record in records), publications=publications)
    return graph, score_graph(graph, truth, file_of)


def as_markdown(scores: CrossdocScores, corpus: str, *, details: bool = True) -> str:
    a, e = scores.actors, scores.events
    lines = [
        f"# Graph across articles: {corpus}",
        "",
        "| measure | precision | recall | F1 | tp | fp | fn |",
        "|---|---|---|---|---|---|---|",
        f"| actor merges (pairwise) | {a.precision:.3f} | {a.recall:.3f} | {a.f1:.3f} | {a.tp} | {a.fp} | {a.fn} |",
        f"| event clusters (pairwise) | {e.precision:.3f} | {e.recall:.3f} | {e.f1:.3f} | {e.tp} | {e.fp} | {e.fn} |",
        "",
        f"- syndicated copies found: {scores.syndicated_found}/{scores.syndicated_total}",
        f"- cross-article conflicts found: {scores.conflicts_found}/{scores.conflicts_total}"
        f" ({len(scores.false_conflicts)} not in the truth)",
        f"- distinct people wrongly merged: {len(scores.distinct_merged)}"
        + (": " + "; ".join(f"{x} / {y}" for x, y in scores.distinct_merged) if scores.distinct_merged else ""),
    ]
    if details:
        lines += ["", "## Missed event pairs", *(f"- {p}" for p in scores.missed_event_pairs)]
        lines += ["", "## False event pairs", *(f"- {p}" for p in scores.false_event_pairs)]
        lines += ["", "## Conflicts not in the truth", *(f"- {k}" for k in scores.false_conflicts)]
    return "\n".join(lines) + "\n"
