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

Content spans live in `claim_content.py`, "according to" phrases and cue-less quotes in
`claim_phrases.py`, speakers' fallbacks in `speakers.py`, quotation marks in `quotes.py`.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.claim_annotate import annotate
from newsgraph.nlp.claim_colons import colon_quotes
from newsgraph.nlp.claim_content import (
    SUBJECT_DEPS,
    ContentReader,
    after_but,
    attribution_follows,
    is_cue,
    parenthetical_end,
    reduced_relative,
    split_by_stance,
    stance_clause,
)
from newsgraph.nlp.claim_filters import (
    as_channel,
    drop_embedded,
    drop_nested,
    load_word_list,
    negated,
    refusal,
    subordinate,
)
from newsgraph.nlp.claim_phrases import (
    RESUMED_CLAIMS,
    SourcePhrases,
    agent_claim,
    channel_phrase,
    contact_relative,
    passive_report,
)
from newsgraph.nlp.extensions import VERBAL, indexes_where, text_of
from newsgraph.nlp.lexicon import CueVerb, Lexicon
from newsgraph.nlp.quotes import find_quotes, paragraph_start, quote_at, starts_sentence, trim_chars, trim_span
from newsgraph.nlp.speakers import (
    RELATIVE_PRONOUNS,
    DescribedSpeakers,
    actors_in,
    contact_subject,
    inherit_speakers,
    inverted_speaker,
    medium_author,
    misread_adjective,
    name_owner,
    participle_subject,
    preceding_speaker,
    quoted_as,
    same_paragraph,
    trailing_speaker,
)

LOGGER = logging.getLogger(__name__)

PRONOUNS = {"he", "she", "it", "they", "we"}
# verbs of reporting idioms that are no cue of their own ("made clear that", "as X put it")
IDIOM_VERBS = {"make", "put"}
# nouns a contact relative clause resumes as a statement or request ("a demand X rejected")
CONTACT_NOUNS = RESUMED_CLAIMS | {"demand", "call", "request", "appeal", "proposal", "offer", "ultimatum"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}


class ClaimFinder(ContentReader, SourcePhrases):
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
        self.described = DescribedSpeakers(lexicon)
        self.refusals = load_word_list(lexicon.data_dir, "refusal_objects")
        self.owned_objects = load_word_list(lexicon.data_dir, "owned_objects")
        self.statement_nouns = self.cue_nouns | load_word_list(lexicon.data_dir, "statement_objects")

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(text_of(doc))
        token_actor: dict[int, list[int]] = doc._.ng_token_actor
        if token_actor is None:
            token_actor = doc._.ng_token_actor = {}
        claims: list[dict[str, Any]] = []
        used_quotes: set[int] = set()
        for i in indexes_where(doc, pos=VERBAL):
            token = doc[i]
            cue = self.cues.get(token.lemma_.lower())
            if cue is None or not cue.takes(token):
                idiom = self._idiom_claim(doc, token, token_actor, quotes)
                if idiom is not None:
                    claims.append(idiom)
                continue
            claim = self._verb_claim(doc, token, cue, quotes, token_actor, used_quotes)
            if claim is not None:
                claims.append(claim)
        claims.extend(self._according_to(doc, token_actor))
        claims = inherit_speakers(claims)
        claims = drop_embedded(doc, drop_nested(claims), quotes)
        claims.extend(colon_quotes(doc, quotes, used_quotes, claims, token_actor, self.cues, self.statement_nouns))
        claims.extend(self._orphan_quotes(doc, quotes, used_quotes, claims))
        claims = [part for claim in claims for part in split_by_stance(doc, claim)]
        for claim in claims:
            annotate(doc, claim, quotes, token_actor, self.hedge_re, self.channels)
        claims.sort(key=lambda c: c["content"][0])
        doc._.ng_claims = claims
        return doc

    # -- find --------------------------------------------------------------------------
    def _speaker(
        self, verb: Token, token_actor: dict[int, list[int]], quotes: list[tuple[int, int]]
    ) -> tuple[list[int], str | None]:
        subjects = same_paragraph([c for c in verb.children if c.dep_ in SUBJECT_DEPS], verb)
        channel = None
        misread = reduced_relative(verb)
        if misread is not None:
            # "Relatives gathered outside the prison said ...": the participle's subject
            subjects = [c for c in misread.children if c.dep_ == "nsubj"]
        quoting = quoted_as(verb)
        if not subjects and quoting is not None:
            # "X was quoted as saying", "Reuters quoted X as saying": X speaks, the quoter
            # is the channel
            subjects = [c for c in quoting.children if c.dep_ in {"nsubjpass", "dobj"}]
            outlet = [c for c in quoting.children if c.dep_ == "nsubj"]
            channel = channel_phrase(outlet[0]) if outlet and subjects else None
        if not subjects and verb.dep_ == "amod" and verb.head.dep_ == "conj":
            # "denied ordering the riot and accused guards of ...": the cue read as an
            # adjective of its object; the speaker is the subject of the first verb
            first = verb.head.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.pos_ in {"VERB", "AUX"}:
                subjects = [c for c in first.children if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
            # "citing a military source who said ...": the speaker is the relative's antecedent
            subjects = [verb.head]
        if (
            not subjects
            and verb.dep_ == "acl"
            and verb.head.dep_ == "dobj"
            and verb.head.lemma_.lower() in self.cue_nouns
        ):
            # "the army issued a statement saying ...": the subject of the verb that issues it
            subjects = [c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS]
            channel = channel_phrase(verb.head)
        if not subjects and verb.dep_ == "acl":
            # "Ukraine's foreign minister, Andriy Koval, called on ..." (verb hangs off the speaker)
            appos = [c for c in verb.head.children if c.dep_ == "appos"]
            subjects = appos[:1] or [verb.head]
        if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
            # "X responded by saying ...", "ended the briefing by noting ...": the act's subject
            subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "advcl" and is_cue(verb.head, self.cues):
            inverted = inverted_speaker(verb.head, token_actor)
            if inverted is not None:
                # "..., informed the NOC in a statement, adding that ...": the closing speaker
                return inverted[0], channel
        if not subjects and verb.dep_ == "advcl":
            # "a demand X rejected, saying ...", "elders, gathering in Bor, pledged ..."
            subjects = contact_subject(verb, CONTACT_NOUNS) or participle_subject(verb)
        if not subjects and verb.dep_ == "conj" and is_cue(verb.head, self.cues):
            inverted = inverted_speaker(verb.head, token_actor)
            if inverted is not None and not any(c.dep_ in SUBJECT_DEPS for c in verb.head.children):
                # "..., announced the ministry, and said that ...": the closing speaker
                return inverted[0], channel
        if not subjects and verb.dep_ in {"conj", "xcomp", "advcl"}:
            # "..., adding that", "said X and denied Y": the subject of a governing verb,
            # preferring a reporting verb when the parse hangs the cue inside its content.
            head = verb.head
            for _ in range(4):
                own = [c for c in head.children if c.dep_ in SUBJECT_DEPS] or participle_subject(head)
                if not own and subordinate(head):
                    break  # "X vowed ..., while elders pledged ... and called on ...": not X
                if own and (
                    is_cue(head, self.cues)
                    or subordinate(head)
                    or not any(is_cue(a, self.cues) for a in head.ancestors)
                ):
                    subjects = own
                    break
                if head.head.i == head.i:
                    break
                head = head.head
        if not subjects:
            # "the ministry, as reported the portal Onet, assures ...": the parse hangs the
            # speaker on the "as" clause; its object is the channel
            for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and as_channel(c)):
                own = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i]
                objects = [c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i]
                if own:
                    subjects = own
                    channel = channel_phrase(objects[0]) if objects else None
                    break
        if not subjects:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            subjects = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        speakers: list[int] = []
        actors: list[dict[str, Any]] = verb.doc._.ng_actors or []
        outside = [s for s in subjects if quote_at(quotes, s.idx) is None]
        for subject in outside or subjects:
            medium = subject.lemma_.lower() in self.cue_nouns or subject.lemma_.lower() in self.channels
            if medium:
                channel = channel_phrase(subject)
            named = actors_in(subject, token_actor)
            people = [i for c in subject.children if c.dep_ == "appos" for i in actors_in(c, token_actor)]
            people = [i for i in people if 0 <= i < len(actors) and actors[i].get("kind") == "person"]
            if people and not any(actors[i].get("kind") == "person" for i in named if 0 <= i < len(actors)):
                # "Rapid Support Forces (RSF) adviser Abdelrahman Yagoub told": the parse makes
                # the organisation the subject and the person its apposition; the person speaks
                named = people
            if not named:
                # a surname or spelling variant the actor resolver left unattached
                owner = name_owner(subject, actors)
                if owner is None and not medium:
                    # "the ministry said" with no antecedent: the description speaks
                    owner = self.described.actor_for(subject, token_actor)
                elif owner is None:
                    owner = medium_author(subject, token_actor, self.described)  # "the army's statement said"
                named = [owner] if owner is not None else []
            speakers.extend(named)
        if not subjects and not speakers and not channel:
            top = verb
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head
            if top.dep_ == "ROOT" and not any(c.dep_ in SUBJECT_DEPS for c in top.children):
                # the parse left the cue without a subject: the actor named just before it
                speakers = preceding_speaker(top, token_actor, self.described)
        return list(dict.fromkeys(speakers)), channel

    def _verb_claim(
        self,
        doc: Doc,
        verb: Token,
        cue: CueVerb,
        quotes: list[tuple[int, int]],
        token_actor: dict[int, list[int]],
        used_quotes: set[int],
    ) -> dict[str, Any] | None:
        if (as_clause := self._as_clause(doc, verb, token_actor)) is not None:
            return as_clause or None  # the main cue's channel, a cue phrase's verb, or "..., as X reported"
        if verb.lemma_ in {"quote", "cite"} and any(
            quoted_as(g) is not None for c in verb.children if c.dep_ == "prep" for g in c.children
        ):
            return None  # "X was quoted as saying ...": the claim is the inner cue's
        if verb.dep_ == "amod" and not misread_adjective(verb, cue):
            return None  # "the reported attack": an adjective, not a cue
        if cue.objects and not cue.object and stance_clause(verb, cue) is None:
            return None  # "expressed concern over the arrests": no reported clause
        if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children) and any(
            c.dep_ == "oprd" for c in verb.children
        ):
            return None  # "the group, which calls itself the Gide Brothers": a name, not a claim
        if cue.stance == "deny" and refusal(verb, self.refusals):
            return None  # "denied entry to observers": an act of refusal
        if negated(verb):
            # "Hezbollah did not comment", "declined to say who ...": no claim is made
            return None
        if cue.object and (contact := contact_relative(doc, verb, cue, token_actor, self.described)) is not None:
            return contact or None  # "a charge the minister dismissed as absurd"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i == verb.head.i + 1:
            # "a video posted on TikTok", "a statement published by": a participle naming
            # the channel, not a cue
            return None
        if (
            verb.lemma_.lower() in {"cite", "quote"}
            and verb.dep_ in {"advcl", "conj", "xcomp"}
            and is_cue(verb.head, self.cues)
        ):
            # "SANA blamed X, citing a military source": the source backs the main claim
            return None
        if verb.lemma_.lower() not in {"quote", "cite"} and any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
        ):
            # "the court, which is expected to rule", "he was told": the subject is no speaker,
            # except in "..., it was stated.", "This was stated by ..." and "X was accused by Y of Z"
            if cue.object_preps and any(c.dep_ == "agent" for c in verb.children):
                return agent_claim(doc, verb, cue, token_actor, self.described)
            return passive_report(doc, verb, token_actor) if cue.stance == "assert" else None
        speakers, channel = self._speaker(verb, token_actor, quotes)
        text = text_of(doc)
        in_quote = quote_at(quotes, verb.idx) is not None
        trailing = None
        misread = reduced_relative(verb) is not None  # "Farmers gathered there said ..."
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "ROOT" and not misread:
            trailing = trailing_speaker(verb, token_actor)
        if trailing is None and not misread:
            trailing = inverted_speaker(verb, token_actor)
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
            if content[1] - content[0] < 3:
                content = None  # the parse ran the clause into the paragraph before
                source = "quote"
        elif content is not None and quote_at(quotes, verb.idx) is None:
            # ... and one after it ends with the paragraph (the parse may run on)
            stop = text.find("\n", verb.idx, content[1])
            if stop != -1 and quote_at(quotes, stop) is None:
                content = trim_chars(text, content[0], stop)
        quoted = [(k, q) for k, q in self._sentence_quotes(verb, quotes) if not self._owned(doc, verb, q)]
        if content is not None and quoted:
            c0, c1 = content
            inside = [(k, q) for k, q in quoted if q[0] <= c0 + 1 and q[1] >= c1 - 1]
            if inside:
                quoted = inside
                q0, q1 = inside[0][1]
                if q1 <= verb.idx and attribution_follows(verb, q1):
                    # `"A. B," X wrote` parsed with only B as the complement: the whole quote
                    content = (q0, q1)
        if quoted and content is None and all(k in used_quotes for k, _ in quoted):
            quoted = []  # `said it had won "at least 190" and called ...`: the quote is the first cue's
        if content is None and quoted and not in_quote:
            # (a verb inside a quotation is no cue for the quotes around it)
            first, last = quoted[0][1], quoted[-1][1]
            content = (first[0], last[1])
        elif (
            content is not None
            and quoted
            and content[0] > quoted[0][1][1] + 0
            and attribution_follows(verb, quoted[0][1][1])
            and starts_sentence(text, quoted[0][1][0])
        ):
            # `"We need help," he said, "not weapons."` - the quote before the cue is the content
            content = (quoted[0][1][0], max(content[1], quoted[-1][1][1]) if len(quoted) > 1 else quoted[0][1][1])
        if content is None:
            content = self._content_before(doc, verb)
            source = "parse"
        if content is None:
            return None
        content = self._complete(doc, verb, content, quotes)
        outer = quote_at(quotes, verb.idx)
        if outer is not None and outer[0] - 1 <= content[0] < verb.idx:
            # `"My brother called me, he said they were gone," she said`: the quote is the
            # outer speaker's
            return None
        if content[1] <= verb.idx and source == "parse":
            content = after_but(doc, content)
            end = parenthetical_end(doc, verb, content)
            if end is not None:
                content = (content[0], end)  # "A, the ministry said, to reopen ...": one clause
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

    def _idiom_claim(
        self, doc: Doc, verb: Token, token_actor: dict[int, list[int]], quotes: list[tuple[int, int]]
    ) -> dict[str, Any] | None:
        """Reporting idioms without a cue verb: "made (it) clear that ..." and "..., as X
        put it"."""
        lemma = verb.lemma_.lower()
        if lemma not in IDIOM_VERBS or negated(verb):
            return None
        text = text_of(doc)
        content: tuple[int, int] | None = None
        if lemma == "make" and any(c.lemma_.lower() in {"clear", "plain"} and c.pos_ == "ADJ" for c in verb.children):
            clause = next(
                (
                    c
                    for h in (verb, *verb.children)
                    for c in h.children
                    if c.dep_ == "ccomp"
                    and c.i > verb.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            if clause is not None:
                content = trim_span(doc, clause.left_edge.i, clause.right_edge.i, drop_mark=True)
        elif lemma == "put" and as_channel(verb) and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
            # the clause the "as" clause hangs on, without it
            head = verb.head
            lo, hi = head.left_edge.i, head.right_edge.i
            if verb.left_edge.i > lo:
                hi = verb.left_edge.i - 1
            elif verb.right_edge.i < hi:
                lo = verb.right_edge.i + 1
            content = trim_span(doc, lo, hi, drop_mark=True)
            if content[0] < verb.idx:
                content = (max(content[0], paragraph_start(text, verb.idx)), content[1])
        if content is None or content[1] - content[0] < 10:
            return None
        speakers, channel = self._speaker(verb, token_actor, quotes)
        if not speakers:
            return None
        return {
            "speaker": speakers, "cue": [verb.idx, verb.idx + len(verb.text)], "content": list(content),
            "kind": None, "stance": "assert", "hedges": [], "channel": channel, "_cue_token": verb.i,
            "_source": "parse", "_needs_speaker": False,
        }  # fmt: skip

    def _owned(self, doc: Doc, verb: Token, quote: tuple[int, int]) -> bool:
        """A quote in the clause of another cue ("appealed the ruling, which he called
        "a disgrace"") is that cue's content, not this one's."""
        first = doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if first is None or len(first) == 0:
            return False
        above: set[int] | None = None
        for head in first.root.ancestors:
            if head.i == verb.i:
                return False
            if is_cue(head, self.cues):
                if above is None:
                    above = {a.i for a in verb.ancestors}
                if head.i not in above:
                    return True
        return False
