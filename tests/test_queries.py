"""Queries over the graph as library functions and as CLI commands (click's CliRunner)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crossdoc_helpers import corpus
from newsgraph.cli import main
from newsgraph.query.graph import ActorNotFound, dossier, list_actors, list_claims, list_events, timeline
from newsgraph.resolve.graph import build_graph
from newsgraph.store import open_store


def test_library_queries() -> None:
    g = build_graph(corpus())
    [haddad] = list_actors(g, "hadd")
    assert haddad.documents == 3 and haddad.name in {"Yousef Haddad", "Yusuf Hadad", "Youssef Haddad"}
    assert dossier(g, "Yusuf Hadad").affiliations == ["Northern Defence Force"]
    d = dossier(g, "NDF")
    assert d.actor.designations == ["Foreign Terrorist Organization (Ruritanian government)"]
    assert len(d.events_as_actor) == 2 and [c.content for c in d.claims_about] == ["twelve people died"]
    assert [e.date for e in list_events(g, actor="Northern Defence Force", since="2025-05-05")] == ["2025-05-08"]
    assert list_events(g, place="deir", event_type="assault", until="2025-05-02")[0].articles == 2
    assert len(list_claims(g, speaker="Yusuf Hadad")) == 2
    assert [t.date for t in timeline(g, "NDF") if t.role == "actor"] == ["2025-05-01", "2025-05-08"]
    with pytest.raises(ActorNotFound):
        dossier(g, "Nobody Known")


def test_cli_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    store = open_store(db)
    store.write(corpus())
    store.close()
    runner = CliRunner()
    out = runner.invoke(main, ["actors", "--db", db, "--search", "haddad"])
    assert out.exit_code == 0 and "3 articles" in out.output
    assert "Northern Defence Force" in runner.invoke(main, ["actor", "NDF", "--db", db]).output
    assert "2 articles" in runner.invoke(main, ["events", "--db", db, "--type", "ASSAULT"]).output
    assert "twelve" in runner.invoke(main, ["claims", "--db", db, "--about", "NDF"]).output
    assert "9" in runner.invoke(main, ["conflicts", "--db", db]).output
    assert "2025-05-08" in runner.invoke(main, ["timeline", "NDF", "--db", db]).output
    assert runner.invoke(main, ["actor", "Nobody Known", "--db", db]).exit_code == 1
    # a split persists and changes the actors listed
    assert runner.invoke(main, ["split", "Yusuf Hadad", "Yousef Haddad", "--db", db]).exit_code == 0
    assert "3 articles" not in runner.invoke(main, ["actors", "--db", db, "--search", "haddad"]).output
    assert "split\tYousef Haddad\tYusuf Hadad" in runner.invoke(main, ["decisions", "--db", db]).output
    assert runner.invoke(main, ["undecide", "Yousef Haddad", "Yusuf Hadad", "--db", db]).exit_code == 0
    assert "3 articles" in runner.invoke(main, ["actors", "--db", db, "--search", "haddad"]).output
    out_file = tmp_path / "events.tsv"
    assert runner.invoke(main, ["export", "gdelt", "--db", db, "-o", str(out_file)]).exit_code == 0
    assert out_file.read_text().startswith("GLOBALEVENTID")


def test_every_graph_command_is_documented_in_the_readme() -> None:
    from pathlib import Path

    from newsgraph.cli_graph import COMMANDS

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The graph across articles", 1)[1].split("\n## ", 1)[0]
    missing = [c.name for c in COMMANDS if f"newsgraph {c.name} " not in section]
    assert missing == []
    assert all(f"`{fmt}`" in section for fmt in ("records", "plover", "gdelt", "ftm", "graphml"))


def test_events_are_found_by_any_spelling_of_their_place() -> None:
    from crossdoc_helpers import span

    records = corpus()
    records[0].places[0].mentions = [span("Deir as-Salem")]  # how this article wrote it
    g = build_graph(records)
    found = list_events(g, place="Deir as-Salem")
    assert found and all(c.event == "ASSAULT" for c in found)
    assert list_events(g, place="Nowhere") == []
