"""Name forms: normalisation keys, acronyms, and which surface forms name the same actor.

Shared by the in-document actor resolver and the evaluation's loose name matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_STOP = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "al", "el", "on", "in", "&"}
_LEADING = ("the ", "a ", "an ")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Latin letters that Unicode does not decompose into a base letter and a diacritic, spelled
# as English-language wires transliterate them ("Đorđević" -> "Djordjevic", "Łukasz" -> "Lukasz").
_LATIN = str.maketrans(
    {
        "đ": "dj",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ɗ": "d",
        "ɓ": "b",
        "ƙ": "k",
        "ƴ": "y",
    }
)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case, diacritics, punctuation and a leading article folded away: a matching key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = POSSESSIVE.sub("", text.strip())
    text = _PUNCT.sub(" ", text.casefold().replace("’", "'").replace("'s ", " "))
    text = _SPACE.sub(" ", text).strip()
    for article in _LEADING:
        if text.startswith(article):
            text = text[len(article) :]
    return text


def acronym(name: str) -> str:
    """Initials of the significant words: "Palestine Liberation Organisation" -> "PLO"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _STOP]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


@lru_cache(maxsize=65_536)
def is_acronym_of(short: str, long: str) -> bool:
    """ "PLO" of "Palestine Liberation Organisation"; also a short form kept from the name's own
    language, whose word order differs ("CNE", Consejo Nacional Electoral, of "National Electoral
    Council"): three or more letters, the same initials in another order."""
    short = short.replace(".", "")
    if len(short) < 2 or not short.isupper() or len(long.split()) < 2:
        return False
    initials = acronym(long)
    return initials == short or (len(short) >= 3 and sorted(initials) == sorted(short))


def name_tokens(name: str) -> list[str]:
    """Folded words of a name, with the letters that have no decomposition transliterated."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65_536)
def _name_tokens(name: str) -> tuple[str, ...]:
    """`name_tokens`, cached and immutable."""
    return tuple(fold(name).translate(_LATIN).split())


# Name particles that are no surname of their own ("Abu" of "Mousa Abu Hadid").
_PARTICLES = frozenset(
    {"abu", "bin", "ibn", "bint", "al", "el", "van", "von", "der", "de", "da", "del", "dos", "la", "le"}
)
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_FIRST_VOWEL = re.compile(r"[aeiou]")


def consonant_key(tokens: list[str]) -> list[str]:
    """Each word's consonants and first vowel (see `_consonant_key`)."""
    return list(_consonant_key(tuple(tokens)))


@lru_cache(maxsize=65_536)
def _consonant_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Each word's consonants and first vowel, the Arabic article dropped, q read as k, o as u and
    e as i: "Al-Fateh Koreish", "Al-Fatih Qurashi" and "Alfatih Quraish" all give
    ["afth", "ukrsh"]; "Mohammed" (u) and "Mahmoud" (a) stay apart."""
    keys = []
    for token in tokens:
        if token in {"al", "el"}:
            continue
        word = token[2:] if token.startswith(("al", "el")) and len(token) > 5 else token
        word = word.replace("q", "k").replace("ph", "f").replace("ou", "u").replace("o", "u").replace("e", "i")
        vowel = _FIRST_VOWEL.search(word)
        keys.append((vowel.group(0) if vowel else "") + _DOUBLED.sub(r"\1", _VOWELS.sub("", word)))
    return tuple(keys)


def _same_consonants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names transliterated apart ("Al-Fateh Koreish" / "Alfatih Quraish")."""
    ka, kb = _consonant_key(a), _consonant_key(b)
    return len(ka) >= 2 and ka == kb and sum(len(k) for k in ka) >= 8


@lru_cache(maxsize=65_536)
def same_person(short: str, full: str) -> bool:
    """Whether `short` can name the person called `full` in the same article.

    "Hadid" and "Abu Hadid" name "Mousa Abu Hadid"; "Moussa Abu Hadid" names
    "Mousa Abu Hadid" (a transliteration variant); "Leila Haddad" does not name
    "Samir Haddad".
    """
    a, b = _name_tokens(short), _name_tokens(full)
    if not a or not b:
        return False
    if a == b or ("".join(a) == "".join(b) and len(a[-1]) > 2 and len(b[-1]) > 2):
        return True  # "Zhao Ming-hui" / "Zhao Minghui": a given name written apart or together
    if len(a) == 1 and len(b) >= 3 and len(a[0]) >= 5 and b[-2] not in _PARTICLES and fuzz.ratio(a[0], b[-2]) >= 85:
        return True  # "Mijares" / "Mijárez" for "Héctor Mijares Lander": the first of two surnames
    if len(a) < len(b) and b[-len(a) :] == a:
        return True  # surname, or "Abu Hadid"
    if 2 <= len(a) < len(b) and b[: len(a)] == a:
        return True  # "Milica Jovanović" for "Milica Jovanović Pavlović"
    if 2 <= len(a) < len(b) and a[-1] == b[-1] and fuzz.ratio(a[0], b[0]) >= 75 and len(a[-1]) > 3:
        return True  # "Khaled Al-Marri" for "Khalid bin Saad Al-Marri"
    if len(a) == len(b) and len(a) >= 2:
        # same length: every token close (transliteration), surnames closest
        if fuzz.ratio(a[-1], b[-1]) >= 80 and all(fuzz.ratio(x, y) >= 75 for x, y in zip(a, b, strict=True)):
            return True
    if len(a) < len(b) and len(a) >= 1:
        tail = b[-len(a) :]
        if all(fuzz.ratio(x, y) >= 80 for x, y in zip(a, tail, strict=True)) and len(a[-1]) > 3:
            return True
    return _same_consonants(a, b)
