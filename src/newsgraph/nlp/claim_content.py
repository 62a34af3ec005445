"""Content spans of reported speech: what a reporting verb's claim says.

`ContentReader` is mixed into the claims component (`nlp/claims.py`). It finds
- the content the parse gives (a clause, a preposition's object, the addressee and
  infinitive of an appeal, an object, a clause hanging off a channel noun);
- the clause before a cue placed after it ("X happened, officials said");
- the quotes a cue introduces or closes;
and makes a span whole (a second cue cut off, a quote run to its end, a ';' that
continues it, a quote split by its attribution). Module functions split a content by
stance, keep the clause after "but", and say whether a clause denies.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.claim_filters import subordinate
from newsgraph.nlp.extensions import text_of
from newsgraph.nlp.lexicon import CueVerb
from newsgraph.nlp.quotes import end_char, paragraph_start, quote_at, span_of, trim_chars, trim_span

LOGGER = logging.getLogger(__name__)

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
TRAILING_ATTRIBUTION = re.compile(r",\s+(?:citing|quoting|according to|saying|adding|officials said)\b")
# Right-hand dependents that never belong to an object-type content ("denied it, adding ...").
NOT_CONTENT_DEPS = {"punct", "cc", "conj", "advcl", "npadvmod", "dative", "agent", "mark", "aux", "neg", "advmod"}
# Cues whose object and object complement are the content ("called the drills a provocation");
# not "declared the group a terrorist organisation", an act rather than a report.
NAMING_VERBS = {"call", "describe", "brand", "label", "term", "dub"}
# A split quote is joined across its attribution when the gap between the parts is short.
SPLIT_QUOTE_GAP = 120


def is_cue(token: Token, cues: dict[str, CueVerb]) -> bool:
    """A verb whose lemma is a reporting verb of the cue lexicon."""
    cue = cues.get(token.lemma_.lower())
    return token.pos_ in {"VERB", "AUX"} and cue is not None and cue.takes(token)


class ContentReader:
    """Finds and completes the content of a reporting verb's claim."""

    cues: dict[str, CueVerb]
    cue_nouns: frozenset[str]
    channels: dict[str, str]
    owned_objects: frozenset[str]

    def _parsed_content(self, doc: Doc, verb: Token, cue: CueVerb) -> tuple[int, int] | None:
        """The content the parse gives: a preposition's object, a clause or an object."""
        if cue.objects and not cue.object:
            # "expressed hope that ...", "gave assurances that ...": the stance noun's clause
            clause = stance_clause(verb, cue)
            return span_of(clause, drop_mark=True) if clause is not None else None
        holders = [verb] + [t for o in verb.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
        # "accused the House and the commander of ...": the parse may hang the second
        # accused on the verb; "denied X and accused guards of ...": the cue read as an
        # adjective of its object
        holders += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        if verb.dep_ == "amod":
            holders.append(verb.head)
        for holder in holders:
            # "accused X of ...", and "accused X and Y of ..." where the parse hangs "of" on Y
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in cue.object_preps:
                    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
                    if objs and holder.pos_ == "PROPN" and objs[0].pos_ == "PROPN":
                        continue  # "accused the House of Representatives and X of ...": a name
                    blamed = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
                    if objs and blamed and verb.lemma_.lower() == "blame":
                        # "blamed the RSF for the attack", "blamed the attack on the RSF": who
                        # is blamed and for what is the claim
                        return trim_span(doc, blamed[0].left_edge.i, object_end(objs[0]))
                    if objs and blamed and prep.lower_ == "as" and blamed[0].pos_ in {"NOUN", "PROPN"}:
                        # "described the accusation as lies": what is characterised and how
                        return trim_span(doc, blamed[0].left_edge.i, object_end(objs[0]))
                    if objs:
                        return trim_span(doc, objs[0].left_edge.i, object_end(objs[0]))
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        named = [
            c
            for c in verb.children
            if c.dep_ == "oprd" and objects and c.i > objects[0].i and verb.lemma_.lower() in NAMING_VERBS
        ]
        if not named and len(objects) == 2 and verb.lemma_.lower() in NAMING_VERBS:
            named = objects[1:]  # "branding it a breach": the parse reads the complement as a second object
        if named:
            # "calling the drills a provocation": the object and what the speaker names it
            return trim_span(doc, objects[0].left_edge.i, named[0].right_edge.i)
        relative = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in {"which", "that"}]
        named = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        if relative and named and verb.lemma_.lower() in NAMING_VERBS:
            # "the ruling, which he called politically motivated": what the speaker names it
            return trim_span(doc, named[0].left_edge.i, named[0].right_edge.i)
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
            action = [
                c
                for c in verb.children
                if c.dep_ in {"xcomp", "advcl", "ccomp"}
                and c.i > verb.i
                and not any(m.dep_ == "mark" and m.lower_ not in {"to", "that"} for m in c.children)
                and not (c.dep_ == "advcl" and is_cue(c, self.cues))
            ]  # (not "..., while the minister said ...", "..., saying ...": a clause of its own)
            if not action:
                # "called on supporters to march": the parse may read the infinitive as "to" + object
                action = [
                    p
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "to" and any(g.pos_ == "VERB" for g in p.children)
                ]
            if addressee and not action:
                # `called on "all parties" to exercise restraint`: the parse may hang the
                # infinitive on the addressee
                action = [
                    c
                    for c in addressee[0].children
                    if c.dep_ in {"relcl", "acl"} and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
                ]
            if addressee and action:
                return trim_span(doc, addressee[0].left_edge.i, action[0].right_edge.i)
            goals = [
                g
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "to" and p.i > verb.i
                for g in p.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"
            ]
            if addressee and goals and addressee[0].i < goals[0].i:
                # "called both sides to restraint" (translated order): the addressee and the goal
                return trim_span(doc, addressee[0].left_edge.i, goals[0].right_edge.i)
        misread = reduced_relative(verb)
        comps = [
            c for c in verb.children
            if c.dep_ == "ccomp"
            and (misread is None or c.i != misread.i)
            and not (c.i < verb.i and "\n" in text_of(doc)[c.right_edge.idx : verb.idx])  # another paragraph
            and not (c.i < verb.i and c.tag_ == "VBN" and not any(s.dep_ in SUBJECT_DEPS for s in c.children))
        ]  # fmt: skip
        if comps:
            # several complements on one side of the cue are one clause the parse split
            # ("claimed that the two men being held are soldiers; one is ...")
            same_side: list[Token] = []
            for c in comps:
                if (c.i > verb.i) != (comps[0].i > verb.i) or (same_side and is_cue(c, self.cues)):
                    break  # (a reporting verb among them is a claim of its own)
                same_side.append(c)
            end = max(c.right_edge.i for c in same_side)
            return trim_span(doc, comps[0].left_edge.i, contrast_end(same_side, end), drop_mark=True)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
        if objects and objects[0].lower_ == "that" and objects[0].i + 1 < objects[0].right_edge.i:
            # "warned that millions faced famine": the parse may read the conjunction as the
            # object and the clause as its dependents
            return trim_span(doc, objects[0].i + 1, objects[0].right_edge.i)
        for obj in objects:
            for clause in obj.children:
                if (
                    clause.dep_ == "relcl"
                    and clause.left_edge.lower_ == "that"
                    and any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in clause.children)
                ):
                    # "told a radio station that X had ...": the parse reads the reported
                    # clause as a relative clause of the addressee
                    return trim_span(doc, clause.left_edge.i + 1, clause.right_edge.i)
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
                    # (or off a participle naming where the channel appeared: "boasted in a
                    # video posted to Facebook on Sunday that ...")
                    posted = [p for p in noun.children if p.dep_ == "acl" and p.tag_ == "VBN"]
                    for clause in [*noun.children, *(t for p in posted for t in p.subtree if t.i > p.i)]:
                        if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                        ):
                            return span_of(clause, drop_mark=True)
        owned = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in self.owned_objects
            and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
        ]  # (a bare "claimed responsibility, saying ..." leaves the claim to "saying")
        if owned:  # "claimed responsibility for the attack": the act is the claim
            return trim_span(doc, owned[0].left_edge.i, object_end(owned[0]))
        if cue.object:
            right = [c for c in verb.children if c.i > verb.i and c.dep_ not in NOT_CONTENT_DEPS]
            if len(right) > 1 and right[0].dep_ == "prep" and right[1].dep_ == "dobj":
                right = right[1:]  # "confirmed to local media the talks" (translated order)
            if right and right[0].dep_ in {"dobj", "xcomp", "pcomp", "oprd", "attr"}:
                # "rejected the accusation as fanciful": the characterisation is no content
                left, end = right[0].left_edge.i, object_end(right[-1])
                cut = next((t.i for t in doc[right[0].i + 1 : end + 1] if t.dep_ == "prep" and t.lower_ == "as"), None)
                return trim_span(doc, left, cut - 1 if cut is not None else end, drop_mark=True)
        return None

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
            if within and q[1] <= verb.idx and "\n" in text_of(verb.doc)[q[1] : verb.idx]:
                continue  # a quote closing the paragraph before, in a sentence the parse ran on
            closes = q[0] < sent.start_char - 1 and q[1] <= verb.idx and attribution_follows(verb, q[1])
            opens = q[0] > verb.idx and q[1] > sent.end_char + 1 and not text_of(verb.doc)[verb.idx : q[0]].count("\n")
            if within or closes or opens:
                found.append((k, q))
        return found

    def _content_before(self, doc: Doc, verb: Token) -> tuple[int, int] | None:
        """ "Russian forces struck the city overnight, the governor said." when the parse
        does not make the clause the verb's complement: the text before the speaker."""
        sent = verb.sent
        after = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i]
        if after and verb.i - 1 > sent.start and doc[verb.i - 1].text == ",":
            last = after[0].right_edge.i + 1
            if last >= sent.end or doc[last].is_punct:
                # "..., writes the newspaper Rzeczpospolita." (translated order)
                start = max(sent.start_char, paragraph_start(text_of(doc), verb.idx))
                span = trim_chars(text_of(doc), start, doc[verb.i - 1].idx)
                return span if span[1] - span[0] > 10 else None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        if not subjects:
            return None
        left = subjects[0].left_edge.i
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
                    and is_cue(tok, self.cues)
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
                    if gap.strip().endswith(",") or whole_sentence_quote(text, gap, q0, q1):
                        # `"A," X said, "B."` and `"A," X said. "B."` (no cue of its own)
                        c1 = trim_chars(text, c0, q1)[1]
                    break
        return trim_chars(text, c0, c1)


def contrast_end(clauses: list[Token], end: int) -> int:
    """The end of a reported clause before a contrast clause the parse hangs inside it
    ("said the government would ask Kenya for troops, while the commander told reporters
    ..."): the contrast clause is the text's, not the speaker's."""
    for clause in clauses:
        for tok in clause.subtree:
            if tok.dep_ == "advcl" and tok.i > clause.i and subordinate(tok) and tok.left_edge.i <= end:
                cut = tok.left_edge.i - 1
                if tok.doc[cut].text == ",":
                    end = min(end, cut - 1)
    return end


def reduced_relative(verb: Token) -> Token | None:
    """ "Relatives gathered outside the prison said the toll was higher": the parse reads
    the speaker and its participle as a clause of the cue. The clause runs up to the cue
    (no comma), and the cue has a clause of its own after it."""
    if verb.dep_ != "ROOT":
        return None
    children = list(verb.children)
    if any(c.dep_ in SUBJECT_DEPS for c in children):
        return None
    before = [c for c in children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) != 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in children):
        return None
    clause = before[0]
    if clause.tag_ not in {"VBD", "VBN"} or clause.right_edge.i != verb.i - 1 or clause.left_edge.i != verb.sent.start:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "mark"} for c in clause.children):
        return None  # "Troops shelled the town said ..." is no participle
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    return clause if subjects and subjects[0].pos_ in {"NOUN", "PROPN"} else None


def object_end(head: Token) -> int:
    """The last token of an object content, without an aside that describes the object
    after a comma: "blamed the violence on Los Lobos, which Washington designated ...",
    "demanded their release, a demand the council rejected"."""
    doc = head.doc
    end = head.right_edge.i
    for child in head.children:
        if child.i < head.i or child.dep_ not in {"relcl", "appos"} or child.left_edge.i - 1 <= head.i:
            continue
        if doc[child.left_edge.i - 1].text != ",":
            continue
        if child.dep_ == "appos" and not any(t.pos_ in {"VERB", "AUX"} for t in child.subtree):
            continue  # "accused the governor, Ahmed Ali, of ...": a name, kept
        end = min(end, child.left_edge.i - 2)
    return max(end, head.i)


def stance_clause(verb: Token, cue: CueVerb) -> Token | None:
    """The "that" clause of a light verb's stance noun ("expressed hope that talks would
    resume", "gave assurances that the border would stay open"), or one the parse hangs on
    the verb instead; None when there is none ("expressed concern over the arrests")."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in cue.objects:
            continue
        for head in (obj, verb):
            for clause in head.children:
                if (
                    clause.dep_ in {"acl", "ccomp", "relcl"}
                    and clause.i > obj.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                ):
                    return clause
    return None


def split_by_stance(doc: Doc, claim: dict[str, Any]) -> list[dict[str, Any]]:
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
    if second is None or clause_denies(root) == clause_denies(second) or not span.start <= second.left_edge.i:
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


def after_but(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
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


def parenthetical_end(doc: Doc, verb: Token, content: tuple[int, int]) -> int | None:
    """ "The two sides agreed, the ministry said, to reopen the road": an attribution set off
    by commas inside the reported clause. Returns where the clause ends after it (the
    content then runs across the attribution, like a quote split by its attribution), or
    None when the attribution closes the clause or a clause of its own follows
    ("..., he said, adding that ...", "..., he said, and ...")."""
    sent = verb.sent
    text = text_of(doc)
    if content[1] > verb.idx or content[0] < sent.start_char or "\n" in text[content[1] : verb.idx]:
        return None
    i = verb.i + 1
    while i < sent.end and i - verb.i <= 6 and doc[i].text != "," and doc[i].pos_ not in {"VERB", "AUX", "PUNCT"}:
        i += 1  # "said on Monday"
    if i + 1 >= sent.end or doc[i].text != ",":
        return None
    first = doc[i + 1]
    continues = (first.pos_ in {"AUX", "VERB"} and first.tag_ not in {"VBG", "VBN"}) or (
        first.lower_ == "to" and first.tag_ == "TO"
    )
    if not continues or "\n" in text[first.idx : end_char(sent)]:
        return None
    end = end_char(sent)
    return end if end - first.idx > 3 else None


def whole_sentence_quote(text: str, gap: str, q0: int, q1: int) -> bool:
    """True when a quote right after `"A," X said.` is a sentence of its own with no
    attribution after it: it continues the quote before."""
    after = text[q1 + 1 : q1 + 3]
    return gap.strip().endswith(".") and text[q1 - 1 : q1] in {".", "!", "?"} and (not after or after[0].isspace())


def clause_denies(root: Token) -> bool:
    """Whether a reported clause says that something did not happen or does not exist:
    "no meeting took place", "Israel had not answered", "There are no soldiers in Goma"
    (a modal keeps it a statement about the future: "Armenia would not withdraw")."""
    children = list(root.children)
    if any(c.tag_ == "MD" for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return True
    there = any(c.dep_ == "expl" for c in children)
    for c in children:
        if c.dep_ == "attr" and not there:
            continue  # "my brother is no traitor" characterises; "there are no soldiers" denies
        if c.dep_ in {"nsubj", "nsubjpass", "attr", "dobj"} and (
            c.lower_ in {"nobody", "nothing", "none"} or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


def attribution_follows(verb: Token, quote_end: int) -> bool:
    """True when only the closing mark, a comma and the speaker stand between a quote and
    its cue: `"We need help," he said` (not `"..." in the city and denied`)."""
    text = text_of(verb.doc)
    subjects = [c.left_edge.idx for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    stop = min(subjects) if subjects else verb.idx
    between = text[quote_end:stop]
    # (a quote closing the paragraph before is no one's attribution here)
    return stop >= quote_end and "\n" not in between and not between.strip(" ,”\"'—–-")
