"""Conflicts found from the claims themselves (the conflicts component's second source).

- occurrence: a claim that denies something (a deny cue, or content that negates it)
  against a claim by another speaker that asserts the same fact (shared key words after
  the synonym groups of `data/conflicts.yaml`), or a vague denial ("denied any
  involvement") against a claim about its speaker;
  A vague denial also answers an accusation against its speaker's side named by
  nationality ("Greek coast guard elements" for a Greek ministry's denial);
- tolls: two claims by different speakers giving incompatible numbers of dead, injured,
  detained, troops or crowd ("21 bodies" / "killed 15 people", "put the death toll at
  four", "no one died"), bounds respected;
- mutual blame: each speaker names the other's side as the doer of the same act ("their
  forces opened fire first" said by each side).
Only settled assertions are compared: an appeal or a future or possible act ("urged X to
withdraw", "will answer any attack") asserts nothing that happened.
"""

from __future__ import annotations

import csv
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
DEMONYM_FILE = Path(__file__).parent / "data" / "demonyms.csv"
UNSETTLED_AUX = {"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to", "wo", "ca"}
NOBODY = {"nobody", "none", "no one", "no people", "no person", "not one person", "no lives"}
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
    mutual: frozenset[str] = frozenset()
    accusers: frozenset[str] = frozenset()
    doing: frozenset[str] = frozenset()
    appeal_nouns: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> alpha3


@functools.lru_cache(maxsize=1)
def load_conflict_lexicon(path: Path = DATA_FILE) -> ConflictLexicon:
    with path.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}
    # an entry "call/NOUN" joins the group only with that part of speech
    group = {str(lemma): str(words[0]).split("/")[0] for words in data.get("synonyms") or [] for lemma in words}
    demonyms: dict[str, str] = {}
    with DEMONYM_FILE.open(encoding="utf-8") as stream:
        rows = csv.DictReader(line for line in stream if not line.startswith("#"))
        for row in rows:
            demonyms.setdefault(row["demonym"], row["alpha3"])
    tolls = {str(lemma): str(cat) for cat, words in (data.get("tolls") or {}).items() for lemma in words}
    return ConflictLexicon(
        group=group,
        tolls=tolls,
        lower=tuple(data.get("lower_bounds") or ()),
        upper=tuple(data.get("upper_bounds") or ()),
        vague=frozenset(data.get("vague") or ()),
        meeting=frozenset(data.get("meeting_objects") or ()),
        rival=frozenset(data.get("one_doer") or ()),
        mutual=frozenset(data.get("mutual_blame") or ()),
        accusers=frozenset(data.get("accusing_cues") or ()),
        doing=frozenset(data.get("doing_verbs") or ()),
        appeal_nouns=frozenset(data.get("appeal_nouns") or ()),
        demonyms=demonyms,
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
    settled: bool = True  # asserts something that happened (not an appeal, a future or a possibility)
    accused: set[int] = field(default_factory=set)  # doers the claim names, and whom its cue accuses
    doer_countries: set[str] = field(default_factory=set)  # their countries, and demonyms of unnamed doers


def _agents(
    tok: Token,
    speaker: frozenset[int],
    token_actor: dict[int, list[int]],
    doing: frozenset[str] = frozenset(),
    span: Any = None,
) -> set[int]:
    """Who does what a content word names: the active subject, the "by" agent of a passive,
    the possessor of a noun ("our custody"); "we"/"our" is the claim's speaker."""
    holders = [c for c in tok.children if c.dep_ == "nsubj"]
    holders += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    holders += [c for c in tok.children if c.dep_ == "poss" and tok.pos_ == "NOUN"]
    if not holders and tok.dep_ in {"dobj", "pobj"} and tok.pos_ == "NOUN":
        # "opened fire", "subjected the positions to fire": the doer of a verb of doing
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        if verb.lemma_.lower() in doing and span is not None and span.start <= verb.i < span.end:
            holders = [c for c in verb.children if c.dep_ == "nsubj"]
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        holders = []  # the noun is itself the agent ("by gunfire")
    found: set[int] = set()
    for holder in holders:
        heads = [holder, *[c for c in holder.children if c.dep_ == "poss"]]
        # "units of the armed forces of Armenia": the owner of a part
        heads += [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
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


def _category(tok: Token, lex: ConflictLexicon) -> str | None:
    """The toll category a number counts in: through its noun or verb ("21 bodies",
    "killed 15 people"), or the object of the verb whose "at" it follows ("put the death
    toll at four", "estimated the dead at 40")."""
    for near in (tok.head, tok.head.head, tok.head.head.head):
        category = lex.tolls.get(near.lemma_.lower())
        if category is not None:
            return category
        if near.dep_ == "prep" and near.lower_ == "at":
            for obj in (c for c in near.head.children if c.dep_ == "dobj"):
                for word in (obj, *(c for c in obj.children if c.dep_ in {"compound", "amod"})):
                    if (category := lex.tolls.get(word.lemma_.lower())) is not None:
                        return category
    return None


def _bound(doc: Doc, tok: Token, lex: ConflictLexicon) -> str:
    before = text_of(doc)[max(0, tok.idx - 16) : tok.idx].lower().replace('"', " ").replace("“", " ")
    before = " ".join(before.split()) + " "
    # the longest marker wins ("no more than" is an upper bound, not "more than")
    marks = [(len(w), "lower") for w in lex.lower if before.endswith(" " + w + " ") or before == w + " "]
    marks += [(len(w), "upper") for w in lex.upper if before.endswith(" " + w + " ") or before == w + " "]
    return max(marks)[1] if marks else "exact"


def _nobody(tok: Token) -> bool:
    """ "no one had died", "nobody was hurt": the subject of a toll verb counts zero."""
    for subject in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
        words = " ".join(t.lower_ for t in subject.subtree)
        if words in NOBODY:
            return True
    return False


def _settled(span: Any) -> bool:
    """Whether the content asserts something that happened: not an appeal's infinitive
    ("X to withdraw"), a future or a possibility ("will answer", "could ban")."""
    verb = next((t for t in span if t.pos_ == "VERB"), span.root)
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in UNSETTLED_AUX for c in verb.children)


def _doer_countries(tokens: list[Token], actors: list[dict[str, Any]], ids: set[int], lex: ConflictLexicon) -> set[str]:
    """The countries of the doers: of forces and groups named ("Turkish forces"), not of
    persons (an ambassador's refusal is no act of his side), and demonyms of unnamed ones."""
    found = {
        str(actors[i]["country"])
        for i in ids
        if 0 <= i < len(actors) and actors[i].get("country") and actors[i].get("kind") != "person"
    }
    for tok in tokens:
        for word in (tok, *(c for c in tok.children if c.dep_ in {"amod", "compound"})):
            if (country := lex.demonyms.get(word.text)) is not None:
                found.add(country)
    return found


def facts_of(doc: Doc, index: int, claim: dict[str, Any], lex: ConflictLexicon) -> ClaimFacts | None:
    span = doc.char_span(claim["content"][0], claim["content"][1], alignment_mode="expand")
    if span is None:
        return None
    keys: set[str] = set()
    counts: dict[str, tuple[float, str]] = {}
    agents: dict[str, set[int]] = {}
    speaker = frozenset(claim["speaker"])
    token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
    actors: list[dict[str, Any]] = doc._.ng_actors or []
    doer_tokens: list[Token] = []
    for tok in span:
        lemma = tok.lemma_.lower()
        # (a lemma of a synonym group counts even when spaCy calls it a stop word: "call")
        group = lex.group.get(f"{lemma}/{tok.pos_.lower()}") or lex.group.get(lemma)
        if tok.pos_ in KEY_POS and (group or not tok.is_stop) and lemma not in GENERIC and len(lemma) > 2:
            # facts are compared by what happened (verbs, synonym groups), not by names
            key = group or (lemma if tok.pos_ == "VERB" else None)
            if key is None or any(c.dep_ == "dobj" and c.lemma_.lower() in lex.meeting for c in tok.children):
                continue  # ("held talks" is a meeting, not custody)
            if lemma in lex.appeal_nouns and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in tok.children):
                continue  # ("calls for an election" is an appeal, not a phone call)
            keys.add(key)
            who = _agents(tok, speaker, token_actor, lex.doing, span)
            if not who and claim["stance"] == "deny" and tok.tag_ == "VBG" and tok.i - span.start <= 1:
                who = set(speaker)  # "denied holding him": the denier's own act
            if who:
                agents.setdefault(key, set()).update(who)
            doer_tokens += [c for c in tok.children if c.dep_ == "nsubj"]
            doer_tokens += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if lex.tolls.get(lemma) is not None and _nobody(tok):
                counts.setdefault(lex.tolls[lemma], (0.0, "exact"))
        if tok.like_num and (value := _number(tok)) is not None:
            category = _category(tok, lex)
            if category is not None and category not in counts:
                counts[category] = (value, _bound(doc, tok, lex))
    # the claims component sets "deny" for denial cues and for contents saying that
    # something did not happen ("no civilians were hurt"), not for "would not withdraw"
    negated = claim["stance"] == "deny"
    vague = len(span) <= 4 and any(t.lemma_.lower() in lex.vague for t in span)
    accused = {i for who in agents.values() for i in who}
    cue = doc.char_span(claim["cue"][0], claim["cue"][1], alignment_mode="expand")
    if cue is not None and cue.root.lemma_.lower() in lex.accusers:
        # "accused Côte d'Ivoire of harbouring ...": the accused stands outside the content
        for obj in (c for c in cue.root.children if c.dep_ == "dobj"):
            doer_tokens.append(obj)
            accused.update(i for t in obj.subtree for i in token_actor.get(t.i, []))
    accused -= speaker
    countries = _doer_countries(doer_tokens, actors, accused, lex)
    return ClaimFacts(index, speaker, keys, negated, vague, counts, agents, _settled(span), accused, countries)


def _compatible(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Whether two counts can both be true: "at least 12" and 27 can, "no more than six"
    and "at least four" can, "only four" and "at least 12" cannot."""

    def interval(value: float, bound: str) -> tuple[float, float]:
        if bound == "lower":
            return value, float("inf")
        if bound == "upper":
            return float("-inf"), value
        return value, value

    (lo_a, hi_a), (lo_b, hi_b) = interval(*a), interval(*b)
    return max(lo_a, lo_b) <= min(hi_a, hi_b)


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


def _countries(ids: frozenset[int] | set[int], actors: list[dict[str, Any]]) -> set[str]:
    return {str(actors[i]["country"]) for i in ids if 0 <= i < len(actors) and actors[i].get("country")}


def _mutual_blame(a: ClaimFacts, b: ClaimFacts, actors: list[dict[str, Any]], lex: ConflictLexicon) -> str | None:
    """Each speaker names the other's side as the doer of the same act: Armenia says
    Azerbaijani forces opened fire, Azerbaijan says Armenian units did."""
    if a.negated or b.negated or not a.settled or not b.settled:
        return None
    for key in sorted(a.keys & b.keys & lex.mutual):
        doers_a, doers_b = a.agents.get(key, set()), b.agents.get(key, set())
        if not doers_a or not doers_b or doers_a & doers_b:
            continue
        home_a, home_b = _countries(a.speaker, actors), _countries(b.speaker, actors)
        if home_a & home_b:
            continue
        if _countries(doers_a, actors) & home_b and _countries(doers_b, actors) & home_a:
            return key
    return None


def _answers(deny: ClaimFacts, other: ClaimFacts, about: list[int], actors: list[dict[str, Any]]) -> bool:
    """A vague denial ("rejected the accusations") answers a claim that accuses its
    speaker, or the speaker's side named by nationality ("Greek coast guard elements"),
    made by someone from another side."""
    if not deny.vague:
        return False
    if deny.speaker & (set(about) | other.accused):
        return True
    home = _countries(deny.speaker, actors)
    return bool(home & other.doer_countries) and not home & _countries(other.speaker, actors)


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
                mutual = _mutual_blame(a, b, actors, lex)
                if mutual is not None:
                    found.append({
                        "claims": [a.index, b.index], "narration": False, "about": about,
                        "topic": f"who started it ({mutual})",
                        "explanation": f"{names[0]} and {names[1]} each blame the other side for the {mutual}",
                    })  # fmt: skip
                    continue
                if a.negated == b.negated:
                    continue
                deny, other = (a, b) if a.negated else (b, a)
                if not other.settled:
                    continue  # an appeal or a future act asserts nothing that a denial could deny
                # the same fact: a shared key whose doers (where both name them) agree
                shared = {
                    k for k in deny.keys & other.keys
                    if not deny.agents.get(k) or not other.agents.get(k) or deny.agents[k] & other.agents[k]
                }  # fmt: skip
                about_denier = _answers(deny, other, claims[other.index]["about"], actors)
                if not shared and not about_denier:
                    continue
                topic = "whether " + (", ".join(sorted(shared)[:3]) if shared else "the accusation holds")
                found.append({
                    "claims": [a.index, b.index], "narration": False, "about": about,
                    "topic": topic,
                    "explanation": f"{names[0 if deny is a else 1]} denies what {names[1 if deny is a else 0]} asserts",
                })  # fmt: skip
    return found
