"""The words coreference reads: pronouns by number and gender, nouns that refer back to an
organisation (with the sectors that fit them), to a state, to a pair of sides.

Used by `nlp/coref.py`.
"""

from __future__ import annotations

import logging

LOGGER = logging.getLogger(__name__)

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
FEMININE = {"she", "her", "hers", "herself"}
SINGULAR_THING_PRONOUNS = {"it", "its", "itself"}
# Nouns that refer back to an organisation; the value is the sectors that fit when no
# earlier actor's name contains the noun itself.
ORG_NOUNS: dict[str, frozenset[str]] = {
    "group": frozenset({"REB", "PTY", "NGO", "CVL"}),
    "movement": frozenset({"PTY", "REB"}),
    "organisation": frozenset({"REB", "PTY", "NGO", "IGO"}),
    "organization": frozenset({"REB", "PTY", "NGO", "IGO"}),
    "militia": frozenset({"REB"}),
    "faction": frozenset({"REB", "PTY"}),
    "guerrilla": frozenset({"REB"}),
    "rebel": frozenset({"REB"}),
    "insurgent": frozenset({"REB"}),
    "militant": frozenset({"REB"}),
    "attacker": frozenset({"REB"}),
    "assailant": frozenset({"REB"}),
    "raider": frozenset({"REB"}),
    "kidnapper": frozenset({"REB"}),
    "abductor": frozenset({"REB"}),
    "gunman": frozenset({"REB"}),
    "bandit": frozenset({"REB"}),
    "party": frozenset({"PTY"}),
    "alliance": frozenset({"IGO"}),
    "bloc": frozenset({"IGO"}),
    "agency": frozenset({"IGO", "GOV", "MED", "NGO"}),
    "mission": frozenset({"IGO"}),
    "force": frozenset({"MIL", "IGO"}),
    "ministry": frozenset({"GOV", "MIL"}),
    "army": frozenset({"MIL"}),
    "military": frozenset({"MIL"}),
    "troop": frozenset({"MIL"}),
    "unit": frozenset({"MIL"}),
    "union": frozenset({"CVL", "NGO"}),
    "association": frozenset({"NGO", "BUS", "CVL"}),
    "committee": frozenset({"IGO", "NGO"}),
    "office": frozenset({"GOV", "IGO"}),
    "guard": frozenset({"MIL", "POL"}),
    "command": frozenset({"MIL"}),
    "police": frozenset({"POL"}),
    "court": frozenset({"JUD"}),
    "tribunal": frozenset({"JUD"}),
    "council": frozenset({"GOV", "IGO", "LEG"}),
    "commission": frozenset({"GOV", "IGO"}),
    "parliament": frozenset({"LEG"}),
    "company": frozenset({"BUS"}),
    "firm": frozenset({"BUS"}),
    "operator": frozenset({"BUS"}),
    "bank": frozenset({"BUS"}),
    "broadcaster": frozenset({"MED"}),
    "channel": frozenset({"MED"}),
    "network": frozenset({"MED"}),
    "newspaper": frozenset({"MED"}),
    "outlet": frozenset({"MED"}),
    "station": frozenset({"MED"}),
    "church": frozenset({"REL"}),
    "university": frozenset({"EDU"}),
    "hospital": frozenset({"HLH"}),
    "charity": frozenset({"NGO"}),
    "foundation": frozenset({"NGO"}),
    "fund": frozenset({"IGO", "NGO"}),
    "front": frozenset(),  # only a body named "... Front": "the front" is also the battle line
    "watchdog": frozenset({"NGO", "IGO"}),
    "monitor": frozenset({"NGO", "IGO"}),
}
# Nouns for the doers of an armed act ("the attackers", "the raiders", "the gunmen"): a group
# named by the same noun first, else the latest armed group or organisation ("Armed men ...
# the attackers").
ARMED_NOUNS = frozenset(
    {"attacker", "assailant", "raider", "kidnapper", "abductor", "gunman", "bandit", "insurgent", "militant"}
)
# Nouns that refer back to the most recent state ("the country's army").
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}
# Plural nouns that, counted by "two" or "both", refer to the two parties named last ("both sides").
PAIR_NOUNS = {"side", "party", "country", "nation", "government"}
# How far back (tokens) "both parties" looks for the two sides named together ("A and B agreed").
PAIR_WINDOW = 200
STATE_NOUNS = {"government", "junta", "authority", "administration", "regime", "kremlin"}
# Bare nouns that, unmodified, name a state's armed forces rather than an armed group.
STATE_ARMY_NOUNS = {"army", "military"}
# Person nouns that stand for any of several titles: "the diplomat" after "the chargé d'affaires
# X", "the officer" after "Colonel X"; the value is words of the titles each covers.
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset(
        {"ambassador", "envoy", "chargé", "charge", "consul", "attaché", "attache", "emissary", "foreign", "embassy"}
    ),
    "officer": frozenset(
        {
            "colonel",
            "col",
            "major",
            "captain",
            "lieutenant",
            "sergeant",
            "inspector",
            "superintendent",
            "commander",
            "police",
        }
    ),  # fmt: skip
    "lawmaker": frozenset({"senator", "mp", "legislator", "parliamentarian", "congressman", "congresswoman", "deputy"}),
    "legislator": frozenset({"senator", "mp", "lawmaker", "parliamentarian", "congressman", "congresswoman"}),
    "prelate": frozenset({"bishop", "archbishop", "cardinal"}),
    "leader": frozenset({"president", "chairman", "chairwoman", "chairperson", "head", "chief", "secretary-general"}),
    "cleric": frozenset(
        {"imam", "sheikh", "ayatollah", "mufti", "priest", "bishop", "archbishop", "cardinal", "rabbi"}
    ),
}
