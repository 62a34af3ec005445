"""Event modes from the words around a trigger.

The type refiner (`nlp/event_types.py`) asks these after the lexicon entry:
- `refine_mode`: a modifier ("drone strike" -> drone, "tear gas" -> crowd-control), the
  object, an instrument named as subject or agent ("jets struck" -> aerial) or a
  "by"/"via"/"over"/"with" phrase ("spoke by phone", "firing with mortars");
- `strike_sense`: the labour or hunger sense of "strike" ("a hunger strike", "the general
  strike", "on hunger strike"); the bare noun is military;
- `requested_mode`: the mode of a request or refusal from what is asked for, when the
  asked act fires no lexicon entry of its own ("urged them to hand him over": yield).
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from newsgraph.nlp.lexicon import TriggerEntry

LOGGER = logging.getLogger(__name__)

# A modifier of the trigger (compound/amod, or the trigger's own object) refines the mode.
MODE_COMPOUNDS: dict[str, dict[str, str]] = {
    "ASSAULT": {
        "drone": "drone", "uav": "drone", "air": "aerial", "aerial": "aerial", "airstrike": "aerial",
        "suicide": "suicide-attack", "artillery": "heavy-weapons", "tank": "heavy-weapons",
        "mortar": "heavy-weapons", "rocket": "heavy-weapons", "missile": "heavy-weapons",
        "car": "explosives", "bomb": "explosives", "knife": "primitive", "tear": "crowd-control",
        "rubber": "crowd-control",
    },
    "PROTEST": {"hunger": "hunger"},
    "CONSULT": {"phone": "phone", "telephone": "phone", "video": "phone"},
    "MOBILIZE": {
        "police": "police", "policeman": "police", "gendarme": "police", "gendarmerie": "police",
        "missile": "weapons", "defence": "weapons", "defense": "weapons",
    },
}  # fmt: skip
# Types whose object names what is moved, so the object's kind decides over the entry's
# default mode ("sent 400 police": police, though "send" defaults to troops); the moved
# thing may be the passive subject ("police units were transferred to Gyumri").
OBJECT_DECIDES = frozenset({"MOBILIZE"})
# Modifiers that give "strike" its protest sense (the bare noun is military).
PROTEST_STRIKES = {"hunger": "hunger", "general": "strike", "labour": "strike", "labor": "strike", "workers": "strike"}
# The weapon or vehicle named as subject or agent gives an assault its mode ("jets struck").
INSTRUMENT_MODES = {
    "jet": "aerial", "warplane": "aerial", "aircraft": "aerial", "helicopter": "aerial", "plane": "aerial",
    "bomber": "aerial", "airstrike": "aerial", "drone": "drone", "uav": "drone", "tank": "heavy-weapons",
    "artillery": "heavy-weapons", "mortar": "heavy-weapons", "rocket": "heavy-weapons", "missile": "heavy-weapons",
    "shell": "heavy-weapons", "sniper": "firearms", "gunman": "firearms", "gunfire": "firearms", "fire": "firearms",
    "bullet": "firearms", "bomb": "explosives", "mine": "explosives", "ied": "explosives",
}  # fmt: skip
# What a request (or the refused request) asks for, by the asked act's lemma, when that act
# is no trigger of its own (PLOVER REQUEST modes): yield = release, hand over, withdraw,
# cede; meet = talks; assist = material help; change = a change of policy, leadership or
# conduct. An inquiry asked for decides nothing ("called for an investigation": null).
REQUESTED_ACTS: dict[str, str] = {
    "release": "yield", "free": "yield", "extradite": "yield", "extradition": "yield", "surrender": "yield",
    "handover": "yield", "withdraw": "yield", "withdrawal": "yield", "cede": "yield",
    "talk": "meet", "negotiate": "meet", "negotiation": "meet", "dialogue": "meet",
    "send": "assist", "provide": "assist", "deliver": "assist", "supply": "assist", "help": "assist",
    "assist": "assist", "assistance": "assist", "aid": "assist",
    "resignation": "change", "dismissal": "change", "recount": "change", "publication": "change",
    "accountability": "change", "reform": "change", "repeal": "change", "reversal": "change",
    "restraint": "change", "halt": "change", "change": "change", "review": "change",
}  # fmt: skip
# "urged them to hand him over": a verb whose particle makes it a handing over.
HANDING_OVER = frozenset({"hand", "give", "turn"})
# From the request down to what it asks for: the asked act and its objects, "for" phrases
# ("called for the resignation", "calls for his dismissal") and coordinated demands.
ASKED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "conj", "compound"})


def strike_sense(trigger: Token, entry: TriggerEntry) -> str | None:
    """The labour/hunger sense of "strike": "a hunger strike", "the general strike"."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "attr"}]
    nouns += [
        g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children
    ]  # "on hunger strike"
    for noun in nouns:
        if noun.lemma_.lower() != "strike" or entry.event not in {"ASSAULT", "PROTEST"}:
            continue
        for child in noun.children:
            sense = PROTEST_STRIKES.get(child.lower_)
            if child.dep_ in {"compound", "amod", "nmod"} and sense:
                return sense
    return None


def refine_mode(trigger: Token, event: str, mode: str | None) -> tuple[str, str] | None:
    """A mode from a modifier, the object, an instrument or a "by"/"via" phrase."""
    table = MODE_COMPOUNDS.get(event)
    if not table:
        return None
    deps = {"dobj", "attr", "nsubjpass"} if event in OBJECT_DECIDES else {"dobj", "attr"}
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in deps]
    nouns += [g for n in nouns[1:] for p in n.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.lemma_.lower() in table:
                return table[child.lemma_.lower()], f"modifier '{child.text}'"
        if noun is not trigger and noun.lemma_.lower() in table and (mode is None or event in OBJECT_DECIDES):
            return table[noun.lemma_.lower()], f"object '{noun.text}'"
    if event == "ASSAULT" and mode in {None, "explosives"} and _suicide(trigger):
        return "suicide-attack", "the attacker blew himself up"
    if event == "ASSAULT" and mode is None:
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for noun in [c for c in trigger.children if c.dep_ == "nsubj"] + agents:
            for tok in (*(c for c in noun.children if c.dep_ in {"compound", "amod"}), noun):
                if tok.lemma_.lower() in INSTRUMENT_MODES:
                    return INSTRUMENT_MODES[tok.lemma_.lower()], f"instrument '{tok.text}'"
    preps = [c for c in trigger.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "via", "over", "with"}]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        preps += [c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "with"]  # "opened fire with"
    for prep in preps:
        for obj in prep.children:
            lemma = obj.lemma_.lower()
            if lemma in table:
                return table[lemma], f"'{prep.text} {obj.text}'"
            for child in obj.children:
                if child.dep_ in {"compound", "amod"} and child.lemma_.lower() in table:
                    return table[child.lemma_.lower()], f"'{prep.text} ... {obj.text}'"
    return None


def requested_mode(trigger: Token) -> tuple[str, str] | None:
    """The mode of a request or refusal from what it asks for, nearest first: "urged X to
    hand him over" (yield), "called for the resignation of" (change), "appealed to the AU
    to send monitors" (assist), "turned down calls for his dismissal" (change)."""
    # the request's own conjuncts are other acts ("urged X to ... and said"), not demands
    layer = [c for c in trigger.children if c.dep_ != "conj" and _asks(c)]
    for _ in range(3):
        for tok in layer:
            lemma = tok.lemma_.lower()
            if lemma in HANDING_OVER and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
                return "yield", f"asks to '{tok.text} over'"
            if lemma in REQUESTED_ACTS:
                return REQUESTED_ACTS[lemma], f"asks for '{tok.text}'"
        layer = [c for t in layer for c in t.children if _asks(c)]
    return None


def _asks(token: Token) -> bool:
    if token.dep_ == "prep":
        return token.lower_ == "for"
    if token.dep_ == "advcl":  # "demanded from Damascus to free them": a stray infinitive
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ in ASKED_DEPS


SELVES = frozenset({"himself", "herself", "themselves"})


def _suicide(trigger: Token) -> bool:
    """ "a suicide bomber struck", "blew himself up at a checkpoint": a suicide attack."""
    for child in trigger.children:
        if child.dep_ == "dobj" and child.lower_ in SELVES and trigger.lemma_.lower() in {"blow", "detonate"}:
            return True
        if child.dep_ == "nsubj" and any(
            m.lower_ == "suicide" for m in child.children if m.dep_ in {"compound", "amod"}
        ):
            return True
    return False
