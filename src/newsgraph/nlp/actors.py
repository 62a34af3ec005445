"""Actors: named and collective participants, grouped into one actor per referent.

Find, then annotate:
1. mentions from named entities (PERSON, ORG, countries acting as states, capitals
   standing for their state), from the gazetteer ids the entity ruler put on them,
   from institutions named by their country ("Russian forces", "Russia's Defence
   Ministry") and from collective sources ("Israeli media", "witnesses");
2. group mentions into actors (surnames, transliteration variants, acronyms);
3. roles, affiliations, countries, sectors and designations from titles, appositions
   and relative clauses (`nlp/roles.py`, `nlp/profile.py`);
4. pronouns and descriptions ("he", "the minister", "the two men") resolved to actors
   (`nlp/coref.py`).
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_model import Actor, generic, load_actor_words, opens_clause, trim_name
from newsgraph.nlp.collectives import CollectiveFinder
from newsgraph.nlp.coref import References
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import Lexicon
from newsgraph.nlp.merging import untagged_appositive_names
from newsgraph.nlp.name_words import HONORIFICS, TITLE_ABBREVIATIONS
from newsgraph.nlp.names import fold, is_acronym_of, same_person
from newsgraph.nlp.noise import (
    ORG_WORDS,
    NameFilters,
    find_credit_spans,
    find_outlets,
    is_outlet_audience,
    name_after_description,
)
from newsgraph.nlp.org_names import (
    in_text_order,
    organisation_before,
    place_prefixed_names,
    repaired_names,
    spelled_names,
)
from newsgraph.nlp.person_names import names_after_titled_country, with_family_names
from newsgraph.nlp.profile import Profiler, main_country
from newsgraph.nlp.roles import RoleReader
from newsgraph.nlp.state_roles import StateRoles

LOGGER = logging.getLogger(__name__)

# Last words of party and movement names, whose demonym belongs to the name ("Serbian Progressive Party").
PARTY_WORDS = {"party", "movement", "front", "alliance", "union", "congress", "league", "coalition"}


class ActorResolver(CollectiveFinder, NameFilters):
    """spaCy component: writes `doc._.ng_actors` and `doc._.ng_token_actor`."""

    def __init__(self, lexicon: Lexicon, gazetteer: Any = None) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.titles = lexicon.titles
        self.collective = lexicon.collective_sources
        self.demonyms = lexicon.demonyms
        self.countries = lexicon.countries
        self.institutions = lexicon.institutions
        self.known = lexicon.actor_index
        self.roles = RoleReader(lexicon.titles, lexicon.demonyms)
        self.profiler = Profiler(lexicon)
        self.words = load_actor_words(lexicon.data_dir / "actor_nouns.yaml")
        self.state_roles = StateRoles(lexicon, lexicon.data_dir / "actor_nouns.yaml")
        from newsgraph.nlp.places import find_dateline  # imported here: places imports this module

        self.find_dateline = find_dateline

    def __call__(self, doc: Doc) -> Doc:
        actors: list[Actor] = []
        token_actor: dict[int, list[int]] = {}

        def attach(span: Span, index: int, how: str) -> None:
            actors[index].add_mention(span, how)
            for tok in span:
                token_actor[tok.i] = [index]

        absorbed = self._absorbed_by_institutions(doc)
        dateline = self.find_dateline(text_of(doc)[:400])
        credit_spans = find_credit_spans(text_of(doc), dateline)
        outlets = find_outlets(text_of(doc))
        main = main_country(doc, dateline, self.gazetteer)
        spelled = spelled_names(doc, actors, attach, self._org)
        prefixed = place_prefixed_names(doc)
        repaired_names(doc, actors, attach, self._org, self, spelled)  # "Free Papua Movement" cut in two
        for ent in doc.ents:
            joined = prefixed.get(ent.start) or prefixed.get(ent.end)
            if joined is not None and joined.start == ent.start:
                continue  # "West Papua" of "West Papua National Liberation Army": part of the name
            if joined is not None:
                ent = joined
            if ent.start in absorbed or any(a <= ent.start_char < b for a, b in credit_spans):
                continue
            if any(i in spelled for i in range(ent.start, ent.end)):
                continue  # inside "United Kingdom Maritime Trade Operations (UKMTO)": that body's name
            if ent.label_ in {"PERSON", "ORG"} and self._outlet_audience(ent, outlets):
                credit_spans.append((ent.start_char, ent.end_char))  # "told Desert Line": the claim's channel
                continue
            self._named_mention(ent, actors, attach, token_actor)
        for name, title in names_after_titled_country(doc, self.roles.is_title_word):
            if not any(t.i in token_actor for t in name):  # "Minister of Foreign Affairs of Serbia Marko Đurić"
                attach(name, self._person(actors, name.text), "name")
                self.roles.add_role(actors[token_actor[name.start][0]], title.text, None)
        if spelled:
            in_text_order(actors, token_actor)  # the names found first keep their place in the text
        for index, actor in enumerate(actors):
            actor.index = index
        self._repeated_names(doc, actors, attach, token_actor, credit_spans)
        untagged_appositive_names(doc, actors, attach, token_actor, self)
        self._described_organisations(doc, actors, token_actor)
        self._institution_mentions(doc, actors, attach, token_actor, credit_spans)
        self._collective_mentions(doc, actors, attach, token_actor, credit_spans)
        for index, actor in enumerate(actors):
            actor.index = index
        for actor in actors:
            self._annotate(doc, actor, actors, token_actor)
        self.profiler.finish(doc, actors, token_actor, main)

        def main_state() -> int | None:
            if main is None:
                return None
            return self._state(actors, main)

        References(doc, actors, token_actor, self.titles, main_state).run()
        for index, actor in enumerate(actors):
            actor.index = index
            if actor.kind == "state":
                actor.sector = "GOV"
        doc._.ng_actors = [a.as_dict() for a in actors]
        doc._.ng_token_actor = token_actor
        return doc

    def _absorbed_by_institutions(self, doc: Doc) -> set[int]:
        """Token starts of country names that belong to an institution's name ("Russia's Defence Ministry")."""
        absorbed: set[int] = set()
        for ent in doc.ents:
            if not ent.ent_id_.startswith("country:") or ent.end + 1 >= len(doc):
                continue
            if doc[ent.end].tag_ != "POS":
                continue
            head = doc[ent.end + 1]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if (
                head.lemma_.lower() in self.institutions
                and head.i - ent.end <= 4
                and generic(doc[ent.end + 1 : head.i + 1])
            ):
                absorbed.add(ent.start)
        return absorbed

    def _org_worded(self, span: Span) -> bool:
        return any(t.lower_ in ORG_WORDS or t.lemma_.lower() in self.institutions for t in span)

    def _part_found_before(self, span: Span, actors: list[Actor], token_actor: dict[int, list[int]]) -> int | None:
        """An organisation found from a piece of this longer name ("Lanka Tea Manufacturers" of
        "Lanka Tea Manufacturers and Exporters Association (LTMEA)"): it takes the whole name."""
        owners = {token_actor[t.i][0] for t in span if t.i in token_actor}
        if len(owners) != 1:
            return None
        actor = actors[owners.pop()]
        if actor.kind != "organization" or any(not span.start_char <= m[0] < span.end_char for m in actor.mentions):
            return None
        actor.mentions.clear()
        actor.names.clear()
        actor.aliases.clear()
        actor.name = span.text
        return actor.index if actor.index >= 0 else actors.index(actor)

    def _common_institution(self, span: Span) -> bool:
        root = span.root
        return root.lemma_.lower() in self.institutions and all(
            t.i == root.i or opens_clause(t) or not t.text[:1].isupper() for t in span
        )

    def _outlet_audience(self, ent: Span, outlets: set[str]) -> bool:
        span = trim_name(ent)
        known = self.known.get(span.text.casefold())
        return (known is None or known.kind == "media") and is_outlet_audience(span, outlets)

    def _named_mention(self, ent: Span, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]]) -> None:
        label = ent.label_
        ent_id = ent.ent_id_
        if label not in {"PERSON", "ORG", "GPE"} or ent_id.startswith(("region:", "site:", "demonym:")):
            return
        span = trim_name(ent)
        if "\n" in span.text:  # the model ran a name across a paragraph break
            after = [t for t in span if t.idx > span.start_char + span.text.rfind("\n")]
            if not after:
                return
            span = span.doc[after[0].i : span.end]
        if not span.text.strip() or not span.text[-1].isalnum():
            return  # "Al-" cut from "Al-Amal"
        if label == "PERSON" and all(
            t.text == "." or t.lower_.rstrip(".") in HONORIFICS or t.lower_.rstrip(".") in TITLE_ABBREVIATIONS
            for t in span
        ):
            return  # "Col" of "Col. Ramon Dizon", cut off by the full stop: a title, no one's name
        doc = span.doc
        if label == "PERSON" and not ent_id and self._described_as_institution(span):
            label = "ORG"  # "Torre Tagle, Peru's foreign ministry,": no person
        if label in {"PERSON", "ORG"} and not ent_id and self.known.get(span.text.casefold()) is None:
            name, front = name_after_description(span)
            if front is not None and (label == "PERSON" or self._org_worded(front)):
                # "the spokesman of the Foreign Ministry Mehdi Sadeghpour": an organisation, then a person
                if self._org_worded(front) and front[-1].lower_ in ORG_WORDS:
                    self._named_mention(Span(doc, front.start, front.end, label="ORG"), actors, attach, token_actor)
                ent, span, label = Span(doc, name.start, name.end, label="PERSON"), name, "PERSON"
        if span[-1].lower_ == "of" and span.end < len(doc) and doc[span.end].ent_id_.startswith("country:"):
            nxt = next(e for e in doc.ents if e.start == span.end)
            span = doc[span.start : nxt.end]  # "Federal Government of Somalia"
        if label == "PERSON" and not ent_id:
            if span[-1].lemma_.lower() in self.institutions:
                return  # "Gazipur police": an institution, found with the others
            span = self._strip_titles(with_family_names(self._with_given_names(span)))
            org = organisation_before(span)
            if org is not None:
                # "the Russian Foreign Ministry Yelena Sorokina": the ministry is an actor of its own
                self._named_mention(Span(doc, org.start, org.end, label="ORG"), actors, attach, token_actor)
        known = self.known.get(span.text.casefold())
        if known is None and label != "GPE" and self._in_place_phrase(span):
            return
        if known is None and label == "ORG" and self._common_institution(span):
            return  # "Riot police" opening a sentence: found with the institutions
        if known is None and label == "ORG":
            earlier = self._capitalised_reference(span, actors)
            if earlier is not None:
                attach(span, earlier, "description")  # "the Command" after "the Turkish Coast Guard Command"
                return
        acronym_of = (
            self._acronym_owner_before(span, actors, token_actor)
            if known is None or known.kind == "organization"
            else None
        )
        if acronym_of is None and known is not None and known.kind == "organization" and span.text.isupper():
            # "the Coalition of Patriots for Change (CPC) ... The CPC said": the article's own
            # acronym outweighs the gazetteer's reading of the same letters
            acronym_of = next(
                (
                    i
                    for i, a in enumerate(actors)
                    if a.kind == "organization" and a.known is None and span.text in a.aliases
                ),
                None,
            )
        if acronym_of is not None:
            attach(span, acronym_of, "name")  # "Serbian Progressive Party (SNS)"
            return
        if (
            (label == "PERSON" or (label == "ORG" and not span.text.isupper() and not self._org_worded(span)))
            and known is None
            and any(a.kind == "person" and same_person(span.text, a.name) for a in actors)
        ):
            # "Mahmoud Abbas ... Abbas met": the surname of a person named before, not a town;
            # "Djuric said": a person the model took for an organisation
            attach(span, self._person(actors, span.text), "name")
            return
        if label == "GPE" or (known is None and self._is_place(span)):
            if any(t.i in token_actor for t in span):
                return  # already part of a name ("Federal Government of Somalia")
            self._state_mention(span, ent_id, actors, attach)
            return
        if known is not None:
            index = self._find_known(actors, known, span.text)
        elif label == "PERSON" or self._looks_like_person(span):
            index = self._person(actors, span.text)
        else:
            if self._not_an_org(span):
                return
            state = self._government_of(span)
            if state is not None:
                attach(span, self._state(actors, state), "name")  # "Federal Government of Somalia"
                return
            span, code = self._with_country_prefix(self._with_name_words(self._with_compound_words(span)))
            part = self._part_found_before(span, actors, token_actor)
            index = part if part is not None else self._org(actors, span.text)
            if code:
                actors[index].country = actors[index].country or code
        attach(span, index, "name")
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            short = doc[span.end + 1 : span.end + 2]
            if short.start not in token_actor and is_acronym_of(short.text, span.text):
                attach(short, index, "name")  # "(PSUV)" the model left untagged: the same body

    def _with_compound_words(self, span: Span) -> Span:
        """ "the Turkish Coast Guard [Command]": capitalised words the model left out before an
        organisation's name that the parse reads as part of it (compounds of a word inside it)."""
        doc = span.doc
        start = span.start
        while start > 0 and start > span.start - 4:
            tok = doc[start - 1]
            if tok.dep_ != "compound" or not start <= tok.head.i < span.end or "\n" in tok.whitespace_:
                break
            if not (tok.is_title or tok.is_upper) or tok.ent_type_ not in {"", "NORP", "ORG"} or opens_clause(tok):
                break
            if self.roles.is_title_word(tok.text) or tok.lower_ in self.titles:
                break
            start -= 1
        if start < span.start and not doc[start].ent_id_.startswith("demonym:"):
            # a demonym alone is left to `_with_name_words` and `_with_country_prefix`
            return doc[start : span.end]
        if start < span.start and start + 1 < span.start:
            return doc[start : span.end]
        return span

    def _described_as_institution(self, span: Span) -> bool:
        """A name in apposition with an institution noun ("X, the country's army,") is a body."""
        return any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in self.institutions for c in span.root.children
        ) and not any(self.roles.is_title_word(t.text) for t in span)

    def _capitalised_reference(self, span: Span, actors: list[Actor]) -> int | None:
        """ "the Command", "the Ministry": one capitalised institution word after "the" refers back
        to the latest organisation whose name holds it; it names no organisation of its own."""
        doc = span.doc
        if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the" or span.text.isupper():
            return None
        word = span[0].lower_
        if word not in ORG_WORDS and span[0].lemma_.lower() not in self.institutions:
            return None
        for actor in reversed(actors):
            texts = [actor.name, *actor.aliases, *(m[2] for m in actor.mentions)]
            if actor.kind in {"organization", "media"} and actor.names and any(word in fold(t).split() for t in texts):
                return actor.index if actor.index >= 0 else actors.index(actor)
        return None

    def _with_given_names(self, span: Span) -> Span:
        """ "General Héctor [Mijares Lander]": given names the model left out of the name."""
        doc = span.doc
        start = span.start
        while start > 0 and start > span.start - 2:
            tok = doc[start - 1]
            if not (tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "compound" and not tok.ent_type_):
                break
            if self.roles.is_title_word(tok.text) or tok.lower_ in self.titles or tok.lower_ in ORG_WORDS:
                break
            start -= 1
        return doc[start : span.end]

    def _strip_titles(self, span: Span) -> Span:
        """ "Public Defender Ketevan Lomidze" -> "Ketevan Lomidze" (the title becomes a role)."""
        start = span.start
        doc = span.doc
        while start < span.end - 1:
            two = f"{doc[start].lower_} {doc[start + 1].lower_}"
            if two in self.titles and start < span.end - 2:
                start += 2
            elif (
                doc[start].lower_ in self.titles
                or doc[start].lower_.rstrip(".") in HONORIFICS
                or doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS
                or (doc[start].text == "." and start > span.start)
                or self.roles.is_title_word(doc[start].text)
            ):
                start += 1
            else:
                break
        if start > span.start and span.end - start < 2:
            return span
        return doc[start : span.end]

    def _acts_as_state(self, root: Token) -> bool:
        """A capital in a position only a government fills: subject or agent, object of
        "accuse", "urge", "warn" ..., "called on Kyiv"; never "visit Bamako", "shelled Kyiv"."""
        if root.dep_ in {"nsubj", "nsubjpass", "agent"}:
            return True
        if root.dep_ in {"dobj", "dative"}:
            return root.head.lemma_.lower() in self.words.capital_verbs
        if root.dep_ == "pobj" and root.head.lower_ in {"on", "upon"}:
            return root.head.head.lemma_.lower() in {"call", "prevail", "rely"}
        return False

    def _acronym_owner_before(self, span: Span, actors: list[Actor], token_actor: dict[int, list[int]]) -> int | None:
        """ "Serbian Progressive Party (SNS)": a capitalised short form in parentheses right after
        an organisation's name is that organisation's, whatever its letters stand for."""
        doc = span.doc
        if len(span) != 1 or not span.text.isupper() or len(span.text) < 2 or span.start < 2:
            return None
        if doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
            return None
        owners = token_actor.get(span.start - 2)
        if owners and actors[owners[0]].kind in {"organization", "media"}:
            return owners[0]
        return None

    def _with_name_words(self, span: Span) -> Span:
        """Words of an organisation's name the model left out: "[Exporters Association] (BGMEA)"
        -> the words its acronym spells; "the ruling Serbian [Progressive Party]": a party's or
        movement's demonym."""
        doc = span.doc
        if (
            span.end + 4 < len(doc)
            and doc[span.end].lower_ == "of"
            and doc[span.end + 1].ent_id_.startswith("country:")
        ):
            # "United Socialist Party [of Venezuela] (PSUV)": the country its acronym spells
            country = next((e for e in doc.ents if e.start == span.end + 1), None)
            if country is not None and country.end + 2 < len(doc) and doc[country.end].text == "(":
                longer = doc[span.start : country.end]
                if doc[country.end + 2].text == ")" and is_acronym_of(doc[country.end + 1].text, longer.text):
                    return longer
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            short = doc[span.end + 1].text
            if short.isupper() and not is_acronym_of(short, span.text):
                for start in range(span.start - 1, max(span.start - 7, -1), -1):
                    tok = doc[start]
                    if "\n" in tok.whitespace_ or not (tok.is_title or tok.lower_ in {"and", "of", "for", "&"}):
                        break
                    if is_acronym_of(short, doc[start : span.end].text):
                        return doc[start : span.end]
        if span.start > 0 and span[-1].lower_ in PARTY_WORDS:
            prev = doc[span.start - 1]
            if prev.is_title and (prev.ent_id_.startswith("demonym:") or prev.text in self.demonyms):
                return doc[span.start - 1 : span.end]
        return span

    def _state_mention(self, span: Span, ent_id: str, actors: list[Actor], attach: Any) -> None:
        code = ent_id[len("country:") :] if ent_id.startswith("country:") else None
        code = code or self.countries.get(span.text)
        if code is None and self.gazetteer is not None and self._acts_as_state(span.root):
            # "Moscow said", "Washington accused", "accused Moscow of": a capital stands for its state
            code = self.gazetteer.capitals.get(fold(span.text))
        if code is None or not self.state_roles.takes_part(span.root):
            return
        index = self._state(actors, code)
        attach(span, index, "name")

    def _government_of(self, span: Span) -> str | None:
        """The state an ORG named "(Federal) Government of X" or "X Government" stands for."""
        if span.root.lemma_.lower() != "government":
            return None
        codes = {t.ent_id_.split(":", 1)[1] for t in span if t.ent_id_.startswith(("country:", "demonym:"))}
        return codes.pop() if len(codes) == 1 else None

    def _with_country_prefix(self, span: Span) -> tuple[Span, str | None]:
        """ "Russia's Defence Ministry", "Russian Foreign Ministry": the country joins the name."""
        doc = span.doc
        if not generic(span):
            return span, None  # "Colombia's National Liberation Army" is not the state's army
        start = span.start
        if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_id_.startswith("country:"):
            return doc[start - 2 : span.end], doc[start - 2].ent_id_.split(":", 1)[1]
        if start >= 1:
            prev = doc[start - 1]
            code = (
                prev.ent_id_.split(":", 1)[1] if prev.ent_id_.startswith("demonym:") else self.demonyms.get(prev.text)
            )
            if code:
                return doc[start - 1 : span.end], code
        return span, None

    def _annotate(self, doc: Doc, actor: Actor, actors: list[Actor], token_actor: dict[int, list[int]]) -> None:
        if actor.kind != "person":
            if actor.known is None and actor.kind == "organization":
                self.profiler.org_attributes(actor)
            return

        def actor_at(i: int) -> int | None:
            owners = token_actor.get(i)
            return owners[0] if owners else None

        def describe(span: Span) -> None:
            actor.add_mention(span, "description")
            for tok in span:
                token_actor.setdefault(tok.i, [actor.index])  # names inside keep their own actor

        for start, end in list(actor.names):
            name = doc[start:end]
            self.roles.title_before(doc, start, actor, actor_at)
            self.roles.apposition(doc, name, actor, actor_at, describe)
            self.roles.relative_role(name.root, actor, actor_at)
        if actor.names:
            self._spokesperson_of(doc, actor, actors, token_actor)

    def _spokesperson_of(self, doc: Doc, actor: Actor, actors: list[Actor], token_actor: dict[int, list[int]]) -> None:
        """ "Islamic Jihad denied it. '...,' spokesman Tariq Salameh said": the body just named."""
        role = next((r for r in actor.roles if r["of"] is None and r["title"].startswith("spokes")), None)
        if role is None:
            return
        start = actor.names[0][0]
        sent = doc[start].sent
        floor = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(start - 1, floor - 1, -1):
            owners = token_actor.get(i)
            if owners and actors[owners[0]].kind in {"organization", "state"}:
                role["of"] = owners[0]
                return
