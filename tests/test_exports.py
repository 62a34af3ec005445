"""Each export read back with its own format's reader: JSON Lines, PLOVER JSONL, GDELT-style
TSV (csv), FollowTheMoney entities (followthemoney) and GraphML (networkx)."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
from followthemoney import model

from crossdoc_helpers import corpus
from newsgraph.export import export
from newsgraph.export.formats import GDELT_COLUMNS
from newsgraph.record import Record
from newsgraph.resolve.graph import build_graph


def _run(fmt: str) -> str:
    out = io.StringIO()
    export(build_graph(corpus()), fmt, out)
    return out.getvalue()


def test_records_jsonl_round_trip() -> None:
    lines = _run("records").splitlines()
    assert [Record.model_validate_json(line) for line in lines] == corpus()


def test_plover_jsonl_fields() -> None:
    events = [json.loads(line) for line in _run("plover").splitlines()]
    strike = next(e for e in events if e["event_type"] == "ASSAULT" and e["date"] == "2025-05-01")
    assert strike["actor"] == ["Northern Defence Force"] and strike["num_articles"] == 2
    assert {"id", "mode", "context", "recipient", "location", "source", "text", "evidence"} <= set(strike)
    assert len(strike["evidence"]) == 2 and strike["modality"]["negated"] is False


def test_gdelt_tsv_reads_back() -> None:
    rows = list(csv.DictReader(io.StringIO(_run("gdelt")), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    strike = next(r for r in rows if r["SQLDATE"] == "20250501")
    assert strike["EventCode"] == "ASSAULT" and strike["NumArticles"] == "2" and strike["NumSources"] == "2"


def test_ftm_entities_load_with_followthemoney() -> None:
    proxies = [model.get_proxy(json.loads(line)) for line in _run("ftm").splitlines()]
    schemata = {p.schema.name for p in proxies}
    assert {"Article", "Person", "Organization", "Event", "Mention"} <= schemata
    people = [p for p in proxies if p.schema.name == "Person"]
    haddad = next(p for p in people if "Yousef Haddad" in p.get("name") or "Youssef Haddad" in p.get("name"))
    mentions = [p for p in proxies if p.schema.name == "Mention" and haddad.id in p.get("resolved")]
    assert len(mentions) == 3
    [sanction] = [p for p in proxies if p.schema.name == "Sanction"]
    ndf = next(p for p in proxies if p.schema.name == "Organization" and "Northern Defence Force" in p.get("name"))
    assert sanction.get("entity") == [ndf.id] and sanction.get("program") == [
        "Foreign Terrorist Organization (Ruritanian government)"
    ]


def test_graphml_reads_back_with_networkx() -> None:
    g = nx.read_graphml(io.StringIO(_run("graphml")))
    events = [n for n, d in g.nodes(data=True) if d["type"] == "event"]
    actors = [d["label"] for _, d in g.nodes(data=True) if d["type"] == "actor"]
    assert "Northern Defence Force" in actors and len(events) == 2
    assert all(d["role"] == "actor" for _, _, d in g.edges(data=True))
