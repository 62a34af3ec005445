"""Claims: who said, claimed or reported what.

Find, then annotate:
1. quotations in the text (straight and curly marks, across sentences and paragraphs);
2. reporting verbs from the cue lexicon with their speaker (subject, resolved through
   the actors) and content (the reported clause, an "of" phrase, the object of a
   denial, the addressee and infinitive of an appeal, an adjacent quote, or the clause
   before a cue placed after it: "X happened, officials said");
3. "according to X" phrases;
4. quotes with no cue of their own that open a sentence: they continue the previous
   speaker's quote;
5. kind (direct/indirect/mixed/according_to), stance, hedges, channel and what the
   claim is about.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import CueVerb, Lexicon
from newsgraph.nlp.quotes import (
    end_char,
    find_quotes,
    paragraph_start,
    quote_at,
    span_of,
    starts_sentence,
    trim_chars,
    trim_span,
)
from newsgraph.nlp.speakers import RELATIVE_PRONOUNS, actors_in, inherit_speakers, name_owner, trailing_speaker

LOGGER = logging.getLogger(__name__)

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
TRAILING_ATTRIBUTION = re.compile(r",\s+(?:citing|quoting|according to|saying|adding|officials said)\b")
PRONOUNS = {"he", "she", "it", "they", "we"}
# Right-hand dependents that never belong to an object-type content ("denied it, adding ...").
NOT_CONTENT_DEPS = {"punct", "cc", "conj", "advcl", "npadvmod", "dative", "agent", "mark", "aux", "neg", "advmod"}
# A split quote is joined across its attribution when the gap between the parts is short.
SPLIT_QUOTE_GAP = 120


def _is_cue(token: Token, cues: dict[str, CueVerb]) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in cues


class ClaimFinder:
    """spaCy component: writes `doc._.ng_claims`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.cues = lexicon.cue_verbs
        self.cue_nouns = lexicon.cue_nouns
        # multiword cues with the speaker after them ("according to X", "as quoted by X"),
        # indexed by their first word
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in lexicon.cue_phrases:
            words = tuple(phrase.split())
            self.phrases.setdefault(words[0], []).append(words)
        self.hedges = sorted(lexicon.hedges, key=len, reverse=True)
        self.hedge_re = (
            re.compile(r"\b(" + "|".join(re.escape(h) for h in self.hedges) + r")\b", re.I) if self.hedges else None
        )
        self.channels = lexicon.channels

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(text_of(doc))
        token_actor: dict[int, list[int]] = doc._.ng_token_actor or {}
        claims: list[dict[str, Any]] = []
        used_quotes: set[int] = set()
        for token in doc:
            cue = self.cues.get(token.lemma_.lower())
            if cue is None or token.pos_ not in {"VERB", "AUX"}:
                continue
            claim = self._verb_claim(doc, token, cue, quotes, token_actor, used_quotes)
            if claim is not None:
                claims.append(claim)
        claims = inherit_speakers(claims)
        claims.extend(self._according_to(doc, token_actor))
        claims = _drop_nested(claims)
        claims.extend(self._orphan_quotes(doc, quotes, used_quotes, claims))
        claims = [part for claim in claims for part in _split_by_stance(doc, claim)]
        for claim in claims:
            self._annotate(doc, claim, quotes, token_actor)
        claims.sort(key=lambda c: c["content"][0])
        doc._.ng_claims = claims
        return doc

    # -- find --------------------------------------------------------------------------
    def _speaker(
        self, verb: Token, token_actor: dict[int, list[int]], quotes: list[tuple[int, int]]
    ) -> tuple[list[int], str | None]:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
            # "citing a military source who said ...": the speaker is the relative's antecedent
            subjects = [verb.head]
        if not subjects and verb.dep_ == "acl":
            # "Ukraine's foreign minister, Andriy Koval, called on ..." (verb hangs off the speaker)
            appos = [c for c in verb.head.children if c.dep_ == "appos"]
            subjects = appos[:1] or [verb.head]
        if not subjects and verb.dep_ in {"conj", "xcomp", "advcl"}:
            # "..., adding that", "said X and denied Y": the subject of a governing verb,
            # preferring a reporting verb when the parse hangs the cue inside its content.
            head = verb.head
            for _ in range(4):
                own = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
                if own and (_is_cue(head, self.cues) or not any(_is_cue(a, self.cues) for a in head.ancestors)):
                    subjects = own
                    break
                if head.head.i == head.i:
                    break
                head = head.head
        if not subjects:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        channel = None
        speakers: list[int] = []
        outside = [s for s in subjects if quote_at(quotes, s.idx) is None]
        for subject in outside or subjects:
            if subject.lemma_.lower() in self.cue_nouns or subject.lemma_.lower() in self.channels:
                channel = _phrase(subject)
            named = actors_in(subject, token_actor)
            if not named:
                # a surname or spelling variant the actor resolver left unattached
                owner = name_owner(subject, verb.doc._.ng_actors or [])
                named = [owner] if owner is not None else []
            speakers.extend(named)
        return list(dict.fromkeys(speakers)), channel

    def _parsed_content(self, doc: Doc, verb: Token, cue: CueVerb) -> tuple[int, int] | None:
        """The content the parse gives: a preposition's object, a clause or an object."""
        holders = [verb] + [t for o in verb.children if o.dep_ == "dobj" for t in o.conjuncts]
        for holder in holders:
            # "accused X of ...", and "accused X and Y of ..." where the parse hangs "of" on Y
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in cue.object_preps:
                    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
                    if objs:
                        return span_of(objs[0])
        if cue.appeal:
            # "urged X to Y", "called on X to Y": the addressee and what they are asked to do
            addressee = [c for c in verb.children if c.dep_ == "dobj"]
            addressee += [
                g
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in {"on", "to"}
                for g in p.children
                if g.dep_ == "pobj"
            ]
            action = [c for c in verb.children if c.dep_ in {"xcomp", "advcl", "ccomp"} and c.i > verb.i]
            if addressee and action:
                return trim_span(doc, addressee[0].left_edge.i, action[0].right_edge.i)
        comps = [
            c for c in verb.children
            if c.dep_ == "ccomp"
            and not (c.i < verb.i and c.tag_ == "VBN" and not any(s.dep_ in SUBJECT_DEPS for s in c.children))
        ]  # fmt: skip
        if comps:
            # several complements on one side of the cue are one clause the parse split
            # ("claimed that the two men being held are soldiers; one is ...")
            same_side: list[Token] = []
            for c in comps:
                if (c.i > verb.i) != (comps[0].i > verb.i) or (same_side and _is_cue(c, self.cues)):
                    break  # (a reporting verb among them is a claim of its own)
                same_side.append(c)
            return trim_span(doc, comps[0].left_edge.i, max(c.right_edge.i for c in same_side), drop_mark=True)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
        if len(objects) >= 2:
            # "told Desert Line the trucks had been cleared": the parse makes the clause's
            # subject a second object and its verb a conjunct of the cue
            verbs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > objects[-1].i]
            if verbs and not any(c.dep_ in SUBJECT_DEPS for c in verbs[0].children):
                return trim_span(doc, objects[-1].left_edge.i, verbs[0].right_edge.i)
        # "said in a statement that ...": the clause hangs off the channel noun
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and (
                    noun.lemma_.lower() in self.cue_nouns or noun.lemma_.lower() in self.channels
                ):
                    for clause in noun.children:
                        if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                        ):
                            return span_of(clause, drop_mark=True)
        if cue.object:
            right = [c for c in verb.children if c.i > verb.i and c.dep_ not in NOT_CONTENT_DEPS]
            if right and right[0].dep_ in {"dobj", "xcomp", "pcomp", "oprd", "attr"}:
                return trim_span(doc, right[0].left_edge.i, right[-1].right_edge.i, drop_mark=True)
        return None

    def _verb_claim(
        self,
        doc: Doc,
        verb: Token,
        cue: CueVerb,
        quotes: list[tuple[int, int]],
        token_actor: dict[int, list[int]],
        used_quotes: set[int],
    ) -> dict[str, Any] | None:
        if _negated(verb):
            # "Hezbollah did not comment", "declined to say who ...": no claim is made
            return None
        if verb.lemma_.lower() not in {"quote", "cite"} and any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
        ):
            # "the court, which is expected to rule", "he was told": the subject is no speaker
            return None
        speakers, channel = self._speaker(verb, token_actor, quotes)
        text = text_of(doc)
        in_quote = quote_at(quotes, verb.idx) is not None
        trailing = None
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "ROOT":
            trailing = trailing_speaker(verb, token_actor)
        if trailing is not None:
            # "..., the Association (BGMEA) said." parsed as part of the content
            speakers = trailing[0]
            start = max(verb.sent.start_char, paragraph_start(text, verb.idx))
            content: tuple[int, int] | None = trim_chars(text, start, doc[trailing[1]].idx)
        else:
            content = self._parsed_content(doc, verb, cue)
        source = "parse" if content is not None else "quote"
        if content is not None and content[0] < verb.idx:
            # a content before its cue stays inside the cue's paragraph, after any dateline
            content = (max(content[0], paragraph_start(text, verb.idx)), content[1])
        elif content is not None and quote_at(quotes, verb.idx) is None:
            # ... and one after it ends with the paragraph (the parse may run on)
            stop = text.find("\n", verb.idx, content[1])
            if stop != -1 and quote_at(quotes, stop) is None:
                content = trim_chars(text, content[0], stop)
        quoted = self._sentence_quotes(verb, quotes)
        if content is not None and quoted:
            c0, c1 = content
            inside = [(k, q) for k, q in quoted if q[0] <= c0 + 1 and q[1] >= c1 - 1]
            if inside:
                quoted = inside
                q0, q1 = inside[0][1]
                if q1 <= verb.idx and _attribution_follows(verb, q1):
                    # `"A. B," X wrote` parsed with only B as the complement: the whole quote
                    content = (q0, q1)
        if content is None and quoted and not in_quote:
            # (a verb inside a quotation is no cue for the quotes around it)
            first, last = quoted[0][1], quoted[-1][1]
            content = (first[0], last[1])
        elif (
            content is not None
            and quoted
            and content[0] > quoted[0][1][1] + 0
            and _attribution_follows(verb, quoted[0][1][1])
        ):
            # `"We need help," he said, "not weapons."` - the quote before the cue is the content
            content = (quoted[0][1][0], max(content[1], quoted[-1][1][1]) if len(quoted) > 1 else quoted[0][1][1])
        if content is None:
            content = self._content_before(doc, verb)
            source = "parse"
        if content is None:
            return None
        content = self._complete(doc, verb, content, quotes)
        if content[1] <= verb.idx and source == "parse":
            content = _after_but(doc, content)
        if content[1] - content[0] < 3:
            return None
        for k, q in enumerate(quotes):
            if q[0] >= content[0] - 1 and q[1] <= content[1] + 1:
                # (taken even when the speaker is unknown: the quote is no one else's)
                used_quotes.add(k)
        pronoun = any(c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS for c in verb.children)
        if not speakers and not channel and not pronoun:
            # "it was reported that…": no speaker, not a claim we can attribute
            return None
        return {
            "speaker": speakers,
            "cue": [verb.idx, verb.idx + len(verb.text)],
            "content": list(content),
            "kind": None,
            "stance": cue.stance,
            "hedges": [verb.text.lower()] if cue.hedge else [],
            "channel": channel,
            "_cue_token": verb.i,
            "_source": source,
            "_needs_speaker": not speakers and not channel,
        }

    @staticmethod
    def _sentence_quotes(verb: Token, quotes: list[tuple[int, int]]) -> list[tuple[int, tuple[int, int]]]:
        """Quotes the cue introduces or closes: those in its sentence, one that ends just
        before its attribution (`"A. B," X wrote`) and one it opens (`X said: "A. B."`)."""
        sent = verb.sent
        found = []
        for k, q in enumerate(quotes):
            if q[0] <= verb.idx < q[1] or q[1] <= sent.start_char - 1 or q[0] >= sent.end_char + 1:
                continue
            within = q[0] >= sent.start_char - 1 and q[1] <= sent.end_char + 1
            closes = q[0] < sent.start_char - 1 and q[1] <= verb.idx and _attribution_follows(verb, q[1])
            opens = q[0] > verb.idx and q[1] > sent.end_char + 1 and not text_of(verb.doc)[verb.idx : q[0]].count("\n")
            if within or closes or opens:
                found.append((k, q))
        return found

    def _content_before(self, doc: Doc, verb: Token) -> tuple[int, int] | None:
        """ "Russian forces struck the city overnight, the governor said." when the parse
        does not make the clause the verb's complement: the text before the speaker."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        if not subjects:
            return None
        left = subjects[0].left_edge.i
        sent = verb.sent
        if left - 1 <= sent.start or doc[left - 1].text not in {",", "—", "–"}:
            return None
        start = max(sent.start_char, paragraph_start(text_of(doc), verb.idx))
        span = trim_chars(text_of(doc), start, doc[left - 1].idx)
        return span if span[1] - span[0] > 10 else None

    def _complete(
        self, doc: Doc, verb: Token, content: tuple[int, int], quotes: list[tuple[int, int]]
    ) -> tuple[int, int]:
        """Make a content span whole: cut a second reporting verb off it, run it to the end
        of a quote it stops inside, through a ';' that continues it, and across a quote
        split by its attribution."""
        text = text_of(doc)
        c0, c1 = content
        span = doc.char_span(c0, c1, alignment_mode="expand")
        if span is not None:
            # "said its forces had struck X and denied Y": the conjoined cue is a claim of its own
            for tok in span:
                if (
                    tok.dep_ == "conj"
                    and tok.i > verb.i
                    and _is_cue(tok, self.cues)
                    and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in tok.children)
                ):
                    ccs = [c for c in tok.head.children if c.dep_ in {"cc", "punct"} and c.i < tok.i]
                    cut = ccs[-1].i if ccs else tok.i
                    if doc[cut].idx > c0:
                        c0, c1 = trim_chars(text, c0, doc[cut].idx)
                    break
        tail = TRAILING_ATTRIBUTION.search(text, c0, c1)
        if tail is not None and tail.start() > c0:
            # "..., citing sources close to the speaker": the source, not the content
            c1 = tail.start()
        inside = quote_at(quotes, c1)
        if inside is not None and inside[0] >= c0 - 1:
            # `Hamas could "prioritise the release of two hostages" ...`
            c1 = inside[1]
        sent = verb.sent
        if sent.start_char <= c1 < sent.end_char and c0 > verb.idx:
            rest = text[c1 : sent.end_char].lstrip(' ”"')
            if rest.startswith(";"):
                # "X claimed that A; B": the parse splits the complement at the semicolon
                c1 = trim_chars(text, c0, end_char(sent))[1]
        # `"We need Patriots," Koval said, "not statements of concern."` - one claim
        before = quote_at(quotes, c0) or next(((q0, q1) for q0, q1 in quotes if q0 == c0), None)
        if before is not None and before[1] <= verb.idx and c1 <= before[1] + 1:
            for q0, q1 in quotes:
                if q0 > verb.idx and q0 - before[1] <= SPLIT_QUOTE_GAP:
                    gap = text[before[1] + 1 : q0 - 1]
                    if "\n" in gap or re.search(r"[.!?]\s", gap.rstrip()):
                        break
                    if gap.strip().endswith(",") or _whole_sentence_quote(text, gap, q0, q1):
                        # `"A," X said, "B."` and `"A," X said. "B."` (no cue of its own)
                        c1 = trim_chars(text, c0, q1)[1]
                    break
        return trim_chars(text, c0, c1)

    def _according_to(self, doc: Doc, token_actor: dict[int, list[int]]) -> list[dict[str, Any]]:
        found = []
        for token in doc:
            length = self._phrase_at(doc, token.i)
            if not length:
                continue
            to = doc[token.i + length - 1]  # the phrase's last word governs the source
            objs = [c for c in to.children if c.dep_ in {"pobj", "dobj"}]
            if not objs:
                continue
            source = objs[0]
            speakers = actors_in(source, token_actor)
            source_span = doc[source.left_edge.i : source.right_edge.i + 1]
            sent = token.sent
            # the content is the clause "according to X" is attached to: after it when it
            # opens the sentence or a clause ("where, according to the ministry, he refused"),
            # else before it
            lo, hi = token.i, source.right_edge.i + 1
            after_start = hi + 1 if hi < sent.end and doc[hi].is_punct else hi
            opens = lo - sent.start <= 1 or doc[lo - 1].text == ","
            if opens and sent.end - after_start > 3:
                content = trim_chars(text_of(doc), doc[min(after_start, sent.end - 1)].idx, end_char(sent))
            else:
                start = max(sent.start_char, paragraph_start(text_of(doc), token.idx))
                content = trim_chars(text_of(doc), start, token.idx)
                if content[1] - content[0] < 3:
                    content = (sent.start_char, sent.end_char)
            channel = None
            for tok in source_span:
                if tok.lemma_.lower() in self.cue_nouns or tok.lemma_.lower() in self.channels:
                    channel = _phrase(tok)
                    break
            found.append({
                "speaker": speakers, "cue": [token.idx, to.idx + len(to.text)], "content": list(content),
                "kind": "according_to", "stance": "assert", "hedges": [], "channel": channel, "_cue_token": token.i,
                "_source": "parse",
            })  # fmt: skip
        return found

    def _phrase_at(self, doc: Doc, i: int) -> int:
        """Length in tokens of a cue phrase of the lexicon starting at token i, else 0."""
        for words in self.phrases.get(doc[i].lower_, ()):
            end = i + len(words)
            if end <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
                return len(words)
        return 0

    def _orphan_quotes(
        self, doc: Doc, quotes: list[tuple[int, int]], used: set[int], claims: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """A quote with no cue that opens a sentence continues the speaker of the claim just
        before it; a quoted phrase inside narration ("listed as a "global terrorist"") does not."""
        extra: list[dict[str, Any]] = []
        text = text_of(doc)
        for k, (q0, q1) in enumerate(quotes):
            if k in used or q1 - q0 < 15 or not starts_sentence(text, q0):
                continue
            if any(c["content"][0] - 1 <= q0 and q1 <= c["content"][1] + 1 for c in claims + extra):
                continue
            before = [c for c in claims + extra if c["content"][1] <= q0 and c["speaker"]]
            if not before:
                continue
            previous = max(before, key=lambda c: c["content"][1])
            gap = text[previous["content"][1] : q0]
            if gap.count("\n\n") > 1 or len(gap) > 300:
                continue
            extra.append({
                "speaker": list(previous["speaker"]), "cue": [q0 - 1, q0], "content": list(trim_chars(text, q0, q1)),
                "kind": "direct", "stance": "assert", "hedges": [], "channel": previous["channel"],
                "_cue_token": None, "_source": "quote",
            })  # fmt: skip
        return extra

    # -- annotate ------------------------------------------------------------------------
    def _annotate(
        self, doc: Doc, claim: dict[str, Any], quotes: list[tuple[int, int]], token_actor: dict[int, list[int]]
    ) -> None:
        c0, c1 = claim["content"]
        if claim["kind"] is None:
            starts = any(q0 - 1 <= c0 < q1 for q0, q1 in quotes)
            ends = any(q0 < c1 <= q1 + 1 for q0, q1 in quotes)
            inside = starts and ends
            partial = any(c0 <= q0 < c1 or c0 < q1 <= c1 for q0, q1 in quotes)
            claim["kind"] = "direct" if inside else "mixed" if partial else "indirect"
        cue_i = claim.pop("_cue_token")
        if cue_i is not None:
            sent = doc[cue_i].sent
            window = text_of(doc)[sent.start_char : sent.end_char]
            if self.hedge_re is not None:
                for m in self.hedge_re.finditer(window):
                    word = m.group(1).lower()
                    if word not in claim["hedges"]:
                        claim["hedges"].append(word)
            if claim["channel"] is None:
                claim["channel"] = self._channel(doc, sent, cue_i, (c0, c1))
        speakers = set(claim["speaker"])
        content_span = doc.char_span(c0, c1, alignment_mode="expand")
        if claim["stance"] == "assert" and content_span is not None and _clause_denies(content_span.root):
            claim["stance"] = "deny"  # the content says it did not happen
        about: list[int] = []
        if content_span is not None:
            for tok in content_span:
                owners = token_actor.get(tok.i, [])
                if not owners and tok.dep_ != "compound":
                    # a surname the actor resolver left unattached ("Mizrahi was being held")
                    owner = name_owner(tok, doc._.ng_actors or [])
                    owners = [owner] if owner is not None else []
                for owner in owners:
                    if owner not in speakers and owner not in about:
                        about.append(owner)
        claim["about"] = about

    def _channel(self, doc: Doc, sent: Span, cue_i: int, content: tuple[int, int]) -> str | None:
        for tok in sent:
            label = self.channels.get(tok.lemma_.lower())
            if label is None or tok.pos_ not in {"NOUN", "PROPN"} or content[0] <= tok.idx < content[1]:
                continue
            if tok.head.dep_ == "prep" or tok.dep_ in {"pobj", "nsubj"} or tok.head.i == cue_i:
                return _phrase(tok)
        return None


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in verb.children
    ):
        return True  # "who asked not to be named"
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in {"decline", "refuse", "fail"}


def _split_by_stance(doc: Doc, claim: dict[str, Any]) -> list[dict[str, Any]]:
    """ "said no meeting had taken place and that the envoy would travel next week": two
    claims when the conjoined clauses differ in stance (one denies, one asserts)."""
    span = doc.char_span(claim["content"][0], claim["content"][1], alignment_mode="expand")
    if span is None or claim["_source"] != "parse":
        return [claim]
    root = span.root
    second = next(
        (
            c
            for c in root.children
            if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if second is None or _clause_denies(root) == _clause_denies(second) or not span.start <= second.left_edge.i:
        return [claim]
    end = second.left_edge.i - 1
    while end > span.start and (doc[end].dep_ == "cc" or doc[end].is_punct):
        end -= 1  # ", and" before "that"
    first_end = doc[end]
    head = dict(claim, content=list(trim_chars(text_of(doc), claim["content"][0], first_end.idx + len(first_end.text))))
    start = second.left_edge.i
    while start < second.i and doc[start].dep_ == "mark":
        start += 1
    tail = dict(
        claim, content=list(trim_chars(text_of(doc), doc[start].idx, claim["content"][1])), hedges=list(claim["hedges"])
    )
    return [head, tail]


def _after_but(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """ "The two sides agreed to a ceasefire, but fighting continued on Wednesday, residents
    said": an attribution placed after a contrast covers only the clause after "but"."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    for clause in span.root.children:
        if (
            clause.dep_ == "conj"
            and clause.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < clause.i for c in span.root.children)
            and doc[clause.left_edge.i - 1].lower_ == "but"
        ):
            return trim_chars(text_of(doc), clause.left_edge.idx, content[1])
    return content


def _whole_sentence_quote(text: str, gap: str, q0: int, q1: int) -> bool:
    """True when a quote right after `"A," X said.` is a sentence of its own with no
    attribution after it: it continues the quote before."""
    after = text[q1 + 1 : q1 + 3]
    return gap.strip().endswith(".") and text[q1 - 1 : q1] in {".", "!", "?"} and (not after or after[0].isspace())


def _clause_denies(root: Token) -> bool:
    """Whether a reported clause says that something did not happen or does not exist:
    "no meeting took place", "Israel had not answered", "There are no soldiers in Goma"
    (a modal keeps it a statement about the future: "Armenia would not withdraw")."""
    children = list(root.children)
    if any(c.tag_ == "MD" for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return True
    for c in children:
        if c.dep_ in {"nsubj", "nsubjpass", "attr", "dobj"} and (
            c.lower_ in {"nobody", "nothing", "none"} or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


def _attribution_follows(verb: Token, quote_end: int) -> bool:
    """True when only the closing mark, a comma and the speaker stand between a quote and
    its cue: `"We need help," he said` (not `"..." in the city and denied`)."""
    text = text_of(verb.doc)
    subjects = [c.left_edge.idx for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    stop = min(subjects) if subjects else verb.idx
    return stop >= quote_end and not text[quote_end:stop].strip(" ,”\"'—–-\n")


def _drop_nested(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A cue inside another claim's content ("..., asking ...") whose own content is only an
    adjacent quote is part of that claim, not a claim of its own."""
    kept = []
    for claim in claims:
        cue0 = claim["cue"][0]
        inside = any(o is not claim and o["content"][0] <= cue0 < o["content"][1] for o in claims)
        if inside and claim.get("_source") == "quote":
            continue
        kept.append(claim)
    return kept


def _phrase(token: Token) -> str:
    """A channel phrase: "an interview with Russian state media" -> "interview with Russian state media"."""
    clauses = {t.i for c in token.children if c.dep_ in {"acl", "relcl", "ccomp"} for t in c.subtree}
    tokens = [t for t in token.subtree if not (t.dep_ == "det" and t.head.i == token.i) and t.i not in clauses]
    if token.dep_ == "nsubj":
        tokens = [t for t in tokens if t.i >= token.i or t.dep_ not in {"poss", "case"}]
    tokens = [t for t in tokens if t.tag_ != "POS"]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) > 12:
        tokens = [t for t in tokens if t.i <= token.i + 6]
    return " ".join(t.text for t in tokens)
