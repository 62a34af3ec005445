"""Scorers for each stage: gold articles against the records the pipeline made.

Matching rules are in docs/gold-format.md. Every scorer counts true positives, false
positives and false negatives, lists the misses and false alarms so a person can see
why, and ignores items marked optional. Duplicated predictions of a fact count once.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from newsgraph.eval.gold import GoldArticle, ref_offset
from newsgraph.nlp.names import fold
from newsgraph.record import Record

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def hit(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Scores:
    articles: int = 0
    counts: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    per_type: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    distances_km: list[float] = field(default_factory=list)
    overlaps: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat name -> value map: what the floors and reports use."""
        out: dict[str, float] = {}
        for name, count in sorted(self.counts.items()):
            out[f"{name}.precision"] = round(count.precision, 4)
            out[f"{name}.recall"] = round(count.recall, 4)
            out[f"{name}.f1"] = round(count.f1, 4)
        for name, count in sorted(self.per_type.items()):
            out[f"events.type.{name}.f1"] = round(count.f1, 4)
        for name, ratio in sorted(self.ratios.items()):
            out[name] = round(ratio.value, 4)
        if self.distances_km:
            out["places.median_km"] = round(statistics.median(self.distances_km), 1)
        if self.overlaps:
            out["claims.content_overlap"] = round(statistics.mean(self.overlaps), 4)
        return out


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in _WORD.findall(text)]


def overlap_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common: dict[str, int] = defaultdict(int)
    for t in tb:
        common[t] += 1
    same = 0
    for t in ta:
        if common[t] > 0:
            same += 1
            common[t] -= 1
    if not same:
        return 0.0
    p, r = same / len(ta), same / len(tb)
    return 2 * p * r / (p + r)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


class _ArticleScorer:
    def __init__(self, gold: GoldArticle, record: Record, scores: Scores) -> None:
        self.gold = gold
        self.record = record
        self.scores = scores
        self.tag = gold.id
        self.actor_map: dict[str, int] = {}  # predicted actor id -> gold actor index
        self.claim_map: dict[str, int] = {}  # predicted claim id -> gold claim index (content match)

    def run(self) -> None:
        self.actors()
        self.coreference()
        self.claims()
        self.events()
        self.conflicts()
        self.places()
        self.dates()

    # -- actors ------------------------------------------------------------------------
    def actors(self) -> None:
        count = Count()
        taken: set[str] = set()
        for gi, gold in enumerate(self.gold.actors):
            free = [p for p in self.record.actors if p.id not in taken]
            # a predicted actor with the gold name itself beats one that shares only an alias
            # ("riot police" is matched to "riot police", not to a "Police" seen earlier)
            match = next((p for p in free if fold(p.name) == fold(gold.name)), None) or next(
                (p for p in free if gold.forms & {fold(n) for n in (p.name, *p.aliases)}), None
            )
            if match is None:
                if not gold.optional:
                    count.fn += 1
                    self.scores.misses.append(f"{self.tag} actor: {gold.name}")
                continue
            taken.add(match.id)
            self.actor_map[match.id] = gi
            if gold.optional:
                continue
            count.tp += 1
            r = self.scores.ratios
            if gold.kind:
                r["actors.kind_accuracy"].hit(match.kind == gold.kind)
            r["actors.country_accuracy"].hit(match.country == gold.country)
            r["actors.sector_accuracy"].hit(match.sector == gold.sector)
            titles = [fold(role.title) for role in match.roles]
            for role in gold.roles:
                want = fold(role)
                r["actors.role_recall"].hit(any(want in t or (t and t in want) for t in titles))
        for p in self.record.actors:
            if p.id not in taken:
                # a second predicted actor for a gold actor already matched is a duplicate, not a false alarm
                if any(fold(n) in g.forms for g in self.gold.actors for n in (p.name, *p.aliases)):
                    continue
                count.fp += 1
                self.scores.false_alarms.append(f"{self.tag} actor: {p.name} ({p.kind})")
        self.scores.counts["actors"].add(count)

    def coreference(self) -> None:
        by_gold: dict[int, list[Any]] = defaultdict(list)
        for pid, gi in self.actor_map.items():
            actor = self.record.actor(pid)
            if actor is not None:
                by_gold[gi].append(actor)
        for gi, gold in enumerate(self.gold.actors):
            for ref in gold.refs:
                span = ref_offset(self.gold.text, ref)
                if span is None:
                    continue
                ok = any(m.start < span[1] and span[0] < m.end for a in by_gold.get(gi, []) for m in a.mentions)
                self.scores.ratios["coreference.accuracy"].hit(ok)
                if not ok:
                    self.scores.misses.append(f"{self.tag} coreference: {ref} -> {gold.name}")

    def _gold_ids(self, ids: list[str]) -> set[int]:
        return {self.actor_map[i] for i in ids if i in self.actor_map}

    def _gold_names(self, names: list[str]) -> set[int]:
        return {i for n in names if (i := self.gold.actor_index(n)) is not None}

    # -- claims --------------------------------------------------------------------------
    def claims(self) -> None:
        count = Count()
        used: set[str] = set()
        for gi, gold in enumerate(self.gold.claims):
            best, best_score = None, 0.0
            for p in self.record.claims:
                score = overlap_f1(p.content.text, gold.content)
                if score > best_score and p.id not in self.claim_map:
                    best, best_score = p, score
            if best is None or best_score < 0.5:
                count.fn += 1
                self.scores.misses.append(
                    f"{self.tag} claim: {', '.join(gold.speaker)} {gold.cue}: {gold.content[:70]}"
                )
                continue
            self.claim_map[best.id] = gi
            speaker_ok = bool(self._gold_ids(best.speaker) & self._gold_names(gold.speaker)) or (
                not best.speaker and not gold.speaker
            )
            r = self.scores.ratios
            r["claims.speaker_accuracy"].hit(speaker_ok)
            cue_ok = not gold.cue or _cue_matches(gold.cue, best.cue.text)
            if gold.cue:
                r["claims.cue_accuracy"].hit(cue_ok)
            if gold.kind:
                r["claims.kind_accuracy"].hit(best.kind == gold.kind)
            r["claims.stance_accuracy"].hit(best.stance == gold.stance)
            self.scores.overlaps.append(best_score)
            if speaker_ok and cue_ok:
                count.tp += 1
                used.add(best.id)
            else:
                count.fn += 1
                got = [self._name(i) for i in best.speaker]
                self.scores.misses.append(
                    f"{self.tag} claim speaker/cue: want {gold.speaker} {gold.cue!r}, got {got} {best.cue.text!r}: {gold.content[:50]}"
                )
        for p in self.record.claims:
            if p.id not in used:
                if p.id in self.claim_map:
                    count.fp += 1  # right content, wrong speaker: a false alarm as well as a miss
                    continue
                if any(overlap_f1(p.content.text, g.content) >= 0.5 for g in self.gold.claims):
                    continue  # a duplicate of a matched claim
                count.fp += 1
                self.scores.false_alarms.append(
                    f"{self.tag} claim: {[self._name(i) for i in p.speaker]} {p.cue.text}: {p.content.text[:70]}"
                )
        self.scores.counts["claims"].add(count)

    def _name(self, actor_id: str) -> str:
        actor = self.record.actor(actor_id)
        return actor.name if actor else actor_id

    # -- events ---------------------------------------------------------------------------
    def _same_participants(self, want: list[str], got: list[str]) -> bool:
        """Gold and predicted participant sets agree: they share an actor, or both are empty."""
        if not want and not got:
            return True
        return bool(self._gold_names(want) & self._gold_ids(got))

    def _event_matches(self, gold: Any, pred: Any, *, typed: bool = True) -> bool:
        if typed and gold.type != pred.event:
            return False
        return self._same_participants(gold.actor, pred.actor) and self._same_participants(
            gold.recipient, pred.recipient
        )

    def events(self) -> None:
        count = Count()
        type_only = Count()
        matched_pred: set[str] = set()
        for gold in self.gold.events:
            candidates = [p for p in self.record.events if p.id not in matched_pred and self._event_matches(gold, p)]
            if gold.trigger:
                candidates.sort(key=lambda p: fold(gold.trigger or "") not in fold(p.evidence.text))
            loose = [
                p
                for p in self.record.events
                if p.event == gold.type and gold.trigger and gold.trigger in p.evidence.text
            ]
            if not gold.optional:
                if loose:
                    type_only.tp += 1
                    # participants on their own, among events found by type and trigger sentence
                    r = self.scores.ratios
                    r["events.actor_accuracy"].hit(any(self._same_participants(gold.actor, p.actor) for p in loose))
                    r["events.recipient_accuracy"].hit(
                        any(self._same_participants(gold.recipient, p.recipient) for p in loose)
                    )
                else:
                    type_only.fn += 1
            if not candidates:
                if not gold.optional:
                    count.fn += 1
                    self.scores.per_type[gold.type].fn += 1
                    self.scores.misses.append(
                        f"{self.tag} event: {gold.type} {gold.actor}->{gold.recipient} ({gold.trigger})"
                    )
                continue
            pred = candidates[0]
            matched_pred.add(pred.id)
            if gold.optional:
                continue
            count.tp += 1
            self.scores.per_type[gold.type].tp += 1
            self._event_attributes(gold, pred)
        for p in self.record.events:
            if p.id in matched_pred:
                continue
            if any(self._event_matches(g, p) for g in self.gold.events):
                continue  # a duplicate of a matched event
            count.fp += 1
            self.scores.per_type[p.event].fp += 1
            if not any(g.type == p.event and g.trigger and g.trigger in p.evidence.text for g in self.gold.events):
                type_only.fp += 1
            self.scores.false_alarms.append(
                f"{self.tag} event: {p.event} {[self._name(a) for a in p.actor]}->{[self._name(a) for a in p.recipient]} ({p.trigger.text if p.trigger else ''})"
            )
        self.scores.counts["events"].add(count)
        self.scores.counts["events_type_only"].add(type_only)

    def _event_attributes(self, gold: Any, pred: Any) -> None:
        r = self.scores.ratios
        if gold.mode is not None or pred.mode is not None:
            r["events.mode_accuracy"].hit(gold.mode == pred.mode)
        flags = {f for f in ("negated", "hypothetical", "future", "historical") if getattr(pred.modality, f)}
        r["events.modality_accuracy"].hit(flags == set(gold.modality))
        claim = next((c for c in self.record.claims if c.id == pred.attribution), None)
        if gold.attributed_to is None:
            r["events.attribution_accuracy"].hit(claim is None)
        else:
            r["events.attribution_accuracy"].hit(
                claim is not None and bool(self._gold_ids(claim.speaker) & self._gold_names([gold.attributed_to]))
            )
        if gold.date:
            r["events.date_accuracy"].hit(pred.date is not None and pred.date.value == gold.date)
        if gold.place:
            place = next((p for p in self.record.places if p.id == pred.location), None)
            names = {fold(place.name), *(fold(m.text) for m in place.mentions)} if place else set()
            r["events.place_accuracy"].hit(fold(gold.place) in names)
        for key in ("dead", "injured", "arrested"):
            if gold.size.get(key) is not None:
                r["events.size_accuracy"].hit(getattr(pred.size, key) == gold.size.get(key))

    # -- conflicts -----------------------------------------------------------------------
    def conflicts(self) -> None:
        count = Count()
        gold_sets = [frozenset(c.claims) for c in self.gold.conflicts]
        found: set[frozenset[str]] = set()
        for k in self.record.conflicts:
            sides = {self.gold.claims[self.claim_map[c]].id for c in k.claims if c in self.claim_map}
            if k.narration:
                sides.add("narration")
            key = frozenset(sides)
            if key in gold_sets and len(key) >= 2:
                if key not in found:
                    count.tp += 1
                    found.add(key)
            else:
                count.fp += 1
                self.scores.false_alarms.append(f"{self.tag} conflict: {k.topic}")
        for gold_key, gold in zip(gold_sets, self.gold.conflicts, strict=True):
            if gold_key not in found:
                count.fn += 1
                self.scores.misses.append(f"{self.tag} conflict: {gold.topic} {sorted(gold_key)}")
        self.scores.counts["conflicts"].add(count)

    # -- places and dates ----------------------------------------------------------------
    def places(self) -> None:
        count = Count()
        taken: set[str] = set()
        for gold in self.gold.places:
            key = fold(gold.name)
            match = next(
                (
                    p
                    for p in self.record.places
                    if p.id not in taken and (key == fold(p.name) or any(key == fold(m.text) for m in p.mentions))
                ),
                None,
            )
            if match is None:
                count.fn += 1
                self.scores.misses.append(f"{self.tag} place: {gold.name}")
                continue
            taken.add(match.id)
            self.scores.ratios["places.country_accuracy"].hit(match.country == gold.country)
            if match.country != gold.country:
                # a place counts as found only with its country (name + country)
                count.fn += 1
                count.fp += 1
                self.scores.misses.append(
                    f"{self.tag} place country: {gold.name} want {gold.country}, got {match.country}"
                )
            else:
                count.tp += 1
            if None not in (gold.lat, gold.lon, match.lat, match.lon):
                self.scores.distances_km.append(haversine_km(gold.lat, gold.lon, match.lat, match.lon))  # type: ignore[arg-type]
        for p in self.record.places:
            if p.id not in taken:
                count.fp += 1
                self.scores.false_alarms.append(f"{self.tag} place: {p.name}")
        self.scores.counts["places"].add(count)

    def dates(self) -> None:
        """A gold date is found when a predicted expression overlaps one of its occurrences in
        the text (by character offsets; the best word overlap wins) and has the same value."""
        text = self.gold.text
        for gold in self.gold.dates:
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(gold.text), text)]
            candidates = [d for d in self.record.dates if any(d.start < e and s < d.end for s, e in spans)]
            match = max(candidates, key=lambda d: overlap_f1(d.text, gold.text), default=None)
            ok = match is not None and match.value == gold.value
            self.scores.ratios["dates.accuracy"].hit(ok)
            if not ok:
                got = match.value if match else "not found"
                self.scores.misses.append(f"{self.tag} date: {gold.text!r} want {gold.value}, got {got}")


def _cue_matches(gold: str, predicted: str) -> bool:
    """A cue matches when one contains the other ("said" ~ "said"; "according to" ~ "According to")."""
    g, p = fold(gold), fold(predicted)
    return bool(g and p) and (g in p or p in g)


def evaluate_records(pairs: list[tuple[GoldArticle, Record]]) -> Scores:
    scores = Scores(articles=len(pairs))
    for gold, record in pairs:
        _ArticleScorer(gold, record, scores).run()
    return scores
