"""Name keys and comparisons for cross-document actor resolution.

Spellings of one name across outlets differ by transliteration (Musa / Mousa / Moussa,
Tawfiq / Tawfeeq, Abu Sharkh / Abusharkh), by case and hyphens (al-Marri / Al-Marri) and by
dropped vowels (Fahad / Fahd). We compare *folded* names (ASCII, lower case, no hyphens)
with rapidfuzz, and their metaphone keys (rigour) so that vowel and consonant-doubling
variants meet. Nothing here decides a merge: `resolve.actors` weighs these signals with
country, kind and the user's decisions.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rigour.text.phonetics import metaphone

LOGGER = logging.getLogger(__name__)

# words left out of acronyms ("International Committee of the Red Cross" -> ICRC)
ACRONYM_STOPWORDS = frozenset({"of", "the", "for", "and", "on", "in", "to", "de", "du", "des", "la", "le", "al"})
# leading articles dropped before comparing organisation names
LEADING_ARTICLES = ("the ",)
# person-name similarity thresholds (rapidfuzz ratio, 0-100) on folded given and family names
GIVEN_RATIO = 85.0
FAMILY_RATIO = 85.0
# organisation names: whole-name ratio on folded, space-free names, or on their metaphone keys
ORG_RATIO = 87.0
ORG_KEY_RATIO = 90.0

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """ASCII, lower case, hyphens and apostrophes as spaces: 'Fahd Al-Marri' -> 'fahd al marri'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("-", " ").replace("'", "").replace("\u2019", "").replace("\u2018", "").replace(".", "")
    text = _NON_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    for article in LEADING_ARTICLES:
        if text.startswith(article):
            text = text[len(article) :]
    return text


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """Metaphone key of a folded word or run of words (spaces removed)."""
    joined = word.replace(" ", "")
    return metaphone(joined) if joined else ""


def similar_word(a: str, b: str, threshold: float) -> bool:
    """Two folded words (or runs) are spellings of one another."""
    if a == b:
        return True
    if not a or not b:
        return False
    ka, kb = key(a), key(b)
    if ka and ka == kb:
        return True
    return fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) >= threshold


@dataclass(frozen=True)
class PersonName:
    """A person's folded name split into given name and family name (the rest, joined)."""

    folded: str
    given: str
    family: str
    tokens: tuple[str, ...]

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2


@lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName:
    folded = fold(name)
    tokens = tuple(folded.split())
    if not tokens:
        return PersonName(folded, "", "", ())
    return PersonName(folded, tokens[0], "".join(tokens[1:]), tokens)


def same_person_name(a: str, b: str) -> bool:
    """Two full person names are transliterations of one name: given names and family names
    both match ('Tawfiq Abu Sharkh' ~ 'Tawfeeq Abusharakh'; 'Hani Barakat' !~ 'Lina Barakat')."""
    pa, pb = person_name(a), person_name(b)
    if not (pa.full and pb.full):
        return False
    if pa.folded == pb.folded:
        return True
    if not similar_word(pa.given, pb.given, GIVEN_RATIO):
        return False
    if similar_word(pa.family, pb.family, FAMILY_RATIO):
        return True
    # a middle name in one spelling only: same last word and one family a sub-sequence of the other
    if similar_word(pa.tokens[-1], pb.tokens[-1], FAMILY_RATIO):
        shorter, longer = sorted((pa.tokens[1:], pb.tokens[1:]), key=len)
        longer_keys = {key(t) for t in longer}
        return all(key(t) in longer_keys for t in shorter)
    return False


@lru_cache(maxsize=262144)
def partial_person_match(short: str, full: str) -> str | None:
    """How a one-word name refers to a full name: 'family', 'given' or None."""
    ps, pf = person_name(short), person_name(full)
    if len(ps.tokens) == 0 or not pf.full:
        return None
    word = ps.folded.replace(" ", "")
    if similar_word(word, pf.family, FAMILY_RATIO) or similar_word(word, pf.tokens[-1], FAMILY_RATIO):
        return "family"
    if len(ps.tokens) == 1 and similar_word(word, pf.given, GIVEN_RATIO):
        return "given"
    return None


@lru_cache(maxsize=65536)
def acronym(name: str) -> str:
    """Initials of the capitalised words: 'International Committee of the Red Cross' -> 'ICRC'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    letters = [w[0] for w in words if w.casefold() not in ACRONYM_STOPWORDS and w[0].isalpha()]
    return "".join(letters).upper()


def looks_like_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper()


def is_acronym_of(short: str, long: str) -> bool:
    """'PIJ' names 'Palestinian Islamic Jihad'; 'UNRWA' names 'United Nations Relief and Works
    Agency for Palestine Refugees' (a prefix of four letters or more of the initials)."""
    if not looks_like_acronym(short) or looks_like_acronym(long):
        return False
    initials, bare = acronym(long), short.replace(".", "").upper()
    return bare == initials or (len(bare) >= 4 and initials.startswith(bare))


def same_org_name(a: str, b: str) -> bool:
    """Two organisation names are spellings of one name ('Izz ad-Din al-Qassam Brigades' ~
    'Ezzedine al-Qassam Brigades'): same head word and near-identical whole names."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    if not ta or not tb or key(ta[-1]) != key(tb[-1]):
        return False
    ca, cb = fa.replace(" ", ""), fb.replace(" ", "")
    if min(len(ca), len(cb)) < 8:
        return False
    return fuzz.ratio(ca, cb) >= ORG_RATIO or fuzz.ratio(key(ca), key(cb)) >= ORG_KEY_RATIO


def org_contained(short: str, long: str) -> bool:
    """The short name is the long one with words left out at the front ('Islamic Jihad' in
    'Palestinian Islamic Jihad', 'Red Cross' in 'International Committee of the Red Cross')."""
    ts, tl = fold(short).split(), fold(long).split()
    if not ts or len(ts) >= len(tl):
        return False
    if sum(1 for t in ts if t not in ACRONYM_STOPWORDS) < 2 and len(ts) < 2:
        return False
    return [key(t) for t in ts] == [key(t) for t in tl[-len(ts) :]]
