"""Recipients a verb's object only implies, for the event roles (`nlp/event_roles.py`).

- the author of a judged act ("blamed provocations by X", "condemned Russia's attack",
  "turned down an extradition request from Kyiv");
- the addressee of a request ("called Athens to", "called for Israel's withdrawal",
  "demanded an apology from Greece") or protest ("protested to China");
- the partner of suspended trade ("suspended imports from Norway") and the named owner of
  what a sanction hits ("froze Russia's central bank assets");
- the target of a purpose ("used tear gas to disperse protesters").
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from newsgraph.nlp.lexicon import TriggerEntry
from newsgraph.nlp.phrase_actors import PhraseActors
from newsgraph.nlp.role_syntax import AUDIENCE, FORCE_PURPOSES, PATIENT_NOUNS, TRADE_NOUNS, control_objects

LOGGER = logging.getLogger(__name__)

# Judgements whose target is the author of the act judged: "condemned Russia's attack",
# "rejected the union's demand".
JUDGED_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


class ImpliedRecipients(PhraseActors):
    """Recipients found through what the object names, not the object itself."""

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
                # "condemned attacks by X", "turned down an extradition request from Kyiv"
                for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}):
                    found += [a for g in prep.children if g.dep_ == "pobj" for a in self.actors_of(g)]
                if found:
                    return found, f"author of the {obj.text} judged"
        if entry.event == "REQUEST":
            found, why = self._request_addressee(verb, objects)
            if found:
                return found, why
        if entry.event in {"PROTEST", "REQUEST"}:
            # "protested to China", "appealed to the UN": the addressee of a formal protest or plea
            for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "against"}):
                found = [a for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() not in AUDIENCE
                         for a in self.actors_of(g)]  # fmt: skip
                if found:
                    return found, f"addressee ('{prep.text}')"
        if entry.event == "SANCTION":
            # "froze Russia's central bank assets", "blacklisted Iran's oil ministry": the owner
            for obj in objects:
                found = [a for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN" for a in self.actors_of(c)]
                if found:
                    return found, f"owner of the {obj.text}"
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

    def _request_addressee(self, verb: Token, objects: list[Token]) -> tuple[list[int], str]:
        """Whom a request addresses when no object names them: the one whose act is asked
        for ("called for Israel's withdrawal"), or the "from" phrase ("demanded an
        apology from Greece")."""
        if any(c.dep_ == "xcomp" for c in verb.children):
            # "called Athens to end the pushbacks": whom the infinitive is asked of
            found = [a for o in control_objects(verb) for a in self.actors_of(o)]
            if found:
                return found, "whom the infinitive is asked of"
        asked = objects + [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
        for noun in (n for n in asked if n.dep_ in {"dobj", "pobj"} and n.lemma_.lower() not in PATIENT_NOUNS):
            found = [a for c in noun.children if c.dep_ == "poss" for a in self.actors_of(c)]
            if found:
                return found, f"whose {noun.text} is asked for"
        for head in [verb, *objects]:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
                found = [a for g in prep.children if g.dep_ == "pobj" for a in self.actors_of(g)]
                if found:
                    return found, "asked of the 'from' phrase"
        return [], ""
