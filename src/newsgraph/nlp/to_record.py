"""The one module that turns an annotated Doc into a `Record`. Nothing else reads `doc._`."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsgraph.ingest.article import Article
from newsgraph.nlp.extensions import text_of
from newsgraph.record import (
    Actor,
    Claim,
    Conflict,
    Designation,
    Event,
    EventDate,
    Modality,
    Place,
    Record,
    Role,
    Size,
    Source,
    Span,
    TimeExpr,
)  # fmt: skip


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _aid(index: int | None) -> str | None:
    return None if index is None else f"A{index + 1}"


def doc_to_record(doc: Doc, article: Article, *, include_text: bool = True) -> Record:
    text = text_of(doc)
    actors_raw: list[dict[str, Any]] = doc._.ng_actors or []
    places_raw: list[dict[str, Any]] = doc._.ng_places or []
    claims_raw: list[dict[str, Any]] = doc._.ng_claims or []
    events_raw: list[dict[str, Any]] = doc._.ng_events or []
    conflicts_raw: list[dict[str, Any]] = doc._.ng_conflicts or []
    dateline = doc._.ng_dateline

    actors = [
        Actor(
            id=f"A{i + 1}",
            name=a["name"],
            kind=a["kind"],
            aliases=list(dict.fromkeys(a["aliases"])),
            country=a["country"],
            sector=a["sector"],
            roles=[Role(title=r["title"], of=_aid(r.get("of"))) for r in a["roles"]],
            designations=[
                Designation(
                    label=d["label"],
                    authority=d.get("authority"),
                    evidence=_span(text, *d["evidence"]) if d.get("evidence") else None,
                )  # fmt: skip
                for d in a["designations"]
            ],
            mentions=[_span(text, m[0], m[1]) for m in a["mentions"]],
        )
        for i, a in enumerate(actors_raw)
    ]
    places = [
        Place(
            id=f"P{i + 1}",
            name=p["name"],
            country=p["country"],
            lat=p["lat"],
            lon=p["lon"],
            geonameid=p["geonameid"],
            resolution=p["resolution"],
            mentions=[_span(text, m[0], m[1]) for m in p["mentions"]],
        )  # fmt: skip
        for i, p in enumerate(places_raw)
    ]
    events = []
    claim_events: dict[int, list[str]] = {}
    for i, e in enumerate(events_raw):
        eid = f"E{i + 1}"
        if e["attribution"] is not None:
            claim_events.setdefault(e["attribution"], []).append(eid)
        events.append(
            Event(
                id=eid,
                event=e["event"],
                mode=e["mode"],
                context=e["context"],
                actor=[f"A{a + 1}" for a in e["actor"]],
                recipient=[f"A{r + 1}" for r in e["recipient"]],
                date=EventDate(**e["date"]) if e["date"] else None,
                location=None if e["location"] is None else f"P{e['location'] + 1}",
                modality=Modality(**e["modality"]),
                attribution=None if e["attribution"] is None else f"C{e['attribution'] + 1}",
                size=Size(**e["size"]),
                evidence=_span(text, *e["evidence"]),
                trigger=_span(text, *e["trigger"]),
                cameo=e["cameo"],
                quad=e["quad"],
                confidence=e["confidence"],
            )  # fmt: skip
        )
    claims = [
        Claim(
            id=f"C{i + 1}",
            speaker=[f"A{s + 1}" for s in c["speaker"]],
            cue=_span(text, *c["cue"]),
            content=_span(text, *c["content"]),
            kind=c["kind"],
            stance=c["stance"],
            hedges=c["hedges"],
            channel=c["channel"],
            about=[f"A{a + 1}" for a in c["about"]],
            events=claim_events.get(i, []),
        )  # fmt: skip
        for i, c in enumerate(claims_raw)
    ]
    conflicts = [
        Conflict(
            id=f"K{i + 1}",
            claims=[f"C{c + 1}" for c in k["claims"]],
            about=[f"A{a + 1}" for a in k["about"]],
            topic=k["topic"],
            explanation=k["explanation"],
            narration=k.get("narration", False),
        )  # fmt: skip
        for i, k in enumerate(conflicts_raw)
    ]
    dates = [
        TimeExpr(
            text=d["text"],
            start=d["start"],
            end=d["end"],
            value=d["value"],
            end_value=d.get("end_value"),
            granularity=d["granularity"],
        )  # fmt: skip
        for d in doc._.ng_dates or []
    ]
    source = Source(
        name=article.source, url=article.url, title=article.title, published=article.published,
        dateline=dateline["name"] if dateline else None,
    )  # fmt: skip
    return Record(
        id=article.record_id, source=source, text=text if include_text else None,
        actors=actors, events=events, claims=claims, conflicts=conflicts, places=places,
        dates=dates, warnings=list(doc._.ng_warnings or []),
    )  # fmt: skip


def doc_to_event_explanations(doc: Doc) -> list[dict[str, Any]]:
    """Per event: trigger, type, mode, participants by name, modality and the reasons the
    events component recorded (lexicon rule, actor/recipient/modality/mode choices).
    Used by `newsgraph explain`; records leave the reasons out."""
    actors: list[dict[str, Any]] = doc._.ng_actors or []
    claims: list[dict[str, Any]] = doc._.ng_claims or []
    text = text_of(doc)

    def names(ids: list[int]) -> list[str]:
        return [actors[i]["name"] for i in ids if i < len(actors)]

    out = []
    for e in doc._.ng_events or []:
        claim = claims[e["attribution"]] if e["attribution"] is not None else None
        out.append(
            {
                "trigger": text[e["trigger"][0] : e["trigger"][1]],
                "event": e["event"],
                "mode": e["mode"],
                "actor": names(e["actor"]),
                "recipient": names(e["recipient"]),
                "modality": [k for k, v in e["modality"].items() if v],
                "attribution": names(claim["speaker"]) if claim else None,
                "date": e["date"]["value"] if e["date"] else None,
                "size": {k: v for k, v in e["size"].items() if v},
                "cameo": e["cameo"],
                "why": dict(e.get("why") or {}),
            }
        )
    return out
