"""The document record: the project's public contract (see docs/record-format.md).

Every store, export and view is built from these models. Field names follow
`shared/docs/record-format.md`; fields may be added but never renamed or dropped.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["person", "organization", "state", "media", "group"]
Granularity = Literal["day", "week", "month", "year", "approximate"]
ClaimKind = Literal["direct", "indirect", "mixed", "according_to"]
Stance = Literal["assert", "deny"]
Resolution = Literal["site", "city", "region", "country", "continent"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "POL", "JUD", "LEG", "PTY", "REB", "MED", "IGO", "NGO", "BUS", "CVL",
    "REL", "EDU", "HLH",
)  # fmt: skip


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """A stretch of the article's plain text: 0-based, end-exclusive character offsets."""

    start: int
    end: int
    text: str


class Source(_Model):
    name: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    language: str = "en"


class Role(_Model):
    title: str
    of: str | None = Field(default=None, description="Actor id of the organisation or state")


class Designation(_Model):
    label: str
    authority: str | None = None
    basis: str = "text"
    evidence: Span | None = None


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = Field(default_factory=list)
    designations: list[Designation] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class EventDate(_Model):
    value: str
    end: str | None = None
    granularity: Granularity = "day"
    text: str | None = None


class Modality(_Model):
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False


class Size(_Model):
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    approximate: bool = False


class Event(_Model):
    id: str
    event: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    date: EventDate | None = None
    location: str | None = None
    modality: Modality = Field(default_factory=Modality)
    attribution: str | None = None
    size: Size = Field(default_factory=Size)
    evidence: Span
    trigger: Span | None = None
    cameo: str | None = None
    quad: str | None = None
    confidence: float = 0.5


class Claim(_Model):
    id: str
    speaker: list[str] = Field(default_factory=list)
    cue: Span
    content: Span
    kind: ClaimKind = "indirect"
    stance: Stance = "assert"
    hedges: list[str] = Field(default_factory=list)
    channel: str | None = None
    about: list[str] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list)


class Conflict(_Model):
    id: str
    claims: list[str]
    about: list[str] = Field(default_factory=list)
    topic: str
    explanation: str
    narration: bool = Field(default=False, description="One side is the article's own voice")


class Place(_Model):
    id: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    resolution: Resolution = "city"
    mentions: list[Span] = Field(default_factory=list)


class TimeExpr(_Model):
    text: str
    start: int
    end: int
    value: str | None = None
    end_value: str | None = None
    granularity: Granularity = "day"


class Record(_Model):
    """One article as data: actors, events, claims, conflicts, places and dates."""

    id: str
    source: Source = Field(default_factory=Source)
    text: str | None = None
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[TimeExpr] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Record:
        return cls.model_validate_json(data)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_by_name(self, name: str) -> Actor | None:
        """The actor whose name or alias equals `name` (case-insensitive)."""
        key = name.casefold()
        for actor in self.actors:
            if actor.name.casefold() == key or any(a.casefold() == key for a in actor.aliases):
                return actor
        return None


def record_json_schema() -> dict[str, object]:
    """The JSON Schema of the document record (written to docs/record.schema.json)."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsgraph document record"
    return schema
