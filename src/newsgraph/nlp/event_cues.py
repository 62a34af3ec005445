"""Syntactic cues the type refiner (`nlp/event_types.py`) reads around a trigger.

Small predicates on a trigger and its children, with the word lists they use: whether a
verb is refused ("does not accept"), addressed ("called Athens to end ..."), a phone call
("called Macron on Sunday"), a threat with an infinitive ("threatened to invade"), a
conditional ("if ..."), or a joint act ("joint patrols", "jointly investigate"). None of
them scans more than the trigger's children and their children.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

LOGGER = logging.getLogger(__name__)

# "joint patrols", "joint exercises": a shared military activity is cooperation.
JOINT = frozenset({"joint", "combined", "bilateral"})
CROWDS = frozenset(
    {"protesters", "demonstrators", "rioters", "mob", "crowd", "crowds", "youths", "supporters", "strikers",
     "activists"}
)  # fmt: skip
ANSWERS = frozenset({"answer", "response", "reply", "consequence", "retaliation", "punishment"})
# "called Erdogan to discuss the grain deal": the purpose of a phone call, not a request.
CONVERSATION_VERBS = frozenset(
    {"discuss", "talk", "congratulate", "thank", "express", "convey", "brief", "inform", "update", "coordinate",
     "review", "exchange", "share", "offer", "wish", "extend", "condole", "console", "reassure", "assure",
     "check", "follow", "catch", "consult", "tell"}
)  # fmt: skip
# Named entities that take a phone call: a person, a state, an organisation.
CALLED_PARTIES = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# Adverbs of acting together: "will jointly develop", "agreed to jointly investigate".
JOINTLY = frozenset({"jointly"})
# "joint patrols", "joint exercises": military cooperation, whichever verb carries them.
JOINT_ACTIVITIES = frozenset({"patrol", "exercise", "drill", "manoeuvre", "maneuver", "operation", "training"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# "anyone who resists will be met with force": a target stated as a condition
ANY_ONE = frozenset({"anyone", "anybody", "whoever"})
# "vowed to continue attacks": verbs that carry on or step up the act named as their object.
CONTINUING = frozenset(
    {"continue", "step", "intensify", "escalate", "expand", "resume", "keep", "carry", "launch", "widen", "broaden",
     "extend", "increase"}
)  # fmt: skip
# "ready to use force": a violent act the actor declares itself ready for is a threat.
READY = frozenset({"ready", "prepared", "willing", "determined", "poised"})
# "did not rule out military action": what is not ruled out is threatened.
NOT_RULED_OUT = {
    "action": "violence", "force": "violence", "strike": "violence", "option": "violence",
    "intervention": "violence", "operation": "violence", "attack": "violence", "response": "violence",
    "retaliation": "violence", "sanction": "restrict", "measure": "restrict", "step": "restrict",
}  # fmt: skip
# "seized the tanker": a vessel or vehicle seized is property, even when it bears a name.
# Nouns for people: "the women they had seized" is an abduction, not a seizure of goods.
PEOPLE = frozenset(
    {"people", "person", "woman", "man", "child", "girl", "boy", "villager", "civilian", "student", "pupil",
     "worker", "resident", "passenger", "tourist", "farmer", "fisherman", "journalist", "hostage",
     "schoolgirl", "schoolboy", "teacher", "priest", "nun", "engineer", "foreigner", "sailor", "crew"}
)  # fmt: skip
# Resultative adjectives that act as a verb's particle: "set free 146 detainees", "were
# set free", "set the hostages free" (lexicon entries name them as `particle`).
RESULT_PARTICLES = frozenset({"free"})
RESULT_DEPS = frozenset({"oprd", "ccomp", "advmod", "acomp", "xcomp", "advcl"})
PROPERTY = frozenset(
    {"tanker", "ship", "vessel", "boat", "yacht", "cargo", "aircraft", "plane", "truck", "vehicle", "car", "shipment",
     "asset", "property", "weapon", "arm"}
)  # fmt: skip


def joint_reason(trigger: Token, verbal: bool) -> str:
    """Why a military act or an investigation is cooperation: "joint patrols", "held joint
    drills" (a joint activity as the object), "jointly investigate"."""
    if not verbal:
        return "'joint' activity is military cooperation" if has_modifier(trigger, JOINT) else ""
    if any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in trigger.children):
        return "an act done 'jointly' is cooperation"
    for obj in trigger.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in JOINT_ACTIVITIES and has_modifier(obj, JOINT):
            return "'joint' activity is military cooperation"
    return ""


def object_lemmas(verb: Token) -> set[str]:
    return {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}


def agentive_infinitive(children: list[Token]) -> bool:
    """ "threatened to invade": a to-infinitive with no subject of its own (the threatener acts)."""
    return any(
        c.dep_ == "xcomp"
        and c.pos_ in {"VERB", "AUX"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children)
        for c in children
    )


def phone_call(children: list[Token]) -> bool:
    """ "called Macron on Sunday", "called Erdogan to discuss the grain deal": a named
    party as object, no predicate ("called the verdict a farce"), no "on"/"for" argument
    ("called on X", "called for X"), no particle ("called off"), and no complement other than
    the purpose of a conversation ("called Athens to end the pushbacks" is a request)."""
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].ent_type_ not in CALLED_PARTIES or objects[0].pos_ != "PROPN":
        return False
    if any(c.dep_ in {"oprd", "prt", "ccomp", "dative"} for c in children):
        return False
    if any(c.dep_ == "appos" for c in objects[0].children):
        return False  # "called Hamas, a terrorist group"
    for c in children:
        if c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"}:
            if not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children):
                return False
        if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() not in CONVERSATION_VERBS:
            return False
    return True


def passive(children: list[Token]) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)


def refused(children: list[Token]) -> bool:
    """ "does not accept", "will accept no lessons": a negated agreeing verb."""
    return any(c.dep_ == "neg" for c in children) or any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in children
    )


def addressed_request(children: list[Token]) -> bool:
    """ "called Athens to end ...": an addressee and an infinitive of what is asked."""
    return any(c.dep_ in {"dobj", "oprd"} and c.pos_ in {"PROPN", "NOUN"} for c in children) and any(
        c.dep_ in {"xcomp", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in children
    )


def infinitive(verb: Token) -> bool:
    """ "appealed to the government to extend its permission": an act asked for."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in {"xcomp", "ccomp"}
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def without_answer(children: list[Token]) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "without" and any(g.lemma_.lower() in ANSWERS for g in c.children)
        for c in children
    )


def has_modifier(token: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in {"amod", "compound", "nmod", "npadvmod"} and c.lemma_.lower() in words for c in token.children)


def conditional(trigger: Token) -> bool:
    """ "would close the crossings if ...": an if/unless clause; or a target stated as a
    condition, "any aircraft that tries to land", "anyone who resists" (a warning, not a report)."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in trigger.children
    ) or (not _past(trigger) and any(c.dep_ in {"dobj", "nsubjpass"} and _any_who(c) for c in trigger.children))


def _past(verb: Token) -> bool:
    """ "had arrested any protester who ...", "shot down any drone that ...": a past act is
    reported, not threatened."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False  # "would arrest", "will be shot down"
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxes)


def _any_who(target: Token) -> bool:
    """ "any aircraft that tried to land", "anyone who resists": a conditional target."""
    if not any(c.dep_ in {"relcl", "acl"} for c in target.children):
        return False
    return target.lower_ in ANY_ONE or any(c.dep_ == "det" and c.lower_ == "any" for c in target.children)


def is_crowd(name: str) -> bool:
    return any(word in CROWDS for word in name.lower().split())


def crowd_subject(trigger: Token) -> bool:
    """ "the protesters agreed to reopen the port": the subject of the trigger, or of the
    verb whose complement it is, is a crowd."""
    verbs = [trigger] + ([trigger.head] if trigger.dep_ in {"xcomp", "conj"} else [])
    return any(c.dep_ == "nsubj" and c.lower_ in CROWDS for v in verbs for c in v.children)


def for_ransom(trigger: Token) -> bool:
    """ "rounded up villagers for ransom": an arrest verb whose purpose is a ransom."""
    # the "for" phrase may hang from the object: "rounded up villagers for ransom"
    heads = [trigger] + [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "ransom" for g in c.children)
        for h in heads
        for c in h.children
    )


def infinitive_marker(verb: Token) -> bool:
    """A bare to-infinitive: "to widen" (no subject of its own)."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children
    )


# "barred them from entering the country": an entry ban on foreigners is a sanction; "from
# entering the square" (a police cordon) stays a restriction.
ENTRY_VERBS = frozenset({"enter", "entry", "travel"})
ENTERED = frozenset({"country", "territory"})


def barred_entry(trigger: Token) -> bool:
    """ "barred three generals from entering the country", "banned from travelling to"."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for act in prep.children:
            if act.lemma_.lower() not in ENTRY_VERBS:
                continue
            places = [c for c in act.children if c.dep_ in {"dobj", "prep"}]
            places += [g for c in places if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            objects = [c for c in places if c.dep_ in {"dobj", "pobj"}]
            if not objects or any(o.lemma_.lower() in ENTERED or o.ent_type_ == "GPE" for o in objects):
                return True
    return False


def result_particles(verb: Token, after: Token | None) -> list[Token]:
    """The resultative adjective of a phrasal verb: right after it ("set free 146
    detainees", "were set free"), or after its object ("set the hostages free", read as
    the verb's complement or as an adjective placed after the object noun)."""
    found = [c for c in verb.children if c.lower_ in RESULT_PARTICLES and c.dep_ in RESULT_DEPS]
    found += [
        a for o in verb.children if o.dep_ == "dobj" for a in o.children
        if a.dep_ == "amod" and a.i > o.i and a.lower_ in RESULT_PARTICLES
    ]  # fmt: skip
    if after is not None and after.lower_ in RESULT_PARTICLES and after not in found:
        found.append(after)
    return found
