"""Speakers of claims: the actors a cue's subject names, with fallbacks for what the parse
or the actor resolver left open.

- `actors_in`: the actors a noun phrase names (head, conjuncts, then possessors);
- `name_owner`: a bare name the actors did not attach ("Torosian wrote", "Mugisha
  denied") matched against the people already named (surname, transliteration);
- `trailing_speaker`: "..., the Association (BGMEA) said." when the parse hangs the
  speaker on the content instead of on the cue;
- `inverted_speaker`: "..., informs the Foreign Ministry" (translation-style order);
- `preceding_speaker`: the actor named just before a cue the parse left without a subject;
- `inherit_speakers`: "It denied ...": an unresolved pronoun speaker is the speaker of the
  claim just before it.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.names import same_person

LOGGER = logging.getLogger(__name__)

# An unresolved pronoun speaker takes the speaker of a claim at most this far before it.
PRONOUN_REACH = 400
RELATIVE_PRONOUNS = {"who", "which", "that"}


def actors_in(token: Token, token_actor: dict[int, list[int]]) -> list[int]:
    """The actors a noun phrase names: its head first, then conjuncts, then possessors/compounds."""
    found: list[int] = list(token_actor.get(token.i, []))
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(actors_in(child, token_actor))
    if not found:
        named = _person_after_organisation(token, token_actor)
        if named is not None:
            return [named]
        for tok in token.subtree:
            if tok.dep_ == "poss" and tok.pos_ == "PRON" and tok.head.i == token.i:
                continue  # "said his sister": the sister speaks, not "his"
            for owner in token_actor.get(tok.i, []):
                if owner not in found:
                    found.append(owner)
            if found:
                break
    return list(dict.fromkeys(found))


def _person_after_organisation(token: Token, token_actor: dict[int, list[int]]) -> int | None:
    """ "the spokeswoman of the Foreign Ministry Anna Kovacs" (translated order): a person
    named right after the organisation a role noun belongs to is the one who speaks."""
    actors: list[dict[str, Any]] = token.doc._.ng_actors or []
    previous: list[int] = []
    for tok in token.subtree:
        owners = token_actor.get(tok.i, [])
        people = [a for a in owners if 0 <= a < len(actors) and actors[a].get("kind") == "person"]
        if people and previous and not any(actors[a].get("kind") == "person" for a in previous if 0 <= a < len(actors)):
            return people[0]
        previous = [a for a in owners if a not in people] if owners else []
    return None


def name_owner(token: Token, actors: list[dict[str, Any]]) -> int | None:
    """The person a bare name the actor resolver left unattached names: "Tkachuk" for
    "Serhiy Tkachuk", "Torosian" for "Aram Torosyan". Only an unambiguous match counts."""
    if token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper() or len(token.text) < 4:
        return None  # (the tagger takes some foreign surnames for plural nouns: "Grisales")
    left = token.i
    while left > 0 and token.doc[left - 1].dep_ == "compound" and token.doc[left - 1].pos_ == "PROPN":
        left -= 1
    name = token.doc[left : token.i + 1].text
    owners = [
        i
        for i, actor in enumerate(actors)
        if actor.get("kind") == "person"
        and any(same_person(name, form) for form in (actor["name"], *actor.get("aliases", [])))
    ]
    return owners[0] if len(owners) == 1 else None


def trailing_speaker(verb: Token, token_actor: dict[int, list[int]]) -> tuple[list[int], int] | None:
    """ "Protesters ransacked four factories, the Garment Association (BGMEA) said." when the
    parse makes the speaker a conjunct of the content: the actors between the last comma
    and the cue, and the index of that comma."""
    doc = verb.doc
    sent = verb.sent
    i = verb.i - 1
    found: list[int] = []
    depth = 0
    while i > sent.start:
        tok = doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif tok.text == "," and depth == 0:
            break
        elif depth == 0 and tok.pos_ in {"VERB", "AUX", "SCONJ", "ADP"}:
            return None
        for owner in token_actor.get(i, []):
            if owner not in found:
                found.append(owner)
        i -= 1
    if i <= sent.start or not found or verb.i - i > 14:
        return None
    return found, i


def inverted_speaker(verb: Token, token_actor: dict[int, list[int]]) -> tuple[list[int], int] | None:
    """ "The two sides reached agreement, informs the Foreign Ministry of China.": in
    translation-style order the speaker follows a cue that closes the sentence and the parse
    makes it the cue's object. Returns the actors and the index of the comma before the cue."""
    doc = verb.doc
    sent = verb.sent
    if verb.tag_ not in {"VBZ", "VBD", "VBP"} or verb.i <= sent.start + 3:
        return None
    comma = verb.i - 1
    if doc[comma].is_quote and doc[comma - 1].text == ",":
        comma -= 1  # `"We will help," said at a briefing spokesperson Lin Haoyu.`
    if doc[comma].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    last = sent.end - 1
    while last > verb.i and (doc[last].is_space or doc[last].is_punct):
        last -= 1  # (the sentence may end with a paragraph break)
    rest = doc[verb.i + 1 : last + 1]
    if rest and not any(t.pos_ in {"VERB", "AUX"} or t.is_quote for t in rest):
        # a closing attribution with no verb after the cue: the person it names, else the
        # first actor ("said at the briefing on Wednesday spokesperson of the ministry Lin Haoyu")
        named = list(dict.fromkeys(a for t in rest for a in token_actor.get(t.i, [])))
        actors: list[dict[str, Any]] = doc._.ng_actors or []
        people = [a for a in named if 0 <= a < len(actors) and actors[a].get("kind") == "person"]
        if named:
            return (people or named[:1]), comma
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i > verb.i]
    if not objects or objects[0].right_edge.i < last:
        return None  # something follows the speaker: not a closing attribution
    for tok in objects[0].subtree:
        if tok.pos_ in {"VERB", "AUX"} or (tok.dep_ == "pobj" and tok.pos_ != "PROPN" and tok.i not in token_actor):
            return None  # "accused Israel of lying": an object, not a speaker
    found = actors_in(objects[0], token_actor)
    return (found, comma) if found else None


def preceding_speaker(verb: Token, token_actor: dict[int, list[int]]) -> list[int]:
    """ "In a video posted on TikTok, gang leader Jeff Dorvil, known as "Lanmo", said ...":
    when the parse leaves a cue with no subject, the actor named just before it, skipping
    punctuation and a participle or apposition describing that actor."""
    doc = verb.doc
    start = verb.sent.start
    i = verb.i - 1
    while i >= start and verb.i - i <= 15:
        tok = doc[i]
        owners = token_actor.get(i)
        if owners:
            return list(owners)
        described = any(a.dep_ in {"acl", "appos"} and a.i < verb.i for a in (tok, *tok.ancestors) if a.i > start)
        if not (tok.is_punct or described):
            return []
        i -= 1
    return []


def inherit_speakers(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "The ministry said ... It denied ...": when the actors left a pronoun speaker
    unresolved, it is the speaker of the claim just before (else the claim is dropped)."""
    kept: list[dict[str, Any]] = []
    for claim in sorted(claims, key=lambda c: c["cue"][0]):
        if claim.pop("_needs_speaker", False):
            previous = [c for c in kept if c["speaker"] and claim["cue"][0] - c["cue"][0] <= PRONOUN_REACH]
            if not previous:
                continue
            claim["speaker"] = list(previous[-1]["speaker"])
        kept.append(claim)
    return kept
