"""Claims: who said, claimed or reported what.

Find, then annotate:
1. quotations in the text (straight and curly marks, across sentences);
2. reporting verbs from the cue lexicon with their speaker (subject, resolved through
   the actors) and content (the reported clause, an "of" phrase, or an adjacent quote);
3. "according to X" phrases;
4. quotes with no cue of their own, which continue the previous speaker's quote;
5. kind (direct/indirect/mixed/according_to), stance, hedges, channel and what the
   claim is about.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.lexicon import Lexicon

LOGGER = logging.getLogger(__name__)

_QUOTES = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»", re.DOTALL)
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "advcl", "parataxis"}


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (without the marks)."""
    spans = []
    for m in _QUOTES.finditer(text):
        group = next(g for g in range(1, 4) if m.group(g) is not None)
        spans.append((m.start(group), m.end(group)))
    return spans


class ClaimFinder:
    """spaCy component: writes `doc._.ng_claims`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.cues = lexicon.cue_verbs
        self.cue_nouns = lexicon.cue_nouns
        self.phrases = lexicon.cue_phrases
        self.hedges = sorted(lexicon.hedges, key=len, reverse=True)
        self.hedge_re = (
            re.compile(r"\b(" + "|".join(re.escape(h) for h in self.hedges) + r")\b", re.I) if self.hedges else None
        )
        self.channels = lexicon.channels

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(doc.text)
        token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
        claims: list[dict[str, Any]] = []
        used_quotes: set[int] = set()
        for token in doc:
            cue = self.cues.get(token.lemma_.lower())
            if cue is None or token.pos_ not in {"VERB", "AUX"}:
                continue
            claim = self._verb_claim(doc, token, cue, quotes, token_actor, used_quotes)
            if claim is not None:
                claims.append(claim)
        claims.extend(self._according_to(doc, token_actor))
        claims.extend(self._orphan_quotes(doc, quotes, used_quotes, claims))
        for claim in claims:
            self._annotate(doc, claim, quotes, token_actor)
        claims.sort(key=lambda c: c["content"][0])
        doc._.ng_claims = claims
        return doc

    # -- find --------------------------------------------------------------------------
    def _speaker(self, doc: Doc, verb: Token, token_actor: dict[int, list[int]]) -> tuple[list[int], str | None]:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and verb.dep_ in {"conj", "xcomp"}:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        channel = None
        speakers: list[int] = []
        for subject in subjects:
            if subject.lemma_.lower() in self.cue_nouns or subject.lemma_.lower() in self.channels:
                channel = _phrase(subject)
            speakers.extend(_actors_in(subject, token_actor))
        return list(dict.fromkeys(speakers)), channel

    def _verb_claim(
        self,
        doc: Doc,
        verb: Token,
        cue: Any,
        quotes: list[tuple[int, int]],
        token_actor: dict[int, list[int]],
        used_quotes: set[int],
    ) -> dict[str, Any] | None:
        speakers, channel = self._speaker(doc, verb, token_actor)
        content: tuple[int, int] | None = None
        if cue.object_prep:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == cue.object_prep:
                    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
                    if objs:
                        content = _span_of(objs[0])
        if content is None:
            comps = [c for c in verb.children if c.dep_ in {"ccomp"}]
            if not comps and verb.lemma_ in {"deny", "admit", "confirm", "report", "acknowledge"}:
                comps = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
            if comps:
                content = _span_of(comps[0], drop_mark=True)
        # a quote in the same sentence that the cue introduces or closes: "…," he said.
        sent = verb.sent
        quoted = [
            (k, q) for k, q in enumerate(quotes)
            if q[0] >= sent.start_char - 1 and q[1] <= sent.end_char + 1 and not (q[0] <= verb.idx < q[1])
        ]  # fmt: skip
        if content is not None and quoted:
            c0, c1 = content
            inside = [(k, q) for k, q in quoted if q[0] <= c0 + 1 and q[1] >= c1 - 1]
            if inside:
                quoted = inside
        if content is None and quoted:
            first, last = quoted[0][1], quoted[-1][1]
            content = (first[0], last[1])
        elif (
            content is not None
            and quoted
            and content[0] > quoted[0][1][1] + 0
            and _between_punct(doc.text, quoted[0][1][1], verb.idx)
        ):
            # `"We need help," he said, "not weapons."` - the quote before the cue is the content
            content = (quoted[0][1][0], max(content[1], quoted[-1][1][1]) if len(quoted) > 1 else quoted[0][1][1])
        if content is None or content[1] - content[0] < 3:
            return None
        if not speakers and not channel:
            # "it was reported that…": no speaker, not a claim we can attribute
            return None
        for k, q in quoted:
            if q[0] >= content[0] - 1 and q[1] <= content[1] + 1:
                used_quotes.add(k)
        return {
            "speaker": speakers,
            "cue": [verb.idx, verb.idx + len(verb.text)],
            "content": list(content),
            "kind": None,
            "stance": cue.stance,
            "hedges": [verb.text.lower()] if cue.hedge else [],
            "channel": channel,
            "_cue_token": verb.i,
        }

    def _according_to(self, doc: Doc, token_actor: dict[int, list[int]]) -> list[dict[str, Any]]:
        found = []
        for token in doc:
            if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            to = doc[token.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs:
                continue
            source = objs[0]
            speakers = _actors_in(source, token_actor)
            source_span = doc[source.left_edge.i : source.right_edge.i + 1]
            sent = token.sent
            # the content is the rest of the sentence outside "according to X"
            lo, hi = token.i, source.right_edge.i + 1
            if lo - sent.start <= 1:
                content = (
                    doc[min(hi + 1, sent.end - 1)].idx
                    if hi < sent.end and doc[hi].is_punct
                    else doc[min(hi, sent.end - 1)].idx,
                    _end_char(sent),
                )
            else:
                before = doc[sent.start : lo]
                while len(before) and before[-1].is_punct:
                    before = before[:-1]
                content = (before.start_char, before.end_char) if len(before) else (sent.start_char, sent.end_char)
            channel = None
            for tok in source_span:
                if tok.lemma_.lower() in self.cue_nouns or tok.lemma_.lower() in self.channels:
                    channel = _phrase(tok, strip_actor=token_actor)
                    break
            found.append({
                "speaker": speakers, "cue": [token.idx, to.idx + len(to.text)], "content": list(content),
                "kind": "according_to", "stance": "assert", "hedges": [], "channel": channel, "_cue_token": token.i,
            })  # fmt: skip
        return found

    def _orphan_quotes(
        self, doc: Doc, quotes: list[tuple[int, int]], used: set[int], claims: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """A quote with no cue continues the speaker of the claim just before it."""
        extra: list[dict[str, Any]] = []
        for k, (q0, q1) in enumerate(quotes):
            if k in used or q1 - q0 < 15:
                continue
            if any(c["content"][0] <= q0 and q1 <= c["content"][1] for c in claims + extra):
                continue
            before = [c for c in claims + extra if c["content"][1] <= q0 and c["speaker"]]
            if not before:
                continue
            previous = max(before, key=lambda c: c["content"][1])
            gap = doc.text[previous["content"][1] : q0]
            if gap.count("\n\n") > 1 or len(gap) > 300:
                continue
            extra.append({
                "speaker": list(previous["speaker"]), "cue": [q0 - 1, q0], "content": [q0, q1],
                "kind": "direct", "stance": "assert", "hedges": [], "channel": previous["channel"],
                "_cue_token": None,
            })  # fmt: skip
        return extra

    # -- annotate ------------------------------------------------------------------------
    def _annotate(
        self, doc: Doc, claim: dict[str, Any], quotes: list[tuple[int, int]], token_actor: dict[int, list[int]]
    ) -> None:
        c0, c1 = claim["content"]
        if claim["kind"] is None:
            inside = any(q0 - 1 <= c0 and c1 <= q1 + 1 for q0, q1 in quotes)
            partial = any(c0 <= q0 < c1 or c0 < q1 <= c1 for q0, q1 in quotes)
            claim["kind"] = "direct" if inside else "mixed" if partial else "indirect"
        cue_i = claim.pop("_cue_token")
        if cue_i is not None:
            sent = doc[cue_i].sent
            window = doc.text[sent.start_char : sent.end_char]
            if self.hedge_re is not None:
                for m in self.hedge_re.finditer(window):
                    word = m.group(1).lower()
                    if word not in claim["hedges"]:
                        claim["hedges"].append(word)
            if claim["channel"] is None:
                claim["channel"] = self._channel(doc, sent, cue_i, token_actor)
        speakers = set(claim["speaker"])
        content_span = doc.char_span(c0, c1, alignment_mode="expand")
        about: list[int] = []
        if content_span is not None:
            for tok in content_span:
                for owner in token_actor.get(tok.i, []):
                    if owner not in speakers and owner not in about:
                        about.append(owner)
        claim["about"] = about

    def _channel(self, doc: Doc, sent: Span, cue_i: int, token_actor: dict[int, list[int]]) -> str | None:
        for tok in sent:
            label = self.channels.get(tok.lemma_.lower())
            if label is None or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.head.dep_ == "prep" or tok.dep_ in {"pobj", "nsubj"} or tok.head.i == cue_i:
                return _phrase(tok)
        return None


def _actors_in(token: Token, token_actor: dict[int, list[int]]) -> list[int]:
    """The actors a noun phrase names: its head first, then conjuncts, then possessors/compounds."""
    found: list[int] = []
    for owner in token_actor.get(token.i, []):
        found.append(owner)
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(_actors_in(child, token_actor))
    if not found:
        for tok in token.subtree:
            for owner in token_actor.get(tok.i, []):
                if owner not in found:
                    found.append(owner)
            if found:
                break
    return list(dict.fromkeys(found))


def _span_of(token: Token, *, drop_mark: bool = False) -> tuple[int, int]:
    left = token.left_edge.i
    doc = token.doc
    if drop_mark:
        while left < token.i and (
            (doc[left].dep_ == "mark" and doc[left].lower_ in {"that", "whether"}) or doc[left].is_punct
        ):
            left += 1
    right = token.right_edge.i
    while right > left and doc[right].is_punct and doc[right].text not in {"”", '"', "»"}:
        right -= 1
    start = doc[left].idx
    end = doc[right].idx + len(doc[right].text)
    text = doc.text
    if end < len(text) and text[end - 1] not in '"”»' and start > 0 and text[start - 1] in '"“«':
        start -= 0
    # keep quotation marks out of the span edges
    while start < end and text[start] in '"“«':
        start += 1
    while end > start and text[end - 1] in '"”».,':
        end -= 1
    return start, end


def _end_char(sent: Span) -> int:
    end = sent.end_char
    text = sent.doc.text
    while end > sent.start_char and text[end - 1] in ".\"”' \n":
        end -= 1
    return end


def _between_punct(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return len(gap) <= 40 and ("," in gap or "”" in gap or '"' in gap)


def _phrase(token: Token, strip_actor: dict[int, list[int]] | None = None) -> str:
    """A channel phrase: "an interview with Russian state media" -> "interview with Russian state media"."""
    tokens = [t for t in token.subtree if not (t.dep_ == "det" and t.head.i == token.i)]
    if token.dep_ == "nsubj":
        tokens = [t for t in tokens if t.i >= token.i or t.dep_ not in {"poss", "case"}]
    tokens = [t for t in tokens if t.tag_ != "POS"]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) > 12:
        tokens = [t for t in tokens if t.i <= token.i + 6]
    return " ".join(t.text for t in tokens)
