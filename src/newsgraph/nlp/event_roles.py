"""Event roles: the actor and recipient of a trigger, from the dependency parse.

Every function returns actor indexes (into `doc._.ng_actors`) found through
`doc._.ng_token_actor`, plus a short reason used by `newsgraph explain`:

- verbs: subject (a subject the parser hung on the previous clause, "and the army
  retreated", on its auxiliary, "X would not, for now, call back", or on a participle
  before the verb, "elders, gathering ..., pledged"; the verb an infinitive completes
  across a reporting aside, "the sides agreed, the ministry said, to reopen"; the
  reporter of a speech participle hung on the reported clause, "wrote that ..., calling
  the claims a pretext"; the main verb's for a gerund after a preposition, "retaliated by
  expelling", and for a finite verb hung on an infinitive, "urged X to free Y and
  promised"; through control verbs, raising passives "is expected to travel",
  adjectives "ready to free", conjuncts, relative clauses and appositions; the accused
  of "accused X of shelling"; the reporter of a speech act the parser hangs inside a
  reported clause, one or two clauses deep; the launcher of a weapon subject "the drone,
  operated by X, struck") and object or the entry's recipient prepositions; passives and
  reduced passives ("the engineer kidnapped in May") swap to agent / patient (the patient after the
  verb in translated order: "were arrested on Monday three activists"), and the
  possessor of a hit thing ("its positions were hit") is the recipient;
- recipients the object only implies (`nlp/implied_recipients.py`); the addressee of
  an act in a purpose clause ("summoned India's envoy to lodge a protest");
- nouns: possessor, compound, "by" phrase and the entry's recipient prepositions, also
  where the parser hangs them on the agent ("an attack by X on Y") (a
  person or group possessing an act they undergo is its recipient: "Melia's arrest"); the
  subject of a light verb ("Israel launched strikes") or of the statement a meeting
  precedes ("After talks with X, Y said"); the object of an outcome verb ("strikes
  killed five soldiers"); who claims responsibility for it ("IS claimed responsibility
  for the attack"); who receives a request is its addressee ("Kyiv received a
  request from Moscow"); a demonym ("Israeli strikes") stands for the matching state
  or force when the article names one;
- symmetric acts: coordinated actors are also recipients ("A and B agreed"); a meeting
  is mutual ("X met Y"), so are an agreement with a partner ("A signed a deal with B")
  and a reciprocal act ("A and B exchanged fire", "A clashed with B"); a subject naming
  both sides at once ("the two sides agreed", "the two countries' commanders spoke") and a
  ceasefire between coordinated sides make every side actor and recipient;
- a deployment ordered by someone ("ordered troops to deploy") is the orderer's;
- an object a translated text puts after a fixed complement ("declared persona non grata
  the consul") is still the object.

Which actors a phrase names is `nlp/phrase_actors.py`; parse facts and word lists live
in `nlp/role_syntax.py`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.nlp.implied_recipients import ImpliedRecipients
from newsgraph.nlp.lexicon import TriggerEntry
from newsgraph.nlp.role_syntax import (
    ACCUSED_PREPS,
    ADJUNCT_PREPS,
    AUDIENCE,
    LAUNCH_VERBS,
    MODIFIER_DEPS,
    OUTCOME_VERBS,
    RECEIVING_VERBS,
    SUBJECT_DEPS,
    SUBJECT_GERUND_PREPS,
    WEAPON_NOUNS,
    agent_objects,
    aux_subject,
    both_sides_subject,
    control_objects,
    missed_main_verb,
    parenthetical_governor,
    participle_subject,
    reduced_passive,
    reporter_above,
    reporter_of,
    responsibility_verb,
    stranded_subject,
)

LOGGER = logging.getLogger(__name__)

# Types whose participants act on each other: "Armenia and Azerbaijan agreed" codes both
# sides as actor and recipient.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Agreements with a named partner bind both: "A signed a deal with B" = "B signed with A".
AGREEMENT_TYPES = frozenset({"AGREE", "COOPERATE"})
# Acts done to each other: "Indian and Pakistani troops exchanged fire", "X and Y clashed",
# "X clashed with Y": every side is actor and recipient.
RECIPROCAL = frozenset({"exchange", "trade", "clash"})
# Acts addressed to someone: in a purpose clause ("summoned X to protest") they address X.
ADDRESSED_TYPES = frozenset({"ACCUSE", "PROTEST", "REQUEST", "REJECT"})
# Consultations without a direction (not a visit or a hosted round): "X met Y" = "Y met X".
MUTUAL_MODES: frozenset[str | None] = frozenset({None, "phone"})
# Types where a deployed force ("troops were deployed") is the actor, not the target.
FORCE_IS_ACTOR = frozenset({"MOBILIZE"})
# Commands whose giver moves the force commanded: "ordered troops to deploy".
ORDER_VERBS = frozenset({"order", "instruct", "direct", "command"})
# Fixed complements a translated text may put before the object ("declared persona non
# grata the consul"): the object after them is the recipient.
FIXED_COMPLEMENTS = frozenset({"persona"})
# Prepositions that, hung on an act noun's "by" agent, tell where or whose the agent is.
AGENT_OWN_PREPS = frozenset({"in", "of", "from", "at"})
# Verbal acts whose speaker is the reporter when the parser hangs them inside a reported clause.
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT"})


@dataclass
class Roles:
    """Actor and recipient indexes with the reasons they were chosen."""

    actor: list[int] = field(default_factory=list)
    recipient: list[int] = field(default_factory=list)
    why_actor: str = ""
    why_recipient: str = ""


class RoleFinder(ImpliedRecipients):
    """Finds the actor and recipient of a trigger in one doc (the phrase lookups it
    reads are `PhraseActors`')."""

    def subject_actors(self, verb: Token, speech: bool = False) -> tuple[list[int], str]:
        """The subject's actors, climbing control verbs, conjuncts and relative clauses.
        `speech`: the trigger is a speech act, whose conjunct inside a reported clause
        belongs to the reporter ("denied that X fired and accused Y": the denier accuses)."""
        node, controlled = verb, False
        if speech and (reporter := reporter_above(verb)) is not None:
            node = reporter  # "wrote that X had started it, calling the claims a pretext": the writer
        for _ in range(6):
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS] or aux_subject(node)
            if not subjects and (stranded := stranded_subject(node) or participle_subject(node)) is not None:
                # "X entered the town and the army retreated", "elders, gathering ..., pledged": misattached
                subjects = [stranded]
            if not subjects and controlled:
                # "X is expected to travel", "X was ordered to free": the raised subject
                subjects = [c for c in node.children if c.dep_ == "nsubjpass"]
            if subjects:
                found: list[int] = []
                for subj in subjects:
                    found += self.actors_of(subj)
                return found, f"subject of '{node.text}'"
            agents = [c for c in node.children if c.dep_ == "agent"]
            if agents and node is not verb:
                return self._agent_actors(node), f"agent of '{node.text}'"
            if (governor := parenthetical_governor(node)) is not None:
                node, controlled = governor, True  # "the two sides agreed, the ministry said, to reopen"
            elif node.dep_ == "xcomp":
                # control: "asked Russia to pressure" -> Russia; "wants to visit" -> subject
                objects = control_objects(node.head)
                if objects and node.head.lemma_.lower() not in {"help"}:
                    found = self.actors_of(objects[0])
                    if found or node.head.lemma_.lower() not in ORDER_VERBS:
                        return found, f"object of control verb '{node.head.text}'"
                    # "Putin ordered troops to attack": unnamed troops act on the orderer's command
                node, controlled = node.head, True
            elif node.dep_ == "pcomp" and node.head.lower_ in ACCUSED_PREPS and node.head.head.pos_ == "VERB":
                # "accused Rwanda of sending troops", "blamed the army for shelling": the accused acts
                objects = [c for c in node.head.head.children if c.dep_ == "dobj"]
                if objects:
                    return self.actors_of(objects[0]), f"object of '{node.head.head.text} ... {node.head.text}'"
                node = node.head.head
            elif node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                if reduced_passive(node):
                    return [], ""  # "Mosquera, kidnapped in February": the noun is the victim
                return self.actors_of(node.head), f"noun modified by '{node.text}'"
            elif (
                node.dep_ == "conj"
                and node.tag_ in {"VBD", "VBZ"}
                and node.head.dep_ == "xcomp"
                and node.head.tag_ == "VB"
            ):
                # "urged X to free Y and promised aid": a finite verb is no conjunct of the
                # infinitive; it shares the subject of the verb that controls it
                node = node.head.head
            elif (
                node.dep_ == "pcomp"
                and node.head.dep_ == "prep"
                and node.head.lower_ in SUBJECT_GERUND_PREPS
                and node.head.head.pos_ in {"VERB", "AUX"}
            ):
                # "retaliated by expelling", "after meeting X, Y said": the main clause's subject
                # (not "prevented X from entering": X enters)
                node = node.head.head
            elif speech and node.dep_ == "conj" and (reporter := reporter_of(node)) is not None:
                node = reporter  # the reporting verb: "denied that ... and accused"
            elif node.dep_ in {"conj", "advcl", "pcomp", "acomp"}:
                node, controlled = node.head, node.dep_ == "acomp" and controlled
            else:
                break
        return [], ""

    def _prep_recipients(self, heads: list[Token], entry: TriggerEntry) -> list[int]:
        found: list[int] = []
        for head in heads:
            for prep in (c for c in head.children if c.dep_ in {"prep", "dative"} and c.lower_ in entry.recipient):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += self.actors_of(obj)
            if "to" in entry.recipient:
                # "send a team to Chisinau": the small parser makes "to" an infinitive marker
                # of the name ("Chisinau" as a clause); the name is still the destination
                found += [
                    a
                    for c in head.children
                    if c.pos_ == "PROPN" and c.dep_ in {"advcl", "xcomp"} and c.i > head.i
                    and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                    for a in self.actors_of(c)
                ]  # fmt: skip
        return found

    def _partners(self, heads: list[Token]) -> list[int]:
        """The sides a "with"/"between" phrase names ("signed a deal with Azerbaijan")."""
        return [
            a
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in self.actors_of(obj)
        ]

    # -- roles -------------------------------------------------------------------------
    def verb_roles(self, verb: Token, entry: TriggerEntry) -> Roles:
        self.metonymy = True
        try:
            return self._verb_roles(verb, entry)
        finally:
            self.metonymy = True

    def noun_roles(self, noun: Token, entry: TriggerEntry, light_verbs: frozenset[str]) -> Roles:
        self.metonymy = not entry.patient  # "strikes on Kyiv": a city target is a place
        try:
            return self._noun_roles(noun, entry, light_verbs)
        finally:
            self.metonymy = True

    def _verb_roles(self, verb: Token, entry: TriggerEntry) -> Roles:
        roles = Roles()
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            # "was arrested in 2021 and convicted by a court": a participle with a "by" agent
            verb.tag_ == "VBN" and verb.dep_ in {"conj", "advcl"} and any(c.dep_ == "agent" for c in verb.children)
        )
        if passive:
            self.metonymy = not entry.patient
            roles.actor = self._agent_actors(verb)
            if not roles.actor:
                for agent in (c for c in verb.children if c.dep_ == "agent"):
                    for obj in agent.children:
                        roles.actor += self.demonym_actor(obj, entry.event)
            if not roles.actor:
                # "were detained and beaten by police": the agent closes both participles
                for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
                    roles.actor += self._agent_actors(conj)
            roles.why_actor = "agent ('by' phrase) of passive" if roles.actor else ""
            patients: list[int] = []
            for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
                patients += self.actors_of(subj) or (self.possessor_actors(subj) if entry.patient else [])
            if not patients and not any(c.dep_ == "nsubjpass" for c in verb.children):
                # "Were arrested on Monday three activists": translated order, the patient after the verb
                patients = [a for c in verb.children if c.dep_ == "dobj" and c.i > verb.i for a in self.actors_of(c)]
            if not patients and verb.dep_ == "relcl":
                patients = self.actors_of(verb.head)  # "the convoy that was hit"
            if not patients and verb.dep_ in {"conj", "advcl"}:
                # "X was arrested ... and convicted": the shared passive subject
                patients = [a for c in verb.head.children if c.dep_ == "nsubjpass" for a in self.actors_of(c)]
            if entry.event in FORCE_IS_ACTOR and not roles.actor:
                roles.actor, roles.why_actor = patients, "passive subject (the force moved)"
            else:
                roles.recipient, roles.why_recipient = patients, "passive subject"
        else:
            roles.actor, roles.why_actor = self.subject_actors(verb, speech=entry.event in SPEECH_TYPES)
            if entry.event in FORCE_IS_ACTOR and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ORDER_VERBS:
                # "the president ordered troops to deploy": who orders the force moves it
                ordered_by, why = self.subject_actors(verb.head)
                if ordered_by:
                    roles.actor, roles.why_actor = ordered_by, why
            if not roles.actor:
                # "The drone, launched by Hezbollah, hit a base": who launched the weapon acts
                for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in WEAPON_NOUNS):
                    for part in (
                        c for c in subj.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in LAUNCH_VERBS
                    ):  # not "the missile, made by Iran": the maker need not fire it
                        roles.actor += self._agent_actors(part)
                roles.why_actor = "agent of the participle on the weapon" if roles.actor else ""
            if not roles.actor:
                # "Israeli jets struck": the demonym stands for the country's force or state
                for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                    roles.actor = self.demonym_actor(subj, entry.event)
                roles.why_actor = "demonym on the subject" if roles.actor else roles.why_actor
            if verb.dep_ == "acl" and not roles.actor and not entry.patient and missed_main_verb(verb):
                # "Thousands of students protested ...": the parser made the quantifier the root
                roles.actor, roles.why_actor = self.actors_of(verb.head), "quantified subject of a misparsed main verb"
            if verb.dep_ == "acl" and not roles.actor and verb.tag_ == "VBN":
                # "hostages abducted by Hamas": reduced passive on the noun it modifies
                roles.actor = self._agent_actors(verb)
                roles.recipient = self.actors_of(verb.head)
                roles.why_actor, roles.why_recipient = "agent of reduced passive", "noun the participle modifies"
            self.metonymy = not entry.patient  # "shelled Kyiv": the city is the place, not a recipient
            for child in _inverted_objects(verb):
                if child.dep_ == "dobj" and "dobj" in entry.recipient:
                    if child.lemma_.lower() in entry.objects:
                        # "summoned China's ambassador", "expelled three Russian diplomats": their
                        # state; a named envoy is the recipient ("the Austrian ambassador, Peter Weber")
                        named = self.named_person(child)
                        owners = named or self.owner_actors(child)
                        if owners:
                            roles.recipient += owners
                            roles.why_recipient = "envoy named in the object" if named else "owner of the object"
                        continue
                    if child.lemma_.lower() in AUDIENCE:
                        continue
                    found = self.actors_of(child) or (self.possessor_actors(child) if entry.patient else [])
                    if entry.event in FORCE_IS_ACTOR and not roles.actor:
                        roles.actor, roles.why_actor = found, "deployed force (object)"
                    elif found:
                        roles.recipient += found
                        roles.why_recipient = "direct object"
                if child.dep_ == "dative" and ({"dative", "dobj"} & set(entry.recipient)):
                    roles.recipient += self.actors_of(child)
                    roles.why_recipient = roles.why_recipient or "indirect object"
        if entry.event == "REQUEST" and not roles.recipient:
            # "demanding that the government accept a deal": the addressee is the clause's subject
            for comp in (c for c in verb.children if c.dep_ == "ccomp"):
                for subj in (c for c in comp.children if c.dep_ in SUBJECT_DEPS):
                    roles.recipient += self.actors_of(subj)
            roles.why_recipient = "subject of the demanded clause" if roles.recipient else ""
        if not roles.recipient and not passive:
            roles.recipient, roles.why_recipient = self._indirect_recipient(verb, entry)
        if not roles.recipient and entry.event in ADDRESSED_TYPES and verb.dep_ in {"advcl", "xcomp"}:
            # "summoned India's envoy to lodge a protest": the protest goes to whom they summoned
            for obj in (c for c in verb.head.children if c.dep_ == "dobj"):
                roles.recipient += self.actors_of(obj) or self.owner_actors(obj)
            roles.why_recipient = f"object of '{verb.head.text}', whom the act addresses" if roles.recipient else ""
        heads = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "prt", "advmod"}]
        # "sent a plane carrying supplies to Mogadishu": the destination hangs from the participle
        heads += [p for h in heads[1:] for p in h.children if p.dep_ == "acl" and p.tag_ == "VBG"]
        # "sent 40 million euros in aid to Ukraine": the recipient may hang from the measured noun
        heads += [
            g for h in heads[1:] for p in h.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
            for g in p.children if g.dep_ == "pobj"
        ]  # fmt: skip
        found = [r for r in self._prep_recipients(heads, entry) if r not in roles.recipient]
        if found:
            roles.recipient += found
            roles.why_recipient = roles.why_recipient or f"object of '{'/'.join(entry.recipient)}'"
        mutual = (
            (entry.event in SYMMETRIC or entry.mode == "ceasefire")
            and bool(roles.actor)
            and not roles.recipient
            and both_sides_subject(verb)
        )
        return _finish(roles, entry, self._partners(heads), mutual=mutual)

    def _noun_roles(self, noun: Token, entry: TriggerEntry, light_verbs: frozenset[str]) -> Roles:
        roles, patients = Roles(), self.possessor_patients(noun)
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                roles.actor += [a for a in self.token_actor.get(child.i, []) if a not in patients]
            elif child.dep_ == "prep" and child.lower_ == "by":
                for obj in child.children:
                    roles.actor += self.actors_of(obj)
        if roles.actor:
            roles.why_actor = "possessor/modifier/'by' phrase of the noun"
        roles.recipient = [r for r in self._prep_recipients([noun], entry) if r not in roles.actor]
        if not roles.recipient:
            # "an attack by the Houthis on Israel": the parser hangs the target on the agent
            # ("gunmen in Mali", "fighters of Hezbollah": where or whose the agent is, no target)
            roles.recipient = [
                a
                for obj in agent_objects(noun)
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ in entry.recipient and prep.lower_ not in AGENT_OWN_PREPS
                for g in prep.children
                if g.dep_ == "pobj"
                for a in self.actors_of(g)
                if a not in roles.actor
            ]
        if patients:  # "Melia's arrest", "the activists' detention by police": they undergo it
            roles.recipient = [r for r in patients if r not in roles.actor] + roles.recipient
            roles.why_recipient = "possessor who undergoes the act"
        if roles.recipient and not patients:
            roles.why_recipient = f"object of '{'/'.join(entry.recipient)}' on the noun"
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            head = head.head  # "went on strike", "engaged in talks"
        if not roles.actor and noun.dep_ in {"dobj", "attr", "pobj"} and head.lemma_.lower() in light_verbs:
            roles.actor, why = self.subject_actors(head)
            roles.why_actor = f"light verb '{head.text}': {why}" if roles.actor else ""
            found = [r for r in self._prep_recipients([head], entry) if r not in roles.recipient]
            if found:
                roles.recipient += found
                roles.why_recipient = roles.why_recipient or f"object of '{'/'.join(entry.recipient)}' on '{head.text}'"
        elif not roles.actor and noun.dep_ in {"nsubj"} and head.pos_ == "VERB":
            # "a Hamas delegation travelled", "talks between X and Y took place"
            mods = [a for c in noun.children if c.dep_ in MODIFIER_DEPS for a in self.token_actor.get(c.i, [])]
            roles.actor = [a for a in mods if a not in patients]
        elif (
            not roles.actor
            and entry.event == "CONSULT"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ADJUNCT_PREPS
            and head.pos_ == "VERB"
        ):
            # "After talks with the union, the minister said ...": the speaker took part
            roles.actor, why = self.subject_actors(head)
            roles.why_actor = f"subject of the verb '{head.text}' the talks precede: {why}" if roles.actor else ""
        if not roles.actor and (claimer := responsibility_verb(noun)) is not None:
            # "IS claimed responsibility for the attack": who claims it carried it out
            roles.actor, why = self.subject_actors(claimer)
            roles.why_actor = f"claimed responsibility ('{claimer.text}'): {why}" if roles.actor else ""
        if not roles.recipient and noun.dep_ == "nsubj" and head.lemma_.lower() in OUTCOME_VERBS and entry.patient:
            # "air strikes neutralised the attackers": the outcome's object is the target
            objects = [c for c in head.children if c.dep_ == "dobj"]
            roles.recipient = [r for o in objects for r in self.actors_of(o) if r not in roles.actor]
            roles.why_recipient = f"object of '{head.text}'" if roles.recipient else ""
        if not roles.actor:
            roles.actor = self.demonym_actor(noun, entry.event)
            roles.why_actor = "demonym modifier" if roles.actor else ""
        if not roles.recipient and entry.event == "REQUEST" and noun.head.lemma_.lower() in RECEIVING_VERBS:
            # "Kyiv received a request from Moscow", "the plea is examined by the court": asked of them
            if noun.dep_ == "dobj":
                answerer, _ = self.subject_actors(noun.head)
            else:
                answerer = self._agent_actors(noun.head) if noun.dep_ == "nsubjpass" else []
            roles.recipient = [a for a in answerer if a not in roles.actor]
            roles.why_recipient = f"who takes up the request ('{noun.head.text}')" if roles.recipient else ""
        return _finish(roles, entry, self._partners([noun, head]))


def _inverted_objects(verb: Token) -> list[Token]:
    """The verb's children, with the object of a fixed complement put before it in place of
    the complement: "declared persona non grata the consul" (translated agency word order),
    where the parser takes "persona" for the object and hangs the consul below it."""
    children = list(verb.children)
    for fixed in [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in FIXED_COMPLEMENTS]:
        moved = [t for t in fixed.subtree if t.dep_ == "dobj" and t is not fixed and t.i > fixed.i]
        if moved:
            children = [c for c in children if c is not fixed] + moved[:1]
    return children


def _finish(roles: Roles, entry: TriggerEntry, partners: list[int] | None = None, mutual: bool = False) -> Roles:
    """Symmetric and reciprocal acts; `mutual`: the subject names both sides at once
    ("the two sides agreed", "both governments' envoys spoke")."""
    roles.actor = list(dict.fromkeys(roles.actor))
    roles.recipient = [r for r in dict.fromkeys(roles.recipient) if r not in roles.actor]
    if (
        (entry.event in SYMMETRIC or entry.mode == "ceasefire")
        and roles.actor
        and not roles.recipient
        and (mutual or (len(roles.actor) > 1 and entry.mode == "ceasefire"))
    ):
        # "the two sides agreed", "A and B agreed to cease fire": every side acts on the other
        roles.recipient = list(roles.actor)
        roles.why_recipient = "both sides named at once" if mutual else "ceasefire between coordinated actors"
        return roles
    partners = [p for p in partners or [] if p in roles.recipient]
    if entry.event in AGREEMENT_TYPES and roles.actor and partners:
        # "Armenia signed a deal with Azerbaijan": an agreement binds both sides alike
        sides = list(dict.fromkeys(roles.actor + partners))
        roles.actor, roles.recipient = sides, sides + [r for r in roles.recipient if r not in sides]
        roles.why_recipient = "; ".join(filter(None, [roles.why_recipient, "agreement: every side is both"]))
        return roles
    if entry.event in SYMMETRIC and len(roles.actor) > 1 and not roles.recipient:
        roles.recipient = list(roles.actor)
        roles.why_recipient = "symmetric act between coordinated actors"
    elif entry.lemma in RECIPROCAL and roles.actor and len(roles.actor) + len(roles.recipient) > 1:
        # "A and B exchanged fire", "A clashed with B": mutual; a victim of A and B stays a recipient
        sides = list(roles.actor) if len(roles.actor) > 1 else roles.actor + roles.recipient
        roles.actor, roles.recipient = sides, sides + [r for r in roles.recipient if r not in sides]
        roles.why_recipient = "; ".join(
            filter(None, [roles.why_recipient, "reciprocal act: every side acts and receives"])
        )
    elif entry.event == "CONSULT" and entry.mode in MUTUAL_MODES and roles.actor and roles.recipient:
        # "X met Y", "X held talks with Y": a meeting is mutual, both sides meet each other
        both = list(dict.fromkeys(roles.actor + roles.recipient))
        roles.actor, roles.recipient = both, list(both)
        roles.why_recipient += "; mutual meeting: both sides are actor and recipient"
    return roles
