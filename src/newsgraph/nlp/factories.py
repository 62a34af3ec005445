"""Every newsgraph spaCy component's factory, registered in one place.

Components take the paths of their data files as config; the lexicon and gazetteer
behind those paths are loaded once per process (cached) when the pipeline is built.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newsgraph.nlp.actors import ActorResolver
from newsgraph.nlp.claims import ClaimFinder
from newsgraph.nlp.conflicts import ConflictFinder
from newsgraph.nlp.date_resolver import DateResolver
from newsgraph.nlp.events import EventCoder
from newsgraph.nlp.extensions import register_extensions
from newsgraph.nlp.gazetteer import Gazetteer
from newsgraph.nlp.lexicon import DATA_DIR, Lexicon, load_lexicon
from newsgraph.nlp.places import PlaceResolver

register_extensions()

COMPONENTS = (
    "newsgraph_actors",
    "newsgraph_places",
    "newsgraph_dates",
    "newsgraph_claims",
    "newsgraph_events",
    "newsgraph_conflicts",
)

_GAZETTEERS: dict[int, Gazetteer] = {}


def lexicon_for(data_dir: str, actors_file: str, places_file: str) -> Lexicon:
    return load_lexicon(
        Path(data_dir) if data_dir else DATA_DIR,
        Path(actors_file) if actors_file else None,
        Path(places_file) if places_file else None,
    )


def gazetteer_for(lexicon: Lexicon) -> Gazetteer:
    key = id(lexicon)
    if key not in _GAZETTEERS:
        _GAZETTEERS[key] = Gazetteer.build(lexicon)
    return _GAZETTEERS[key]


_DEFAULTS = {"data_dir": "", "actors_file": "", "places_file": ""}


@Language.factory("newsgraph_actors", default_config=_DEFAULTS)
def make_actors(nlp: Language, name: str, data_dir: str, actors_file: str, places_file: str) -> ActorResolver:
    lexicon = lexicon_for(data_dir, actors_file, places_file)
    return ActorResolver(lexicon, gazetteer_for(lexicon))


@Language.factory("newsgraph_places", default_config=_DEFAULTS)
def make_places(nlp: Language, name: str, data_dir: str, actors_file: str, places_file: str) -> PlaceResolver:
    lexicon = lexicon_for(data_dir, actors_file, places_file)
    return PlaceResolver(lexicon, gazetteer_for(lexicon))


@Language.factory("newsgraph_dates")
def make_dates(nlp: Language, name: str) -> DateResolver:
    return DateResolver()


@Language.factory("newsgraph_claims", default_config=_DEFAULTS)
def make_claims(nlp: Language, name: str, data_dir: str, actors_file: str, places_file: str) -> ClaimFinder:
    return ClaimFinder(lexicon_for(data_dir, actors_file, places_file))


@Language.factory("newsgraph_events", default_config=_DEFAULTS)
def make_events(nlp: Language, name: str, data_dir: str, actors_file: str, places_file: str) -> EventCoder:
    lexicon = lexicon_for(data_dir, actors_file, places_file)
    return EventCoder(lexicon, gazetteer_for(lexicon).capitals)


@Language.factory("newsgraph_conflicts", default_config=_DEFAULTS)
def make_conflicts(nlp: Language, name: str, data_dir: str, actors_file: str, places_file: str) -> ConflictFinder:
    return ConflictFinder(lexicon_for(data_dir, actors_file, places_file))
