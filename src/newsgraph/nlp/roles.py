"""Roles and affiliations of persons: titles before a name, appositions, relative clauses.

- "Turkish Deputy Interior Minister Selim Karaca": role "deputy interior minister",
  country TUR;
- "Nadia Haddad, Likud party secretary and Knesset finance committee chair": two roles,
  "secretary" of Likud and "finance committee chair" of the Knesset;
- "The spokesman of the armed wing of Hezbollah, Ali Saad,": role "spokesman of the
  armed wing" of Hezbollah; the description is a mention of the person, while
  "Hezbollah" inside it keeps pointing to Hezbollah;
- "..., who also acts as the President's envoy for the Sahel": role "envoy for the
  Sahel" of the President.
Titles are stored in lower case (acronyms such as "PLO" or "MP" keep their case).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.name_words import HONORIFICS, TITLE_ABBREVIATIONS, is_title_abbreviation

LOGGER = logging.getLogger(__name__)

# Words that extend a title leftwards ("deputy foreign minister", "executive committee chairman").
TITLE_MODIFIERS = {
    "deputy", "vice", "acting", "former", "senior", "chief", "executive", "committee", "foreign",
    "defence", "defense", "interior", "prime", "special", "interim", "caretaker", "top", "regional",
    "provincial", "local", "army", "military", "police", "government", "security", "health", "oil",
    "truck", "peace", "labour", "labor", "humanitarian", "public",
}  # fmt: skip
# Ranks and honorifics that start a title of their own after another title.
RANKS = {
    "general", "brigadier", "colonel", "major", "lieutenant", "captain", "commodore", "admiral",
    "commander", "sergeant", "marshal", "ayatollah", "sheikh", "imam", "dr",
}  # fmt: skip
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
STOP_BEFORE = {"VERB", "AUX", "ADP", "PRON", "DET", "SCONJ", "PART"}


def subject_of_next_verb(doc: Doc, noun: Token) -> bool:
    """Is the description after a name, with its article, the subject of the finite verb right
    after it ("..., the diplomat had held meetings") rather than an apposition ("..., the
    ambassador, said")?"""
    after = noun.right_edge.i + 1
    return (
        noun.left_edge.lower_ in {"the", "a", "an", "this", "that"}
        and after < len(doc)
        and doc[after].tag_ in FINITE_TAGS
        and doc[after].pos_ in {"VERB", "AUX"}
    )


def lower_title(text: str) -> str:
    """ "Deputy Foreign Minister" -> "deputy foreign minister"; acronyms keep their case."""
    words = text.split()
    return " ".join(w if (len(w) > 1 and w.isupper()) else w.lower() for w in words)


class RoleReader:
    """Reads roles for person actors; `actor_at(token_index)` names the actor a token belongs to."""

    def __init__(self, titles: dict[str, str | None], demonyms: dict[str, str]) -> None:
        self.titles = titles
        self.demonyms = demonyms
        self.title_heads = {t.split()[-1] for t in titles if t}

    # -- helpers -------------------------------------------------------------------------
    def is_title_word(self, word: str) -> bool:
        low = word.lower()
        return low in self.title_heads or low in self.titles or low.rstrip("s") in self.title_heads

    def add_role(self, actor: Any, title: str, of: int | None) -> None:
        title = lower_title(title.strip(" ,.;:\"'“”").strip())
        if not title or not any(self.is_title_word(w) for w in title.split()):
            return
        for role in actor.roles:
            if role["title"] == title:
                if role.get("of") is None and of is not None:
                    role["of"] = of
                return
        actor.roles.append({"title": title, "of": of})

    def _country_of(self, tok: Token) -> str | None:
        if tok.ent_id_.startswith(("demonym:", "country:")):
            return tok.ent_id_.split(":", 1)[1]
        return self.demonyms.get(tok.text)

    # -- titles before the name ----------------------------------------------------------
    def title_before(self, doc: Doc, start: int, actor: Any, actor_at: Callable[[int], int | None]) -> None:
        """Words right before the name (token index `start`) that form titles."""
        i = start - 1
        sent_start = doc[start].sent.start
        words: list[Token] = []
        while i >= sent_start:
            tok = doc[i]
            if not words and tok.text == "." and i > sent_start and is_title_abbreviation(doc[i - 1]):
                i -= 1  # "Col. Ramon Dizon": the rank's full stop
                continue
            if not words and is_title_abbreviation(tok):
                self.add_role(actor, TITLE_ABBREVIATIONS[tok.lower_.rstrip(".")], None)
                i -= 1
                continue
            of_title = tok.lower_ == "of" and i > sent_start and self.is_title_word(doc[i - 1].text)
            if tok.is_punct or (tok.pos_ in STOP_BEFORE and tok.lower_ != "and" and tok.tag_ != "POS" and not of_title):
                break
            if tok.ent_type_ == "PERSON" and actor_at(i) is not None:
                break
            words.insert(0, tok)
            i -= 1
        if not words:
            return
        groups: list[list[Token]] = [[]]
        for tok in words:
            if tok.lower_ == "and":
                groups.append([])
            else:
                groups[-1].append(tok)
        for group in groups:
            if group:
                self.role_from_tokens(group, actor, actor_at)

    def role_from_tokens(self, group: list[Token], actor: Any, actor_at: Callable[[int], int | None]) -> None:
        title_words: list[str] = []
        of: int | None = None
        for k, tok in enumerate(group):
            if tok.tag_ == "POS":
                continue
            if tok.pos_ == "ADP" and title_words:
                # "head of delegation", "minister of humanitarian affairs" go on; "ambassador to
                # Ukraine", "head of delegation in Damascus", "chairman of Fatah" end the title
                rest = group[k + 1 :]
                owner = next((actor_at(t.i) for t in rest if actor_at(t.i) is not None), None)
                if tok.lower_ == "of" and owner is not None and owner != actor.index:
                    of = owner
                if tok.lower_ not in {"of", "for"} or owner is not None:
                    break
            code = self._country_of(tok)
            owner = actor_at(tok.i)
            if code and not title_words:
                actor.country = actor.country or code
                if owner is not None:
                    of = owner
                continue
            if owner is not None and owner != actor.index:
                of = owner  # "Likud party secretary": the organisation, not part of the title
                title_words = []
                continue
            title_words.append(tok.text)
        # a rank after a title starts a second role: "army spokesman Brigadier General"
        cut = next(
            (k for k in range(1, len(title_words)) if title_words[k].lower() in RANKS
             and self.is_title_word(title_words[k - 1]) and title_words[k - 1].lower() not in RANKS),
            None,
        )  # fmt: skip
        parts = [title_words] if cut is None else [title_words[:cut], title_words[cut:]]
        for words in parts:
            self._title_from_words(words, actor, of)

    def _title_from_words(self, title_words: list[str], actor: Any, of: int | None) -> None:
        lowered = [w.lower() for w in title_words]
        # the title starts at its first title word ("Likud party secretary" -> "secretary")
        start = next((k for k, w in enumerate(lowered) if w in self.titles or self.is_title_word(w)), None)
        if start is None:
            return
        for k in range(start - 1, -1, -1):
            if " ".join(lowered[k:]) in self.titles or lowered[k] in TITLE_MODIFIERS:
                start = k
            else:
                break
        words = title_words[start:]
        while words and words[-1].lower() in {"of", "for", "and"}:
            words = words[:-1]
        self.add_role(actor, " ".join(words), of)

    # -- appositions ---------------------------------------------------------------------
    def apposition(
        self,
        doc: Doc,
        name: Span,
        actor: Any,
        actor_at: Callable[[int], int | None],
        describe: Callable[[Span], None],
    ) -> None:
        """ "The spokesman of the armed wing of Hezbollah, Ali Saad," and
        "Nadia Haddad, Likud party secretary and Knesset finance committee chair"."""
        head = name.root
        candidates: list[Token] = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            top = head.head
            # climb out of "of"-phrases: the appositive attaches to the last noun of the description
            while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in {"NOUN", "PROPN"}:
                top = top.head.head
            candidates.append(top)
        for noun in candidates:
            if noun.ent_type_ == "PERSON" or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            if noun.i < name.start:
                lo, hi = noun.left_edge.i, name.start
                while hi > lo and doc[hi - 1].lower_.rstrip(".") in HONORIFICS | {""}:
                    hi -= 1  # "the chargé d'affaires of Switzerland, Mr. Lukas Brunner": no title
            elif subject_of_next_verb(doc, noun):
                continue  # "According to ... Colonel X, the diplomat had held ...": a new subject
            else:
                lo, hi = name.end, noun.right_edge.i + 1
                # "a 71-year-old farmer who was abducted ...": the relative clause is no part of the title
                clause = [c.left_edge.i for c in noun.rights if c.dep_ in {"relcl", "acl"}]
                hi = min([hi, *clause])
            span = doc[lo:hi]
            while len(span) and (span[0].lower_ in {"the", "a", "an"} or span[0].is_punct or span[0].pos_ == "PRON"):
                span = span[1:]  # "Its head of delegation": "Its" is a reference of its own
            while len(span) and (span[-1].is_punct or span[-1].lower_ in {"and", "who"}):
                span = span[:-1]
            if not len(span) or len(span) > 14 or any(t.pos_ == "VERB" for t in span):
                continue
            if not any(self.is_title_word(t.text) for t in span):
                continue
            self._description_roles(doc, span, actor, actor_at)
            owner = next((t for t in span if t.tag_ == "POS" and t.i < span.root.i), None)
            # "the group's spokesman": the group is a reference of its own
            describe(span if owner is None else doc[owner.i + 1 : span.end])

    def _description_roles(self, doc: Doc, span: Span, actor: Any, actor_at: Callable[[int], int | None]) -> None:
        # coordinated titles: "Likud party secretary and Knesset finance committee chair"
        groups: list[list[Token]] = [[]]
        for tok in span:
            if tok.lower_ == "and" and tok.dep_ == "cc":
                groups.append([])
            elif not tok.is_punct:
                groups[-1].append(tok)
        for group in groups:
            if not group:
                continue
            of_at = next(
                (k for k, t in enumerate(group) if t.lower_ in {"of", "for"} and k > 0 and t.dep_ == "prep"), None
            )
            if of_at is not None and group[of_at].lower_ == "of":
                owner = next((actor_at(t.i) for t in group[of_at + 1 :] if actor_at(t.i) is not None), None)
                tail_owner = owner is not None and all(
                    actor_at(t.i) == owner or t.lower_ in {"the", "a", "an"} for t in group[of_at + 1 :]
                )
                if owner is not None:
                    words = group[:of_at] if tail_owner else [t for t in group if actor_at(t.i) != owner]
                    if words and words[-1].lower_ == "of":
                        words = words[:-1]
                    title = " ".join(t.text for t in words if t.lower_ not in {"a", "an"} or t.i != words[0].i)
                    if words and words[0].lower_ in {"the", "a", "an"}:
                        title = title.split(" ", 1)[-1]
                    self._set_country(words, actor)
                    self.add_role(actor, self._strip_demonym(title), owner)
                    continue
            self.role_from_tokens(group, actor, actor_at)

    def _set_country(self, words: list[Token], actor: Any) -> None:
        for tok in words[:2]:
            code = self._country_of(tok)
            if code:
                actor.country = actor.country or code
                return

    def _strip_demonym(self, title: str) -> str:
        first, _, rest = title.partition(" ")
        return rest if rest and first in self.demonyms else title

    # -- relative clauses ----------------------------------------------------------------
    def relative_role(self, head: Token, actor: Any, actor_at: Callable[[int], int | None]) -> None:
        """ "..., who also acts as the President's envoy for the Sahel"."""
        for rel in head.children:
            if rel.dep_ != "relcl" or rel.lemma_ not in {"serve", "act", "work", "be"}:
                continue
            for prep in rel.children:
                if prep.lower_ != "as" and rel.lemma_ != "be":
                    continue
                if prep.dep_ == "prep":
                    nouns = [c for c in prep.children if c.dep_ == "pobj"]
                else:
                    nouns = [prep] if prep.dep_ == "attr" else []
                for noun in nouns:
                    self._role_noun(noun, actor, actor_at)

    def _role_noun(self, noun: Token, actor: Any, actor_at: Callable[[int], int | None]) -> None:
        of: int | None = None
        skip: set[int] = set()
        for child in noun.lefts:
            if child.dep_ == "poss":
                of = actor_at(child.i)
                skip.update(t.i for t in child.subtree)
        tokens = [t for t in noun.subtree if t.i not in skip and t.tag_ != "POS"]
        while tokens and tokens[0].lower_ in {"the", "a", "an"}:
            tokens = tokens[1:]
        if not tokens or len(tokens) > 12:
            return
        code = self._country_of(tokens[0])
        if code:
            actor.country = actor.country or code
            tokens = tokens[1:]
        if of is None:
            for tok in tokens:
                if tok.dep_ == "pobj" and tok.head.lower_ == "of" and actor_at(tok.i) is not None:
                    of = actor_at(tok.i)
                    tokens = [t for t in tokens if t.i < tok.head.i]
                    break
        self.add_role(actor, " ".join(t.text for t in tokens), of)
