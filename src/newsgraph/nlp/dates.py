"""Dates: time expressions resolved against the publication date.

Our own rules cover what news uses most and what dateparser gets wrong or cannot
parse ("7 October of last year", "on Wednesday" read as the past, "next week" as the
Monday it starts on, "two weeks after the 7 October attack"); dateparser is the
fallback for anything else. Expressions that only make sense against another date of
the article ("that night", "the evening before", "a day after the court ruled") are
resolved in `DateResolver` from the dates found before them.
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2,
}  # fmt: skip
UNITS = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "fortnight": 14,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
}
_NUM = r"a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+"
_UNIT = r"days?|weeks?|fortnight|months?|years?"
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\b\.?,?\s+(\d{{4}})\b", re.I)
_MONTH = re.compile(rf"\b({_MONTH_RE})\b", re.I)
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_RE})(?:'s|’s)?\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RANGE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}}))?",
    re.I,
)
_RANGE_MD = re.compile(rf"\b({_MONTH_RE})\b\.?\s+(\d{{1,2}})\s*(?:and|-|–|to)\s*(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?", re.I)
_OFFSET = re.compile(rf"\b({_NUM})\s+({_UNIT})\s+(ago|after|before|later|earlier)\b", re.I)
_SPAN_OF = re.compile(rf"^(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+)?({_NUM})\s+({_UNIT})$", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# words that may open an expression without changing its value ("on Wednesday",
# "as early as February", "late on Tuesday"); stripped repeatedly
_LEADING = re.compile(
    r"^(?:on|in|at|since|by|until|till|from|during|through|early|late|earlier|later|just|only|as early as|"
    r"as late as|no later than|not until|around|about|mid-?|the|of|before|after|this past|over)\s+",
    re.I,
)
_DEADLINE = {"by", "until", "till", "before"}  # "agreed to pay by Sunday": a future day when the verb is
_FUTURE_WORDS = {"ahead", "upcoming", "scheduled", "due", "planned", "expected", "next", "coming"}
# relative to the date the text last gave ("that night", "the evening before")
# (matched after `_strip` has taken a leading "the" away)
_SAME_DAY = re.compile(r"^(?:that|same)\s+(?:day|night|evening|morning|afternoon)$", re.I)
_DAY_BEFORE = re.compile(
    r"^(?:day|night|evening|morning)\s+before$|^(?:previous|preceding)\s+(?:day|night|evening)$", re.I
)
_DAY_AFTER = re.compile(r"^(?:next|following)\s+(?:day|morning|evening)$|^day\s+after$", re.I)
_THAT_DAY = re.compile(r"\b[Tt]hat (?:night|evening|morning|afternoon|day)\b")
_NP_TAGS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PRON", "PART"}


def _value(day: date) -> str:
    return day.isoformat()


def _day(day: date) -> dict[str, Any]:
    return {"value": _value(day), "end_value": None, "granularity": "day"}


def _month(year: int, month: int) -> dict[str, Any]:
    return {"value": f"{year:04d}-{month:02d}-01", "end_value": None, "granularity": "month"}


def _year(year: int) -> dict[str, Any]:
    return {"value": f"{year:04d}-01-01", "end_value": None, "granularity": "year"}


def _week(monday: date) -> dict[str, Any]:
    return {"value": _value(monday), "end_value": None, "granularity": "week"}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS.get(word.lower(), 1)


def _offset_days(count_word: str, unit: str) -> int:
    return _count(count_word) * UNITS[unit.lower()]


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _most_recent(month: int, day: int, base: date, *, future: bool = False) -> date | None:
    for year in (base.year, base.year + 1) if future else (base.year, base.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= base) if future else (candidate <= base):
            return candidate
    return None


def _strip(low: str) -> str:
    previous = None
    while previous != low:
        previous = low
        low = _LEADING.sub("", low)
    return low.strip(" ,./")


def resolve(text: str, base: date | None, *, future: bool = False) -> dict[str, Any] | None:
    """{"value", "end_value", "granularity"} for a time expression, or None.

    `base` is the publication date; without it only absolute dates resolve. `future`
    says the expression's verb looks ahead ("will meet on Friday").
    """
    low = _strip(re.sub(r"\s+", " ", text.lower().replace("’", "'")))
    if m := _ISO.search(low):
        try:
            return _day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    for pattern, order in ((_RANGE, "ddm"), (_RANGE_MD, "mdd")):
        if m := pattern.search(low):
            month_s, d1, d2 = (m[3], m[1], m[2]) if order == "ddm" else (m[1], m[2], m[3])
            year = int(m[4]) if m[4] else None
            start = _with_year(MONTHS[month_s.lower()], int(d1), year, base, low, future)
            end = _with_year(MONTHS[month_s.lower()], int(d2), year, base, low, future)
            if start and end and start <= end:
                return {"value": _value(start), "end_value": _value(end), "granularity": "day"}
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        if m := pattern.search(low):
            day_s, month_s = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            year = int(m[3]) if m[3] else None
            found = _with_year(MONTHS[month_s.lower()], int(day_s), year, base, low, future)
            if found:
                return _day(found)
    if m := _MONTH_YEAR.search(low):
        return _month(int(m[2]), MONTHS[m[1].lower()])
    if base is None:
        if m := _YEAR.fullmatch(low):
            return _year(int(m[1]))
        return None
    return _relative(low, base, future)


def _relative(low: str, base: date, future: bool) -> dict[str, Any] | None:
    """Expressions that need the publication date."""
    if re.fullmatch(r"(?:today|this (?:morning|afternoon|evening)|tonight|now|earlier today|later today)", low):
        return _day(base)
    if re.fullmatch(r"(?:yesterday|last night|overnight)(?: (?:morning|afternoon|evening|night))?", low):
        return _day(base - timedelta(days=1))
    if re.fullmatch(r"tomorrow(?: (?:morning|afternoon|evening|night))?", low):
        return _day(base + timedelta(days=1))
    if re.fullmatch(r"the day before yesterday", low):
        return _day(base - timedelta(days=2))
    if m := _WEEKDAY.search(low):
        return _day(_weekday(WEEKDAYS[m[1].lower()], low, base, future))
    if m := _OFFSET.search(low):
        days = _offset_days(m[1], m[2])
        gran = "day" if m[2].lower().startswith(("day", "week")) else "approximate"
        if m[3].lower() == "ago":
            return {"value": _value(base - timedelta(days=days)), "end_value": None, "granularity": gran}
        return None  # "after"/"before"/"later" need another date: DateResolver handles them
    if m := re.fullmatch(r"(?:the\s+)?(?:end|close) of (?:the|this) (month|year|week)", low):
        if m[1] == "month":
            last = calendar.monthrange(base.year, base.month)[1]
            return {"value": _value(base.replace(day=last)), "end_value": None, "granularity": "approximate"}
        if m[1] == "year":
            return {"value": f"{base.year}-12-31", "end_value": None, "granularity": "approximate"}
        sunday = base + timedelta(days=6 - base.weekday())
        return {"value": _value(sunday), "end_value": None, "granularity": "approximate"}
    monday = base - timedelta(days=base.weekday())
    if m := re.fullmatch(r"(last|past|previous|this|next|coming|the coming|the past) (week|month|year)", low):
        which, unit = m[1].replace("the ", ""), m[2]
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
        if unit == "week":
            return _week(monday + timedelta(days=7 * step))
        if unit == "month":
            first = _shift_months(base, step)
            return _month(first.year, first.month)
        return _year(base.year + step)
    if m := _MONTH.fullmatch(low) or re.fullmatch(rf"(?:last|this|next) ({_MONTH_RE})", low):
        month = MONTHS[m[1].lower()]
        if low.startswith("last"):
            future = False
            year = base.year if month < base.month else base.year - 1
        elif low.startswith("next") or future:
            year = base.year if month >= base.month else base.year + 1
        else:
            year = base.year if month <= base.month else base.year - 1
        return _month(year, month)
    if m := _YEAR.fullmatch(low):
        return _year(int(m[1]))
    return _dateparser(low, base)


def _weekday(weekday: int, low: str, base: date, future: bool) -> date:
    if low.startswith("next") or (future and not low.startswith("last")):
        ahead = (weekday - base.weekday()) % 7
        if low.startswith("next"):
            # "next Monday": the Monday of the coming week
            return base + timedelta(days=ahead or 7)
        return base + timedelta(days=ahead)
    delta = (base.weekday() - weekday) % 7
    if low.startswith("last") and delta == 0:
        delta = 7
    return base - timedelta(days=delta)


def _with_year(month: int, day: int, year: int | None, base: date | None, low: str, future: bool) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if base is None:
            return None
        if "last year" in low or "previous year" in low:
            return date(base.year - 1, month, day)
        if "this year" in low:
            return date(base.year, month, day)
        if "next year" in low:
            return date(base.year + 1, month, day)
        return _most_recent(month, day, base, future=future)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, base: date) -> dict[str, Any] | None:
    # dateparser handles long-tail phrasings our rules do not ("a fortnight ago", other
    # languages); it is slow, so results are cached per (text, base).
    if not re.search(r"\d|ago|week|month|year|day", text):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past"},
        )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    return {"value": _value(parsed.date()), "end_value": None, "granularity": "approximate"}


def _governing_verb(span: Span) -> Token:
    head = span.root.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or head.dep_ == "ROOT":
            break
        head = head.head
    return head


def _is_future(span: Span) -> bool:
    """Does the expression's verb look ahead ("will meet on Friday", "agreed to pay by Sunday")?"""
    verb = _governing_verb(span)
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
        ents = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
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
