"""Conflicts: pairs of statements in one article that cannot both be true.

Two events from different sources (two claims, or a claim and the article's own
narration) conflict when they give incompatible values for the same fact:
- custody: the same captive held or captured by different actors;
- perpetrator: the same kind of attack on the same target or place by different actors;
- toll: different numbers of dead for the same event;
- occurrence: one source asserts an event that another denies.
Claims that merely differ in detail do not conflict. Only settled events are compared
(not negated, future or hypothetical ones); rival doers must be named, unshared, not one
state's army and ministry, and not an unnamed group beside a named one ("gunmen" may be
the group's fighters); two attacks are one only when their triggers name the same act.
Tolls between two claims are compared on the claims themselves (`claim_tolls`); here
only against the article's narration.
"""

from __future__ import annotations

import logging
from itertools import combinations
from typing import Any

from spacy.tokens import Doc

from newsgraph.nlp.claim_conflicts import claim_conflicts
from newsgraph.nlp.conflict_lexicon import load_conflict_lexicon
from newsgraph.nlp.lexicon import Lexicon

LOGGER = logging.getLogger(__name__)

CUSTODY_LEMMAS = {
    "hold",
    "capture",
    "kidnap",
    "abduct",
    "seize",
    "detain",
    "take",
    "keep",
    "remain",
    "imprison",
    "arrest",
}


def _source(event: dict[str, Any], claims: list[dict[str, Any]]) -> tuple[Any, ...]:
    if event["attribution"] is None:
        return ("narration",)
    return ("claim", *sorted(claims[event["attribution"]]["speaker"]))


def _trigger_lemma(doc: Doc, event: dict[str, Any]) -> str:
    span = doc.char_span(event["trigger"][0], event["trigger"][1], alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else ""


def _names(indexes: list[int], actors: list[dict[str, Any]]) -> str:
    return " and ".join(actors[i]["name"] for i in indexes) or "someone"


STATE_SECTORS = {"GOV", "MIL", "POL", "JUD", "LEG"}


def _state_side(actor: dict[str, Any]) -> str | None:
    """The country a state, or one of its forces or ministries, acts for."""
    if actor.get("kind") == "state" or (actor.get("kind") != "person" and actor.get("sector") in STATE_SECTORS):
        return actor.get("country")
    return None


def _rival_actors(a: dict[str, Any], b: dict[str, Any], actors: list[dict[str, Any]]) -> bool:
    """Whether two events name doers that cannot both be right: named, not shared, not
    one state's army and ministry ("Russian forces" / "Russia's Defence Ministry"), and
    not an unnamed group beside a named one ("gunmen" may be the group's fighters)."""
    ids_a, ids_b = set(a["actor"]), set(b["actor"])
    if not ids_a or not ids_b or ids_a & ids_b:
        return False
    side = [{_state_side(actors[i]) for i in ids} - {None} for ids in (ids_a, ids_b)]
    if side[0] & side[1]:
        return False
    return not any(actors[i].get("kind") == "group" for i in ids_a | ids_b)


def _settled(event: dict[str, Any]) -> bool:
    return not any(event["modality"][m] for m in ("future", "hypothetical", "negated"))


class ConflictFinder:
    """spaCy component: writes `doc._.ng_conflicts`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = load_conflict_lexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        events: list[dict[str, Any]] = doc._.ng_events or []
        claims: list[dict[str, Any]] = doc._.ng_claims or []
        actors: list[dict[str, Any]] = doc._.ng_actors or []
        conflicts: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        # each event's source and trigger lemma, found once (not once per pair)
        sources = [_source(e, claims) for e in events]
        lemmas = [_trigger_lemma(doc, e) for e in events]
        for (n, a), (m, b) in combinations(enumerate(events), 2):
            if a["attribution"] is None and b["attribution"] is None:
                continue
            if sources[n] == sources[m]:
                continue
            found = self._compare(a, b, actors, lemmas[n], lemmas[m])
            if found is None:
                continue
            topic, about, explanation = found
            sides = [e["attribution"] for e in (a, b)]
            key = (topic, tuple(sorted(str(s) for s in sides)))
            if key in seen:
                continue
            seen.add(key)
            conflicts.append({
                "claims": [s for s in sides if s is not None],
                "narration": any(s is None for s in sides),
                "about": about, "topic": topic, "explanation": explanation,
            })  # fmt: skip
        for conflict in claim_conflicts(doc, claims, actors, self.lex):
            key = ("claims", tuple(sorted(conflict["claims"])))
            if key not in seen and not any(sorted(c["claims"]) == sorted(conflict["claims"]) for c in conflicts):
                seen.add(key)
                conflicts.append(conflict)
        doc._.ng_conflicts = conflicts
        return doc

    def _compare(
        self, a: dict[str, Any], b: dict[str, Any], actors: list[dict[str, Any]], la: str, lb: str
    ) -> tuple[str, list[int], str] | None:
        """`la` and `lb`: the lemmas of the two events' triggers."""
        shared = sorted(set(a["recipient"]) & set(b["recipient"]))
        who_a, who_b = _names(a["actor"], actors), _names(b["actor"], actors)
        if la in CUSTODY_LEMMAS and lb in CUSTODY_LEMMAS and shared and _settled(a) and _settled(b):
            if _rival_actors(a, b, actors):
                target = _names(shared, actors)
                return (
                    f"who holds {target}",
                    shared,
                    f"one source says {who_a} holds or captured {target}; another says {who_b}",
                )
        if a["event"] == b["event"] and a["event"] in {"ASSAULT", "COERCE"} and _settled(a) and _settled(b):
            same_target = bool(shared) or (a["location"] is not None and a["location"] == b["location"])
            # (different acts, "fired a water cannon" / "threw objects", can both be true)
            group = self.lex.group
            same_act = (
                la == lb or (a["mode"] is not None and a["mode"] == b["mode"]) or group.get(la, la) == group.get(lb)
            )
            if same_target and same_act and _rival_actors(a, b, actors):
                if a["date"] is None or b["date"] is None or a["date"]["value"] == b["date"]["value"]:
                    return ("who carried out the attack", shared, f"one source blames {who_a}; another blames {who_b}")
            dead_a, dead_b = a["size"]["dead"], b["size"]["dead"]
            # (tolls between two claims are compared on the claims themselves, class by class)
            narrated = a["attribution"] is None or b["attribution"] is None
            if narrated and same_target and dead_a and dead_b and dead_a != dead_b:
                approx = a["size"]["approximate"] or b["size"]["approximate"]
                if not approx:  # "at least 12" and "27" can both be true
                    return ("death toll", shared, f"one source gives {dead_a} dead; another gives {dead_b}")
        settled = not any(e["modality"][m] for e in (a, b) for m in ("future", "hypothetical"))
        if settled and a["event"] == b["event"] and a["modality"]["negated"] != b["modality"]["negated"]:
            # (a refusal to act in future, "would not agree", denies nothing that happened)
            if set(a["actor"]) & set(b["actor"]) and (shared or not a["recipient"] or not b["recipient"]):
                return (f"whether {who_a} did it", shared, f"one source says {who_a} did; another says not")
        return None
