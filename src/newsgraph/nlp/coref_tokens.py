"""Token-level tests coreference reads: whether a word is inside a quotation, names a person by
age ("the 51-year-old"), is an object, counts a pair; the span a description covers; whether an
earlier mention of an actor held a noun ("Kenya's government").

Used by `nlp/coref.py`.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.names import fold

LOGGER = logging.getLogger(__name__)

# Honorifics that tell a person's gender ("Mr. Lukas Brunner", "Mrs Maria Tabuni").
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "mme": "f", "dame": "f"}
# With "military", words that name a junta: "the military government", "the military rulers".
MILITARY_RULE_WORDS = {"government", "rulers", "regime", "authorities", "leaders", "council"}


def stated_gender(doc: Doc, actor: Any) -> str | None:
    """ "m" or "f" from an honorific before one of the person's names ("Mr." of "Mr. Lukas
    Brunner") or a gendered title ("spokeswoman", "chairman of the party"), else None."""
    for start, _end in actor.names:
        before = start - 1
        if before > 0 and doc[before].text == ".":
            before -= 1  # "Mr" "." split in two
        if before >= 0 and doc[before].lower_.rstrip(".") in HONORIFIC_GENDER:
            return HONORIFIC_GENDER[doc[before].lower_.rstrip(".")]
    for role in actor.roles:
        head = role["title"].split(" of ")[0].split() if role["title"] else []  # "spokesman of the ministry"
        last = head[-1] if head else ""
        if last.endswith("woman"):
            return "f"
        if last.endswith("man") and last not in {"ombudsman"}:
            return "m"
    return None


def named_with(actor: Any, lemma: str, before: int) -> bool:
    """Whether a mention of `actor` before offset `before` holds the noun ("Kenya's government",
    "the Croatian authorities")."""
    forms = {lemma, f"{lemma}s", f"{lemma[:-1]}ies"}  # "government(s)", "authority" / "authorities"
    for m in actor.mentions:
        if m[0] >= before:
            continue
        words = set(fold(m[2]).split())
        if forms & words:
            return True
        if lemma == "junta" and "military" in words and words & MILITARY_RULE_WORDS:
            return True  # "Niger's military government" ... "the junta"
    return False


def quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it lies inside double quotation marks; a paragraph break closes
    an open quotation (a quote left open runs on in the next paragraph only in long features)."""
    inside = False
    marks: list[bool] = [False] * len(doc)
    for token in doc:
        text = token.text
        if text in {'"', "“", "”", "«", "»"}:
            if text in {"“", "«"}:
                inside = True
            elif text in {"”", "»"}:
                inside = False
            else:
                inside = not inside
        else:
            marks[token.i] = inside
        if "\n" in token.whitespace_ or (token.is_space and "\n" in text):
            inside = False
    return marks


def is_age_noun(token: Token) -> bool:
    """ "the 51-year-old" (a person called by age alone): "old" after "N-year-", under "the"."""
    doc = token.doc
    if token.lower_ != "old" or token.i < 3 or doc[token.i - 1].text not in {"-", "‑"}:
        return False
    if doc[token.i - 2].lower_ not in {"year", "years"} or token.dep_ in {"amod", "acomp"}:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) or (
        doc[token.i - 4].lower_ == "the" if token.i >= 4 else False
    )


# Endings of nouns for people by what they do ("paratrooper", "director", "activist", "guardian").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "eer", "ier", "ive")


def is_former_noun(token: Token) -> bool:
    """ "the former paratrooper", "the former banker": a singular common noun under "the former"
    calls a person by what they once were (titles and institutions are resolved before this)."""
    if token.tag_ != "NN" or not token.is_lower or not token.lower_.endswith(AGENT_ENDINGS):
        return False  # "the former capital", "the former colony": a place
    lefts = list(token.lefts)
    return len(lefts) == 2 and lefts[0].lower_ == "the" and lefts[1].lower_ == "former" and lefts[1].i == token.i - 1


def is_object(token: Token) -> bool:
    return token.dep_ in {"dobj", "dative", "pobj"} and not token.lower_.endswith(("self", "selves"))


def plural_name(name: str) -> bool:
    """ "Pakistani troops", "government forces": a common plural head, not "Rapid Support Forces"."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us"))


def has_number(token: Token, word: str) -> bool:
    return any(c.lower_ == word for c in token.lefts)


def noun_span(token: Token) -> Span:
    if token.pos_ == "PRON":
        return token.doc[token.i : token.i + 1]
    left = min((c.i for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod", "poss"}), default=token.i)
    end = token.i + 1
    if end < len(token.doc) and token.doc[end].tag_ == "POS":
        end += 1
    return token.doc[left:end]
