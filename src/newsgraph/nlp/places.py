"""Places: toponyms resolved against the offline gazetteer, and the dateline.

Find every GPE/LOC/FAC entity (and sites and regions the entity ruler marked), resolve
each to a country, city, region or site with coordinates, choosing among same-named
places by the article's own countries and population. Demonyms and organisations are
never places.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc

from newsgraph.nlp.actors import trim_name
from newsgraph.nlp.gazetteer import Gazetteer
from newsgraph.nlp.lexicon import Lexicon

LOGGER = logging.getLogger(__name__)

# "BEIRUT —", "CAIRO, Feb 15 (Levant Wire) -", "MOSCOW, Oct 23 /TASS/.", "KYIV (Reuters) -"
DATELINE = re.compile(
    r"^(?P<name>[A-Z][A-Z.'\u2019\- ]{1,40}?[A-Z.])(?:\s*,\s*[A-Z][A-Za-z.]{0,9}\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:/[^/\n]{1,20}/\.?|[—–-]{1,2}|:)\s",
    re.MULTILINE,
)
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def find_dateline(text: str) -> dict[str, Any] | None:
    """The dateline in the article's first lines, or None."""
    head = text[:400]
    for match in DATELINE.finditer(head):
        name = match.group("name").strip()
        if len(name) < 3 or name in {"PHOTO", "BY", "UPDATE", "EXCLUSIVE", "BREAKING"}:
            continue
        # a byline or a caption line may come first; the dateline starts a line
        return {"name": name, "start": match.start("name"), "end": match.start("name") + len(name)}
    return None


class PlaceResolver:
    """spaCy component: writes `doc._.ng_places`, `doc._.ng_token_place`, `doc._.ng_dateline`."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(doc.text)
        mentions: list[tuple[Any, str]] = []
        countries: set[str] = set()
        for ent in doc.ents:
            ent_id = ent.ent_id_
            if ent.label_ == "NORP" or ent_id.startswith(("demonym:", "org:", "actor:")):
                if ent_id.startswith("demonym:"):
                    countries.add(ent_id.split(":", 1)[1])
                continue
            if ent.label_ not in PLACE_LABELS and not ent_id.startswith(("site:", "region:")):
                continue
            span = trim_name(ent)
            if ent_id.startswith("country:"):
                countries.add(ent_id.split(":", 1)[1])
            mentions.append((span, ent_id))
        if dateline:
            cand = self.gazetteer.resolve(dateline["name"].title(), countries)
            if cand and cand.country:
                countries.add(cand.country)
        places: list[dict[str, Any]] = []
        token_place: dict[int, int] = {}
        by_key: dict[str, int] = {}
        for span, _ent_id in mentions:
            cand = self.gazetteer.resolve(span.text, countries)
            if cand is None:
                key = span.text.casefold()
                entry: dict[str, Any] = {
                    "name": span.text, "country": None, "lat": None, "lon": None,
                    "geonameid": None, "resolution": "city" if span.label_ == "GPE" else "region",
                }  # fmt: skip
            else:
                key = f"{cand.name}|{cand.country}"
                entry = {
                    "name": cand.name, "country": cand.country, "lat": cand.lat, "lon": cand.lon,
                    "geonameid": cand.geonameid, "resolution": cand.resolution,
                }  # fmt: skip
            index = by_key.get(key)
            if index is None:
                entry["mentions"] = []
                places.append(entry)
                index = by_key[key] = len(places) - 1
            places[index]["mentions"].append([span.start_char, span.end_char, span.text])
            for tok in span:
                token_place[tok.i] = index
        if dateline:
            cand = self.gazetteer.resolve(dateline["name"].title(), countries)
            if cand is not None:
                dateline["place"] = self._dateline_place(cand, dateline, places, by_key)
        doc._.ng_places = places
        doc._.ng_token_place = token_place
        doc._.ng_dateline = dateline
        return doc

    @staticmethod
    def _dateline_place(
        cand: Any, dateline: dict[str, Any], places: list[dict[str, Any]], by_key: dict[str, int]
    ) -> int:
        key = f"{cand.name}|{cand.country}"
        mention = [dateline["start"], dateline["end"], dateline["name"]]
        if key in by_key:
            index = by_key[key]
            if mention not in places[index]["mentions"]:
                places[index]["mentions"].insert(0, mention)
            return index
        places.append({
            "name": cand.name, "country": cand.country, "lat": cand.lat, "lon": cand.lon,
            "geonameid": cand.geonameid, "resolution": cand.resolution, "mentions": [mention],
        })  # fmt: skip
        by_key[key] = len(places) - 1
        return by_key[key]
