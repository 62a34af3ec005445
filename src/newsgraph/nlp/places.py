"""Places: toponyms resolved against the offline gazetteer, and the dateline.

Find every GPE/LOC/FAC entity (and sites and regions the entity ruler marked), plus the
toponyms the statistical NER missed or mislabelled ("in Khan Younis" tagged PERSON, "the
village of Dostuk", "the Gazela bridge"); resolve each to a country, city, region or site
with coordinates, choosing among same-named places by the dateline, the article's own
countries and population. Demonyms, organisations and outlet names are never places; a
country or a capital that only acts or speaks ("Moscow said", "Israel would not agree")
is an actor, not a place, and becomes a place only where the text uses it as one.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actors import trim_name
from newsgraph.nlp.extensions import indexes_where, text_of
from newsgraph.nlp.gazetteer import Candidate, Gazetteer
from newsgraph.nlp.lexicon import Lexicon
from newsgraph.nlp.name_words import is_name_word, name_words

LOGGER = logging.getLogger(__name__)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# "BEIRUT —", "CAIRO, Feb 15 (Levant Wire) -", "MOSCOW, Oct 23 /TASS/.", "KYIV (Reuters) -",
# "KHARKIV, Ukraine —", "YEREVAN, April 29. /Caucasus Press Agency/.", "SRINAGAR/ISLAMABAD, Jan 14 -"
DATELINE = re.compile(
    r"^(?P<name>[A-Z][A-Z.'\u2019\-/ ]{1,40}?[A-Z.])"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\u2019\-]+(?:\s[A-Z][A-Za-z.'\u2019\-]+){0,3}))?"
    rf"(?:\s*,?\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?\.?"
    r"\s*(?P<credit>\([^)\n]{1,60}\)\s*)?(?:/[^/\n]{1,40}/\.?|[—–-]{1,2}|:)\s",
    re.MULTILINE,
)
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_DATELINE = {"PHOTO", "BY", "UPDATE", "EXCLUSIVE", "BREAKING", "NOTE", "EDITOR", "WATCH", "FILE", "AP", "AFP"}
# prepositions that put what follows on the map ("in Kazan", "near the town", "from Aleppo")
LOCATIVE_PREPS = {
    "in", "into", "inside", "at", "near", "to", "toward", "towards", "from", "across", "outside",
    "throughout", "within", "around", "along", "through", "via", "over", "beyond", "between", "on",
    "off", "onto", "past", "beside", "nearby",
}  # fmt: skip
# nouns whose "of X" / "X's" part is a place ("the town of Tame", "Mali's Gao region")
PLACE_NOUNS = {
    "town", "village", "city", "capital", "province", "region", "district", "state", "territory",
    "border", "borders", "frontier", "outskirts", "north", "south", "east", "west", "part", "parts",
    "coast", "soil", "side", "area", "areas", "camp", "port", "airspace", "waters", "hamlet",
    "governorate", "oblast", "county", "centre", "center", "heart", "suburb", "suburbs", "kibbutz",
    "municipality", "neighbourhood", "neighborhood",
}  # fmt: skip
_OF_RESOLUTION = {
    "village": "site", "hamlet": "site", "kibbutz": "site", "camp": "site", "town": "city", "city": "city",
    "port": "city", "capital": "city", "province": "region", "region": "region", "district": "region",
    "governorate": "region", "state": "region", "oblast": "region", "county": "region",
    "municipality": "city", "outskirts": "city",
}  # fmt: skip
# "Batken region", "Gazela bridge", "Zamzam camp": a proper name and the kind of place it is
_SUFFIX_RESOLUTION = {
    "region": "region", "province": "region", "district": "region", "governorate": "region",
    "oblast": "region", "county": "region", "state": "region", "valley": "region", "gap": "region",
    "strait": "region", "island": "site", "islands": "region", "bridge": "site", "highway": "site",
    "crossing": "site", "camp": "site", "square": "site", "avenue": "site", "airport": "site",
    "airbase": "site", "hospital": "site", "intake": "site", "checkpoint": "site", "dam": "site",
    "sector": "region", "barracks": "site", "prison": "site", "oilfield": "site", "jail": "site",
    "penitentiary": "site", "municipality": "region",
}  # fmt: skip
# "Bagram air base", "Rumaila oil field", "Abu Shouk displacement camp": a kind of place in two
# words; the place is named by its proper name ("Rumaila")
_SUFFIX2_MODIFIERS = {"air", "naval", "military", "army", "oil", "gas", "refugee", "displacement", "border"}
_SUFFIX2_RESOLUTION = {"base": "site", "field": "site", "camp": "site", "crossing": "site", "post": "site"}
# capitalised words after a place name that make it part of an organisation's name
# ("U.S. Africa Command", "Kashmir Resistance Front")
ORG_TAIL = {
    "command", "corps", "force", "forces", "army", "brigade", "battalion", "front", "movement",
    "party", "council", "cup", "bank", "university", "airlines", "airways", "foundation",
}  # fmt: skip
# strong locatives: what follows is a place even when the gazetteer does not know it ("near Bulo Burte")
NEAR_PREPS = {"near", "outside"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
VISIT_VERBS = {"visit", "enter", "leave", "tour", "reach", "cross", "flee", "return", "travel"}
# words that make a place name part of an outlet's name ("Levant Wire", "Horn Observer")
MEDIA_WORDS = {
    "wire", "news", "press", "agency", "times", "post", "observer", "report", "newsroom", "ledger",
    "herald", "tribune", "journal", "daily", "radio", "television", "tv", "broadcasting", "gazette",
    "monitor", "service", "telegraph", "chronicle", "today", "insider", "review", "media", "online",
}  # fmt: skip


def find_dateline(text: str) -> dict[str, Any] | None:
    """The dateline in the article's first lines, or None.

    A byline or a caption line may come first; the dateline starts a line and names a
    place in capitals. Returns its name and offsets, the region or country printed
    after it ("KHARKIV, Ukraine"), the date printed in it and the span of the credit.
    """
    head = text[:600]
    for match in DATELINE.finditer(head):
        name = match.group("name").strip()
        if len(name) < 3 or name.rstrip(".") in _NOT_DATELINE or name.startswith("BY "):
            continue
        found: dict[str, Any] = {"name": name, "start": match.start("name"), "end": match.start("name") + len(name)}
        if match.group("region"):
            found.update({"region": match.group("region"), "region_start": match.start("region")})
        if match.group("date"):
            found.update({"date_start": match.start("date"), "date_end": match.end("date")})
        found["span_end"] = match.end()
        return found
    return None


def _suffix_after(doc: Doc, j: int) -> str | None:
    """The kind-of-place words after a name ending before token `j`: "suffix:region" for
    "(Batken) region", "suffix2:site" for "(Rumaila) oil field"; None when there are none."""
    after = doc[j] if j < len(doc) else None
    if after is None or not after.text.islower():
        return None
    if after.lower_ in _SUFFIX_RESOLUTION:
        return f"suffix:{_SUFFIX_RESOLUTION[after.lower_]}"
    second = doc[j + 1] if j + 1 < len(doc) else None
    if after.lower_ in _SUFFIX2_MODIFIERS and second is not None and second.lower_ in _SUFFIX2_RESOLUTION:
        return f"suffix2:{_SUFFIX2_RESOLUTION[second.lower_]}"
    return None


def _suffix_width(hint: str) -> int:
    return 2 if hint.startswith("suffix2:") else 1 if hint.startswith("suffix:") else 0


def _in_org_name(span: Span) -> bool:
    """ "U.S. Africa Command": a place name followed by a capitalised organisation word."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.text[:1].isupper() and after.lower_ in ORG_TAIL


def _capital_phrases(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """ "the Omani capital", "the Libyan capital": a country's capital named by its demonym."""
    found: list[tuple[Span, str]] = []
    for i in indexes_where(doc, lower="capital"):
        token = doc[i]
        if token.i in taken or token.i == 0:
            continue
        demonym = doc[token.i - 1]
        if demonym.ent_id_.startswith("demonym:") and demonym.i > 0 and doc[demonym.i - 1].lower_ == "the":
            found.append((doc[demonym.i : token.i + 1], "capital:" + demonym.ent_id_.split(":", 1)[1]))
    return found


def _climb(token: Token) -> Token:
    """From a name's head word up through coordination and apposition to its role."""
    seen = 0
    while token.dep_ in {"conj", "appos", "compound", "nmod"} and token.head.i != token.i and seen < 4:
        token = token.head
        seen += 1
    return token


def is_locative(span: Span) -> bool:
    """Does the text use `span` as a location ("in Russia", "visit Lebanon", "Mali's Gao
    region") rather than as an actor ("Russia said", "accused Moscow")?"""
    doc = span.doc
    previous = doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ in LOCATIVE_PREPS - {"on", "over", "to"}:
        return True
    role = _climb(span.root)
    head = role.head
    if role.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        if head.lower_ == "to" and head.head.lemma_ in {"ambassador", "envoy", "according"}:
            return head.head.lemma_ != "according"
        return True
    if role.dep_ == "pobj" and head.lower_ in {"of", "with"} and head.head.lemma_ in PLACE_NOUNS:
        return True
    if role.dep_ == "poss" and head.lemma_ in PLACE_NOUNS:
        return True
    return role.dep_ == "dobj" and head.lemma_ in VISIT_VERBS


class PlaceResolver:
    """spaCy component: writes `doc._.ng_places`, `doc._.ng_token_place`, `doc._.ng_dateline`."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self._capital_names = {iso: name for name, iso in gazetteer.capitals.items()}

    # -- find ---------------------------------------------------------------------------
    def _mentions(self, doc: Doc, dateline: dict[str, Any] | None) -> tuple[list[tuple[Span, str]], set[str]]:
        """(span, kind hint) for every toponym, and the countries the article is about."""
        countries: set[str] = set()
        found: list[tuple[Span, str]] = []
        taken: set[int] = set()
        credit_end = dateline["span_end"] if dateline else -1
        for ent in doc.ents:
            ent_id = ent.ent_id_
            if ent.label_ == "NORP" and not ent_id and is_locative(ent) and self._is_town(ent.text):
                ent_id = "norp-town"  # "setting out from Aleppo" tagged NORP
            elif ent.label_ == "NORP" or ent_id.startswith(("demonym:", "org:", "actor:")):
                if ent_id.startswith("demonym:"):
                    countries.add(ent_id.split(":", 1)[1])
                continue
            if ent.label_ not in PLACE_LABELS and not ent_id.startswith(("site:", "region:", "norp-town")):
                continue
            span = trim_name(ent)
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and is_name_word(before) and self._is_town(f"{before.text} {span.text}"):
                span, ent_id = doc[span.start - 1 : span.end], ""  # "Port Sudan", not Sudan
            suffix = None if ent_id else _suffix_after(doc, span.end)
            if suffix is not None:
                # "the Batken region", "the Golovnoi intake", "the Rumaila oil field"
                span, ent_id = doc[span.start : span.end + _suffix_width(suffix)], suffix
            elif _in_org_name(span):
                continue
            if ent_id.startswith("country:"):
                countries.add(ent_id.split(":", 1)[1])
            if _in_outlet_name(span, dateline, credit_end):
                continue
            found.append((span, ent_id or "ent"))
            taken.update(range(span.start, span.end))
        for span, hint in self._missed_toponyms(doc, taken):
            found.append((span, hint))
        found += _capital_phrases(doc, taken)
        found.sort(key=lambda item: item[0].start)
        return found, countries

    def _is_town(self, text: str) -> bool:
        cand = self.gazetteer.resolve(text)
        return cand is not None and cand.resolution != "country"

    def _missed_toponyms(self, doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
        """Toponyms the NER missed or mislabelled, found by the gazetteer and by the words
        around them ("the village of Dostuk", "in Khan Younis", "the Batken region")."""
        found: list[tuple[Span, str]] = []
        tokens = list(doc)
        name_word = name_words(doc, tokens)
        i = 0
        while i < len(doc):
            if i in taken or not name_word[i] or tokens[i].ent_id_.startswith(("org:", "actor:", "demonym:")):
                i += 1
                continue
            j = i
            while j < len(doc) and j - i < 4 and j not in taken and name_word[j]:
                j += 1
            first = tokens[i]
            if first.ent_type_ == "ORG" and first.ent_iob_ == "B" and j < len(doc) and tokens[j].ent_iob_ == "I":
                i = j  # a longer organisation name ("Gaza health ministry") starts here
                continue
            span = doc[i:j]
            if j in taken:
                i = j  # part of a longer name an entity holds ("Port" of "Port Sudan")
                continue
            hint = self._toponym_hint(span)
            if hint is not None:
                span = doc[i : j + _suffix_width(hint)]
                found.append((span, hint))
                taken.update(range(span.start, span.end))
            i = max(j, span.end)
        return found

    def _toponym_hint(self, span: Span) -> str | None:
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if after is not None and after.text[:1].isupper() and after.lower_ in MEDIA_WORDS:
            return None
        suffix = _suffix_after(doc, span.end)
        if suffix is not None:
            return suffix
        if _in_org_name(span):
            return None
        if (
            len(span) > 1
            and _SUFFIX_RESOLUTION.get(span[-1].lower_) == "site"
            and before is not None
            and (before.lower_ in LOCATIVE_PREPS or before.lower_ == "the")
        ):
            return "named-site"
        if before is not None and before.lower_ in {"toward", "towards"}:
            return "of:city"
        if before is not None and before.lower_ in NEAR_PREPS and span.root.dep_ in {"pobj", "compound"}:
            return "of:city"  # "near Bulo Burte": a town the gazetteer lacks
        compass = before is not None and before.lower_ == "of" and span.start > 1
        if compass and doc[span.start - 2].lower_ in COMPASS and self._is_town(span.text):
            return "gazetteer"  # "south of Aleppo"
        if (
            before is not None
            and before.lower_ == "of"
            and span.start > 1
            and doc[span.start - 2].lower_ in _OF_RESOLUTION
            and span[0].ent_iob_ != "I"
        ):
            return f"of:{_OF_RESOLUTION[doc[span.start - 2].lower_]}"
        cand = self.gazetteer.resolve(span.text)
        if cand is None or cand.resolution == "country" or span[0].ent_type_ in {"DATE", "TIME", "CARDINAL"}:
            return None
        if before is not None and before.lower_ in LOCATIVE_PREPS and span.root.dep_ in {"pobj", "compound", "nsubj"}:
            return "gazetteer"
        return None

    # -- annotate -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(text_of(doc))
        mentions, countries = self._mentions(doc, dateline)
        if dateline:
            cand = self._dateline_candidate(dateline, countries)
            if cand and cand.country:
                countries.add(cand.country)
        places: list[dict[str, Any]] = []
        token_place: dict[int, int] = {}
        by_key: dict[str, int] = {}
        dateline_end = dateline["span_end"] if dateline else -1
        for span, hint in mentions:
            entry = self._entry(span, hint, countries)
            if entry is None:
                continue
            locative = span.start_char < dateline_end or is_locative(span)
            if entry["resolution"] == "country" or entry.get("capital") or entry["country"] is None:
                if not locative and not hint.startswith(("suffix:", "suffix2:", "of:", "site:", "region:")):
                    continue  # an actor ("Russia said", "Moscow accused"), or not a place at all
            entry.pop("capital", None)
            key = (
                f"{entry['name']}|{entry['country']}|{entry['resolution']}"
                if entry["lat"] is not None
                else fold_key(entry["name"])
            )
            index = by_key.get(key)
            if index is None:
                entry["mentions"] = []
                places.append(entry)
                index = by_key[key] = len(places) - 1
            places[index]["mentions"].append([span.start_char, span.end_char, span.text])
            for tok in span:
                token_place[tok.i] = index
        if dateline:
            cand = self._dateline_candidate(dateline, countries)
            if cand is not None:
                filed_at = dateline["filed_at"] = self._dateline_place(cand, dateline, places, by_key)
                # "place": where the story happens, the event coder's last resort for events
                # on the ground; a story filed from abroad ("AMMAN" on Syria) happens elsewhere
                home = _home_dateline(places[filed_at], places, dateline_end)
                if home:
                    dateline["place"] = filed_at
                name = doc.char_span(dateline["start"], dateline["end"], alignment_mode="expand")
                for tok in name if name is not None else []:
                    if home:
                        token_place.setdefault(tok.i, filed_at)
                    else:
                        token_place.pop(tok.i, None)
        _fill_countries(doc, places)
        doc._.ng_places = places
        doc._.ng_token_place = token_place
        doc._.ng_dateline = dateline
        return doc

    def _dateline_candidate(self, dateline: dict[str, Any], countries: set[str]) -> Candidate | None:
        hint = set(countries)
        if dateline.get("region"):
            region = self.gazetteer.resolve(dateline["region"])
            if region is not None and region.country:
                hint = {region.country}
        # "SRINAGAR/ISLAMABAD": a story filed from two cities is placed at the first
        return self.gazetteer.resolve(dateline["name"].split("/")[0].strip().title(), hint)

    def _entry(self, span: Span, hint: str, countries: set[str]) -> dict[str, Any] | None:
        text = span.text
        if hint.startswith(("suffix:", "suffix2:")):
            # "Batken region": coordinates of the named town when the gazetteer has it
            width = _suffix_width(hint)
            proper = span[:-width].text
            base = self.gazetteer.resolve(proper, countries)
            known = self.gazetteer.resolve(text, countries)
            if known is not None:
                return _as_entry(known)
            entry = _as_entry(base) if base is not None and base.resolution != "country" else _unresolved(text)
            resolution = hint.split(":", 1)[1]
            # "Syunik province" is Syunik, "the Guliston crossing" is at Guliston, "the Rumaila oil
            # field" is Rumaila; "Gazela bridge" is the bridge
            named_by_proper = resolution == "region" or span[-1].lower_ == "crossing" or width == 2
            name = proper if named_by_proper else text
            entry.update({"name": name, "resolution": resolution, "geonameid": None, "capital": False})
            return entry
        if hint.startswith("capital:"):
            # "the Omani capital": the capital city of that country
            country = hint.split(":", 1)[1]
            capital_name = self._capital_names.get(country)
            capital = self.gazetteer.resolve(capital_name, {country}) if capital_name else None
            return _as_entry(capital) if capital is not None and capital.country == country else None
        cand = self.gazetteer.resolve(text, countries)
        if hint == "named-site":
            entry = _unresolved(text) if cand is None else _as_entry(cand)
            entry["resolution"] = "site"
            return entry
        if cand is None:
            resolution = (
                hint.split(":", 1)[1] if hint.startswith("of:") else ("city" if span.label_ == "GPE" else "region")
            )
            entry = _unresolved(text)
            entry["resolution"] = resolution
            return entry
        entry = _as_entry(cand)
        entry["capital"] = cand.resolution == "city" and self.gazetteer.is_capital(cand)
        return entry

    @staticmethod
    def _dateline_place(
        cand: Candidate, dateline: dict[str, Any], places: list[dict[str, Any]], by_key: dict[str, int]
    ) -> int:
        key = f"{cand.name}|{cand.country}|{cand.resolution}"
        mention = [dateline["start"], dateline["end"], dateline["name"]]
        if key in by_key:
            index = by_key[key]
            if mention not in places[index]["mentions"]:
                places[index]["mentions"].insert(0, mention)
            return index
        entry = _as_entry(cand)
        entry["mentions"] = [mention]
        places.append(entry)
        by_key[key] = len(places) - 1
        return by_key[key]


def _home_dateline(place: dict[str, Any], places: list[dict[str, Any]], dateline_end: int) -> bool:
    """Does the story happen where it is filed? Not when its body names places, none of them
    in the dateline's country (a story from AMMAN about Syria)."""
    country = place.get("country")
    in_body = [p for p in places if any(m[0] >= dateline_end for m in p["mentions"])]
    return not in_body or any(p["country"] == country for p in in_body)


def _fill_countries(doc: Doc, places: list[dict[str, Any]]) -> None:
    """A place the gazetteer does not know ("the village of Dostuk", "the Golovnoi intake") lies
    in the country of the nearest known place of its sentence, else in the story's main country
    (the one its known places name most)."""
    counts: Counter[str] = Counter()
    for place in places:
        if place["country"] and place["resolution"] != "continent":
            counts[place["country"]] += len(place["mentions"])
    main = counts.most_common(1)[0][0] if counts else None
    known = [(m[0], p["country"]) for p in places if p["country"] for m in p["mentions"]]
    for place in places:
        if place["country"] is not None or not place["mentions"]:
            continue
        start = place["mentions"][0][0]
        span = doc.char_span(start, place["mentions"][0][1], alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        near = [(abs(at - start), country) for at, country in known if sent.start_char <= at < sent.end_char]
        place["country"] = min(near)[1] if near else main


def fold_key(name: str) -> str:
    return name.casefold()


def _as_entry(cand: Candidate) -> dict[str, Any]:
    return {
        "name": cand.name, "country": cand.country, "lat": cand.lat, "lon": cand.lon,
        "geonameid": cand.geonameid, "resolution": cand.resolution,
    }  # fmt: skip


def _unresolved(name: str) -> dict[str, Any]:
    return {"name": name, "country": None, "lat": None, "lon": None, "geonameid": None, "resolution": "city"}


def _in_outlet_name(span: Span, dateline: dict[str, Any] | None, credit_end: int) -> bool:
    """ "(Levant Wire Service)", "Horn Observer": a place name inside an outlet's name."""
    doc = span.doc
    if dateline and dateline["end"] <= span.start_char < credit_end and span.start_char != dateline.get("region_start"):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.text[:1].isupper() and after.lower_ in MEDIA_WORDS
