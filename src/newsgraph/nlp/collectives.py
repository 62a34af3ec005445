"""Unnamed participants: institutions named by their country ("Russian forces", "the
armed forces of Armenia", "Gazipur police"), sides ("the Kyrgyz side") and collectives
("witnesses", "displaced people", "Relatives of the hostages").

`CollectiveFinder` is mixed into the actor resolver (`nlp/actors.py`).
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_model import RECIPIENT_PREPS, Actor, ActorWords, is_participant, opens_clause, uncounted
from newsgraph.nlp.collective_grammar import (
    HEDGES,
    acting_court,
    all_of,
    authorities_state,
    court_country,
    described_before,
    described_proper_name,
    is_counted,
    is_described,
    is_patient,
    member_of_org,
    named_neighbour,
    quantity_of,
    right_extent,
    speaks_or_acts,
    without_owner_country,
)
from newsgraph.nlp.coref import is_reference
from newsgraph.nlp.extensions import NOMINAL, indexes_where
from newsgraph.nlp.lexicon import Lexicon
from newsgraph.nlp.merging import ActorRegistry
from newsgraph.nlp.names import fold
from newsgraph.nlp.participant_groups import participant_groups
from newsgraph.nlp.profile import Profiler
from newsgraph.nlp.roles import RoleReader

LOGGER = logging.getLogger(__name__)

# Head nouns that, with only a country before them, name the state's military as a whole.
ARMED_HEADS = {"force", "troop", "army", "military"}


class CollectiveFinder(ActorRegistry):
    """Finds institution, side and collective mentions."""

    lexicon: Lexicon
    institutions: dict[str, tuple[str | None, bool]]
    collective: dict[str, str]
    demonyms: dict[str, str]
    roles: RoleReader
    profiler: Profiler
    words: ActorWords

    def _modifiers(self, token: Token) -> int:
        """Leftmost token of the noun's modifiers ("Egyptian and Qatari mediators")."""
        left = token.i
        for child in token.lefts:
            if child.dep_ in {"amod", "compound", "nmod", "nummod"} or (
                child.dep_ == "poss" and child.ent_id_.startswith("country:")
            ):
                left = min(left, child.left_edge.i)
        doc = token.doc
        # never across a dateline or a parenthesis: "Feb 15 (Wire) - Egyptian and Qatari mediators"
        for i in range(token.i - 1, left - 1, -1):
            tok = doc[i]
            if (
                "\n" in tok.text
                or (tok.is_punct and tok.text not in {"-", "'", "’"})
                or (tok.text == "-" and tok.whitespace_)
            ):
                left = i + 1
                break
        while left < token.i and (doc[left].pos_ in {"DET", "PUNCT", "CCONJ"} or doc[left].tag_ == "POS"):
            left += 1
        return left

    def _span_country(self, span: Span) -> tuple[str | None, set[str]]:
        codes: list[str] = []
        for tok in span:
            if tok.ent_id_.startswith(("demonym:", "country:")):
                codes.append(tok.ent_id_.split(":", 1)[1])
            elif tok.text in self.demonyms:
                codes.append(self.demonyms[tok.text])
        distinct = set(codes)
        return (codes[0] if len(distinct) == 1 else None), distinct

    def _of_country(self, token: Token) -> Token | None:
        """ "the armed forces of Armenia": the country after "of"."""
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_id_.startswith("country:"):
                        return obj
        return None

    def _institution_mentions(
        self, doc: Doc, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]], credit_spans: list[Any]
    ) -> None:
        for i in indexes_where(doc, pos=NOMINAL):
            token = doc[i]
            lemma = token.lemma_.lower()
            if token.i in token_actor:
                continue
            if any(a <= token.idx < b for a, b in credit_spans):
                continue
            if lemma == "side":
                self._side(token, actors, attach)
                continue
            if lemma not in self.institutions or token.dep_ == "compound" or lemma == "authority":
                continue
            if self._plain_plural_institution(token, lemma):
                continue  # "seven guards": people, found with the collectives
            left = self._modifiers(token)
            span = doc[left : token.i + 1]
            code, _ = self._span_country(span)
            of_country = self._of_country(token)
            if of_country is not None and code is None:
                code = of_country.ent_id_.split(":", 1)[1]
                span = doc[left : of_country.i + 1]
            span = without_owner_country(span, token)
            mods = [t for t in span if t.i != token.i and t.dep_ != "case"]
            court = acting_court(token, lemma)  # "A court in X jailed ...": an actor without a name
            if court and code is None:
                code = court_country(token)
            if not mods and (lemma != "police" or is_reference(token)) and not court:
                continue  # "the ministry", "the army": a reference, resolved later
            plain = lemma == "police" and all(
                t.ent_id_.startswith(("country:", "demonym:")) or not t.text[:1].isupper() or opens_clause(t)
                for t in mods
            )
            force = self._plain_police(actors, code) if plain else None
            if force is not None:
                # "Police estimated ... riot police fired ... federal police": one force; a named
                # force ("Industrial Police", "Gazipur police") stays apart
                attach(span, force, "name")
                continue
            if not mods:
                # "Riot police fired ... police detained": bare "police" is the police force named last
                earlier = [
                    i
                    for i, a in enumerate(actors)
                    if a.kind == "organization"
                    and a.name.lower().endswith(" police")
                    and any(m[0] < token.idx for m in a.mentions)  # named before this mention
                ]
                if earlier:
                    attach(span, earlier[-1], "name")
                    continue
            if any(token_actor.get(t.i) for t in mods if not t.ent_id_.startswith(("country:", "demonym:"))):
                # "Hamas's armed wing", "the Hamas government": the organisation itself
                owner = next(token_actor[t.i] for t in mods if token_actor.get(t.i))
                if actors[owner[0]].kind == "organization":
                    attach(doc[token.i : token.i + 1], owner[0], "description")
                continue
            sector, is_state = self.institutions[lemma]
            if is_state and code is not None:
                attach(span, self._state(actors, code), "name")  # "the Moldovan government"
                continue
            if not is_participant(token) and token.dep_ not in {"nsubj", "nsubjpass", "pobj", "conj"}:
                continue
            if any(t.lower_ in {"political", "opposition"} for t in mods):
                continue  # "Palestinian political forces" are not armed forces
            if (
                not any(t.text[:1].isupper() or t.ent_id_ for t in mods)
                and code is None
                and lemma != "police"
                and not court
            ):
                continue  # "health ministry", "armed forces": needs a country or a proper name
            key = " ".join(t.lemma_.lower() for t in span if not t.ent_id_ and t.tag_ != "POS") + f"|{code}"
            if plain:
                key = f"police|{code}"
            elif code is not None and lemma in ARMED_HEADS and all(t.ent_id_ for t in mods):
                key = f"military|{code}"  # "Azerbaijani forces", "Azerbaijan's army": the state's military
                index = self._military_of(actors, code)
                if index is not None:
                    actors[index].key = actors[index].key or key
                    attach(span, index, "name")
                    continue
            index = next((i for i, a in enumerate(actors) if a.key == key), None)
            if index is None:
                index = self._headquarters_of(actors, uncounted(span).text)
            if index is None:
                index = self._acronym_owner(actors, span.text)  # "Philippine Coast Guard (PCG)"
                if index is not None:
                    actors[index].country = actors[index].country or code
                    actors[index].key = key
            if index is None and is_reference(token):
                index = described_before(doc, actors, token, mods)
                if index is not None:
                    attach(span, index, "description")  # "the Kurdish-led force": the Kurdish-led SDF
                    continue
            if index is None:
                proper = described_proper_name(token, token_actor)
                name = uncounted(span).text if proper is None else proper.text
                actors.append(Actor(name=name, kind="organization", country=code, index=len(actors), key=key))
                index = len(actors) - 1
                actors[index].sector = self.profiler.institution_sector(span, sector)
                if proper is not None:
                    attach(proper, index, "name")  # "Itamaraty, Brazil's foreign ministry,": its own name
            attach(span, index, "name")

    def _military_of(self, actors: list[Actor], code: str) -> int | None:
        """The state's military found before: by key, or an organisation named by the country and
        an armed head noun alone ("Azerbaijan Army")."""
        for index, actor in enumerate(actors):
            if actor.key == f"military|{code}":
                return index
        for index, actor in enumerate(actors):
            words = actor.name.replace("'s", "").split()
            if actor.kind == "organization" and actor.country == code and len(words) == 2:
                if words[-1].lower() in {"army", "forces", "military", "troops"} and (
                    words[0] in self.demonyms or words[0] in self.lexicon.countries
                ):
                    return index
        return None

    @staticmethod
    def _headquarters_of(actors: list[Actor], name: str) -> int | None:
        """ "the Turkish Coast Guard" after "the Turkish Coast Guard Command": the same body."""
        key = fold(name)
        for index, actor in enumerate(actors):
            words = fold(actor.name).split()
            if actor.kind == "organization" and words[-1:] == ["command"] and " ".join(words[:-1]) == key:
                return index
        return None

    def _plain_police(self, actors: list[Actor], code: str | None) -> int | None:
        """The police force already found under a plain name ("police", "riot police") in a
        country that fits."""
        for index, actor in enumerate(actors):
            if actor.key.startswith("police|"):
                other = actor.key.split("|", 1)[1]
                if code is None or other in {code, "None"}:
                    return index
        return None

    def _side(self, token: Token, actors: list[Actor], attach: Any) -> None:
        """ "the Kyrgyz side": the state."""
        span = token.doc[self._modifiers(token) : token.i + 1]
        code, _ = self._span_country(span)
        if (code is not None and is_reference(token)) or (code is not None and len(span) == 2):
            attach(
                token.doc[span.start - 1 if span.start > 0 else span.start : token.i + 1],
                self._state(actors, code),
                "description",
            )

    def _collective_lemma(self, token: Token) -> str:
        """The lemma; a capitalised collective tagged as a name ("Gunmen stormed", "Protesters
        marched") is looked up by its lower-case singular."""
        lemma = token.lemma_.lower()
        if lemma in self.collective or token.tag_ not in {"NNP", "NNPS"} or not token.is_title:
            return lemma
        low = token.lower_
        candidates = [low[:-3] + "man"] if low.endswith("men") else []
        candidates += [low[:-3] + "y"] if low.endswith("ies") else []
        candidates += [low[:-1], low] if low.endswith("s") else [low]
        return next((c for c in candidates if c in self.collective), lemma)

    def _counted_people(self, token: Token) -> bool:
        """ "freed 11 women", "Hundreds of people marched": counted plain people who act or
        undergo an act that is not a toll ("23 people were killed", "arrested 200 people")."""
        if token.lemma_.lower() not in self.words.counted_people:
            return False
        return self._counted_role(token, self.words.toll_verbs | self.words.casualty_verbs)

    def _counted_role(self, token: Token, tolls: frozenset[str]) -> bool:
        """Counted, and the subject or patient of a verb that is not one of `tolls`."""
        role = quantity_of(token) or token
        if role is token and not is_counted(token):
            return False
        while role.dep_ == "conj":
            role = role.head
        if role.dep_ not in {"nsubj", "nsubjpass", "dobj", "agent"} or role.head.pos_ not in {"VERB", "AUX"}:
            return False
        if role is token and role.dep_ == "nsubj" and token.lemma_.lower() in self.words.counted_people:
            return False  # "around 55,000 people took part": a figure; "Hundreds of people marched" acts
        verb = role.head
        return verb.lemma_.lower() not in tolls and verb.lower_ not in {"dead", "killed"}

    def _plain_plural_institution(self, token: Token, lemma: str) -> bool:
        """ "seven guards", "prison guards": people, not a Coast or National Guard."""
        return (
            lemma in self.words.counted_collectives
            and token.tag_ == "NNS"
            and not any(
                c.text[:1].isupper() and not opens_clause(c) for c in token.lefts if c.dep_ in {"amod", "compound"}
            )
        )

    @staticmethod
    def _earlier_group(token: Token, actors: list[Actor]) -> int | None:
        """ "the crew" after "eight crew members", "200 workers were detained" after "thousands of
        garment workers": the group named by that noun before."""
        forms = {token.lemma_.lower(), token.lower_}
        for index in range(len(actors) - 1, -1, -1):
            if actors[index].kind == "group" and forms & set(fold(actors[index].name).split()):
                return index
        return None

    @staticmethod
    def _only_counted(span: Span, token: Token) -> bool:
        """ "More than 200 workers", "the detained workers": the noun with nothing that tells
        one group of it from another (a count or a state it is in)."""
        rest = uncounted(span)
        return all(t.i == token.i or t.tag_ == "VBN" or t.pos_ == "DET" for t in rest)

    def _collective_mentions(
        self, doc: Doc, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]], credit_spans: list[Any]
    ) -> None:
        for i in indexes_where(doc, pos=NOMINAL):
            token = doc[i]
            if token.i in token_actor:
                continue
            if any(a <= token.idx < b for a, b in credit_spans):
                continue  # "(Meridian Press)": the outlet's credit
            lemma = self._collective_lemma(token)
            kind = self.collective.get(lemma)
            if kind is None or (
                lemma in self.institutions and lemma != "authority" and not self._plain_plural_institution(token, lemma)
            ):
                continue
            if lemma in self.institutions and lemma != "authority":
                kind = "group"  # "seven guards": people
            if token.dep_ == "compound" or not (
                is_participant(token) or (token.dep_ == "pobj" and token.head.lower_ in RECIPIENT_PREPS)
            ):
                continue
            if lemma in self.lexicon.plural_collectives and (token.tag_ not in {"NNS", "NNPS"} or is_reference(token)):
                continue  # "the special representative": one person; "the two leaders": named before
            if lemma in self.lexicon.modified_collectives and any(
                c.dep_ == "compound" and c.lemma_.lower() in self.institutions for c in token.lefts
            ):
                continue  # "police officers", "army officers": the institution's own people
            whole = all_of(token) if lemma in self.lexicon.modified_collectives else None
            people = self._counted_people(token)
            if lemma in self.lexicon.modified_collectives and not is_described(token) and whole is None and not people:
                continue  # "people" alone is no actor; "displaced people", "all parties", "47 people were held" are
            if lemma in self.words.victims and not is_patient(token):
                continue  # "killing 20 civilians", not "attacks on civilians", "3 civilians died"
            counted_ok = people or (
                lemma in self.words.counted_collectives
                and (
                    not (is_counted(token) or quantity_of(token))
                    or self._counted_role(token, self.words.casualty_verbs)
                )
            )
            if kind == "group" and not speaks_or_acts(token, counted_ok or lemma in self.words.victims):
                continue  # "relatives", "12 soldiers were killed": mentioned, not acting
            if lemma in self.lexicon.not_actor_nouns and token.dep_ in {"dobj", "dative", "pobj"}:
                continue  # "told reporters"
            if (token.dep_ == "appos" and token.head.ent_type_ == "PERSON") or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children
            ):
                continue  # a description of a named person
            described_person = next(
                (o for o in token_actor.get(token.head.i, []) if actors[o].kind == "person"),
                None,
            )
            if token.dep_ == "appos" and described_person is not None:
                # "Yair Mizrahi, a 71-year-old farmer,": the person, even when the model missed the name's type
                attach(doc[self._modifiers(token) : token.i + 1], described_person, "description")
                continue
            left = self._modifiers(token)
            named = named_neighbour(token, actors, token_actor)
            if named is not None:
                # "Syrian state news agency SANA", "the Archive, an independent monitor,": a description
                attach(doc[left : token.i + 1], named, "description")
                continue
            member_of = member_of_org(token, actors, token_actor) if lemma in self.words.member_nouns else None
            if member_of is not None:
                attach(doc[left : token.i + 1], member_of, "description")  # "Gunmen from the X gang"
                continue
            owner = next((token_actor[t.i][0] for t in doc[left : token.i] if token_actor.get(t.i)), None)
            if owner is not None and actors[owner].kind == "organization":
                attach(doc[token.i : token.i + 1], owner, "description")  # "Hamas fighters"
                continue
            bare_mass = lemma in self.words.bare_mass_collectives and not any(c.dep_ == "det" for c in token.lefts)
            mass = token.tag_ in {"NN", "NNP"} and (lemma in self.words.mass_collectives or bare_mass)  # "armed youth"
            if mass and any(
                c.dep_ == "prep" and c.lower_ == "at" and any(g.like_num for g in c.subtree)
                for c in token.head.children
            ):
                continue  # "Police estimated the crowd at 14,500": a figure
            if is_reference(token) and left == token.i and right_extent(token) == token.i + 1:
                earlier = self._earlier_group(token, actors) if mass else None
                if earlier is not None:
                    attach(doc[token.i : token.i + 1], earlier, "description")
                if not mass or earlier is not None or lemma == "crowd":  # "the crowd": the protesters, by coref
                    continue  # "the officials": a reference, not a new actor; "the population" is one
            end = right_extent(token)
            person = next(
                (o for t in doc[token.i + 1 : end] for o in token_actor.get(t.i, []) if actors[o].kind == "person"),
                None,
            )
            if token.tag_ not in {"NN", "NNP"}:
                person = None  # "Relatives of X" are not X
            if person is not None:
                # "spokesperson of the ministry Lin Haoyu": a description of the named person
                attach(doc[left:end], person, "description")
                continue
            if whole is not None:
                left = whole.i
            span = doc[left:end]
            singular = (
                token.tag_ in {"NN", "NNP"} and kind != "media" and lemma not in {"police", "authority"} and not mass
            )
            if singular and not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the", "one"} for c in token.lefts):
                if not any(c.dep_ in {"amod", "compound"} for c in token.lefts):
                    continue
            if lemma == "authority":
                state = authorities_state(span, token, self._span_country(span))
                if state is not None:
                    # "Croatian authorities", "Kenya's authorities": the state (gold convention)
                    attach(span, self._state(actors, state), "description")
                    continue
                kind = "group"
            name = span.text if whole is not None else uncounted(span).text
            head = uncounted(doc[left : token.i + 1]).text  # "Family members" of "Family members of X"
            index = next(
                (
                    i
                    for i, a in enumerate(actors)
                    if a.kind in {"media", "group", "person"} and fold(name) in {fold(n) for n in (a.name, *a.aliases)}
                ),
                None,
            )
            if index is None and not singular and whole is None and self._only_counted(span, token):
                index = self._earlier_group(token, actors)
                if index is not None:
                    attach(span, index, "description")  # "200 workers were detained": the workers named before
                    continue
            if index is None:
                actor = Actor(name=name, kind="person" if singular else kind, index=len(actors))
                code, seen = self._span_country(span)
                actor.country = code
                actor.countries_seen = seen
                actor.sector = self.profiler.group_sector(span, token, kind)
                if singular:
                    self.roles.add_role(actor, token.text, None)
                actors.append(actor)
                index = len(actors) - 1
            named_inside = {t.i: token_actor[t.i] for t in doc[token.i + 1 : end] if t.i in token_actor}
            attach(span, index, "name")
            token_actor.update(named_inside)  # "Relatives of X": X's words stay X's, for "X ... he"
            if end > token.i + 1 and head not in actors[index].aliases:
                actors[index].aliases.append(head)  # the article may name it by its head alone
            described = [t for t in doc[left : token.i] if t.dep_ == "amod" and t.is_lower and not t.ent_id_]
            if described and not singular and token.text not in actors[index].aliases:
                actors[index].aliases.append(token.text)  # "young protesters": later "the protesters"
            quantity = quantity_of(token) if people else None
            if quantity is not None:
                counted_name = doc[quantity.i : token.i + 1].text  # "Hundreds of people"
                if counted_name not in actors[index].aliases:
                    actors[index].aliases.append(counted_name)
            if span[0].lower_ in HEDGES and span.end - span.start > 1:
                bare = doc[span.start + 1 : token.i + 1].text  # "Suspected jihadists": the jihadists
                if bare not in actors[index].aliases:
                    actors[index].aliases.append(bare)
        participant_groups(self, doc, actors, attach, token_actor, credit_spans)  # "seven dealers were shot"
