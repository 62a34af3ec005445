"""Errors newsgraph raises. Every message says what went wrong and what to do next.

NewsgraphError
├── InputError          one input item cannot be read (bad file, bad JSON line, empty text)
├── ModelNotFoundError  the spaCy pipeline named in the settings is not installed
├── LexiconError        a lexicon or gazetteer data file is malformed
├── StoreError          the database cannot be opened or written
└── GoldFormatError     a gold file breaks the rules of docs/gold-format.md
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """One input item cannot be turned into an article; the batch goes on without it."""

    def __init__(self, message: str, *, item: str | None = None) -> None:
        self.item = item
        super().__init__(f"{item}: {message}" if item else message)


class ModelNotFoundError(NewsgraphError):
    pass


class LexiconError(NewsgraphError):
    pass


class StoreError(NewsgraphError):
    pass


class GoldFormatError(NewsgraphError):
    pass
