"""Conflicts found from the claims themselves (the conflicts component's second source).

- occurrence: a claim that denies something (a deny cue, or content that negates it)
  against a claim by another speaker that asserts the same fact (shared key words after
  the synonym groups of `data/conflicts.yaml`), or a vague denial ("denied any
  involvement") against a claim about its speaker;
  denials that name no act ("the accusations were absurd", "X had no hand in it") are
  matched in `claim_denials`;
- tolls: two claims by different speakers giving incompatible numbers of dead, injured,
  detained, troops or crowd ("21 bodies" / "killed 15 people", "put the death toll at
  four", "no one died"), bounds respected;
- identity: the victims called civilians by one and fighters by the other (`claim_identity`);
- mutual blame: each speaker names the other's side as the doer of the same act ("their
  forces opened fire first" said by each side).
Only settled assertions are compared: an appeal or a future or possible act ("urged X to
withdraw", "will answer any attack") asserts nothing that happened, and neither does a
part of a content under a modal or an infinitive ("agreed to pay"), in a clause of time
or condition ("as officials were meeting") or in a relative clause describing a noun
("the bank he once owned"). A denial that names its doer ("its troops had fired") answers
only an assertion naming that doer or its state's forces; soldiers named by both claims
are a shared fact only when the denial is of their presence. Claims by one side (a
speaker and the organisation it speaks for) and one statement relayed by two speakers
are never compared. Counts are compared in `claim_tolls`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.claim_denials import (
    FIRST_PERSON,
    answers,
    antecedents,
    countries,
    dismissed,
    disowned,
    government,
    self_denial,
    side,
)
from newsgraph.nlp.claim_identity import Identity, identity_clash, identity_of
from newsgraph.nlp.claim_tolls import (
    GENERIC_CLASS,
    Count,
    bound,
    category,
    clash,
    comparative,
    incidents,
    number,
    ordinal,
    sole,
    victim_class,
)
from newsgraph.nlp.conflict_lexicon import ConflictLexicon

LOGGER = logging.getLogger(__name__)

UNSETTLED_AUX = {"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to", "wo", "ca"}
NOBODY = {"nobody", "none", "no one", "no people", "no person", "not one person", "no lives"}
KEY_POS = {"NOUN", "VERB", "ADJ"}
ENEMY = {"enemy", "hostile"}
RELATIVE = {"who", "which", "that"}
ORIGIN_VERBS = {"be", "come", "hail", "arrive", "originate"}  # "were (not) from X"
PRESENCE = {"have", "be"}
STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD", "LEG"})
BACKGROUND_MARKS = {"as", "while", "when", "whilst", "if", "unless"}  # time and condition
GENERIC = {"be", "have", "do", "say", "people", "person", "year", "day", "week", "side", "area", "part", "time"}
# wishes and beliefs name no fact two sources could disagree on ("they wanted to scare us")
GENERIC |= {"want", "wish", "hope", "need", "think", "believe", "know", "expect", "seem", "feel"}


@dataclass
class ClaimFacts:
    index: int
    speaker: frozenset[int]
    keys: set[str]
    negated: bool
    vague: bool
    counts: list[Count]
    agents: dict[str, set[int]] = field(default_factory=dict)  # key -> who did it, where the content says
    settled: bool = True  # asserts something that happened (not an appeal, a future or a possibility)
    accused: set[int] = field(default_factory=set)  # doers the claim names, and whom its cue accuses
    doer_countries: set[str] = field(default_factory=set)  # their countries, and demonyms of unnamed doers
    enemy: set[str] = field(default_factory=set)  # keys done by "the enemy" of the speaker
    present: set[str] = field(default_factory=set)  # participant keys whose presence it states
    span: tuple[int, int] = (0, 0)  # the content's tokens
    charged: set[int] = field(default_factory=set)  # whom its cue accuses ("accused X of ...")
    # whose involvement a vague denial disowns: its speaker, or X in "X had no hand in"
    denier: frozenset[int] = frozenset()
    referring: bool = False  # X is cleared of what is only referred to ("nothing to do with the incident")
    origins: set[str] = field(default_factory=set)  # where the doers came from ("youth from Pibor")
    denied_origins: set[str] = field(default_factory=set)  # where they did not ("were not from Pibor")
    identity: Identity = field(default_factory=Identity)  # who the victims were (`claim_identity`)
    statement: bool = False  # names another source's statement ("the account", "the report")
    incidents: set[str] = field(default_factory=set)  # what its dead died in ("the flood")


def _agents(
    tok: Token,
    speaker: frozenset[int],
    token_actor: dict[int, list[int]],
    doing: frozenset[str] = frozenset(),
    span: Any = None,
    holding: frozenset[str] = frozenset(),
    allegiance: frozenset[str] = frozenset(),
) -> set[int]:
    """Who does what a content word names: the active subject, the "by" agent of a passive,
    the possessor of a noun ("our custody"); "we"/"our" is the claim's speaker."""
    holders = [c for c in tok.children if c.dep_ == "nsubj"]
    holders += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    holders += [c for c in tok.children if c.dep_ == "poss" and tok.pos_ == "NOUN"]
    if tok.pos_ == "NOUN":  # "a drone strike by the RSF"; "in the hands of the ELN"
        preps = {"by", "of"} if tok.lemma_.lower() in holding else {"by"}
        holders += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children]
    if tok.dep_ == "relcl":  # "it was Indian forces who had opened fire"
        holders = [tok.head if h.lower_ in RELATIVE else h for h in holders]
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
        # "fighters loyal to the warlord", "militants linked to the group": the side they fight for
        sides = [c for c in holder.children if c.dep_ in {"amod", "acl"} and c.lemma_.lower() in allegiance]
        heads += [g for a in sides for p in a.children if p.dep_ == "prep" for o in p.children for g in o.subtree]
        for h in heads:
            if h.lower_ in FIRST_PERSON:
                found |= speaker
            found.update(token_actor.get(h.i, []))
    return found


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


def _background(tok: Token, span: Any, lex: ConflictLexicon) -> bool:
    """Whether a word of the content lies in a part that asserts nothing that happened:
    under a future, a modal or an infinitive ("agreed to pay", "will evacuate the
    wounded") or in a clause of time or condition ("as officials were meeting", "if
    Copenhagen stopped hosting them"). "continued to shell" still happened; a word is
    judged by its own clause and the verb it is coordinated with or complements."""
    node = tok
    for _ in range(12):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return True
        if node.pos_ in {"VERB", "AUX"}:
            for aux in (c for c in node.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in UNSETTLED_AUX):
                if aux.lower_ == "to" and (node.dep_ in {"acl", "relcl"} or node.head.lemma_.lower() in lex.ongoing):
                    continue  # ("had nothing to do with", "continued to shell": no appeal, no future)
                return True
            if node.dep_ not in {"conj", "xcomp", "acl"}:  # ("stopped hosting": the clause of "stopped")
                return False
        if node.head is node or not span.start <= node.head.i < span.end:
            return False
        node = node.head
    return False


def _in_relative(tok: Token, span: Any) -> bool:
    """Whether a word lies in a relative clause that describes a noun ("the bank he once
    owned"), not in a cleft that states the fact ("it was Indian forces who opened fire")."""
    node = tok
    for _ in range(12):
        if node.dep_ == "relcl":
            return node.head.pos_ in {"NOUN", "PROPN"} and node.head.dep_ != "attr"
        if node.head is node or not span.start <= node.head.i < span.end:
            return False
        node = node.head
    return False


def _other_sense(tok: Token, lemma: str, lex: ConflictLexicon) -> bool:
    """Whether a word names another fact than its group's: "held talks", "no vote was
    held" (a meeting, not custody), "set fire to buses" (arson, not shooting), "blocked
    roads" (not a veto)."""
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lex.meeting for c in tok.children):
        return True
    senses = lex.other_senses.get(lemma)
    if not senses:
        return False
    near = [c.lemma_.lower() for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "prt"}]
    return tok.head.lemma_.lower() in senses or any(word in senses for word in near)


def _origins(span: Any, lex: ConflictLexicon) -> tuple[set[str], set[str]]:
    """The named places the content says its subjects came from ("armed youth from Pibor
    raided", "the gunmen came from Mali"), and those it says they did not come from ("the
    raiders were not from Pibor but ..."): a correction of the other source's origin."""
    asserted: set[str] = set()
    denied: set[str] = set()
    for prep in (t for t in span if t.lower_ == "from" and t.dep_ == "prep"):
        names = {c.lower_ for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"}
        head = prep.head
        if not names or _background(prep, span, lex):
            continue
        if any(c.dep_ == "neg" for c in (*prep.children, *head.children)):
            if head.lemma_.lower() in ORIGIN_VERBS:
                denied |= names
        elif head.dep_ in {"nsubj", "nsubjpass"} or head.lemma_.lower() in ORIGIN_VERBS:
            asserted |= names
    return asserted, denied


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
    counts: list[Count] = []
    agents: dict[str, set[int]] = {}
    speaker = frozenset(claim["speaker"])
    token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
    actors: list[dict[str, Any]] = doc._.ng_actors or []
    doer_tokens: list[Token] = []
    enemy: set[str] = set()
    accused: set[int] = set()
    present: set[str] = set()
    for tok in span:
        if tok.dep_ == "nsubj" and (toll := comparative(tok, lex)) is not None and not _background(tok.head, span, lex):
            counts.append(toll)  # "the real toll was far higher"
        if tok.like_num and (nth := ordinal(tok, lex)) is not None and not _background(tok, span, lex):
            counts.append(nth)  # "a fourth man succumbed"
            continue
        pos = tok.pos_
        keyword = False
        if pos in KEY_POS:
            lemma = tok.lemma_.lower()
            # (a lemma of a synonym group counts even when spaCy calls it a stop word: "call")
            group = lex.group.get(f"{lemma}/{pos.lower()}") or lex.group.get(lemma)
            keyword = bool((group or not tok.is_stop) and lemma not in GENERIC and len(lemma) > 2)
        if not (keyword or tok.like_num) or _background(tok, span, lex):
            continue  # a future, an appeal or a clause of time asserts no fact of the claim
        if keyword and claim["stance"] != "deny" and any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children):
            continue  # ("no damage was reported" in an assertion asserts no damage)
        if keyword:
            # facts are compared by what happened (verbs, synonym groups), not by names
            key = group or (lemma if tok.pos_ == "VERB" else None)
            if key is None or _other_sense(tok, lemma, lex):
                continue  # ("held talks" is a meeting, not custody; "set fire" no shooting)
            if lemma in lex.appeal_nouns and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in tok.children):
                continue  # ("calls for an election" is an appeal, not a phone call)
            who = _agents(tok, speaker, token_actor, lex.doing, span, lex.holding, lex.allegiance)
            doer_tokens += [c for c in tok.children if c.dep_ == "nsubj"]
            doer_tokens += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if _in_relative(tok, span):
                accused |= who  # ("the bank he once owned": a doer named, no fact of the claim)
                continue
            keys.add(key)
            if key in lex.participants and tok.head.lemma_.lower() in PRESENCE:
                present.add(key)  # "there are no soldiers", "denied having any troops"
            if not who and claim["stance"] == "deny" and tok.tag_ == "VBG" and tok.i - span.start <= 1:
                who = set(speaker)  # "denied holding him": the denier's own act
            if who:
                agents.setdefault(key, set()).update(who)
            if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in ENEMY for c in tok.children):
                enemy.add(key)  # "an enemy offensive": done by the speaker's foe
            if lex.tolls.get(lemma) is not None and _nobody(tok):
                counts.append(Count(lex.tolls[lemma], GENERIC_CLASS, 0.0, "exact"))
            if (only := sole(tok, lex)) is not None:
                counts.append(only)  # "the only death registered"
        if tok.like_num and (value := number(tok)) is not None:
            cat = category(tok, lex)
            if cat is not None:
                counts.append(Count(cat, victim_class(tok, lex), value, bound(doc, tok, lex)))
    # the claims component sets "deny" for denial cues and for contents saying that
    # something did not happen ("no civilians were hurt"), not for "would not withdraw"
    # ("the accusations were absurd" dismisses what another claim asserts)
    dismissal = dismissed(span, lex)
    negated = claim["stance"] == "deny" or dismissal
    vague = dismissal or (len(span) <= 4 and any(t.lemma_.lower() in lex.vague for t in span))
    cleared, referring = disowned(span, speaker, token_actor, lex) if negated else (set(), False)
    vague = vague or bool(cleared)
    accused |= {i for who in agents.values() for i in who}
    charged: set[int] = set()
    cue = doc.char_span(claim["cue"][0], claim["cue"][1], alignment_mode="expand")
    if cue is not None and cue.root.lemma_.lower() in lex.accusers:
        # "accused Côte d'Ivoire of harbouring ...": the accused stands outside the content
        for obj in (c for c in cue.root.children if c.dep_ == "dobj"):
            doer_tokens.append(obj)
            charged.update(i for t in obj.subtree for i in token_actor.get(t.i, []))
    accused |= charged
    accused -= speaker
    charged -= speaker
    doer_countries = _doer_countries(doer_tokens, actors, accused, lex)
    settled = _settled(span)
    where = (span.start, span.end)
    facts = ClaimFacts(
        index, speaker, keys, negated, vague, counts, agents, settled, accused, doer_countries, enemy, present, where
    )
    facts.charged, facts.denier, facts.referring = charged, frozenset(cleared) or speaker, referring
    facts.origins, facts.denied_origins = _origins(span, lex)
    facts.identity = identity_of(span, lex)
    facts.statement = any(t.lemma_.lower() in lex.statements for t in span)
    facts.incidents = incidents(span, lex)
    return facts


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


def _mutual_blame(a: ClaimFacts, b: ClaimFacts, actors: list[dict[str, Any]], lex: ConflictLexicon) -> str | None:
    """Each speaker names the other's side as the doer of the same act: Armenia says
    Azerbaijani forces opened fire, Azerbaijan says Armenian units did."""
    if a.negated or b.negated or not a.settled or not b.settled:
        return None
    for key in sorted(a.keys & b.keys & lex.mutual):
        doers_a, doers_b = a.agents.get(key, set()), b.agents.get(key, set())
        if not doers_a or not doers_b or doers_a & doers_b:
            continue
        home_a, home_b = countries(a.speaker, actors), countries(b.speaker, actors)
        if home_a & home_b:
            continue
        if countries(doers_a, actors) & home_b and countries(doers_b, actors) & home_a:
            return key
    return None


def _same_statement(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two contents are (nearly) the same words: a statement relayed by two speakers."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    sizes = sorted((a[1] - a[0], b[1] - b[0]))
    return shared > 0 and shared >= 0.8 * sizes[0] and sizes[0] >= 0.5 * sizes[1]


def _sides(ids: set[int], actors: list[dict[str, Any]]) -> set[str]:
    """The states that doers act for: a state, its forces, police, courts or ministries."""
    return government(ids, actors, STATE_SECTORS)


def _same_doers(deny: ClaimFacts, other: ClaimFacts, key: str, actors: list[dict[str, Any]]) -> bool:
    """Whether a denial and an assertion sharing a fact speak of the same doer. A denial
    that names its doer ("its troops had fired") answers only an assertion naming that
    doer or its state's forces ("Azerbaijani forces opened fire"), not one that names no
    one ("the shooting lasted two hours": someone else may have shot)."""
    denied = deny.agents.get(key)
    if not denied:
        return True
    if key in other.enemy:
        return not side(deny.speaker, actors) & side(other.speaker, actors)
    asserted = other.agents.get(key) or other.accused
    if denied & asserted:
        return True
    # ("Israeli tank fire" names its doer by nationality only)
    return bool(_sides(denied, actors) & (_sides(set(asserted), actors) | other.doer_countries))


def claim_conflicts(
    doc: Doc, claims: list[dict[str, Any]], actors: list[dict[str, Any]], lex: ConflictLexicon
) -> list[dict[str, Any]]:
    """Conflicts between pairs of claims by different speakers."""
    facts = [f for i, c in enumerate(claims) if (f := facts_of(doc, i, c, lex)) is not None]
    found: list[dict[str, Any]] = []
    sides = [side(f.speaker, actors) for f in facts]
    refers = antecedents(facts, sides)  # "X said A. Y rejected the account"
    for n, a in enumerate(facts):
        for m in range(n + 1, len(facts)):
            b = facts[m]
            if not a.speaker or not b.speaker or sides[n] & sides[m]:
                continue  # (one side twice: a movement and its spokesman say one thing)
            if _same_statement(a.span, b.span):
                continue  # one statement relayed ("my brother said there were ...", he said)
            ca, cb = claims[a.index], claims[b.index]
            about = sorted(set(ca["about"]) & set(cb["about"]))
            names = [", ".join(actors[i]["name"] for i in sorted(f.speaker)) for f in (a, b)]
            apart = bool(a.incidents and b.incidents and not a.incidents & b.incidents)  # a flood, a fire
            pair = next(((x, y) for x in a.counts for y in b.counts if clash(x, y)), None) if not apart else None
            if pair is not None:
                found.append(_pair(a, b, about, f"number {pair[0].category}",
                                   f"{names[0]} gives {pair[0].value:g} {pair[0].category}; "
                                   f"{names[1]} gives {pair[1].value:g}"))  # fmt: skip
            else:
                kind = identity_clash(a.identity, b.identity, a.agents.get("kill", set()), b.agents.get("kill", set()))
                if kind is not None and a.settled and b.settled:
                    found.append(_pair(a, b, about, "who the victims were",
                                       f"{names[0]} and {names[1]} call the victims {kind[0]} and {kind[1]}"))  # fmt: skip
                    continue
                rival = _rival_doers(a, b, about, lex)
                if rival is not None:
                    found.append(_pair(a, b, about, f"who did it ({rival})",
                                       f"{names[0]} and {names[1]} name different actors for the same {rival}"))  # fmt: skip
                    continue
                mutual = _mutual_blame(a, b, actors, lex)
                if mutual is not None:
                    found.append(_pair(a, b, about, f"who started it ({mutual})",
                                       f"{names[0]} and {names[1]} each blame the other side for the {mutual}"))  # fmt: skip
                    continue
                if a.negated == b.negated:
                    continue
                deny, other = (a, b) if a.negated else (b, a)
                if not other.settled:
                    continue  # an appeal or a future act asserts nothing that a denial could deny
                # the same fact: a shared key whose doers (where both name them) agree
                shared = {k for k in deny.keys & other.keys if _same_doers(deny, other, k, actors)}
                # (soldiers named by both are no shared fact unless the denial is of their presence)
                shared -= lex.participants - deny.present
                about_denier = answers(deny, other, claims[other.index]["about"], actors)
                about_denier = about_denier or refers.get(m if deny is b else n) == (n if deny is b else m)
                origin = sorted(deny.denied_origins & other.origins)  # "not from Pibor" / "youth from Pibor"
                if not shared and not about_denier and not origin and not self_denial(deny, other, actors):
                    continue
                topic = "whether " + (
                    ", ".join(sorted(shared)[:3])
                    if shared
                    else f"they came from {origin[0].title()}"
                    if origin
                    else "the accusation holds"
                )
                found.append({
                    "claims": [a.index, b.index], "narration": False, "about": about,
                    "topic": topic,
                    "explanation": f"{names[0 if deny is a else 1]} denies what {names[1 if deny is a else 0]} asserts",
                })  # fmt: skip
    return found


def _pair(a: Any, b: Any, about: Any, topic: str, explanation: str) -> dict[str, Any]:
    """A conflict between two claims (not the narration)."""
    return {
        "claims": [a.index, b.index],
        "narration": False,
        "about": about,
        "topic": topic,
        "explanation": explanation,
    }
