"""Dates: time expressions resolved against the publication date.

Our own rules cover what news uses most and what dateparser gets wrong or cannot
parse ("7 October of last year", "on Wednesday" read as the past, "two weeks after the
7 October attack"); dateparser is the fallback for anything else.
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Span

LOGGER = logging.getLogger(__name__)

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3,
}  # fmt: skip
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I)
_MONTH = re.compile(rf"\b({_MONTH_RE})\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RANGE = re.compile(rf"\b(\d{{1,2}})\s*(?:and|-|–|to)\s*(\d{{1,2}})\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)
_OFFSET = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+)\s+(days?|weeks?|months?|years?)\s+(ago|after|before|later|earlier)\b",
    re.I,
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _value(day: date) -> str:
    return day.isoformat()


def _most_recent(month: int, day: int, base: date, *, future: bool = False) -> date | None:
    for year in (base.year, base.year + 1) if future else (base.year, base.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= base) if future else (candidate <= base):
            return candidate
    return None


def resolve(text: str, base: date | None, *, future: bool = False) -> dict[str, Any] | None:
    """{"value", "end_value", "granularity"} for a time expression, or None.

    `base` is the publication date; without it only absolute dates resolve.
    """
    low = text.lower().strip()
    low = re.sub(r"^(?:on|in|at|since|by|until|from|during|early|late|earlier|later|just)\s+", "", low)
    if m := _ISO.search(low):
        return _day(date(int(m[1]), int(m[2]), int(m[3])))
    if m := _RANGE.search(low):
        month = MONTHS[m[3].lower()]
        year = int(m[4]) if m[4] else None
        start = _with_year(month, int(m[1]), year, base, low, future)
        end = _with_year(month, int(m[2]), year, base, low, future)
        if start and end:
            return {"value": _value(start), "end_value": _value(end), "granularity": "day"}
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        if m := pattern.search(low):
            day_s, month_s = (m[1], m[2]) if order == "dm" else (m[2], m[1])
            year = int(m[3]) if m[3] else None
            found = _with_year(MONTHS[month_s.lower()], int(day_s), year, base, low, future)
            if found:
                return _day(found)
    if m := _MONTH_YEAR.search(low):
        return {"value": _value(date(int(m[2]), MONTHS[m[1].lower()], 1)), "end_value": None, "granularity": "month"}
    if base is None:
        if m := _YEAR.fullmatch(low):
            return {"value": f"{m[1]}-01-01", "end_value": None, "granularity": "year"}
        return None
    if low in {"today", "this morning", "this afternoon", "this evening", "tonight", "now"}:
        return _day(base)
    if low in {"yesterday", "last night", "overnight", "yesterday morning", "yesterday evening"}:
        return _day(base - timedelta(days=1))
    if low in {"tomorrow", "tomorrow morning"}:
        return _day(base + timedelta(days=1))
    for name, weekday in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            delta = (base.weekday() - weekday) % 7
            if future or "next" in low:
                day = base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
            else:
                day = base - timedelta(days=delta + (7 if "last" in low.split()[:1] and delta == 0 else 0))
            return _day(day)
    if m := _OFFSET.search(low):
        if m[3].lower() == "ago":
            count = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1].lower(), 1)
            days = count * UNITS[m[2].lower()]
            gran = "day" if m[2].lower().startswith("day") else "approximate"
            return {"value": _value(base - timedelta(days=days)), "end_value": None, "granularity": gran}
    if "week" in low and ("last" in low or "past" in low or "previous" in low):
        monday = base - timedelta(days=base.weekday() + 7)
        return {"value": _value(monday), "end_value": None, "granularity": "week"}
    if "week" in low and "this" in low:
        return {"value": _value(base - timedelta(days=base.weekday())), "end_value": None, "granularity": "week"}
    if "month" in low and ("this" in low or "earlier" in low):
        return {"value": _value(base.replace(day=1)), "end_value": None, "granularity": "month"}
    if "month" in low and ("last" in low or "previous" in low or "past" in low):
        first = (base.replace(day=1) - timedelta(days=1)).replace(day=1)
        return {"value": _value(first), "end_value": None, "granularity": "month"}
    if "year" in low and ("last" in low or "previous" in low) and not re.search(r"\d", low):
        return {"value": f"{base.year - 1}-01-01", "end_value": None, "granularity": "year"}
    if "year" in low and "this" in low and not re.search(r"\d", low):
        return {"value": f"{base.year}-01-01", "end_value": None, "granularity": "year"}
    if (
        m := _MONTH.fullmatch(low) or _MONTH.search(low)
        if len(low.split()) <= 3 and not re.search(r"\d", low)
        else None
    ):
        month = MONTHS[m[1].lower()]
        year = (
            base.year if (month <= base.month) != future or month == base.month else base.year + (1 if future else -1)
        )
        if "last" in low:
            year = base.year - 1 if month >= base.month else base.year
        return {"value": f"{year:04d}-{month:02d}-01", "end_value": None, "granularity": "month"}
    if m := _YEAR.fullmatch(low):
        return {"value": f"{m[1]}-01-01", "end_value": None, "granularity": "year"}
    return _dateparser(low, base)


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


def _day(day: date) -> dict[str, Any]:
    return {"value": _value(day), "end_value": None, "granularity": "day"}


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


def _is_future(span: Span) -> bool:
    head = span.root.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            break
        head = head.head
    if head.tag_ == "VB" and any(c.lower_ in {"will", "shall", "'ll"} for c in head.children):
        return True
    return any(c.lower_ in {"will", "shall", "'ll"} for c in head.children) or (
        head.lower_ == "going" and any(c.dep_ == "xcomp" for c in head.children)
    )


class DateResolver:
    """spaCy component: writes `doc._.ng_dates` from DATE/TIME entities."""

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.ng_published
        base = date.fromisoformat(published) if published else None
        found: list[dict[str, Any]] = []
        warnings = list(doc._.ng_warnings or [])
        ents = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        for position, ent in enumerate(ents):
            text = ent.text
            low = text.lower()
            if ent.label_ == "TIME" and not re.search(r"night|morning|evening|afternoon|overnight", low):
                continue
            if re.fullmatch(r"(?:the\s+)?\d+\s*(?:-|to)?\s*year[s-]?(?:\s*-?\s*old)?|\d+ years old|age", low):
                continue  # ages
            relative = self._relative_to_other(doc, ent, ents[position + 1 :], base)
            if relative is not None:
                found.append(relative)
                continue
            resolved = resolve(text, base, future=_is_future(ent))
            entry = {"start": ent.start_char, "end": ent.end_char, "text": text}
            if resolved is None:
                entry.update({"value": None, "end_value": None, "granularity": "approximate"})
            else:
                entry.update(resolved)
            found.append(entry)
        if base is None and any(d["value"] is None for d in found):
            warnings.append("no publication date: relative dates are left unresolved (pass --published)")
        doc._.ng_dates = found
        doc._.ng_warnings = warnings
        return doc

    @staticmethod
    def _relative_to_other(doc: Doc, ent: Span, later: list[Span], base: date | None) -> dict[str, Any] | None:
        """ "two weeks after the 7 October attack": an offset from another date in the text."""
        after = doc[ent.end : ent.end + 2]
        if not len(after) or after[0].lower_ not in {"after", "before"} or not later:
            return None
        anchor = later[0]
        if anchor.start - ent.end > 5:
            return None
        m = re.search(
            r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(days?|weeks?|months?|years?)",
            ent.text.lower(),
        )
        anchored = resolve(anchor.text, base)
        if not m or anchored is None or anchored["value"] is None:
            return None
        count = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1], 1)
        days = count * UNITS[m[2]] * (1 if after[0].lower_ == "after" else -1)
        value = date.fromisoformat(anchored["value"]) + timedelta(days=days)
        gran = "day" if m[2].startswith("day") or m[2].startswith("week") else "approximate"
        return {
            "start": ent.start_char,
            "end": anchor.end_char,
            "text": doc.text[ent.start_char : anchor.end_char],
            "value": _value(value),
            "end_value": None,
            "granularity": gran,
        }
