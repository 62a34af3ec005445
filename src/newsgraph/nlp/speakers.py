"""Speakers of claims: the actors a cue's subject names, with fallbacks for what the parse
or the actor resolver left open.

- `actors_in`: the actors a noun phrase names (head, conjuncts, then possessors);
- `name_owner`: a bare name the actors did not attach ("Torosian wrote", "Mugisha
  denied") matched against the people already named (surname, transliteration);
- `trailing_speaker`: "..., the Association (BGMEA) said." when the parse hangs the
  speaker on the content instead of on the cue;
- `inverted_speaker`: "..., informs the Foreign Ministry" (translation-style order);
- `preceding_speaker`: the actor named just before a cue the parse left without a subject;
- `same_paragraph`: a subject across a paragraph break (a caption credit) is none;
- `participle_subject`: "elders, gathering in Bor, pledged ..." when the parse gives the
  subject to the participle;
- `contact_subject`: "a demand the council rejected, saying ...": the relative clause's
  subject speaks;
- `inherit_speakers`: "It denied ...": an unresolved pronoun speaker is the speaker of the
  claim just before it;
- `DescribedSpeakers`: "the ministry said" with no antecedent: the description becomes an
  actor.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.actor_model import GENERIC_WORDS
from newsgraph.nlp.lexicon import CueVerb, Lexicon
from newsgraph.nlp.names import fold, same_person

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
    if token.pos_ not in {"PROPN", "NOUN"} or not token.text[:1].isupper() or len(token.text) < 2:
        return None  # (the tagger takes some foreign surnames for plural nouns: "Grisales")
    if len(token.text) < 4:
        # a short family name, first in East Asian order or last ("Lai" for "Lai Ching-te",
        # "Xi" for "Xi Jinping"): only an exact word of one person's name
        if token.pos_ != "PROPN" or token.dep_ == "compound" or not token.text[1:].islower():
            return None
        short = [
            i
            for i, actor in enumerate(actors)
            if actor.get("kind") == "person"
            and any(
                token.text in (form.split()[0], form.split()[-1])
                for form in (actor["name"], *actor.get("aliases", []))
                if form.split()
            )
        ]
        return short[0] if len(short) == 1 else None
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


def medium_author(subject: Token, token_actor: dict[int, list[int]], described: DescribedSpeakers) -> int | None:
    """ "The ministry's statement said", "a statement from the army said": when a statement
    is the subject of a cue and names no actor, its author described by a bare noun speaks."""
    for child in subject.children:
        author: Token | None = None
        if child.dep_ == "poss" and child.pos_ != "PRON":
            author = child
        elif child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            author = next((g for g in child.children if g.dep_ == "pobj"), None)
        found = described.actor_for(author, token_actor) if author is not None else None
        if found is not None:
            return found
    return None


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
    participle = verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if (verb.tag_ not in {"VBZ", "VBD", "VBP"} and not participle) or verb.i <= sent.start + 3:
        return None
    comma = verb.i - 1
    if doc[comma].is_quote and doc[comma - 1].text == ",":
        comma -= 1  # `"We will help," said at a briefing spokesperson Lin Haoyu.`
    if doc[comma].text != "," or any(
        c.dep_ in {"nsubj", "nsubjpass"} and not _clause_between(c, comma) for c in verb.children
    ):
        return None
    last = sent.end - 1
    tails = [
        c.left_edge.i
        for c in verb.children
        if c.i > verb.i and ((c.dep_ == "advcl" and c.tag_ == "VBG") or (c.dep_ == "conj" and c.pos_ == "VERB"))
    ]
    tails += [c.i for c in verb.children if c.dep_ == "cc" and tails and verb.i < c.i < tails[0]]
    if tails:
        # "..., informed the NOC in a statement, adding that ...", "..., announced the
        # ministry, and said that ...": the speaker ends before the next clause
        last = min(tails) - 1
    while last > verb.i and (doc[last].is_space or doc[last].is_punct):
        last -= 1  # (the sentence may end with a paragraph break)
    rest = doc[verb.i + 1 : last + 1]
    # "..., declared at the rally Arakelyan, who accuses ...": a relative clause describing
    # the speaker is no clause of the content
    described = {
        t.i
        for c in rest
        if c.dep_ == "relcl" and c.head.i in token_actor and doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }
    if rest and not any((t.pos_ in {"VERB", "AUX"} or t.is_quote) and t.i not in described for t in rest):
        # a closing attribution with no verb after the cue: the person it names, else the
        # first actor ("said at the briefing on Wednesday spokesperson of the ministry Lin Haoyu")
        named = list(dict.fromkeys(a for t in rest if t.i not in described for a in token_actor.get(t.i, [])))
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


def _clause_between(subject: Token, comma: int) -> bool:
    """Whether a finite verb stands between a subject and the comma before a closing cue:
    the parse hung a dateline or the content's own subject on the cue ("PEMBA, 6 May -
    Armed men attacked ..., informed the administrator")."""
    doc = subject.doc
    if subject.i == subject.sent.start and len(subject.text) > 2 and subject.text.isupper() and subject.i < comma:
        return True  # a dateline ("PEMBA, 6 May (ALN) - ...")
    return subject.i < comma and any(
        t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP"} and t.dep_ != "relcl"
        for t in doc[subject.i + 1 : comma]
    )


def same_paragraph(subjects: list[Token], verb: Token) -> list[Token]:
    """Subjects the parse found across a paragraph break ("(Agency/Photographer Name)\n\nA
    Turkish official, speaking ..., said"): the caption line is no subject; a noun hung on
    it inside the cue's paragraph (an apposition, a conjunct, a misread object) is."""
    doc = verb.doc
    kept: list[Token] = []
    for subject in subjects:
        if subject.i > verb.i or not any(t.is_space and "\n" in t.text for t in doc[subject.i : verb.i]):
            kept.append(subject)
            continue
        brk = max(t.i for t in doc[subject.i : verb.i] if t.is_space and "\n" in t.text)
        kept.extend(c for c in subject.children if c.pos_ in {"NOUN", "PROPN"} and brk < c.i < verb.i)
    return kept


def participle_subject(verb: Token) -> list[Token]:
    """ "elders from both communities, gathering under a tree, pledged ...": the parse makes
    the subject of a verb the subject of the participle set off before it."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < verb.i and child.right_edge.i + 2 >= verb.i:
            own = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i and c.pos_ in {"NOUN", "PROPN"}]
            if own and verb.doc[child.i - 1].text == ",":
                return own
    return []


def contact_subject(verb: Token, claim_nouns: set[str]) -> list[Token]:
    """ "X demanded their release, a demand the council rejected on Monday, saying ...": a
    participle cue right after a contact relative clause on a claim noun belongs to that
    clause, whose subject speaks (the parse hangs the participle on the main verb)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return []
    clause = next((a for a in doc[verb.i - 2].ancestors if a.dep_ == "relcl" and a.i < verb.i), None)
    if clause is None or clause.right_edge.i != verb.i - 2 or clause.head.lemma_.lower() not in claim_nouns:
        return []
    own = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    return own if own and clause.head.i < own[0].i < clause.i else []


def preceding_speaker(
    verb: Token, token_actor: dict[int, list[int]], described: DescribedSpeakers | None = None
) -> list[int]:
    """ "In a video posted on TikTok, gang leader Jeff Dorvil, known as "Lanmo", said ...":
    when the parse leaves a cue with no subject, the actor named just before it, skipping
    punctuation and a participle or apposition describing that actor. A bare description
    met first ("A Turkish official, speaking on condition of anonymity, said") speaks
    itself; the walk never crosses a paragraph break (a caption's credit is no speaker)."""
    doc = verb.doc
    start = verb.sent.start
    i = verb.i - 1
    while i >= start and verb.i - i <= 15:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            return []
        owners = token_actor.get(i)
        if owners:
            return list(owners)
        if described is not None and tok.pos_ == "NOUN":
            owner = described.actor_for(tok, token_actor)
            if owner is not None:
                return [owner]
        described_by = any(a.dep_ in {"acl", "appos"} and a.i < verb.i for a in (tok, *tok.ancestors) if a.i > start)
        if not (tok.is_punct or described_by):
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


# Determiners a bare description may carry and still name a speaker of its own.
DESCRIPTION_DETERMINERS = {"the", "a", "an", "one", "its", "their"}
# Words of a description that say nothing of who speaks ("the same ministry").
EMPTY_MODIFIERS = {"same", "other", "latter", "former", "this", "that", "these", "those"}


class DescribedSpeakers:
    """ "The ministry said ...", "a security source said", "officials said" with no earlier
    antecedent: the description becomes an actor of its own, named as the text gives it
    without its article ("foreign ministry", "army"), so that the claim has a speaker.

    Head nouns come from the lexicon the actor resolver uses: institutions (kind
    organization), collective sources (their kind; one person when singular) and
    one-word titles (a person). A second bare mention with the same head ("the ministry"
    after "the foreign ministry") is the same actor."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.heads: dict[str, tuple[str, str | None]] = {}
        self.titles = {t for t in lexicon.titles if " " not in t}
        for lemma, (sector, _) in lexicon.institutions.items():
            self.heads[lemma] = ("organization", sector)
        for lemma, kind in lexicon.collective_sources.items():
            if " " not in lemma:
                self.heads.setdefault(lemma, (kind, None))
        for title, sector in lexicon.titles.items():
            if " " not in title:
                self.heads.setdefault(title, ("person", sector))

    def actor_for(self, token: Token, token_actor: dict[int, list[int]]) -> int | None:
        """The actor a bare description names, created when no actor holds it yet; None when
        the token is no such description (a pronoun, a name, an unknown noun)."""
        doc = token.doc
        lemma = token.lemma_.lower()
        if token.pos_ == "PROPN" and token.i not in token_actor:
            outlet = self._named_outlet(token, token_actor)
            if outlet is not None:
                return outlet
        found = self.heads.get(lemma)
        if found is None or token.pos_ not in {"NOUN", "PROPN"} or token.i in token_actor:
            return None
        kind, sector = found
        words: list[Token] = []
        for child in token.lefts:
            if child.dep_ in {"det", "poss"}:
                if child.lower_ not in DESCRIPTION_DETERMINERS:
                    return None  # "his sister", "that ministry": a reference left to coreference
                continue
            if child.lower_ in EMPTY_MODIFIERS or child.like_num or child.i in token_actor:
                return None  # "Hamas's office", "two officials": someone else's or counted
            if child.dep_ in {"amod", "compound", "nmod"}:
                words.extend(child.subtree)
        words = sorted({t.i: t for t in (*words, token)}.values(), key=lambda t: t.i)
        if any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in words):
            return None
        start, end = words[0].i, token.i + 1
        span = doc[start:end]
        if kind == "organization" and any(
            t.lower_ not in GENERIC_WORDS and not t.ent_id_.startswith(("country:", "demonym:")) for t in words[:-1]
        ):
            return None  # "the occupation army": a loaded name for an actor named elsewhere
        plural = token.tag_ in {"NNS", "NNPS"}
        if kind == "person" and plural:
            kind = "group"
        elif kind == "group" and not plural:
            kind = "person"
        actors: list[dict[str, Any]] = doc._.ng_actors if doc._.ng_actors is not None else []
        doc._.ng_actors = actors
        name = span.text
        key = fold(name)
        index = next(
            (i for i, a in enumerate(actors) if key in {fold(n) for n in (a["name"], *a.get("aliases", []))}),
            None,
        )
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.lefts)
        if index is None and kind == "person" and lemma in self.titles:
            # "a London judge found ..." in a lead that names "Judge Helen Marchant" later, "the
            # county commissioner said" before "Commissioner X said": the one named person
            # holding that title; a definite description only when the titles agree word for
            # word ("the minister" / "foreign minister", not "the prime minister")
            title_words = set(fold(name).split())
            holders = [
                i
                for i, a in enumerate(actors)
                if a.get("kind") == "person"
                and not a.get("_described")
                and any(
                    (r.get("title") or "").split()[-1:] == [lemma]
                    and (indefinite or _same_title(title_words, set(fold(r.get("title") or "").split())))
                    for r in a.get("roles", [])
                )
            ]
            index = holders[0] if len(holders) == 1 else None
        if index is None and len(span) == 1:
            # "the ministry" after "the foreign ministry": the described actor with that head
            index = next(
                (
                    i
                    for i in range(len(actors) - 1, -1, -1)
                    if actors[i].get("_described") and fold(actors[i]["name"]).split()[-1:] == [key]
                ),
                None,
            )
        if index is None:
            actors.append({
                "name": name, "kind": kind, "aliases": [], "country": _country_in(span), "sector": sector,
                "roles": [{"title": name.lower(), "of": None}] if lemma in self.titles else [],
                "designations": [], "mentions": [], "_described": True,
            })  # fmt: skip
            index = len(actors) - 1
        return self._attach(span, index, token_actor)

    def _named_outlet(self, token: Token, token_actor: dict[int, list[int]]) -> int | None:
        """ "writes the newspaper Rzeczpospolita", "the agency Khovar reported": an outlet the
        text names after a media noun and quotes as a source is an actor (kind media)."""
        doc = token.doc
        media = [
            c
            for c in token.lefts
            if c.dep_ in {"compound", "amod", "nmod"} and self.heads.get(c.lemma_.lower(), ("", None))[0] == "media"
        ]
        if not media:
            return None
        start = media[-1].i + 1
        if any(doc[i].pos_ != "PROPN" or doc[i].i in token_actor for i in range(start, token.i + 1)):
            return None
        span = doc[start : token.i + 1]
        actors: list[dict[str, Any]] = doc._.ng_actors if doc._.ng_actors is not None else []
        doc._.ng_actors = actors
        key = fold(span.text)
        index = next(
            (i for i, a in enumerate(actors) if key in {fold(n) for n in (a["name"], *a.get("aliases", []))}),
            None,
        )
        if index is None:
            actors.append({
                "name": span.text, "kind": "media", "aliases": [], "country": None, "sector": "MED",
                "roles": [], "designations": [], "mentions": [], "_described": True,
            })  # fmt: skip
            index = len(actors) - 1
        return self._attach(span, index, token_actor)

    @staticmethod
    def _attach(span: Any, index: int, token_actor: dict[int, list[int]]) -> int:
        """Record the span as a mention of the actor and map its tokens to it."""
        actors: list[dict[str, Any]] = span.doc._.ng_actors
        mention = [span.start_char, span.end_char, span.text, "description"]
        if mention not in actors[index]["mentions"]:
            actors[index]["mentions"].append(mention)
            actors[index]["mentions"].sort()
        for t in span:
            token_actor[t.i] = [index]
        return index


def _same_title(described: set[str], held: set[str]) -> bool:
    """Whether a description's words and a held title's words agree, one containing the
    other: "county commissioner" / "commissioner", "minister" / "foreign minister"."""
    return bool(described) and bool(held) and (described <= held or held <= described)


def _country_in(span: Any) -> str | None:
    for tok in span:
        if tok.ent_id_.startswith(("demonym:", "country:")):
            return str(tok.ent_id_.split(":", 1)[1])
    return None


def quoted_as(verb: Token) -> Token | None:
    """The verb "quoted"/"cited" of "X was quoted as saying ...", when `verb` is "saying"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lemma_.lower() in {"quote", "cite"} else None


def misread_adjective(verb: Token, cue: CueVerb) -> bool:
    """ "denied X and accused guards of torturing inmates": a cue the parse reads as an
    adjective of its object, which carries the cue's preposition and a clause."""
    noun = verb.head
    if verb.tag_ not in {"VBD", "VBN"} or noun.dep_ != "conj" or verb.i + 1 != noun.i:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in cue.object_preps and any(g.dep_ == "pcomp" for g in p.children)
        for p in noun.children
    )
