"""Which tokens can be words of a place name: capitalised nouns, adjectives and proper nouns
that do not open a sentence and are no date or number, and hyphens joined inside a name.
Used by the places component to find toponyms the NER missed."""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

LOGGER = logging.getLogger(__name__)

NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def is_name_word(token: Token) -> bool:
    """A capitalised word of a name, not opening its sentence, or a hyphen joined inside one."""
    text = token.text
    return (
        token.pos_ in NAME_POS
        and text[:1].isupper()
        and not text.isupper()
        and token.i > token.sent.start
        and token.ent_type_ not in NOT_NAME_ENTS
    ) or (
        text == "-"
        and 0 < token.i < len(token.doc) - 1
        and token.whitespace_ == ""
        and token.doc[token.i - 1].whitespace_ == ""
    )


def name_words(doc: Doc, tokens: list[Token]) -> list[bool]:
    """`is_name_word` for every token of a doc, with the sentence starts found once."""
    sent_starts = {sent.start for sent in doc.sents}
    last = len(tokens) - 1
    found = []
    for token in tokens:
        text = token.text
        if text == "-":  # a hyphen inside a name ("Ras al-Ain"), joined on both sides
            i = token.i
            found.append(0 < i < last and token.whitespace_ == "" and tokens[i - 1].whitespace_ == "")
            continue
        found.append(
            text[:1].isupper()
            and not text.isupper()
            and token.pos_ in NAME_POS
            and token.i not in sent_starts
            and token.ent_type_ not in NOT_NAME_ENTS
        )
    return found


# Abbreviated ranks and titles before a name ("Col. Ramon Dizon"), compared lower-case without
# the full stop, with the title each stands for.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "col": "colonel",
    "lt": "lieutenant",
    "gen": "general",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "cpl": "corporal",
    "brig": "brigadier",
    "adm": "admiral",
    "cmdr": "commander",
    "insp": "inspector",
    "supt": "superintendent",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
}
# Honorifics before a name ("Mr. Lukas Brunner"), compared lower-case without the full stop.
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "madam", "dr", "sir", "dame"})


def is_title_abbreviation(token: Token) -> bool:
    """ "Col." or "Col" (its full stop a token of its own), capitalised: an abbreviated rank."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in TITLE_ABBREVIATIONS
