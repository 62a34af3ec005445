"""Cross-document actor resolution: the actors of many records become global actors.

Each record's actor (one *occurrence*) is a node; nodes are joined (union-find) in passes,
strongest evidence first, and a join is refused when it would break a constraint:

1. the user's `confirm` decisions join names outright; `split` decisions are never crossed;
2. states join by country code; media by their folded name;
3. persons and organisations join on the same folded name, or when one's name is
   another's alias (strong aliases only: a kunya like "Abu Mazen", not the bare surname);
4. persons join when given and family names are transliterations of one another
   (`names.same_person_name`); organisations on spelling variants, acronyms of their long
   names ("PIJ") and shortened names ("Islamic Jihad"), the last two only when they point
   to exactly one cluster;
5. a one-word person name ("Erez", "Itay") joins the full name it shortens in its own
   article, else the single cluster whose family (then given) name it matches.

Constraints: persons never join organisations; two clusters with different known countries
(organisations) never join; two different full-named people of one article never join (so "Itai Carmeli"
and his mother "Miriam Carmeli" stay apart even though each name matches "Carmeli").
Unnamed collectives (`group`: "officials", "witnesses") are never merged across articles.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsgraph.record import Record
from newsgraph.resolve import names as nm
from newsgraph.store.base import Decision

LOGGER = logging.getLogger(__name__)

NodeKey = tuple[str, str]  # (record id, local actor id)
# kinds whose names are compared as persons, as organisations
_ORG_KINDS = frozenset({"organization", "media"})


@dataclass
class ActorNode:
    doc_id: str
    local_id: str
    name: str
    kind: str
    aliases: list[str]
    country: str | None
    sector: str | None
    roles: list[str]
    designations: list[str]
    mentions: int
    role_of: list[str] = field(default_factory=list)  # local ids of the organisations in its roles

    @property
    def key(self) -> NodeKey:
        return (self.doc_id, self.local_id)

    def strong_aliases(self) -> list[str]:
        """Aliases that are more than a part of the name ('Abu Mazen' for Mahmoud Abbas)."""
        tokens = set(nm.fold(self.name).split())
        out = []
        for alias in self.aliases:
            folded = nm.fold(alias)
            if not folded or folded == nm.fold(self.name):
                continue
            if self.kind == "person" and set(folded.split()) <= tokens:
                continue
            out.append(alias)
        return out


@dataclass
class GlobalActor:
    """One actor across articles, with every occurrence kept."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    names: list[str]
    roles: list[str]
    designations: list[str]
    members: list[NodeKey] = field(default_factory=list)
    documents: int = 0
    mentions: int = 0
    affiliations: list[str] = field(default_factory=list)  # global ids of the organisations in its roles


@dataclass
class ActorResolution:
    actors: dict[str, GlobalActor]
    by_node: dict[NodeKey, str]

    def of(self, doc_id: str, local_id: str) -> GlobalActor | None:
        gid = self.by_node.get((doc_id, local_id))
        return None if gid is None else self.actors[gid]

    def find(self, name: str) -> list[GlobalActor]:
        """Global actors one of whose names matches `name` (folded), best first."""
        folded = nm.fold(name)
        exact = [a for a in self.actors.values() if any(nm.fold(n) == folded for n in a.names)]
        if exact:
            return sorted(exact, key=lambda a: -a.mentions)
        part = [a for a in self.actors.values() if any(folded in nm.fold(n) for n in a.names)]
        return sorted(part, key=lambda a: -a.mentions)


def actor_nodes(records: Iterable[Record]) -> list[ActorNode]:
    nodes = []
    for record in records:
        for a in record.actors:
            nodes.append(
                ActorNode(
                    doc_id=record.id,
                    local_id=a.id,
                    name=a.name,
                    kind=a.kind,
                    aliases=list(a.aliases),
                    country=a.country,
                    sector=a.sector,
                    roles=[r.title + (f" ({_name(record, r.of)})" if r.of else "") for r in a.roles],
                    designations=[d.label + (f" ({d.authority})" if d.authority else "") for d in a.designations],
                    mentions=len(a.mentions),
                    role_of=[r.of for r in a.roles if r.of],
                )  # fmt: skip
            )
    return nodes


def _name(record: Record, actor_id: str | None) -> str:
    actor = record.actor(actor_id or "")
    return actor.name if actor else ""


class _Clusters:
    """Union-find over actor nodes that keeps what the constraints need per cluster."""

    def __init__(self, nodes: list[ActorNode], splits: list[tuple[str, str]]) -> None:
        self.nodes = nodes
        self.parent = list(range(len(nodes)))
        # country blocks organisations only: a person's country is read from weak cues
        # (demonyms, datelines) and differs between articles more often than it is wrong
        self.countries: list[set[str]] = [{n.country} if n.country and n.kind != "person" else set() for n in nodes]
        self.names: list[set[str]] = [{nm.fold(n.name), *(nm.fold(a) for a in n.aliases)} for n in nodes]
        # full-named persons per article: two different ones of one article never join
        self.full_people: list[dict[str, set[str]]] = [
            {n.doc_id: {n.local_id}} if n.kind == "person" and nm.person_name(n.name).full else {} for n in nodes
        ]
        self.kinds: list[set[str]] = [{"person"} if n.kind == "person" else {"org"} for n in nodes]
        self.splits = {(nm.fold(a), nm.fold(b)) for a, b in splits} | {(nm.fold(b), nm.fold(a)) for a, b in splits}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def blocked(self, a: int, b: int) -> bool:
        if self.kinds[a] != self.kinds[b]:
            return True
        if self.countries[a] and self.countries[b] and not (self.countries[a] & self.countries[b]):
            return True
        for doc, ids in self.full_people[a].items():
            other = self.full_people[b].get(doc)
            if other and other != ids:
                return True
        return any((x, y) in self.splits for x in self.names[a] for y in self.names[b])

    def union(self, i: int, j: int, *, force: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if force:
            if any((x, y) in self.splits for x in self.names[a] for y in self.names[b]):
                return False
        elif self.blocked(a, b):
            return False
        self.parent[b] = a
        self.countries[a] |= self.countries[b]
        self.names[a] |= self.names[b]
        self.kinds[a] |= self.kinds[b]
        for doc, ids in self.full_people[b].items():
            self.full_people[a].setdefault(doc, set()).update(ids)
        return True


def resolve_actors(records: Iterable[Record], decisions: Iterable[Decision] = ()) -> ActorResolution:
    """Group the actors of `records` into global actors (see the module docstring)."""
    nodes = actor_nodes(records)
    decisions = list(decisions)
    clusters = _Clusters(nodes, [(d.name_a, d.name_b) for d in decisions if d.action == "split"])
    by_name: dict[str, list[int]] = defaultdict(list)  # folded name or alias -> nodes
    for i, n in enumerate(nodes):
        if n.kind == "group":
            continue
        for surface in {n.name, *n.aliases}:
            by_name[nm.fold(surface)].append(i)

    # 1. the user's confirmations
    for d in decisions:
        if d.action == "confirm":
            a, b = by_name.get(nm.fold(d.name_a), []), by_name.get(nm.fold(d.name_b), [])
            for i in a[:1]:
                for j in [*a[1:], *b]:
                    clusters.union(i, j, force=True)

    # 2. states by country, media by name
    first: dict[str, int] = {}
    for i, n in enumerate(nodes):
        if n.kind == "state":
            k = "state:" + (n.country or nm.fold(n.name))
        elif n.kind == "media":
            k = "media:" + nm.fold(n.name)
        else:
            continue
        if k in first:
            clusters.union(first[k], i)
        else:
            first[k] = i

    # 3. same folded name; a name that is another's strong alias
    by_exact: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if n.kind in {"person", "organization"}:
            by_exact[(n.kind, nm.fold(n.name))].append(i)
    for group in by_exact.values():
        for j in group[1:]:
            clusters.union(group[0], j)
    for i, n in enumerate(nodes):
        if n.kind not in {"person", "organization"}:
            continue
        for alias in n.strong_aliases():
            for j in by_exact.get((n.kind, nm.fold(alias)), []):
                clusters.union(i, j)
            if n.kind == "organization":  # organisations share aliases (acronyms) freely
                for j in by_name.get(nm.fold(alias), []):
                    if nodes[j].kind == "organization":
                        clusters.union(i, j)

    _join_people(nodes, clusters)
    _join_organisations(nodes, clusters)
    _attach_partial_people(nodes, clusters)
    return _build(nodes, clusters)


def _join_people(nodes: list[ActorNode], clusters: _Clusters) -> None:
    """Full person names that are transliterations of each other, compared within blocks."""
    blocks: dict[str, set[str]] = defaultdict(set)
    full_names: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if n.kind == "person" and nm.person_name(n.name).full:
            full_names[n.name].append(i)
    for name in full_names:
        p = nm.person_name(name)
        # by family name only: given names ("Mohammed") make blocks too large to compare
        blocks["f:" + nm.key(p.family)].add(name)
        blocks["l:" + nm.key(p.tokens[-1])].add(name)
    seen: set[tuple[str, str]] = set()
    for block in blocks.values():
        ordered = sorted(block)
        for x, a in enumerate(ordered):
            for b in ordered[x + 1 :]:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                if nm.same_person_name(a, b):
                    for j in full_names[b]:
                        clusters.union(full_names[a][0], j)
        for name in ordered:  # all occurrences of one name together (if nothing blocks it)
            for j in full_names[name][1:]:
                clusters.union(full_names[name][0], j)


def _join_organisations(nodes: list[ActorNode], clusters: _Clusters) -> None:
    orgs: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if n.kind == "organization":
            orgs[n.name].append(i)
    names = sorted(orgs)
    # spelling variants, blocked by the head word
    heads: dict[str, list[str]] = defaultdict(list)
    for name in names:
        tokens = nm.fold(name).split()
        if tokens:
            heads[nm.key(tokens[-1])].append(name)
    for block in heads.values():
        if len(block) > 500:
            continue
        ordered = sorted(block, key=len)
        for x, a in enumerate(ordered):
            for b in ordered[x + 1 :]:
                if len(a) < 0.8 * len(b):
                    break  # sorted by length: the rest are longer still, too long to be a variant
                if nm.same_org_name(a, b):
                    clusters.union(orgs[a][0], orgs[b][0])
    # acronyms and shortened names: only when they point to exactly one cluster
    by_initials: dict[str, list[str]] = defaultdict(list)
    by_ending: dict[tuple[str, str], list[str]] = defaultdict(list)  # last two words
    for long in names:
        if not nm.looks_like_acronym(long):
            by_initials[nm.acronym(long)[:4]].append(long)
        words = nm.fold(long).split()
        if len(words) >= 2:
            by_ending[(nm.key(words[-2]), nm.key(words[-1]))].append(long)
    for short in names:
        if nm.looks_like_acronym(short):
            pool = by_initials.get(short.replace(".", "").upper()[:4], [])
        else:
            words = nm.fold(short).split()
            pool = by_ending.get((nm.key(words[-2]), nm.key(words[-1])), []) if len(words) >= 2 else []
        targets = {
            clusters.find(orgs[long][0])
            for long in pool
            if long != short and (nm.is_acronym_of(short, long) or nm.org_contained(short, long))
        }
        targets.discard(clusters.find(orgs[short][0]))
        if len(targets) == 1:
            clusters.union(targets.pop(), orgs[short][0])


def _attach_partial_people(nodes: list[ActorNode], clusters: _Clusters) -> None:
    """One-word person names: the full name in their own article, else a unique cluster.

    Full names are grouped by spelling, so a one-word name is compared with each distinct
    full name once, not with each of its occurrences (a large store repeats names often)."""
    full_by_doc: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    full: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if n.kind == "person" and nm.person_name(n.name).full:
            full_by_doc[n.doc_id][n.name].append(i)
            full[n.name].append(i)
    for i, n in enumerate(nodes):
        if n.kind != "person" or nm.person_name(n.name).full or not nm.person_name(n.name).tokens:
            continue
        for candidates in (full_by_doc.get(n.doc_id, {}), full):
            target = _unique_match(n, candidates, clusters)
            if target is not None:
                clusters.union(target, i)
                break


def _unique_match(node: ActorNode, candidates: dict[str, list[int]], clusters: _Clusters) -> int | None:
    """The one cluster whose full names `node`'s one-word name fits (family name first)."""
    how_of = {name: nm.partial_person_match(node.name, name) for name in candidates}
    for how in ("family", "given"):
        roots = {clusters.find(j) for name, ids in candidates.items() if how_of[name] == how for j in ids}
        if len(roots) == 1:
            return roots.pop()
        if len(roots) > 1:
            return None
    return None


def _build(nodes: list[ActorNode], clusters: _Clusters) -> ActorResolution:
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        members[clusters.find(i)].append(i)
    actors: dict[str, GlobalActor] = {}
    by_node: dict[NodeKey, str] = {}
    index = {n.key: i for i, n in enumerate(nodes)}
    for group in members.values():
        occ = [nodes[i] for i in group]
        name = _canonical_name(occ)
        kind = Counter(n.kind for n in occ).most_common(1)[0][0]
        digest = hashlib.sha1(f"{kind}:{nm.fold(name)}".encode()).hexdigest()[:10]
        gid = f"{kind[:3]}-{digest}"
        if kind == "group" or gid in actors:  # unnamed collectives stay one per article
            gid = f"{gid}-{hashlib.sha1(occ[0].doc_id.encode()).hexdigest()[:6]}-{occ[0].local_id}"
        surfaces: list[str] = []
        for n in occ:
            for s in (n.name, *n.aliases):
                if s not in surfaces:
                    surfaces.append(s)
        actors[gid] = GlobalActor(
            id=gid, name=name, kind=kind,
            country=_most_common([n.country for n in occ]), sector=_most_common([n.sector for n in occ]),
            names=surfaces, roles=_unique(r for n in occ for r in n.roles),
            designations=_unique(d for n in occ for d in n.designations),
            members=[n.key for n in occ], documents=len({n.doc_id for n in occ}), mentions=sum(n.mentions for n in occ),
        )  # fmt: skip
        for n in occ:
            by_node[n.key] = gid
    for actor in actors.values():
        for doc_id, local in actor.members:
            node = nodes[index[(doc_id, local)]]
            for of in node.role_of:
                target = by_node.get((doc_id, of))
                if target and target != actor.id and target not in actor.affiliations:
                    actor.affiliations.append(target)
    return ActorResolution(actors=actors, by_node=by_node)


def _canonical_name(occ: list[ActorNode]) -> str:
    """The name most articles use; among persons, full names before one-word ones."""
    counts = Counter(n.name for n in occ)
    people = occ[0].kind == "person"
    return max(counts, key=lambda s: (people and len(s.split()) > 1, counts[s], len(s), s))


def _most_common(values: list[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out
