"""Annotation of found claims: kind (direct / mixed / indirect), hedges, channel, a
denying content's stance and the actors a content is about."""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc, Span

from newsgraph.nlp.claim_content import clause_denies
from newsgraph.nlp.claim_phrases import channel_phrase
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.speakers import name_owner

LOGGER = logging.getLogger(__name__)


def annotate(
    doc: Doc,
    claim: dict[str, Any],
    quotes: list[tuple[int, int]],
    token_actor: dict[int, list[int]],
    hedge_re: re.Pattern[str] | None,
    channels: dict[str, str],
) -> None:
    """Fill in a claim's kind, hedges, channel, stance and `about` (in place)."""
    c0, c1 = claim["content"]
    if claim["kind"] is None:
        starts = any(q0 - 1 <= c0 < q1 for q0, q1 in quotes)
        ends = any(q0 < c1 <= q1 + 1 for q0, q1 in quotes)
        inside = starts and ends
        partial = any(c0 <= q0 < c1 or c0 < q1 <= c1 for q0, q1 in quotes)
        claim["kind"] = "direct" if inside else "mixed" if partial else "indirect"
    cue_i = claim.pop("_cue_token")
    if cue_i is not None:
        sent = doc[cue_i].sent
        window = text_of(doc)[sent.start_char : sent.end_char]
        if hedge_re is not None:
            for m in hedge_re.finditer(window):
                word = m.group(1).lower()
                if word not in claim["hedges"]:
                    claim["hedges"].append(word)
        if claim["channel"] is None:
            claim["channel"] = _channel(sent, cue_i, (c0, c1), channels)
    speakers = set(claim["speaker"])
    content_span = doc.char_span(c0, c1, alignment_mode="expand")
    if claim["stance"] == "assert" and content_span is not None and clause_denies(content_span.root):
        claim["stance"] = "deny"  # the content says it did not happen
    about: list[int] = []
    if content_span is not None:
        for tok in content_span:
            owners = token_actor.get(tok.i, [])
            if not owners and tok.dep_ != "compound":
                # a surname the actor resolver left unattached ("Mizrahi was being held")
                owner = name_owner(tok, doc._.ng_actors or [])
                owners = [owner] if owner is not None else []
            for owner in owners:
                if owner not in speakers and owner not in about:
                    about.append(owner)
    claim["about"] = about


def _channel(sent: Span, cue_i: int, content: tuple[int, int], channels: dict[str, str]) -> str | None:
    """The channel a sentence names outside the content ("in a post on X", "on state TV")."""
    for tok in sent:
        label = channels.get(tok.lemma_.lower())
        if label is None or tok.pos_ not in {"NOUN", "PROPN"} or content[0] <= tok.idx < content[1]:
            continue
        if tok.head.dep_ == "prep" or tok.dep_ in {"pobj", "nsubj"} or tok.head.i == cue_i:
            return channel_phrase(tok)
    return None
