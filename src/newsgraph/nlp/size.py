"""Event size: how many dead, injured and arrested, and whether the count is approximate.

Counts come from the trigger's sentence: a number attached to a noun or verb of killing,
wounding or arresting ("killed at least 14 people", "some 40 wounded", "more than 300
people were detained", "in which some 1,200 people were killed"). Numbers inside date
expressions ("7 October") and ages ("a 25-year-old", "aged 70") are never counts.

Tolls stated without an event verb ("the death toll rose to 31", "the number of people
killed in the shelling has risen to 23", "bringing the toll to 40", "12 people have died
since", "at least 12 dead") create no event: `find_tolls` reads them, and `apply_tolls`
gives them to the event they refer to: the event named in the toll's clause ("the death
toll from Monday's shelling"), else the latest earlier asserted ASSAULT (COERCE for
arrests). A toll that rises ("rose to", "bringing the toll to") replaces a smaller count;
any other fills only a count not yet known.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

LOGGER = logging.getLogger(__name__)

KILL = frozenset({"kill", "die", "dead", "death", "fatality", "massacre", "slay", "murder", "execute", "toll", "body"})
INJURE = frozenset({"injure", "wound", "hurt", "injured", "wounded", "injury", "casualty"})
# "round" (rounded up), "pick" (picked up), "haul" (hauled in), "nab": arrests in wire copy
ARREST = frozenset(
    {"arrest", "detain", "round", "jail", "imprison", "apprehend", "detention", "arrested", "detained", "pick",
     "haul", "nab", "custody"}
)  # fmt: skip
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


_LAST_NUMBERS: list[tuple[Doc, list[int]]] = []  # the doc being coded (one entry; holds the doc)


def _number_tokens(doc: Doc) -> list[int]:
    """The indexes of the doc's number words ("12", "twelve"), found once for all its events."""
    if _LAST_NUMBERS and _LAST_NUMBERS[0][0] is doc:
        return _LAST_NUMBERS[0][1]
    found = [t.i for t in doc if t.like_num or t.lower_ in WORD_NUMBERS]
    _LAST_NUMBERS[:] = [(doc, found)]
    return found


def event_size(sent: Span, date_spans: list[tuple[int, int]], own: set[int] | None = None) -> dict[str, Any]:
    """Counts of dead, injured and arrested stated in the sentence; with `own` (the token
    indexes of the event's own clause), only counts inside it."""
    size: dict[str, Any] = {"dead": None, "injured": None, "arrested": None, "approximate": False}
    doc = sent.doc
    numbers = _number_tokens(doc)
    within = numbers[bisect_left(numbers, sent.start) : bisect_left(numbers, sent.end)]
    tokens: Iterable[Token] = [doc[i] for i in within if own is None or i in own]
    for tok in tokens:
        if any(s <= tok.idx < e for s, e in date_spans) or _is_age(tok):
            continue
        if tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "no":
            continue  # "no one was killed": no count
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
        if noun.dep_ in {"nsubjpass", "nsubj"}:
            # "three protesters were shot dead", "two men were found dead"
            lemmas |= {c.lemma_.lower() for c in governor.children if c.dep_ in {"oprd", "acomp"}}
        # "were killed and some 60 wounded": the count's own participle comes first
        key = _kind({c.lemma_.lower() for c in noun.children if c.dep_ in {"acl", "amod"}}) or _kind(lemmas)
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
        # a verb's particle is no hedge: "picked up 14", "handed over 80" (but "up to 14")
        prev = {p.lower_ for p in tok.doc[max(tok.i - 2, sent.start) : tok.i] if p.dep_ != "prt"}
        if (mods | prev) & APPROX:
            size["approximate"] = True
    return size


# -- tolls without an event verb ------------------------------------------------------------
TOLL_NOUNS = frozenset({"toll"})
# "the number of people killed", "the tally of the dead"
COUNT_NOUNS = frozenset({"number", "count", "tally", "total"})
# Verbs that state a toll as a new, higher figure.
TOLL_UPDATES = frozenset(
    {"rise", "climb", "reach", "increase", "jump", "mount", "grow", "soar", "hit", "stand", "bring", "raise", "push"}
)
TOLL_KINDS = {"death": "dead", "injury": "injured", "casualty": "dead", "arrest": "arrested", "detention": "arrested"}
# How many sentences back a bare count ("12 people have died since") may refer.
COUNT_WINDOW = 3
# The event type a count belongs to.
COUNT_TYPES = {"dead": "ASSAULT", "injured": "ASSAULT", "arrested": "COERCE"}


@dataclass
class Toll:
    """One count stated in a sentence, and what it may refer to."""

    kind: str  # dead | injured | arrested
    value: int
    approximate: bool
    update: bool  # "rose to", "bringing the toll to": a newer, higher figure
    start: int  # token index where the toll is stated
    sent_no: int
    bare: bool  # a count with no toll noun ("12 people have died since")
    referents: set[int] = field(default_factory=set)  # tokens of the toll's own clause


def _toll_kind(noun: Token) -> str | None:
    """ "death toll" -> dead; "the number of people killed" -> dead; else None."""
    lemma = noun.lemma_.lower()
    if lemma in TOLL_NOUNS:
        for child in noun.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.lemma_.lower() in TOLL_KINDS:
                return TOLL_KINDS[child.lemma_.lower()]
        return "dead"
    if lemma not in COUNT_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words = {obj.lemma_.lower(), obj.lower_}
            words |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"acl", "amod", "relcl"}}
            kind = _kind(words)
            if kind is not None:
                return kind
    return None


def in_toll(token: Token) -> bool:
    """ "the number of people killed in the strike": a participle inside a toll phrase."""
    if token.dep_ not in {"acl", "relcl", "amod"}:
        return False
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return _toll_kind(noun.head.head) is not None
    return False


def _figure(node: Token, date_spans: list[tuple[int, int]]) -> Token | None:
    for tok in node.subtree:
        if (tok.like_num or tok.lower_ in WORD_NUMBERS) and not any(s <= tok.idx < e for s, e in date_spans):
            if not _is_age(tok) and _number(tok) is not None:
                return tok
    return None


def _toll_figure(noun: Token, date_spans: list[tuple[int, int]]) -> tuple[Token, Token] | None:
    """The number a toll noun is given, and the verb (or the noun) that states it."""
    verb = noun.head
    places: list[Token] = []
    clause = noun
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ in {"VERB", "AUX"}:
        # "the toll rose to 31", "stands at 17", "bringing the toll to 40", "put the toll at four"
        clause = verb
        places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}]
        places += [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}]
        if noun.dep_ != "dobj":
            places += [c for c in verb.children if c.dep_ in {"dobj", "attr"}]  # "the toll reached 40"
    if noun.lemma_.lower() in TOLL_NOUNS:
        places += [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]  # "a death toll of 40"
    for place in places:
        figure = _figure(place, date_spans)
        if figure is not None:
            return figure, clause
    return None


def _approximate(tok: Token, sent: Span) -> bool:
    words = {c.lower_ for c in tok.children} | {c.lower_ for c in tok.head.children if c.dep_ in {"advmod", "quantmod"}}
    words |= {p.lower_ for p in tok.doc[max(tok.i - 3, sent.start) : tok.i]}
    return bool(words & APPROX)


def find_tolls(sent: Span, sent_no: int, date_spans: list[tuple[int, int]], bare: bool) -> list[Toll]:
    """Tolls stated in a sentence; with `bare`, also plain counts of dead, injured or
    arrested ("12 people have died since"), for a sentence that codes no event of its own."""
    tolls: list[Toll] = []
    for noun in sent:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        kind = _toll_kind(noun)
        found = _toll_figure(noun, date_spans) if kind else None
        if kind is None or found is None:
            continue
        figure, clause = found
        value = _number(figure)
        if value is None:
            continue
        tolls.append(
            Toll(
                kind=kind, value=value, approximate=_approximate(figure, sent),
                update=clause.lemma_.lower() in TOLL_UPDATES, start=noun.i, sent_no=sent_no, bare=False,
                referents={t.i for t in clause.subtree},
            )
        )  # fmt: skip
    if bare and not tolls:
        size = event_size(sent, date_spans)
        for kind in ("dead", "injured", "arrested"):
            if size[kind] is not None:
                tolls.append(Toll(kind, size[kind], size["approximate"], False, sent.start, sent_no, True))
    return tolls


def apply_tolls(kept: list[dict[str, Any]], by_token: dict[int, dict[str, Any]], tolls: list[Toll]) -> None:
    """Give each toll to the event it refers to (see the module docstring); never a new event."""
    last_mention: dict[int, int] = {}
    for tok, event in by_token.items():
        last_mention[id(event)] = max(last_mention.get(id(event), -1), tok)
    for toll in tolls:
        etype = COUNT_TYPES[toll.kind]
        named = [by_token[i] for i in sorted(toll.referents) if i in by_token and by_token[i]["event"] == etype]
        target = named[0] if named else None
        if target is None:
            earlier = [
                k for k in kept
                if k["event"] == etype and _asserted(k) and last_mention.get(id(k), k["_token"]) < toll.start
                and (not toll.bare or toll.sent_no - k["_sent_no"] <= COUNT_WINDOW)
                and (etype != "COERCE" or k["mode"] == "arrest")
            ]  # fmt: skip
            target = max(earlier, key=lambda k: last_mention.get(id(k), k["_token"])) if earlier else None
        if target is None:
            continue
        size = target["size"]
        current = size[toll.kind]
        if current is None:
            size[toll.kind] = toll.value
            size["approximate"] = size["approximate"] or toll.approximate
        elif toll.update and toll.value > current and (named or toll.sent_no > target["_sent_no"]):
            size[toll.kind], size["approximate"] = toll.value, toll.approximate
        else:
            continue
        target["why"].setdefault("size", []).append(f"toll {toll.value} {toll.kind} in sentence {toll.sent_no + 1}")


def _asserted(event: dict[str, Any]) -> bool:
    flags = event["modality"]
    return not (flags["negated"] or flags["future"] or flags["hypothetical"])
