"""Breadth of the trigger lexicon (`nlp/data/events/*.yaml`, issue #5): one sentence per
group of added words, asserting the type (and mode where the entry sets one), and
negative sentences for the words constrained by objects, prepositions or particles.
Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from event_helpers import extract
from newsgraph import Pipeline
from newsgraph.nlp.event_types import TypeRefiner

POSITIVE = [
    # CONSULT
    (
        "Ruritanian Foreign Minister Ivo Brandt exchanged views with his Bordurian counterpart on Monday.",
        "CONSULT",
        None,
        "exchanged",
    ),
    ("French and German officials held a teleconference on Monday.", "CONSULT", "phone", "teleconference"),
    ("Qatar facilitated talks between Ruritania and Borduria on Monday.", "CONSULT", "third-party", "facilitated"),
    # AGREE
    ("Ruritania and Borduria hammered out a deal on grain exports on Monday.", "AGREE", None, "hammered"),
    ("Ruritania forged a trade agreement with Borduria on Monday.", "AGREE", None, "forged"),
    ("Ruritania renewed the fishing treaty with Borduria on Monday.", "AGREE", None, "renewed"),
    # SUPPORT
    ("Ruritanian President Ivo Brandt extolled the Bordurian mediators on Monday.", "SUPPORT", None, "extolled"),
    ("Ruritanian leaders paid tribute to the Bordurian rescuers on Monday.", "SUPPORT", None, "tribute"),
    ("France lent its support to the German proposal on Monday.", "SUPPORT", None, "lent"),
    ("France threw its weight behind the German candidate on Monday.", "SUPPORT", None, "threw"),
    # COOPERATE
    ("Ruritania teamed up with Borduria to fight smuggling.", "COOPERATE", None, "teamed"),
    ("Ruritania joined forces with Borduria against the smugglers.", "COOPERATE", None, "joined"),
    # AID
    ("Ruritania airlifted medicine to Borduria on Monday.", "AID", None, "airlifted"),
    ("Ruritania shipped ammunition to Borduria on Monday.", "AID", None, "shipped"),
    ("Iran financed the Houthi militia for years, the report said.", "AID", None, "financed"),
    # CONCEDE
    ("The Ruritanian government caved in to the demands of the striking miners on Monday.", "CONCEDE", None, "caved"),
    ("The Ruritanian government bowed to pressure from the miners on Monday.", "CONCEDE", None, "bowed"),
    ("The Ruritanian government rescinded the fuel price decree on Monday.", "CONCEDE", None, "rescinded"),
    ("The Ruritanian government rolled back the fuel tax on Monday.", "CONCEDE", None, "rolled"),
    # RETREAT
    ("Bordurian troops abandoned their positions near Varnsk on Monday.", "RETREAT", "withdraw", "abandoned"),
    ("The rebels gave up their weapons on Monday.", "RETREAT", "disarm", "gave"),
    ("Ruritania ceded control of the Varnsk region to Borduria on Monday.", "RETREAT", "withdraw", "ceded"),
    ("The Ruritanian army dismantled the checkpoints near Varnsk on Monday.", "RETREAT", "access", "dismantled"),
    # REQUEST
    ("The Ruritanian government exhorted Borduria to release the prisoners.", "REQUEST", None, "exhorted"),
    ("Ukraine applied for membership of the European Union on Monday.", "REQUEST", None, "applied"),
    # REJECT
    ("Ruritanian President Ivo Brandt ruled out talks with Borduria on Monday.", "REJECT", None, "ruled"),
    ("The Ruritanian government brushed aside the Bordurian proposal on Monday.", "REJECT", None, "brushed"),
    ("France balked at the German proposal on Monday.", "REJECT", None, "balked"),
    # ACCUSE
    ("Ruritanian President Ivo Brandt lambasted Borduria on Monday.", "ACCUSE", "disapprove", "lambasted"),
    (
        "Ruritanian President Ivo Brandt excoriated the Bordurian government on Monday.",
        "ACCUSE",
        "disapprove",
        "excoriated",
    ),
    (
        "French opposition leader Marine Dupont blasted the government's decision on Monday.",
        "ACCUSE",
        "disapprove",
        "blasted",
    ),
    # THREATEN
    ("Ruritania brandished the threat of sanctions against Borduria on Monday.", "THREATEN", "violence", "brandished"),
    # PROTEST
    ("Students heckled Ruritanian President Ivo Brandt in Varnsk on Monday.", "PROTEST", "demo", "heckled"),
    ("Malian soldiers mutinied against their commanders in Bamako on Monday.", "PROTEST", None, "mutinied"),
    # SANCTION
    ("Ruritania levied tariffs on Bordurian steel on Monday.", "SANCTION", None, "levied"),
    ("The European Union penalised Russia for the cyberattack on Monday.", "SANCTION", None, "penalised"),
    # MOBILIZE
    ("Borduria amassed troops near the Ruritanian border on Monday.", "MOBILIZE", "troops", "amassed"),
    ("Borduria redeployed its tank units to Varnsk on Monday.", "MOBILIZE", "troops", "redeployed"),
    ("Borduria beefed up its military presence in Varnsk on Monday.", "MOBILIZE", "troops", "beefed"),
    # COERCE
    ("The Bordurian government nationalised the Ruritanian oil company on Monday.", "COERCE", "seize", "nationalised"),
    ("Bordurian police locked up dozens of activists on Monday.", "COERCE", "arrest", "locked"),
    ("The Bordurian government silenced independent journalists on Monday.", "COERCE", "censor", "silenced"),
    ("Borduria jammed GPS signals over Varnsk on Monday.", "COERCE", "cyber", "jammed"),
    ("A Bordurian court dissolved the main opposition party on Monday.", "COERCE", "restrict", "dissolved"),
    ("Israeli police took three Palestinian activists into custody on Monday.", "COERCE", "arrest", "took"),
    ("A Russian court placed former minister Ivan Petrov under house arrest.", "COERCE", "arrest", "placed"),
    # ASSAULT
    (
        "The Indian army reported an exchange of fire with Pakistani troops on Monday.",
        "ASSAULT",
        "firearms",
        "exchange",
    ),
    ("Bordurian troops overran a Ruritanian outpost near Varnsk on Monday.", "ASSAULT", None, "overran"),
    ("Rebels hijacked a Ruritanian bus near Varnsk on Monday.", "ASSAULT", "abduct", "hijacked"),
    ("Rioters hurled stones at Bordurian police in Varnsk on Monday.", "ASSAULT", "primitive", "hurled"),
    ("Militants lobbed grenades at a Bordurian patrol near Varnsk on Monday.", "ASSAULT", "explosives", "lobbed"),
    ("Bordurian soldiers flogged two Ruritanian prisoners on Monday.", "ASSAULT", "beat", "flogged"),
    ("Ruritanian forces repelled a Bordurian attack near Varnsk on Monday.", "ASSAULT", None, "repelled"),
    # round 3: common phrasal and light-verb forms
    ("The Ruritanian government voiced support for the Bordurian peace plan on Monday.", "SUPPORT", None, "voiced"),
    ("The Ruritanian government voiced outrage over the Bordurian border closure.", "ACCUSE", "disapprove", "voiced"),
    ("Ruritanian President Ivo Brandt hit out at Borduria over the tariffs.", "ACCUSE", "disapprove", "hit"),
    ("Ruritanian President Ivo Brandt attacked the Bordurian plan as reckless.", "ACCUSE", "disapprove", "attacked"),
    ("The Ruritanian government shot down the proposal from Borduria.", "REJECT", None, "shot"),
    ("Thousands of Ruritanian farmers took to the streets of Varnsk on Monday.", "PROTEST", "demo", "took"),
    ("The World Food Programme distributed flour to displaced families in Varnsk.", "AID", None, "distributed"),
    ("Ruritania and Borduria committed to a truce on Monday.", "AGREE", None, "committed"),
    ("The Ruritanian government scrapped the fuel levy after a week of protests.", "CONCEDE", None, "scrapped"),
    ("The Ruritanian government suspended the new press law after the protests.", "CONCEDE", None, "suspended"),
    ("The Ruritanian government halted the rent increase on Monday.", "CONCEDE", None, "halted"),
    ("The Ruritanian government lifted its veto on the Bordurian membership bid.", "CONCEDE", None, "lifted"),
    ("The European Union removed two Ruritanian banks from its sanctions list.", "CONCEDE", None, "removed"),
    ("The Ruritanian government paid a ransom to the kidnappers in Varnsk.", "CONCEDE", None, "paid"),
    ("The Ruritanian government granted the striking nurses a pay rise.", "CONCEDE", None, "granted"),
]

NEGATIVE = [
    # constrained words in their everyday senses state no event of that type
    ("The company shipped its new phones to stores on Monday.", "AID", "shipped"),
    ("Fuel prices were boosted by the cold weather.", "MOBILIZE", "boosted"),
    ("The minister blasted past the reporters and left.", "ACCUSE", "blasted"),
    ("The crowd jammed the streets of Varnsk on Monday.", "COERCE", "jammed"),
    ("Ruritania abandoned its plan for a new airport on Monday.", "RETREAT", "abandoned"),
    ("The players gave up after the second goal.", "RETREAT", "gave"),
    ("The committee dissolved after the vote.", "COERCE", "dissolved"),
    ("Ruritania renewed its call for calm on Monday.", "AGREE", "renewed"),
    ("The teachers exchanged gifts on Monday.", "CONSULT", "exchanged"),
    ("France financed the new museum in Lyon.", "AID", "financed"),
    ("Israeli police took the visitors into the museum on Monday.", "COERCE", "took"),
    ("The injured soldier was airlifted to hospital in Kyiv.", "AID", "airlifted"),
    # round 3
    ("Bordurian rebels attacked a Ruritanian army convoy near Varnsk on Monday.", "ACCUSE", "attacked"),
    ("Ruritanian troops shot down a Bordurian drone near Varnsk on Monday.", "REJECT", "shot"),
    ("The band took to the stage in Varnsk on Monday.", "PROTEST", "took"),
    ("The Ruritanian railway scrapped its oldest trains on Monday.", "CONCEDE", "scrapped"),
    ("The Ruritanian publisher distributed the new novel to bookshops.", "AID", "distributed"),
    ("The Ruritanian batter hit out at every ball in Varnsk.", "ACCUSE", "hit"),
    ("The Ruritanian government suspended its aid to Borduria on Monday.", "CONCEDE", "suspended"),
    ("The Ruritanian government paid the contractors in Varnsk on Monday.", "CONCEDE", "paid"),
    ("The Ruritanian weightlifter lifted 200 kilograms in Varnsk.", "CONCEDE", "lifted"),
    ("The Ruritanian police removed the protesters from the square.", "CONCEDE", "removed"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "trigger"), POSITIVE)
def test_added_trigger_codes_its_type(
    pipeline: Pipeline, text: str, etype: str, mode: str | None, trigger: str
) -> None:
    record = extract(pipeline, text)
    found = [(e.event, e.mode, e.trigger.text if e.trigger else None) for e in record.events]
    hits = [e for e in record.events if e.event == etype and e.trigger and trigger in e.trigger.text]
    assert hits, found
    if mode is not None:
        assert hits[0].mode == mode, found


@pytest.mark.parametrize(("text", "etype", "trigger"), NEGATIVE)
def test_constrained_trigger_stays_silent_outside_its_sense(
    pipeline: Pipeline, text: str, etype: str, trigger: str
) -> None:
    record = extract(pipeline, text)
    found = [(e.event, e.mode, e.trigger.text if e.trigger else None) for e in record.events]
    assert not [e for e in record.events if e.event == etype and e.trigger and trigger in e.trigger.text], found


def test_staged_is_a_light_verb_despite_its_lemma(pipeline: Pipeline) -> None:
    # the small model lemmatises "staged" as "stag": listed among the light verbs so the
    # subject of "staged a mutiny" is the mutiny's actor
    record = extract(pipeline, "Soldiers of the Ruvuma garrison staged a mutiny in Burundi on Monday.")
    (event,) = [e for e in record.events if e.event == "PROTEST"]
    assert {a.name for a in record.actors if a.id in event.actor} == {"Soldiers of the Ruvuma garrison"}


def test_every_trigger_file_of_the_events_folder_is_read(tmp_path: Path) -> None:
    # the triggers live in one file per group of types under data/events/; a file added
    # there is read with the others, and a trigger naming an unknown type is an error
    from newsgraph.errors import LexiconError
    from newsgraph.nlp.lexicon import DATA_DIR, load_lexicon

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    bundled = load_lexicon(data)
    assert {e.event for entries in bundled.triggers.values() for e in entries} >= {"ASSAULT", "CONSULT", "REJECT"}
    extra = data / "events" / "9_custom.yaml"
    extra.write_text("triggers:\n  - {lemma: parley, pos: VERB, event: CONSULT, mode: null, cameo: '040'}\n")
    load_lexicon.cache_clear()
    assert ("parley", "VERB") in load_lexicon(data).triggers
    extra.write_text("triggers:\n  - {lemma: parley, pos: VERB, event: PARLEY}\n")
    load_lexicon.cache_clear()
    with pytest.raises(LexiconError, match=r"9_custom\.yaml"):
        load_lexicon(data)
    load_lexicon.cache_clear()


def test_no_trigger_file_exceeds_the_length_guideline() -> None:
    from newsgraph.nlp.lexicon import DATA_DIR

    files = [DATA_DIR / "events.yaml", *sorted((DATA_DIR / "events").glob("*.yaml"))]
    assert len(files) > 2
    assert all(len(f.read_text().splitlines()) <= 500 for f in files), [
        (f.name, len(f.read_text().splitlines())) for f in files
    ]


FAST_PATH_TEXTS = [
    "Ruritanian jets struck a fuel depot near Sorva on Monday, killing four guards, officials said.",
    "The two navies will jointly patrol the strait, the defence ministry announced on Tuesday.",
    "Borduria called the verdict a farce and said it would respond to any provocation.",
    "Heavy artillery fire hit the suburbs as protesters marched to parliament and police detained 12.",
    "The minister called Ivo Brandt on Sunday to discuss the stalled grain deal and promised more aid.",
]


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
def test_the_fast_path_changes_no_event(pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`TypeRefiner.may_fire` skips lemmas no entry or fallback looks at; with it forced
    open every token goes the slow way, and the events must be the same."""
    fast = [(e.event, e.mode, e.trigger.text if e.trigger else None) for e in extract(pipeline, text).events]
    monkeypatch.setattr(TypeRefiner, "may_fire", lambda self, token, pos: True)
    slow = [(e.event, e.mode, e.trigger.text if e.trigger else None) for e in extract(pipeline, text).events]
    assert fast == slow
    assert fast  # every sentence codes something


def test_the_fast_path_skips_lemmas_that_cannot_fire(pipeline: Pipeline) -> None:
    coder = pipeline.nlp.get_pipe("newsgraph_events")
    doc = pipeline.nlp("The committee jointly reviewed the budget and the weather improved.")
    by_text = {t.text: t for t in doc}
    assert not coder.refiner.may_fire(by_text["improved"], "VERB")
    assert coder.refiner.may_fire(by_text["reviewed"], "VERB")  # "jointly": any verb may fire
    assert not coder.refiner.may_fire(by_text["budget"], "NOUN")
