"""Events: PLOVER coding of who did what to whom.

Find, then annotate:
1. triggers: verbs and nouns of the event lexicon (`data/events.yaml`), with their
   object, preposition and particle constraints ("held talks", "launched strikes");
2. actor and recipient from the dependency structure, through the resolved actors:
   subject/agent and object/preposition, passives, nominal triggers (possessors,
   demonyms, "by" phrases), control verbs ("asked Russia to pressure Abbas");
3. modality (negated, hypothetical, future), attribution to a claim, date, place and
   size (dead, injured, arrested);
4. one event per real event: a restatement enriches the first mention.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.lexicon import Lexicon, TriggerEntry

LOGGER = logging.getLogger(__name__)

HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll"}
FUTURE_HEADS = {"plan", "intend", "expect", "schedule", "due", "set", "prepare", "aim"}
HYPOTHETICAL_HEADS = {
    "ready", "willing", "prepared", "offer", "propose", "consider", "threaten", "seek",
    "want", "hope", "try", "able", "possible", "likely", "demand", "urge", "ask", "call",
}  # fmt: skip
NEGATIONS = {"not", "n't", "never", "no"}
KILL = {"kill", "die", "dead", "death", "fatality", "massacre", "slay", "murder", "execute", "toll"}
INJURE = {"injure", "wound", "hurt", "injured", "wounded", "injury", "casualty"}
ARREST = {"arrest", "detain", "round", "jail", "imprison", "apprehend"}
APPROX = {
    "about",
    "some",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "than",
    "least",
    "up",
    "estimated",
    "dozens",
    "hundreds",
    "thousands",
    "more",
    "several",
}
_NUMBER = re.compile(r"^\d[\d,.]*$")
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "hundreds": 200,
}  # fmt: skip


class EventCoder:
    """spaCy component: writes `doc._.ng_events`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.triggers = lexicon.triggers
        self.types = lexicon.event_types

    def __call__(self, doc: Doc) -> Doc:
        token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
        token_place: dict[int, int] = doc._.ng_token_place or {}
        claims: list[dict[str, Any]] = doc._.ng_claims or []
        dates: list[dict[str, Any]] = doc._.ng_dates or []
        events: list[dict[str, Any]] = []
        for token in doc:
            entry = self._match(token, token_actor)
            if entry is None:
                continue
            event = self._code(doc, token, entry, token_actor, token_place, claims, dates)
            if event is not None:
                events.append(event)
        doc._.ng_events = self._merge(events)
        return doc

    # -- find ------------------------------------------------------------------------
    def _match(self, token: Token, token_actor: dict[int, list[int]]) -> TriggerEntry | None:
        pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
        if pos is None or token.i in token_actor:
            return None
        entries = self.triggers.get((token.lemma_.lower(), pos))
        if not entries:
            return None
        objects = _object_lemmas(token)
        preps = {c.lower_ for c in token.children if c.dep_ in {"prep", "agent", "dative"}}
        particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
        for entry in entries:
            if entry.objects and not (objects & entry.objects):
                continue
            if entry.preps and not (preps & entry.preps):
                continue
            if entry.particle and entry.particle not in particles:
                continue
            return entry
        return None

    # -- annotate ----------------------------------------------------------------------
    def _code(
        self,
        doc: Doc,
        trigger: Token,
        entry: TriggerEntry,
        token_actor: dict[int, list[int]],
        token_place: dict[int, int],
        claims: list[dict[str, Any]],
        dates: list[dict[str, Any]],
    ) -> dict[str, Any] | None:
        if trigger.pos_ in {"VERB", "AUX"}:
            actor, recipient = self._verb_roles(trigger, entry, token_actor)
        else:
            actor, recipient = self._noun_roles(trigger, entry, token_actor)
        recipient = [r for r in recipient if r not in actor]
        etype = self.types.get(entry.event)
        sent = trigger.sent
        modality = _modality(trigger)
        attribution = None
        for index, claim in enumerate(claims):
            c0, c1 = claim["content"]
            if c0 <= trigger.idx < c1:
                attribution = index
                break
        confidence = 0.4 + (0.3 if actor else 0) + (0.2 if recipient else 0)
        return {
            "event": entry.event,
            "mode": entry.mode,
            "context": list(entry.context),
            "actor": actor,
            "recipient": recipient,
            "date": _date_for(trigger, dates),
            "location": _place_for(trigger, token_place),
            "modality": modality,
            "attribution": attribution,
            "size": _size(sent, trigger),
            "evidence": [sent.start_char, _sent_end(sent)],
            "trigger": [trigger.idx, trigger.idx + len(trigger.text)],
            "cameo": entry.cameo or (etype.cameo if etype else None),
            "quad": etype.quad if etype else None,
            "confidence": round(min(confidence, 0.95), 2),
        }

    def _verb_roles(
        self, verb: Token, entry: TriggerEntry, token_actor: dict[int, list[int]]
    ) -> tuple[list[int], list[int]]:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        actor: list[int] = []
        recipient: list[int] = []
        if passive:
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        actor += _actors_of(obj, token_actor)
            for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
                recipient += _actors_of(subj, token_actor)
        else:
            actor = _subject_actors(verb, token_actor)
            for child in verb.children:
                if child.dep_ == "dobj" and ("dobj" in entry.recipient or not entry.objects):
                    if not entry.objects or child.lemma_.lower() not in entry.objects:
                        recipient += _actors_of(child, token_actor)
                if child.dep_ == "dative" and ("dative" in entry.recipient or "dobj" in entry.recipient):
                    recipient += _actors_of(child, token_actor)
        for prep in _preps(verb):
            if prep.lower_ in entry.recipient:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        recipient += _actors_of(obj, token_actor)
        return list(dict.fromkeys(actor)), list(dict.fromkeys(recipient))

    def _noun_roles(
        self, noun: Token, entry: TriggerEntry, token_actor: dict[int, list[int]]
    ) -> tuple[list[int], list[int]]:
        actor: list[int] = []
        recipient: list[int] = []
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                actor += token_actor.get(child.i, [])
            if child.dep_ == "prep" and child.lower_ == "by":
                for obj in child.children:
                    actor += _actors_of(obj, token_actor)
            if child.dep_ == "prep" and child.lower_ in entry.recipient and child.lower_ != "by":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        recipient += _actors_of(obj, token_actor)
        head = noun.head
        if not actor and noun.dep_ in {"dobj", "attr"} and head.pos_ == "VERB":
            # light verbs: "launched strikes", "held talks", "signed a deal"
            actor = _subject_actors(head, token_actor)
            for prep in _preps(head):
                if prep.lower_ in entry.recipient:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            recipient += _actors_of(obj, token_actor)
        elif not actor and noun.dep_ in {"nsubj"} and head.lemma_ in {"travel", "arrive", "visit", "come", "go"}:
            actor = []
        return list(dict.fromkeys(actor)), list(dict.fromkeys(recipient))

    # -- merge -------------------------------------------------------------------------
    @staticmethod
    def _merge(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A later mention of the same event (type, actors, recipients) enriches the first."""
        kept: list[dict[str, Any]] = []
        for event in events:
            twin = next(
                (
                    k for k in kept
                    if k["event"] == event["event"]
                    and k["attribution"] == event["attribution"]
                    and k["modality"] == event["modality"]
                    and set(k["actor"]) == set(event["actor"]) and event["actor"]
                    and set(event["recipient"]) <= set(k["recipient"]) | set(event["recipient"])
                    and (set(k["recipient"]) & set(event["recipient"]) or not event["recipient"] or not k["recipient"])
                ),
                None,
            )  # fmt: skip
            if twin is None:
                kept.append(event)
                continue
            twin["recipient"] = list(dict.fromkeys(twin["recipient"] + event["recipient"]))
            for key in ("date", "location", "mode"):
                if twin[key] is None:
                    twin[key] = event[key]
            for key in ("dead", "injured", "arrested"):
                if twin["size"][key] is None and event["size"][key] is not None:
                    twin["size"][key] = event["size"][key]
                    twin["size"]["approximate"] = event["size"]["approximate"]
        return kept


def _object_lemmas(token: Token) -> set[str]:
    found = set()
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}:
            found.add(child.lemma_.lower())
            found.update(c.lemma_.lower() for c in child.children if c.dep_ == "conj")
        if child.dep_ == "prep":
            found.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
    if token.dep_ in {"relcl", "acl"}:
        found.add(token.head.lemma_.lower())
    return found


def _preps(token: Token) -> list[Token]:
    preps = [c for c in token.children if c.dep_ in {"prep", "dative"}]
    for child in token.children:
        if child.dep_ == "dobj":
            preps += [c for c in child.children if c.dep_ == "prep"]
    return preps


def _actors_of(token: Token, token_actor: dict[int, list[int]]) -> list[int]:
    found = list(token_actor.get(token.i, []))
    if not found:
        for child in token.children:
            if child.dep_ in {"compound", "poss", "amod", "nmod", "appos"}:
                found += token_actor.get(child.i, [])
        if not found and token.dep_ != "pobj":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        found += token_actor.get(obj.i, [])
    for child in token.children:
        if child.dep_ == "conj":
            found += _actors_of(child, token_actor)
    return list(dict.fromkeys(found))


def _subject_actors(verb: Token, token_actor: dict[int, list[int]]) -> list[int]:
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            found: list[int] = []
            for subj in subjects:
                found += _actors_of(subj, token_actor)
            return found
        if node.dep_ == "xcomp":
            # control: "asked Russia to pressure" -> Russia; "wants to visit" -> subject
            objects = [c for c in node.head.children if c.dep_ in {"dobj", "dative"}]
            if objects:
                return _actors_of(objects[0], token_actor)
            node = node.head
        elif node.dep_ in {"conj", "advcl", "acl", "relcl"}:
            if node.dep_ == "relcl" and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                return _actors_of(node.head, token_actor)
            node = node.head
        else:
            break
    return []


def _modality(trigger: Token) -> dict[str, bool]:
    verb = trigger
    if trigger.pos_ not in {"VERB", "AUX"} and trigger.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}:
        verb = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
    children = list(verb.children)
    negated = any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"neg", "advmod", "det"}) for c in children)
    if trigger is not verb:
        negated = negated or any(c.lower_ in {"no"} and c.dep_ == "det" for c in trigger.children)
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    hypothetical = bool(aux & HYPOTHETICAL_AUX) or any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children
    )
    future = bool(aux & FUTURE_AUX)
    head = verb.head
    if verb.dep_ == "xcomp":
        if head.lemma_ in FUTURE_HEADS or head.lower_ == "going":
            future = True
        elif head.lemma_ in HYPOTHETICAL_HEADS:
            hypothetical = True
        head_aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
        future = future or bool(head_aux & FUTURE_AUX)
        hypothetical = hypothetical or bool(head_aux & HYPOTHETICAL_AUX)
        negated = negated or any(c.dep_ == "neg" for c in head.children)
    if verb.dep_ == "advcl" and any(c.lower_ == "if" for c in children):
        hypothetical = True
    return {"negated": negated, "hypothetical": hypothetical and not future, "future": future, "historical": False}


def _date_for(trigger: Token, dates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The date in the trigger's clause, else in its sentence; None rather than a guess."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    sent = trigger.sent
    in_clause = [d for d in dates if lo <= d["start"] and d["end"] <= hi and d["value"]]
    in_sent = [d for d in dates if sent.start_char <= d["start"] and d["end"] <= sent.end_char and d["value"]]
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


def _place_for(trigger: Token, token_place: dict[int, int]) -> int | None:
    """A place in a locative phrase of the trigger's clause, else the sentence's only place."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for node in (trigger, clause):
        for tok in node.subtree:
            if (tok.i in token_place and tok.head.dep_ == "prep") or (
                tok.i in token_place and tok.dep_ in {"pobj", "dobj", "compound"}
            ):
                head = tok
                while (
                    head.dep_ in {"compound", "conj", "appos", "pobj"} and head.head.i != head.i and head.dep_ != "pobj"
                ):
                    head = head.head
                return token_place[tok.i]
    in_sent = {token_place[t.i] for t in trigger.sent if t.i in token_place}
    if len(in_sent) == 1:
        return in_sent.pop()
    return None


def _number(token: Token) -> int | None:
    text = token.text.lower().replace(",", "")
    if _NUMBER.match(text):
        try:
            return int(float(text))
        except ValueError:
            return None
    return WORD_NUMBERS.get(text)


def _size(sent: Any, trigger: Token) -> dict[str, Any]:
    size: dict[str, Any] = {"dead": None, "injured": None, "arrested": None, "approximate": False}
    for tok in sent:
        if tok.like_num or tok.lower_ in WORD_NUMBERS:
            value = _number(tok)
            if value is None:
                continue
            noun = tok.head if tok.dep_ in {"nummod", "quantmod", "compound"} else tok
            while noun.dep_ in {"nummod", "quantmod", "compound"} and noun.head.i != noun.i:
                noun = noun.head
            governor = noun.head
            lemmas = {noun.lemma_.lower(), governor.lemma_.lower()}
            if noun.dep_ == "pobj":
                lemmas.add(governor.head.lemma_.lower())
            key = "dead" if lemmas & KILL else "injured" if lemmas & INJURE else "arrested" if lemmas & ARREST else None
            if key is None:
                for child in noun.children:
                    if child.lemma_.lower() in KILL:
                        key = "dead"
                    elif child.lemma_.lower() in INJURE:
                        key = "injured"
                if (
                    noun.lemma_.lower() in {"people", "person", "civilian", "soldier", "child"}
                    and noun.dep_ == "nsubjpass"
                ):
                    head_l = noun.head.lemma_.lower()
                    key = (
                        "dead"
                        if head_l in KILL
                        else "injured"
                        if head_l in INJURE
                        else "arrested"
                        if head_l in ARREST
                        else key
                    )
            if key is None or size[key] is not None:
                continue
            size[key] = value
            mods = {c.lower_ for c in tok.children} | {
                c.lower_ for c in noun.children if c.dep_ in {"advmod", "quantmod", "amod"}
            }
            prev = tok.doc[max(tok.i - 2, 0) : tok.i]
            if mods & APPROX or any(p.lower_ in APPROX for p in prev):
                size["approximate"] = True
    return size


def _sent_end(sent: Any) -> int:
    end = sent.end_char
    while end > sent.start_char and sent.doc.text[end - 1] in " \n":
        end -= 1
    return end
