"""Event mentions: one per record event, with actors as global ids and the provenance of
its article (outlets, publication dates, syndicated story), ready to be clustered
(`resolve.events`).

An event without a date of its own is dated by its article's publication (`dated_by`
"published"); one whose text dates it after the publication is an announcement (`future`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsgraph.record import Record, Source
from newsgraph.resolve.actors import ActorResolution
from newsgraph.resolve.places import Where
from newsgraph.resolve.syndication import stories

LOGGER = logging.getLogger(__name__)


@dataclass
class EventMention:
    """One record's event, with actors as global ids and its article's provenance."""

    doc_id: str
    local_id: str
    event: str
    mode: str | None
    actor: list[str]
    recipient: list[str]
    date: str | None
    dated_by: str  # "text" or "published"
    place: str | None
    place_country: str | None
    place_resolution: str | None
    attribution: str | None
    dead: int | None
    injured: int | None
    arrested: int | None
    approximate: bool
    evidence: str
    source: str | None
    published: str | None
    url: str | None
    title: str | None
    story: str
    clusterable: bool
    future: bool = False
    place_lat: float | None = None
    place_lon: float | None = None
    place_names: list[str] = field(default_factory=list)  # how the article wrote the place
    outlets: list[str] = field(default_factory=list)  # every outlet that published this article
    seen: list[str] = field(default_factory=list)  # their publication dates

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.local_id)

    @property
    def where(self) -> Where | None:
        if self.place is None:
            return None
        return Where(self.place, self.place_country, self.place_resolution, self.place_lat, self.place_lon)


def event_mentions(
    records: Iterable[Record],
    actors: ActorResolution,
    publications: dict[str, list[Source]] | None = None,
    story_of: dict[str, str] | None = None,
) -> list[EventMention]:
    """One mention per record event; `story_of` (`syndication.stories`) is computed when not given."""
    records = list(records)
    publications = publications or {}
    story_of = story_of if story_of is not None else stories(records)
    out: list[EventMention] = []
    for r in records:
        places = {p.id: p for p in r.places}
        pubs = publications.get(r.id) or [r.source]
        outlets = sorted({p.name for p in pubs if p.name})
        seen = sorted({p.published for p in pubs if p.published})
        for e in r.events:
            place = places.get(e.location or "")
            value = e.date.value[:10] if e.date and e.date.value else None
            dated_by = "text" if value else "published"
            if value is None and r.source.published:
                value = r.source.published[:10]
            m = e.modality
            out.append(
                EventMention(
                    doc_id=r.id,
                    local_id=e.id,
                    event=e.event,
                    mode=e.mode,
                    actor=[actors.by_node[(r.id, i)] for i in e.actor if (r.id, i) in actors.by_node],
                    recipient=[actors.by_node[(r.id, i)] for i in e.recipient if (r.id, i) in actors.by_node],
                    date=value,
                    dated_by=dated_by,
                    place=place.name if place else None,
                    place_country=place.country if place else None,
                    place_resolution=place.resolution if place else None,
                    place_lat=place.lat if place else None,
                    place_lon=place.lon if place else None,
                    place_names=sorted({x.text for x in place.mentions} - {place.name}) if place else [],
                    attribution=e.attribution,
                    dead=e.size.dead,
                    injured=e.size.injured,
                    arrested=e.size.arrested,
                    approximate=e.size.approximate,
                    evidence=e.evidence.text,
                    source=r.source.name,
                    published=r.source.published,
                    url=r.source.url,
                    title=r.source.title,
                    story=story_of[r.id],
                    clusterable=not (m.negated or m.hypothetical or m.historical),
                    # announced in advance: the text says so, or states a date after publication
                    future=m.future or _announced(value, dated_by, r.source.published),
                    outlets=outlets,
                    seen=seen,
                )  # fmt: skip
            )
    return out


def _announced(value: str | None, dated_by: str, published: str | None) -> bool:
    """The text dates the event after its article's publication: it reports it in advance."""
    return bool(value and published and dated_by == "text" and value > published[:10])
