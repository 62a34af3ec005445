"""The conflicts lexicon (`data/conflicts.yaml`), read once per pipeline."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsgraph.nlp.lexicon import Lexicon

LOGGER = logging.getLogger(__name__)

DATA_FILE = Path(__file__).parent / "data" / "conflicts.yaml"


@dataclass(frozen=True)
class ConflictLexicon:
    group: dict[str, str] = field(default_factory=dict)  # lemma -> group name
    tolls: dict[str, str] = field(default_factory=dict)  # lemma -> toll category
    bounds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "lower" | "upper" | "approximate" -> words
    vague: frozenset[str] = frozenset()
    meeting: frozenset[str] = frozenset()
    rival: frozenset[str] = frozenset()
    mutual: frozenset[str] = frozenset()
    accusers: frozenset[str] = frozenset()
    doing: frozenset[str] = frozenset()
    appeal_nouns: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> alpha3
    other_senses: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> neighbours
    victims: dict[str, str] = field(default_factory=dict)  # counted noun -> class
    ongoing: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()  # nouns whose "of" names the holder
    participants: frozenset[str] = frozenset()  # groups that name who takes part, not what happened
    involvement: frozenset[str] = frozenset()  # objects of "had no hand in", "has nothing to do with"
    referring: frozenset[str] = frozenset()  # "had nothing to do with the incident": refers back
    dismissive: frozenset[str] = frozenset()  # "the accusations were absurd": a denial
    affirming: frozenset[str] = frozenset()  # "the report was not true": a denial
    statements: frozenset[str] = frozenset()  # "rejected the account": refers back to a claim
    allegiance: frozenset[str] = frozenset()  # "fighters loyal to X": X counts among the doers
    identity: dict[str, str] = field(default_factory=dict)  # victim class -> side (armed, unarmed)
    harmed: frozenset[str] = frozenset()  # "the dead", "the victims": subjects naming victims


def load_conflict_lexicon(lexicon: Lexicon) -> ConflictLexicon:
    """conflicts.yaml from the pipeline's data folder, with the demonyms the lexicon read."""
    with (lexicon.data_dir / DATA_FILE.name).open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream) or {}
    # an entry "call/NOUN" joins the group only with that part of speech
    group = {str(lemma): str(words[0]).split("/")[0] for words in data.get("synonyms") or [] for lemma in words}
    tolls = {str(lemma): str(cat) for cat, words in (data.get("tolls") or {}).items() for lemma in words}
    return ConflictLexicon(
        group=group,
        tolls=tolls,
        bounds={kind: tuple(data.get(f"{kind}_bounds") or ()) for kind in ("lower", "upper", "approximate")},
        vague=frozenset(data.get("vague") or ()),
        meeting=frozenset(data.get("meeting_objects") or ()),
        rival=frozenset(data.get("one_doer") or ()),
        mutual=frozenset(data.get("mutual_blame") or ()),
        accusers=frozenset(data.get("accusing_cues") or ()),
        doing=frozenset(data.get("doing_verbs") or ()),
        appeal_nouns=frozenset(data.get("appeal_nouns") or ()),
        demonyms=lexicon.demonyms,
        other_senses={str(k): frozenset(v) for k, v in (data.get("other_senses") or {}).items()},
        victims={str(noun): str(cls) for cls, nouns in (data.get("victims") or {}).items() for noun in nouns},
        ongoing=frozenset(data.get("ongoing_verbs") or ()),
        holding=frozenset(data.get("holding_nouns") or ()),
        participants=frozenset(data.get("participants") or ()),
        involvement=frozenset(data.get("involvement_nouns") or ()),
        allegiance=frozenset(data.get("allegiance_words") or ()),
        dismissive=frozenset(data.get("dismissive_words") or ()),
        affirming=frozenset(data.get("affirming_words") or ()),
        statements=frozenset(data.get("statement_nouns") or ()),
        referring=frozenset(data.get("referring_nouns") or ()),
        identity={str(c): str(side) for side, classes in (data.get("identity_sides") or {}).items() for c in classes},
        harmed=frozenset(data.get("harmed_nouns") or ()),
    )
