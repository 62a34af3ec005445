"""Claims without a reporting verb: "according to X" phrases and quotes that continue
the previous speaker.

`SourcePhrases` is mixed into the claims component (`nlp/claims.py`); `channel_phrase`
names the channel of a statement ("an interview with state media").
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.claim_content import SUBJECT_DEPS, is_cue, object_end
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import CueVerb
from newsgraph.nlp.quotes import end_char, paragraph_start, starts_sentence, trim_chars, trim_span
from newsgraph.nlp.speakers import DescribedSpeakers, actors_in

LOGGER = logging.getLogger(__name__)


class SourcePhrases:
    """Finds "according to X" claims and cue-less quotes."""

    phrases: dict[str, list[tuple[str, ...]]]
    cues: dict[str, CueVerb]
    cue_nouns: frozenset[str]
    channels: dict[str, str]
    described: DescribedSpeakers

    def _according_to(self, doc: Doc, token_actor: dict[int, list[int]]) -> list[dict[str, Any]]:
        found = []
        for token in doc:
            if token.lower_ not in self.phrases:
                continue
            length = self._phrase_at(doc, token.i)
            if not length:
                continue
            if token.pos_ == "VERB" and any(
                a.pos_ == "VERB" and a.lemma_.lower() in self.cues for a in token.ancestors
            ):
                continue  # "Al-Akhbar reported that ..., citing sources": the report's own backing
            if (
                token.pos_ == "SCONJ"
                and token.head.dep_ == "advcl"
                and token.head.head.pos_ == "VERB"
                and token.head.head.lemma_.lower() in self.cues
                and token.head.head.i > token.i
            ):
                continue  # "the ministry, as reported the portal Onet, assures that ...": a channel
            to = doc[token.i + length - 1]  # the phrase's last word governs the source
            objs = [c for c in to.children if c.dep_ in {"pobj", "dobj"}]
            if not objs:
                continue
            source = objs[0]
            speakers = actors_in(source, token_actor)
            if not speakers and source.lemma_.lower() not in self.cue_nouns:
                # "according to the ministry" with no antecedent: the description speaks
                owner = self.described.actor_for(source, token_actor)
                speakers = [owner] if owner is not None else []
            source_span = doc[source.left_edge.i : source.right_edge.i + 1]
            sent = token.sent
            # the content is the clause "according to X" is attached to: after it when it
            # opens the sentence or a clause ("where, according to the ministry, he refused"),
            # else before it
            lo, hi = token.i, source.right_edge.i + 1
            after_start = hi + 1 if hi < sent.end and doc[hi].is_punct else hi
            opens = lo - sent.start <= 1 or doc[lo - 1].text == ","
            subject = lo - 1 > sent.start and not any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start : lo])
            predicate = after_start < sent.end and doc[after_start].pos_ in {"VERB", "AUX"}
            if opens and subject and predicate and doc[after_start - 1].text == "," and sent.end - after_start > 3:
                # "The police, as reported the ministry, detained ...": the phrase interrupts
                # its clause, which is the whole sentence
                start = max(sent.start_char, paragraph_start(text_of(doc), token.idx))
                content = trim_chars(text_of(doc), start, end_char(sent))
            elif opens and sent.end - after_start > 3:
                content = trim_chars(text_of(doc), doc[min(after_start, sent.end - 1)].idx, end_char(sent))
            else:
                start = max(sent.start_char, paragraph_start(text_of(doc), token.idx))
                content = trim_chars(text_of(doc), start, token.idx)
                if content[1] - content[0] < 3:
                    content = (sent.start_char, sent.end_char)
            channel = None
            for tok in source_span:
                if tok.lemma_.lower() in self.cue_nouns or tok.lemma_.lower() in self.channels:
                    channel = channel_phrase(tok)
                    break
            found.append({
                "speaker": speakers, "cue": [token.idx, to.idx + len(to.text)], "content": list(content),
                "kind": "according_to", "stance": "assert", "hedges": [], "channel": channel, "_cue_token": token.i,
                "_source": "parse",
            })  # fmt: skip
        return found

    def _as_clause(self, doc: Doc, verb: Token, token_actor: dict[int, list[int]]) -> dict[str, Any] | None:
        """An "as" clause of a reporting verb: the claim of "..., as the ministry reported", {}
        when the verb makes no claim of its own (the channel of the main cue: "the ministry,
        as reported the portal Onet, assures ..."; the verb of an "as reported X" phrase the
        parse made the main verb), None when the verb is no such clause."""
        marked = verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)
        if not marked and not (verb.i and self._phrase_at(doc, verb.i - 1)):
            return None
        if verb.head.i == verb.i or is_cue(verb.head, self.cues):
            return {}
        return as_reported(doc, verb, token_actor, self.described) if marked else None

    def _phrase_at(self, doc: Doc, i: int) -> int:
        """Length in tokens of a cue phrase of the lexicon starting at token i, else 0."""
        for words in self.phrases.get(doc[i].lower_, ()):
            end = i + len(words)
            if end <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
                return len(words)
        return 0

    def _orphan_quotes(
        self, doc: Doc, quotes: list[tuple[int, int]], used: set[int], claims: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """A quote with no cue that opens a sentence continues the speaker of the claim just
        before it; a quoted phrase inside narration ("listed as a "global terrorist"") does not."""
        extra: list[dict[str, Any]] = []
        text = text_of(doc)
        for k, (q0, q1) in enumerate(quotes):
            if k in used or q1 - q0 < 15 or not starts_sentence(text, q0):
                continue
            if any(c["content"][0] - 1 <= q0 and q1 <= c["content"][1] + 1 for c in claims + extra):
                continue
            before = [c for c in claims + extra if c["content"][1] <= q0 and c["speaker"]]
            if not before:
                continue
            previous = max(before, key=lambda c: c["content"][1])
            gap = text[previous["content"][1] : q0]
            if gap.count("\n\n") > 1 or len(gap) > 300:
                continue
            extra.append({
                "speaker": list(previous["speaker"]), "cue": [q0 - 1, q0], "content": list(trim_chars(text, q0, q1)),
                "kind": "direct", "stance": "assert", "hedges": [], "channel": previous["channel"],
                "_cue_token": None, "_source": "quote",
            })  # fmt: skip
        return extra


def channel_phrase(token: Token) -> str:
    """A channel phrase: "an interview with Russian state media" -> "interview with Russian state media"."""
    clauses = {t.i for c in token.children if c.dep_ in {"acl", "relcl", "ccomp"} for t in c.subtree}
    tokens = [t for t in token.subtree if not (t.dep_ == "det" and t.head.i == token.i) and t.i not in clauses]
    if token.dep_ == "nsubj":
        tokens = [t for t in tokens if t.i >= token.i or t.dep_ not in {"poss", "case"}]
    tokens = [t for t in tokens if t.tag_ != "POS"]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) > 12:
        tokens = [t for t in tokens if t.i <= token.i + 6]
    return " ".join(t.text for t in tokens)


IMPERSONAL = {"it", "this"}


def as_reported(
    doc: Doc, verb: Token, token_actor: dict[int, list[int]], described: DescribedSpeakers
) -> dict[str, Any] | None:
    """ "Police detained six people, as the ministry reported": an "as" clause naming the
    source of the clause it hangs on. The content is that clause's sentence, up to the "as"
    clause when it closes the sentence. ("as reported the ministry" is a cue phrase.)"""
    if verb.i and doc[verb.i - 1].lower_ == "as":
        return None  # "as reported X": a cue phrase of the lexicon
    sources = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    if not sources or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    speakers = actors_in(sources[0], token_actor)
    if not speakers:
        owner = described.actor_for(sources[0], token_actor)
        speakers = [owner] if owner is not None else []
    if not speakers:
        return None
    text = text_of(doc)
    sent = verb.sent
    start = max(sent.start_char, paragraph_start(text, verb.idx))
    left = verb.left_edge.i
    closes = verb.right_edge.i + 1 >= sent.end or (doc[verb.right_edge.i + 1].is_punct and left > sent.start)
    if closes and doc[left - 1].text == "," and doc[left - 1].idx > start:
        content = trim_chars(text, start, doc[left - 1].idx)
    else:
        content = trim_chars(text, start, end_char(sent))
    if content[1] - content[0] < 10:
        return None
    return {
        "speaker": speakers, "cue": [verb.idx, verb.idx + len(verb.text)], "content": list(content), "kind": None,
        "stance": "assert", "hedges": [], "channel": None, "_cue_token": verb.i, "_source": "parse",
    }  # fmt: skip


def agent_claim(
    doc: Doc, verb: Token, cue: CueVerb, token_actor: dict[int, list[int]], described: DescribedSpeakers
) -> dict[str, Any] | None:
    """ "X were accused by prosecutors of training rebels", "was described by police as a
    gang leader": a passive cue whose "by" agent names the speaker; the content is the
    object of the cue's preposition (which the parse may hang on the agent)."""
    agents = [g for a in verb.children if a.dep_ == "agent" and a.i > verb.i for g in a.children if g.dep_ == "pobj"]
    if not agents:
        return None
    preps = [
        p
        for h in (verb, agents[0])
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in cue.object_preps and p.i > agents[0].i
    ]
    objs = [c for p in preps[:1] for c in p.children if c.dep_ in {"pobj", "pcomp"}]
    if not objs:
        return None
    speakers = [a for t in doc[agents[0].left_edge.i : preps[0].i] for a in token_actor.get(t.i, [])]
    if not speakers:
        owner = described.actor_for(agents[0], token_actor)
        speakers = [owner] if owner is not None else []
    if not speakers:
        return None
    return {
        "speaker": list(dict.fromkeys(speakers)), "cue": [verb.idx, verb.idx + len(verb.text)],
        "content": list(trim_span(doc, objs[0].left_edge.i, object_end(objs[0]))), "kind": None,
        "stance": cue.stance, "hedges": [], "channel": None, "_cue_token": verb.i, "_source": "parse",
    }  # fmt: skip


def passive_report(doc: Doc, verb: Token, token_actor: dict[int, list[int]]) -> dict[str, Any] | None:
    """Translation-style passive attributions: "The convoy, it was noted, will cross ...",
    "..., the search continues, it was stated." (the speaker is the previous claim's) and
    "X happened. This was stated on Friday at a briefing by spokeswoman Y." (the content is
    the sentence before; the speaker the actor, preferably a person, named after the cue)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in IMPERSONAL or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in {"ccomp", "dobj"} for c in verb.children if c.i > verb.i):
        return None  # "it was stated that ...": the ordinary complement
    text = text_of(doc)
    sent = verb.sent
    speakers: list[int] = []
    if subject.lower_ == "this":
        if subject.i != sent.start or sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        start = max(before.start_char, paragraph_start(text, before.start_char))
        content = trim_chars(text, start, end_char(before))
        named = [a for t in doc[verb.i + 1 : sent.end] for a in token_actor.get(t.i, [])]
        actors: list[dict[str, Any]] = doc._.ng_actors or []
        people = [a for a in named if 0 <= a < len(actors) and actors[a].get("kind") == "person"]
        speakers = list(dict.fromkeys(people or named[:1]))
        if not speakers:
            return None
    elif verb.dep_ == "parataxis" or (verb.dep_ == "ROOT" and subject.i > sent.start + 2):
        start = max(sent.start_char, paragraph_start(text, verb.idx))
        left = subject.i
        if verb.right_edge.i >= sent.end - 2 and left > sent.start and doc[left - 1].text == ",":
            content = trim_chars(text, start, doc[left - 1].idx)  # "..., it was stated."
        elif verb.dep_ == "parataxis":
            content = trim_chars(text, start, end_char(sent))  # "A, it was noted, B."
        else:
            return None
    else:
        return None
    if content[1] - content[0] < 10:
        return None
    return {
        "speaker": speakers,
        "cue": [(subject if subject.lower_ == "it" else verb).idx, verb.idx + len(verb.text)],
        "content": list(content),
        "kind": None,
        "stance": "assert",
        "hedges": [],
        "channel": None,
        "_cue_token": verb.i,
        "_source": "parse",
        "_needs_speaker": not speakers,
    }


# Nouns that resume a claim for a cue that answers it: "a charge X dismissed as absurd".
RESUMED_CLAIMS = {"charge", "claim", "accusation", "allegation", "assertion", "suggestion"}


def contact_relative(
    doc: Doc, verb: Token, cue: CueVerb, token_actor: dict[int, list[int]], described: DescribedSpeakers
) -> dict[str, Any] | None:
    """ "..., a charge the minister dismissed as absurd": a cue in a relative clause with no
    relative word whose object is the noun before it. The content is that noun phrase, the
    speaker the clause's subject (the parse may make the subject an apposition or object of
    the noun, and the noun the cue's subject). {} when the shape is found but no speaker;
    None when the verb is no such clause."""
    if any(c.dep_ in {"dobj", "ccomp"} and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ in {"relcl", "acl"} and verb.head.i < verb.i:
        noun = verb.head
    elif subject is not None and subject.left_edge.i + 1 < subject.i and doc[subject.left_edge.i].dep_ == "det":
        # "a charge Kremlin spokesman X dismissed": the parse makes the noun a compound of
        # the subject
        noun = doc[subject.left_edge.i + 1]
        if noun.lemma_.lower() in RESUMED_CLAIMS and noun.dep_ == "compound" and noun.pos_ == "NOUN":
            speakers = actors_in(subject, token_actor)
            return _resumed(doc, verb, cue, noun.i, speakers) if speakers else {}
        return None
    else:
        noun = subject or verb
    if noun.i == verb.i or noun.lemma_.lower() not in RESUMED_CLAIMS or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" for c in noun.children) or noun.i + 1 >= verb.i:
        return None
    between = [
        c
        for h in (noun, verb)
        for c in h.children
        if noun.i < c.i < verb.i and c.dep_ in {"nsubj", "appos", "pobj"} and c.pos_ in {"NOUN", "PROPN"}
    ]
    if not between or any(t.lower_ in {"who", "which", "that"} or t.is_punct for t in doc[noun.i + 1 : verb.i]):
        return None
    speakers = actors_in(between[0], token_actor)
    if not speakers:
        owner = described.actor_for(between[0], token_actor)
        speakers = [owner] if owner is not None else []
    return _resumed(doc, verb, cue, noun.i, speakers) if speakers else {}


def _resumed(doc: Doc, verb: Token, cue: CueVerb, noun: int, speakers: list[int]) -> dict[str, Any]:
    """The claim of a cue whose content is the noun phrase ending at token `noun`."""
    start = doc[noun].left_edge.i
    if start == noun and noun and doc[noun - 1].dep_ == "det":
        start -= 1  # (the noun read as a compound: its article hangs on the subject)
    return {
        "speaker": speakers, "cue": [verb.idx, verb.idx + len(verb.text)],
        "content": list(trim_span(doc, start, noun)), "kind": None, "stance": cue.stance,
        "hedges": [], "channel": None, "_cue_token": verb.i, "_source": "parse",
    }  # fmt: skip
