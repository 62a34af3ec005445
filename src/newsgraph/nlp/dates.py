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
