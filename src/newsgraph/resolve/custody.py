"""Custody facts in claims, for the cross-article conflict finder (`resolve.conflicts`).

A holding stated as a state ("Shira Dahan is being held by Islamic Jihad") is no event
(docs/gold-format.md), yet two outlets whose sources name different holders of one person
disagree. The in-article finder reads such facts from the parsed claims
(`nlp.claim_conflicts`); a stored record keeps no parse, so here they are read from a
claim's content and the actor mentions inside it:

- "<person> ... held / kept by <actor>" (passive: the nearest person before the cue);
- "in the hands / custody of <actor>", "in <actor>'s custody" (the nearest person before);
- "in our custody / hands": the claim's speaker holds;
- "<actor> holds / is holding <person>" (the person after, or none: "holds both hostages"
  stands for the people its article names, as for events).

Only asserted claims count, and not a cue with a negation or a modal among the three words
before it ("is not held by", "could be held by"). Each fact becomes an attributed
ASSAULT/abduct mention (the type and mode the events component gives "holds" and
"abducted"), compared by `who_conflicts` like the events' own reports. Cue words are in
`data/custody.yaml`, read once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from newsgraph.record import Claim, Record, Source
from newsgraph.resolve.actors import ActorResolution
from newsgraph.resolve.mentions import EventMention

LOGGER = logging.getLogger(__name__)

CUSTODY_FILE = Path(__file__).parent / "data" / "custody.yaml"
CUSTODY_EVENT = ("ASSAULT", "abduct")
_NEAR = 80  # characters between a held person and the cue after them
_UNSETTLED = {"could", "may", "might", "would", "will", "should", "if"}


@dataclass(frozen=True)
class _Cues:
    passive: re.Pattern[str]  # "held by ", ending where the holder starts
    noun_of: re.Pattern[str]  # "in the hands of "
    ours: re.Pattern[str]  # "in our custody"
    noun_after: re.Pattern[str]  # "'s custody", right after a holder ("in Hamas's custody")
    active: re.Pattern[str]  # " is holding", right after a holder
    negations: frozenset[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def cues() -> _Cues:
    """`data/custody.yaml`, read and compiled once per process."""
    with CUSTODY_FILE.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}
    passive, nouns = _alternation(data["passive"]), _alternation(data["nouns"])
    return _Cues(
        passive=re.compile(rf"\b(?:{passive})\s+(?:captive\s+|hostage\s+|prisoner\s+)?by\s+(?:the\s+)?", re.I),
        noun_of=re.compile(rf"\bin\s+(?:the\s+)?(?:{nouns})\s+of\s+(?:the\s+)?", re.I),
        ours=re.compile(rf"\bin\s+(?:{_alternation(data['ours'])})\s+(?:{nouns})\b", re.I),
        noun_after=re.compile(rf"(?:'s|’s|'|’)?\s+(?:{nouns})\b", re.I),
        active=re.compile(rf"\s+(?:{_alternation(data['active'])})\b", re.I),
        negations=frozenset(str(w).lower() for w in data["negations"]),
    )


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor: str  # global id
    person: bool


def _unsettled(text: str, at: int, c: _Cues) -> bool:
    """A negation or a modal among the three words before `at` ("is not held", "could be held")."""
    words = re.findall(r"[\w’']+", text[max(0, at - 40) : at].lower())[-3:]
    return any(w in c.negations or w.endswith("n't") or w in _UNSETTLED for w in words)


def custody_facts(
    claim: Claim, text: str, mentions: list[_Mention], speaker: list[str]
) -> list[tuple[str, str | None]]:
    """(holder, held person or None) pairs a claim asserts; `text` is the claim's content,
    `mentions` the actor mentions inside it with offsets relative to the content."""
    if claim.stance != "assert":
        return []
    c = cues()
    out: list[tuple[str, str | None]] = []

    def held_before(at: int, holder: str) -> str | None:
        before = [m for m in mentions if m.person and m.end <= at and at - m.end <= _NEAR and m.actor != holder]
        return before[-1].actor if before else None

    def starting(at: int) -> _Mention | None:
        return next((m for m in mentions if at <= m.start <= at + 1), None)

    for pattern in (c.passive, c.noun_of):
        for found in pattern.finditer(text):
            holder = starting(found.end())
            if holder is not None and not _unsettled(text, found.start(), c):
                out.append((holder.actor, held_before(found.start(), holder.actor)))
    for found in c.ours.finditer(text):
        if speaker and not _unsettled(text, found.start(), c):
            out += [(s, held_before(found.start(), s)) for s in speaker]
    for m in mentions:
        if m.person:
            continue  # (a person "has" or "is holding" many things; a group holding someone is the news)
        after = text[m.end :]
        if (verb := c.active.match(after)) is not None and not _unsettled(text, m.start, c):
            nxt = [x for x in mentions if x.person and x.start >= m.end + verb.end() and x.start - m.end <= _NEAR]
            out.append((m.actor, nxt[0].actor if nxt else None))
        elif c.noun_after.match(after) is not None and re.search(r"\bin\s+(?:the\s+)?$", text[: m.start], re.I):
            if not _unsettled(text, m.start, c):
                out.append((m.actor, held_before(m.start, m.actor)))
    return [(holder, held) for holder, held in out if holder != held]


def custody_mentions(
    records: Iterable[Record],
    actors: ActorResolution,
    story_of: dict[str, str],
    publications: dict[str, list[Source]] | None = None,
) -> list[EventMention]:
    """One attributed custody report per holding that a claim asserts (module docstring)."""
    out: list[EventMention] = []
    publications = publications or {}
    for r in records:
        if not r.claims:
            continue
        spans = [
            (x.start, x.end, actors.by_node[(r.id, a.id)], a.kind == "person")
            for a in r.actors
            if (r.id, a.id) in actors.by_node
            for x in a.mentions
        ]
        day = r.source.published[:10] if r.source.published else None
        pubs = publications.get(r.id) or [r.source]
        for claim in r.claims:
            lo, hi = claim.content.start, claim.content.end
            inside = [
                _Mention(s - lo, e - lo, gid, person) for s, e, gid, person in sorted(spans) if lo <= s and e <= hi
            ]
            speaker = [actors.by_node[(r.id, i)] for i in claim.speaker if (r.id, i) in actors.by_node]
            facts = custody_facts(claim, claim.content.text, inside, speaker)
            for n, (holder, held) in enumerate(dict.fromkeys(facts)):
                out.append(_mention(r, claim, n, holder, held, day, story_of, pubs))
    return out


def _mention(
    r: Record, claim: Claim, n: int, holder: str, held: str | None, day: str | None, story_of: dict[str, str],
    pubs: list[Source],
) -> EventMention:  # fmt: skip
    return EventMention(
        doc_id=r.id, local_id=f"{claim.id}h{n}", event=CUSTODY_EVENT[0], mode=CUSTODY_EVENT[1],
        actor=[holder], recipient=[held] if held else [], date=day, dated_by="published",
        place=None, place_country=None, place_resolution=None, attribution=claim.id,
        dead=None, injured=None, arrested=None, approximate=False, evidence=claim.content.text,
        source=r.source.name, published=r.source.published, url=r.source.url, title=r.source.title,
        story=story_of.get(r.id, r.id), clusterable=True, place_firm=False,
        outlets=sorted({p.name for p in pubs if p.name}), seen=sorted({p.published for p in pubs if p.published}),
    )  # fmt: skip
