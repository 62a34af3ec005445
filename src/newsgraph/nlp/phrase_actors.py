"""Which actors a phrase names, for the event roles (`nlp/event_roles.py`).

A noun phrase in a participant slot names actors through its own mention, its name
modifiers, apposition or "head of X" phrase, a capital ("accused Moscow") or country
place ("aid to Ukraine") standing for its state, a demonym on someone acting for a state
("expelled three Russian diplomats") or on a force ("Indian and Pakistani troops": each
side's force), a name the parser hangs on the wrong conjunct ("X and his counterpart
Y"), the owner of a summoned envoy, the possessor of a hit position, the "of" phrase of a
quantifier ("most of the PLA's ships", "thousands of students"), the owner of a force a
relative clause names by "whose" ("Turkey, whose jets bombed ..."), and the agent of a passive; a demonym in a
hyphenated word ("Inter-American", "pro-Russian") names no country. No role decisions here: those are `RoleFinder`'s.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.names import fold
from newsgraph.nlp.role_syntax import (
    AUDIENCE,
    FORCE_NOUNS,
    MODIFIER_DEPS,
    RELATIVE_PRONOUNS,
    UNDERGONE_NOUNS,
    acts_for_state,
    conjuncts,
    is_member_noun,
)

LOGGER = logging.getLogger(__name__)

MIL_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "THREATEN"})
# Quantifiers whose "of" phrase names the participants: "most of the PLA's ships".
QUANTIFIERS = frozenset(
    {"most", "some", "all", "many", "several", "few", "part", "rest", "majority", "dozens", "hundreds",
     "thousands", "tens", "scores", "millions"}
)  # fmt: skip


def _hyphenated(token: Token) -> bool:
    """Is the word the second half of a hyphenated compound ("Inter-American", "pro-Russian")?"""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_


def _across_break(token: Token) -> bool:
    """Did the parser join the word to its head across a paragraph break (a cut sentence
    run into the agency credit below it)?"""
    lo, hi = sorted((token.i, token.head.i))
    return any(t.is_space and "\n" in t.text for t in token.doc[lo + 1 : hi])


class PhraseActors:
    """The actors the phrases of one doc name: its token->actor map, actors, demonym and
    capital lexicons, and the country places it mentions."""

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
        sides = self.demonym_sides(token)
        if len(sides) > 1:
            found = sides  # "Indian and Pakistani troops": each side's force, when named
        if not found and (token.lower_ in QUANTIFIERS or token.pos_ == "NUM"):
            # "most of the PLA's ships", "two of its jets": the quantified phrase names them
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                found += [a for g in prep.children if g.dep_ == "pobj" for a in self.actors_of(g)]
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and not found:
            return self.actors_of(token.head.head)  # "Mosquera, who was kidnapped"
        if not found and token.head.dep_ == "relcl" and acts_for_state(token):
            if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
                return self.actors_of(token.head.head)  # "Turkey, whose jets bombed X": Turkey's force
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
                            if not _across_break(obj):  # "the departure of the \n\n— AFP": a cut text's credit
                                found += self.named_in(obj)
        if not found:
            found = self.capital_state(token)
        if not found and self.metonymy:
            # "send aid to Ukraine": a country named as a place is still the recipient state
            found = self.country_state(token)
        if not found and self.metonymy and token.pos_ == "NOUN" and token.dep_ != "nsubj" and acts_for_state(token):
            # "expelled three Russian diplomats": the diplomats' state is the recipient
            # (not "Haitian businessmen" nor "Norwegian fish farms": they act for no state)
            found = self.demonym_actor(token, "")
        elif not found and token.lemma_.lower() in FORCE_NOUNS and token.dep_ != "nsubj":
            # "thrown objects at Chinese personnel", "rammed a Chinese vessel": a target that
            # is a force, not a place, stands for that country's force (or state)
            found = self.demonym_actor(token, "ASSAULT")
        for child in token.children:
            if child.dep_ == "conj":
                found += self.actors_of(child)
        found += self._misplaced_appositive(token)
        return list(dict.fromkeys(found))

    def _misplaced_appositive(self, token: Token) -> list[int]:
        """ "Iwaya and his Australian counterpart Penny Wong": the parser hangs the name on
        the first conjunct; it names the unnamed "his counterpart" conjunct."""
        unnamed = [
            c
            for c in token.children
            if c.dep_ == "conj"
            and not self.token_actor.get(c.i)
            and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
            and not any(g.dep_ == "appos" for g in c.children)
        ]
        if not unnamed:
            return []
        return [
            a for c in token.children if c.dep_ == "appos" and c.i > unnamed[0].i for a in self.token_actor.get(c.i, [])
        ]

    def owner_actors(self, token: Token) -> list[int]:
        """Whose a noun is: its possessor or name modifier ("China's ambassador"), its "of"
        phrase ("the ambassador of France"), else its demonym ("Russian diplomats")."""
        own = set(self.token_actor.get(token.i, []))  # "Russian diplomats" named as a group is not their owner
        found = [a for c in token.children if c.dep_ in MODIFIER_DEPS for a in self.token_actor.get(c.i, [])]
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            found += [a for g in prep.children if g.dep_ == "pobj" for a in self.token_actor.get(g.i, [])]
        return [a for a in dict.fromkeys(found) if a not in own] or self.demonym_actor(token, "")

    def named_person(self, token: Token) -> list[int]:
        """The person a noun phrase names by a name inside it ("the Austrian ambassador,
        Peter Weber"), not by its head alone ("China's ambassador": no name)."""
        return [
            a
            for a in self.token_actor.get(token.i, [])
            if a < len(self.actors)
            and self.actors[a].get("kind") == "person"
            and any(t.pos_ == "PROPN" and a in self.token_actor.get(t.i, []) for t in token.subtree if t.i != token.i)
        ]

    def possessor_patients(self, noun: Token) -> list[int]:
        """The person or group a possessive names as undergoing an act noun ("Melia's
        arrest", "the activists' detention"); not a state or organisation, nor a possessor
        with an "of" phrase after the noun: "Russia's arrest of X", "Hamas's release of
        hostages" name the one who acts."""
        if noun.lemma_.lower() not in UNDERGONE_NOUNS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        ):
            return []
        found = [a for c in noun.children if c.dep_ == "poss" for a in self.token_actor.get(c.i, [])]
        kinds = {self.actors[a].get("kind") for a in found if a < len(self.actors)}
        return list(dict.fromkeys(found)) if found and kinds <= {"person", "group"} else []

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
        # "a Russian missile strike"; "a Vanuatu patrol boat": a country named two compounds
        # out stands for its force only on a force or state noun ("the Ukraine peace plan" acts not)
        nested = {"amod", "compound"} if acts_for_state(token) else {"amod"}
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ in nested]
        for child in modifiers:  # "Israeli strikes", "a Russian missile strike"
            if _hyphenated(child):
                continue  # "Inter-American", "pro-Russian": no country's act
            country = self.demonyms.get(child.text) or self.demonyms.get(child.text.title())
            if not country and child.dep_ == "compound" and child.head is not token:
                country = self.country_tokens.get(child.i) or child.ent_id_.removeprefix("country:")
                country = country if country != child.ent_id_ else None
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

    def demonym_sides(self, token: Token) -> list[int]:
        """Coordinated demonyms on a force noun ("Indian and Pakistani troops") -> each
        country's force (else state); empty unless every side is named in the article."""
        if token.lemma_.lower() not in FORCE_NOUNS | {"force", "troop"}:
            return []
        first = [c for c in token.children if c.dep_ == "amod"]
        words = [w for c in first for w in [c] + [g for g in c.children if g.dep_ == "conj"]]
        codes = [self.demonyms.get(w.text) or self.demonyms.get(w.text.title()) for w in words]
        if len(words) < 2 or not all(codes):
            return []
        own, sides = set(self.token_actor.get(token.i, [])), []
        for code in dict.fromkeys(codes):
            pick = [
                i
                for i, a in enumerate(self.actors)
                if a.get("country") == code
                and a.get("kind") == "organization"
                and a.get("sector") == "MIL"
                and i not in own
            ] or [i for i, a in enumerate(self.actors) if a.get("country") == code and a.get("kind") == "state"]
            if not pick:
                return []
            sides.append(pick[0])
        return sides

    def _agent_actors(self, verb: Token) -> list[int]:
        """The "by" phrase of a passive, also where the parser hangs it on the complement:
        "was declared a terrorist by the government" ("by" read as the noun's modifier)."""
        found: list[int] = []
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if not agents and verb.tag_ == "VBN":
            # "was designated a terrorist group by X": the passive's complement read as its object
            comps = {"oprd", "attr", "dobj"} if any(c.dep_ == "auxpass" for c in verb.children) else {"oprd", "attr"}
            agents = [
                p for c in verb.children if c.dep_ in comps
                for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
            ]  # fmt: skip
        for agent in agents:
            for obj in agent.children:
                if obj.dep_ == "pobj":
                    found += self.actors_of(obj)
        return found
