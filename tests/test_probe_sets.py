"""Probe sets: wire-style sentences written from the language, not from gold.

Each file in tests/probes/ was written before its author looked at any gold set, to cover
the common ways news words a thing (event types and their non-event senses; attribution
constructions; event participants; pairs of statements that cannot both be true). They are regression sets: the share that passes may not fall below the
pinned floor. When a change makes more probes pass, raise the floor to the new count.
Unlike the gold gate (tests/eval_gate), a probe checks one construction in isolation.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from newsgraph import Article, Pipeline

PROBES = Path(__file__).parent / "probes"
# passes / total at the last raise; see the module docstring
FLOORS = {"event_types.txt": 180, "claims.txt": 167, "event_participants.txt": 110, "conflicts.txt": 34}


def _event_rows() -> list[tuple[str, str]]:
    rows = []
    for line in (PROBES / "event_types.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            expect, sentence = (part.strip() for part in line.split("|", 1))
            rows.append((expect, sentence))
    return rows


def _event_passes(expect: str, got: list[tuple[str, str | None]]) -> bool:
    for want in (w.strip() for w in expect.split("+")):
        if want == "NONE":
            ok = not got
        elif want.startswith("!"):
            ok = all(event != want[1:] for event, _ in got)
        else:
            kind, _, mode = want.partition("/")
            ok = any(event == kind and (not mode or m == mode) for event, m in got)
        if not ok:
            return False
    return True


def test_event_type_probes(pipeline: Pipeline) -> None:
    rows = _event_rows()
    failed = []
    for expect, sentence in rows:
        record = pipeline.extract(Article(text=sentence, published="2025-05-14"))
        if not _event_passes(expect, [(e.event, e.mode) for e in record.events]):
            failed.append(f"{expect}: {sentence}")
    passed = len(rows) - len(failed)
    assert passed >= FLOORS["event_types.txt"], "\n".join(failed)


def _claim_blocks() -> list[dict]:
    blocks: list[dict] = []
    for line in (PROBES / "claims.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("TEXT: "):
            blocks.append({"text": line[6:].replace("\\n", "\n"), "expect": [], "none": False})
        elif line.startswith("EXPECT: "):
            speaker, cue, content = (part.strip() for part in line[8:].split("|"))
            blocks[-1]["expect"].append((speaker, cue, content))
        elif line.strip() == "NONE":
            blocks[-1]["none"] = True
    return blocks


def _overlap(a: str, b: str) -> float:
    ta, tb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    precision, recall = common / len(tb), common / len(ta)
    return 2 * precision * recall / (precision + recall)


def _claim_passes(block: dict, got: list[tuple[str, str, str]]) -> bool:
    if block["none"] and got:
        return False
    for speaker, cue, content in block["expect"]:
        cues = [c.lower() for c in cue.split("/")]
        hits = [
            g
            for g in got
            if content in g[2]
            and _overlap(content, g[2]) >= 0.5
            and any(c in g[1].lower() or g[1].lower() in c for c in cues)
        ]
        if not any(s.lower() in g[0].lower() for g in hits for s in speaker.split("/")):
            return False
    return True


def test_claim_probes(pipeline: Pipeline) -> None:
    blocks = _claim_blocks()
    failed = []
    for block in blocks:
        record = pipeline.extract(Article(text=block["text"], published="2025-03-14"))
        names = {a.id: a.name for a in record.actors}
        got = [(" ".join(names.get(s, s) for s in c.speaker), c.cue.text, c.content.text) for c in record.claims]
        if not _claim_passes(block, got):
            failed.append(block["text"])
    passed = len(blocks) - len(failed)
    assert passed >= FLOORS["claims.txt"], "\n".join(failed)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("'", "")).strip()


def _named(expected: list[str], names: list[str]) -> bool:
    """Scorer-like: an expected participant overlaps a predicted one (empty means none)."""
    if expected == ["*"]:
        return True
    if not expected:
        return not names
    return any(any(e and n and (e in n or n in e) for n in names) for e in map(_norm, expected))


def test_event_participant_probes(pipeline: Pipeline) -> None:
    rows = [
        line
        for line in (PROBES / "event_participants.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    failed = []
    for row in rows:
        kind, actors, recipients, sentence = (part.strip() for part in row.split("|", 3))
        record = pipeline.extract(Article(text=sentence, published="2025-05-14"))
        names = {a.id: [_norm(a.name), *map(_norm, a.aliases)] for a in record.actors}
        events = [
            (
                e.event,
                [n for i in e.actor for n in names.get(i, [])],
                [n for i in e.recipient for n in names.get(i, [])],
            )
            for e in record.events
        ]
        if kind.startswith("NONE-"):
            ok = all(event != kind[5:] for event, _, _ in events)
        else:
            want_a = [x.strip() for x in actors.split(";") if x.strip()]
            want_r = [x.strip() for x in recipients.split(";") if x.strip()]
            ok = any(
                event == kind and _named(want_a, got_a) and _named(want_r, got_r) for event, got_a, got_r in events
            )
        if not ok:
            failed.append(row)
    passed = len(rows) - len(failed)
    assert passed >= FLOORS["event_participants.txt"], "\n".join(failed)


def test_conflict_probes(pipeline: Pipeline) -> None:
    """A "yes" probe wants exactly one conflict whose sides hold all the given words."""
    text = (PROBES / "conflicts.txt").read_text(encoding="utf-8")
    blocks = re.split(r"^## ", text, flags=re.M)[1:]
    failed = []
    for block in blocks:
        head, _, body = block.partition("\n")
        probe, expect, words = (part.strip() for part in head.split("|"))
        record = pipeline.extract(Article(text=" ".join(body.split()), published="2025-03-14"))
        claims = {c.id: c for c in record.claims}
        sides = []
        for conflict in record.conflicts:
            side = [f"{claims[c].cue.text} | {claims[c].content.text}" for c in conflict.claims if c in claims]
            if conflict.narration or len(side) < 2:
                side.append("narration")
            sides.append(" <> ".join(side).lower())
        if expect == "no":
            ok = not record.conflicts
        else:
            ok = len(sides) == 1 and all(w.lower() in sides[0] for w in words.split("/"))
        if not ok:
            failed.append(probe)
    passed = len(blocks) - len(failed)
    assert passed >= FLOORS["conflicts.txt"], ", ".join(failed)
