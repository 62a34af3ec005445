"""Event roles: the actor and recipient of a trigger, from the dependency parse.

Every function returns actor indexes (into `doc._.ng_actors`) found through
`doc._.ng_token_actor`, plus a short reason used by `newsgraph explain`:

- verbs: subject (through control verbs, raising passives "is expected to travel",
  adjectives "ready to free", conjuncts, relative clauses and appositions; the accused
  of "accused X of shelling"; the reporter of a speech act the parser hangs inside a
  reported clause) and object or the entry's recipient prepositions; passives and
  reduced passives ("the engineer kidnapped in May") swap to agent / patient, and the
  possessor of a hit thing ("its positions were hit") is the recipient;
- recipients the object only implies: the author of a judged act ("blamed provocations
  by X"), the target of a purpose ("used tear gas to disperse protesters"), the partner
  of suspended trade ("imports from Norway");
- nouns: possessor, compound, "by" phrase and the entry's recipient prepositions; the
  subject of a light verb ("Israel launched strikes") or of the statement a meeting
  precedes ("After talks with X, Y said"); the object of an outcome verb ("strikes
  killed five soldiers"); a demonym ("Israeli strikes") stands for the matching state
  or force when the article names one;
- symmetric acts: coordinated actors are also recipients ("A and B agreed"), and a
  meeting is mutual ("X met Y": both sides are actor and recipient).

Parse facts and word lists live in `nlp/role_syntax.py`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.lexicon import TriggerEntry
from newsgraph.nlp.names import fold
from newsgraph.nlp.role_syntax import (
    ACCUSED_PREPS,
    ADJUNCT_PREPS,
    AUDIENCE,
    FORCE_NOUNS,
    FORCE_PURPOSES,
    MODIFIER_DEPS,
    OUTCOME_VERBS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TRADE_NOUNS,
    conjuncts,
    control_objects,
    in_reported_clause,
    is_member_noun,
    reduced_passive,
)

LOGGER = logging.getLogger(__name__)

# Types whose participants act on each other: "Armenia and Azerbaijan agreed" codes both
# sides as actor and recipient.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Judgements whose target is the author of the act judged: "condemned Russia's attack".
JUDGED_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# Consultations without a direction (not a visit or a hosted round): "X met Y" = "Y met X".
MUTUAL_MODES: frozenset[str | None] = frozenset({None, "phone"})
# Types where a deployed force ("troops were deployed") is the actor, not the target.
FORCE_IS_ACTOR = frozenset({"MOBILIZE"})
MIL_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "THREATEN"})
# Verbal acts whose speaker is the reporter when the parser hangs them inside a reported clause.
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT"})


@dataclass
class Roles:
    """Actor and recipient indexes with the reasons they were chosen."""

    actor: list[int] = field(default_factory=list)
    recipient: list[int] = field(default_factory=list)
    why_actor: str = ""
    why_recipient: str = ""


class RoleFinder:
    """Finds roles for one doc: its token->actor map, actors and demonym lexicon."""

    def __init__(
        self,
        token_actor: dict[int, list[int]],
        actors: list[dict[str, Any]],
        demonyms: dict[str, str],
        capitals: dict[str, str] | None = None,
        country_tokens: dict[int, str] | None = None,
    ) -> None:
        self.token_actor = token_actor
        self.actors = actors
        self.demonyms = demonyms
        self.capitals = capitals or {}
        self.country_tokens = country_tokens or {}  # token index -> alpha3 of a country-place mention
        self.states = {a["country"]: i for i, a in enumerate(actors) if a.get("kind") == "state" and a.get("country")}
        # capital for state ("accused Moscow"); off for the target of an attack on a city
        self.metonymy = True
        self.dateline: dict[str, Any] | None = None  # {"name", "start", "end"}: set per doc

    def capital_state(self, token: Token) -> list[int]:
        """A capital in a participant slot ("accused Moscow") -> its state actor, when named."""
        if not self.metonymy or token.pos_ != "PROPN":
            return []
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
        code = self.capitals.get(fold(" ".join(w.text for w in words))) or self.capitals.get(fold(token.text))
        state = self.states.get(code) if code else None
        return [state] if state is not None else []

    def country_state(self, token: Token) -> list[int]:
        """A country named as a place ("to Ukraine", "from Niger") -> its state actor, when named."""
        code = self.country_tokens.get(token.i)
        if code is None and token.ent_id_.startswith("country:"):
            code = token.ent_id_.split(":", 1)[1]  # "the U.S. statement": a country name as modifier
        state = self.states.get(code) if code else None
        return [state] if state is not None else []

    def in_dateline(self, token: Token) -> bool:
        """Is the token part of the dateline ("PORT-AU-PRINCE, May 9 (Island Wire) -")?"""
        if not self.dateline:
            return False
        end = self.dateline.get("span_end") or self.dateline.get("end") or 0
        return bool(self.dateline.get("start", 0) <= token.idx < end)

    def named_in(self, noun: Token) -> list[int]:
        """The actor a phrase names: its own mention, a name compounded into it ("the Viv
        Ansanm gang coalition"), or a country as a place ("from Niger")."""
        found = self.token_actor.get(noun.i, [])
        if not found:
            found = [
                a for w in noun.lefts for t in w.subtree if t.dep_ == "compound" for a in self.token_actor.get(t.i, [])
            ]
        return list(dict.fromkeys(found)) or self.country_state(noun)

    # -- building blocks ---------------------------------------------------------------
    def actors_of(self, token: Token) -> list[int]:
        """The actors a noun phrase names: its own mention, else its name modifiers or
        apposition ("the spokesman ..., Ali Saad"), else "head of X"; conjuncts too."""
        if self.in_dateline(token):
            # the parser makes "BASRA, Iraq, Aug 12 (Wire) - Basra governor X resigned" one
            # subject: the dateline is where the story is filed, the name after it acts
            return [
                a for c in token.children if c.dep_ == "appos" and not self.in_dateline(c) for a in self.actors_of(c)
            ]
        found = list(self.token_actor.get(token.i, []))
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and not found:
            return self.actors_of(token.head.head)  # "Mosquera, who was kidnapped"
        if found and all(self.actors[a].get("kind") == "group" for a in found if a < len(self.actors)):
            # "Hezbollah fighters", "JNIM militants": the named organisation stands for the group
            # "Gunmen from the Viv Ansanm gang coalition", "fighters of Hezbollah": the same
            owners = [c for c in token.children if c.dep_ in {"compound", "poss", "nmod"}]
            named = [a for c in owners for a in self.token_actor.get(c.i, [])]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
                named += [a for obj in prep.children if obj.dep_ == "pobj" for a in self.named_in(obj)]
            named = [
                a for a in named if a not in found and a < len(self.actors) and self.actors[a].get("kind") != "group"
            ]
            found = named or found
        if not found:
            for child in token.children:
                if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos":
                    found += self.token_actor.get(child.i, [])
                    if child.dep_ in MODIFIER_DEPS:
                        # "government and ELN negotiators": conjoined modifiers
                        for conj in (c for c in child.children if c.dep_ == "conj"):
                            found += self.token_actor.get(conj.i, [])
                    if child.dep_ == "appos" and not found:
                        found += self.actors_of(child)
            if not found and token.lemma_.lower() not in AUDIENCE:
                # "head of X"; "a delegation from Niger and Burkina Faso"
                preps = {"of", "from"} if is_member_noun(token) else {"of"}
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        for obj in conjuncts([c for c in child.children if c.dep_ == "pobj"]):
                            found += self.named_in(obj)
        if not found:
            found = self.capital_state(token)
        if not found and self.metonymy:
            # "send aid to Ukraine": a country named as a place is still the recipient state
            found = self.country_state(token)
        if not found and self.metonymy and token.pos_ == "NOUN" and token.dep_ != "nsubj":
            # "expelled three Russian diplomats": the diplomats' state is the recipient
            found = self.demonym_actor(token, "")
        elif not found and token.lemma_.lower() in FORCE_NOUNS and token.dep_ != "nsubj":
            # "thrown objects at Chinese personnel", "rammed a Chinese vessel": a target that
            # is a force, not a place, stands for that country's force (or state)
            found = self.demonym_actor(token, "ASSAULT")
        for child in token.children:
            if child.dep_ == "conj":
                found += self.actors_of(child)
        return list(dict.fromkeys(found))

    def owner_actors(self, token: Token) -> list[int]:
        """Whose a noun is: its possessor or name modifier ("China's ambassador"), its "of"
        phrase ("the ambassador of France"), else its demonym ("Russian diplomats")."""
        own = set(self.token_actor.get(token.i, []))  # "Russian diplomats" named as a group is not their owner
        found = [a for c in token.children if c.dep_ in MODIFIER_DEPS for a in self.token_actor.get(c.i, [])]
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            found += [a for g in prep.children if g.dep_ == "pobj" for a in self.token_actor.get(g.i, [])]
        return [a for a in dict.fromkeys(found) if a not in own] or self.demonym_actor(token, "")

    def possessor_actors(self, token: Token) -> list[int]:
        """Whose thing underwent the act: "its positions were hit", "one of their convoys"
        (possessors only: "Israeli positions" names no victim by itself)."""
        for noun in [token] + [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]:
            found = [a for c in noun.children if c.dep_ == "poss" for a in self.token_actor.get(c.i, [])]
            if found:
                return found
        return []

    def demonym_actor(self, token: Token, etype: str) -> list[int]:
        """A demonym modifier ("Israeli strikes", "by Tajik fire") -> that country's force
        (military types) or state, when the article names one."""
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
        for child in modifiers:  # "Israeli strikes", "a Russian missile strike"
            country = self.demonyms.get(child.text) or self.demonyms.get(child.text.title())
            if not country:
                continue
            states = [i for i, a in enumerate(self.actors) if a.get("kind") == "state" and a.get("country") == country]
            forces = [
                i
                for i, a in enumerate(self.actors)
                if a.get("kind") == "organization" and a.get("country") == country and a.get("sector") in {"MIL", "POL"}
            ]
            pick = (forces or states) if etype in MIL_TYPES else (states or forces)
            if pick:
                return pick[:1]
        return []

    def subject_actors(self, verb: Token, speech: bool = False) -> tuple[list[int], str]:
        """The subject's actors, climbing control verbs, conjuncts and relative clauses.
        `speech`: the trigger is a speech act, whose conjunct inside a reported clause
        belongs to the reporter ("denied that X fired and accused Y": the denier accuses)."""
        node, controlled = verb, False
        for _ in range(6):
            subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
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
            if node.dep_ == "xcomp":
                # control: "asked Russia to pressure" -> Russia; "wants to visit" -> subject
                objects = control_objects(node.head)
                if objects and node.head.lemma_.lower() not in {"help"}:
                    return self.actors_of(objects[0]), f"object of control verb '{node.head.text}'"
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
            elif speech and node.dep_ == "conj" and in_reported_clause(node):
                node = node.head.head  # the reporting verb: "denied that ... and accused"
            elif node.dep_ in {"conj", "advcl", "pcomp", "acomp"}:
                node, controlled = node.head, node.dep_ == "acomp" and controlled
            else:
                break
        return [], ""

    def _agent_actors(self, verb: Token) -> list[int]:
        found: list[int] = []
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for obj in agent.children:
                if obj.dep_ == "pobj":
                    found += self.actors_of(obj)
        return found

    def _prep_recipients(self, heads: list[Token], entry: TriggerEntry) -> list[int]:
        found: list[int] = []
        for head in heads:
            for prep in (c for c in head.children if c.dep_ in {"prep", "dative"} and c.lower_ in entry.recipient):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += self.actors_of(obj)
        return found

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
            if not roles.actor:
                # "Israeli jets struck": the demonym stands for the country's force or state
                for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                    roles.actor = self.demonym_actor(subj, entry.event)
                roles.why_actor = "demonym on the subject" if roles.actor else roles.why_actor
            if verb.dep_ == "acl" and not roles.actor and verb.tag_ == "VBN":
                # "hostages abducted by Hamas": reduced passive on the noun it modifies
                roles.actor = self._agent_actors(verb)
                roles.recipient = self.actors_of(verb.head)
                roles.why_actor, roles.why_recipient = "agent of reduced passive", "noun the participle modifies"
            self.metonymy = not entry.patient  # "shelled Kyiv": the city is the place, not a recipient
            for child in verb.children:
                if child.dep_ == "dobj" and "dobj" in entry.recipient:
                    if child.lemma_.lower() in entry.objects:
                        # "summoned China's ambassador", "expelled three Russian diplomats": their state
                        owners = self.owner_actors(child)
                        if owners:
                            roles.recipient += owners
                            roles.why_recipient = "owner of the object"
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
        return _finish(roles, entry)

    def _indirect_recipient(self, verb: Token, entry: TriggerEntry) -> tuple[list[int], str]:
        """Recipients the object only implies: the author of a blamed or praised act
        ("blamed provocations by the Kyrgyz side", "condemned Russia's attack"), and the
        object of a purpose clause ("used tear gas to disperse protesters")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if entry.event in JUDGED_TYPES:
            for obj in objects:
                found = [
                    a
                    for c in obj.children
                    if c.dep_ in {"poss", "compound", "nmod"}
                    for a in self.token_actor.get(c.i, []) or self.country_state(c)
                ]
                for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
                    found += [a for g in prep.children if g.dep_ == "pobj" for a in self.actors_of(g)]
                if found:
                    return found, f"author of the {obj.text} judged"
        if entry.event == "SANCTION":
            # "suspended imports of salmon from Norway": the trading partner is the target
            for obj in (o for o in objects if o.lemma_.lower() in TRADE_NOUNS):
                for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"from", "to", "with"}):
                    found = [a for g in prep.children if g.dep_ == "pobj" for a in self.actors_of(g)]
                    if found:
                        return found, f"partner of the suspended {obj.text}"
        if entry.patient:
            for purpose in (c for c in verb.children if c.dep_ in {"xcomp", "advcl"}):
                if purpose.lemma_.lower() in FORCE_PURPOSES and any(
                    a.lower_ == "to" for a in purpose.children if a.dep_ == "aux"
                ):
                    found = [a for o in purpose.children if o.dep_ == "dobj" for a in self.actors_of(o)]
                    if found:
                        return found, f"object of the purpose '{purpose.text}'"
        return [], ""

    def _noun_roles(self, noun: Token, entry: TriggerEntry, light_verbs: frozenset[str]) -> Roles:
        roles = Roles()
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                roles.actor += self.token_actor.get(child.i, [])
            elif child.dep_ == "prep" and child.lower_ == "by":
                for obj in child.children:
                    roles.actor += self.actors_of(obj)
        if roles.actor:
            roles.why_actor = "possessor/modifier/'by' phrase of the noun"
        roles.recipient = [r for r in self._prep_recipients([noun], entry) if r not in roles.actor]
        if roles.recipient:
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
            roles.actor = [a for c in noun.children if c.dep_ in MODIFIER_DEPS for a in self.token_actor.get(c.i, [])]
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
        if not roles.recipient and noun.dep_ == "nsubj" and head.lemma_.lower() in OUTCOME_VERBS and entry.patient:
            # "air strikes neutralised the attackers": the outcome's object is the target
            objects = [c for c in head.children if c.dep_ == "dobj"]
            roles.recipient = [r for o in objects for r in self.actors_of(o) if r not in roles.actor]
            roles.why_recipient = f"object of '{head.text}'" if roles.recipient else ""
        if not roles.actor:
            roles.actor = self.demonym_actor(noun, entry.event)
            roles.why_actor = "demonym modifier" if roles.actor else ""
        return _finish(roles, entry)


def _finish(roles: Roles, entry: TriggerEntry) -> Roles:
    roles.actor = list(dict.fromkeys(roles.actor))
    roles.recipient = [r for r in dict.fromkeys(roles.recipient) if r not in roles.actor]
    if entry.event in SYMMETRIC and len(roles.actor) > 1 and not roles.recipient:
        roles.recipient = list(roles.actor)
        roles.why_recipient = "symmetric act between coordinated actors"
    elif entry.event == "CONSULT" and entry.mode in MUTUAL_MODES and roles.actor and roles.recipient:
        # "X met Y", "X held talks with Y": a meeting is mutual, both sides meet each other
        both = list(dict.fromkeys(roles.actor + roles.recipient))
        roles.actor, roles.recipient = both, list(both)
        roles.why_recipient += "; mutual meeting: both sides are actor and recipient"
    return roles
