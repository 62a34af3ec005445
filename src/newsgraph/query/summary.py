"""The store at a glance: actors with roles, events by type, claims by speaker, conflicts."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from newsgraph.store import schema
from newsgraph.store.sql import SqlStore


@dataclass
class ActorLine:
    name: str
    kind: str
    country: str | None
    sector: str | None
    roles: list[str]
    documents: int
    mentions: int


@dataclass
class Summary:
    documents: int = 0
    actors: list[ActorLine] = field(default_factory=list)
    events_by_type: list[tuple[str, int]] = field(default_factory=list)
    claims_by_speaker: list[tuple[str, int]] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # (document title, topic, explanation)
    totals: dict[str, int] = field(default_factory=dict)


def summarise(store: SqlStore, *, top: int = 15) -> Summary:
    summary = Summary(documents=store.count())
    with store.engine.connect() as conn:
        grouped: dict[str, ActorLine] = {}
        for row in conn.execute(select(schema.actors)).mappings():
            line = grouped.get(row["name"])
            if line is None:
                line = grouped[row["name"]] = ActorLine(
                    row["name"], row["kind"], row["country"], row["sector"], [], 0, 0
                )
            line.documents += 1
            line.mentions += row["mention_count"]
            for role in json.loads(row["roles"]):
                title = role["title"] + (f" ({role['of']})" if role.get("of") else "")
                if title not in line.roles:
                    line.roles.append(title)
        summary.actors = sorted(grouped.values(), key=lambda a: (-a.mentions, a.name))[:top]
        summary.events_by_type = [
            (str(t), int(n))
            for t, n in conn.execute(
                select(schema.events.c.event, func.count())
                .group_by(schema.events.c.event)
                .order_by(func.count().desc())
            )
        ]
        speakers: Counter[str] = Counter()
        for (speaker,) in conn.execute(select(schema.claims.c.speaker)):
            for name in json.loads(speaker) or ["(unknown)"]:
                speakers[name] += 1
        summary.claims_by_speaker = speakers.most_common(top)
        rows = conn.execute(
            select(
                schema.documents.c.title,
                schema.documents.c.id,
                schema.conflicts.c.topic,
                schema.conflicts.c.explanation,
            ).join(schema.conflicts, schema.conflicts.c.doc_id == schema.documents.c.id)
        ).all()
        summary.conflicts = [(str(title or doc_id[:12]), str(topic), str(expl)) for title, doc_id, topic, expl in rows]
        for table in schema.CHILD_TABLES:
            summary.totals[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
    return summary
