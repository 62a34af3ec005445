"""The article: the text the pipeline reads and what the input says about it."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def article_id(text: str) -> str:
    """The record id of an article with no id of its own: sha1 of the normalised text."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def parse_published(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, datetime or ISO-like string; None if unusable."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class Article:
    text: str
    id: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # where it came from (file, file:line), for messages
    warnings: tuple[str, ...] = ()  # what reading it could only half do (goes to the record's warnings)

    @property
    def record_id(self) -> str:
        return self.id or article_id(self.text)
