"""Event size: how many dead, injured and arrested, and whether the count is approximate.

Counts come from the trigger's sentence: a number attached to a noun or verb of killing,
wounding or arresting ("killed at least 14 people", "some 40 wounded", "more than 300
people were detained", "in which some 1,200 people were killed"). Numbers inside date
expressions ("7 October") and ages ("a 25-year-old", "aged 70") are never counts.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Span, Token

LOGGER = logging.getLogger(__name__)

KILL = frozenset({"kill", "die", "dead", "death", "fatality", "massacre", "slay", "murder", "execute", "toll", "body"})
INJURE = frozenset({"injure", "wound", "hurt", "injured", "wounded", "injury", "casualty"})
ARREST = frozenset({"arrest", "detain", "round", "jail", "imprison", "apprehend", "detention", "arrested", "detained"})
APPROX = frozenset(
    {"about", "some", "around", "nearly", "almost", "roughly", "approximately", "over", "than", "least",
     "up", "estimated", "dozens", "hundreds", "thousands", "several", "more"}
)  # fmt: skip
PEOPLE = frozenset(
    {"people", "person", "civilian", "soldier", "child", "man", "woman", "protester", "demonstrator", "fighter",
     "resident", "troop", "worker", "militant", "officer", "member", "activist", "student", "journalist", "policeman"}
)  # fmt: skip
AGE_WORDS = frozenset({"year", "years", "old", "aged", "age"})
_NUMBER = re.compile(r"^\d[\d,.]*$")
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip


def _number(token: Token) -> int | None:
    text = token.text.lower().replace(",", "")
    if _NUMBER.match(text):
        try:
            return int(float(text))
        except ValueError:
            return None
    return WORD_NUMBERS.get(text)


def _is_age(token: Token) -> bool:
    doc = token.doc
    after = {t.lower_ for t in doc[token.i + 1 : token.i + 4]}
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return bool(after & {"year", "years", "-year", "old"} and "old" in after | {before}) or before in {"aged", "age"}


def _kind(lemmas: set[str]) -> str | None:
    if lemmas & KILL:
        return "dead"
    if lemmas & INJURE:
        return "injured"
    if lemmas & ARREST:
        return "arrested"
    return None


def event_size(sent: Span, date_spans: list[tuple[int, int]], own: set[int] | None = None) -> dict[str, Any]:
    """Counts of dead, injured and arrested stated in the sentence; with `own` (the token
    indexes of the event's own clause), only counts inside it."""
    size: dict[str, Any] = {"dead": None, "injured": None, "arrested": None, "approximate": False}
    for tok in sent:
        if own is not None and tok.i not in own:
            continue
        if not (tok.like_num or tok.lower_ in WORD_NUMBERS):
            continue
        if any(s <= tok.idx < e for s, e in date_spans) or _is_age(tok):
            continue
        value = _number(tok)
        if value is None:
            continue
        noun = tok.head if tok.dep_ in {"nummod", "quantmod", "compound"} else tok
        while noun.dep_ in {"nummod", "quantmod", "compound"} and noun.head.i != noun.i:
            noun = noun.head
        if noun.lemma_.lower() in AGE_WORDS:
            continue
        governor = noun.head
        lemmas = {noun.lemma_.lower(), governor.lemma_.lower()}
        if noun.dep_ == "pobj":
            lemmas.add(governor.head.lemma_.lower())
        key = _kind(lemmas)
        if key is None:
            key = _kind({c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "acl", "relcl", "conj"}})
        if key is None:
            # "in which some 1,200 people were killed": the count is the verb's subject
            for child in noun.children:
                if child.dep_ in {"relcl", "acl"}:
                    key = _kind({child.lemma_.lower()})
        if key is None or size[key] is not None:
            continue
        size[key] = value
        mods = {c.lower_ for c in tok.children} | {
            c.lower_ for c in noun.children if c.dep_ in {"advmod", "quantmod", "amod"}
        }
        prev = {p.lower_ for p in tok.doc[max(tok.i - 2, sent.start) : tok.i]}
        if (mods | prev) & APPROX:
            size["approximate"] = True
    return size
