"""Whether two event locations can be the same place, across articles.

Outlets name one event's place at different levels and in different spellings: "Beit
Hanoun", "Bayt Hanun", "the northern Gaza Strip", "Gaza". Two places are

- **the same** when their folded names match, or both points lie within `SAME_KM` of the
  finer resolution (a town and its own transliteration, a crossing and the town beside it);
- **compatible** (one may contain or stand for the other) when the distance between them is
  within the radius of the *coarser* of the two (`RADIUS_KM`): a town inside a region, a
  village near a city named loosely (towns across a border included: a crossing and the
  town beside it); a region contains places of its own country within its radius; a country
  contains what lies in it (same country code), and a continent everything;
- **incompatible** otherwise: two towns 40 km apart, two regions of different countries.

Places without coordinates fall back to names and country codes. A country named as the
place of a verbal act ("talks between Israel and Hamas" placed in "Israel") is often a
participant rather than a venue, so `VERBAL` events do not let a country-level place veto.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from newsgraph.resolve import names as nm

LOGGER = logging.getLogger(__name__)

# how far apart two points of a given resolution may lie and still be the same place
SAME_KM = {"site": 3.0, "city": 5.0}
# how far a place may lie from the centre of a coarser one it may stand for: news says
# "Gaza" for a town in the Strip, "near Kharkiv" for a village 20 km out
RADIUS_KM = {"site": 3.0, "city": 12.0, "region": 80.0}
_RANK = {"site": 0, "city": 1, "region": 2, "country": 3, "continent": 4}
# acts whose reported place is a venue at best: a country there is often a participant
VERBAL = frozenset({"CONSULT", "AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "COOPERATE"})


@dataclass(frozen=True)
class Where:
    """An event's location as resolution needs it."""

    name: str
    country: str | None = None
    resolution: str | None = None
    lat: float | None = None
    lon: float | None = None


def distance_km(a: Where, b: Where) -> float | None:
    """Great-circle distance, or None when either point lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Where, b: Where) -> bool:
    """One place named twice (equal names, or two fine points a few kilometres apart)."""
    if nm.fold(a.name) == nm.fold(b.name):
        return True
    fine = _finest(a, b)
    if fine not in SAME_KM or _coarsest(a, b) not in SAME_KM:
        return False
    km = distance_km(a, b)
    return km is not None and km <= SAME_KM[fine]


def compatible(a: Where, b: Where, event: str = "") -> bool:
    """Whether `a` and `b` can be the location of one event (see the module docstring)."""
    if same_place(a, b):
        return True
    coarse = _coarsest(a, b)
    if coarse == "continent":
        return True
    if coarse == "country":
        if event in VERBAL:
            return True
        return not (a.country and b.country and a.country != b.country)
    km = distance_km(a, b)
    if km is None:
        # no coordinates: a fine place and a region of the same country may nest, two
        # differently named towns may not
        if a.country and b.country and a.country != b.country:
            return False
        return coarse not in SAME_KM
    if coarse == "region" and a.country and b.country and a.country != b.country:
        return False  # a region holds places of its own country; towns near a border may differ
    return km <= RADIUS_KM.get(coarse or "", 0.0)


def _coarsest(a: Where, b: Where) -> str | None:
    ranks = [_RANK.get(x.resolution or "", -1) for x in (a, b)]
    top = max(ranks)
    return a.resolution if ranks[0] == top else b.resolution


def _finest(a: Where, b: Where) -> str | None:
    ranks = [_RANK.get(x.resolution or "", 99) for x in (a, b)]
    return a.resolution if ranks[0] <= ranks[1] else b.resolution
