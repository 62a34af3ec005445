"""Event mentions: one per record event, with actors as global ids and the provenance of
its article (outlets, publication dates, syndicated story), ready to be clustered
(`resolve.events`).

An event without a date of its own is dated by its article's publication (`dated_by`
"published"), and so is one whose date no words of its sentence state and which is merely its
article's publication day (carried over from the dateline or the article's time frame); one
whose text dates it after the publication is an announcement (`future`).

An event's place is *firm* (`place_firm`) when its sentence names it (a dateline does not
count: it says where the reporter filed from), no other place named in that sentence may
contradict it ("handed to the Red Cross in Rafah, while Israel freed 40 prisoners from Ofer
prison": which place is whose is a guess, unless the trigger's is nearer), and it is not the country of one of the event's
own parties ("talks between Israel and Hamas" did not take place in Israel). Only firm places
keep two reports apart or bring them together (`resolve.events`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsgraph.record import Event, Place, Record, Source
from newsgraph.resolve import names as nm
from newsgraph.resolve.actors import ActorResolution
from newsgraph.resolve.places import Where, compatible
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
    place_firm: bool = True  # named in the event's own sentence, unambiguously (module docstring)
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
    state_country = {gid: a.country for gid, a in actors.actors.items() if a.kind == "state" and a.country}
    out: list[EventMention] = []
    for r in records:
        places = {p.id: p for p in r.places}
        pubs = publications.get(r.id) or [r.source]
        outlets = sorted({p.name for p in pubs if p.name})
        seen = sorted({p.published for p in pubs if p.published})
        published_day = r.source.published[:10] if r.source.published else None
        for e in r.events:
            place = places.get(e.location or "")
            value = e.date.value[:10] if e.date and e.date.value else None
            # a date no words of the sentence state that is the publication day says no more than it
            stated = bool(value and e.date and (e.date.text or value != published_day))
            dated_by = "text" if stated else "published"
            if value is None:
                value = published_day
            m = e.modality
            actor_ids = [actors.by_node[(r.id, i)] for i in e.actor if (r.id, i) in actors.by_node]
            recipient_ids = [actors.by_node[(r.id, i)] for i in e.recipient if (r.id, i) in actors.by_node]
            parties = {state_country[g] for g in (*actor_ids, *recipient_ids) if g in state_country}
            out.append(
                EventMention(
                    doc_id=r.id,
                    local_id=e.id,
                    event=e.event,
                    mode=e.mode,
                    actor=actor_ids,
                    recipient=recipient_ids,
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
                    place_firm=place is not None and _firm_place(place, e, r, parties),
                    outlets=outlets,
                    seen=seen,
                )  # fmt: skip
            )
    return out


def _firm_place(place: Place, e: Event, r: Record, parties: set[str]) -> bool:
    """Whether the event's sentence names its place, unambiguously (see the module docstring)."""
    if place.resolution == "country" and place.country in parties:
        return False
    if not place.mentions:
        return True  # a record that does not say where it names its places: taken as it is
    mine = [x.start for x in place.mentions if _in_sentence(x.start, e, r)]
    if not mine:
        return False
    # another place the sentence names that cannot be this one, as near the trigger: whose is which?
    at = e.trigger.start if e.trigger else e.evidence.start
    nearest = min(abs(x - at) for x in mine)
    here = _where(place)
    for p in r.places:
        theirs = [x.start for x in p.mentions if p.id != place.id and _in_sentence(x.start, e, r)]
        if theirs and min(abs(x - at) for x in theirs) <= nearest and not compatible(here, _where(p), e.event):
            return False
    return True


# a dateline opens the article: "KEREM SHALOM, Israel, March 11 (CPA) - ", after any byline
_DATELINE_CHARS = 120


def _in_sentence(start: int, e: Event, r: Record) -> bool:
    """A place mention inside the event's sentence, not its article's dateline."""
    if not e.evidence.start <= start < e.evidence.end:
        return False
    if r.source.dateline and start < _DATELINE_CHARS:
        dateline = nm.fold(r.source.dateline)
        return not any(x.start == start and nm.fold(x.text) == dateline for p in r.places for x in p.mentions)
    return True


def _where(p: Place) -> Where:
    return Where(p.name, p.country, p.resolution, p.lat, p.lon)


def _announced(value: str | None, dated_by: str, published: str | None) -> bool:
    """The text dates the event after its article's publication: it reports it in advance."""
    return bool(value and published and dated_by == "text" and value > published[:10])
