"""Denials that name no act: involvement denials, denials of wrongdoing, a speaker's denial
of its own act against an accusation (real pipeline, sentences written for the test)."""

from __future__ import annotations

from claim_helpers import conflict_pairs as _pairs
from claim_helpers import extract_at as _extract
from claim_helpers import pairs_with as _with
from newsgraph import Pipeline


def test_nothing_to_do_with_answers_a_claim_naming_the_doer(pipeline: Pipeline) -> None:
    text = (
        "Police said the bombing of the market was carried out by the Northern Front. "
        "Rebel commander Ali Rahim said the Northern Front had nothing to do with the bombing."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "nothing to do")
    assert len(pairs) == 1 and any("carried out by the Northern Front" in c for c in pairs[0])


def test_no_hand_in_answers_fighters_loyal_to_the_denier(pipeline: Pipeline) -> None:
    text = (
        "A security official said the raid on the village was carried out by gunmen loyal to the warlord Omar Bashe. "
        "Local elder Hassan Ali told reporters that Omar Bashe had no hand in the raid."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "no hand")
    assert len(pairs) == 1 and any("gunmen loyal to" in c for c in pairs[0])


def test_involvement_denial_of_someone_else_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "Police said the Northern Front carried out the bombing. "
        "The Health Ministry said the Red Crescent had no role in the evacuation."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "no role")


def test_denial_of_wrongdoing_answers_the_charge(pipeline: Pipeline) -> None:
    text = "Prosecutors said the businessman Anton Petrov had bribed two judges in 2021. Petrov denied any wrongdoing."
    pairs = _pairs(_extract(pipeline, text))
    assert any("any wrongdoing" in p and any("bribed" in c for c in p) for p in pairs)


def test_own_ministry_is_not_answered_by_a_rejection(pipeline: Pipeline) -> None:
    text = (
        "Kenya's Interior Ministry said Kenya had deployed 400 police officers to the border. "
        "Tanzania accused Kenya of closing the border crossing at Namanga. "
        "Kenya rejected the accusations."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "the accusations")
    assert any(any("closing the border" in c for c in p) for p in pairs)
    assert not any(any("deployed 400" in c for c in p) for p in pairs)


def test_own_denial_answers_an_accusation_by_name(pipeline: Pipeline) -> None:
    text = (
        "Mali accused Niger of sheltering the rebel leaders. "
        "Niger said it had never interfered in the affairs of its neighbour."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "never interfered")
    assert len(pairs) == 1 and any("sheltering" in c for c in pairs[0])


def test_own_denial_does_not_answer_a_mere_report(pipeline: Pipeline) -> None:
    text = (
        "Mali said Niger had recalled its ambassador on Monday. "
        "Niger said it had never interfered in the affairs of its neighbour."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "never interfered")


def test_involvement_denial_of_another_act_is_no_answer_to_an_accusation(pipeline: Pipeline) -> None:
    text = (
        "Kenya accused Uganda of a cyberattack on its tax portal in 2023. "
        "Government spokesman Ofwono Opondo said Uganda had nothing to do with the bombing of the bus station."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "nothing to do")


def test_involvement_denial_of_the_incident_answers_an_accusation(pipeline: Pipeline) -> None:
    text = (
        "Kenya accused Uganda of sabotaging the oil pipeline near Busia. "
        "Government spokesman Ofwono Opondo said Uganda had nothing to do with the incident."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "nothing to do")
    assert len(pairs) == 1 and any("sabotaging" in c for c in pairs[0])


def test_dismissing_the_accusations_as_absurd_is_a_denial(pipeline: Pipeline) -> None:
    text = (
        "Estonia accused Russia of cutting the undersea cable near Hiiumaa. "
        "Kremlin spokesman Dmitry Peskov said the accusations were absurd and Russophobic."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "absurd")
    assert len(pairs) == 1 and any("cutting the undersea cable" in c for c in pairs[0])


def test_calling_a_plan_absurd_denies_nothing(pipeline: Pipeline) -> None:
    text = (
        "Estonia accused Russia of cutting the undersea cable near Hiiumaa. "
        "Kremlin spokesman Dmitry Peskov said the sanctions plan was absurd."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "absurd")


def test_a_states_rejection_answers_an_accusation_against_its_diplomat(pipeline: Pipeline) -> None:
    text = (
        "Kenya on Monday expelled a Ugandan diplomat. "
        "Kenyan authorities accused the diplomat of spying on refugees in Nairobi. "
        "Uganda rejected the accusations."
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "the accusations")
    assert any(any("spying on refugees" in c for c in p) for p in pairs)


def test_describing_the_accusation_as_lies_is_a_denial(pipeline: Pipeline) -> None:
    text = (
        "Estonia accused Russia of cutting the undersea cable near Hiiumaa. "
        'Kremlin spokesman Dmitry Peskov described the accusation as "lies".'
    )
    pairs = _with(_pairs(_extract(pipeline, text)), "lies")
    assert len(pairs) == 1 and any("cutting the undersea cable" in c for c in pairs[0])


def test_nothing_to_hide_is_no_involvement_denial(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors said the businessman Anton Petrov had bribed two judges in 2021. "
        "Petrov told reporters that he had nothing to hide."
    )
    assert not _with(_pairs(_extract(pipeline, text)), "nothing to hide")


def test_a_bare_dismissal_answers_the_claim_just_before(pipeline: Pipeline) -> None:
    """ "Rejected the account", "the report was not true": a denial that names no act refers
    back to the claim just before it, when another side made it; not across another claim,
    and not when it affirms."""
    army = "The army said its jets struck a weapons depot in the town on Monday. "
    for answer in ("The rebel commander, Ali Musa, dismissed the account as fabricated.",
                   "The rebel commander, Ali Musa, said the report was not true."):  # fmt: skip
        assert len(_pairs(_extract(pipeline, army + answer))) == 1, answer
    assert not _pairs(_extract(pipeline, army + "The mayor, Ali Musa, said the report was true."))
    between = "The mayor, Ali Musa, said schools would reopen on Tuesday. "
    denial = "The health minister, Sara Blum, rejected the accusations of negligence."
    assert not _pairs(_extract(pipeline, army + between + denial))
    police = "Police said they had detained two foreign nationals on Monday. "
    disowning = "The embassy, through its spokesman Ivan Petrov, denied any involvement."
    assert not _pairs(_extract(pipeline, police + disowning))
