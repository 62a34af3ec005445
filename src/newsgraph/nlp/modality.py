"""Event modality: negated, hypothetical, future, historical.

- negated: a negation on the trigger's verb, or on the verb that controls it
  ("did not agree to withdraw"), "no" on a trigger noun, or "without" before the
  trigger's gerund ("withdrew without firing a shot");
- future: will/shall, "going to", a controlling verb of intention or agreement
  ("agreed to pull back", "plans to visit"), "would" inside reported speech
  ("he said Armenia would not withdraw": the future seen from the past);
- hypothetical: could/might/may/should, "would" in the article's own voice, "if"/"unless",
  a controlling verb of readiness or wish ("ready to release");
- historical: the event's date lies well before publication (background events).

Each flag comes with a reason for `newsgraph explain`.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)

HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "can", "must"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_HEADS = frozenset(
    {"plan", "intend", "expect", "schedule", "due", "set", "prepare", "aim", "agree", "promise", "pledge",
     "vow", "decide", "go", "commit", "undertake"}
)  # fmt: skip
HYPOTHETICAL_HEADS = frozenset(
    {"ready", "willing", "prepared", "offer", "propose", "consider", "threaten", "seek", "want", "hope",
     "try", "able", "possible", "likely", "demand", "urge", "ask", "call", "refuse", "wish", "need"}
)  # fmt: skip
# Background events: dated this many days or more before publication.
HISTORICAL_DAYS = 45


def modality(trigger: Token, *, reported: bool) -> tuple[dict[str, bool], list[str]]:
    """The four flags for a trigger and the reasons that set them."""
    reasons: list[str] = []
    verb = trigger
    if trigger.pos_ not in {"VERB", "AUX"}:
        if trigger.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}:
            verb = trigger.head
        elif trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
            verb = trigger.head.head
    children = list(verb.children)
    negated = any(c.dep_ == "neg" or (c.lower_ in {"never"} and c.dep_ == "advmod") for c in children)
    if negated:
        reasons.append(f"negation on '{verb.text}'")
    if not negated and verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        negated = True  # "left without firing a shot": the act did not happen
        reasons.append("'without' before the gerund")
    if trigger is not verb and any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
        negated = True
        reasons.append("'no' on the trigger noun")
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    hypothetical = bool(aux & HYPOTHETICAL_AUX)
    future = bool(aux & FUTURE_AUX)
    if "would" in aux:
        if reported:
            future = True
            reasons.append("'would' in reported speech: future in the past")
        else:
            hypothetical = True
            reasons.append("'would' in the article's voice")
    if aux & HYPOTHETICAL_AUX:
        reasons.append(f"modal '{sorted(aux & HYPOTHETICAL_AUX)[0]}'")
    if aux & FUTURE_AUX:
        reasons.append("auxiliary 'will'")
    conditional = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in children
    )
    if conditional:
        hypothetical = True
        reasons.append("conditional 'if'")
    node = verb
    for _ in range(2):
        if node.dep_ != "xcomp":
            break
        head = node.head
        head_lemma = head.lemma_.lower()
        if head_lemma in FUTURE_HEADS or head.lower_ == "going":
            future = True
            reasons.append(f"controlled by '{head.text}'")
        elif head_lemma in HYPOTHETICAL_HEADS:
            hypothetical = True
            reasons.append(f"controlled by '{head.text}'")
        head_aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
        if head_aux & FUTURE_AUX or ("would" in head_aux and reported):
            future = True
        elif head_aux & HYPOTHETICAL_AUX:
            hypothetical = True
        if any(c.dep_ == "neg" for c in head.children) and head_lemma not in {"refuse"}:
            negated = True
            reasons.append(f"negation on '{head.text}'")
        node = head
    if conditional:
        future = False  # "would strike if attacks continued": a condition, not a plan
    flags = {"negated": negated, "hypothetical": hypothetical and not future, "future": future, "historical": False}
    return flags, reasons


def is_historical(event_date: dict[str, Any] | None, published: str | None) -> bool:
    """True when the event is dated well before publication (background): a day 45 days or
    more before, a month two or more months before, a year before the publication year."""
    if not event_date or not published:
        return False
    try:
        then = date.fromisoformat(str(event_date.get("end") or event_date["value"])[:10])
        now = date.fromisoformat(published[:10])
    except (ValueError, KeyError):
        return False
    granularity = event_date.get("granularity")
    if granularity == "year":
        return then.year < now.year
    if granularity == "month":
        return (now.year - then.year) * 12 + now.month - then.month >= 2
    return (now - then).days >= HISTORICAL_DAYS
