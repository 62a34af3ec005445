"""In-document coreference: pronouns, definite descriptions and plural references to actors.

Heuristics, applied left to right over the document once the named and collective
mentions are known:
- "he", "she", "his" -> the most recent person, preferring a recent subject;
- "it", "its" -> the most recent organisation or state; "they", "them" -> the most
  recent group or organisation (never a state, never a single person);
- "the movement", "the ministry", "the army", "the government", "the bloc" -> the most
  recent actor whose name holds that noun or whose sector fits it; "the government"
  and "the junta" fall back to the article's main state;
- "the minister", "the farmer", "the driver's" -> the most recent person holding that role;
- "the two men" -> the last two persons who took part (subjects and objects, not possessors).
A description right before a name ("the radical movement Islamic Jihad") is not an
anaphor: the name that follows is the mention.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.coref_nouns import (
    ARMED_NOUNS,
    COUNTRY_NOUNS,
    FEMININE,
    ORG_NOUNS,
    PAIR_NOUNS,
    PAIR_WINDOW,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    ROLE_FAMILIES,
    SINGULAR_THING_PRONOUNS,
    STATE_ARMY_NOUNS,
    STATE_NOUNS,
)
from newsgraph.nlp.coref_orgs import description_nouns, fits_description, group_reference, several_recent, single_recent
from newsgraph.nlp.coref_tokens import (
    has_number,
    is_age_noun,
    is_former_noun,
    is_object,
    named_with,
    noun_span,
    plural_name,
    quoted_tokens,
    stated_gender,
)
from newsgraph.nlp.merging import named_after, role_words
from newsgraph.nlp.names import fold

LOGGER = logging.getLogger(__name__)

DETERMINERS = {"the", "this", "that", "these", "those"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj", "appos", "conj", "attr"}


def is_reference(token: Token) -> bool:
    """A definite or possessed noun ("the ministry", "its forces"), not a description before a name."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ in {"PERSON", "ORG"} and doc[token.i + 1].ent_iob_ == "B":
        return False  # "the armed group Tren de Aragua": the name is the mention
    if token.dep_ == "compound":
        return False
    for child in token.lefts:
        if child.dep_ == "det" and child.lower_ in DETERMINERS:
            return True
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return True
    return False


class References:
    """Resolves pronouns and descriptions for one document, recording each as a mention."""

    def __init__(
        self,
        doc: Doc,
        actors: list[Any],
        token_actor: dict[int, list[int]],
        titles: dict[str, str | None],
        main_state: Callable[[], int | None],
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.token_actor = token_actor
        self.titles = titles
        self.main_state = main_state
        self.recent: list[int] = []  # actor indexes, most recent last
        self.subjects: list[int] = []  # persons that were subjects, most recent last
        self.participants: list[int] = []  # persons that were subjects or objects, most recent last
        self.subject_sent: dict[int, int] = {}  # person -> sentence start where it was last a subject
        self.genders: dict[int, str] = {}  # person -> "m"/"f" from pronouns already resolved to them
        self.thing_subjects: dict[int, int] = {}  # organisation/state -> sentence start where it was last a subject
        self.sent_start: list[int] = [0] * len(doc)  # token index -> its sentence's first token
        for sent in doc.sents:
            self.sent_start[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        self.quoted = quoted_tokens(doc)  # token index -> inside a direct quotation
        self.speaker_like: dict[int, int] = {}  # person -> sentence start where it was a subject outside quotes
        self.sent_number: list[int] = [0] * len(doc)  # token index -> its sentence's ordinal
        for number, sent in enumerate(doc.sents):
            self.sent_number[sent.start : sent.end] = [number] * (sent.end - sent.start)
        self.last_sent: dict[int, int] = {}  # actor -> ordinal of the sentence where it was last named

    def _touch(self, owner: int, token: Token) -> None:
        for queue in (self.recent,):
            if owner in queue:
                queue.remove(owner)
            queue.append(owner)
        self.last_sent[owner] = self.sent_number[token.i]
        if self.actors[owner].kind != "person":
            if token.dep_.startswith("nsubj") or (token.head.dep_.startswith("nsubj") and token.dep_ == "compound"):
                self.thing_subjects[owner] = self.sent_start[token.i]
            return
        if (
            token.dep_.startswith("nsubj")
            or (token.pos_ == "PRON" and token.dep_ == "poss" and token.head.dep_.startswith("nsubj"))
            or (token.dep_ == "appos" and token.head.dep_.startswith("nsubj"))  # "His spokesman, X, said"
        ):
            # "his men did not touch ...": the possessor of a subject leads the next pronoun too
            self.subject_sent[owner] = self.sent_start[token.i]
            if not self.quoted[token.i] and token.pos_ != "PRON":
                self.speaker_like[owner] = self.sent_start[token.i]
            if owner in self.subjects:
                self.subjects.remove(owner)
            self.subjects.append(owner)
        if token.dep_ in PARTICIPANT_DEPS or (
            token.head.dep_ in PARTICIPANT_DEPS and token.dep_ in {"compound", "flat"}
        ):
            if owner in self.participants:
                self.participants.remove(owner)
            self.participants.append(owner)

    def _last(self, accept: Callable[[Any], bool], window: int = 12) -> int | None:
        """The most recent actor that `accept`s among the last `window` actors named; unnamed
        groups ("200 workers", "pupils") do not count toward the window."""
        seen = 0
        for owner in reversed(self.recent):
            actor = self.actors[owner]
            if accept(actor):
                return owner
            if actor.kind != "group":
                seen += 1
                if seen >= window:
                    break
        return None

    def run(self) -> None:
        doc = self.doc
        for token in doc:
            owners = self.token_actor.get(token.i)
            if owners:
                # the root of a name counts once: its head token carries the dependency
                if token.i + 1 >= len(doc) or self.token_actor.get(token.i + 1) != owners or token.dep_ != "compound":
                    for owner in owners:
                        self._touch(owner, token)
                continue
            target = self._target(token)
            if not target:
                continue
            span = noun_span(token)
            how = "pronoun" if token.pos_ == "PRON" else "description"
            if len(target) == 1 and token.lower_ in PERSON_PRONOUNS and token.dep_.startswith(("nsubj", "poss")):
                self.genders[target[0]] = "f" if token.lower_ in FEMININE else "m"
            for owner in target:
                self.actors[owner].add_mention(span, how)
            for tok in span:
                self.token_actor.setdefault(tok.i, list(target))
            if len(target) == 1:
                self._touch(target[0], token)

    def _target(self, token: Token) -> list[int] | None:
        low = token.lower_
        if token.pos_ == "PRON":
            if low in PERSON_PRONOUNS:
                return self._person_pronoun(token)
            if low in SINGULAR_THING_PRONOUNS:
                return self._thing(token, {"organization", "state", "media"}, singular=True)
            if low in PLURAL_PRONOUNS:
                if not any(self.actors[o].kind in {"group", "organization"} for o in self._governors(token)):
                    pair = self._pair_in_sentence(token)
                    if pair is not None:
                        return pair  # "thanked India and China, saying they had helped"
                return self._thing(token, {"group", "organization"})
            return None
        if is_age_noun(token):
            return self._aged_person(token)
        lemma = token.lemma_.lower()
        if (
            token.tag_ in {"NNS", "NNPS"}
            and lemma in PAIR_NOUNS
            and (has_number(token, "two") or has_number(token, "both"))
        ):
            return self._pair(lemma, token)
        if token.pos_ not in {"NOUN", "PROPN"} or not is_reference(token):
            return None
        if low in {"men", "women", "leaders", "officials"} and has_number(token, "two"):
            people = [i for i in self.participants if self.actors[i].kind == "person"]
            return people[-2:] if len(people) >= 2 else None
        if low == "side" or lemma == "side":
            return None
        if lemma in STATE_NOUNS:
            # a state named with that noun before ("Yemen's internationally recognised government"),
            # then the story's own state: "the government" in a story about Mali is Mali's
            found = self._last(lambda a: a.kind == "state" and named_with(a, lemma, token.idx), window=30)
            if found is None:
                found = self.main_state()
            if found is None:
                found = self._last(lambda a: a.kind == "state", window=8)
            return [found] if found is not None else None
        if lemma in COUNTRY_NOUNS:
            found = self._last(lambda a: a.kind == "state", window=8)
            return [found] if found is not None else None
        org_noun = lemma in ORG_NOUNS or lemma in description_nouns()
        if (token.tag_ in {"NNS", "NNPS"} or lemma == "crowd") and (not org_noun or lemma in ARMED_NOUNS):
            found = group_reference(token, lemma, self._last)
            if found is not None:
                return [found]
        if org_noun:
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.lefts):
                return None  # "urged Rwanda to pull its forces out": Rwanda's forces, not the last force named
            named = [o for c in token.lefts if c.dep_ in {"compound", "nmod"} for o in self.token_actor.get(c.i, [])]
            if named:
                # "the Hamas movement": the organisation named in it, else nothing
                owner = self.actors[named[0]]
                return named[:1] if owner.kind in {"organization", "media"} else None
            return self._org_reference(token, lemma)
        if lemma in self.titles or low in self.titles or lemma in {"man", "woman"} or lemma in ROLE_FAMILIES:
            holder = self._person_by_role(token, lemma)
            if holder is not None or not is_former_noun(token):
                return holder
        return self._aged_person(token) if is_former_noun(token) else None

    def _pair(self, lemma: str, token: Token) -> list[int] | None:
        """ "both sides", "the two parties", "both governments": the two sides named together last
        ("A and B signed", "talks between A and B"), else the two parties named last that are not
        the one speaking of them or the mediator beside it ("the envoy, who hosted the talks with
        the ICRC, urged both parties"); states only for "countries" and "governments"; the mention
        becomes a ref of each."""
        kinds = {"state"} if lemma in COUNTRY_NOUNS or lemma == "government" else {"state", "organization", "person"}
        outside = self._pair_speakers(token)
        named = self._pair_named_together(token, kinds, outside)
        if named is not None:
            return named or None
        pair = [o for o in reversed(self.recent) if self.actors[o].kind in kinds and o not in outside][:2]
        return sorted(pair) if len(pair) == 2 else None

    def _pair_speakers(self, token: Token) -> set[int]:
        """The actors in the subject of the verb above "both parties" ("X urged both parties")."""
        node = token
        while node.dep_ in {"dobj", "pobj", "prep", "dative", "conj", "nsubj", "nsubjpass"} and node.head.i != node.i:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                break
        found: set[int] = set()
        for subj in node.children:
            if subj.dep_ in {"nsubj", "nsubjpass"} and subj.i != token.i and token.i not in {t.i for t in subj.subtree}:
                found.update(o for t in subj.subtree for o in self._owners(t))
        return found

    def _pair_named_together(self, token: Token, kinds: set[str], outside: set[int]) -> list[int] | None:
        """The last two actors joined by "and" before the mention: "A and B inked a deal"."""
        doc = self.doc
        for i in range(token.i - 1, max(-1, token.i - PAIR_WINDOW), -1):
            first = doc[i]
            if first.dep_ != "conj" or first.head.i >= first.i:
                continue
            left, right = self._owners(first.head), self._owners(first)
            if len(left) != 1 or len(right) != 1 or left == right:
                continue
            pair = sorted(left + right)
            if all(self.actors[o].kind in kinds and o not in outside for o in pair):
                more = first.head.dep_ == "conj" or any(
                    c.dep_ == "conj" and c.i != first.i for c in first.head.children
                )
                return [] if more else pair  # "France, Germany and Italy ... the two countries": which two?
        return None

    def _pair_in_sentence(self, token: Token) -> list[int] | None:
        """Two named actors joined by "and" earlier in the pronoun's sentence ("India and China")."""
        bound = self._bound(token)
        for i in range(token.i - 1, self.sent_start[token.i] - 1, -1):
            first = self.doc[i]
            if first.dep_ != "conj" or first.head.i >= first.i:
                continue
            left, right = self._owners(first.head), self._owners(first)
            if len(left) == 1 and len(right) == 1 and left != right and not bound & {left[0], right[0]}:
                if all(self.actors[o].kind in {"state", "organization", "person"} for o in left + right):
                    return sorted(left + right)
        return None

    def _gender(self, owner: int) -> str | None:
        """ "m" or "f" from the pronouns already resolved to this person or a gendered title."""
        return stated_gender(self.doc, self.actors[owner]) or self.genders.get(owner)

    # -- pronouns ----------------------------------------------------------------------
    def _owners(self, token: Token) -> list[int]:
        return self.token_actor.get(token.i) or []

    def _governors(self, token: Token) -> list[int]:
        """Actors that control the pronoun's clause, nearest first: the subject of a verb above it
        ("Mugisha denied that his fighters ..."), named inside that subject ("Relatives of X told
        reporters that he ..."), or the object of "urged X to ..." ("urged Rwanda to pull its forces")."""
        found: list[int] = []
        node = token
        while node.head.i != node.i:
            child, node = node, node.head
            if node.pos_ not in {"VERB", "AUX"}:
                continue
            if child.dep_ == "xcomp":
                for obj in node.children:
                    if obj.dep_ in {"dobj", "dative"} and obj.i < token.i:
                        found.extend(self._owners(obj))
            for subj in node.children:
                if subj.dep_ in {"nsubj", "nsubjpass"} and subj.i < token.i and subj.i != token.i:
                    found.extend(self._owners(subj))
                    found.extend(o for c in subj.children if c.dep_ == "appos" for o in self._owners(c))
                    for prep in subj.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            found.extend(o for obj in prep.children if obj.dep_ == "pobj" for o in self._owners(obj))
        return found

    def _bound(self, token: Token) -> set[int]:
        """Actors the pronoun cannot be: the subject of its own clause for an object pronoun
        ("officials had told them", "the WFP had not asked it to"), and the people inside a
        fronted report for the speaker ("Mosquera was held by dissidents, he said")."""
        head = token.head
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return {
                o
                for c in head.children
                if c.dep_ == "ccomp" and c.i < token.i
                for t in c.subtree
                if t.pos_ != "PRON"  # "Her union would protest, she said": her is the speaker
                and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in t.children)  # "Our men ...," he said
                for o in self._owners(t)
            }
        if not is_object(token):
            return set()
        node = head
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
        return {o for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} for o in self._owners(c)}

    def _same_sentence(self, token: Token, fits: Callable[[int], bool]) -> int | None:
        """The latest fitting actor named earlier in the pronoun's sentence."""
        for i in range(token.i - 1, self.sent_start[token.i] - 1, -1):
            for owner in self._owners(self.doc[i]):
                if fits(owner):
                    return owner
        return None

    def _quoted_speaker(self, token: Token) -> set[int]:
        """Inside a direct quotation, the person named as a subject outside quotes in this or the
        previous sentence: the one speaking, who would say "I", not "he"."""
        if not self.quoted[token.i]:
            return set()
        here = self.sent_start[token.i]
        prev = self.sent_start[here - 1] if here > 0 else here
        # the previous sentence counts only when it reports a quotation itself ('"...," X said.')
        places = {here, prev} if prev < here and any(self.quoted[prev:here]) else {here}
        return {o for o, where in self.speaker_like.items() if where in places}

    def _person_pronoun(self, token: Token) -> list[int] | None:
        low = token.lower_
        gender = "f" if low in FEMININE else "m"
        bound = self._bound(token) | self._quoted_speaker(token)
        people = [
            i
            for i in self.recent
            if self.actors[i].kind == "person" and self._gender(i) in {gender, None} and i not in bound
        ]
        if not people:
            return None
        fits = set(people[-6:]).__contains__
        governors = self._governors(token)
        if is_object(token):
            # "Bencomo accused Itriago ... against her": an object pronoun after a named object
            found = self._same_sentence(token, lambda o: fits(o) and o not in governors)
            if found is not None:
                return [found]
        found = next((o for o in governors if fits(o)), None)
        if found is not None:
            return [found]
        if gender == "f":
            # a woman the text has already called "she" outweighs people of unknown gender
            people = [i for i in people[-4:] if self._gender(i) == "f"] or people
        recent_subject = self.subjects[-1] if self.subjects else None
        here = self.sent_start[token.i]
        if recent_subject is None or self.subject_sent.get(recent_subject) != here:
            # "In a video, gang leader X said his men ...": a person named earlier in the pronoun's
            # own sentence, when no person was a subject in it, outweighs an earlier sentence's subject
            found = self._same_sentence(token, lambda o: fits(o) and self.actors[o].kind == "person")
            if found is not None:
                return [found]
        if recent_subject is not None and recent_subject in people[-3:]:
            return [recent_subject]
        return [people[-1]]

    def _aged_person(self, token: Token) -> list[int] | None:
        """ "The 51-year-old": the person who was last a subject, when among the last three
        persons named, else the last person named; never one bound in its own clause."""
        bound = self._bound(token)
        people = [i for i in self.recent if self.actors[i].kind == "person" and i not in bound]
        if not people:
            return None
        subject = next((o for o in reversed(self.subjects) if o not in bound), None)
        if subject is not None and subject in people[-3:]:
            return [subject]
        return [people[-1]]

    def _thing(self, token: Token, kinds: set[str], singular: bool = False) -> list[int] | None:
        """The controlling subject when it fits, the subject of this or the previous sentence,
        else the most recent fitting actor; "it" never stands for "Pakistani troops"."""
        bound = self._bound(token)

        def fits(owner: int) -> bool:
            actor = self.actors[owner]
            if not singular and actor.name.lower().endswith("court"):
                return False  # "a court jailed the activists ... their appeal": a court is "it"
            return actor.kind in kinds and owner not in bound and not (singular and plural_name(actor.name))

        found = next((o for o in self._governors(token) if fits(o) and o in self.recent[-8:]), None)
        if found is not None:
            return [found]
        here = self.sent_start[token.i]
        prev = self.sent_start[here - 1] if here > 0 else here
        for owner in reversed(self.recent[-8:]):
            where = self.thing_subjects.get(owner)
            if where in {here, prev} and fits(owner):
                return [owner]
        for owner in reversed(self.recent[-6:]):
            if fits(owner):
                return [owner]
        return None

    def _org_reference(self, token: Token, lemma: str) -> list[int] | None:
        plural = token.tag_ in {"NNS", "NNPS"} and lemma not in {"force", "troop"}

        def named(actor: Any) -> bool:
            words = {w for n in (actor.name, *actor.aliases) for w in fold(n).split()} | actor.nouns
            return actor.kind in {"organization", "media"} and (lemma in words or f"{lemma}s" in words)

        found = None
        if lemma in STATE_ARMY_NOUNS and not any(c.dep_ in {"amod", "compound"} for c in token.lefts):
            # "the army" is the state's army, not a rebel "Liberation Army" named since
            found = self._last(lambda a: named(a) and a.sector != "REB", window=20)
            if found is None:
                found = self._last(
                    lambda a: a.kind == "organization" and a.sector == "MIL" and a.country is not None, window=20
                )
        here = self.sent_number[token.i]
        if found is None:
            found = self._last(named, window=20)
            if found is not None and several_recent(
                self.recent, self.actors, named, self.last_sent, self.last_sent[found]
            ):
                return None  # "the ministry" after "the Defence and the Interior ministries said": either
        if found is None:
            # "the rebel group": a modifier that is itself an org noun narrows the sectors
            modifier = next((c.lemma_.lower() for c in token.lefts if c.lemma_.lower() in ORG_NOUNS), None)
            sectors = ORG_NOUNS.get(modifier or lemma) or description_nouns()[lemma]
            kinds = {"organization", "group"} if plural else {"organization"}
            found = self._last(lambda a: a.kind in kinds and a.sector in sectors, window=12)
            if found is None:
                # a body the model gave no sector: "Nordal Foods ... the company"; one in view only
                found = single_recent(
                    self.recent, self.actors, lambda a: fits_description(a, sectors), self.last_sent, here
                )
        return [found] if found is not None else None

    def _person_by_role(self, token: Token, lemma: str) -> list[int] | None:
        people = [i for i in reversed(self.recent) if self.actors[i].kind == "person"]
        if lemma in {"man", "woman"}:
            if token.tag_ in {"NNS", "NNPS"}:
                return None  # "the seven men" are not the last person named
            return [people[0]] if people else None
        named_modifiers = [
            c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
        ]
        for index in people:
            if any(
                lemma in fold(r["title"]).split() or token.lower_ in fold(r["title"]) for r in self.actors[index].roles
            ):
                if not all(any(w in m[2].lower() for m in self.actors[index].mentions) for w in named_modifiers):
                    continue  # "the Austrian ambassador" is not "the Hungarian ambassador, X"
                return [index]
        family = ROLE_FAMILIES.get(lemma)
        if family is not None:
            # "the diplomat" after "the chargé d'affaires X": the last person holding a title it covers
            for index in people[:6]:
                if family & role_words(self.actors[index], self.actors):
                    return [index]
        return named_after(token, lemma, family or frozenset(), self.actors, self.token_actor, self.recent)
