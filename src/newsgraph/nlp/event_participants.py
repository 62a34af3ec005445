"""Event participants beyond the role finder (`nlp/event_roles.py`).

The event coder (`nlp/events.py`) asks these after the role finder:
- `clausal_threat`: a bare "warned" is a threat only with an actor object or a complement
  in the future or conditional; the complement's actors become the recipients, not the
  speaker's own side ("he warned that he and his supporters would ...");
- `nominal_actor`: the author of a trigger noun with no modifier of its own: the name
  compounded with it ("a Red Cross aid convoy") or the accused ("accusing Moscow of being
  behind a cyberattack");
- `protest_crowd`: protests told as a plural noun with no author ("after a week of
  protests", "two days of demonstrations") were held by the story's protesters, when the
  article names one such crowd ("protesters", "demonstrators");
- `places_out`: a city or region named as a participant is the event's place, not a
  participant ("strikes on Rafah"); states stay participants ("attacked Israel");
- `refused_requesters` (after all events are coded): a refusal of a request with no named
  author ("turned down the request", "rejected a full recount") is addressed to who made
  it: the author of a REQUEST in the same or the previous sentence, or of an earlier
  REQUEST that demanded the very thing refused ("demanding a full recount"); a refused
  offer or proposal ("brushed aside the offer") to who offered it just before.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.event_roles import RoleFinder, Roles
from newsgraph.nlp.role_syntax import own_side

LOGGER = logging.getLogger(__name__)

# Complements that state no agent's act: "warned that stocks would run out".
NON_AGENTIVE = frozenset(
    {"run", "be", "become", "happen", "fall", "rise", "worsen", "collapse", "grow", "spread", "last"}
)
MODAL_AUX = frozenset({"will", "would", "could", "'ll", "wo", "might", "may", "shall"})
# "accused Moscow of (being behind) a cyberattack": the accused is the act's author.
ACCUSING = frozenset({"accuse", "blame", "charge", "suspect"})
ACCUSED_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "conj", "acomp", "xcomp", "attr"})
# Nouns that tell protests held ("a week of protests"; not "a protest movement").
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "riot", "sit-in"})
# The crowd of a story's protests: "protesters", "young demonstrators".
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter"})
# Nouns naming a request itself: "turned down the request", "rejected their demands".
REQUEST_NOUNS = frozenset(
    {"request", "demand", "call", "appeal", "plea", "proposal", "offer", "bid", "petition", "application", "ultimatum"}
)

# A refused offer or proposal answers whoever made it: the triggers that tell it was made.
OFFERED = {"offer": frozenset({"offer"}), "proposal": frozenset({"propose", "proposal"})}


def clausal_threat(trigger: Token, roles: Roles, finder: RoleFinder) -> bool:
    """A bare clausal trigger ("warned") fires with an actor object, or with a complement
    in the future or conditional; the complement's actors become the recipients."""
    if roles.recipient:
        return True
    comps = [c for c in trigger.children if c.dep_ in {"ccomp", "xcomp"}]
    comps += [c for comp in comps for c in comp.children if c.dep_ == "conj"]
    qualifying = [
        c
        for c in comps
        if {a.lower_ for a in c.children if a.dep_ in {"aux", "auxpass"}} & MODAL_AUX
        and c.lemma_.lower() not in NON_AGENTIVE
    ]
    if not qualifying:
        return False

    # "he warned that he and his supporters would start a hunger strike": the speaker's own
    # side in the complement's subject threatens; it is not threatened
    def speaker(tok: Token) -> bool:
        return bool(set(finder.token_actor.get(tok.i, [])) & set(roles.actor))

    own = {
        t.i for comp in comps for s in comp.children if s.dep_ in {"nsubj", "csubj"} and own_side(s, speaker)
        for t in s.subtree
    }  # fmt: skip
    found = [a for comp in comps for t in comp.subtree if t.i not in own for a in finder.token_actor.get(t.i, [])]
    roles.recipient = [a for a in dict.fromkeys(found) if a not in roles.actor]
    roles.why_recipient = "actors named in the threat's complement" if roles.recipient else ""
    return True


def nominal_actor(trigger: Token, roles: Roles, finder: RoleFinder) -> None:
    """The author of a trigger noun with no modifier of its own: the name compounded with
    it ("a Red Cross aid convoy"), or the accused ("accusing Moscow of being behind a
    cyberattack", "of running a disinformation campaign")."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun is not trigger:
        found = [
            a for c in noun.children if c.dep_ in {"compound", "poss"} and c.i != trigger.i
            for t in c.subtree for a in finder.token_actor.get(t.i, [])
        ]  # fmt: skip
        if found:
            roles.actor = list(dict.fromkeys(a for a in found if a not in roles.recipient))
            roles.why_actor = "name compounded with the trigger noun"
            return
    node, through = noun, False
    for _ in range(6):
        if node.dep_ not in ACCUSED_PATH or node.head is node:
            return
        through = through or (node.dep_ == "prep" and node.lower_ in {"of", "for"})
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in ACCUSING and through:
            accused = [
                a for c in node.children if c.dep_ == "dobj" for a in finder.actors_of(c) or finder.capital_state(c)
            ]
            roles.actor = [a for a in dict.fromkeys(accused) if a not in roles.recipient]
            roles.why_actor = f"the party '{node.text}' names" if roles.actor else ""
            return


def protest_crowd(trigger: Token, roles: Roles, finder: RoleFinder) -> None:
    """Protests told as a plural noun with no author of their own ("after a week of
    protests", "the sixth night of demonstrations") were held by the story's protesters,
    when the article names exactly one such crowd; a singular ("a protest") may be a
    diplomatic protest or a plan and is left alone."""
    if roles.actor or trigger.tag_ != "NNS" or trigger.lemma_.lower() not in PROTEST_NOUNS:
        return
    if any(c.dep_ in {"det", "poss"} for c in trigger.children):
        return  # "during the protests", "their protests": a restatement, left to the merge
    if trigger.dep_ in {"dobj", "nsubjpass"}:
        return  # "planned protests for Friday", "protests were banned": whose, and whether held, is open
    crowds = [
        i
        for i, actor in enumerate(finder.actors)
        if actor.get("kind") == "group" and _crowd_head(str(actor.get("name") or "")) in CROWD_NOUNS
    ]
    # several crowd names ("protesters", "demonstrators") tell one crowd: the most
    # mentioned, then the first named
    crowd = min(crowds, key=lambda i: _crowd_rank(finder.actors[i]), default=None)
    if crowd is not None and crowd not in roles.recipient:
        roles.actor = [crowd]
        roles.why_actor = "the article's protesters hold the protests"


def _crowd_rank(actor: dict[str, Any]) -> tuple[int, int]:
    """Most mentions first, then the earliest mention."""
    starts = [m[0] for m in actor.get("mentions") or [] if isinstance(m, (list, tuple)) and m]
    return -len(starts), min(starts, default=1 << 30)


def _crowd_head(name: str) -> str:
    """The singular head word of a group name: "young protesters" -> "protester"."""
    words = name.lower().split()
    return words[-1].removesuffix("s") if words else ""


def places_out(
    roles: Roles, finder: RoleFinder, token_place: dict[int, int], trigger: Token
) -> tuple[list[int], list[int], int | None]:
    """A city or region named as a participant is the event's place, not a participant
    ("strikes on Rafah"); states stay participants ("attacked Israel")."""
    actors = finder.actors
    place_of_actor: dict[int, int] = {}
    for tok in trigger.sent:
        # only a place that heads the actor's mention ("on Rafah"), not "US" in "US envoy X"
        if tok.i in token_place and tok.dep_ not in {"compound", "amod", "poss", "nmod"}:
            for a in finder.token_actor.get(tok.i, []):
                # "armed forces of Armenia": a place inside the name (its head is in it too) is no target
                if actors[a].get("kind") not in {"state", "person"} and a not in finder.token_actor.get(tok.head.i, []):
                    place_of_actor.setdefault(a, token_place[tok.i])
    place: int | None = None

    for tok in trigger.sent:
        # a town the actor component kept as an actor: named as a location, not a state
        if tok.ent_type_ in {"GPE", "LOC", "FAC"} and tok.i not in token_place:
            for a in finder.token_actor.get(tok.i, []):
                if (
                    tok.dep_ == "pobj"
                    and actors[a].get("kind") not in {"state", "person"}
                    and a not in finder.token_actor.get(tok.head.i, [])
                ):
                    place_of_actor.setdefault(a, -1)

    def keep(ids: list[int]) -> list[int]:
        nonlocal place
        kept = []
        for a in ids:
            if a < len(actors) and actors[a].get("kind") not in {"state"} and a in place_of_actor:
                if place is None and place_of_actor[a] >= 0:
                    place = place_of_actor[a]
                continue
            kept.append(a)
        return kept

    return keep(roles.actor), keep(roles.recipient), place


def refused_requesters(events: list[dict[str, Any]], doc: Doc) -> None:
    """Address a refusal without a recipient to the author of the request it refuses:
    "rejected the request" -> the latest REQUEST of the same or the previous sentence;
    "turned down a full recount" -> an earlier REQUEST whose object is a recount. Never
    its own actor; events are in text order (`_sent_no`, `_object` from the coder)."""
    for n, event in enumerate(events):
        if event["event"] != "REJECT" or event["recipient"] or event.get("_object") is None:
            continue
        refused = doc[event["_object"]]
        if any(c.dep_ in {"poss", "prep"} and c.lower_ not in {"for", "to"} for c in refused.children):
            continue  # "rejected Kyiv's request", "the demands of the opposition": the role finder's
        lemma = refused.lemma_.lower()
        for earlier in reversed(events[:n]):
            if not earlier["actor"] or set(earlier["actor"]) & set(event["actor"]):
                continue
            near = event["_sent_no"] - earlier["_sent_no"] <= 1
            if near and doc[earlier["_token"]].lemma_.lower() in OFFERED.get(lemma, ()):
                # "X offered to host talks. Y brushed aside the offer": addressed to who offered
                event["recipient"] = list(earlier["actor"])
                event["why"]["recipient"] = f"author of the {refused.text} refused"
                break
            if earlier["event"] != "REQUEST":
                continue
            demanded = earlier.get("_object")
            if (lemma in REQUEST_NOUNS and near) or (demanded is not None and doc[demanded].lemma_.lower() == lemma):
                event["recipient"] = list(earlier["actor"])
                event["why"]["recipient"] = f"author of the request refused ('{refused.text}')"
                break
