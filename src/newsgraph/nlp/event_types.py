"""Event types and modes beyond the lexicon entry that fired.

The event coder (`nlp/events.py`) finds a trigger and its lexicon entry; this module
decides what the trigger finally codes as:

- fallback triggers the lexicon cannot express as entries: a characterisation ("called
  the verdict a farce": ACCUSE); a reprisal announced for the future ("will respond",
  "any provocation will receive an answer", "will be obliged to respond", "will not
  remain without an answer": THREATEN, asserted, the future belongs to the reprisal);
  a refusal ("will accept no lessons": REJECT); "called Athens to end ..." (REQUEST);
  weapon fire ("heavy artillery fire": ASSAULT); "joint patrols" (COOPERATE); "threatened
  to invade" (THREATEN, mode from the threatened act); "called Macron on Sunday", "called
  Erdogan to discuss the grain deal" (CONSULT/phone); "will jointly develop" (COOPERATE);
- type changes: a promise of violence is a threat; negated agreement is a refusal (any
  other negated act keeps its type: "would not lift the sanctions" is a negated CONCEDE);
  agreeing to a concession ("agreed to pay the wages") is CONCEDE; a conditional
  coercive act ("would close the border if ...") is a threat; entry bans and visa
  measures are sanctions; joint military activity is cooperation; destruction by a
  crowd is rioting; capturing people is abduction; a labour or hunger strike is a
  protest; "held joint drills", "jointly investigate" are cooperation;
- mode refinements from modifiers ("drone strike"), instruments ("jets struck")
  (`nlp/event_modes.py`) and, for requests, refusals and threats, from what is asked,
  refused or threatened, down a chain of complements ("urged the council to force Israel
  to accept a ceasefire": yield); a request for an act that is no event is `change`.

The word lists live in the `rules` section of `data/events.yaml`, read once by
`lexicon.load_rules`; `TypeRefiner.may_fire` is the matcher's fast path; the syntactic
predicates (refusal, phone call, threat infinitive, joint act) in `nlp/event_cues.py`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp import event_senses as senses
from newsgraph.nlp.event_cues import (
    CONTINUING,
    JOINT,
    JOINT_ACTIVITIES,
    JOINTLY,
    NOT_RULED_OUT,
    READY,
    addressed_request,
    agentive_infinitive,
    barred_entry,
    conditional,
    crowd_subject,
    for_ransom,
    has_modifier,
    infinitive,
    infinitive_marker,
    is_crowd,
    joint_reason,
    object_lemmas,
    passive,
    phone_call,
    refused,
    without_answer,
)
from newsgraph.nlp.event_modes import INSTRUMENT_MODES, refine_mode, requested_mode, strike_sense
from newsgraph.nlp.event_roles import RoleFinder, Roles
from newsgraph.nlp.event_senses import charges_a_state, seizes_people
from newsgraph.nlp.lexicon import EventRules, Lexicon, TriggerEntry, load_rules

LOGGER = logging.getLogger(__name__)
# codings that change when a crowd acts: destruction (riot), blockade (protest), reopening (concession)
CROWD_CODINGS = frozenset({("ASSAULT", "destroy"), ("COERCE", "restrict"), ("RETREAT", "access")})

# Mode of a request, refusal or threat by the type (or type/mode) of its content.
ASKED_MODES = {"RETREAT/access": "assist", "RETREAT/resign": "change", "RETREAT": "yield", "CONCEDE": "yield"}
COMPLEMENT_MODES: dict[str, dict[str, str]] = {
    "REQUEST": {**ASKED_MODES, "CONSULT": "meet", "AID": "assist", "*": "change"},
    "REJECT": {**ASKED_MODES, "CONSULT": "meet", "AID": "assist", "*": "change"},
    "THREATEN": {
        "ASSAULT": "violence", "MOBILIZE": "violence", "COERCE/arrest": "arrest", "SANCTION/convict": "arrest",
        "SANCTION/expel": "expel", "COERCE/seize": "territory", "SANCTION": "restrict", "COERCE": "restrict",
    },
}  # fmt: skip
PROMISE_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
THREAT_COMPLEMENTS = frozenset(
    {"hunt", "crush", "punish", "avenge", "retaliate", "defeat", "wipe", "eliminate", "annihilate", "strike",
     "attack", "fight", "kill", "destroy", "respond", "retake", "recover"}
)  # fmt: skip
# The lemma of the synthetic entry a future reprisal fires ("will respond").
REPRISAL = "(reprisal)"
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# A reprisal is announced with will/shall, or with "would" in reported speech (reprisals
# are only coded inside a claim).
REPRISAL_AUX = FUTURE_AUX | {"would"}
# "will be obliged to respond": the reprisal verb is the complement of one of these.
OBLIGED = frozenset({"oblige", "obliged", "force", "forced", "compel", "compelled", "have"})
# "will not remain without an answer": a promised reprisal.
UNANSWERED = frozenset({"remain", "go", "stay", "pass", "be"})
# "called Athens to end the practice": a request with no "on".
REQUEST_CALLS = frozenset({"call"})
# "threatened to invade": a threat whose content is an infinitive.
THREAT_VERBS = frozenset({"threaten"})
# Acts that, done jointly, are cooperation rather than their own type.
JOINT_TYPES = frozenset({"MOBILIZE", "ASSAULT"})
# Nouns of shooting that state an assault when a weapon modifies them ("artillery fire").
# "took seven guards hostage": the word that makes a taking a hostage-taking.
CAPTIVES = frozenset({"hostage", "captive"})
FIRE_NOUNS = frozenset({"fire", "firing", "shelling", "barrage"})
# How a request, refusal or threat reaches what it is about.
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "pobj", "prep"})
# Material acts that, announced under a condition, are threats ("would close the border if ...").
CONDITIONAL_THREATS = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE"})


@dataclass
class Coding:
    """What a trigger codes as, and why the type or mode differs from its entry."""

    event: str
    mode: str | None
    why: str = ""


Matcher = Callable[[Token, dict[int, list[int]]], tuple[TriggerEntry | None, set[int]]]


class TypeRefiner:
    """Fallback triggers, type changes and mode refinements (see the module docstring)."""

    def __init__(self, lexicon: Lexicon, match: Matcher, rules: EventRules | None = None) -> None:
        self.triggers = lexicon.triggers
        self.types = lexicon.event_types
        self.match = match
        self.rules = rules or load_rules(lexicon.data_dir / "events.yaml")
        # stands for "some violent act" when a threat's complement is "respond", "hunt down"
        self.match_assault = self._entry("ASSAULT", "attack")
        etype = self.types.get("ACCUSE")
        self.characterisation = TriggerEntry(
            lemma="call", pos="VERB", event="ACCUSE", mode="disapprove", cameo="111",
            context=etype.context if etype else (), recipient=("dobj",),
        )  # fmt: skip
        self.rejection = next(
            (e for e in self.triggers.get(("reject", "VERB"), []) if not e.objects and not e.preps), None
        )
        request = self.types.get("REQUEST")
        self.bare_request = TriggerEntry(
            lemma="call", pos="VERB", event="REQUEST", mode=None, cameo="020",
            context=request.context if request else (), recipient=("dobj",),
        )  # fmt: skip
        self.gunfire = self._noun_entry("ASSAULT", "fire", "190", patient=True)
        self.explosion = self._verb_entry("ASSAULT", "explosives", "(explosion)", "183", ("near", "in", "at"))
        self.gathering = self._verb_entry("PROTEST", "demo", "(gathering)", "141", ("against", "outside"))
        self.joint = self._noun_entry("COOPERATE", "(joint)", "062")
        self.hostage_taking = self._entry("ASSAULT", "take")  # "took seven guards hostage"
        self.reprisal_lemmas = frozenset(w for lemmas, _, _ in self.rules.reprisal_threats for w in lemmas)
        # verbs the matcher asks `early` about before their lexicon entries
        self.early_lemmas = self.reprisal_lemmas | THREAT_VERBS | REQUEST_CALLS
        # every (lemma, pos) that can fire at all: trigger lemmas and every lemma a fallback
        # looks at; the matcher returns at once for any other (bar "jointly" + any verb)
        rules = self.rules
        verbs = self.early_lemmas | rules.agree_verbs | rules.characterising_verbs | UNANSWERED | senses.EXPLODING
        verbs |= senses.GATHERING
        self.can_fire: frozenset[tuple[str, str]] = frozenset(self.triggers) | {
            *((w, "VERB") for w in verbs),
            *((w, "NOUN") for w in FIRE_NOUNS | JOINT_ACTIVITIES),
        }
        self.bare_threat = TriggerEntry(
            lemma="threaten", pos="VERB", event="THREATEN", mode=None, cameo="130",
            context=self.types["THREATEN"].context if "THREATEN" in self.types else (), recipient=("dobj",),
        )  # fmt: skip
        consult = self.types.get("CONSULT")
        self.phone_call = TriggerEntry(
            lemma="call", pos="VERB", event="CONSULT", mode="phone", cameo="041",
            context=consult.context if consult else (), recipient=("dobj",),
        )  # fmt: skip
        cooperate = self.types.get("COOPERATE")
        self.joint_act = TriggerEntry(
            lemma="(jointly)", pos="VERB", event="COOPERATE", mode=None, cameo="062",
            context=cooperate.context if cooperate else (), recipient=("with",),
        )  # fmt: skip
        threat = self.types.get("THREATEN")
        self.threats = {
            mode: TriggerEntry(
                lemma=REPRISAL, pos="VERB", event="THREATEN", mode=mode, cameo="138" if mode else "130",
                context=threat.context if threat else (), recipient=("dobj",),
            )
            for _, _, mode in self.rules.reprisal_threats
        }  # fmt: skip

    def _noun_entry(self, event: str, lemma: str, cameo: str, patient: bool = False) -> TriggerEntry:
        etype = self.types.get(event)
        return TriggerEntry(
            lemma=lemma, pos="NOUN", event=event, mode=None, cameo=cameo, context=etype.context if etype else (),
            recipient=("on", "at", "against", "with", "between"), patient=patient,
        )  # fmt: skip

    def _verb_entry(self, event: str, mode: str, lemma: str, cameo: str, recipient: tuple[str, ...]) -> TriggerEntry:
        context = self.types[event].context if event in self.types else ()
        return TriggerEntry(
            lemma=lemma, pos="VERB", event=event, mode=mode, cameo=cameo, context=context, recipient=recipient
        )

    def _entry(self, event: str, lemma: str) -> TriggerEntry | None:
        return next((e for e in self.triggers.get((lemma, "VERB"), []) if e.event == event), None)

    def may_fire(self, token: Token, pos: str) -> bool:
        """Whether a VERB/NOUN token can fire at all: its lemma has entries or a fallback
        looks at it, or it is a verb done "jointly" (which fires whatever its lemma)."""
        if (token.lemma_.lower(), pos) in self.can_fire:
            return True
        return pos == "VERB" and any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in token.children)

    # -- fallback triggers -------------------------------------------------------------
    def early(self, token: Token) -> TriggerEntry | None:
        """A trigger that takes precedence over the lexicon entries of its verb: a future
        reprisal ("will retake the town"), a threat with an infinitive ("threatened to
        invade"), a phone call ("called Macron on Sunday", "called Erdogan to discuss ...")."""
        lemma = token.lemma_.lower()
        children = list(token.children)
        if lemma in THREAT_VERBS:
            return self.bare_threat if agentive_infinitive(children) else None
        if lemma in REQUEST_CALLS:
            return self.phone_call if phone_call(children) else None
        return self.fallback(token) if lemma in self.reprisal_lemmas else None

    def fallback(self, token: Token) -> TriggerEntry | None:
        """A trigger no lexicon entry states: a characterisation, a future reprisal, a
        refusal ("accept no lessons"), "called X to ...", weapon fire, joint patrols."""
        if token.pos_ in {"NOUN", "PROPN"}:
            return self._noun_fallback(token)
        if token.pos_ != "VERB":
            return None
        lemma = token.lemma_.lower()
        children = list(token.children)
        if lemma in self.rules.agree_verbs and refused(children):
            return self.rejection  # "Georgia does not accept ultimatums", "will accept no lessons"
        if lemma == "take" and any(c.dep_ != "dobj" and c.lemma_.lower() in CAPTIVES for c in children):
            return self.hostage_taking  # "took seven guards hostage": the parser hangs "hostage" loose
        if lemma in REQUEST_CALLS and addressed_request(children):
            return self.bare_request  # "called Athens to end the pushbacks"
        if any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in children) and not passive(children):
            return self.joint_act  # "the two navies will jointly patrol the strait"
        if senses.explosive_subject(token) or senses.crowd_gathering(token):
            return self.explosion if lemma in senses.EXPLODING or lemma == "go" else self.gathering  # "a bomb exploded"
        if lemma in self.rules.characterising_verbs:
            # "called the verdict a farce" / "called the verdict 'hostage-taking'"
            objects = [c for c in children if c.dep_ == "dobj"]
            predicate = [c for c in children if c.dep_ in {"oprd", "xcomp"}]
            predicate += [c for o in objects for c in o.children if c.dep_ == "appos"]
            words = {t.lemma_.lower() for p in predicate for t in p.subtree}
            if objects and predicate and not words & self.rules.positive_words:
                return self.characterisation
        aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBLIGED:
            # "the army will be obliged to respond"
            aux |= {c.lower_ for c in token.head.children if c.dep_ in {"aux", "auxpass"}}
        negated = any(c.dep_ == "neg" for c in children)
        if aux & REPRISAL_AUX and negated and lemma in UNANSWERED and without_answer(children):
            return self.threats.get(None)  # "the expulsion will not remain without an answer"
        if not aux & REPRISAL_AUX or negated:
            return None
        dobjs = {c.lemma_.lower() for c in children if c.dep_ == "dobj"}
        topics = {g.lemma_.lower() for p in children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"}
        if topics & self.rules.reply_topics:
            return None  # "will respond to the questions": a reply, not a reprisal
        for lemmas, wanted, mode in self.rules.reprisal_threats:
            if lemma in lemmas and (not wanted or dobjs & wanted):
                return self.threats.get(mode)
        return None

    def _noun_fallback(self, noun: Token) -> TriggerEntry | None:
        lemma = noun.lemma_.lower()
        if lemma not in FIRE_NOUNS and lemma not in JOINT_ACTIVITIES:
            return None
        weapons = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
        heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "initiated firing with mortars"
        weapons += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children]
        if lemma in FIRE_NOUNS and any(w.lemma_.lower() in INSTRUMENT_MODES for w in weapons):
            return self.gunfire  # "heavy artillery fire", "mortar fire"
        if lemma in JOINT_ACTIVITIES and has_modifier(noun, JOINT):
            return self.joint  # "joint patrols"
        return None

    def refusal(self, token: Token, entry: TriggerEntry) -> bool:
        """A negated agreeing verb ("would not agree to a ceasefire"): coded REJECT."""
        return (
            token.pos_ == "VERB"
            and token.lemma_.lower() in self.rules.agree_verbs
            and entry.event in {"AGREE", "RETREAT", "CONCEDE"}
            and any(c.dep_ == "neg" for c in token.children)
        )

    # -- type changes ------------------------------------------------------------------
    def promise_of_violence(self, trigger: Token, entry: TriggerEntry, roles: Roles, finder: RoleFinder) -> Coding:
        """ "vowed to hunt them down": a promise of violence is a threat (CAMEO 138)."""
        if entry.event != "AGREE" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in PROMISE_VERBS:
            return Coding(entry.event, entry.mode)
        threat = self._violent_complement(trigger)
        if threat is None:
            return Coding(entry.event, entry.mode)
        roles.recipient = roles.recipient or [
            a for c in threat.children if c.dep_ in {"dobj", "prep"} for t in c.subtree
            for a in finder.token_actor.get(t.i, []) if a not in roles.actor
        ]  # fmt: skip
        return Coding("THREATEN", "violence", f"promise of violence '{threat.text}'")

    def refine(
        self, trigger: Token, entry: TriggerEntry, coding: Coding, roles: Roles, finder: RoleFinder,
        flags: dict[str, bool], reported: bool,
    ) -> Coding:  # fmt: skip
        """The final type and mode of a trigger; may flip `flags["negated"]`."""
        verbal = trigger.pos_ in {"VERB", "AUX"}
        event, mode, why = coding.event, coding.mode, coding.why
        actors = finder.actors
        if event in JOINT_TYPES or (event, mode) == ("ACCUSE", "investigate"):
            joint = joint_reason(trigger, verbal)
            if joint:
                event, mode, why = "COOPERATE", None, joint
                if len(roles.actor) > 1 and not roles.recipient:
                    roles.recipient = list(roles.actor)
        by_crowd = (event, mode) in CROWD_CODINGS and any(
            actors[a].get("kind") == "group" and is_crowd(actors[a]["name"]) for a in roles.actor
        )
        if event == "ASSAULT" and mode == "destroy" and by_crowd:
            event, mode, why = "PROTEST", "riot", "destruction by protesters is rioting"
        if event == "COERCE" and mode == "restrict" and (by_crowd or crowd_subject(trigger)):
            # "supporters of the opposition blockade the commission": a crowd's blockade is a protest
            event, mode, why = "PROTEST", "obstruct", "a blockade by protesters is a protest"
        if event == "RETREAT" and mode == "access" and (by_crowd or crowd_subject(trigger)):
            # "the protesters agreed to reopen the port": ending one's own blockade (gold conventions)
            event, mode, why = "CONCEDE", None, "protesters lifting their own blockade concede"
        if event == "COERCE" and mode == "seize" and seizes_people(trigger, roles, actors):
            event, mode, why = "ASSAULT", "abduct", "seizing people is abduction"
        if event == "COERCE" and mode == "arrest" and charges_a_state(trigger, roles, actors):
            event, mode, why = "ACCUSE", "allege", "charging a state, or charging that ..., is an accusation"
        if event == "ASSAULT" and senses.verbal_attack(trigger):
            event, mode, why = "ACCUSE", "disapprove", "an attack in words is an accusation"
        if event == "COERCE" and mode == "arrest" and for_ransom(trigger):
            event, mode, why = "ASSAULT", "abduct", "people taken for ransom are abducted"
        if event == "COERCE" and self._entry_ban(trigger):
            event, mode, why = "SANCTION", None, "entry and visa bans are sanctions"
        if event == "ASSAULT" and reported and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in READY:
            # "said it was ready to use force": a declared readiness for violence is a threat
            event, mode, why = "THREATEN", "violence", f"declared '{trigger.head.text}' to act"
            flags["hypothetical"] = flags["future"] = False
        if event == "REJECT" and flags["negated"] and trigger.lemma_.lower() == "rule":
            # "did not rule out military action": what is kept open is threatened
            kept = next((NOT_RULED_OUT[o] for o in object_lemmas(trigger) if o in NOT_RULED_OUT), None)
            if kept is not None:
                event, mode, why = "THREATEN", kept, "a measure not ruled out is a threat"
                flags["negated"] = False
        override = strike_sense(trigger, entry)
        if override is not None:
            event, mode, why = "PROTEST", override, f"'{override}' strike is a protest"
        concession = self._concession(trigger, event)
        if concession:
            event, mode, why = "CONCEDE", None, concession
        if event in CONDITIONAL_THREATS and reported and conditional(trigger):
            # "Vilnius would close the crossings if the situation requires it"
            table = COMPLEMENT_MODES["THREATEN"]
            mode = table.get(f"{event}/{mode}") or table.get(event)
            event, why = "THREATEN", f"conditional {event} announced by a speaker"
            flags["hypothetical"] = False
        refined = refine_mode(trigger, event, entry.mode if event == entry.event else mode)
        if refined:
            mode, why = refined
        elif mode is None and event in COMPLEMENT_MODES:
            # "urged Rwanda to pull its forces out": the mode follows what is demanded
            content = self.complement_event(trigger)
            if content is not None and content.event == event == "THREATEN":
                mode, why = content.mode, f"the threatened reprisal is '{content.mode}'"
            elif content is not None and content.event == "ACCUSE" and event in {"REQUEST", "REJECT"}:
                why = "an inquiry asked for is no policy change"  # "called for an investigation"
            elif content is not None:
                table = COMPLEMENT_MODES[event]
                mode = table.get(f"{content.event}/{content.mode}") or table.get(content.event) or table.get("*")
                why = f"complement '{content.lemma}' is {content.event}" if mode else ""
            elif event in {"REQUEST", "REJECT"} and (asked := requested_mode(trigger)) is not None:
                mode, why = asked  # "urged them to hand him over": yield
            elif event == "REQUEST" and infinitive(trigger):
                mode, why = "change", "asks for an act that is no event of its own"
        if entry is self.bare_threat and not roles.recipient:
            # "threatened to invade Borduria": the threatened are named in the threatened act
            roles.recipient = [
                a for c in trigger.children if c.dep_ == "xcomp" for d in c.children if d.dep_ in {"dobj", "prep"}
                for t in d.subtree for a in finder.token_actor.get(t.i, []) if a not in roles.actor
            ]  # fmt: skip
            roles.why_recipient = "actors named in the threatened act" if roles.recipient else roles.why_recipient
        if entry.lemma == REPRISAL:
            # "will respond", "will not remain without an answer": the threat is made now;
            # the future and the negation belong to the reprisal it announces
            flags.update(future=False, hypothetical=False, negated=False)
        if entry is self.rejection and entry.lemma != trigger.lemma_.lower():
            flags["negated"] = False  # "does not accept": the refusal itself is asserted
        agreeing = verbal and trigger.lemma_.lower() in self.rules.agree_verbs
        if flags["negated"] and (event == "AGREE" or (agreeing and event in {"RETREAT", "CONCEDE"})):
            # "would not agree to a ceasefire" is a refusal (CAMEO 12), not a negated agreement;
            # any other negated act keeps its type ("would not lift the sanctions": CONCEDE, negated)
            table = COMPLEMENT_MODES["REJECT"]
            mode = table.get(event) if event != "AGREE" else None
            event, flags["negated"] = "REJECT", False
            why = "negated agreement coded as REJECT"
        return Coding(event, mode, why)

    def _concession(self, trigger: Token, event: str) -> str:
        """ "agreed to pay all outstanding wages", "promised tighter checks": agreeing to
        what the other side wants is a concession, when the agreed act is no event of its own."""
        if event != "AGREE" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in self.rules.agree_verbs:
            return ""
        for comp in trigger.children:
            if comp.dep_ == "prep" and comp.lower_ == "to":
                # "agreed to the students' demands": what is agreed to is the object of "to"
                hit = next((o for o in comp.children if o.dep_ == "pobj"), None)
                if hit is not None and hit.lemma_.lower() in self.rules.concession_objects:
                    return f"agreed '{hit.text}' is a concession"
                continue
            if comp.dep_ not in {"xcomp", "ccomp", "dobj"}:
                continue
            if comp.pos_ == "VERB" and self.match(comp, {})[0] is not None:
                return ""  # "agreed to withdraw": the complement is its own event
            objects = [c for c in comp.children if c.dep_ in {"dobj", "pobj"}] + [comp]
            if comp.lemma_.lower() in self.rules.concession_verbs:
                return f"agreed act '{comp.text}' is a concession"
            hit = next((o for o in objects if o.lemma_.lower() in self.rules.concession_objects), None)
            if hit is not None:
                return f"agreed '{hit.text}' is a concession"
        return ""

    def _entry_ban(self, trigger: Token) -> bool:
        """ "imposed entry bans on 11 officials", "revoked their visas"."""
        nouns = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        for noun in nouns:
            if noun is not trigger and noun.lemma_.lower() in self.rules.sanction_objects:
                return True
            if noun.lemma_.lower() in {"ban", "restriction", "bar"} and has_modifier(noun, self.rules.entry_ban_words):
                return True
        return barred_entry(trigger)

    def complement_event(self, trigger: Token) -> TriggerEntry | None:
        """The lexicon entry of what a request, refusal or threat is about: its verbal
        complement ("to pull out"), or its object noun ("demanded the release")."""
        nodes = [c for c in trigger.children if c.dep_ in {"xcomp", "ccomp", "dobj"}]
        nodes += [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "for", "on"}]
        for node in nodes:
            # nearest first, down a chain of complements: "urged the council to force Israel
            # to accept a ceasefire" is about the ceasefire
            layer, seen = [node], 0
            while layer and seen < 3:
                for tok in layer:
                    entry, _ = self.match(tok, {})
                    if entry is not None and entry.event not in {"REQUEST", "REJECT", "THREATEN"}:
                        return entry
                    if entry is not None and entry.lemma == REPRISAL and entry.mode:
                        return entry  # "warned that organisers would face criminal charges"
                layer = [c for t in layer for c in t.children if c.dep_ in COMPLEMENT_DEPS]
                seen += 1
            if node.lemma_.lower() in THREAT_COMPLEMENTS:
                return self.match_assault
        return None

    def _violent_complement(self, verb: Token) -> Token | None:
        for comp in verb.children:
            # "vowed in a speech on TV to widen the attacks": the parser may hang a distant
            # infinitive as advcl
            if comp.dep_ != "xcomp" and not (comp.dep_ == "advcl" and infinitive_marker(comp)):
                continue
            lemma = comp.lemma_.lower()
            entries = self.triggers.get((lemma, "VERB"), [])
            if lemma in THREAT_COMPLEMENTS or any(e.event == "ASSAULT" and not e.objects for e in entries):
                return comp
            if lemma in CONTINUING:
                # "vowed to continue attacks on shipping", "pledged to step up strikes"
                for obj in comp.children:
                    nouns = self.triggers.get((obj.lemma_.lower(), "NOUN"), [])
                    if obj.dep_ == "dobj" and any(e.event == "ASSAULT" and not e.objects for e in nouns):
                        return obj
        return None


def address_concessions(events: list[dict[str, Any]]) -> None:
    """A concession with no named addressee yields to those who protested or demanded
    before it: the actor of the latest earlier PROTEST, else REQUEST, event."""
    for n, event in enumerate(events):
        if event["event"] != "CONCEDE" or event["recipient"]:
            continue
        for etype in ("PROTEST", "REQUEST"):
            source = next(
                (e for e in reversed(events[:n]) if e["event"] == etype and e["actor"] and not set(e["actor"]) & set(event["actor"])),
                None,
            )  # fmt: skip
            if source is not None:
                event["recipient"] = list(source["actor"])
                event["why"]["recipient"] = f"yields to the actor of the earlier {etype}"
                break
