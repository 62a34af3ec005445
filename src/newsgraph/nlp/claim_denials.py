"""Denials that name no act, and whom they answer (the claims side of the conflicts component).

- a vague denial ("rejected the accusations", "denied any wrongdoing") answers a claim by
  another side that names its speaker as a doer, or the speaker's side by nationality;
- an involvement denial ("X had no hand in the attack", "X has nothing to do with the
  incident") answers a claim naming X (or fighters loyal to X) as a doer, and an
  accusation against X ("accused X of ...") of the same act or of what it refers to;
- a dismissal ("the accusations were absurd", "the report is a lie") is a vague denial;
- a speaker's denial of its own act ("it had never interfered") answers an accusation
  made against it by name, not an assertion that merely mentions it.
Never between organs of one state (a ministry's claim about its own state).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from newsgraph.nlp.conflict_lexicon import ConflictLexicon

REFERS_BACK = 60  # tokens between a claim and a vague denial that refers back to it

if TYPE_CHECKING:
    from newsgraph.nlp.claim_conflicts import ClaimFacts

LOGGER = logging.getLogger(__name__)

FIRST_PERSON = {"we", "our", "us", "ours", "i", "my", "me"}


def disowned(
    span: Any, speaker: frozenset[int], token_actor: dict[int, list[int]], lex: ConflictLexicon
) -> tuple[set[int], bool]:
    """Whom a denial's main clause clears without naming an act: X in "X had no hand in
    the attack", "X has nothing to do with the incident", "X played no role in it"
    ("we"/"our" is the speaker). Only a named X: an unknown subject clears no one. And
    whether what X is cleared of only refers back ("the incident", "it")."""
    root = span.root
    if root.lemma_.lower() not in {"have", "play"}:
        return set(), False
    objects = [c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.involvement]
    # ("nothing to do with", not "nothing to hide")
    objects = [o for o in objects if o.lower_ != "nothing" or any(c.lemma_ == "do" for c in o.children)]
    if not objects:
        return set(), False
    # "in the incident", "nothing to do with it": the noun of the last preposition
    preps = [c for c in root.children if c.dep_ == "prep"]
    nouns = sorted((t for o in (*preps, *objects) for t in o.subtree if t.dep_ == "pobj"), key=lambda t: t.i)
    referring = bool(nouns) and nouns[-1].lemma_.lower() in lex.referring
    found: set[int] = set()
    for subject in (c for c in root.children if c.dep_ == "nsubj"):
        for tok in subject.subtree:
            if tok.lower_ in FIRST_PERSON:
                found |= speaker
            found.update(token_actor.get(tok.i, []))
    return found, referring


def countries(ids: frozenset[int] | set[int], actors: list[dict[str, Any]]) -> set[str]:
    return {str(actors[i]["country"]) for i in ids if 0 <= i < len(actors) and actors[i].get("country")}


def government(
    ids: frozenset[int] | set[int], actors: list[dict[str, Any]], sectors: frozenset[str] = frozenset({"GOV", "MIL"})
) -> set[str]:
    """The countries whose state, or a body of it in `sectors` (government and forces by
    default), the actors are: a ministry speaks for its state."""
    return {
        str(actors[i]["country"])
        for i in ids
        if 0 <= i < len(actors)
        and actors[i].get("country")
        and (
            actors[i].get("kind") == "state"
            or (actors[i].get("kind") != "person" and actors[i].get("sector") in sectors)
        )
    }


def side(speaker: frozenset[int] | set[int], actors: list[dict[str, Any]]) -> set[int]:
    """The speakers and the organisations they speak for ("RSF spokesman Al-Fateh Koreish")."""
    found = set(speaker)
    for i in speaker:
        if 0 <= i < len(actors):
            found.update(r["of"] for r in actors[i].get("roles") or [] if isinstance(r.get("of"), int))
    return found


def officials(ids: set[int], actors: list[dict[str, Any]]) -> set[str]:
    """The countries of the persons among `ids` who serve their state (diplomats, officers)."""
    return {
        str(actors[i]["country"])
        for i in ids
        if 0 <= i < len(actors)
        and actors[i].get("country")
        and actors[i].get("kind") == "person"
        and actors[i].get("sector") in {"GOV", "MIL"}
    }


def answers(deny: ClaimFacts, other: ClaimFacts, about: list[int], actors: list[dict[str, Any]]) -> bool:
    """A vague denial ("rejected the accusations", "X had no hand in it") answers a claim
    that names as doer its speaker (or X), or the speaker's side named by nationality
    ("Greek coast guard elements"), made by someone from another side (not a ministry of
    the same state)."""
    if not deny.vague or government(deny.speaker, actors) & government(other.speaker, actors):
        return False
    if deny.denier != deny.speaker:
        # "X had no hand in the attack" answers a claim that X (or fighters loyal to X) did
        # something, and an accusation against X only of that act or of what it refers to
        doers = {i for who in other.agents.values() for i in who}
        if deny.denier & doers:
            return True
        charged = side(other.charged, actors)
        return bool(deny.denier & charged) and (deny.referring or bool(deny.keys & other.keys))
    # (the spokesman of an army answers an accusation against its commander by name)
    if deny.denier & other.accused or side(deny.speaker, actors) & side(other.charged, actors):
        return True
    # ("Serbia rejected the accusations" against "accused him", a Serbian diplomat, "of ...")
    if government(deny.speaker, actors) & officials(other.charged, actors):
        return True
    home = countries(deny.speaker, actors)
    return bool(home & other.doer_countries) and not home & countries(other.speaker, actors)


def self_denial(deny: ClaimFacts, other: ClaimFacts, actors: list[dict[str, Any]]) -> bool:
    """A speaker's denial of its own act ("it had never interfered", "denied holding
    him") answers an accusation made against it by name ("accused Côte d'Ivoire of
    harbouring the plotters"), not an assertion that merely mentions it."""
    if not deny.speaker & side(other.charged, actors) or government(deny.speaker, actors) & government(
        other.speaker, actors
    ):
        return False
    return any(who & deny.speaker for who in deny.agents.values())


def dismissed(span: Any, lex: ConflictLexicon) -> bool:
    """Whether a content dismisses an accusation as false: "the accusations were absurd",
    "the report is a lie", "the claims were baseless and Russophobic" (not "were not
    baseless")."""
    root = span.root
    if dismissed_as(span, lex):
        return True
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lex.vague for c in root.children):
        return False
    # (what the subject is called, not the verb: "responsibility lies with X" is no "lie")
    words = [c for c in root.children if c.dep_ in {"acomp", "attr", "oprd"}]
    if any(c.dep_ == "neg" for c in root.children):  # "the report was not true"
        return any(w.lemma_.lower() in lex.affirming for w in words)
    words += [c for w in words for c in w.children if c.dep_ == "conj"]
    return any(w.lemma_.lower() in lex.dismissive or w.lower_ in lex.dismissive for w in words)


def dismissed_as(span: Any, lex: ConflictLexicon) -> bool:
    """ "described the accusation as lies", "dismissed the report as baseless": a content
    that is an accusation called false by "as"."""
    if span.root.lemma_.lower() not in lex.vague or len(span) > 8:
        return False
    return any(
        t.head.lower_ == "as" and (t.lemma_.lower() in lex.dismissive or t.lower_ in lex.dismissive) for t in span
    )


def antecedents(facts: list[ClaimFacts], sides: list[set[int]]) -> dict[int, int]:
    """For each vague denial of a statement ("rejected the account", "the report was not
    true"), the position in `facts` of the claim it refers back to: the claim just before
    it, when that is a settled assertion by another side within `REFERS_BACK` tokens (news
    states a claim, then the other side's answer to it). "Denied any involvement" disowns
    the speaker's part and answers only claims naming it (`answers`)."""
    out: dict[int, int] = {}
    for n, deny in enumerate(facts):
        if not (deny.negated and deny.vague and deny.statement and deny.denier == deny.speaker):
            continue
        # the claim just before it (another claim between: what it refers to is a guess)
        before = [m for m, f in enumerate(facts) if f.span[1] <= deny.span[0]]
        if not before:
            continue
        m = max(before, key=lambda m: facts[m].span[1])
        f = facts[m]
        if (
            deny.span[0] - f.span[1] <= REFERS_BACK
            and not f.negated
            and f.settled
            and f.keys
            and not sides[m] & sides[n]
        ):
            out[n] = m
    return out
