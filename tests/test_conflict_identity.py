"""Who the victims were: one source calls the dead civilians (farmers, students), another
fighters or soldiers (`claim_identity`); counts of different classes alone, other dead, or
a detail that does not name who they were are no conflict (real pipeline, sentences
written for the test)."""

from __future__ import annotations

from claim_helpers import conflict_pairs as _pairs
from claim_helpers import extract_at as _extract
from newsgraph import Pipeline

ARMY = "The army said its troops had killed four militants in an air strike near the village on Monday. "


def _topics(pipeline: Pipeline, text: str) -> list[str]:
    return [k.topic for k in _extract(pipeline, text).conflicts]


def test_the_dead_called_farmers_against_militants(pipeline: Pipeline) -> None:
    text = ARMY + "A local mayor, Ahmad Saleh, said the dead were farmers returning from their fields."
    assert _topics(pipeline, text) == ["who the victims were"]


def test_victims_called_civilians_against_soldiers_left_dead(pipeline: Pipeline) -> None:
    text = (
        "Rebels said the ambush had left six soldiers dead. "
        "The provincial governor, Maria Lopez, said the victims were civilians working on a new road."
    )
    assert _topics(pipeline, text) == ["who the victims were"]


def test_a_denied_class_in_a_quote(pipeline: Pipeline) -> None:
    text = (
        "The ministry said its forces had neutralised three insurgents near the border. "
        '"They were students on their way home, not fighters," said Omar Haddad, a relative.'
    )
    assert _topics(pipeline, text) == ["who the victims were"]


def test_counts_of_other_dead_do_not_conflict(pipeline: Pipeline) -> None:
    text = ARMY + "Police said bandits had killed two farmers in a separate raid on Tuesday."
    assert not _pairs(_extract(pipeline, text))


def test_the_same_class_or_no_class_does_not_conflict(pipeline: Pipeline) -> None:
    same = ARMY + "A local mayor, Ahmad Saleh, said the dead were fighters from a nearby camp."
    other = ARMY + "A local mayor, Ahmad Saleh, said the villagers were afraid to leave their homes."
    assert not _pairs(_extract(pipeline, same))
    assert not _pairs(_extract(pipeline, other))
