"""Who an event's participants may stand for, across articles.

- **expansion**: a global actor stands for itself, the organisations it holds a role in
  (a spokesman for his movement), their parents (an armed wing for its movement:
  `data/parents.yaml`) and, for a government, military or police body, its state;
- **groups**: unnamed groups ("detained aid workers", "Sudanese aid workers") are compared by
  their head noun, and kept apart when both name a different nationality or place ("Israeli
  officials" are not "Egyptian officials"); an unnamed official or military group
  ("Saudi mediators", "the Sudanese army") may be its state. Outlets describe the same
  people in different words, so such groups never prove two events apart (nor that they
  are one).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsgraph.resolve import names as nm
from newsgraph.resolve.actors import ActorResolution

LOGGER = logging.getLogger(__name__)

Expansion = dict[str, frozenset[str]]


def expansion(actors: ActorResolution) -> Expansion:
    """Global actor -> the actors it may stand for in an event: itself, the organisations it
    holds a role in (and their parents: `data/parents.yaml`), and for a government, military
    or police body the state of its country."""
    states = {a.country: gid for gid, a in actors.actors.items() if a.kind == "state" and a.country}
    by_name = {nm.fold(n): gid for gid, a in actors.actors.items() if a.kind == "organization" for n in a.names}
    parent_of = {
        gid: by_name[nm.fold(parent)]
        for name, parent in organisation_parents().items()
        if (gid := by_name.get(nm.fold(name))) and nm.fold(parent) in by_name
    }
    out: Expansion = {}
    for gid, a in actors.actors.items():
        ids = {gid, *a.affiliations}
        ids |= {parent_of[i] for i in list(ids) if i in parent_of}
        if a.kind == "organization" and a.sector in STATE_SECTORS and a.country in states:
            ids.add(states[a.country])
        out[gid] = frozenset(ids)
    return out


PARENTS_FILE = Path(__file__).parent / "data" / "parents.yaml"


@functools.cache
def organisation_parents() -> dict[str, str]:
    """Organisation name -> the organisation it acts for (`data/parents.yaml`), read once."""
    with PARENTS_FILE.open(encoding="utf-8") as stream:
        items = yaml.safe_load(stream) or []
    return {str(item["name"]): str(item["parent"]) for item in items}


STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD", "LEG"})


@dataclass(frozen=True)
class Group:
    """An unnamed group by its head noun ("worker") and the capitalised words that mark whose
    it is ("Sudanese")."""

    head: str
    marks: frozenset[str]
    state: str | None = None  # the state an official or military group may stand for

    def meets(self, other: Group) -> bool:
        return self.head == other.head and (not self.marks or not other.marks or bool(self.marks & other.marks))


def group_of(name: str) -> Group | None:
    """ "Sudanese aid workers" -> Group("worker", {"sudanese"}); None for an empty name."""
    words = [w for w in name.replace("-", " ").split() if w.isalpha()]
    if not words:
        return None
    head = words[-1].lower()
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return Group(head=head, marks=frozenset(w.lower() for w in words[:-1] if w[0].isupper()))


def groups(actors: ActorResolution) -> dict[str, Group]:
    """Global id -> its `Group`, for the actors of kind "group"."""
    states = {a.country: gid for gid, a in actors.actors.items() if a.kind == "state" and a.country}
    out: dict[str, Group] = {}
    for gid, a in actors.actors.items():
        if a.kind == "group" and (g := group_of(a.name)) is not None:
            state = states.get(a.country) if a.country and a.sector in STATE_SECTORS else None
            out[gid] = Group(g.head, g.marks, state)
    return out


def may_meet(mine: set[str], theirs: set[str], by_group: Mapping[str, Group]) -> bool:
    """Two sides may be the same people: they share an actor, or two unnamed groups that may be
    one ("detained aid workers", "Sudanese aid workers"), or an official group and its state
    ("Saudi mediators", Saudi Arabia). A shared group is no evidence that two
    reports are of one event, only no evidence against it."""
    if mine & theirs:
        return True
    ours = [by_group[i] for i in mine if i in by_group]
    other = [by_group[i] for i in theirs if i in by_group]
    if any(g.state in theirs for g in ours) or any(g.state in mine for g in other):
        return True
    return any(a.meets(b) for a in ours for b in other)
