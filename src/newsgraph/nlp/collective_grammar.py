"""Grammar of unnamed collectives: whether a group noun acts, undergoes an act or is only
counted ("Gunmen stormed", "detained 40 workers", "dozens of pupils", "3 civilians died").
Read by `CollectiveFinder` (`nlp/collectives.py`)."""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_model import QUANTIFIERS, RECIPIENT_PREPS, Actor, generic
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.names import fold

LOGGER = logging.getLogger(__name__)

# Hedging modifiers that do not belong to a collective's name ("Suspected jihadists").
HEDGES = {"suspected", "alleged", "presumed", "purported", "apparent"}
# Nouns that count the collective after "of": "dozens of pupils", "Thousands of protesters".
QUANTITY_NOUNS = {"dozens", "hundreds", "thousands", "tens", "scores", "millions", "dozen", "hundred", "thousand"}
DASHES = {"-", "—", "–"}


def described_proper_name(token: Token, token_actor: dict[int, list[int]]) -> Span | None:
    """ "Itamaraty, Brazil's foreign ministry,": an untagged proper name that the institution
    noun stands in apposition to is the institution's own name."""
    head = token.head
    if token.dep_ != "appos" or head.i >= token.i or head.i in token_actor:
        return None
    if head.pos_ != "PROPN" or not head.is_title or head.ent_id_ or head.ent_type_ not in {"", "ORG", "GPE", "PERSON"}:
        return None
    start = head.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if any(t.i in token_actor or not t.is_title for t in token.doc[start : head.i + 1]):
        return None
    return token.doc[start : head.i + 1]


def authorities_state(span: Span, token: Token, country: tuple[str | None, set[str]]) -> str | None:
    """The state of "Kenyan authorities", "Britain's authorities", "the Croatian authorities":
    plural "authorities" whose only modifier is one country (`country`: the span's country and
    all it names); "local authorities", "health authorities" and "the Palestinian Authority" stay
    bodies of their own."""
    code, seen = country
    if token.tag_ not in {"NNS", "NNPS"} or token.i != span.end - 1 or code is None or len(seen) != 1:
        return None
    words = [t for t in span[:-1] if not (t.ent_type_ in {"GPE", "NORP"} or t.tag_ == "POS" or t.is_punct)]
    return code if not words else None


def speaks_or_acts(token: Token, counted_ok: bool = False) -> bool:
    """A collective that is the subject or agent of a verb, a source ("according to"), or an
    uncounted object ("called on Western partners", "protesters were detained"); counted
    objects are casualties of the force they belong to ("killing 12 soldiers") unless
    `counted_ok` ("convicted two student activists", "killing 20 civilians")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in {"nsubj", "agent"}:
        return True
    if token.dep_ == "appos" and any(t.text in DASHES for t in token.doc[token.head.i + 1 : token.i]):
        return True  # "PEMBA, 6 May (ALN) - Armed men attacked": the lead's subject glued to the dateline
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0:
        if token.doc[token.head.i - 1].lower_ == "according":
            return True
    if token.dep_ == "pobj" and token.head.lower_ in RECIPIENT_PREPS:
        return True  # "sanctions on two officials", "food to 20,000 displaced people": counted recipients
    counted = is_counted(token)
    if token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"} and (counted_ok or not counted):
        return True
    return token.dep_ in {"dative", "pobj"} and not counted and token.head.pos_ in {"VERB", "ADP"}


def is_counted(token: Token) -> bool:
    """ "12 soldiers", "more than 200 workers", "dozens of protesters" (counted by the head)."""
    return any(c.dep_ == "nummod" or c.like_num or c.lower_ in {"dozens", "hundreds", "thousands"} for c in token.lefts)


def quantity_of(token: Token) -> Token | None:
    """ "dozens of pupils", "Thousands of young protesters": the counting noun the group hangs on."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITY_NOUNS:
        return token.head.head
    return None


def all_of(token: Token) -> Token | None:
    """ "all parties": a whole, not a count ("both parties" refers back to two named ones)."""
    return next((c for c in token.lefts if c.lower_ == "all" and c.dep_ in {"det", "predet"}), None)


def is_patient(token: Token) -> bool:
    """The object or passive subject of a verb: "killing 20 civilians", "civilians were shot"."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}


def is_described(token: Token) -> bool:
    """A descriptive (not counting) modifier: "displaced people", "local people"."""
    return any(c.dep_ in {"amod", "compound"} and not c.like_num and c.lower_ not in QUANTIFIERS for c in token.lefts)


def described_before(doc: Doc, actors: list[Any], token: Token, mods: list[Token]) -> int | None:
    """ "the Kurdish-led force" after "the Kurdish-led Syrian Democratic Forces": a definite
    description whose head ends an organisation's name and whose modifiers were said of it
    (in the name or right before it), latest such organisation first."""
    if not mods:
        return None
    phrase = doc[mods[0].i : mods[-1].i + 1].text.lower()
    heads = {token.lemma_.lower(), f"{token.lemma_.lower()}s", token.lower_}
    text = text_of(doc).lower()
    for index in range(len(actors) - 1, -1, -1):
        actor = actors[index]
        name = fold(actor.name).split()
        if actor.kind != "organization" or not name or name[-1] not in heads:
            continue
        for m in actor.mentions:
            if m[0] < token.idx and phrase in text[max(0, m[0] - 40) : m[1]]:
                return index
    return None


def without_owner_country(span: Span, head: Token) -> Span:
    """ "Greece's Hellenic Coast Guard": a body with a proper name of its own keeps the
    possessive country out of its name (the country is still its `country`); a generic
    one keeps it ("Russia's Defence Ministry", "Sudan's foreign ministry")."""
    doc = span.doc
    pos = next((t.i for t in span if t.tag_ == "POS"), None)
    if pos is None or pos == span.start or not all(t.ent_id_.startswith("country:") for t in doc[span.start : pos]):
        return span
    rest = doc[pos + 1 : head.i + 1]
    proper = [t for t in rest if t.text[:1].isupper() and t.i != head.i]
    if not proper or generic(rest) or all(t.ent_id_.startswith("demonym:") for t in proper):
        return span
    return rest


def acting_court(token: Token, lemma: str) -> bool:
    """ "A court in Kenya jailed ...", "sentenced by a military court": an unnamed court, named
    by an indefinite article, that acts as the subject or "by" agent is an actor of its own
    (later "the court" refers to it)."""
    if lemma != "court" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.lefts):
        return False
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.lower_ == "by")


def court_country(token: Token) -> str | None:
    """The country code of "a court in <country>", if the gazetteer tagged the country."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_id_.startswith("country:"):
                    return obj.ent_id_.split(":", 1)[1]
    return None


def member_of_org(token: Token, actors: list[Actor], token_actor: dict[int, list[int]]) -> int | None:
    """The organisation in "fighters of/from <organisation>" right after the noun."""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.i == token.i + 1), None)
    if prep is None or prep.lower_ not in {"of", "from"}:
        return None
    # "soldiers of the Armed Forces (FACA) carrying drones": the name before any bracket or clause
    for tok in list(prep.subtree)[1:8]:
        if tok.pos_ in {"VERB", "PUNCT"}:
            return None
        owners = token_actor.get(tok.i)
        if owners:
            return owners[0] if actors[owners[0]].kind == "organization" else None
    return None


def named_neighbour(token: Token, actors: list[Actor], token_actor: dict[int, list[int]]) -> int | None:
    """The organisation a description names: the name right after it or its apposition."""
    doc = token.doc
    candidates = [token.i + 1] if token.i + 1 < len(doc) else []
    candidates += [c.i for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        candidates.append(token.head.i)
    for i in candidates:
        owners = token_actor.get(i)
        if owners and actors[owners[0]].kind in {"organization", "media"}:
            return owners[0]
    return None


def right_extent(token: Token) -> int:
    """ "Relatives of the hostages", "Workers at the Rumaila oil field": a short of/at phrase."""
    end = token.i + 1
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "at"} and prep.i == end:
            sub = list(prep.subtree)
            if len(sub) <= 6 and not any(t.pos_ in {"VERB", "PUNCT"} for t in sub):
                end = sub[-1].i + 1
        elif prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == end:
            # "officials in Srinagar" and "officials in New Delhi": the place tells two groups apart
            sub = list(prep.subtree)[1:]
            if 1 <= len(sub) <= 3 and all(t.ent_type_ == "GPE" for t in sub):
                end = sub[-1].i + 1
    return end
