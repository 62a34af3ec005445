"""Gold files (docs/gold-format.md): loading and the consistency checks."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import GoldFormatError
from newsgraph.nlp.lexicon import DATA_DIR
from newsgraph.nlp.names import fold
from newsgraph.record import PLOVER_TYPES

MODALITY_FLAGS = ("negated", "hypothetical", "future", "historical")


@dataclass
class GoldActor:
    name: str
    aliases: list[str]
    kind: str | None
    country: str | None
    sector: str | None
    roles: list[str]
    refs: list[str]
    designations: list[dict[str, Any]]
    optional: bool

    @property
    def forms(self) -> set[str]:
        return {fold(n) for n in (self.name, *self.aliases)}


@dataclass
class GoldEvent:
    type: str
    mode: str | None
    actor: list[str]
    recipient: list[str]
    date: str | None
    place: str | None
    modality: list[str]
    attributed_to: str | None
    size: dict[str, Any]
    trigger: str | None
    optional: bool


@dataclass
class GoldClaim:
    id: str
    speaker: list[str]
    cue: str | None
    content: str
    kind: str | None
    stance: str
    hedges: list[str]
    channel: str | None


@dataclass
class GoldConflict:
    claims: list[str]
    about: list[str]
    topic: str | None


@dataclass
class GoldPlace:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    resolution: str | None


@dataclass
class GoldDate:
    text: str
    value: str | None
    granularity: str | None


@dataclass
class GoldArticle:
    id: str
    path: Path
    published: str | None
    source: str | None
    dateline: str | None
    text: str
    actors: list[GoldActor] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    conflicts: list[GoldConflict] = field(default_factory=list)
    places: list[GoldPlace] = field(default_factory=list)
    dates: list[GoldDate] = field(default_factory=list)

    def actor_index(self, name: str) -> int | None:
        key = fold(name)
        for i, actor in enumerate(self.actors):
            if key in actor.forms:
                return i
        return None


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


_KEYS = {
    "article": {"id", "published", "source", "dateline", "text", "actors", "events", "claims", "conflicts", "places", "dates"},
    "actors": {"name", "aliases", "kind", "country", "sector", "roles", "refs", "designations", "optional"},
    "events": {"type", "event", "mode", "actor", "recipient", "date", "place", "modality", "attributed_to", "size",
               "trigger", "optional"},
    "claims": {"id", "speaker", "cue", "content", "kind", "stance", "hedges", "channel", "optional"},
    "conflicts": {"claims", "about", "topic"},
    "places": {"name", "country", "lat", "lon", "resolution", "optional"},
    "dates": {"text", "value", "granularity"},
}  # fmt: skip


def _unknown_keys(path: Path, raw: dict[str, Any]) -> None:
    """A key the format does not know is almost always a value split by YAML: an unquoted
    comma inside a one-line `{...}` entry ends the value there and makes the rest a key."""
    found: list[tuple[str | None, Any, Any]] = [(None, None, k) for k in raw if k not in _KEYS["article"]]
    for section, allowed in _KEYS.items():
        if section != "article":
            for item in _list(raw.get(section)):
                if isinstance(item, dict):
                    name = item.get("id") or item.get("name") or item.get("type") or item.get("text")
                    found += [(section, name, k) for k in item if k not in allowed]
    if found:
        lines = [f"  {s or 'article'} {n or ''}: {k!r}" for s, n, k in found[:10]]
        raise GoldFormatError(
            f"{path}: unknown keys (quote any value that holds a comma or a colon inside a one-line entry):\n"
            + "\n".join(lines)
        )


def _parse(path: Path, raw: dict[str, Any]) -> GoldArticle:
    _unknown_keys(path, raw)
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{path}: `text` is missing or empty")
    article = GoldArticle(
        id=str(raw.get("id") or path.stem), path=path, published=_str(raw.get("published")),
        source=_str(raw.get("source")), dateline=_str(raw.get("dateline")), text=text.rstrip("\n"),
    )  # fmt: skip
    for a in _list(raw.get("actors")):
        article.actors.append(GoldActor(
            name=str(a["name"]), aliases=[str(x) for x in _list(a.get("aliases"))], kind=_str(a.get("kind")),
            country=_str(a.get("country")), sector=_str(a.get("sector")), roles=[str(r) for r in _list(a.get("roles"))],
            refs=[str(r) for r in _list(a.get("refs"))], designations=_list(a.get("designations")),
            optional=bool(a.get("optional", False)),
        ))  # fmt: skip
    for e in _list(raw.get("events")):
        article.events.append(GoldEvent(
            type=str(e.get("type") or e.get("event")), mode=_str(e.get("mode")),
            actor=[str(x) for x in _list(e.get("actor"))], recipient=[str(x) for x in _list(e.get("recipient"))],
            date=_str(e.get("date")), place=_str(e.get("place")), modality=[str(m) for m in _list(e.get("modality"))],
            attributed_to=_str(e.get("attributed_to")), size=dict(e.get("size") or {}), trigger=_str(e.get("trigger")),
            optional=bool(e.get("optional", False)),
        ))  # fmt: skip
    for c in _list(raw.get("claims")):
        article.claims.append(GoldClaim(
            id=str(c.get("id") or f"c{len(article.claims) + 1}"), speaker=[str(s) for s in _list(c.get("speaker"))],
            cue=_str(c.get("cue")), content=str(c["content"]), kind=_str(c.get("kind")),
            stance=str(c.get("stance") or "assert"), hedges=[str(h) for h in _list(c.get("hedges"))],
            channel=_str(c.get("channel")),
        ))  # fmt: skip
    for k in _list(raw.get("conflicts")):
        article.conflicts.append(GoldConflict(
            claims=[str(x) for x in _list(k.get("claims"))], about=[str(x) for x in _list(k.get("about"))],
            topic=_str(k.get("topic")),
        ))  # fmt: skip
    for p in _list(raw.get("places")):
        article.places.append(GoldPlace(
            name=str(p["name"]), country=_str(p.get("country")),
            lat=float(p["lat"]) if p.get("lat") is not None else None,
            lon=float(p["lon"]) if p.get("lon") is not None else None, resolution=_str(p.get("resolution")),
        ))  # fmt: skip
    for d in _list(raw.get("dates")):
        article.dates.append(
            GoldDate(text=str(d["text"]), value=_str(d.get("value")), granularity=_str(d.get("granularity")))
        )
    return article


def ref_offset(text: str, ref: str) -> tuple[int, int] | None:
    """Character span of a `surface#n` reference: the n-th whole-word occurrence."""
    surface, _, number = ref.rpartition("#")
    if not surface or not number.isdigit():
        return None
    matches = list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text))
    n = int(number)
    if n < 1 or n > len(matches):
        return None
    return matches[n - 1].start(), matches[n - 1].end()


@functools.cache
def type_modes() -> dict[str, tuple[str, ...]]:
    """The PLOVER modes of each type, as the event lexicon (data/events.yaml) lists them."""
    types = yaml.safe_load((DATA_DIR / "events.yaml").read_text(encoding="utf-8"))["types"]
    return {name: tuple(meta.get("modes") or ()) for name, meta in types.items()}


def check_article(article: GoldArticle) -> list[str]:
    """Every rule of docs/gold-format.md that this article breaks."""
    problems: list[str] = []
    text = article.text

    def need(value: str | None, what: str) -> None:
        if value and value not in text:
            problems.append(f"{what} {value!r} does not occur in the text")

    claim_ids = {c.id for c in article.claims}
    place_names = {fold(p.name) for p in article.places}
    for actor in article.actors:
        need(actor.name, "actor name")
        for alias in actor.aliases:
            need(alias, f"alias of {actor.name}:")
        for ref in actor.refs:
            if ref_offset(text, ref) is None:
                problems.append(f"ref {ref!r} of {actor.name} is not an occurrence in the text")

    def known(name: str, what: str) -> None:
        if article.actor_index(name) is None:
            problems.append(f"{what} {name!r} is not a gold actor name or alias")

    for event in article.events:
        if event.type not in PLOVER_TYPES:
            problems.append(f"event type {event.type!r} is not a PLOVER type")
        elif event.mode and event.mode not in type_modes().get(event.type, ()):
            allowed = ", ".join(type_modes().get(event.type, ())) or "none"
            problems.append(f"{event.type} mode {event.mode!r} is not one of the type's modes ({allowed})")
        for name in event.actor + event.recipient:
            known(name, f"{event.type} participant")
        if event.attributed_to:
            known(event.attributed_to, "attributed_to")
        if event.place and fold(event.place) not in place_names:
            problems.append(f"event place {event.place!r} is not a gold place")
        need(event.trigger, "trigger")
        for flag in event.modality:
            if flag not in MODALITY_FLAGS:
                problems.append(f"modality {flag!r} is not one of {MODALITY_FLAGS}")
        _valid_date(event.date, f"{event.type} date", problems)
    for claim in article.claims:
        need(claim.cue, "cue")
        need(claim.content, "claim content")
        for name in claim.speaker:
            known(name, "speaker")
    for conflict in article.conflicts:
        for cid in conflict.claims:
            if cid != "narration" and cid not in claim_ids:
                problems.append(f"conflict names unknown claim {cid!r}")
        for name in conflict.about:
            known(name, "conflict about")
    for place in article.places:
        need(place.name, "place")
    for d in article.dates:
        need(d.text, "date text")
        _valid_date(d.value, f"date {d.text!r}", problems)
    _valid_date(article.published, "published", problems)
    return [f"{article.path.name}: {p}" for p in problems]


def _valid_date(value: str | None, what: str, problems: list[str]) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        problems.append(f"{what} {value!r} is not an ISO date")


def load_gold(folder: str | Path, *, check: bool = True) -> list[GoldArticle]:
    """Every `*.yaml` gold article in a folder (or one file), sorted by file name."""
    folder = Path(folder)
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else [folder]
    if not files or not all(f.exists() for f in files):
        raise GoldFormatError(f"no gold files (*.yaml) found at {folder}")
    articles = []
    for path in files:
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            articles.append(_parse(path, raw))
        except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise GoldFormatError(f"{path}: cannot read gold file ({error.__class__.__name__}: {error})") from error
    if check:
        problems = check_gold(articles)
        if problems:
            raise GoldFormatError("gold files break docs/gold-format.md:\n" + "\n".join(problems))
    return articles


def check_gold(articles: list[GoldArticle]) -> list[str]:
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for article in articles:
        if article.id in seen:
            problems.append(f"{article.path.name}: id {article.id!r} also used by {seen[article.id].name}")
        seen[article.id] = article.path
        problems += check_article(article)
    return problems
