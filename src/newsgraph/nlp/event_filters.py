"""Triggers that state no event of their own.

The event coder (`nlp/events.py`) asks these before coding a trigger:
- a participle used as a noun ("treated 31 wounded", "the most seriously wounded");
- the purpose of a meeting ("met to coordinate aid") and a meeting in a background
  clause ("... hit the building as officials were meeting");
- an order whose ordered act is the event ("ordered troops to withdraw"), troops
  "stationed" somewhere (a state, not a deployment);
- a promise whose promised act is an event ("pledged that Japan would deliver boats");
- a judgement on a request by an unnamed author ("their demands are legitimate").
- a rejection of a claim ("rejected the accusation": a denial), "asked questions";
- a request noun answered by its verb ("met their demands", "rejected the call");
- a trigger noun compounded with a list or body ("the sanctions list", "the strike committee");
- a participle inside a toll ("the number of people killed in the strike has risen to
  23"): the toll sizes the strike (`nlp/size.py`), it is no second event;
- ordinary, non-political uses of violent words (`ordinary_use`): harm by nature, disease
  or accident ("an earthquake struck", "killed in a car crash", "the virus killed 300"),
  fighting a problem ("vowed to fight corruption", "battling the pandemic", "a legal
  battle"), sport ("beat Brazil 2-1"), filming ("the film was shot in Morocco"), policies
  that "target" something, and capturing or seizing what is no one's property ("captured
  the title", "seized the opportunity").
Denials are handled through `DENIAL_CUES`: the act a speaker denies is no event.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span, Token

from newsgraph.nlp.event_senses import ordinary_sense
from newsgraph.nlp.event_types import PROMISE_VERBS, THREAT_COMPLEMENTS
from newsgraph.nlp.lexicon import TriggerEntry
from newsgraph.nlp.size import in_toll

LOGGER = logging.getLogger(__name__)

# Verbal acts: without an actor or recipient they are descriptions, not events.
SPEECH_ACTS = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "COOPERATE"})
# Cue verbs of a denial: the act they deny is no event ("denied that troops had fired").
DENIAL_CUES = frozenset({"deny", "dismiss", "refute", "reject", "rule", "dispute", "rebut"})
# "rejected the accusation": a denial of a claim, not a refusal of a demand (gold conventions).
DENIED_CLAIMS = frozenset(
    {"accusation", "allegation", "claim", "report", "charge", "suggestion", "assertion", "account", "version"}
)
# "visited detention centres": a site visited is no party met.
VISITED_SITES = frozenset(
    {"centre", "center", "facility", "site", "hospital", "camp", "prison", "school", "factory", "plant",
     "shelter", "ruin", "scene", "morgue", "jail", "ward", "clinic", "mine", "farm", "area"}
)  # fmt: skip
# "Whoever burns a building ...": a generic agent states a condition, not an act.
GENERIC_SUBJECTS = frozenset({"whoever", "whomever", "anyone", "anybody"})
# Nouns that name a unit as well as its activity ("the patrol approached").
UNIT_NOUNS = frozenset({"patrol"})
# Verbs that answer a demand: "met their demands", "gave in to the demands".
ANSWERING = frozenset(
    {"agree", "accept", "meet", "reject", "refuse", "ignore", "heed", "satisfy", "fulfil", "fulfill", "grant",
     "answer", "bow", "yield", "cave", "accede", "give", "concede", "dismiss", "rebuff", "spurn", "consider",
     "address", "review", "study", "discuss"}
)  # fmt: skip
# "the sanctions list", "the sanctions committee": a trigger noun naming a list or body.
LIST_NOUNS = frozenset(
    {"list", "blacklist", "register", "registry", "committee", "panel", "expert", "monitor", "evasion", "lawyer",
     "official", "office", "envoy", "regime", "database"}
)  # fmt: skip
# Harm by nature, disease or accident: no actor, no political event ("an earthquake struck",
# "killed in a car crash", "the virus killed 300").
NATURAL_CAUSES = frozenset(
    {"earthquake", "quake", "tremor", "aftershock", "storm", "cyclone", "hurricane", "typhoon", "tornado",
     "flood", "flooding", "rain", "rainfall", "downpour", "landslide", "mudslide", "avalanche", "tsunami",
     "eruption", "volcano", "wildfire", "blaze", "bushfire", "drought", "heatwave", "heat", "lightning",
     "virus", "disease", "outbreak", "epidemic", "pandemic", "cholera", "measles", "malaria", "covid",
     "illness", "cancer", "infection", "famine", "crash", "accident", "collision", "derailment", "stampede",
     "snowstorm", "blizzard", "wind", "wave", "weather", "cold", "fever", "ebola", "dengue", "mpox"}
)  # fmt: skip
# A bare "fire" as the subject is an accident; "Israeli fire", "tank fire" (a modifier)
# may be an attack. (An explosion or blast is often an attack: never filtered.)
ACCIDENTS = frozenset({"fire", "blaze"})
# "vowed to fight corruption", "battling the pandemic": a problem fought is no enemy.
PROBLEMS = NATURAL_CAUSES | frozenset(
    {"corruption", "poverty", "inflation", "crime", "disinformation", "misinformation", "climate", "change",
     "unemployment", "hunger", "fraud", "smuggling", "trafficking", "addiction", "obesity", "pollution",
     "deforestation", "racism", "discrimination", "fire", "fake", "extremism", "radicalisation",
     "radicalization", "impunity", "tax", "evasion", "cost", "price", "deficit", "debt", "recession",
     "illiteracy", "graft", "bribery", "abuse", "sexism", "inequality", "poaching", "spread", "surge", "case",
     "wildfires", "odds", "fatigue", "emission", "stigma", "bureaucracy"}
)  # fmt: skip
# "a legal battle", "a political fight": a contest fought in courts, votes or words.
CONTESTS = frozenset(
    {"legal", "court", "courtroom", "political", "custody", "election", "electoral", "diplomatic", "uphill",
     "leadership", "succession", "budget", "policy", "trade", "verbal", "public", "bidding", "ratings",
     "title", "relegation", "cancer", "personal", "internal", "jurisdictional", "lengthy", "long"}
)  # fmt: skip
FIGHTING = frozenset({"fight", "battle", "combat", "tackle", "target", "attack", "fighting"})
# Sport: a score ("2-1", "3-0") or a sporting object makes a win no assault.
SPORTS_WORDS = frozenset(
    {"match", "game", "final", "semifinal", "semi", "tournament", "cup", "league", "championship", "goal",
     "penalty", "trophy", "title", "medal", "race", "round", "set", "series", "innings", "wicket", "point"}
)  # fmt: skip
# "the film was shot in Morocco", "shot a video": filming.
FILMED = frozenset(
    {"film", "movie", "video", "scene", "footage", "documentary", "episode", "series", "picture", "photo",
     "photograph", "commercial", "clip", "advert", "advertisement", "music", "sequence", "shot", "season"}
)  # fmt: skip
# "the policy targets inflation": a measure as subject of "target" or "hit" is no assault.
MEASURES = frozenset(
    {"policy", "measure", "law", "plan", "programme", "program", "bill", "rule", "reform", "tax", "tariff",
     "budget", "regulation", "scheme", "initiative", "strategy", "legislation", "proposal", "campaign",
     "sanction", "ban", "restriction", "decision", "move", "order", "crisis", "shortage", "price", "cut",
     "inflation", "slump", "downturn", "recession", "scandal", "news", "report", "criticism", "economy"}
)  # fmt: skip
# "captured the title", "seized the opportunity", "took the lead": no property taken.
NOT_PROPERTY = frozenset(
    {"trophy", "title", "medal", "seat", "vote", "championship", "imagination", "attention", "heart",
     "moment", "opportunity", "chance", "initiative", "momentum", "lead", "headline", "market", "share",
     "mood", "spirit", "essence", "image", "footage", "victory", "win", "crown", "gold", "silver", "bronze",
     "point", "pole", "majority", "power", "nomination", "prize", "award", "record", "occasion", "day"}
)  # fmt: skip
SEIZING = frozenset({"capture", "seize", "grab", "take", "snatch"})
# "accused Israel of sabotaging the talks": destroying a process, not a thing, is no attack.
PROCESSES = frozenset(
    {"talk", "talks", "negotiation", "process", "effort", "deal", "agreement", "accord", "ceasefire", "truce",
     "dialogue", "mediation", "plan", "initiative", "election", "vote", "reform", "peace", "relation", "bid"}
)  # fmt: skip
# "launched a campaign to fight disinformation": a campaign is military only when it says so.
MILITARY_CAMPAIGNS = frozenset(
    {"military", "air", "aerial", "bombing", "ground", "drone", "missile", "artillery", "terror", "sabotage",
     "counterinsurgency", "counteroffensive", "armed", "guerrilla", "insurgent", "assassination", "naval",
     "offensive", "shelling", "strike", "kidnapping", "killing", "violent"}
)  # fmt: skip
# A participle with none of these is no clause of its own.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass", "prep"})
# "wanted to loot": what someone wants done is no event.
DESIRES = frozenset({"want", "wish", "intend"})
# "the ability to seize ports", "the right to protest": a capacity, not an act.
CAPACITIES = frozenset({"ability", "capability", "capacity", "right", "power", "authority", "freedom"})
# "who call themselves the Northern Brigade": a name, not an act.
REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself", "ourselves", "myself", "yourself"})
# Verbs of asking whose complement is the act requested, not an act done ("urged Russia
# to withdraw": one REQUEST; the withdrawal has not happened).
ASKING = frozenset(
    {"urge", "call", "ask", "demand", "press", "appeal", "implore", "request", "encourage", "beg", "plead",
     "exhort", "invite", "challenge", "push", "lobby"}
)  # fmt: skip
# What "ask" asks when it is a question, not a request ("asked his name", "asked for
# comment", "asked whether the army would withdraw").
ASKED_QUESTIONS = frozenset({"question", "name"})
ASKED_RESPONSES = frozenset({"comment", "reaction", "response", "confirmation"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})
# "killed and 340 injured across the region": a toll summed over a country is no one act.
AGGREGATE_PREPS = frozenset({"across", "throughout", "nationwide"})
# "released a statement / a video": a publication, not a release of people.
PUBLICATIONS = frozenset(
    {"statement", "video", "footage", "report", "figure", "data", "photo", "photograph", "image", "picture",
     "recording", "audio", "document", "communique", "communiqué", "result", "detail", "name", "list", "text",
     "transcript", "album", "song", "film", "book", "clip", "tape", "message", "letter", "budget", "forecast",
     "guideline", "plan", "map", "estimate", "toll", "finding", "record", "file", "update", "version"}
)  # fmt: skip
# Acts of which a detention or a sentence is the answer: "arrested for looting" states
# the charge, not an act the text reports.
PUNISHING = frozenset({"COERCE", "SANCTION"})


def nominal_participle(token: Token) -> bool:
    """ "the most seriously wounded", "treated 31 wounded": a participle used as a noun."""
    if token.tag_ not in {"VBN", "VBD"}:
        return False
    own = {c.dep_ for c in token.children}
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if not own & ARGUMENT_DEPS and previous is not None and previous.pos_ == "NUM":
        return True  # "some 40 wounded": a count of people, no clause of its own
    return any(
        (c.dep_ == "det" and c.i < token.i)
        or (c.dep_ == "nummod" and c.i < token.i)
        or (c.dep_ == "advmod" and c.lower_ == "most")
        for c in token.children
    ) or any(c.dep_ == "advmod" and c.lower_ == "most" for a in token.children for c in a.children)


def no_event_of_its_own(token: Token, entry: TriggerEntry, triggers: dict[int, TriggerEntry]) -> bool:
    """Triggers that state no event apart from another one or from a state of affairs."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    objects = {c.lemma_.lower() for c in children if c.dep_ in {"dobj", "nsubjpass"}}
    if entry.event == "REJECT" and objects & DENIED_CLAIMS:
        return True  # "the RSF rejected the accusation": a claim with stance deny
    if entry.event == "REQUEST" and lemma == "ask" and _a_question(children, objects):
        return True  # "he asked questions", "when asked for comment", "asked whether ...": no request
    if in_toll(token):
        return True  # "the number of people killed in the strike": a toll, not an event
    if entry.event == "REQUEST" and token.pos_ == "NOUN" and _answered(token):
        return True  # "agreed to the students' demands": the demand is older than this act
    if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.lemma_.lower() in LIST_NOUNS:
        return True  # "removed from the sanctions list", "the sanctions committee": no act
    if entry.event in {"ASSAULT", "COERCE"} and ordinary_use(token, entry, children):
        return True  # "an earthquake struck", "vowed to fight corruption", "beat Brazil 2-1"
    head = triggers.get(token.head.i)
    if entry.event in SPEECH_ACTS and "to" in aux and head is not None and head.event != "PROTEST":
        # "marched to demand accountability" stays a REQUEST: a protest states its demand
        if token.dep_ == "advcl" or (token.dep_ == "xcomp" and head.event == "CONSULT"):
            return True  # "met to coordinate aid": the purpose of the meeting, not a second event
    if entry.event == "RETREAT" and entry.mode == "release" and _published(token, children):
        return True  # "released a statement", "the release of the report": a publication
    if _not_an_act(token, entry, children, triggers):
        return True  # a capacity, a self-name, an act asked for, a charge, a summed toll
    if entry.event == "CONSULT" and entry.mode == "visit" and token.pos_ == "VERB" and objects & VISITED_SITES:
        return True  # "visited detention centres": an inspection of a site, not a visit to a party
    if token.dep_ == "advcl" and _open_condition(token, children):
        return True  # "will fight until the siege is lifted": a condition, not an event
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in DESIRES:
        return True  # "bandits who wanted to loot the shops": a wish, no act
    if entry.event == "CONSULT" and entry.mode == "visit" and entry.preps and _unnamed_destination(token, entry):
        return True  # "flew to the area", "travelled to the scene": a journey, no visit to a party
    if any(c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS for c in children):
        return True  # "whoever burns a public building will rot in prison": no act, a condition
    if token.pos_ == "NOUN" and lemma in UNIT_NOUNS and token.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "the Greek patrol never approached the boat": the unit, not a deployment
    if (
        entry.event in {"CONSULT", "COOPERATE"}
        and token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and aux & {"was", "were"}
        and any(c.dep_ == "mark" and c.lower_ in {"as", "while"} for c in children)
    ):
        return True  # "... hit the building as officials were meeting": background
    if entry.event == "MOBILIZE" and lemma == "order" and any(c.dep_ == "xcomp" for c in children):
        return True  # "ordered troops to withdraw": the ordered act is the event
    if entry.event == "MOBILIZE" and lemma == "station" and token.dep_ == "acl":
        return True  # "troops stationed in the region": where they are, not a deployment
    # "pledged that Japan would deliver boats", "promised the distribution of food": the
    # promised act is the event (marked future); a promised violence makes the promise a
    # threat ("vowed to retake the city": THREATEN, the retaking no event of its own)
    if token.dep_ == "xcomp" and lemma in THREAT_COMPLEMENTS and token.head.lemma_.lower() in PROMISE_VERBS:
        return triggers.get(token.head.i) is not None
    return (
        entry.event == "AGREE"
        and lemma in PROMISE_VERBS
        and any(
            c.dep_ in {"xcomp", "ccomp", "dobj"} and c.i in triggers and c.lemma_.lower() not in THREAT_COMPLEMENTS
            for c in children
        )
    )


def _a_question(children: list[Token], objects: set[str]) -> bool:
    """ "asked his name", "asked about the strike", "when asked for comment", "asked the
    minister whether ...": a question put, not an act requested."""
    if objects & ASKED_QUESTIONS:
        return True
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in ASKED_RESPONSES for g in child.children):
                return True
        if child.dep_ == "ccomp" and child.left_edge.lower_ in QUESTION_WORDS:
            return True
    return False


def _not_an_act(token: Token, entry: TriggerEntry, children: list[Token], triggers: dict[int, TriggerEntry]) -> bool:
    """Words of an event that state no act here (looks at the trigger's own children and
    its head chain only):
    - a capacity or right: "the ability to seize ports", "the right to protest";
    - a self-name: "who call themselves the Northern Brigade";
    - the purpose of another act: "summoned the ambassador to protest the raids";
    - the act asked for in a request: "urged the rebels to free the hostages";
    - the charge of a detention: "arrested 12 men for looting shops";
    - a talk with the reporter: "speaking by phone, he said";
    - a toll summed over a region: "40 people had been killed across the country";
    - a custody held over time: "has been held by the group since 2019"."""
    lemma = token.lemma_.lower()
    clause = token
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "to free the hostages and to withdraw": the first conjunct decides
    head = clause.head
    if clause.dep_ in {"acl", "xcomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in CAPACITIES:
        return True
    if (
        lemma == "protest"
        and token.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and head.i in triggers
    ):
        return True  # "summoned the ambassador to protest the raids", "marched to protest": the purpose
    if entry.mode != "explosives" and any(c.dep_ in {"dobj", "oprd"} and c.lower_ in REFLEXIVES for c in children):
        return True  # "declared themselves winners"; but "blew himself up" is a suicide bombing
    if (
        (
            clause.dep_ in {"xcomp", "ccomp"}
            or (clause.dep_ == "advcl" and any(c.lower_ == "to" for c in clause.children))
        )
        and head.pos_ == "VERB"
        and head.lemma_.lower() in ASKING
        and (head.i in triggers and triggers[head.i].event == "REQUEST")
        and entry.event != "REQUEST"
    ):
        return True
    if (
        token.tag_ == "VBG"
        and clause.dep_ == "pcomp"
        and head.lower_ == "for"
        and head.head.i in triggers
        and triggers[head.head.i].event in PUNISHING
    ):
        return True
    if entry.event == "CONSULT" and entry.mode == "phone" and token.tag_ == "VBG" and token.dep_ != "ROOT":
        party = any(
            c.dep_ in {"dobj", "nsubj"} or (c.dep_ == "prep" and c.lower_ in {"with", "to"} and any(c.children))
            for c in children
        )
        if not party:
            return True
    if (
        entry.event == "ASSAULT"
        and token.tag_ == "VBN"
        and not any(c.dep_ == "agent" for c in children)
        and any(c.dep_ == "nsubjpass" and (c.like_num or any(n.dep_ == "nummod" for n in c.children)) for c in children)
        and _summed(children)
    ):
        return True
    if _habitual(token, children):
        return True
    return (
        lemma == "hold"
        and entry.event in {"ASSAULT", "COERCE"}
        and entry.mode in {"abduct", "arrest"}
        and _held(token, children)
    )


def _held(token: Token, children: list[Token]) -> bool:
    """A custody stated as a state, not as an act (docs/gold-format.md): "held since 2019",
    "the prisoners held in its jails", "is being held by the group", "are held in Evin"."""
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in children):
        return True
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return True
    return any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "VBG"} for c in children
    )


def _habitual(token: Token, children: list[Token]) -> bool:
    """ "the agency, which coordinates surveillance for 17 states": a non-restrictive relative
    clause in the simple present describes what the actor does, not an act reported now."""
    if token.dep_ != "relcl" or token.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in children):
        return False
    edge = token.left_edge
    return edge.i > 0 and edge.nbor(-1).text == "," and edge.lower_ in {"which", "who"}


def _published(token: Token, children: list[Token]) -> bool:
    """The thing released is a text, a picture or figures ("released a video")."""
    things = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in PUBLICATIONS for t in things)


def _summed(children: list[Token]) -> bool:
    """ "across the region" on the trigger or on the toll joined to it ("killed and 340
    injured across the region")."""
    scope = list(children)
    for c in children:
        if c.dep_ == "conj":
            scope += list(c.children)
            scope += [g for a in c.children if a.dep_ == "acl" for g in a.children]
    return any(t.lower_ in AGGREGATE_PREPS for t in scope)


def ordinary_use(token: Token, entry: TriggerEntry, children: list[Token]) -> bool:
    """A violent or seizing word in its ordinary, non-political sense (see the module
    docstring). Looks only at the trigger's own children and head: no sentence scan."""
    lemma = token.lemma_.lower()
    subjects = [c for c in children if c.dep_ in {"nsubj", "csubj"}]
    subjects += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.dep_ in {"advcl", "conj", "xcomp"} and token.tag_ == "VBG":
        # "A fire broke out at a market, killing 5 people": the head's subject did it
        subjects += [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if token.dep_ == "nsubj" or token.pos_ == "NOUN":
        subjects += [c for c in children if c.dep_ in {"compound", "amod"}]  # "flood damage"
    subject_lemmas = {s.lemma_.lower() for s in subjects}
    if entry.event == "ASSAULT" and subject_lemmas & NATURAL_CAUSES:
        return True  # "an earthquake struck", "the virus killed 300 people"
    if entry.event == "ASSAULT" and any(
        s.lemma_.lower() in ACCIDENTS and not any(m.dep_ in {"amod", "compound", "poss"} for m in s.children)
        for s in subjects
    ):
        return True  # "a fire broke out at a market, killing 5": a bare fire
    causes = {
        g.lemma_.lower()
        for c in children
        if c.dep_ == "prep" and c.lower_ in {"in", "by", "during", "from"}
        for g in c.children
        if g.dep_ == "pobj"
    }
    if entry.event == "ASSAULT" and token.tag_ == "VBN" and causes & NATURAL_CAUSES:
        return True  # "three people were killed in a car crash"
    objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    object_lemmas = {o.lemma_.lower() for o in objects}
    object_lemmas |= {m.lemma_.lower() for o in objects for m in o.children if m.dep_ in {"compound", "amod"}}
    if lemma in FIGHTING and token.pos_ == "VERB" and object_lemmas & PROBLEMS:
        return True  # "vowed to fight corruption", "battling a surge of cases"
    if lemma in FIGHTING and token.pos_ == "VERB" and subject_lemmas & MEASURES:
        return True  # "the policy targets inflation"
    if lemma in {"battle", "fight", "fighting"} and token.pos_ == "NOUN":
        modifiers = {c.lemma_.lower() for c in children if c.dep_ in {"amod", "compound", "nmod"}}
        if modifiers & CONTESTS:
            return True  # "a legal battle with the EU"
        against = {g.lemma_.lower() for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
        if against & PROBLEMS:
            return True  # "the fight against corruption"
    if lemma in {"hit", "strike"} and token.pos_ == "VERB" and subject_lemmas & MEASURES:
        return True  # "the sanctions hit the economy", "the crisis struck"
    if entry.event == "ASSAULT" and entry.mode in {None, "beat"} and _sport(token, children, object_lemmas):
        return True  # "Argentina beat Brazil 2-1"
    if lemma == "shoot" and (object_lemmas & FILMED or subject_lemmas & FILMED):
        return True  # "the film was shot in Morocco"
    if lemma in SEIZING and object_lemmas & NOT_PROPERTY:
        return True  # "captured the title", "seized the opportunity"
    if entry.event == "ASSAULT" and entry.mode == "destroy":
        of_objects = {g.lemma_.lower() for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
        heads = {o.lemma_.lower() for o in objects} | (of_objects if token.pos_ == "NOUN" else set())
        if heads & PROCESSES:
            return True  # "sabotaging the talks", "the sabotage of the peace process"
    if ordinary_sense(token, entry.event, subject_lemmas, object_lemmas):
        return True  # "charged their phones", "the striker shot wide", "seized on the news"
    if lemma == "launch" and entry.event == "ASSAULT":
        for obj in objects:
            if obj.lemma_.lower() == "campaign" and not any(
                m.lemma_.lower() in MILITARY_CAMPAIGNS for m in obj.children if m.dep_ in {"amod", "compound"}
            ):
                return True  # "launched a campaign to fight disinformation"
    return False


def _sport(token: Token, children: list[Token], object_lemmas: set[str]) -> bool:
    """A win in sport: a score among the trigger's words ("2-1") or a sporting object."""
    if token.pos_ != "VERB":
        return False
    if object_lemmas & SPORTS_WORDS:
        return True
    doc = token.doc
    for c in children:
        if c.dep_ == "prep" and any(g.lemma_.lower() in SPORTS_WORDS for g in c.children if g.dep_ == "pobj"):
            return True
        if (c.dep_ != "dobj" and _score(c)) or (c.i + 2 < len(doc) and c.like_num and _score(doc[c.i : c.i + 3])):
            return True
    return False


def _score(span: Token | Span) -> bool:
    """ "2-1" as one token, or "2 - 1" as three."""
    text = span.text.replace(" ", "").replace("\u2013", "-")
    left, dash, right = text.partition("-")
    return bool(dash) and left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2


def _answered(noun: Token) -> bool:
    """A request noun that is the object of a verb answering it ("met their demands",
    "agreed to the students' demands", "rejected the call"): no new request."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return noun.dep_ in {"dobj", "pobj", "nsubjpass"} and head.pos_ == "VERB" and head.lemma_.lower() in ANSWERING


def characterised(noun: Token) -> bool:
    """A trigger noun whose only author is a pronoun, as the subject of a judgement:
    "their demands are legitimate"."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return False
    if not any(c.dep_ in {"acomp", "attr"} for c in noun.head.children):
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _unnamed_destination(token: Token, entry: TriggerEntry) -> bool:
    """A journey ("travel to", "fly to", "arrive in") whose destination is a common noun
    ("the area", "the scene", "the region") names no host to visit."""
    places = [g for p in token.children if p.dep_ == "prep" and p.lower_ in entry.preps for g in p.children]
    places = [g for g in places if g.dep_ == "pobj"]
    return bool(places) and all(g.pos_ == "NOUN" and not g.ent_type_ for g in places)


def _open_condition(token: Token, children: list[Token]) -> bool:
    """A clause under "until"/"unless" in the present ("until the siege is lifted",
    "unless they withdraw"): what must happen first, not what happened."""
    if not any(c.dep_ == "mark" and c.lower_ in {"until", "unless"} for c in children):
        return False
    tags = {token.tag_} | {c.tag_ for c in children if c.dep_ in {"aux", "auxpass"}}
    return not tags & {"VBD", "VBN"} or any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in children)
