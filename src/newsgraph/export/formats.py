"""Writers for each export format. Each takes a `Graph` and a text stream.

- `records`: the stored records, one JSON object a line (the record contract);
- `plover`: one cross-document event a line with the PLOVER data set's fields (id, date,
  event_type, mode, context, actor/recipient names, country, sector, location, source,
  text) plus the counts across articles;
- `gdelt`: a tab-separated table of events in the spirit of GDELT's event file
  (GLOBALEVENTID, SQLDATE, Actor1Name, Actor1CountryCode, ..., NumArticles, NumSources,
  SOURCEURL), with PLOVER codes in EventCode;
- `ftm`: FollowTheMoney entities (Person, Organization, Event, Sanction, Article, Mention)
  built with the `followthemoney` library, one JSON entity a line;
- `graphml`: the actor-event graph (networkx): actor and event nodes, `actor` and
  `recipient` edges.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections.abc import Callable
from typing import TextIO

import networkx as nx
from followthemoney import model

from newsgraph.resolve.actors import GlobalActor
from newsgraph.resolve.events import EventCluster
from newsgraph.resolve.graph import Graph

LOGGER = logging.getLogger(__name__)

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Name",
    "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventMode", "QuadClass", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
)  # fmt: skip
_QUAD = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


def write_records(graph: Graph, out: TextIO) -> int:
    for record in graph.records.values():
        out.write(record.to_json() + "\n")
    return len(graph.records)


def _actor_fields(graph: Graph, ids: list[str], prefix: str) -> dict[str, object]:
    actors = [graph.actor(i) for i in ids]
    return {
        prefix: [a.name for a in actors],
        f"{prefix}_country": sorted({a.country for a in actors if a.country}),
        f"{prefix}_sector": sorted({a.sector for a in actors if a.sector}),
        f"{prefix}_kind": sorted({a.kind for a in actors}),
    }


def plover_event(graph: Graph, e: EventCluster) -> dict[str, object]:
    first = e.mentions[0]
    record = graph.records[first.doc_id]
    local = next(x for x in record.events if x.id == first.local_id)
    return {
        "id": e.id, "date": e.date, "event_type": e.event, "mode": e.mode, "context": local.context,
        "modality": local.modality.model_dump(), "quad": local.quad, "cameo": local.cameo,
        **_actor_fields(graph, e.actors, "actor"), **_actor_fields(graph, e.recipients, "recipient"),
        "location": {"name": e.place, "country": first.place_country} if e.place else None,
        "source": first.source, "url": first.url, "text": first.evidence,
        "publication_date": first.published, "num_articles": e.articles, "num_outlets": len(e.outlets),
        "outlets": e.outlets, "first_seen": e.first_seen, "last_seen": e.last_seen,
        "evidence": [{"doc_id": m.doc_id, "event_id": m.local_id, "source": m.source, "published": m.published,
                      "url": m.url, "text": m.evidence} for m in e.mentions],
    }  # fmt: skip


def write_plover(graph: Graph, out: TextIO) -> int:
    for e in graph.events:
        out.write(json.dumps(plover_event(graph, e), ensure_ascii=False) + "\n")
    return len(graph.events)


def write_gdelt(graph: Graph, out: TextIO) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    for e in graph.events:
        first = e.mentions[0]
        local = next(x for x in graph.records[first.doc_id].events if x.id == first.local_id)
        a1 = graph.actor(e.actors[0]) if e.actors else None
        a2 = graph.actor(e.recipients[0]) if e.recipients else None
        writer.writerow([
            e.id, (e.date or "").replace("-", ""), a1.name if a1 else "", (a1.country or "") if a1 else "",
            (a1.sector or "") if a1 else "", a2.name if a2 else "", (a2.country or "") if a2 else "",
            (a2.sector or "") if a2 else "", e.event, e.mode or "", _QUAD.get(local.quad or "", ""),
            len(e.mentions), len(e.outlets), e.articles, e.place or "", first.place_country or "",
            (first.published or "").replace("-", ""), first.url or "",
        ])  # fmt: skip
    return len(graph.events)


def _ftm_id(*parts: str) -> str:
    return "ng-" + hashlib.sha1("|".join(parts).encode()).hexdigest()


def _ftm_actor(a: GlobalActor) -> dict[str, object] | None:
    schema = {"person": "Person", "organization": "Organization", "state": "Organization", "media": "Organization"}
    if a.kind not in schema:
        return None
    proxy = model.make_entity(schema[a.kind])
    proxy.id = _ftm_id("actor", a.id)
    proxy.add("name", a.name)
    proxy.add("alias", [n for n in a.names if n != a.name])
    if a.country:
        proxy.add("country", a.country, quiet=True)
    if a.kind == "person":
        proxy.add("position", a.roles, quiet=True)
    return proxy.to_dict()


def _ftm_ids(graph: Graph, ids: list[str]) -> list[str]:
    """FtM ids of the actors that become FtM entities (unnamed collectives do not)."""
    return [_ftm_id("actor", x) for x in ids if graph.actor(x).kind != "group"]


def write_ftm(graph: Graph, out: TextIO) -> int:
    count = 0

    def emit(entity: dict[str, object]) -> None:
        nonlocal count
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
        count += 1

    articles: dict[str, str] = {}
    for doc_id, record in graph.records.items():
        for src in graph.publications.get(doc_id) or [record.source]:
            proxy = model.make_entity("Article")
            proxy.id = _ftm_id("article", doc_id, src.url or src.name or "")
            proxy.add("title", src.title or doc_id)
            proxy.add("publisher", src.name)
            proxy.add("sourceUrl", src.url, quiet=True)
            proxy.add("publishedAt", src.published, quiet=True)
            articles.setdefault(doc_id, proxy.id)
            emit(proxy.to_dict())
    for a in graph.actors.actors.values():
        entity = _ftm_actor(a)
        if entity is None:
            continue
        emit(entity)
        for doc_id, local in a.members:
            actor = graph.records[doc_id].actor(local)
            mention = model.make_entity("Mention")
            mention.id = _ftm_id("mention", doc_id, local)
            mention.add("name", actor.name if actor else a.name)
            mention.add("resolved", str(entity["id"]))
            mention.add("document", articles[doc_id])
            mention.add("detectedSchema", "Person" if a.kind == "person" else "Organization")
            emit(mention.to_dict())
        for label in a.designations:
            sanction = model.make_entity("Sanction")
            sanction.id = _ftm_id("sanction", a.id, label)
            sanction.add("entity", str(entity["id"]))
            sanction.add("program", label)
            emit(sanction.to_dict())
    for e in graph.events:
        proxy = model.make_entity("Event")
        proxy.id = _ftm_id("event", e.id)
        proxy.add("name", f"{e.event}{'/' + e.mode if e.mode else ''}")
        proxy.add("date", e.date, quiet=True)
        proxy.add("location", e.place, quiet=True)
        proxy.add("summary", e.mentions[0].evidence)
        proxy.add("organizer", _ftm_ids(graph, e.actors), quiet=True)
        proxy.add("involved", _ftm_ids(graph, e.recipients), quiet=True)
        proxy.add("proof", sorted({articles[m.doc_id] for m in e.mentions}), quiet=True)
        emit(proxy.to_dict())
    return count


def actor_event_graph(graph: Graph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    used = {x for e in graph.events for x in (*e.actors, *e.recipients)}
    for gid in used:
        a = graph.actor(gid)
        g.add_node(gid, label=a.name, type="actor", kind=a.kind, country=a.country or "", sector=a.sector or "")
    for e in graph.events:
        g.add_node(
            e.id, label=e.event, type="event", mode=e.mode or "", date=e.date or "", place=e.place or "",
            articles=e.articles, outlets=len(e.outlets),
        )  # fmt: skip
        for gid in e.actors:
            g.add_edge(gid, e.id, role="actor")
        for gid in e.recipients:
            g.add_edge(e.id, gid, role="recipient")
    return g


def write_graphml(graph: Graph, out: TextIO) -> int:
    g = actor_event_graph(graph)
    for line in nx.generate_graphml(g):
        out.write(line + "\n")
    return g.number_of_nodes()


FORMATS: dict[str, Callable[[Graph, TextIO], int]] = {
    "records": write_records, "plover": write_plover, "gdelt": write_gdelt, "ftm": write_ftm,
    "graphml": write_graphml,
}  # fmt: skip


def export(graph: Graph, fmt: str, out: TextIO) -> int:
    """Write the graph in `fmt` to `out`; returns how many items (records, events, entities, nodes)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt](graph, out)
