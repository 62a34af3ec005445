"""Quotes introduced by a colon with no reporting verb: "Adler was blunt: "We are running
out of beds."", "The minister had a message for voters: "...", and headline labels
("Zelenskiy: "We will not give up"").

The speaker is the subject of the clause before the colon (an actor), or the actor a bare
label names; the cue is the colon. A clause with a reporting verb is left to that verb's
claim, and one whose object is not a statement ("Police found a note: "...") makes none.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.claim_content import is_cue
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import CueVerb
from newsgraph.nlp.quotes import trim_chars
from newsgraph.nlp.speakers import actors_in

LOGGER = logging.getLogger(__name__)

# The longest stretch (in tokens) before a colon read as one introducing clause or label.
MAX_LEAD = 20
# Parts of speech of a bare label ("Zelenskiy:", "Foreign Minister Lavrov:").
LABEL_POS = {"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART"}


def colon_quotes(
    doc: Doc,
    quotes: list[tuple[int, int]],
    used: set[int],
    claims: list[dict[str, Any]],
    token_actor: dict[int, list[int]],
    cues: dict[str, CueVerb],
    statement_nouns: frozenset[str],
) -> list[dict[str, Any]]:
    """Claims for the quotes right after a colon that no cue has claimed."""
    text = text_of(doc)
    found: list[dict[str, Any]] = []
    for k, (q0, q1) in enumerate(quotes):
        if k in used or q1 - q0 < 15:
            continue
        j = q0 - 2  # q0 is the first quoted character; q0 - 1 the opening mark
        while j > 0 and text[j] in " \t":
            j -= 1
        if j <= 0 or text[j] != ":":
            continue
        if any(c["content"][0] - 1 <= q0 and q1 <= c["content"][1] + 1 for c in claims):
            continue
        colon = doc.char_span(j, j + 1)
        if colon is None:
            continue
        speakers = _lead_speaker(doc, colon[0], token_actor, cues, statement_nouns)
        if not speakers:
            continue
        found.append({
            "speaker": speakers, "cue": [j, j + 1], "content": list(trim_chars(text, q0, q1)), "kind": "direct",
            "stance": "assert", "hedges": [], "channel": None, "_cue_token": None, "_source": "quote",
        })  # fmt: skip
    return found


def _lead_speaker(
    doc: Doc, colon: Token, token_actor: dict[int, list[int]], cues: dict[str, CueVerb], statement_nouns: frozenset[str]
) -> list[int]:
    """The actors who speak in the clause or label before a colon, [] when it names none."""
    start = colon.sent.start
    newline = [t.i for t in doc[start : colon.i] if "\n" in t.text]
    if newline:
        start = newline[-1] + 1
    lead = doc[start : colon.i]
    if not lead or len(lead) > MAX_LEAD or any(t.is_quote for t in lead):
        return []
    if any(is_cue(t, cues) for t in lead):
        return []  # "X said:": the verb's own claim
    verbs = [t for t in lead if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        if len(lead) > 6 or any(t.pos_ not in LABEL_POS for t in lead):
            return []
        for t in reversed(lead):  # a label: "Foreign Minister Lavrov:"
            if t.i in token_actor:
                return list(token_actor[t.i])
        return []
    head = verbs[0] if verbs[0].dep_ != "aux" else verbs[0].head
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i and c.i >= start]
    if not subjects:
        return []
    objects = [c for c in head.children if c.dep_ in {"dobj", "attr"} and c.pos_ in {"NOUN", "PROPN"}]
    if objects and not all(o.lemma_.lower() in statement_nouns for o in objects):
        return []  # "Police found a note:": the note is not theirs
    if head.lemma_.lower() != "be" and not objects:
        return []  # "The minister arrived:" introduces no words of hers
    return actors_in(subjects[0], token_actor)
