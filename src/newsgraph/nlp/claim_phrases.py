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
from newsgraph.nlp.speakers import actors_in

LOGGER = logging.getLogger(__name__)


class SourcePhrases:
    """Finds "according to X" claims and cue-less quotes."""

    phrases: dict[str, list[tuple[str, ...]]]
    cues: dict[str, CueVerb]
    cue_nouns: frozenset[str]
    channels: dict[str, str]

    def _according_to(self, doc: Doc, token_actor: dict[int, list[int]]) -> list[dict[str, Any]]:
        found = []
        for token in doc:
            length = self._phrase_at(doc, token.i)
            if not length:
                continue
            if token.pos_ == "VERB" and any(
                a.pos_ == "VERB" and a.lemma_.lower() in self.cues for a in token.ancestors
            ):
                continue  # "Al-Akhbar reported that ..., citing sources": the report's own backing
            to = doc[token.i + length - 1]  # the phrase's last word governs the source
            objs = [c for c in to.children if c.dep_ in {"pobj", "dobj"}]
            if not objs:
                continue
            source = objs[0]
            speakers = actors_in(source, token_actor)
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
