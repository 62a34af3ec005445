"""Cues that make no claim of their own, or none apart from another cue's.

- `negated`: "Hezbollah did not comment", "declined to say who ...";
- `subordinate`: a contrast clause ("..., while the minister said ...") is no content of
  the cue it hangs on;
- `as_channel`: an "as reported X" clause hanging on another verb;
- `drop_nested`: a cue inside another claim's content whose only content is a quote;
- `drop_embedded`: a cue inside the reported clause of another cue ("X said the council
  rejected the demand", "said they would march to demand ...") reports what the speaker
  says, not a claim of its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Token

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


def load_word_list(data_dir: Path, section: str) -> frozenset[str]:
    """A list section of cues.yaml ("refusal_objects", "owned_objects"), lower case; empty
    when an older data folder lacks it."""
    path = data_dir / "cues.yaml"
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return frozenset(str(w).lower() for w in data.get(section) or [])


def refusal(verb: Token, objects: frozenset[str]) -> bool:
    """ "denied entry to observers", "denied him bail", "refused them access": withholding
    something is an act, not a denial of a statement. The parse may read the thing
    withheld as the object or, after a pronoun, as a clause ("him bail")."""
    return any(c.dep_ in {"dobj", "dative", "ccomp"} and c.lemma_.lower() in objects for c in verb.children)


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


# slack, in characters, for an inner content that runs to the outer one's closing mark
EMBED_SLACK = 2


def drop_embedded(doc: Doc, claims: list[dict[str, Any]], quotes: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """A claim whose cue lies inside another claim's reported clause is part of what that
    speaker reports ("the minister said the council rejected the plan", "said they would
    march to demand his resignation", "said Budapest would block any statement condemning
    X", a report inside a quotation), not a claim of its own. A relative clause ("a tax
    that unions had denounced as ...") and a closing participle ("..., calling the charge
    a fabrication") are the text's or the outer speaker's own further claims."""
    if len(claims) < 2:
        return claims
    dropped: set[int] = set()
    for k, inner in enumerate(claims):
        cue_i = inner.get("_cue_token")
        if cue_i is None:
            continue
        cue = doc[cue_i]
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > 0 and doc[cue.i - 1].text == ",":
            continue
        c0, c1 = inner["cue"]
        for outer in claims:
            o0, o1 = outer["content"]
            if outer is inner or not (o0 <= c0 and c1 <= o1) or outer.get("_cue_token") is None:
                continue
            if _hangs_on(cue, doc[outer["_cue_token"]]) or _quoted_within(inner, outer, quotes):
                dropped.add(k)
                break
    return [claim for k, claim in enumerate(claims) if k not in dropped]


def _hangs_on(cue: Token, head: Token) -> bool:
    """Whether the parse hangs `cue`, after `head` in its sentence, on `head` through no
    relative clause, no coordinate clause ("said A, but the embassy said B") and no
    contrast clause ("said A, while the Red Cross said B")."""
    if cue.i < head.i or cue.sent.start != head.sent.start or not head.is_ancestor(cue):
        return False
    tok = cue
    while tok.i != head.i:
        if tok.dep_ in {"relcl", "conj"} or subordinate(tok):
            return False
        tok = tok.head
    return True


def _quoted_within(inner: dict[str, Any], outer: dict[str, Any], quotes: list[tuple[int, int]]) -> bool:
    """Whether the outer content is one quotation holding the inner cue and content."""
    o0, o1 = outer["content"]
    i0, i1 = inner["content"]
    quoted = any(q0 - 1 <= o0 and o1 <= q1 + 1 for q0, q1 in quotes)
    return quoted and o0 - EMBED_SLACK <= i0 and i1 <= o1 + EMBED_SLACK
