"""Events: PLOVER coding of who did what to whom.

Find, then annotate:
1. triggers: verbs and nouns of the event lexicon (`data/events.yaml`), chosen by the
   scheme in its header: the most constrained entry whose objects / prepositions /
   particle match wins; participles used as adjectives ("the occupied West Bank") and
   trigger nouns absorbed by a matched light verb ("held talks") do not fire on their own;
   triggers that state no event of their own (`nlp/event_filters.py`: "treated 31
   wounded", "ordered troops to withdraw", acts a speaker denies) are dropped;
2. actor and recipient (`nlp/event_roles.py`, then `nlp/event_participants.py` for
   nouns with no author of their own and places named as participants); the final type and mode
   (`nlp/event_types.py`: fallback triggers such as "called the verdict a farce" and
   "will respond", negated agreement -> REJECT, concessions, conditional threats,
   mode refinements such as "drone strike" -> drone);
3. modality (`nlp/modality.py`), attribution to the claim whose content holds the
   trigger, date and place tied to the trigger's clause, size (`nlp/size.py`), and tolls
   stated with no event verb ("the death toll rose to 31"), which size the event they
   refer to and never make one;
4. one event per real event: outcomes ("... killed 14 people") and restatements
   ("the attack", "the two men discussed ...") enrich the event they restate.

Each event carries a `why` dict (rule, actor, recipient, modality, mode reasons) for
`newsgraph explain`; records leave it out.
"""

from __future__ import annotations

import bisect
import logging
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.anchoring import _date_for, _place_for, _story_place
from newsgraph.nlp.event_cues import result_particles
from newsgraph.nlp.event_filters import (
    DENIAL_CUES,
    SPEECH_ACTS,
    characterised,
    no_event_of_its_own,
    nominal_participle,
)
from newsgraph.nlp.event_merge import REACTIONS, merge_events, outcome_head, reacted_noun
from newsgraph.nlp.event_participants import (
    clausal_threat,
    nominal_actor,
    places_out,
    protest_crowd,
    refused_requesters,
)
from newsgraph.nlp.event_roles import SYMMETRIC, RoleFinder, Roles
from newsgraph.nlp.event_senses import refused_counterpart, repelled_act_of_its_own
from newsgraph.nlp.event_types import REPRISAL, TypeRefiner, address_concessions
from newsgraph.nlp.extensions import NOMINAL, VERBAL, indexes_where, text_of
from newsgraph.nlp.lexicon import Lexicon, TriggerEntry
from newsgraph.nlp.modality import is_historical, modality
from newsgraph.nlp.role_syntax import first_person_subject
from newsgraph.nlp.size import Toll, event_size, find_tolls

LOGGER = logging.getLogger(__name__)

# Material events on the ground take the dateline's place when their sentence names none.
LOCAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
PARTICLE_WORDS = frozenset({"back", "out", "down", "up", "off", "over", "away"})
ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})
# Picture captions and credits restate the story; they state no event of their own.
CAPTION_PREFIXES = ("photo:", "picture:", "caption:", "image:", "file photo", "video:")
CAPTION_WORDS = tuple({prefix.split()[0].rstrip(":") for prefix in CAPTION_PREFIXES})
# "who asked not to be named": a source's anonymity, not a request.
ANONYMITY = frozenset({"name", "identify"})
NOMINAL_DEPS_SKIP = frozenset({"compound"})
# Participles that name a vehicle's cargo: "a plane carrying medical supplies".
CARRYING = frozenset({"carry", "transport", "bring", "load"})


class EventCoder:
    """spaCy component: writes `doc._.ng_events`."""

    def __init__(self, lexicon: Lexicon, capitals: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.capitals = capitals or {}  # folded capital name -> alpha3 ("Moscow" -> RUS)
        self.triggers = lexicon.triggers
        self.types = lexicon.event_types
        self.light_verbs = lexicon.light_verbs
        self.demonyms = lexicon.demonyms
        self.refiner = TypeRefiner(lexicon, self.match)
        self._caption_doc: Doc | None = None  # the doc `_caption_tokens` was worked out for
        self._caption_tokens: frozenset[int] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
        token_place: dict[int, int] = doc._.ng_token_place or {}
        claims: list[dict[str, Any]] = doc._.ng_claims or []
        dates: list[dict[str, Any]] = doc._.ng_dates or []
        places: list[dict[str, Any]] = doc._.ng_places or []
        country_tokens = {
            i: places[p]["country"]
            for i, p in token_place.items()
            if p < len(places) and places[p].get("resolution") == "country" and places[p].get("country")
        }
        roles = RoleFinder(token_actor, doc._.ng_actors or [], self.demonyms, self.capitals, country_tokens)
        roles.dateline = doc._.ng_dateline  # a dateline ("PORT-AU-PRINCE, May 9 -") is no participant
        matches: list[tuple[Token, TriggerEntry]] = []
        absorbed: set[int] = set()
        for i in indexes_where(doc, pos=VERBAL):
            token = doc[i]
            entry, used = self.match(token, token_actor)
            if entry is not None:
                matches.append((token, entry))
                absorbed.update(u for u in used if not repelled_act_of_its_own(token, doc[u], token_actor))
        for i in indexes_where(doc, pos=NOMINAL):
            if i in absorbed:
                continue
            token = doc[i]
            entry, _ = self.match(token, token_actor)
            if entry is not None:
                matches.append((token, entry))
        matches.sort(key=lambda m: m[0].i)
        # what is demanded or threatened is not (yet) an event: "urged the council to force
        # Israel to accept a ceasefire" is one REQUEST; "warned it would strike" one THREATEN
        governors = {t.i for t, e in matches if e.event in {"REQUEST", "THREATEN", "REJECT"} and t.pos_ == "VERB"}
        # "would not agree to a ceasefire": what is refused is no event either
        governors |= {t.i for t, e in matches if self.refiner.refusal(t, e)}
        matches = [(t, e) for t, e in matches if not _governed_by(t, governors)]
        entries = {t.i: e for t, e in matches}
        matches = [(t, e) for t, e in matches if not no_event_of_its_own(t, e, entries)]
        context = _DocContext(doc, token_place, claims, dates, doc._.ng_published)
        context.trigger_tokens = {t.i for t, _ in matches}
        events = [self._code(token, entry, roles, context) for token, entry in matches]
        coded = [e for e in events if e is not None]
        for event in coded:
            if event["event"] == "REJECT" and not event["recipient"] and not event["_nominal"]:
                # "refused to negotiate with Hamas": the side of the refused talks
                event["recipient"] = refused_counterpart(doc[event["_token"]], token_actor, event["actor"])
                if event["recipient"]:
                    event["why"]["recipient"] = "'with' phrase of the refused act"
        address_concessions(coded)
        refused_requesters(coded, doc)
        doc._.ng_events = merge_events(coded, self._tolls(doc, coded, context))
        return doc

    def _tolls(self, doc: Doc, coded: list[dict[str, Any]], ctx: _DocContext) -> list[Toll]:
        """Tolls stated without an event verb of their own ("the death toll rose to 31"),
        and bare counts ("12 people have died since") in sentences that code no event that
        could take them; never in captions or in sentences dated well before publication."""
        sized = {e["_sent_no"] for e in coded if e["event"] in {"ASSAULT", "COERCE"}}
        old_dates = [d["start"] for d in ctx.dates if is_historical(d, ctx.published)]
        tolls: list[Toll] = []
        for sent_no, sent in enumerate(doc.sents):
            if any(sent.start_char <= start < sent.end_char for start in old_dates):
                continue
            if sent.text.lstrip().lower().startswith(CAPTION_PREFIXES):
                continue
            tolls += find_tolls(sent, sent_no, ctx.date_spans, bare=sent_no not in sized)
        return tolls

    # -- find ------------------------------------------------------------------------
    def match(self, token: Token, token_actor: dict[int, list[int]]) -> tuple[TriggerEntry | None, set[int]]:
        """The lexicon entry a token fires, and the object tokens that entry consumed."""
        pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
        if pos is None or token.i in token_actor:
            return None, set()
        if not self.refiner.may_fire(token, pos):
            return None, set()  # fast path: no entry and no fallback looks at this lemma
        if token.ent_type_ in {"DATE", "TIME"} and token.is_title:
            return None, set()  # "elections in March": a month, not a march
        if pos == "VERB" and (
            token.dep_ in {"amod", "compound", "dobj", "pobj", "nsubj", "nsubjpass"} or nominal_participle(token)
        ):
            return None, set()  # participle as adjective or noun: "the occupied West Bank", "treated 31 wounded"
        entries = self.triggers.get((token.lemma_.lower(), pos))
        if pos == "VERB" and token.lemma_.lower() in self.refiner.early_lemmas:
            # "will retake the town": a threat before a seizure; "threatened to invade": a
            # threat, not the bare clausal entry; "called Macron to discuss": a phone call
            early = self.refiner.early(token)
            if early is not None:
                return early, set()
        if not entries:
            return self.refiner.fallback(token), set()
        if token.i in self._captions(token.doc):
            return None, set()
        if pos == "VERB" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY for c in token.children):
            return None, set()
        objects = _objects(token)
        particles = _particles(token)
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and after.dep_ == "quantmod" and after.pos_ == "ADP" and token in after.ancestors:
            particles.append(after)  # "will hand over 80 prisoners": parsed as "over 80" (more than)
        particles += result_particles(token, after)  # "set free 146 detainees", "set them free"
        # "called Iran on Sunday": a date is no prepositional argument ("call on")
        preps = [
            p
            for p in _preps_attached(token, particles)
            if not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in p.children)
        ]
        best: tuple[TriggerEntry, set[int]] | None = None
        for entry in entries:  # most constrained first
            if best is not None and entry.rank < best[0].rank:
                break
            if entry.particle and entry.particle not in {p.lower_ for p in particles}:
                continue
            used: set[int] = set()
            if entry.preps:
                found = [p for p in preps if p.lower_ in entry.preps]
                if not found:
                    continue
                if entry.objects:
                    pobjs = [o for p in found for o in _with_conj([c for c in p.children if c.dep_ == "pobj"])]
                    used = {o.i for o in pobjs if o.lemma_.lower() in entry.objects}
                    if not used:
                        continue
            elif entry.objects:
                used = {o.i for o in objects if o.lemma_.lower() in entry.objects}
                if not used:
                    continue
                # equally constrained entries: the first object decides ("sent two battalions
                # and jets": a deployment; "sent aid and troops": aid)
                if best is None or (entry.particle == best[0].particle and min(used) < min(best[1])):
                    best = (entry, used)
                continue
            if best is None:
                return entry, used
        return best if best is not None else (self.refiner.fallback(token), set())

    def _captions(self, doc: Doc) -> frozenset[int]:
        """The doc's caption tokens, worked out once per doc (match runs on every candidate)."""
        if self._caption_doc is not doc:
            self._caption_doc = doc
            self._caption_tokens = caption_tokens(doc)
        return self._caption_tokens

    # -- annotate ----------------------------------------------------------------------
    def _code(self, trigger: Token, entry: TriggerEntry, finder: RoleFinder, ctx: _DocContext) -> dict[str, Any] | None:
        verbal = trigger.pos_ in {"VERB", "AUX"}
        roles: Roles = (
            finder.verb_roles(trigger, entry) if verbal else finder.noun_roles(trigger, entry, self.light_verbs)
        )
        if not verbal and not roles.actor:
            nominal_actor(trigger, roles, finder)
        if not verbal and not roles.actor and entry.event in SYMMETRIC and len(roles.recipient) > 1:
            if any(c.dep_ == "prep" and c.lower_ == "between" for c in trigger.children):
                # "talks between Hamas and Fatah resumed": every side is actor and recipient
                roles.actor = list(roles.recipient)
                roles.why_actor = "every side of the 'between' phrase (mutual act)"
        if not verbal and entry.event == "PROTEST":
            protest_crowd(trigger, roles, finder)  # "after a week of protests": the story's protesters
        if not verbal and not roles.actor and not roles.recipient and trigger.dep_ in NOMINAL_DEPS_SKIP:
            return None  # "aid deliveries", "ceasefire talks": a modifier, not an event of its own
        reprisal = entry.lemma == REPRISAL
        if not roles.actor and not roles.recipient and entry.event in SPEECH_ACTS and not reprisal:
            return None  # a speech act needs a speaker or addressee ("speaking by phone, she said")
        if not verbal and entry.event in SPEECH_ACTS and characterised(trigger):
            return None  # "their demands are legitimate": a judgement on a request, not a new one
        if entry.clausal and not clausal_threat(trigger, roles, finder):
            return None  # "experts warned that stocks would run out": no threat
        coding = self.refiner.promise_of_violence(trigger, entry, roles, finder)
        roles.actor, roles.recipient, place_from_role = places_out(roles, finder, ctx.token_place, trigger)
        attribution = next(
            (i for i, c in enumerate(ctx.claims) if c["content"][0] <= trigger.idx < c["content"][1]), None
        )
        if reprisal and attribution is None:
            return None  # "the ministry will respond next week": a reprisal is announced by a speaker
        if reprisal and attribution is not None and not roles.actor:
            roles.actor = list(ctx.claims[attribution]["speaker"])  # "any provocation will receive an answer"
            roles.why_actor = "the speaker who announces the reprisal"
        if not roles.actor and attribution is not None and first_person_subject(trigger):
            # "'Our forces shot down two drones,' the ministry said": the speaker's own side acts
            roles.actor = [a for a in ctx.claims[attribution]["speaker"] if a not in roles.recipient]
            roles.why_actor = "the speaker's own 'we' in the quoted words" if roles.actor else ""
        flags, modal_why = modality(trigger, reported=attribution is not None)
        if attribution is not None and ctx.denial(ctx.claims[attribution]):
            # "X denied that its troops had fired": the claim (stance deny) carries the
            # denial; the denied act is no event of the speaker's telling. A refusal inside
            # a claim ("we do not accept ultimatums") stays an event.
            return None
        coding = self.refiner.refine(trigger, entry, coding, roles, finder, flags, reported=attribution is not None)
        event, mode, mode_why = coding.event, coding.mode, coding.why
        date = _date_for(
            trigger, ctx.dates, published=ctx.published, carry=not (flags["future"] or flags["hypothetical"])
        )
        if date and is_historical(date, ctx.published) and not flags["future"]:
            flags["historical"] = True
            modal_why.append(f"dated {date['value']}, well before publication")
        etype = self.types.get(event)
        sent = trigger.sent
        location = _place_for(trigger, ctx.token_place, dateline_end=ctx.dateline_end, places=ctx.places)
        if location is None:
            location = place_from_role
        if location is None and event in LOCAL_TYPES:
            # street-level events with no place of their own happen where the story's news
            # does: the paragraph's or the lead's place, else where the story is filed
            location = _story_place(trigger, ctx.token_place, dateline_end=ctx.dateline_end, places=ctx.places)
            location = ctx.dateline_place if location is None else location
        if mode == "visit" and not roles.recipient and location is not None:
            # "travelled to Budapest": the host is the state the visited place lies in
            host = ctx.state_of_place(location)
            if host is not None and host not in roles.actor:
                roles.recipient = [host]
                roles.why_recipient = "state of the visited place"
        confidence = 0.4 + (0.3 if roles.actor else 0) + (0.2 if roles.recipient else 0)
        return {
            "event": event,
            "mode": mode,
            "context": list(entry.context),
            "actor": roles.actor,
            "recipient": roles.recipient,
            "date": date,
            "location": location,
            "modality": flags,
            "attribution": attribution,
            "size": event_size(sent, ctx.date_spans, _own_tokens(trigger, ctx.trigger_tokens)),
            "evidence": [sent.start_char, _sent_end(sent, ctx.text)],
            "trigger": [trigger.idx, trigger.idx + len(trigger.text)],
            "cameo": entry.cameo or (etype.cameo if etype else None),
            "quad": etype.quad if etype else None,
            "confidence": round(min(confidence, 0.95), 2),
            "why": {
                "rule": entry.describe(),
                "actor": roles.why_actor,
                "recipient": roles.why_recipient,
                "modality": modal_why,
                "mode": mode_why,
                "attribution": "trigger inside the claim's content" if attribution is not None else "",
            },
            # internal, dropped by merge_events: how this mention relates to others
            "_token": trigger.i,
            "_sent": sent.start,
            "_outcome_of": outcome_head(trigger),
            "_nominal": not verbal,
            "_speakers": tuple(sorted(ctx.claims[attribution]["speaker"])) if attribution is not None else None,
            "_anaphoric": not verbal
            and any(c.dep_ in {"det", "poss"} and c.lower_ in ANAPHORIC for c in trigger.children),
            "_object": next((c.i for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None),
            "_reacted": reacted_noun(trigger) if event in REACTIONS else None,
            "_sent_no": ctx.sentence_number(sent.start),
        }


class _DocContext:
    """Per-doc data the coder reads while annotating one trigger."""

    def __init__(
        self,
        doc: Doc,
        token_place: dict[int, int],
        claims: list[dict[str, Any]],
        dates: list[dict[str, Any]],
        published: str | None,
    ) -> None:
        self.doc = doc
        self.text = text_of(doc)  # built once: Doc.text joins every token on each access
        self.token_place = token_place
        self.claims = claims
        self.dates = dates
        self.published = published
        self.date_spans = [(d["start"], d["end"]) for d in dates if d.get("value")]
        self.places: list[dict[str, Any]] = doc._.ng_places or []
        self.states = {
            a["country"]: i
            for i, a in enumerate(doc._.ng_actors or [])
            if a.get("kind") == "state" and a.get("country")
        }

        self.sentence_starts = [sent.start for sent in doc.sents]
        self.trigger_tokens: set[int] = set()
        dateline = doc._.ng_dateline
        self.dateline_end: int = dateline["span_end"] if dateline else -1
        self.dateline_place: int | None = None
        if dateline and isinstance(dateline.get("place"), int):
            self.dateline_place = dateline["place"]  # the places component resolved it
        elif dateline:
            self.dateline_place = next(
                (p for i, p in token_place.items() if dateline["start"] <= doc[i].idx < dateline["end"]), None
            )

    def denial(self, claim: dict[str, Any]) -> bool:
        """True for a claim whose cue is a denial verb ("denied that ...")."""
        if claim.get("stance") != "deny" or not claim.get("cue"):
            return False
        cue = self.doc.char_span(claim["cue"][0], claim["cue"][1], alignment_mode="expand")
        return cue is not None and any(t.lemma_.lower() in DENIAL_CUES for t in cue)

    def sentence_number(self, start: int) -> int:
        return bisect.bisect_left(self.sentence_starts, start)

    def state_of_place(self, place: int) -> int | None:
        country = self.places[place].get("country") if place < len(self.places) else None
        return self.states.get(country) if country else None


# -- find helpers ----------------------------------------------------------------------
def caption_tokens(doc: Doc) -> frozenset[int]:
    """Indexes of the tokens in picture captions and credits ("Photo: ...")."""
    captions: set[int] = set()
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        # the first word's prefix is cheap; the sentence's text only for the few that pass
        if first is None or not first.lower_.startswith(CAPTION_WORDS):
            continue
        if sent.text.lstrip().lower().startswith(CAPTION_PREFIXES):
            captions.update(range(sent.start, sent.end))
    return frozenset(captions)


def _with_conj(tokens: list[Token]) -> list[Token]:
    out = list(tokens)
    for tok in tokens:
        out += [c for c in tok.children if c.dep_ == "conj"]
    return out


def _objects(token: Token) -> list[Token]:
    """The trigger's object: dobj/attr/oprd, the passive subject, or the noun a participle modifies."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        found.append(token.head)  # "the talks held in Doha", "the deal that they signed"
    # "sent a plane carrying medical supplies": the cargo counts as the object
    found += [g for o in found for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in CARRYING
              for g in a.children if g.dep_ == "dobj"]  # fmt: skip
    # "40 million euros in aid", "a round of talks": the measured thing counts as the object
    found += [
        g for o in found for p in o.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
        for g in p.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return _with_conj(found)


def _particles(token: Token) -> list[Token]:
    """prt children, and an ADP/ADV child right after the verb (the small model labels some
    particles prep/advmod: "pulled out of", "shot down")."""
    return [
        c
        for c in token.children
        if c.dep_ == "prt"
        or (c.i == token.i + 1 and c.pos_ in {"ADP", "ADV"} and c.dep_ in {"prep", "advmod"})
        or (c.dep_ == "advmod" and c.lower_ in PARTICLE_WORDS)  # "pull their troops back"
    ]


def _preps_attached(token: Token, particles: list[Token]) -> list[Token]:
    preps = [c for c in token.children if c.dep_ in {"prep", "agent", "dative"}]
    for particle in particles:
        preps += [c for c in particle.children if c.dep_ == "prep"]  # "pulled out of the deal"
    return preps


# -- annotate helpers ------------------------------------------------------------------
def _own_tokens(trigger: Token, triggers: set[int]) -> set[int] | None:
    """The tokens of the trigger's own clause: its subtree (its verb's, for an object or
    subject noun) less the subtrees of other triggers inside it. None (the whole
    sentence) when the trigger is the sentence's only one."""
    sent = trigger.sent
    if not any(t.i in triggers and t.i != trigger.i for t in sent):
        return None
    top = trigger
    if trigger.pos_ not in {"VERB", "AUX"} and trigger.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        top = trigger.head
    own = {t.i for t in top.subtree}
    for tok in top.subtree:
        if tok.i in triggers and tok.i not in {trigger.i, top.i}:
            own -= {t.i for t in tok.subtree}
    return own


def _governed_by(token: Token, governors: set[int]) -> bool:
    """True when a complement chain (xcomp/ccomp/dobj/prep) leads up to a governor token."""
    node = token
    for _ in range(4):
        # not conj ("called for X and freed Y") nor advcl ("... after Venezuela moved troops")
        if node.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep"} or node.head is node:
            return False
        node = node.head
        if node.i in governors:
            return True
    return False


def _sent_end(sent: Any, text: str) -> int:
    end = sent.end_char
    while end > sent.start_char and text[end - 1] in " \n":
        end -= 1
    return end
