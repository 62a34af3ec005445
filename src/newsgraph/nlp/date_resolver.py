"""The date component: time expressions of a document, resolved in context.

`DateResolver` reads the DATE/TIME entities (and "that night" phrases NER misses) and
resolves each with `nlp/dates.py`; expressions that only make sense against another
date of the article ("that night", "the evening before", "a day after the court ruled",
"two weeks after the 7 October attack") lean on the dates found before them. Whether an
expression looks ahead ("will meet on Friday") comes from its verb.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.dates import (
    _DAY_AFTER,
    _DAY_BEFORE,
    _DAY_MONTH,
    _DEADLINE,
    _FUTURE_WORDS,
    _MONTH,
    _MONTH_DAY,
    _NP_TAGS,
    _OFFSET,
    _SAME_DAY,
    _SPAN_OF,
    _THAT_DAY,
    _WEEKDAY,
    _YEAR,
    MONTHS,
    _day,
    _offset_days,
    _strip,
    _value,
    resolve,
)
from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)


# nouns a time expression may open with ("night of Sunday", "end of March", "weeks ago")
TIME_WORDS = frozenset(
    {"today", "yesterday", "tomorrow", "tonight", "night", "nights", "morning", "evening", "afternoon",
     "weekend", "overnight", "dawn", "daybreak", "noon", "midnight", "midday", "spring", "summer", "autumn",
     "fall", "winter", "end", "beginning", "start", "middle", "mid", "day", "days", "week", "weeks",
     "month", "months", "year", "years", "decade", "decades", "hour", "hours", "minute", "minutes",
     "fortnight", "time", "season", "quarter", "half", "eve", "wake", "run", "period", "term", "date"}
)  # fmt: skip


def _governing_verb(span: Span) -> Token:
    head = span.root.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or head.dep_ == "ROOT":
            break
        head = head.head
    return head


def _after_since_phrase(span: Span, verb: Token) -> bool:
    """ "workers it has held since March on Friday": a second expression after a "since" one in
    a relative clause belongs to the clause around it (a state has one time span, not two);
    the parser hangs both on the relative verb."""
    if verb.dep_ not in {"relcl", "acl"} or span.start == 0 or span.doc[span.start - 1].lower_ == "since":
        return False
    return any(t.lower_ == "since" and t.i < span.start for t in verb.subtree)


def _is_future(span: Span) -> bool:
    """Does the expression's verb look ahead ("will meet on Friday", "agreed to pay by Sunday")?"""
    verb = _governing_verb(span)
    if _after_since_phrase(span, verb):
        verb = _governing_verb(span.doc[verb.head.i : verb.head.i + 1])
    children = list(verb.children)
    if any(c.lower_ in {"will", "shall", "'ll", "wo"} for c in children):
        return True
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in children):
        return True
    before = span.doc[max(span.start - 5, span.sent.start) : span.start]
    prep = span.doc[span.start - 1] if span.start > span.sent.start else None
    infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in children)
    modal = any(c.lower_ in {"would", "could", "might", "may", "should"} for c in children) and verb.tag_ == "VB"
    if (infinitive or modal) and (prep is None or prep.lower_ != "since"):
        return True
    if prep is not None and prep.lower_ in _DEADLINE and (infinitive or modal):
        return True
    return any(t.lower_ in _FUTURE_WORDS for t in before) or verb.lemma_ in {"expect", "plan", "schedule"}


class DateResolver:
    """spaCy component: writes `doc._.ng_dates` from DATE/TIME entities and the dateline."""

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.ng_published
        base = date.fromisoformat(published) if published else None
        warnings = list(doc._.ng_warnings or [])
        context = _Context(doc, base)
        dateline = doc._.ng_dateline or {}
        if dateline.get("date_start") is not None:
            context.add_dateline_date(dateline["date_start"], dateline["date_end"])
        ents = [part for e in doc.ents if e.label_ in {"DATE", "TIME"} for part in _split_expressions(e)]
        skip_until = -1
        for ent in ents:
            if ent.start < skip_until or context.covered(ent.start_char, ent.end_char):
                continue
            low = ent.text.lower()
            if ent.label_ == "TIME" and not re.search(r"night|morning|evening|afternoon|overnight", low):
                continue
            if re.fullmatch(r"(?:the\s+)?\d+\s*(?:-|to)?\s*year[s-]?(?:\s*-?\s*old)?|\d+ years old|age", low):
                continue  # ages
            end_token = context.add(ent)
            skip_until = max(skip_until, end_token)
        context.add_unlabelled()
        if base is None and any(d["value"] is None for d in context.found):
            warnings.append("no publication date: relative dates are left unresolved (pass --published)")
        doc._.ng_dates = sorted(context.found, key=lambda d: d["start"])
        doc._.ng_warnings = warnings
        return doc


class _Context:
    """The dates found so far in one document, which later expressions may lean on."""

    def __init__(self, doc: Doc, base: date | None) -> None:
        self.doc = doc
        self.base = base
        self.found: list[dict[str, Any]] = []
        self.day_month_year: dict[tuple[int, int], int] = {}  # (month, day) -> year the text fixed

    # -- what earlier dates give later ones ------------------------------------------
    def _days(self) -> list[dict[str, Any]]:
        return [d for d in self.found if d["granularity"] == "day" and d["value"] and not d.get("dateline")]

    def previous_day(self, before: int | None = None) -> date | None:
        days = [d for d in self._days() if before is None or d["start"] < before]
        return date.fromisoformat(days[-1]["value"]) if days else None

    def lead_day(self) -> date | None:
        # the first day the story gives is, in news, the day of its main event
        days = self._days()
        return date.fromisoformat(days[0]["value"]) if days else None

    def covered(self, start: int, end: int) -> bool:
        return any(d["start"] <= start and end <= d["end"] for d in self.found)

    # -- adding ---------------------------------------------------------------------
    def add_dateline_date(self, start: int, end: int) -> None:
        text = text_of(self.doc)[start:end]
        entry: dict[str, Any] = {"start": start, "end": end, "text": text, "dateline": True}
        entry.update(resolve(text, self.base) or {"value": None, "end_value": None, "granularity": "day"})
        self.found.append(entry)

    def add(self, ent: Span) -> int:
        """Resolve `ent` (and what it leans on); returns the token index it consumed up to."""
        doc = self.doc
        entry: dict[str, Any] = {"start": ent.start_char, "end": ent.end_char, "text": ent.text}
        text = _with_day_number(ent)
        if len(text) > len(ent.text):
            entry.update({"start": ent.end_char - len(text), "text": text})
        low = _strip(text.lower().replace("’", "'"))
        consumed = ent.end
        resolved: dict[str, Any] | None = None
        offset = _SPAN_OF.match(low)
        follower = doc[ent.end] if ent.end < len(doc) else None
        inner = _OFFSET.search(low)
        if offset and follower is not None and follower.lower_ in {"after", "before"}:
            resolved, consumed = self._offset_from(ent, offset[1], offset[2], follower)
        elif inner and inner[3].lower() in {"after", "before"}:
            # NER took the anchor in ("two weeks after the 7 October"): the anchor is the rest
            resolved = self._offset_inner(ent, inner)
        elif inner and inner[3].lower() in {"later", "earlier"}:
            prev = self.previous_day()
            if prev is not None:
                days = _offset_days(inner[1], inner[2]) * (1 if inner[3].lower() == "later" else -1)
                resolved = _day(prev + timedelta(days=days))
        elif _SAME_DAY.match(low) or _DAY_BEFORE.match(low) or _DAY_AFTER.match(low):
            prev = self.previous_day()
            if prev is not None:
                shift = -1 if _DAY_BEFORE.match(low) else 1 if _DAY_AFTER.match(low) else 0
                resolved = _day(prev + timedelta(days=shift))
        elif low in {"night", "evening", "morning", "afternoon"}:
            # NER often keeps only "night" of "that night" / "the evening before"
            prev, start, end = self.previous_day(), ent.start, ent.end
            before = doc[start - 1].lower_ if start > 0 else ""
            after = doc[end].lower_ if end < len(doc) else ""
            if prev is None or before not in {"that", "the"} or (before == "the" and after != "before"):
                return consumed  # "Wednesday evening" split by NER: the day carries it
            resolved = _day(prev - timedelta(days=1 if after == "before" else 0))
            consumed = end + (1 if after == "before" else 0)
            entry["start"] = doc[start - 1].idx
        else:
            resolved = self._reused(low) or resolve(text, self.base, future=_is_future(ent))
        if consumed > ent.end or entry["start"] != ent.start_char:
            end_char = doc[consumed - 1].idx + len(doc[consumed - 1].text)
            entry.update({"end": end_char, "text": text_of(doc)[entry["start"] : end_char]})
        entry.update(resolved or {"value": None, "end_value": None, "granularity": "approximate"})
        self._remember(low, entry)
        self.found.append(entry)
        return consumed

    def add_unlabelled(self) -> None:
        """ "that night", "that day": often not a DATE entity at all; the day last given."""
        for match in _THAT_DAY.finditer(text_of(self.doc)):
            if self.covered(match.start(), match.end()):
                continue
            prev = self.previous_day(before=match.start())
            if prev is not None:
                entry = {"start": match.start(), "end": match.end(), "text": match.group(0)}
                entry.update(_day(prev))
                self.found.append(entry)

    def _reused(self, low: str) -> dict[str, Any] | None:
        """A bare day-month the article already fixed ("7 October of last year") keeps its year."""
        if _YEAR.search(low) or "year" in low:
            return None
        for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
            if m := pattern.search(low):
                day_s, month_s = (m[1], m[2]) if order == "dm" else (m[2], m[1])
                key = (MONTHS[month_s.lower()], int(day_s))
                if key in self.day_month_year:
                    try:
                        return _day(date(self.day_month_year[key], *key))
                    except ValueError:
                        return None
        return None

    def _remember(self, low: str, entry: dict[str, Any]) -> None:
        if entry["granularity"] != "day" or not entry["value"] or entry.get("end_value"):
            return
        if _DAY_MONTH.search(low) or _MONTH_DAY.search(low):
            value = date.fromisoformat(entry["value"])
            self.day_month_year.setdefault((value.month, value.day), value.year)

    def _offset_inner(self, ent: Span, inner: re.Match[str]) -> dict[str, Any] | None:
        anchor_text = ent.text[ent.text.lower().find(inner[3].lower()) + len(inner[3]) :]
        anchor = self._reused(anchor_text.lower()) or resolve(anchor_text, self.base)
        if anchor is None or not anchor["value"] or anchor["granularity"] != "day":
            return None
        sign = 1 if inner[3].lower() == "after" else -1
        value = date.fromisoformat(anchor["value"]) + timedelta(days=sign * _offset_days(inner[1], inner[2]))
        return _offset_result(value, inner[2])

    def _offset_from(self, ent: Span, count: str, unit: str, word: Token) -> tuple[dict[str, Any] | None, int]:
        """ "two weeks after the 7 October attack", "two days after the attack", "a day after a
        court sentenced him": an offset from another date of the text."""
        doc = self.doc
        sign = 1 if word.lower_ == "after" else -1
        days = _offset_days(count, unit)
        window = doc[word.i + 1 : min(word.i + 8, word.sent.end)]
        dated = next((e for e in doc.ents if e.label_ == "DATE" and window.start <= e.start < window.end), None)
        noun = next((c for c in word.children if c.dep_ == "pobj"), None)
        if dated is not None and (noun is None or dated.start <= noun.i):
            # the anchor is a date of its own ("after the 7 October massacre"); it stays its own
            # expression, so only "two weeks after" is taken here
            anchor_text = _with_day_number(dated)
            anchor = self._reused(anchor_text.lower()) or resolve(anchor_text, self.base)
            if anchor and anchor["value"] and anchor["granularity"] == "day":
                value = date.fromisoformat(anchor["value"]) + timedelta(days=sign * days)
                return _offset_result(value, unit), word.i + 1
            return None, word.i + 1
        if _opens_clause(word) or noun is None:
            # "X came a day after <clause>": the clause's event is that far from the day last given
            prev = self.previous_day()
            if prev is None:
                return None, word.i + 1
            return _offset_result(prev - timedelta(days=sign * days), unit), word.i + 1
        # "two days after the attack": the attack is the story's main event, its first day
        lead = self.lead_day()
        if lead is None:
            return None, noun.i + 1
        return _offset_result(lead + timedelta(days=sign * days), unit), noun.i + 1


def _split_expressions(ent: Span) -> list[Span]:
    """ "January on Tuesday" (one NER entity after "since"): two expressions, the state's start
    and the event's day; each is resolved on its own."""
    for tok in ent[1:-1]:
        if tok.lower_ in {"on", "in"} and _WEEKDAY.fullmatch(ent.doc[tok.i + 1].text):
            return [ent.doc[ent.start : tok.i], ent.doc[tok.i + 1 : ent.end]]
    return [_trim_nouns(ent)]


def _trim_nouns(ent: Span) -> Span:
    """ "tankers last month": NER took in the noun before the expression; drop plain nouns
    that no time expression opens with."""
    start = ent.start
    while start < ent.end - 1:
        tok = ent.doc[start]
        if not (tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha and tok.lower_ not in TIME_WORDS):
            break
        start += 1
    return ent.doc[start : ent.end] if start > ent.start else ent


def _with_day_number(ent: Span) -> str:
    """ "9 March" of which NER kept only "March"."""
    doc = ent.doc
    if ent.start > 0 and _MONTH.fullmatch(ent.text) and re.fullmatch(r"\d{1,2}", doc[ent.start - 1].text):
        return text_of(doc)[doc[ent.start - 1].idx : ent.end_char]
    return ent.text


def _opens_clause(word: Token) -> bool:
    """Does "after"/"before" open a clause ("after a court sentenced him") rather than a noun
    phrase ("after the attack that ...")? A finite verb right after a short noun phrase says so."""
    if word.dep_ == "mark":
        return True
    doc = word.doc
    i = word.i + 1
    while i < min(word.i + 9, len(doc)) and doc[i].pos_ in _NP_TAGS and doc[i].tag_ != "WDT":
        i += 1
    return i < len(doc) and i > word.i + 1 and (doc[i].tag_ in {"VBD", "VBZ", "VBP", "MD"} or doc[i].pos_ == "AUX")


def _offset_result(value: date, unit: str) -> dict[str, Any]:
    gran = "day" if unit.lower().startswith("day") else "approximate"
    return {"value": _value(value), "end_value": None, "granularity": gran}
