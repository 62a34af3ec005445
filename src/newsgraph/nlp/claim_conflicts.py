"""Conflicts found from the claims themselves (the conflicts component's second source).

- occurrence: a claim that denies something (a deny cue, or content that negates it)
  against a claim by another speaker that asserts the same fact (shared key words after
  the synonym groups of `data/conflicts.yaml`), or a vague denial ("denied any
  involvement") against a claim about its speaker;
- tolls: two claims by different speakers giving incompatible numbers of dead, injured,
  detained, troops or crowd ("21 bodies" / "killed 15 people"), bounds respected.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Token

from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)

DATA_FILE = Path(__file__).parent / "data" / "conflicts.yaml"
KEY_POS = {"NOUN", "VERB", "ADJ"}
GENERIC = {"be", "have", "do", "say", "people", "person", "year", "day", "week", "side", "area", "part", "time"}


@dataclass(frozen=True)
class ConflictLexicon:
    group: dict[str, str] = field(default_factory=dict)  # lemma -> group name
    tolls: dict[str, str] = field(default_factory=dict)  # lemma -> toll category
    lower: tuple[str, ...] = ()
    upper: tuple[str, ...] = ()
    vague: frozenset[str] = frozenset()
    meeting: frozenset[str] = frozenset()
    rival: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def load_conflict_lexicon(path: Path = DATA_FILE) -> ConflictLexicon:
    with path.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}
    group = {str(lemma): str(words[0]) for words in data.get("synonyms") or [] for lemma in words}
    tolls = {str(lemma): str(cat) for cat, words in (data.get("tolls") or {}).items() for lemma in words}
    return ConflictLexicon(
        group=group,
        tolls=tolls,
        lower=tuple(data.get("lower_bounds") or ()),
        upper=tuple(data.get("upper_bounds") or ()),
        vague=frozenset(data.get("vague") or ()),
        meeting=frozenset(data.get("meeting_objects") or ()),
        rival=frozenset(data.get("one_doer") or ()),
    )


FIRST_PERSON = {"we", "our", "us", "ours", "i", "my", "me"}


@dataclass
class ClaimFacts:
    index: int
    speaker: frozenset[int]
    keys: set[str]
    negated: bool
    vague: bool
    counts: dict[str, tuple[float, str]]  # category -> (value, "lower" | "upper" | "exact")
    agents: dict[str, set[int]] = field(default_factory=dict)  # key -> who did it, where the content says


def _agents(tok: Token, speaker: frozenset[int], token_actor: dict[int, list[int]]) -> set[int]:
    """Who does what a content word names: the active subject, the "by" agent of a passive,
    the possessor of a noun ("our custody"); "we"/"our" is the claim's speaker."""
    holders = [c for c in tok.children if c.dep_ == "nsubj"]
    holders += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    holders += [c for c in tok.children if c.dep_ == "poss" and tok.pos_ == "NOUN"]
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        holders = []  # the noun is itself the agent ("by gunfire")
    found: set[int] = set()
    for holder in holders:
        heads = [holder, *[c for c in holder.children if c.dep_ == "poss"]]
        for h in heads:
            if h.lower_ in FIRST_PERSON:
                found |= speaker
            found.update(token_actor.get(h.i, []))
    return found


def _number(token: Token) -> float | None:
    words = {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
    }
    text = token.lower_.replace(",", "")
    if text in words:
        return float(words[text])
    try:
        return float(text)
    except ValueError:
        return None


def facts_of(doc: Doc, index: int, claim: dict[str, Any], lex: ConflictLexicon) -> ClaimFacts | None:
    span = doc.char_span(claim["content"][0], claim["content"][1], alignment_mode="expand")
    if span is None:
        return None
    keys: set[str] = set()
    counts: dict[str, tuple[float, str]] = {}
    agents: dict[str, set[int]] = {}
    speaker = frozenset(claim["speaker"])
    token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
    for tok in span:
        lemma = tok.lemma_.lower()
        if tok.pos_ in KEY_POS and not tok.is_stop and lemma not in GENERIC and len(lemma) > 2:
            # facts are compared by what happened (verbs, synonym groups), not by names
            key = lex.group.get(lemma) or (lemma if tok.pos_ == "VERB" else None)
            if key is None or any(c.dep_ == "dobj" and c.lemma_.lower() in lex.meeting for c in tok.children):
                continue  # ("held talks" is a meeting, not custody)
            keys.add(key)
            who = _agents(tok, speaker, token_actor)
            if not who and claim["stance"] == "deny" and tok.tag_ == "VBG" and tok.i - span.start <= 1:
                who = set(speaker)  # "denied holding him": the denier's own act
            if who:
                agents.setdefault(key, set()).update(who)
        if tok.like_num and (value := _number(tok)) is not None:
            category = None
            for near in (tok.head, tok.head.head, tok.head.head.head):
                category = lex.tolls.get(near.lemma_.lower())
                if category is not None:
                    break
            if category is not None and category not in counts:
                before = text_of(doc)[max(0, tok.idx - 14) : tok.idx].lower()
                bound = (
                    "lower" if any(before.endswith(w + " ") for w in lex.lower)
                    else "upper" if any(before.endswith(w + " ") for w in lex.upper)
                    else "exact"
                )  # fmt: skip
                counts[category] = (value, bound)
    # the claims component sets "deny" for denial cues and for contents saying that
    # something did not happen ("no civilians were hurt"), not for "would not withdraw"
    negated = claim["stance"] == "deny"
    vague = len(span) <= 4 and any(t.lemma_.lower() in lex.vague for t in span)
    return ClaimFacts(index, speaker, keys, negated, vague, counts, agents)


def _compatible(a: tuple[float, str], b: tuple[float, str]) -> bool:
    (va, ba), (vb, bb) = a, b
    for (v1, b1), (v2, b2) in (((va, ba), (vb, bb)), ((vb, bb), (va, ba))):
        if b1 == "lower" and v2 >= v1 and b2 != "upper":
            return True
        if b1 == "upper" and v2 <= v1 and b2 != "lower":
            return True
    return va == vb


def _rival_doers(a: ClaimFacts, b: ClaimFacts, about: list[int], lex: ConflictLexicon) -> str | None:
    """Two assertions of the same act (holding, attacking) on the same actor by different
    doers: "held by Islamic Jihad" / "in our custody" (said by the Qassam Brigades)."""
    if a.negated or b.negated:
        return None
    for key in sorted(set(a.agents) & set(b.agents) & lex.rival):
        doers_a, doers_b = a.agents[key], b.agents[key]
        if doers_a & doers_b:
            continue
        if set(about) - doers_a - doers_b:
            return key
    return None


def claim_conflicts(doc: Doc, claims: list[dict[str, Any]], actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflicts between pairs of claims by different speakers."""
    lex = load_conflict_lexicon()
    facts = [f for i, c in enumerate(claims) if (f := facts_of(doc, i, c, lex)) is not None]
    found: list[dict[str, Any]] = []
    for n, a in enumerate(facts):
        for b in facts[n + 1 :]:
            if not a.speaker or not b.speaker or a.speaker & b.speaker:
                continue
            ca, cb = claims[a.index], claims[b.index]
            about = sorted(set(ca["about"]) & set(cb["about"]))
            names = [", ".join(actors[i]["name"] for i in sorted(f.speaker)) for f in (a, b)]
            for category in sorted(set(a.counts) & set(b.counts)):
                if not _compatible(a.counts[category], b.counts[category]):
                    found.append({
                        "claims": [a.index, b.index], "narration": False, "about": about,
                        "topic": f"number {category}",
                        "explanation": f"{names[0]} gives {a.counts[category][0]:g} {category}; "
                                       f"{names[1]} gives {b.counts[category][0]:g}",
                    })  # fmt: skip
                    break
            else:
                rival = _rival_doers(a, b, about, lex)
                if rival is not None:
                    found.append({
                        "claims": [a.index, b.index], "narration": False, "about": about,
                        "topic": f"who did it ({rival})",
                        "explanation": f"{names[0]} and {names[1]} name different actors for the same {rival}",
                    })  # fmt: skip
                    continue
                if a.negated == b.negated:
                    continue
                deny, other = (a, b) if a.negated else (b, a)
                # the same fact: a shared key whose doers (where both name them) agree
                shared = {
                    k for k in deny.keys & other.keys
                    if not deny.agents.get(k) or not other.agents.get(k) or deny.agents[k] & other.agents[k]
                }  # fmt: skip
                about_denier = deny.vague and bool(deny.speaker & set(claims[other.index]["about"]))
                if not shared and not about_denier:
                    continue
                topic = "whether " + (", ".join(sorted(shared)[:3]) if shared else "the accusation holds")
                found.append({
                    "claims": [a.index, b.index], "narration": False, "about": about,
                    "topic": topic,
                    "explanation": f"{names[0 if deny is a else 1]} denies what {names[1 if deny is a else 0]} asserts",
                })  # fmt: skip
    return found
