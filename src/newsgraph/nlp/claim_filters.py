"""Cues that make no claim of their own, or none apart from another cue's.

- `negated`: "Hezbollah did not comment", "declined to say who ...";
- `subordinate`: a contrast clause ("..., while the minister said ...") is no content of
  the cue it hangs on;
- `as_channel`: an "as reported X" clause hanging on another verb;
- `drop_nested`: a cue inside another claim's content whose only content is a quote.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)

CONTRAST_MARKS = {"while", "whereas", "although", "though"}


def as_channel(verb: Token) -> bool:
    """An "as reported X" clause (translated order: the source after the verb) hanging on
    another verb."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)


def subordinate(verb: Token) -> bool:
    """A clause of its own hanging on a cue, not its content: "X called for calm, while
    the minister expressed support and said ..." """
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in verb.children)


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    addressed = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"to", "on"}) for c in verb.children)
    if not addressed and any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in verb.children):
        return True  # "who asked not to be named" (not "appealed to residents not to leave")
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in {"decline", "refuse", "fail"}


def drop_nested(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A cue inside another claim's content ("..., asking ...") whose own content is only an
    adjacent quote is part of that claim, not a claim of its own."""
    kept = []
    for claim in claims:
        cue0 = claim["cue"][0]
        inside = any(o is not claim and o["content"][0] <= cue0 < o["content"][1] for o in claims)
        if inside and claim.get("_source") == "quote":
            continue
        kept.append(claim)
    return kept
