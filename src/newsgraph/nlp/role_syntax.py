"""Dependency-tree facts the event roles read (`nlp/event_roles.py`): the word lists that
name participant slots, and predicates for control ("asked X to"), reduced passives
("the engineer kidnapped in May") and speech acts the parser hangs inside a reported
clause ("denied that X fired and accused Y"). No actors here: plain parse facts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)

# Purposes that apply the force to their object: "used tear gas to disperse protesters"
# (not "shelled the market to terrorise civilians": the market was shelled).
FORCE_PURPOSES = frozenset(
    {"disperse", "clear", "break", "push", "drive", "scatter", "evict", "remove", "repel", "stop"}
)
# Trade a sanction cuts: "banned imports from X", "halted flights to X".
TRADE_NOUNS = frozenset({"import", "export", "shipment", "flight", "trade", "purchase", "delivery", "supply"})
# Requested acts whose possessor undergoes them ("called for Navalny's release"): that
# possessor is not the one asked; in "called for Israel's withdrawal" Israel is.
PATIENT_NOUNS = frozenset(
    {"release", "freeing", "extradition", "arrest", "prosecution", "trial", "removal", "ouster", "protection",
     "safety", "rescue", "evacuation", "return", "punishment", "detention"}
)  # fmt: skip
# Acts whose possessor undergoes them when no "of" phrase follows: "Melia's arrest",
# "the activists' detention", "Sayed's extradition" (but "Russia's arrest of X": Russia acts).
UNDERGONE_NOUNS = PATIENT_NOUNS | frozenset(
    {"kidnapping", "abduction", "imprisonment", "jailing", "expulsion", "deportation", "execution", "killing",
     "murder", "assassination", "capture", "conviction", "sentencing", "interrogation", "disappearance"}
)  # fmt: skip
# Audiences are not recipients of the act: "told reporters", "spoke to journalists".
AUDIENCE = frozenset({"reporter", "journalist", "press", "medium", "crowd", "audience", "supporter"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Prepositions whose gerund shares the main clause's subject: "retaliated by expelling",
# "after meeting the envoy, she said" (not "from": "barred X from leaving" is X's act).
SUBJECT_GERUND_PREPS = frozenset({"by", "after", "before", "while", "since", "without", "upon", "through", "despite"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Verbs of owning up to an act: "claimed responsibility for the attack".
CLAIMING_VERBS = frozenset({"claim", "take", "accept", "assume", "admit", "bear"})
# Counted crowds the parser may take for the root of a sentence ("Thousands of students protested").
MAIN_VERB_QUANTIFIERS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions"})
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
# People sent by, speaking or fighting for a state or body: "a delegation from Niger",
# "envoys from Qatar", "gunmen from the Viv Ansanm coalition".
MEMBER_NOUNS = frozenset(
    {"delegation", "official", "envoy", "representative", "negotiator", "minister", "diplomat", "team", "mission",
     "delegate", "mediator", "emissary", "gunman", "fighter", "militant", "soldier", "troop", "member", "rebel",
     "agent", "officer"}
)  # fmt: skip
# People and bodies that act for their state: "expelled three Russian diplomats" targets
# Russia; "Haitian businessmen", "Norwegian fish farms" or "Chinese companies" do not.
STATE_AGENT_NOUNS = frozenset(
    {"ambassador", "diplomat", "embassy", "consulate", "consul", "envoy", "government", "authority", "official",
     "minister", "delegation", "negotiator", "representative", "counterpart", "leader", "president", "side",
     "attaché", "agent", "spy", "military", "army", "navy", "regime", "administration", "leadership"}
)  # fmt: skip
# Targets that are a force, not a place: their demonym names that country's force.
FORCE_NOUNS = frozenset(
    {"personnel", "soldier", "troop", "force", "officer", "guard", "sailor", "crew", "fighter", "vessel", "ship",
     "boat", "patrol", "convoy", "aircraft", "jet", "warplane", "drone", "helicopter", "warship", "unit"}
)  # fmt: skip
# Weapons whose launcher is the actor of what they hit: "the drone, launched by X, hit ...".
WEAPON_NOUNS = frozenset(
    {"drone", "missile", "rocket", "shell", "bomb", "projectile", "mortar", "grenade", "munition", "torpedo"}
)
LAUNCH_VERBS = frozenset({"launch", "fire", "operate", "fly", "send", "drop", "shoot", "use", "deploy", "lob"})
# Nouns for the sides of a dispute: "the two sides", "the two countries' envoys".
BOTH_SIDES_NOUNS = frozenset(
    {"side", "party", "country", "government", "state", "leader", "nation", "delegation", "army", "military",
     "neighbour", "neighbor", "rival", "minister", "president"}
)  # fmt: skip
# Adjuncts that place a meeting before or around what its participant then did.
ADJUNCT_PREPS = frozenset({"after", "following", "during", "before"})
# Verbs whose trigger-noun subject reaches a target: "strikes killed five soldiers".
OUTCOME_VERBS = frozenset(
    {"kill", "wound", "injure", "hit", "destroy", "damage", "neutralise", "neutralize", "target", "claim", "leave"}
)
# "accused X of shelling", "blamed X for the attack": the object of the accusing verb acts.
ACCUSED_PREPS = frozenset({"of", "for", "with"})
# Object control through a preposition: "called on X to", "prevailed upon X to".
CALL_ON_VERBS = frozenset({"call", "prevail"})
# Verbs that report a clause; a speech act conjoined inside that clause is the reporter's.
# Verbs of taking up a request that leave it a request of its own: who takes it up was
# asked ("Kyiv received a request from Moscow", "the court is examining her request";
# "rejected the request" is no new request at all, see `event_filters.ANSWERING`).
RECEIVING_VERBS = frozenset({"receive", "get", "examine", "weigh", "evaluate", "assess"})
REPORTING_VERBS = frozenset(
    {"say", "deny", "tell", "add", "state", "claim", "announce", "report", "insist", "confirm", "acknowledge",
     "allege", "write", "note", "explain", "argue", "assert", "maintain", "repeat", "reiterate", "stress",
     "declare", "admit", "reply", "respond", "recall", "emphasise", "emphasize"}
)  # fmt: skip
# Verbs that state a speech act themselves: a conjunct of one shares its speaker.
SPEECH_ACT_VERBS = frozenset(
    {"call", "urge", "accuse", "blame", "demand", "ask", "warn", "appeal", "condemn", "praise", "welcome",
     "reject", "threaten", "criticise", "criticize", "denounce", "vow", "pledge", "promise"}
)  # fmt: skip


def is_member_noun(token: Token) -> bool:
    """A member noun, also when the tagger takes a capitalised plural for a name
    ("Gunmen from the coalition" lemmatised as "Gunmen")."""
    low = token.lower_
    forms = {token.lemma_.lower(), low, low.removesuffix("s"), low.removesuffix("men") + "man"}
    return bool(forms & MEMBER_NOUNS)


def acts_for_state(token: Token) -> bool:
    """Does the noun name someone acting for a state ("Russian diplomats", "the Chinese
    side", "d'affaires"), so that its demonym stands for that state as a participant?"""
    low = token.lower_
    forms = {token.lemma_.lower(), low, low.removesuffix("s")}
    return bool(forms & (STATE_AGENT_NOUNS | FORCE_NOUNS)) or is_member_noun(token) or "affaires" in low


def conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and their conjuncts ("Niger and Chad")."""
    out = list(tokens)
    for tok in tokens:
        out += [c for c in tok.children if c.dep_ == "conj"]
    return out


def control_objects(head: Token) -> list[Token]:
    """The controller of an object-control verb: "asked Russia to", "called on X to"
    (not a date: "agreed on Tuesday to pull back")."""
    # "oprd": translated "called Athens to end ...", which the parser reads as "called X Y"
    objects = [c for c in head.children if c.dep_ in {"dobj", "dative", "oprd"}]
    if not objects and head.lemma_.lower() in CALL_ON_VERBS:
        objects = [
            g
            for p in head.children
            if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
            for g in p.children
            if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
        ]
    return objects


def agent_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "by" phrase ("an attack by the Houthis")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]


def responsibility_verb(noun: Token) -> Token | None:
    """The verb that claims responsibility for an act noun ("claimed responsibility for the
    attack", "took responsibility for the bombing"), or None (not "denied responsibility")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return None
    verb = prep.head.head
    return verb if prep.head.dep_ == "dobj" and verb.lemma_.lower() in CLAIMING_VERBS else None


def missed_main_verb(node: Token) -> bool:
    """A participle the parser hung on a root quantifier ("Thousands of students
    protested", read as "thousands protested-upon"): the sentence's main verb."""
    head = node.head
    return (
        node.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.lower_ in MAIN_VERB_QUANTIFIERS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        and not any(c.dep_ == "agent" for c in node.children)
    )


def reduced_passive(node: Token) -> bool:
    """A past participle modifying a noun without an object of its own ("the engineer
    kidnapped in February") is passive: the noun undergoes the act."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in node.children)


def reporter_of(node: Token) -> Token | None:
    """The reporting verb of a conjunct the parser hangs inside a reported clause
    ("denied that police fired ... and blamed ..."; two clauses deep: "said her count
    showed it had won and called on supporters"), or None. Not when the clause is itself
    a speech act ("called for X and urged Y": one speaker), when the conjunct has a
    subject of its own, across a paragraph break the parser ran over, nor when the
    reporting verb follows a clause with a subject ("X agreed but refused Y, said Z")."""
    clause = node.head
    if clause.lemma_.lower() in REPORTING_VERBS | SPEECH_ACT_VERBS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in node.children):
        return None
    reporter = clause
    for _ in range(2):  # the reported clause, or a clause inside it
        if reporter.dep_ != "ccomp":
            return None
        reporter = reporter.head
        if reporter.pos_ == "VERB" and reporter.lemma_.lower() in REPORTING_VERBS:
            break
    else:
        return None
    if any("\n" in t.text for t in node.doc[min(reporter.i, node.i) : max(reporter.i, node.i)] if t.is_space):
        return None
    if reporter.i > node.i and any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        # "the CEC agreed to X but turned down Y, said its chairman": a reporting verb after
        # the content reports the whole of it; its conjuncts share the clause's subject
        return None
    return reporter


def both_sides_subject(verb: Token) -> bool:
    """Is the verb's subject (through control and conjoined verbs) a phrase naming both
    sides at once: "the two sides agreed", "both governments", "the two countries'
    military chiefs spoke"?"""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return any(_names_both(s) for s in subjects)
        if node.dep_ not in {"xcomp", "conj"} or node.head is node:
            return False
        node = node.head
    return False


def _names_both(noun: Token) -> bool:
    """ "both sides", "the two sides", "the two countries' ministers" (not "two soldiers",
    which counts people, unless they are sides: "the two leaders")."""
    for tok in [noun, *(c for c in noun.children if c.dep_ == "poss")]:
        words = {c.lower_ for c in tok.children if c.dep_ in {"det", "predet", "nummod"}}
        if "both" in words or ("two" in words and tok.lemma_.lower() in BOTH_SIDES_NOUNS):
            return True
    return False


# Subordinators the parser reads as prepositions, swallowing the next clause's subject as
# their object: "a week after Zagreb expelled a diplomat", "hours before police raided".
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "as"})
# Closing marks between a stranded subject and its verb: "the Security Forces (FDS) retreated".
CLOSING_MARKS = frozenset({")", "]", '"', "”", "'"})


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a finite conjunct verb that the parser hung on the previous clause,
    or None: "X entered the town and the army retreated" (the army read as a conjunct of
    the town), "NATO said ..., and Finland and Estonia agreed" (a conjunct of the last
    noun), "a week after Zagreb expelled" ("after" read as a preposition). A noun phrase
    right before the verb and right after "and"/"but" (or such an "after") is its subject;
    "X met Y and pressed Z", with no noun between "and" and the verb, shares X."""
    if verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    doc = verb.doc
    i = verb.left_edge.i - 1
    while i > 0 and doc[i].text in CLOSING_MARKS:
        i -= 1
    if i <= 0:
        return None
    noun = doc[i]
    while noun.dep_ in {"appos", "compound", "flat"} and noun.head.i < noun.i:
        noun = noun.head  # "the Security Forces (FDS)": the head of the name
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i > verb.i or verb.head.i > noun.i:
        return None
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is None:
        return None
    if noun.dep_ == "pobj":
        return noun if before.i == noun.head.i and before.text.lower() in CLAUSE_PREPS else None
    if verb.dep_ != "conj" or noun.dep_ != "conj" or before.text.lower() not in {"and", "but"}:
        return None
    # "..., and Finland and Estonia agreed": the phrase starts at the first conjunct after "and"
    while (
        noun.head.dep_ == "conj"
        and noun.head.pos_ in {"NOUN", "PROPN"}
        and noun.head.i > verb.head.i
        and noun.head.left_edge.i > 0
        and doc[noun.head.left_edge.i - 1].text.lower() in {"and", "but"}
    ):
        noun = noun.head
    top = noun
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.dep_ == "pobj" and top.head.dep_ == "agent":
        return None  # "a committee co-chaired by Japan, India and France hailed": the list closes the agent
    return noun


def participle_subject(verb: Token) -> Token | None:
    """The subject the parser gave a participle set off before a subjectless finite verb:
    "elders, gathering under a tree, pledged to return" (elders read as the subject of
    "gathering", "pledged" left without one), or None."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children
    ):
        return None
    for part in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i):
        subjects = [s for s in part.children if s.dep_ == "nsubj" and s.i < part.i]
        if subjects:
            return subjects[0]
    return None


def reporter_above(participle: Token) -> Token | None:
    """The reporting verb of a speech participle the parser hangs on a reported clause
    with no active subject: "wrote that the exchange had been started by X, calling the
    claims a pretext" (the writer calls them so), through conjoined reported clauses; or
    None."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in participle.head.children):
        return None  # "said the Houthis had rounded them up, accusing them of spying": the clause's subject
    node = participle.head
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in REPORTING_VERBS:
            return node.head
        if node.dep_ != "conj":
            return None
        node = node.head
    return None


# A speaker's own side, inside the words quoted: "we arrested three suspects", "our forces
# shot down two drones", "my government will respond".
FIRST_PERSON = frozenset({"we", "i"})
FIRST_PERSON_POSS = frozenset({"our", "my"})


def first_person_subject(trigger: Token) -> bool:
    """Is the act's author the speaker's "we" or the speaker's force or envoys ("our
    troops"; not "our children"), through control verbs and conjuncts ("we decided to
    expel", "we met them and agreed"), or is a trigger noun the speaker's own ("our
    strikes")? An active subject only: "we were attacked" is undergone."""
    if trigger.pos_ == "NOUN":
        return _first_person_owned(trigger)
    node = trigger
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass"]
        if subjects:
            return any(
                s.dep_ != "nsubjpass" and (s.lower_ in FIRST_PERSON or (acts_for_state(s) and _first_person_owned(s)))
                for s in subjects
            )
        if node.dep_ not in {"xcomp", "conj"} or node.head is node:
            return False
        node = node.head
    return False


def _first_person_owned(noun: Token) -> bool:
    """ "our forces", "my government": a first-person possessor."""
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSS for c in noun.children)


def aux_subject(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("Switzerland would not, for the
    moment, call back its staff": "Switzerland" a child of "would") is the verb's."""
    return [s for aux in verb.children if aux.dep_ == "aux" for s in aux.children if s.dep_ in SUBJECT_DEPS]


def parenthetical_governor(clause: Token) -> Token | None:
    """The clause an infinitive completes when a reporting aside stands between them:
    "The two sides agreed, the ministry said, to reopen the road" (the parser hangs "to
    reopen" on "said", itself a parataxis of "agreed"); None otherwise."""
    said = clause.head
    if clause.dep_ != "xcomp" or said.dep_ != "parataxis" or said.lemma_.lower() not in REPORTING_VERBS:
        return None
    governor = said.head
    return governor if governor.pos_ in {"VERB", "AUX", "ADJ"} and governor.i < said.i else None


def own_side(subject: Token, speaker: Callable[[Token], bool]) -> bool:
    """Does a clause's subject name the speaker's own side ("he warned that he and his
    supporters would start a hunger strike", "we and our allies will respond")? A
    first-person pronoun, a word `speaker` says stands for the speaker, or a noun either
    owns ("his supporters", "our forces"), among the subject's conjuncts."""
    for tok in conjuncts([subject]):
        if tok.lower_ in FIRST_PERSON or speaker(tok):
            return True
        if any(c.dep_ == "poss" and (c.lower_ in FIRST_PERSON_POSS or speaker(c)) for c in tok.children):
            return True
    return False
