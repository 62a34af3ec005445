"""Unnamed groups of people that take part in an event (docs/gold-format.md, "Actors"): a
plural noun phrase whose head names people (`data/person_nouns.yaml`), counted ("seven
suspected drug dealers", "at least 11 soldiers", "dozens of pupils"), quantified ("several
lawmakers") or described ("Finnish coast guard officers", "elders from both communities"),
that is the subject, object, passive subject, "by" agent or of/against/on/with object of an
event trigger of the lexicon. Such a phrase becomes a group actor; "31 others" joined to it
and a later "the seven men" refer to it. Counted soldiers or people killed or injured stay
the event's size ("12 soldiers were killed").

`participant_groups` runs after the collectives of `CollectiveFinder` (`nlp/collectives.py`).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_model import Actor, uncounted
from newsgraph.nlp.collective_grammar import HEDGES, is_counted, member_of_org, quantity_of, right_extent
from newsgraph.nlp.extensions import NOMINAL, indexes_where
from newsgraph.nlp.lexicon import Lexicon
from newsgraph.nlp.names import fold

LOGGER = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data" / "person_nouns.yaml"
# Prepositions whose object takes part in the trigger they hang on ("attack on", "deal with").
PARTICIPANT_PREPS = {"by", "of", "against", "on", "with"}
# Determiners and quantifiers that make a plural an unnamed group ("several lawmakers").
GROUP_DETERMINERS = {"some", "several", "many", "numerous", "dozens", "hundreds", "thousands"}
# Nouns that gather people into one group ("a group of international bondholders").
GROUP_NOUNS = {"group", "band", "team", "delegation", "number", "batch", "contingent"}
PLURAL_TAGS = {"NNS", "NNPS"}


@dataclass(frozen=True)
class PersonWords:
    """The lists of `data/person_nouns.yaml`."""

    heads: frozenset[str]
    suffixes: tuple[str, ...]
    not_heads: frozenset[str]
    captives: frozenset[str]


@functools.lru_cache(maxsize=2)
def load_person_words(path: Path = DATA) -> PersonWords:
    """The person nouns, read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def words(key: str) -> list[str]:
        return [str(w).lower() for w in data.get(key) or []]

    return PersonWords(
        frozenset(words("heads")), tuple(words("suffixes")), frozenset(words("not_heads")), frozenset(words("captives"))
    )


_TRIGGERS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def trigger_lemmas(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The verb and noun trigger lemmas of the event lexicon, computed once per lexicon."""
    key = id(lexicon.triggers)
    if key not in _TRIGGERS:
        verbs = frozenset(lemma for lemma, pos in lexicon.triggers if pos == "VERB")
        nouns = frozenset(lemma for lemma, pos in lexicon.triggers if pos == "NOUN")
        _TRIGGERS[key] = (verbs, nouns)
    return _TRIGGERS[key]


def person_lemma(token: Token) -> str:
    """The singular lower-case lemma, also for capitalised plurals tagged as names ("Gunmen")."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" or lemma == token.lower_:
        low = token.lower_
        if low.endswith("men"):
            return low[:-3] + "man"
        if low.endswith("ies"):
            return low[:-3] + "y"
        if low.endswith("s"):
            return low[:-1]
    return lemma


def is_person_noun(token: Token, words: PersonWords) -> bool:
    """A noun for people: listed, or with a person ending ("unionists", "technicians")."""
    lemma = person_lemma(token)
    if lemma in words.not_heads:
        return False
    if token.ent_id_ or token.ent_type_ in {"NORP", "GPE"}:
        return False  # "two South Africans", "Palestinians": often named people, or the state
    if lemma in words.heads:
        return True
    return len(lemma) >= 6 and lemma.endswith(words.suffixes) and lemma.isalpha()


def event_role(token: Token, verbs: frozenset[str], nouns: frozenset[str]) -> Token | None:
    """The trigger the group takes part in, as subject, object, passive subject, "by" agent or
    object of of/against/on/with; None when it has none."""
    role = token
    while role.dep_ == "conj":
        role = role.head
    role = quantity_of(role) or role  # "dozens of pupils": the role of "dozens"
    if role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.lemma_.lower() in GROUP_NOUNS:
        role = role.head.head  # "a group of bondholders": the role of "group"
    dep, head = role.dep_, role.head
    if dep in {"nsubj", "nsubjpass", "dobj", "dative"} and head.pos_ in {"VERB", "AUX"}:
        return _verb_trigger(head, verbs)
    if dep == "pobj" and head.lower_ in PARTICIPANT_PREPS:
        governor = head.head
        if head.dep_ == "agent" or governor.pos_ == "VERB":
            return _verb_trigger(governor, verbs)
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in nouns:
            return governor
    return None


def _verb_trigger(verb: Token, verbs: frozenset[str]) -> Token | None:
    """The verb when it is a trigger, else a trigger it controls ("pledged to return")."""
    if verb.lemma_.lower() in verbs:
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in verbs), None)


def is_group_phrase(token: Token) -> bool:
    """Counted, quantified or described: "seven dealers", "several lawmakers", "two Finnish
    officers" is counted, "garment workers", "elders from both communities" described; not
    a bare plural ("officers seized") nor one with only a demonym ("Israeli hostages")."""
    if is_counted(token) or quantity_of(token) is not None:
        return True
    for child in token.lefts:
        if child.lower_ in GROUP_DETERMINERS:
            return True
        if child.dep_ in {"amod", "compound"} and not (child.ent_id_ or child.ent_type_ in {"NORP", "GPE"}):
            return True  # "garment workers"; a demonym alone describes no group ("Israeli hostages")
    return any(c.dep_ == "prep" and c.lower_ in {"from", "of"} for c in token.rights)


def is_toll(token: Token, trigger: Token, finder: Any) -> bool:
    """ "12 soldiers were killed", "arrested 200 people": a count of the dead, hurt or held,
    the event's size; victims ("killing 20 civilians") and described people stay actors."""
    lemma = person_lemma(token)
    if lemma in finder.words.victims:
        return False
    counted = is_counted(token) or quantity_of(token) is not None
    if not counted or token.dep_ == "nsubj":
        return False
    verb = trigger.lemma_.lower()
    if verb in finder.words.casualty_verbs or trigger.lower_ in {"dead", "killed"}:
        return True
    return lemma in finder.words.counted_people and verb in finder.words.toll_verbs


def participant_groups(
    finder: Any, doc: Doc, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]], credit_spans: list[Any]
) -> None:
    """Group actors for the unnamed groups of people that take part in an event."""
    words = load_person_words()
    verbs, nouns = trigger_lemmas(finder.lexicon)
    for i in indexes_where(doc, pos=NOMINAL):
        token = doc[i]
        if token.tag_ not in PLURAL_TAGS or i in token_actor or token.dep_ == "compound":
            continue
        if any(a <= token.idx < b for a, b in credit_spans):
            continue
        lemma = person_lemma(token)
        if lemma == "other":
            _others(token, actors, attach, token_actor)  # "seven dealers and 31 others": the same group
            continue
        if lemma in finder.institutions or not is_person_noun(token, words):
            continue  # "both governments": the states; "seven vehicles": no people
        if any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.lefts):
            _definite_group(finder, token, actors, attach, token_actor)  # "the seven men", "the detainees"
            continue
        if lemma in finder.lexicon.plural_collectives or any(c.lower_ == "both" for c in token.lefts):
            continue  # "the two leaders", "both sides": the actors named before (collectives.py decides)
        if lemma in finder.lexicon.not_actor_nouns and token.dep_ in {"dobj", "dative", "pobj"}:
            continue  # "briefed journalists": the audience
        if any(c.i in token_actor or c.lemma_.lower() in finder.institutions for c in token.lefts):
            continue  # "PKK terrorists", "coast guard officers": the body's own people
        if lemma in words.captives and any(c.ent_id_ or c.ent_type_ == "NORP" for c in token.lefts):
            continue  # "two Russian hostages": no actor (docs/gold-format.md)
        if member_of_org(token, actors, token_actor) is not None:
            continue  # "agents of the Directorate": the organisation acting
        plain = lemma in finder.words.counted_people
        trigger = event_role(token, verbs, nouns)
        if trigger is None or is_toll(token, trigger, finder):
            continue
        left = finder._modifiers(token)
        if any(t.dep_ == "poss" or t.i in token_actor for t in doc[left : token.i]):
            continue  # "Gide's men", "Hamas fighters": the owner's people
        span = doc[left : max(right_extent(token), _of_extent(token))]
        if any(t.i in token_actor for t in span):
            continue
        if plain or not is_group_phrase(token):
            continue  # "47 people", "retained persons": counted by the collectives, or a toll
        _add_group(finder, span, token, actors, attach)


def _definite_group(
    finder: Any, token: Token, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]]
) -> None:
    """ "the detainees" after "40 detainees", "the seven men" after "seven suspected dealers":
    a definite plural refers to the group named before by the same head or the same count."""
    doc = token.doc
    left = finder._modifiers(token)
    if left != token.i and not all(t.like_num for t in doc[left : token.i]):
        return  # "the detained Laravian fishermen": a description, left to the collectives
    earlier = finder._earlier_group(token, actors)
    count = next((c.lower_ for c in token.lefts if c.dep_ == "nummod"), None)
    if earlier is None and count is not None:
        earlier = next(
            (
                i
                for i in range(len(actors) - 1, -1, -1)
                if actors[i].kind == "group"
                and any(str(m[2]).lower().startswith(count + " ") and m[0] < token.idx for m in actors[i].mentions)
            ),
            None,
        )
    if earlier is not None and token.i not in token_actor:
        attach(doc[left : token.i + 1], earlier, "description")


def _of_extent(token: Token) -> int:
    """ "participants of the protest for disobedience ...": the of-phrase up to its noun."""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.i - prep.i > 4 or obj.pos_ != "NOUN":  # type: ignore[union-attr]
        return token.i + 1
    return obj.i + 1


def _others(token: Token, actors: list[Actor], attach: Any, token_actor: dict[int, list[int]]) -> None:
    """ "seven dealers and 31 others", "shot seven dealers and hauled in 31 others": counted
    others joined to a group, or the object of a verb joined to the verb whose object it is,
    are of that group."""
    if not is_counted(token):
        return
    owners: list[int] | None = None
    if token.dep_ == "conj":
        owners = token_actor.get(token.head.i)
    elif token.dep_ == "dobj" and token.head.dep_ == "conj":
        first = token.head.head
        owners = next((token_actor[c.i] for c in first.children if c.dep_ == "dobj" and c.i in token_actor), None)
    if owners and actors[owners[0]].kind == "group":
        attach(token.doc[token.i : token.i + 1], owners[0], "description")


def _add_group(finder: Any, span: Span, token: Token, actors: list[Actor], attach: Any) -> None:
    """A new group actor for `span`, or the one already named so."""
    doc = token.doc
    name = uncounted(span).text
    index = next(
        (
            i
            for i, a in enumerate(actors)
            if a.kind == "group" and fold(name) in {fold(n) for n in (a.name, *a.aliases)}
        ),
        None,
    )
    if index is None:
        actor = Actor(name=name, kind="group", index=len(actors))
        actor.country, actor.countries_seen = finder._span_country(span)
        actor.sector = finder.profiler.group_sector(span, token, "group")
        actors.append(actor)
        index = len(actors) - 1
    attach(span, index, "name")
    bare = uncounted(doc[span.start : token.i + 1])
    if bare.text != name and bare.text not in actors[index].aliases:
        actors[index].aliases.append(bare.text)  # "participants of the protest": later "the participants"
    first = bare[0]
    if first.lower_ in HEDGES and len(bare) > 1:
        rest = doc[first.i + 1 : token.i + 1].text  # "suspected drug dealers": the drug dealers
        if rest not in actors[index].aliases:
            actors[index].aliases.append(rest)
