"""Lexicons and gazetteers, loaded once from the data files in `nlp/data/`.

Every file there has a comment header that says what it holds and how to extend it.
Users add their own actors and places through the files named in the settings
(`actors_file`, `places_file`); they are merged over the bundled ones.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import LexiconError

LOGGER = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
# The trigger files of the event lexicon: every *.yaml file of this folder beside events.yaml.
EVENTS_FOLDER = "events"


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str
    event: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    particle: str | None = None
    recipient: tuple[str, ...] = ("dobj",)
    patient: bool = False  # recipient_is_patient: the recipient undergoes the act
    clausal: bool = False  # bare entry needs an actor object or a future/conditional complement

    @property
    def rank(self) -> int:
        """How constrained the entry is: objects+preps > objects > preps/particle > none."""
        if self.objects and self.preps:
            return 3
        if self.objects:
            return 2
        return 1 if self.preps or self.particle else 0

    def describe(self) -> str:
        """The entry as a line of `events.yaml` would name it (for `newsgraph explain`)."""
        parts = [f"{self.lemma}/{self.pos} -> {self.event}" + (f"/{self.mode}" if self.mode else "")]
        if self.objects:
            parts.append("objects=" + ",".join(sorted(self.objects)))
        if self.preps:
            parts.append("preps=" + ",".join(sorted(self.preps)))
        if self.particle:
            parts.append(f"particle={self.particle}")
        return " ".join(parts)


@dataclass(frozen=True)
class EventType:
    name: str
    cameo: str
    quad: str
    context: tuple[str, ...]
    modes: tuple[str, ...]


@dataclass(frozen=True)
class CueVerb:
    """A reporting verb from cues.yaml and where its content sits."""

    lemma: str
    stance: str = "assert"
    hedge: bool = False
    object_preps: tuple[str, ...] = ()  # content is the object of one of these prepositions
    object: bool = False  # content may be the direct object ("denied any involvement")
    appeal: bool = False  # content is addressee + infinitive ("urged X to Y")
    objects: frozenset[str] = frozenset()  # when set, a cue only with one of these direct objects
    clause: bool = False  # a cue only when it governs a clause ("agreed that", not "agreed to")

    def takes(self, verb: Any) -> bool:
        """Whether this occurrence of the verb is a cue: always, unless the entry restricts
        its direct object ("put the death toll at four", not "put the box down") or asks
        for a clause ("pointed out that ...", not "pointed to the map")."""
        if self.clause and not any(c.dep_ == "ccomp" for c in verb.children):
            return False
        if not self.objects:
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.objects for c in verb.children)


@dataclass(frozen=True)
class KnownActor:
    name: str
    aliases: tuple[str, ...]
    kind: str
    sector: str | None
    country: str | None


@dataclass(frozen=True)
class KnownPlace:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    lat: float | None
    lon: float | None
    resolution: str


@dataclass(frozen=True)
class EventRules:
    """The `rules` section of `events.yaml` (see its header), for `nlp/event_types.py`."""

    agree_verbs: frozenset[str]
    concession_verbs: frozenset[str]
    concession_objects: frozenset[str]
    characterising_verbs: frozenset[str]
    positive_words: frozenset[str]
    reprisal_threats: tuple[tuple[frozenset[str], frozenset[str], str | None], ...]
    entry_ban_words: frozenset[str]
    sanction_objects: frozenset[str]
    reply_topics: frozenset[str]


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or [])


@functools.lru_cache(maxsize=4)
def load_rules(path: Path = DATA_DIR / "events.yaml") -> EventRules:
    """Read the `rules` section once."""
    data = (_read_yaml(path) or {}).get("rules") or {}
    try:
        threats = tuple(
            (
                frozenset(str(w).lower() for w in r["lemmas"]),
                frozenset(str(w).lower() for w in r.get("objects") or []),
                r.get("mode"),
            )
            for r in data.get("reprisal_threats") or []
        )
    except (KeyError, TypeError) as error:
        raise LexiconError(f"{path}: every reprisal_threats rule needs `lemmas` ({error})") from error
    return EventRules(
        agree_verbs=_words(data, "agree_verbs"),
        concession_verbs=_words(data, "concession_verbs"),
        concession_objects=_words(data, "concession_objects"),
        characterising_verbs=_words(data, "characterising_verbs"),
        positive_words=_words(data, "positive_words"),
        reprisal_threats=threats,
        entry_ban_words=_words(data, "entry_ban_words"),
        sanction_objects=_words(data, "sanction_objects"),
        reply_topics=_words(data, "reply_topics"),
    )


@dataclass
class Lexicon:
    """Everything the pipeline components look up, indexed for speed."""

    event_types: dict[str, EventType] = field(default_factory=dict)
    triggers: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()  # verbs whose object noun states the event
    cue_verbs: dict[str, CueVerb] = field(default_factory=dict)
    cue_nouns: frozenset[str] = frozenset()
    cue_phrases: dict[str, str] = field(default_factory=dict)
    hedges: tuple[str, ...] = ()
    channels: dict[str, str] = field(default_factory=dict)
    collective_sources: dict[str, str] = field(default_factory=dict)
    organizations: list[KnownActor] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)  # name form -> alpha3
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym form -> alpha3
    titles: dict[str, str | None] = field(default_factory=dict)  # lower title -> sector
    regions: list[KnownPlace] = field(default_factory=list)
    sites: list[KnownPlace] = field(default_factory=list)
    institutions: dict[str, tuple[str | None, bool]] = field(default_factory=dict)  # lemma -> (sector, is state)
    group_sectors: dict[str, str] = field(default_factory=dict)  # collective head lemma -> sector
    modifier_sectors: dict[str, str] = field(default_factory=dict)  # modifier word -> sector
    not_actor_nouns: frozenset[str] = frozenset()  # audiences: "told reporters"
    plural_collectives: frozenset[str] = frozenset()  # "union leaders": an actor only in the plural
    data_dir: Path = DATA_DIR  # where the data files came from: components read their own sections there
    modified_collectives: frozenset[str] = frozenset()  # "people": an actor only as "displaced people"

    @functools.cached_property
    def actor_index(self) -> dict[str, KnownActor]:
        """Known actors by every name form (casefolded)."""
        index: dict[str, KnownActor] = {}
        for actor in self.organizations:
            for form in (actor.name, *actor.aliases):
                index.setdefault(form.casefold(), actor)
        return index

    @functools.cached_property
    def max_title_words(self) -> int:
        return max((len(t.split()) for t in self.titles), default=1)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.safe_load(stream)
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"cannot read lexicon {path}: {error}. Fix the file's YAML.") from error


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    except OSError as error:
        raise LexiconError(f"cannot read lexicon {path}: {error}") from error
    return [
        {k.strip(): (v or "").strip() for k, v in row.items() if k}
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    ]


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _load_events(lexicon: Lexicon, path: Path) -> None:
    data = _read_yaml(path) or {}
    for name, meta in (data.get("types") or {}).items():
        lexicon.event_types[name] = EventType(
            name=name,
            cameo=str(meta.get("cameo", "")),
            quad=str(meta.get("quad", "")),
            context=_tuple(meta.get("context")),
            modes=_tuple(meta.get("modes")),
        )
    triggers: dict[tuple[str, str], list[TriggerEntry]] = defaultdict(list)
    # triggers: any listed in events.yaml itself (an older custom data folder), then every
    # file of the events/ folder beside it, in name order (one file per group of types)
    sources: list[tuple[Path, Any]] = [(path, data.get("triggers") or [])]
    folder = path.parent / EVENTS_FOLDER
    for part in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        content = _read_yaml(part) or {}
        if not isinstance(content, dict):
            raise LexiconError(f"{part}: expected a mapping with a `triggers:` list")
        sources.append((part, content.get("triggers") or []))
    for source, raw in ((s, r) for s, rows in sources for r in rows):
        _add_trigger(lexicon, triggers, source, raw)
    # The most constrained entry is tried first, so "hold talks" wins over "hold".
    for entries in triggers.values():
        entries.sort(key=lambda e: -e.rank)
    lexicon.triggers = dict(triggers)
    lexicon.light_verbs = frozenset(str(v).lower() for v in data.get("light_verbs") or [])


def _add_trigger(
    lexicon: Lexicon, triggers: dict[tuple[str, str], list[TriggerEntry]], path: Path, raw: dict[str, Any]
) -> None:
    """One trigger line of the event lexicon, checked against the event types."""
    try:
        event = raw.get("event")
        if event not in lexicon.event_types:
            raise LexiconError(f"{path}: trigger {raw.get('lemma')!r} has unknown event {event!r}")
        etype = lexicon.event_types[event]
        entry = TriggerEntry(
            lemma=str(raw["lemma"]).lower(),
            pos=str(raw.get("pos", "VERB")).upper(),
            event=event,
            mode=raw.get("mode"),
            cameo=str(raw["cameo"]) if raw.get("cameo") else etype.cameo,
            context=_tuple(raw.get("context")) or etype.context,
            objects=frozenset(o.lower() for o in _tuple(raw.get("objects"))),
            preps=frozenset(p.lower() for p in _tuple(raw.get("preps"))),
            particle=raw.get("particle"),
            recipient=_tuple(raw.get("recipient")) or ("dobj",),
            patient=bool(raw.get("recipient_is_patient", False)),
            clausal=bool(raw.get("clausal", False)),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise LexiconError(f"{path}: malformed trigger {raw!r}: every trigger needs lemma and event") from error
    triggers[(entry.lemma, entry.pos)].append(entry)


def _load_cues(lexicon: Lexicon, path: Path) -> None:
    data = _read_yaml(path) or {}
    for raw in data.get("verbs") or []:
        lexicon.cue_verbs[str(raw["lemma"]).lower()] = CueVerb(
            lemma=str(raw["lemma"]).lower(),
            stance=str(raw.get("stance", "assert")),
            hedge=bool(raw.get("hedge", False)),
            object_preps=tuple(p.lower() for p in _tuple(raw.get("object_prep"))),
            object=bool(raw.get("object", False)),
            appeal=bool(raw.get("appeal", False)),
            objects=frozenset(str(o).lower() for o in _tuple(raw.get("objects"))),
            clause=bool(raw.get("clause", False)),
        )
    lexicon.cue_nouns = frozenset(str(n["lemma"]).lower() for n in data.get("nouns") or [])
    lexicon.cue_phrases = {
        str(p["text"]).lower(): str(p.get("kind", "according_to")) for p in data.get("phrases") or []
    }
    lexicon.hedges = tuple(str(h).lower() for h in data.get("hedges") or [])
    lexicon.channels = {str(c["lemma"]).lower(): str(c.get("label", c["lemma"])) for c in data.get("channels") or []}
    lexicon.collective_sources = {
        str(c["lemma"]).lower(): str(c.get("kind", "group")) for c in data.get("collective_sources") or []
    }


def _load_actor_nouns(lexicon: Lexicon, path: Path) -> None:
    if not path.exists():  # a custom data folder may predate this file
        return
    data = _read_yaml(path) or {}
    for raw in data.get("institutions") or []:
        lexicon.institutions[str(raw["lemma"]).lower()] = (raw.get("sector") or None, bool(raw.get("state", False)))
    lexicon.group_sectors = {str(k).lower(): str(v) for k, v in (data.get("group_sectors") or {}).items()}
    lexicon.modifier_sectors = {str(k).lower(): str(v) for k, v in (data.get("modifier_sectors") or {}).items()}
    lexicon.not_actor_nouns = frozenset(str(n).lower() for n in data.get("not_actors") or [])
    plural = [str(n).lower() for n in data.get("plural_collectives") or []]
    lexicon.plural_collectives = frozenset(plural)
    for lemma in plural:
        lexicon.collective_sources.setdefault(lemma, "group")
    modified = [str(n).lower() for n in data.get("modified_collectives") or []]
    lexicon.modified_collectives = frozenset(modified)
    for lemma in modified:
        lexicon.collective_sources.setdefault(lemma, "group")
    for lemma in data.get("collectives") or []:
        lexicon.collective_sources.setdefault(str(lemma).lower(), "group")


def _known_actor(raw: dict[str, Any]) -> KnownActor:
    aliases = raw.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    return KnownActor(
        name=str(raw["name"]),
        aliases=tuple(str(a) for a in aliases),
        kind=str(raw.get("kind") or "organization"),
        sector=raw.get("sector") or None,
        country=raw.get("country") or None,
    )


def _known_place(raw: dict[str, Any]) -> KnownPlace:
    aliases = raw.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    return KnownPlace(
        name=str(raw["name"]),
        aliases=tuple(str(a) for a in aliases),
        country=raw.get("country") or None,
        lat=float(raw["lat"]) if raw.get("lat") not in (None, "") else None,
        lon=float(raw["lon"]) if raw.get("lon") not in (None, "") else None,
        resolution=str(raw.get("resolution") or "site"),
    )


def _read_rows(path: Path, what: str) -> list[dict[str, Any]]:
    """A user data file's rows: a YAML list, or a CSV file with a header line."""
    rows = list(_read_csv(path)) if path.suffix.lower() == ".csv" else _read_yaml(path) or []
    if not isinstance(rows, list):
        raise LexiconError(f"{path}: expected a list of {what}")
    return rows


def load_actor_file(path: Path) -> list[KnownActor]:
    """A user actor file: YAML list, or CSV with columns name,aliases(|-separated),kind,country,sector."""
    rows = _read_rows(path, "actors (name, aliases, kind, ...)")
    try:
        return [_known_actor(row) for row in rows]
    except (KeyError, TypeError) as error:
        raise LexiconError(f"{path}: every actor needs a name ({error})") from error


def load_place_file(path: Path) -> list[KnownPlace]:
    """A user place file: YAML list, or CSV with columns name,aliases,country,lat,lon,resolution."""
    rows = _read_rows(path, "places (name, country, lat, lon, ...)")
    try:
        return [_known_place(row) for row in rows]
    except (KeyError, TypeError, ValueError) as error:
        raise LexiconError(f"{path}: every place needs a name and numeric lat/lon ({error})") from error


@functools.lru_cache(maxsize=8)
def load_lexicon(
    data_dir: Path = DATA_DIR, actors_file: Path | None = None, places_file: Path | None = None
) -> Lexicon:
    """Read every data file once; later calls with the same paths return the same object."""
    lexicon = Lexicon(data_dir=data_dir)
    _load_events(lexicon, data_dir / "events.yaml")
    _load_cues(lexicon, data_dir / "cues.yaml")
    lexicon.organizations = [_known_actor(r) for r in _read_yaml(data_dir / "organizations.yaml") or []]
    # demonyms.csv first: it settles shared forms (Congolese -> COD) that countries.csv repeats
    for row in _read_csv(data_dir / "demonyms.csv"):
        lexicon.demonyms.setdefault(row["demonym"], row["alpha3"])
    for row in _read_csv(data_dir / "countries.csv"):
        lexicon.countries.setdefault(row["name"], row["alpha3"])
        if row.get("demonym"):
            lexicon.demonyms.setdefault(row["demonym"], row["alpha3"])
    for raw in _read_yaml(data_dir / "titles.yaml") or []:
        lexicon.titles[str(raw["title"]).lower()] = raw.get("sector") or None
    _load_actor_nouns(lexicon, data_dir / "actor_nouns.yaml")
    lexicon.regions = [_known_place(r) for r in _read_yaml(data_dir / "regions.yaml") or []]
    lexicon.sites = [_known_place(r) for r in _read_yaml(data_dir / "sites.yaml") or []]
    if actors_file is not None:
        lexicon.organizations = load_actor_file(Path(actors_file)) + lexicon.organizations
    if places_file is not None:
        lexicon.sites = load_place_file(Path(places_file)) + lexicon.sites
    LOGGER.debug(
        "lexicon: %d triggers, %d cue verbs, %d organisations, %d countries",
        sum(len(v) for v in lexicon.triggers.values()),
        len(lexicon.cue_verbs),
        len(lexicon.organizations),
        len(lexicon.countries),
    )
    return lexicon
