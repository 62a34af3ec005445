"""Reading a reported count (dead, injured, arrested) as a fact to compare across outlets.

A record carries the number (`size.dead = 14`) and whether it is approximate; comparing two
outlets needs two more things the evidence sentence gives:

- **the bound**: "at least 14" is a floor and agrees with 23; "about 30" agrees with 27;
  a bare "14" (or "all 14 bodies") is exact;
- **the subject**: "five militants" and "14 people" are counts of different groups, so both
  can be true.

Cue words and subject nouns are in `data/counts.yaml`, read once.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

LOGGER = logging.getLogger(__name__)

COUNTS_FILE = Path(__file__).parent / "data" / "counts.yaml"
PEOPLE = "people"

_WORDS = re.compile(r"[a-z]+|\d[\d,]*")
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})


@dataclass(frozen=True)
class CountLexicon:
    lower_bound: tuple[tuple[str, ...], ...]
    about: tuple[tuple[str, ...], ...]
    tolerance: float
    subjects: dict[str, str]  # noun -> subject class
    stop: frozenset[str]


@functools.cache
def lexicon() -> CountLexicon:
    """`data/counts.yaml`, read once per process."""
    with COUNTS_FILE.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}
    subjects = {str(noun): str(name) for name, nouns in (data.get("subjects") or {}).items() for noun in nouns}
    return CountLexicon(
        lower_bound=tuple(tuple(str(c).split()) for c in data.get("lower_bound", [])),
        about=tuple(tuple(str(c).split()) for c in data.get("about", [])),
        tolerance=float(data.get("tolerance", 0.25)),
        subjects=subjects,
        stop=frozenset(str(w) for w in data.get("stop", [])),
    )


@dataclass(frozen=True)
class Count:
    """A count as reported: its value, whether it is a floor or an estimate, and of whom."""

    value: int
    bound: str = "exact"  # exact | at_least | about
    subject: str = PEOPLE

    def agrees(self, other: Count) -> bool:
        """Whether both reports can be true (a floor holds every count at or above it)."""
        low_a, high_a = self._range()
        low_b, high_b = other._range()
        return low_a <= high_b and low_b <= high_a

    def _range(self) -> tuple[float, float]:
        if self.bound == "at_least":
            return (self.value, float("inf"))
        if self.bound == "about":
            spread = self.value * lexicon().tolerance
            return (self.value - spread, self.value + spread)
        return (self.value, self.value)


def read_count(value: int, evidence: str, approximate: bool = False) -> Count:
    """The count `value` as its evidence sentence reports it (see the module docstring)."""
    words = _WORDS.findall(evidence.lower())
    lex = lexicon()
    for i, word in enumerate(words):
        if _number(word) != value:
            continue
        before = tuple(words[max(0, i - 3) : i])
        bound = "exact"
        if any(before[-len(cue) :] == cue for cue in lex.lower_bound):
            bound = "at_least"
        elif any(before[-len(cue) :] == cue for cue in lex.about):
            bound = "about"
        return Count(value, bound, _subject(words[i + 1 : i + 4], lex))
    # the number is not spelled out where we can find it: trust the record's flag
    return Count(value, "about" if approximate else "exact")


def _subject(after: list[str], lex: CountLexicon) -> str:
    for word in after:
        if word in lex.stop:
            break
        if word in lex.subjects:
            return lex.subjects[word]
    return PEOPLE


def _number(word: str) -> int | None:
    if word[0].isdigit():
        try:
            return int(word.replace(",", ""))
        except ValueError:
            return None
    return _NUMBER_WORDS.get(word)
