"""Who the victims were: claims that call the same dead or wounded by classes of people that
cannot be one (civilians, shepherds, children against fighters or soldiers), the commonest
dispute after a strike or a raid ("three terrorists were neutralised" / "the dead were
shepherds"; "nine soldiers in disguise" / "they were labourers, not soldiers").

A claim's identities are read from (`identity_sides` and `harmed_nouns` in
`data/conflicts.yaml`, classes from `victims`):
- a copula about the victims: "the dead / the victims / they were civilians", the class
  denied when negated ("were not fighters", "labourers, not soldiers");
- the counted dead or wounded: "killed five road workers", "left nine soldiers dead",
  "neutralised three militants".
Two claims conflict when one asserts a side the other asserts the other of, or denies, and
at least one states it by a copula (counts alone of different classes are two tolls:
"killed four militants" / "killed two farmers").
A pronoun subject ("they were labourers") stands for the victims only when the other claim
names them by a count or a noun of the victims. Claims whose killings have named,
different doers speak of different dead and are not compared.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from newsgraph.nlp.conflict_lexicon import ConflictLexicon

LOGGER = logging.getLogger(__name__)

NEGATIONS = {"not", "no", "never", "neither", "nor"}
HARM_CATEGORIES = {"dead", "injured"}


@dataclass
class Identity:
    asserted: dict[str, bool] = field(default_factory=dict)  # side -> anchored on the victims
    denied: dict[str, bool] = field(default_factory=dict)
    stated: bool = False  # by a copula: counts alone of different classes are different tolls

    def __bool__(self) -> bool:
        return bool(self.asserted or self.denied)


def _negated(tok: Token) -> bool:
    """A negation among the two words before ("were not soldiers", "labourers, not soldiers")."""
    before = [t for t in tok.doc[max(0, tok.i - 3) : tok.i] if not t.is_punct and t.pos_ != "DET"][-2:]
    return any(t.lower_ in NEGATIONS or t.lower_ == "n't" for t in before)


def _harmed(tok: Token, lex: ConflictLexicon) -> bool:
    """A counted noun of the dead or wounded: the object or subject of a killing ("killed
    five workers"), or beside a word of it ("left nine soldiers dead")."""
    head = tok.head
    words = [head, *(c for c in head.children if c is not tok)]
    return any(lex.tolls.get(w.lemma_.lower()) in HARM_CATEGORIES for w in words)


def identity_of(span: Any, lex: ConflictLexicon) -> Identity:
    """The sides (armed, unarmed) a content calls the victims (module docstring)."""
    found = Identity()
    for tok in span:
        cls = lex.victims.get(tok.lemma_.lower())
        side = lex.identity.get(cls or "")
        if side is None or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        attr = tok
        while attr.dep_ in {"conj", "appos"} and attr.head is not attr:
            attr = attr.head  # "labourers with shovels, not soldiers"
        if attr.dep_ == "attr":
            verb = attr.head
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects:
                continue
            subject = subjects[0]
            named = subject.lemma_.lower() in lex.harmed and subject.pos_ != "PRON"
            if subject.lemma_.lower() not in lex.harmed and subject.lower_ not in lex.harmed:
                continue
            target = found.denied if _negated(tok) else found.asserted
            found.stated = True
            target[side] = target.get(side, False) or named
        elif any(c.dep_ == "nummod" for c in tok.children) and _harmed(tok, lex) and not _negated(tok):
            found.asserted[side] = True
    return found


def identity_clash(a: Identity, b: Identity, agents_a: set[int], agents_b: set[int]) -> tuple[str, str] | None:
    """The two sides, when one claim's victims cannot be the other's (module docstring)."""
    if not a or not b or not (a.stated or b.stated) or (agents_a and agents_b and not agents_a & agents_b):
        return None
    for x, y in ((a, b), (b, a)):
        for side, anchored in x.asserted.items():
            for other, anchored_other in y.asserted.items():
                if other != side and (anchored or anchored_other):
                    return side, other
            if side in y.denied and (anchored or y.denied[side]):
                return side, f"not {side}"
    return None
