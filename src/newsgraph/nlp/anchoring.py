"""Anchoring events in time and space: the date and the place an event's own words give.

Used by the event coder (signatures kept as events.py had them). The date comes from
the trigger's clause first, then its sentence; the place from a locative phrase of the
trigger's own clause ("struck a building in Nabatieh"), else the sentence's only place
outside relative clauses. No date or place rather than a wrong one; the dateline's
date never dates an event (it is the day of filing, not of the event).
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)


def _date_for(trigger: Token, dates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The date in the trigger's clause, else in its sentence; None rather than a guess."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    sent = trigger.sent
    usable = [d for d in dates if d["value"] and not d.get("dateline")]
    in_clause = [d for d in usable if lo <= d["start"] and d["end"] <= hi]
    in_sent = [d for d in usable if sent.start_char <= d["start"] and d["end"] <= sent.end_char]
    pool = in_clause or in_sent
    if not pool:
        return None
    best = min(pool, key=lambda d: abs(d["start"] - trigger.idx))
    return {
        "value": best["value"],
        "end": best.get("end_value"),
        "granularity": best["granularity"],
        "text": best["text"],
    }


LOCATIVE = frozenset({"in", "at", "near", "on", "outside", "inside", "across", "into", "around", "along", "over", "to"})


def _place_in(token: Token, token_place: dict[int, int], depth: int = 0) -> int | None:
    """A place named by a noun phrase: itself, a compound, "the city of X", a conjunct."""
    if token.i in token_place:
        return token_place[token.i]
    for child in token.children:
        if child.dep_ in {"compound", "appos", "conj"} and child.i in token_place:
            return token_place[child.i]
    if depth < 2:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "in", "near"}:
                for obj in child.children:
                    found = _place_in(obj, token_place, depth + 1)
                    if found is not None:
                        return found
    return None


def _place_for(trigger: Token, token_place: dict[int, int]) -> int | None:
    """The place tied to the event in its clause: a locative preposition on the trigger, its
    verb or its object ("struck a building in Nabatieh"), or a place as direct object
    ("visited Moscow"); else the sentence's only place outside relative clauses."""
    heads = [trigger]
    if trigger.pos_ not in {"VERB", "AUX"} and trigger.head.pos_ in {"VERB", "AUX"}:
        heads.append(trigger.head)
    for head in list(heads):
        heads += [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = _place_in(obj, token_place)
                        if found is not None:
                            return found
            if child.dep_ in {"dobj", "npadvmod"} and child.i in token_place:
                return token_place[child.i]
    sent = trigger.sent
    outside = {
        token_place[t.i]
        for t in sent
        if t.i in token_place and not any(a.dep_ in {"relcl", "acl", "appos"} for a in t.ancestors)
    }
    if len(outside) == 1:
        return outside.pop()
    return None
