"""Conflicts whose two sides word one fact differently: a toll stated by a copula ("the
detained are 19", "the death toll was 12") or a result ("shot dead seven", "left nine
soldiers dead"), a hit denied as "no damage", a retreat denied as "nobody fled"; and
details that do not conflict (real pipeline, sentences written for the test)."""

from __future__ import annotations

from claim_helpers import conflict_pairs as _pairs
from claim_helpers import extract_at as _extract
from claim_helpers import pairs_with as _with
from newsgraph import Pipeline


def test_a_toll_stated_by_a_copula(pipeline: Pipeline) -> None:
    text = (
        "The interior ministry said police detained six protesters outside parliament on Monday. "
        "The opposition party said the detained are 19, among them two lawyers."
    )
    assert len(_with(_pairs(_extract(pipeline, text)), "detained are 19")) == 1
    agreed = text.replace("the detained are 19", "the detained are six")
    assert not _pairs(_extract(pipeline, agreed))


def test_shot_dead_counts_the_dead(pipeline: Pipeline) -> None:
    text = (
        "A police spokesman said officers shot dead seven suspected robbers in raids on Sunday. "
        "A rights lawyer, Maria Santos, said nine people were killed in the raids."
    )
    assert len(_with(_pairs(_extract(pipeline, text)), "shot dead seven")) == 1


def test_a_hit_denied_as_no_damage(pipeline: Pipeline) -> None:
    text = (
        "The rebels said they had hit the tanker with two drones off the coast on Friday. "
        "The ship's owner, Petros Alexiou, said the tanker had not been damaged and was sailing on."
    )
    assert len(_with(_pairs(_extract(pipeline, text)), "not been damaged")) == 1
    safe = text.replace("the tanker had not been damaged and was sailing on", "the crew were safe and well")
    assert not _pairs(_extract(pipeline, safe))
    # a third source that also says no damage agrees with the owner
    agency = " A maritime agency said a vessel had reported two explosions nearby and no damage."
    assert len(_pairs(_extract(pipeline, text + agency))) == 1


def test_a_retreat_denied(pipeline: Pipeline) -> None:
    text = (
        "A resident said the soldiers abandoned the town when the rebels arrived. "
        "The defence minister said that nobody fled and that the army had held its positions."
    )
    assert len(_with(_pairs(_extract(pipeline, text)), "abandoned the town")) == 1
