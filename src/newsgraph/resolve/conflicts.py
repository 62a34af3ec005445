"""Conflicts across articles: sources that give incompatible values for the same fact.

Two kinds, both between reports in different stories (syndicated copies of one story never
conflict with each other):

- **counts**: the dead, injured or arrested of one subject cannot both be true (14 dead per
  civil defence, search ended, vs 23 per the health ministry). Bounds are respected: "at
  least 14" agrees with 23, "about 30" with 27; counts of different subjects (five
  militants per the army, 14 people per civil defence) do not meet (`resolve.counts`);
- **who**: attributed reports of one act on the same people name doers that cannot be one
  side (one source says Islamic Jihad holds a hostage, another that Hamas does), compared
  mention by mention, since such reports rarely share a cluster. Holdings stated as a state
  ("is being held by X") are no events: the claims' custody facts (`resolve.custody`) are
  compared beside the events' reports.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from newsgraph.resolve.counts import PEOPLE, Count, read_count
from newsgraph.resolve.events import EventCluster, EventMention, Expansion
from newsgraph.resolve.syndication import near_dates

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
    """Stories whose counts of one subject for this event cannot both be true (`resolve.counts`):
    14 dead against 23 conflicts; "at least 14" against 23 does not, nor five militants
    against 14 people."""
    out: list[CrossConflict] = []
    if cluster.event not in COUNTED_TYPES:
        return out
    for name in _COUNTS:
        # one count per story and subject: the largest it gives (a story may repeat or update itself)
        per_story: dict[tuple[str, str], tuple[Count, EventMention]] = {}
        for m in cluster.mentions:
            value = getattr(m, name)
            if value is None:
                continue
            count = read_count(value, m.evidence, m.approximate)
            held = per_story.get((m.story, count.subject))
            if held is None or count.value > held[0].value:
                per_story[(m.story, count.subject)] = (count, m)
        reports = sorted(per_story.values(), key=lambda x: (x[1].published or "", x[1].doc_id))
        for i, (ca, a) in enumerate(reports):
            for cb, b in reports[i + 1 :]:
                if a.story == b.story or ca.subject != cb.subject or ca.agrees(cb):
                    continue
                subject = "" if ca.subject == PEOPLE else f" ({ca.subject})"
                out.append(
                    CrossConflict(
                        topic=f"{name}{subject} in {cluster.event.lower()} {_where_when(cluster)}".strip(),
                        event=cluster.id,
                        field=name,
                        values=(_shown(ca), _shown(cb)),
                        mentions=(a, b),
                        approximate=ca.bound != "exact" or cb.bound != "exact",
                    )  # fmt: skip
                )
    return out


def _shown(count: Count) -> str:
    return {"at_least": f"at least {count.value}", "about": f"about {count.value}"}.get(count.bound, str(count.value))


def who_conflicts(
    mentions: list[EventMention],
    names: dict[str, str],
    expand: Expansion,
    cluster_of: dict[tuple[str, str], str] | None = None,
    *,
    window_days: int = 7,
) -> list[CrossConflict]:
    """Two attributed reports, in different stories, of one act of the same type and mode on the
    same people, near in time, whose doers cannot be one (disjoint even through affiliations:
    a movement and its armed wing are one side). A report that names no recipient ("Hamas holds
    both hostages") stands for the people of its article that other reports of such an act name."""
    groups: dict[tuple[str, str | None], list[EventMention]] = {}
    for m in mentions:
        if m.clusterable and m.attribution and m.actor and m.event in _WHO_TYPES and not m.future:
            groups.setdefault((m.event, m.mode), []).append(m)
    people = _people_by_article(mentions)
    best: dict[tuple[frozenset[str], str], tuple[tuple[int, int], CrossConflict]] = {}
    for reports in groups.values():
        reports.sort(key=lambda m: (m.date or "", m.doc_id, m.local_id))
        for i, a in enumerate(reports):
            # reports are in date order: stop at the first one beyond the window
            near = [a]
            for b in reports[i + 1 :]:
                if not near_dates(a.date, b.date, window_days):
                    break
                near.append(b)
            known = {x for m in near for x in m.recipient}  # the people such acts name nearby
            for b in near[1:]:
                if a.story == b.story:
                    continue
                shared = _whom(a, people, known) & _whom(b, people, known)
                if not shared or _expanded(a.actor, expand) & _expanded(b.actor, expand):
                    continue
                conflict = _who_conflict(a, b, shared, names, cluster_of)
                key = (frozenset({a.story, b.story}), conflict.topic)
                # one conflict per pair of stories and people: the reports that name them
                # outright, then those nearest the top of their articles (the lead's claim)
                rank = (-(bool(a.recipient) + bool(b.recipient)), _position(a) + _position(b))
                if key not in best or rank < best[key][0]:
                    best[key] = (rank, conflict)
    return [conflict for _, conflict in best.values()]


def _position(m: EventMention) -> int:
    digits = "".join(ch for ch in m.local_id if ch.isdigit())
    return int(digits) if digits else 0


def _who_conflict(
    a: EventMention,
    b: EventMention,
    shared: set[str],
    names: dict[str, str],
    cluster_of: dict[tuple[str, str], str] | None,
) -> CrossConflict:
    whom = ", ".join(sorted(names.get(x, x) for x in shared))
    first, second = sorted((a, b), key=lambda m: (m.published or "", m.doc_id))
    return CrossConflict(
        topic=f"who is behind {a.event.lower()} ({a.mode or 'any'}) of {whom}",
        event=(cluster_of or {}).get(first.key, first.local_id),
        field="actor",
        values=(_names(first.actor, names), _names(second.actor, names)),
        mentions=(first, second),
    )


def _people_by_article(mentions: list[EventMention]) -> dict[str, set[str]]:
    """Everyone an article's events name, by document."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(m.doc_id, set()).update(m.actor, m.recipient)
    return out


def _whom(m: EventMention, people: dict[str, set[str]], known: set[str]) -> set[str]:
    if m.recipient:
        return set(m.recipient)
    return people.get(m.doc_id, set()) & known


def _expanded(ids: list[str], expand: Expansion) -> set[str]:
    out: set[str] = set()
    for i in ids:
        out |= expand.get(i, frozenset({i}))
    return out


def _names(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(x, x) for x in ids)


def _where_when(cluster: EventCluster) -> str:
    parts = []
    if cluster.place:
        parts.append(f"at {cluster.place}")
    if cluster.date:
        parts.append(f"on {cluster.date}")
    return " ".join(parts)
