"""Unnamed groups of people that take part in an event become group actors: counted,
quantified or described plural person nouns as subject, object, passive subject or object of
an event noun; not things, tolls or a body's own people. Sentences written for these tests."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-06-11"))


def _groups(record: Record) -> list[str]:
    return [a.name for a in record.actors if a.kind == "group"]


def test_counted_hedged_patients_are_a_group_and_the_others_join_it(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline, "Troops shot dead seven suspected bandits and captured 12 others on Friday in the hills."
    )
    assert "suspected bandits" in _groups(record)
    group = next(a for a in record.actors if a.name == "suspected bandits")
    assert sum(1 for m in group.mentions if (record.text or "")[m.start : m.end] == "others") == 1


def test_counted_objects_and_passive_subjects_are_groups(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The junta released 120 prisoners on Sunday.")
    assert "prisoners" in _groups(record)
    record = _extract(pipeline, "Several lawmakers were expelled from the chamber on Monday.")
    assert "lawmakers" in _groups(record)


def test_a_person_ending_makes_a_group_with_its_of_phrase(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Police detained eight participants of the rally for blocking a road on Sunday.")
    assert "participants of the rally" in _groups(record)
    record = _extract(pipeline, "Police picked up nine trade unionists outside the port on Monday.")
    assert any(name.endswith("unionists") for name in _groups(record))


def test_things_and_bare_plurals_make_no_group(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Officers seized seven vehicles and 40 rifles near the depot.")
    assert _groups(record) == []


def test_counted_dead_soldiers_and_people_stay_the_size(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Rebels attacked the town on Monday, killing at least 15 soldiers.")
    assert not any("soldiers" in name for name in _groups(record))
    record = _extract(pipeline, "Security forces killed 12 people in the raid.")
    assert not any("people" in name for name in _groups(record))


def test_a_body_own_people_make_no_group(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Protesters accused four police officers of beating a student on Monday.")
    assert not any("officers" in name for name in _groups(record))


def test_a_definite_count_refers_to_the_group_with_that_count(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Troops shot dead seven suspected bandits and captured 12 others on Friday. "
        "A commander said the seven men had opened fire first.",
    )
    group = next(a for a in record.actors if a.name == "suspected bandits")
    assert any((record.text or "")[m.start : m.end] == "seven men" for m in group.mentions)
    record = _extract(pipeline, "Police arrested seven protesters in the square. The seven vehicles were towed.")
    group = next(a for a in record.actors if a.name == "protesters")
    assert not any("vehicles" in (record.text or "")[m.start : m.end] for m in group.mentions)


def test_captives_with_a_demonym_make_no_actor(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The rebels freed three Bordurian hostages on Tuesday near the river.")
    assert not any("hostages" in name for name in _groups(record))
    record = _extract(pipeline, "The rebels freed three hostages on Tuesday near the river.")
    assert "hostages" in _groups(record)
