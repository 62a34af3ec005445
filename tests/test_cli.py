"""The command line: extract (JSON and JSON Lines), ingest, summary, settings, errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_extract_one_file_gives_one_json(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("ROME, May 5 (Test Wire) - Italy's prime minister Carla Benedetti visited Tunis on Monday.")
    result = CliRunner().invoke(main, ["extract", str(path), "--published", "2025-05-05", "--source", "Test Wire"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"]["published"] == "2025-05-05" and record["source"]["name"] == "Test Wire"
    assert record["text"].startswith("ROME")


def test_extract_jsonl_corpus_with_a_bad_line(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "1", "text": "Protesters marched in Lima on Sunday.", "published": "2025-01-05"}) + "\n"
        "{oops\n"
        + json.dumps({"id": "2", "text": "Police arrested 12 people in Quito.", "published": "2025-01-05"})
        + "\n"
    )
    result = CliRunner().invoke(main, ["extract", "--input-format", "jsonl", str(corpus), "--no-text"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in lines] == ["1", "2"] and all(r["text"] is None for r in lines)
    assert "c.jsonl:2" in result.stderr


def test_ingest_and_summary(tmp_path: Path) -> None:
    db = tmp_path / "ng.db"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(ROOT / "examples"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "10 new" in result.stderr
    again = runner.invoke(main, ["ingest", str(ROOT / "examples"), "--db", str(db)])
    assert "10 unchanged" in again.stderr
    summary = runner.invoke(main, ["summary", "--db", str(db)])
    assert summary.exit_code == 0
    for heading in ("Actors", "Events by type", "Claims by speaker", "Conflicts"):
        assert heading in summary.stdout
    assert "10 articles" in summary.stdout


def test_missing_model_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Text.")
    result = CliRunner().invoke(main, ["--model", "no_such_model_xyz", "extract", str(path)])
    assert result.exit_code == 1
    assert "not installed" in result.output and "pip install" in result.output


def test_settings_listed() -> None:
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0 and "model" in result.stdout and "NEWSGRAPH_" in result.stdout


def test_worker_processes_give_the_same_records(tmp_path: Path) -> None:
    from newsgraph import Article, Pipeline, Settings

    articles = [
        Article(
            text=f"LIMA - Police arrested {n} protesters in Lima on Sunday, officials said.", published="2025-01-06"
        )
        for n in range(3, 7)
    ]
    one = [r.to_json() for r in Pipeline(Settings.from_env(n_process=1)).extract_many(articles)]  # type: ignore[union-attr]
    two = [r.to_json() for r in Pipeline(Settings.from_env(n_process=2)).extract_many(articles)]  # type: ignore[union-attr]
    assert one == two and len(one) == 4
