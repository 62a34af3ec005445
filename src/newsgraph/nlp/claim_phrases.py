"""Claims without a reporting verb: "according to X" phrases and quotes that continue
the previous speaker.

`SourcePhrases` is mixed into the claims component (`nlp/claims.py`); `channel_phrase`
names the channel of a statement ("an interview with state media").
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import CueVerb
from newsgraph.nlp.quotes import end_char, paragraph_start, starts_sentence, trim_chars
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
            if opens and sent.end - after_start > 3:
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
