"""Hand-built records for the graph tests (resolution works on record fields, not on today's
extraction): people, organisations and events written for these tests."""

from __future__ import annotations

from newsgraph.record import Actor, Claim, Designation, Event, EventDate, Place, Record, Role, Size, Source, Span


def span(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def actor(
    aid: str, name: str, kind: str = "person", aliases: list[str] | None = None, country: str | None = None
) -> Actor:
    return Actor(id=aid, name=name, kind=kind, aliases=aliases or [], country=country, mentions=[span(name)])  # type: ignore[arg-type]


def event(
    eid: str,
    typ: str,
    actors: list[str],
    recipients: list[str],
    day: str,
    place: str | None = None,
    mode: str | None = None,
    dead: int | None = None,
    attribution: str | None = None,
    evidence: str | None = None,
    approximate: bool = False,
) -> Event:
    return Event(id=eid, event=typ, mode=mode, actor=actors, recipient=recipients,
                 date=EventDate(value=day), location=place, size=Size(dead=dead, approximate=approximate),
                 attribution=attribution, evidence=span(evidence or f"{typ} {eid} {day}"))  # fmt: skip


def record(
    rid: str,
    outlet: str,
    published: str,
    actors: list[Actor],
    events: list[Event] | None = None,
    places: list[Place] | None = None,
    claims: list[Claim] | None = None,
) -> Record:
    return Record(id=rid, source=Source(name=outlet, url=f"https://{rid}.example", published=published, title=rid),
                  actors=actors, events=events or [], places=places or [], claims=claims or [])  # fmt: skip


def claim(
    cid: str, speaker: list[str], content: str, about: list[str] | None = None, events: list[str] | None = None
) -> Claim:
    return Claim(
        id=cid, speaker=speaker, cue=span("said"), content=span(content), about=about or [], events=events or []
    )


def place(pid: str, name: str, lat: float, lon: float, resolution: str = "city", country: str = "PSE") -> Place:
    return Place(id=pid, name=name, country=country, lat=lat, lon=lon, resolution=resolution)  # type: ignore[arg-type]


def town(pid: str = "P1") -> Place:
    return Place(id=pid, name="Deir Salem", country="PSE", resolution="city")


def corpus() -> list[Record]:
    """Three outlets on one invented strike and a truce; two Nassers who are not one person."""
    r1 = record("a1", "Harbour Wire", "2025-05-02", [
        actor("A1", "Yousef Haddad"), actor("A2", "Northern Defence Force", "organization", ["NDF"]),
        actor("A3", "Karim Nasser"), actor("A4", "Salma Nasser"), actor("A5", "Mahmoud Abbas", aliases=["Abu Mazen"]),
    ], [event("E1", "ASSAULT", ["A2"], [], "2025-05-01", "P1", dead=9)], [town()],
        [claim("C1", ["A1"], "nine people were killed", events=["E1"])])  # fmt: skip
    r2 = record("a2", "Valley Post", "2025-05-03", [
        actor("A1", "Yusuf Hadad"), actor("A2", "NDF", "organization"), actor("A3", "Nasser"), actor("A4", "Abu Mazen"),
    ], [event("E1", "ASSAULT", ["A2"], [], "2025-05-01", "P1", dead=12)], [town()],
        [claim("C1", ["A1"], "twelve people died", about=["A2"])])  # fmt: skip
    r1.actors[1].designations = [Designation(label="Foreign Terrorist Organization", authority="Ruritanian government")]
    r2.actors[0].roles = [Role(title="spokesman", of="A2")]
    r3 = record("a3", "Coast Daily", "2025-05-09", [
        actor("A1", "Youssef Haddad"), actor("A2", "Northern Defence Force", "organization"),
    ], [event("E1", "ASSAULT", ["A2"], [], "2025-05-08", "P1")], [town()])  # fmt: skip
    return [r1, r2, r3]
