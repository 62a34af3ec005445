"""Definite descriptions of organisations and states ("the company", "the militia", "the
opposition", "the two countries"): which earlier actor they link to, and when they link to
none. Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from actor_helpers import extract, owner_of
from newsgraph import Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return extract(pipeline, text, "2025-04-02")


def _owner_of(record: Record, text: str, nth: int = 1) -> list[str]:
    return sorted(owner_of(record, text, nth))


def test_the_company_is_a_business_named_without_a_sector(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Nordal Foods announced on Monday it would close two plants in northern Sweden. "
        "The company said about 400 jobs would be lost.",
    )
    assert _owner_of(record, "The company") == ["Nordal Foods"]


def test_the_carrier_is_the_airline_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Aerolinas Sur cancelled 40 flights because of the strike. The carrier said passengers would be refunded.",
    )
    assert _owner_of(record, "The carrier") == ["Aerolinas Sur"]


def test_the_group_and_the_militia_are_an_armed_body_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Tarnet Brigades claimed the bombing of a market in the city. The group said it would continue attacks.",
    )
    assert _owner_of(record, "The group") == ["Tarnet Brigades"]
    record = _extract(
        pipeline,
        "The Sorvan Defence Force shelled the village of Tilka. The militia said it targeted enemy positions.",
    )
    assert _owner_of(record, "The militia") == ["Sorvan Defence Force"]


def test_the_opposition_is_the_party_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Civic Union won 40 percent of the vote in Sunday's election. The opposition said the count had been rigged.",
    )
    assert _owner_of(record, "The opposition") == ["Civic Union"]


def test_the_rebels_are_the_liberation_front_named_before(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Kivu Liberation Front seized the town of Baraka on Saturday. The rebels said they controlled the airport.",
    )
    assert _owner_of(record, "The rebels") == ["Kivu Liberation Front"]


def test_a_description_of_another_kind_of_body_links_to_none(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The Ministry of Finance raised taxes on fuel. The company said prices would rise.")
    assert "Ministry of Finance" not in _owner_of(record, "The company")
    record = _extract(pipeline, "Nordal Foods announced job cuts on Monday. The militia said it had seized the road.")
    assert "Nordal Foods" not in _owner_of(record, "The militia")
    record = _extract(pipeline, "The Freedom Party held a congress in Vienna. The union said it would strike.")
    assert "Freedom Party" not in _owner_of(record, "The union")


def test_the_ministry_after_two_ministries_named_together_links_to_none(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Ministry of Defence and the Ministry of Interior issued a joint statement on Monday. "
        "The ministry said curfews would be extended.",
    )
    owners = _owner_of(record, "The ministry")
    assert "Ministry of Defence" not in owners
    assert "Ministry of Interior" not in owners


def test_the_two_countries_after_three_states_links_to_none(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline, "France, Germany and Italy signed a defence pact. The two countries said the deal was historic."
    )
    assert _owner_of(record, "The two countries") == []
    record = _extract(
        pipeline,
        "Kenya and Ethiopia signed a border agreement in Nairobi on Tuesday. "
        "The two countries also agreed to reopen trade routes.",
    )
    assert _owner_of(record, "The two countries") == ["Ethiopia", "Kenya"]


def test_a_party_and_a_group_of_people_are_no_organisation(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline, "The mayor of Lyon hosted a reception at the town hall. The party lasted until midnight."
    )
    assert _owner_of(record, "The party") == []
    record = _extract(
        pipeline, "Police stopped a bus carrying tourists near Luxor. The group was released after two hours."
    )
    assert "Police" not in _owner_of(record, "The group")
