"""Tolls given by an ordinal victim or "the only death", and corrections of where the doers
came from ("were not from X"), between two claims (real pipeline, sentences written for
the test)."""

from __future__ import annotations

from claim_helpers import conflict_pairs as _pairs
from claim_helpers import extract_at as _extract
from claim_helpers import pairs_with as _with
from newsgraph import Pipeline


def test_ordinal_victim_exceeds_an_exact_toll(pipeline: Pipeline) -> None:
    text = (
        "A shell hit a minibus outside Kadugli on Friday, killing two passengers, the governor said. "
        "A hospital director said a third passenger succumbed to her injuries on Saturday."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "third passenger")
    assert len(pairs) == 1 and any("killing two" in c for c in pairs[0])


def test_ordinal_victim_within_a_lower_bound_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "A shell hit a minibus outside Kadugli on Friday, killing at least two passengers, the governor said. "
        "A hospital director said a second passenger succumbed to her injuries on Saturday."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "second passenger")


def test_ordinal_of_an_attack_is_no_toll(pipeline: Pipeline) -> None:
    text = (
        "The army said a bomb killed five soldiers near Gao on Monday. "
        "A local official said a second bomb killed five soldiers near the same checkpoint."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "second bomb")


def test_only_death_against_two_dead(pipeline: Pipeline) -> None:
    text = (
        "Two farmers died in the clashes with police near the mine, the ombudsman said. "
        "The interior ministry said the only death recorded was that of a driver whose truck overturned."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "only death")
    assert len(pairs) == 1 and any("farmers died" in c for c in pairs[0])


def test_only_death_against_one_dead_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "One farmer died in the clashes with police near the mine, the ombudsman said. "
        "The interior ministry said the only death recorded was that of a farmer hit by a truck."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "only death")


def test_corrected_origin_of_the_raiders(pipeline: Pipeline) -> None:
    text = (
        "Gunmen from neighbouring Kotido stormed the market in Moroto on Sunday, the district chairman said. "
        "The regional governor said the attackers were not from Kotido but local thieves."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "not from Kotido")
    assert len(pairs) == 1 and any("Gunmen from neighbouring Kotido" in c for c in pairs[0])


def test_origin_denied_of_another_place_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "Gunmen from neighbouring Kotido stormed the market in Moroto on Sunday, the district chairman said. "
        "The regional governor said the attackers were not from Kaabong."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "not from Kaabong")


def test_left_dead_counts_the_dead_not_the_troops(pipeline: Pipeline) -> None:
    """A count "left dead" is a death toll: it meets another toll of dead soldiers, not the
    number of troops sent in."""
    sent = (
        "Rebels said the ambush had left nine soldiers dead. "
        "A military spokesman said the army had flown 200 soldiers into the district on Tuesday."
    )
    assert not _pairs(_extract(pipeline, sent))
    toll = (
        "Rebels said the ambush had left nine soldiers dead. "
        "A military spokesman said four soldiers were killed in the ambush."
    )
    assert len(_with(_pairs(_extract(pipeline, toll)), "nine soldiers")) == 1
