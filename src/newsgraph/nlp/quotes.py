"""Quotations and character-span helpers for the claims component.

Plain functions over text and parsed tokens: where the quoted passages are, where a
paragraph or a dateline starts, and how to trim a token subtree into a claim's content.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import text_of

LOGGER = logging.getLogger(__name__)

_QUOTES = re.compile(
    r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»"
    # single marks (British style), inside one paragraph; an apostrophe between letters
    # ("don't") does not close the quote, nor does a plural possessive before a space
    r"|‘((?:[^’\n]|(?<=\w)’(?=\w)){2,}?)’(?!\w)"
    r"|(?<![\w'])'(?=[A-Za-z\"“])((?:[^'\n]|(?<=\w)'(?=\w)){2,}?[\w.,!?])'(?![\w])",
    re.DOTALL,
)
# "KHARKIV, Ukraine — ", "KYIV, March 14 (Harbour Wire) - ": a dateline opening a paragraph.
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40}(?:,[^\n—–]{1,40}?)?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s+")
OPEN_MARKS = "\"“«‘'"
CLOSE_MARKS = "\"”»’'"
SENTENCE_END = ".!?:"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (without the marks)."""
    spans = []
    for m in _QUOTES.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        spans.append((m.start(group), m.end(group)))
    return spans


def quote_at(quotes: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    """The quote strictly containing the character offset, if any."""
    for q0, q1 in quotes:
        if q0 < char < q1:
            return q0, q1
    return None


def paragraph_start(text: str, char: int) -> int:
    """Start of the line holding `char`, past a dateline that opens it."""
    start = text.rfind("\n", 0, char) + 1
    m = _DATELINE.match(text, start)
    if m is not None and m.end() <= char:
        start = m.end()
    return start


def starts_sentence(text: str, char: int) -> bool:
    """True when the quote mark just before `char` opens a sentence or a paragraph."""
    i = char - 1  # the opening mark
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i <= 0 or text[i - 1] == "\n":
        return True
    return text[i - 1] in SENTENCE_END or (text[i - 1] in CLOSE_MARKS and i >= 2 and text[i - 2] in SENTENCE_END)


def span_of(token: Token, *, drop_mark: bool = False) -> tuple[int, int]:
    """Characters of a token's subtree, without a leading "that" and outer quote marks."""
    return trim_span(token.doc, token.left_edge.i, token.right_edge.i, drop_mark=drop_mark)


def trim_span(doc: Doc, left: int, right: int, *, drop_mark: bool = False) -> tuple[int, int]:
    """Characters of tokens left..right (inclusive), trimmed of marks and punctuation."""
    if drop_mark:
        while left < right and (
            (doc[left].dep_ == "mark" and doc[left].lower_ in {"that", "whether"}) or doc[left].is_punct
        ):
            left += 1
    while right > left and doc[right].is_punct and doc[right].text not in CLOSE_MARKS:
        right -= 1
    return trim_chars(text_of(doc), doc[left].idx, doc[right].idx + len(doc[right].text))


def trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep quotation marks, spaces and closing punctuation out of the span edges."""
    while start < end and (text[start] in OPEN_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in CLOSE_MARKS + ".,;: " or text[end - 1].isspace()):
        end -= 1
    return start, end


def end_char(sent: Span) -> int:
    end = sent.end_char
    text = text_of(sent.doc)
    while end > sent.start_char and text[end - 1] in ".\"”' \n":
        end -= 1
    return end
