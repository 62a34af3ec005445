"""Conflicts across articles: sources that give incompatible values for the same fact.

Two kinds, both between mentions of one cross-document event from different stories
(syndicated copies of one story never conflict with each other):

- **counts**: the dead, injured or arrested differ (14 dead per civil defence vs 23 per the
  health ministry). "At least 14" against 23 is reported too, marked `approximate`:
  tolls that rise are what readers need to see side by side;
- **who**: reports of one act on the same recipients name disjoint actors (one source says
  Islamic Jihad holds a hostage, another that Hamas does).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from newsgraph.resolve.events import EventCluster, EventMention

LOGGER = logging.getLogger(__name__)

_COUNTS = ("dead", "injured", "arrested")
# acts whose doer is a contested fact (who struck, who holds, who seized); talks and
# statements have many legitimate participants
_WHO_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})


@dataclass
class CrossConflict:
    topic: str
    event: str  # cluster id
    field: str
    values: tuple[str, str]
    mentions: tuple[EventMention, EventMention]
    approximate: bool = False

    @property
    def sources(self) -> tuple[str | None, str | None]:
        return (self.mentions[0].source, self.mentions[1].source)

    @property
    def dates(self) -> tuple[str | None, str | None]:
        return (self.mentions[0].published, self.mentions[1].published)

    @property
    def documents(self) -> tuple[str, str]:
        return (self.mentions[0].doc_id, self.mentions[1].doc_id)


# event types whose counts (dead, injured, arrested) are facts of the event itself; on an
# accusation or a statement a number belongs to something else
COUNTED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def count_conflicts(cluster: EventCluster) -> list[CrossConflict]:
    out: list[CrossConflict] = []
    if cluster.event not in COUNTED_TYPES:
        return out
    for name in _COUNTS:
        # one value per story: the largest a story gives (a story may repeat or update itself)
        per_story: dict[str, EventMention] = {}
        for m in cluster.mentions:
            value = getattr(m, name)
            if value is None:
                continue
            held = per_story.get(m.story)
            if held is None or value > getattr(held, name):
                per_story[m.story] = m
        reports = sorted(per_story.values(), key=lambda m: (m.published or "", m.doc_id))
        for i, a in enumerate(reports):
            for b in reports[i + 1 :]:
                va, vb = getattr(a, name), getattr(b, name)
                if va != vb:
                    out.append(
                        CrossConflict(
                            topic=f"{name} in {cluster.event.lower()} {_where_when(cluster)}".strip(),
                            event=cluster.id,
                            field=name,
                            values=(str(va), str(vb)),
                            mentions=(a, b),
                            approximate=a.approximate or b.approximate,
                        )  # fmt: skip
                    )
    return out


def who_conflicts(clusters: list[EventCluster], names: dict[str, str], *, window_days: int = 7) -> list[CrossConflict]:
    """Two reported acts of one type and mode on the same recipients, near in time, whose
    actors are named and disjoint, each attributed to a source, in different stories."""
    out: list[CrossConflict] = []
    reported = [c for c in clusters if c.recipients and c.actors and any(m.attribution for m in c.mentions)]
    for i, a in enumerate(reported):
        for b in reported[i + 1 :]:
            if a.event != b.event or a.event not in _WHO_TYPES or a.mode != b.mode:
                continue
            shared = set(a.recipients) & set(b.recipients)
            if not shared or set(a.actors) & set(b.actors) or not _near(a.date, b.date, window_days):
                continue
            pair = _attributed_pair(a, b)
            if pair is None:
                continue
            whom = ", ".join(names.get(x, x) for x in sorted(shared))
            out.append(
                CrossConflict(
                    topic=f"who is behind {a.event.lower()} ({a.mode or 'any'}) of {whom}",
                    event=a.id,
                    field="actor",
                    values=(_names(a.actors, names), _names(b.actors, names)),
                    mentions=pair,
                )  # fmt: skip
            )
    return out


def _attributed_pair(a: EventCluster, b: EventCluster) -> tuple[EventMention, EventMention] | None:
    for ma in a.mentions:
        for mb in b.mentions:
            if ma.attribution and mb.attribution and ma.story != mb.story:
                return (ma, mb)
    return None


def _names(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(x, x) for x in ids)


def _near(a: str | None, b: str | None, days: int) -> bool:
    if not a or not b:
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return True


def _where_when(cluster: EventCluster) -> str:
    parts = []
    if cluster.place:
        parts.append(f"at {cluster.place}")
    if cluster.date:
        parts.append(f"on {cluster.date}")
    return " ".join(parts)
