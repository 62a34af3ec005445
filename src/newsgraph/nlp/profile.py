"""Actor profiles: sector and country from roles, modifiers and context; designations.

- sectors: a role's organisation first ("Likud party secretary" -> PTY), then the
  title ("deputy foreign minister" -> GOV), then a state affiliation (GOV); groups by
  head noun and modifiers ("health officials" -> HLH); institutions by head noun
  ("forces" -> MIL; a defence ministry -> MIL);
- countries: a demonym or country in the name or title, a role's organisation or
  state, else the article's main country for local actors; never for actors tied to
  international bodies. The main country is the one the story names most (its name
  and demonym), the dateline's town counted twice;
- designations stated in the text: "is listed by the US government as a 'specially
  designated global terrorist'", "designated a terrorist organisation by the EU",
  "sanctioned by the UK".
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_model import load_actor_words
from newsgraph.nlp.extensions import indexes_where
from newsgraph.nlp.lexicon import Lexicon

LOGGER = logging.getLogger(__name__)
VERB_ONLY = frozenset({"VERB"})

DESIGNATION_VERBS = {"designate", "list", "blacklist", "sanction", "proscribe", "brand", "classify", "label"}
DESIGNATION_IDS = frozenset(get_string_id(v) for v in DESIGNATION_VERBS)  # compared as ints: fast
QUOTES = "\"'“”‘’"


def main_country(doc: Doc, dateline: dict[str, Any] | None, gazetteer: Any) -> str | None:
    """The country the story names most (see the module docstring), None when it names none."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        ent_id = ent.ent_id_
        if ent_id.startswith(("country:", "demonym:")):
            counts[ent_id.split(":", 1)[1]] += 1
    if dateline and gazetteer is not None:
        cand = gazetteer.resolve(dateline["name"].title())
        if cand is not None and cand.country:
            counts[str(cand.country)] += 2  # a foreign dateline does not outweigh the story's country
    return counts.most_common(1)[0][0] if counts else None


class Profiler:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.titles = lexicon.titles
        self.max_title = lexicon.max_title_words
        self.demonyms = lexicon.demonyms
        self.countries = lexicon.countries
        self.group_sectors = lexicon.group_sectors
        self.modifier_sectors = lexicon.modifier_sectors
        self.armed_modifiers = load_actor_words(lexicon.data_dir / "actor_nouns.yaml").armed_modifiers

    # -- sectors ---------------------------------------------------------------------
    def institution_sector(self, span: Span, default: str | None) -> str | None:
        for tok in span:
            if tok.lower_ in {"defence", "defense"}:
                return "MIL"
        return default

    def group_sector(self, span: Span, head: Token, kind: str) -> str | None:
        if kind == "media":
            return "MED"
        for tok in span:
            if tok.i != head.i and tok.lower_ in self.modifier_sectors:
                return self.modifier_sectors[tok.lower_]
        sector = self.group_sectors.get(head.lemma_.lower())
        if sector is None and any(t.i != head.i and t.lower_ in self.armed_modifiers for t in span):
            return "REB"  # "armed men", "armed youth": an armed group; "armed police" keeps POL
        return sector

    def org_attributes(self, actor: Any) -> None:
        low = actor.name.lower()
        if actor.sector is None:
            if "defence ministry" in low or "defense ministry" in low:
                actor.sector = "MIL"
            elif any(w in low for w in ("ministry", "government", "commission", "embassy", "presidency")):
                actor.sector = "GOV"
            elif any(w in low for w in ("army", "forces", "military", "navy", "coast guard")):
                actor.sector = "MIL"
            elif "police" in low:
                actor.sector = "POL"
            elif "court" in low:
                actor.sector = "JUD"
            elif any(w in low for w in ("news", "radio", "television", " tv")):
                actor.sector = "MED"
            elif any(w in low for w in ("association", "observatory", "human rights", "watch")):
                actor.sector = "NGO"
            elif any(w in low for w in ("party", "movement")):
                actor.sector = "PTY"
        if actor.country is None:
            for word in actor.name.replace("'s", "").split():
                code = self.demonyms.get(word) or self.countries.get(word)
                if code:
                    actor.country = code
                    break

    def title_sector(self, title: str) -> str | None:
        words = title.lower().split()
        for size in range(min(len(words), self.max_title), 0, -1):
            for start in range(len(words) - size, -1, -1):
                sector = self.titles.get(" ".join(words[start : start + size]))
                if sector:
                    return sector
        return None

    # -- the whole document ----------------------------------------------------------
    def finish(self, doc: Doc, actors: list[Any], token_actor: dict[int, list[int]], main: str | None) -> None:
        self._designations(doc, actors, token_actor)
        for actor in actors:
            if actor.kind == "state":
                actor.sector = "GOV"
            elif actor.kind == "person":
                self._person(actor, actors, main)
            elif actor.known is None:
                international = actor.sector == "IGO" or len(actor.countries_seen) > 1
                if actor.country is None and not international:
                    actor.country = main

    def _person(self, actor: Any, actors: list[Any], main: str | None) -> None:
        orgs = [actors[r["of"]] for r in actor.roles if r.get("of") is not None and r["of"] < len(actors)]
        if actor.sector is None and any("political" in r["title"].split() for r in actor.roles):
            actor.sector = "PTY"  # "deputy head of the political wing" of an armed movement
        if actor.sector is None:
            actor.sector = next((o.sector for o in orgs if o.kind != "state" and o.sector), None)
        if actor.sector is None:
            actor.sector = next((s for r in actor.roles if (s := self.title_sector(r["title"]))), None)
        if actor.sector is None and any(o.kind == "state" for o in orgs):
            actor.sector = "GOV"
        if actor.country is None:
            actor.country = next((o.country for o in orgs if o.country), None)
        tied_abroad = actor.sector == "IGO" or any(o.sector == "IGO" for o in orgs)
        if actor.country is None and not tied_abroad and actor.known is None:
            actor.country = main

    def _designations(self, doc: Doc, actors: list[Any], token_actor: dict[int, list[int]]) -> None:
        for i in indexes_where(doc, pos=VERB_ONLY):
            verb = doc[i]
            if verb.lemma not in DESIGNATION_IDS:
                continue
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or verb.tag_ == "VBN"
            patient = next((c for c in verb.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})), None)
            if patient is None and verb.dep_ in {"acl", "relcl"}:
                patient = verb.head  # "Hamas, designated a terrorist group by ..."
            if patient is None and passive:
                patient = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            owners = token_actor.get(patient.i) if patient is not None else None
            if not owners:
                continue
            label = self._label(verb)
            if label is None:
                continue
            authority = self._authority(verb, passive)
            sent = verb.sent
            entry = {"label": label, "authority": authority, "evidence": [sent.start_char, sent.end_char]}
            for owner in owners:
                if all(d["label"] != label for d in actors[owner].designations):
                    actors[owner].designations.append(entry)

    def _label(self, verb: Token) -> str | None:
        for child in verb.children:
            if child.dep_ in {"oprd", "attr", "xcomp", "dobj"} and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
                if child.dep_ == "dobj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
                    continue
                return _phrase(child)
            if child.dep_ == "prep" and child.lower_ == "as":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return _phrase(obj)
        if verb.lemma_.lower() in {"sanction", "blacklist", "proscribe"}:
            return {"sanction": "sanctioned", "blacklist": "blacklisted", "proscribe": "proscribed"}[
                verb.lemma_.lower()
            ]
        return None

    def _authority(self, verb: Token, passive: bool) -> str | None:
        if passive:
            # "by the EU" hangs on the verb (agent) or, misparsed, on the label noun (prep)
            for tok in verb.subtree:
                if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by"):
                    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return _phrase(obj)
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _phrase(subj) if subj is not None and subj.pos_ != "PRON" else None


def _phrase(token: Token) -> str:
    cut = {t.i for c in token.children if c.dep_ in {"relcl", "acl"} or c.lower_ in {"by", "in", "since", "on"}
           for t in c.subtree}  # fmt: skip
    sub = [t for t in token.subtree if t.i not in cut and (t.dep_ != "punct" or t.text == "-")]
    words = [t for t in sub if t.lower_ not in {"a", "an"} or t.i != sub[0].i]
    if words and words[0].lower_ == "the":
        words = words[1:]
    text = " ".join(t.text for t in words)
    return text.replace(" - ", "-").strip(QUOTES + " ")
