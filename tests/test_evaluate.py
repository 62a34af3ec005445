"""The evaluation harness: gold loading and checks, scorers, reports, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.errors import GoldFormatError
from newsgraph.eval.gold import load_gold, ref_offset
from newsgraph.eval.scoring import evaluate_records, overlap_f1
from newsgraph.record import Actor, Claim, Event, Place, Record, Span, TimeExpr

TEXT = (
    "LIMA, May 4 (Test Wire) - Police arrested Ana Ruiz on Friday, her lawyer Jorge Pena said. "
    "He said she had done nothing wrong."
)
GOLD = {
    "id": "t-1",
    "published": "2025-05-04",
    "text": TEXT,
    "actors": [
        {"name": "Police", "kind": "organization", "country": "PER", "sector": "POL"},
        {"name": "Ana Ruiz", "kind": "person", "aliases": [], "refs": ["she#1"]},
        {"name": "Jorge Pena", "kind": "person", "roles": ["lawyer"], "refs": ["He#1"]},
    ],
    "events": [
        {"type": "COERCE", "mode": "arrest", "actor": ["Police"], "recipient": ["Ana Ruiz"], "date": "2025-05-02",
         "place": None, "trigger": "arrested"},
    ],
    "claims": [
        {"id": "c1", "speaker": ["Jorge Pena"], "cue": "said", "content": "she had done nothing wrong"},
    ],
    "places": [{"name": "LIMA", "country": "PER", "lat": -12.05, "lon": -77.04}],
    "dates": [{"text": "on Friday", "value": "2025-05-02", "granularity": "day"}],
}  # fmt: skip


def span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start=start, end=start + len(text), text=text)


def write_gold(folder: Path, data: dict[str, object]) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "t-1.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_loader_checks_the_rules(tmp_path: Path) -> None:
    write_gold(tmp_path / "ok", GOLD)
    (article,) = load_gold(tmp_path / "ok")
    assert article.actor_index("jorge pena") == 2
    bad = json.loads(json.dumps(GOLD))
    bad["claims"][0]["content"] = "words that are not in the text"
    bad["events"][0]["actor"] = ["Nobody"]
    bad["actors"][1]["refs"] = ["she#5"]
    write_gold(tmp_path / "bad", bad)
    with pytest.raises(GoldFormatError) as info:
        load_gold(tmp_path / "bad")
    message = str(info.value)
    assert "claim content" in message and "'Nobody'" in message and "she#5" in message


def test_loader_names_a_value_split_by_an_unquoted_comma(tmp_path: Path) -> None:
    folder = tmp_path / "split"
    write_gold(folder, GOLD)
    path = folder / "t-1.yaml"
    # a hand-written one-line entry whose content holds a comma: YAML cuts it there
    text = path.read_text().replace(
        "claims:\n",
        "claims:\n- {id: c2, speaker: [Jorge Pena], cue: said, content: Police arrested Ana Ruiz, her lawyer}\n",
    )
    path.write_text(text)
    with pytest.raises(GoldFormatError) as info:
        load_gold(folder)
    assert "'her lawyer'" in str(info.value) and "quote" in str(info.value)


def test_loader_checks_modes_against_the_type(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(GOLD))
    bad["events"][0]["mode"] = "visit"  # a CONSULT mode on a COERCE event
    write_gold(tmp_path / "mode", bad)
    with pytest.raises(GoldFormatError) as info:
        load_gold(tmp_path / "mode")
    assert "COERCE mode 'visit'" in str(info.value)


def test_ref_offsets_count_whole_words() -> None:
    assert ref_offset("He said he would. He left.", "He#2") == (18, 20)
    assert ref_offset("The hero", "he#1") is None


def test_scores_on_a_hand_built_record(tmp_path: Path) -> None:
    write_gold(tmp_path, GOLD)
    (gold,) = load_gold(tmp_path)
    record = Record(
        id="t-1",
        text=TEXT,
        actors=[
            Actor(id="A1", name="Police", kind="organization", country="PER", sector="POL", mentions=[span("Police")]),
            Actor(id="A2", name="Ana Ruiz", kind="person", mentions=[span("Ana Ruiz")]),
            Actor(id="A3", name="Jorge Pena", kind="person", mentions=[span("Jorge Pena"), span("He")]),
            Actor(id="A4", name="Test Wire", kind="media"),
        ],
        events=[
            Event(id="E1", event="COERCE", mode="arrest", actor=["A1"], recipient=["A2"], evidence=span(TEXT[:89]),
                  trigger=span("arrested")),
            Event(id="E2", event="COERCE", mode="arrest", actor=["A1"], recipient=["A2"], evidence=span(TEXT[:89])),
            Event(id="E3", event="ASSAULT", actor=["A1"], evidence=span(TEXT[:89])),
        ],
        claims=[Claim(id="C1", speaker=["A3"], cue=span("said."), content=span("she had done nothing wrong"))],
        places=[Place(id="P1", name="Lima", country="PER", lat=-12.04, lon=-77.03, mentions=[span("LIMA")])],
        dates=[TimeExpr(text="Friday", start=TEXT.index("Friday"), end=TEXT.index("Friday") + 6, value="2025-05-02")],
    )  # fmt: skip
    scores = evaluate_records([(gold, record)])
    m = scores.metrics()
    assert (m["actors.precision"], m["actors.recall"]) == (0.75, 1.0)  # Test Wire is a false alarm
    assert m["events.precision"] == 0.5 and m["events.recall"] == 1.0  # E2 duplicates E1; E3 is false
    assert m["claims.f1"] == 1.0 and m["places.f1"] == 1.0 and m["dates.accuracy"] == 1.0
    assert m["coreference.accuracy"] == 0.5  # "He" found, "she" not
    assert m["actors.role_recall"] == 0.0
    assert any("she#1" in miss for miss in scores.misses)
    assert scores.per_type["COERCE"].tp == 1 and scores.per_type["ASSAULT"].fp == 1
    assert m["places.median_km"] < 2


def test_actor_and_recipient_accuracy_are_scored_apart(tmp_path: Path) -> None:
    write_gold(tmp_path, GOLD)
    (gold,) = load_gold(tmp_path)
    record = Record(
        id="t-1",
        text=TEXT,
        actors=[
            Actor(id="A1", name="Police", kind="organization"),
            Actor(id="A3", name="Jorge Pena", kind="person"),
        ],
        events=[Event(id="E1", event="COERCE", actor=["A1"], recipient=["A3"], evidence=span(TEXT[:89]))],
    )
    m = evaluate_records([(gold, record)]).metrics()
    assert m["events.recall"] == 0.0 and m["events_type_only.recall"] == 1.0
    assert m["events.actor_accuracy"] == 1.0 and m["events.recipient_accuracy"] == 0.0


def test_a_predicted_actor_with_the_gold_name_is_preferred(tmp_path: Path) -> None:
    # gold lists "police" (alias of nothing) and "riot police" (alias "police"); the record
    # has both: each gold actor takes the predicted actor of its own name, whatever the order
    data = json.loads(json.dumps(GOLD))
    data["text"] = TEXT + " Riot police arrived later."
    data["actors"] = [
        {"name": "Riot police", "aliases": ["Police"], "kind": "organization"},
        {"name": "Police", "kind": "organization"},
    ]
    data["events"], data["claims"], data["places"], data["dates"] = [], [], [], []
    write_gold(tmp_path, data)
    (gold,) = load_gold(tmp_path)
    record = Record(
        id="t-1",
        text=data["text"],
        actors=[
            Actor(id="A1", name="Police", kind="organization"),
            Actor(id="A2", name="Riot police", kind="organization"),
        ],
    )
    m = evaluate_records([(gold, record)]).metrics()
    assert (m["actors.precision"], m["actors.recall"]) == (1.0, 1.0)


def test_overlap_f1() -> None:
    assert overlap_f1("a b c", "a b c") == 1.0
    assert overlap_f1("a b", "c d") == 0.0
    assert 0.5 < overlap_f1("the two men discussed", "two men discussed the war") < 1.0


def test_evaluate_cli_reports(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    write_gold(folder, GOLD)
    runner = CliRunner()
    check = runner.invoke(main, ["evaluate", str(folder), "--check"])
    assert check.exit_code == 0 and "1 gold articles" in check.stderr
    result = runner.invoke(main, ["evaluate", str(folder), "--report", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 1 and "events.f1" in data["metrics"] and "COERCE" in data["per_type"]
    doc = tmp_path / "accuracy.md"
    floors = tmp_path / "floors.json"
    md = runner.invoke(main, ["evaluate", str(folder), "--write-doc", str(doc), "--raise-floor", str(floors)])
    assert md.exit_code == 0 and "| events (type+actor+recipient) |" in md.stdout
    full = runner.invoke(main, ["evaluate", str(folder)])
    assert "Misses (" in full.stdout and "False alarms (" in full.stdout
    assert "Misses (" not in md.stdout and "False alarms (" not in md.stdout  # gold/test misses stay unread
    assert "Per PLOVER type" in doc.read_text() or "per PLOVER type" in doc.read_text()
    assert json.loads(floors.read_text())
