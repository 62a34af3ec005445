"""One event per real event: later mentions enrich the first.

The event coder (`nlp/events.py`) codes every trigger; this pass folds mentions of one
real event together:
- an outcome verb whose subject is a trigger noun ("air strikes ... killed 14 people");
- a participant-less mention ("the attack", "nine people were killed") restates the
  latest event of its type a few sentences back (any distance for "the/this ...");
- a restatement with the same actors ("the two men discussed ...": for symmetric
  types such as CONSULT the participant sets are compared) enriches the first mention
  with recipients, date, place, mode and size;
- a reaction to an event ("condemned the attack", "welcomed the deal") takes that
  event's participants as its recipient (a decision's or a sanction's maker only:
  "welcomed the verdict" backs the court); where the reacted-to noun is no trigger of its
  own ("rejected the invitation", "welcomed the deal" after "signed a deal"), the latest
  earlier event of the type the noun names, with an actor, is the one reacted to ("the
  decision", "the move": the latest decided act a few sentences back);
- tolls stated without an event verb ("the death toll rose to 31") give the size of
  the event they refer to (`nlp/size.py`).
Two sources telling the same event stay apart: they may disagree.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.event_roles import SYMMETRIC
from newsgraph.nlp.size import Toll, apply_tolls

LOGGER = logging.getLogger(__name__)

# Reactions to an event, aimed at its participants.
REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# How many sentences back a participant-less mention may restate an event.
RESTATE_WINDOW = 3
# Internal keys the coder adds for merging; dropped from the events it returns.
INTERNAL_KEYS = (
    "_token", "_sent", "_outcome_of", "_nominal", "_sent_no", "_anaphoric", "_object", "_speakers", "_reacted"
)  # fmt: skip
# Definite nouns that restate an earlier event a reaction is aimed at: "welcomed the
# agreement", "rejected the invitation", "welcomed the verdict" -> that event's type.
# Attacks and arrests are left out: their author is often unknown or disputed, and a
# condemnation of "the attack" must not borrow the attacker of another event.
REACTED_NOUNS = {
    **dict.fromkeys(("deal", "agreement", "accord", "pact", "treaty"), "AGREE"),
    **dict.fromkeys(("invitation", "request", "demand", "appeal", "ultimatum", "call"), "REQUEST"),
    **dict.fromkeys(("verdict", "ruling", "conviction", "expulsion"), "SANCTION"),
}
# Nouns for any decision ("welcomed the decision", "condemned the move"): the latest
# decided act shortly before, of one of these types, is the one reacted to.
DECISION_NOUNS = frozenset({"decision", "move"})
DECISION_TYPES = frozenset({"CONCEDE", "RETREAT", "SANCTION", "AGREE", "AID", "COERCE"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Verbs whose trigger-noun subject is the event they report an outcome of:
# "air strikes on Rafah killed 14 people" is one ASSAULT with 14 dead.
OUTCOME_LEMMAS = frozenset({"kill", "wound", "injure", "hit", "destroy", "damage", "leave", "claim"})
# "were killed when drones struck": the clause that states how the outcome came about.
OUTCOME_MARKS = frozenset({"when", "as", "after"})


def _may_join(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    """Claims by two different sources telling one event stay apart (they may disagree);
    a claim may enrich the narration's event and the other way round."""
    if kept["attribution"] is not None and event["attribution"] is not None:
        return kept["_speakers"] == event["_speakers"]  # "X said ...; he wrote ..." is one source
    return True


def _participants(event: dict[str, Any]) -> set[int]:
    return set(event["actor"]) | set(event["recipient"])


def _same_event(kept: dict[str, Any], event: dict[str, Any]) -> bool:
    if kept["event"] != event["event"]:
        return False
    if kept["mode"] and event["mode"] and kept["mode"] != event["mode"]:
        return False
    if not _may_join(kept, event):
        return False
    if kept["modality"] != event["modality"]:
        return False
    if event["event"] in SYMMETRIC:
        # "the meeting ... the two men discussed": compare the union of participants
        small, large = sorted((_participants(kept), _participants(event)), key=len)
        return bool(small) and small <= large
    if not event["actor"] or set(kept["actor"]) != set(event["actor"]):
        return False
    return not event["recipient"] or not kept["recipient"] or bool(set(kept["recipient"]) & set(event["recipient"]))


def _enrich(twin: dict[str, Any], event: dict[str, Any]) -> None:
    twin["recipient"] = list(
        dict.fromkeys(twin["recipient"] + [r for r in event["recipient"] if r not in twin["actor"]])
    )
    if not twin["actor"]:
        twin["actor"] = event["actor"]
    for key in ("date", "location", "mode"):
        if twin[key] is None:
            twin[key] = event[key]
    for key in ("dead", "injured", "arrested"):
        if twin["size"][key] is None and event["size"][key] is not None:
            twin["size"][key] = event["size"][key]
            twin["size"]["approximate"] = twin["size"]["approximate"] or event["size"]["approximate"]


def reacted_noun(trigger: Token) -> str | None:
    """The lemma of a definite object that restates an earlier event ("welcomed the
    deal", "rejected the invitation"), when no name in it says whose act it was; or of
    the noun a relative clause restates it with ("demanded his release, a demand the
    council rejected")."""
    head = trigger.head
    if trigger.dep_ == "relcl" and head.pos_ == "NOUN" and head.lemma_.lower() in REACTED_NOUNS:
        # the noun is the clause's object: the clause has a subject of its own
        if any(c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"} for c in trigger.children):
            return head.lemma_.lower()
    for obj in (c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        lemma = obj.lemma_.lower()
        if lemma not in REACTED_NOUNS and lemma not in DECISION_NOUNS:
            continue
        mods = list(obj.children)
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in mods) and not any(
            c.dep_ in {"poss", "compound", "nmod", "amod"} and c.pos_ in {"PROPN", "PRON"} for c in mods
        ):
            return lemma
    return None


def _reacted_to(event: dict[str, Any], kept: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest earlier event, with an actor other than the reacting one, of the type the
    reaction's definite object names ("the attack" -> ASSAULT)."""
    noun = event["_reacted"] or ""
    if noun in DECISION_NOUNS:
        # "welcomed the decision": a decided act told shortly before
        earlier = [
            k
            for k in kept
            if k["_token"] < event["_token"]
            and k["event"] in DECISION_TYPES
            and event["_sent_no"] - k["_sent_no"] <= RESTATE_WINDOW
        ]
    elif noun in REACTED_NOUNS:
        earlier = [k for k in kept if k["_token"] < event["_token"] and k["event"] == REACTED_NOUNS[noun]]
    else:
        return None
    return next(
        (k for k in reversed(earlier) if k["actor"] and not set(k["actor"]) & set(event["actor"])),
        None,
    )


def _borrow_recipient(event: dict[str, Any], by_token: dict[int, dict[str, Any]], kept: list[dict[str, Any]]) -> None:
    """A reaction ("condemned the attack", "welcomed the deal") is aimed at
    that event's actor (ACCUSE, REJECT) or participants (SUPPORT)."""
    if event["recipient"] or event["event"] not in REACTIONS:
        return
    other = by_token.get(event["_object"]) if event["_object"] is not None else None
    if other is None:
        # the object is no trigger of its own ("the invitation"); an attack whose author
        # nobody names ("condemned the attack") keeps the reaction's recipient empty
        other = _reacted_to(event, kept)
    if other is None or other is event:
        return
    # a decision is its maker's ("welcomed the decision"), so is a sanction ("welcomed the
    # verdict" backs the court, not the convicted); a deal binds all its parties
    by_maker = event["event"] != "SUPPORT" or event["_reacted"] in DECISION_NOUNS or other["event"] == "SANCTION"

    pool = other["actor"] if by_maker else other["actor"] + other["recipient"]
    event["recipient"] = [a for a in dict.fromkeys(pool) if a not in event["actor"]]
    if event["recipient"]:
        event["why"]["recipient"] = f"participants of the {other['event']} it reacts to"


def merge_events(events: list[dict[str, Any]], tolls: list[Toll] | None = None) -> list[dict[str, Any]]:
    """One event per real event: outcomes, anaphoric nouns and restatements enrich the first;
    `tolls` then size the events they refer to."""
    kept: list[dict[str, Any]] = []
    by_token: dict[int, dict[str, Any]] = {}
    for event in events:
        twin: dict[str, Any] | None = None
        outcome = event["_outcome_of"]
        if outcome is not None and outcome in by_token and by_token[outcome]["event"] == event["event"]:
            twin = by_token[outcome]  # "air strikes killed 14 people"
        elif not event["actor"] and not event["recipient"]:
            # a participant-less mention ("the attack", "nine people were killed") restates
            # the latest event of its type a few sentences back
            twin = next(
                (
                    k
                    for k in reversed(kept)
                    if k["event"] == event["event"]
                    and _may_join(k, event)
                    and event["mode"] in {None, k["mode"]}  # "held hostage" does not restate "the attack"
                    and (event["_anaphoric"] or event["_sent_no"] - k["_sent_no"] <= RESTATE_WINDOW)
                ),
                None,
            )
            if twin is None and event["_nominal"]:
                continue  # "the attack", "a possible truce": no participant, no new fact
        else:
            twin = next((k for k in kept if _same_event(k, event)), None)
        if twin is None:
            kept.append(event)
            by_token[event["_token"]] = event
            continue
        _enrich(twin, event)
        by_token[event["_token"]] = twin
    for event in kept:
        _borrow_recipient(event, by_token, kept)
    apply_tolls(kept, by_token, tolls or [])
    for event in kept:
        for key in INTERNAL_KEYS:
            event.pop(key, None)
    return kept


def outcome_head(trigger: Token) -> int | None:
    """For "strikes killed 14 people": the token index of the trigger noun subject."""
    if trigger.pos_ in {"VERB"} and trigger.lemma_.lower() in OUTCOME_LEMMAS:
        for child in trigger.children:
            if child.dep_ == "nsubj" and child.pos_ == "NOUN":
                return child.i
        if trigger.dep_ in {"advcl", "conj", "xcomp"} and trigger.tag_ == "VBG":
            return trigger.head.i  # "struck the town, killing six"
    head = trigger.head
    if (
        trigger.dep_ == "advcl"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in OUTCOME_LEMMAS
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in OUTCOME_MARKS for c in trigger.children)
    ):
        # "27 people were killed (and 60 wounded) when drones struck a market": one event
        for _ in range(4):
            if head.lemma_.lower() in OUTCOME_LEMMAS and head.dep_ not in {"acl", "amod"}:
                return head.i
            head = head.head
    return None
