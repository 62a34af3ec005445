"""Conflicts between claims in one article (real pipeline, sentences written for the test)."""

from __future__ import annotations

import shutil
from pathlib import Path

from newsgraph import Article, Pipeline
from newsgraph.nlp.conflicts import ConflictFinder
from newsgraph.nlp.lexicon import DATA_DIR, load_lexicon
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-14"))


def _pairs(record: Record) -> list[set[str]]:
    by_id = {c.id: c.content.text for c in record.claims}
    return [{by_id[c] for c in k.claims} for k in record.conflicts]


def test_denial_against_assertion(pipeline: Pipeline) -> None:
    text = (
        "Witnesses said police had fired tear gas at the students near the bridge. "
        "The Interior Ministry denied that officers had fired tear gas."
    )
    pairs = _pairs(_extract(pipeline, text))
    assert {"police had fired tear gas at the students near the bridge", "officers had fired tear gas"} in pairs


def test_different_death_tolls(pipeline: Pipeline) -> None:
    text = (
        "Police said 15 people were killed in the blast. "
        "Governor Amin Farah told reporters that 21 bodies had been taken to the hospital."
    )
    record = _extract(pipeline, text)
    assert record.conflicts and record.conflicts[0].topic == "number dead"


def test_compatible_lower_bound_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "A local official said at least 12 soldiers were killed in the ambush. "
        "The rebel group said its fighters had killed 27 soldiers."
    )
    assert not _extract(pipeline, text).conflicts


def test_same_speaker_or_detail_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        "Police said the convoy was stopped at a checkpoint. "
        "Witnesses said the convoy waited for six hours before it was allowed through."
    )
    assert not _extract(pipeline, text).conflicts


def test_denial_of_another_doer_is_no_conflict(pipeline: Pipeline) -> None:
    text = (
        'The Qassam Brigades said the farmer Yair Mizrahi was "alive and in our custody". '
        "Islamic Jihad denied holding him."
    )
    record = _extract(pipeline, text)
    assert not [k for k in record.conflicts if k.topic.startswith("whether")]


def test_denial_of_the_same_doer_conflicts(pipeline: Pipeline) -> None:
    text = (
        "Israeli media reported that the farmer Yair Mizrahi was being held by Islamic Jihad. "
        "Islamic Jihad denied holding him."
    )
    pairs = _pairs(_extract(pipeline, text))
    assert {"the farmer Yair Mizrahi was being held by Islamic Jihad", "holding him"} in pairs


def test_different_holders_conflict(pipeline: Pipeline) -> None:
    text = (
        "Israeli media reported that the farmer Yair Mizrahi was being held by Islamic Jihad. "
        'The Qassam Brigades said Mizrahi was "alive and in our custody".'
    )
    record = _extract(pipeline, text)
    assert [k for k in record.conflicts if k.topic.startswith("who did it")]


def test_refusal_to_act_is_no_denial(pipeline: Pipeline) -> None:
    text = (
        "Witnesses said Ruritanian troops had withdrawn from the hill on Monday. "
        "Minister Karl Weiss said Ruritania would not withdraw its troops."
    )
    assert not _extract(pipeline, text).conflicts


def test_toll_put_at_a_number_conflicts_with_nobody_died(pipeline: Pipeline) -> None:
    text = (
        "Rights group Foro Penal put the death toll at four, "
        "while the Interior Ministry said no one had died during the protests."
    )
    record = _extract(pipeline, text)
    assert any(c.cue.text == "put" and c.content.text == "the death toll at four" for c in record.claims)
    assert [k.topic for k in record.conflicts] == ["number dead"]


def test_put_is_a_cue_only_with_a_toll_object(pipeline: Pipeline) -> None:
    text = "The minister put the proposal to parliament on Monday."
    assert not any(c.cue.text == "put" for c in _extract(pipeline, text).claims)


def test_no_more_than_is_an_upper_bound(pipeline: Pipeline) -> None:
    text = (
        'The rebel commander Ali Musa put the death toll at "no more than six". '
        "Doctors said at least 27 people were killed."
    )
    assert [k.topic for k in _extract(pipeline, text).conflicts] == ["number dead"]
    compatible = "Ali Musa put the death toll at no more than six. Doctors said at least four people were killed."
    assert not _extract(pipeline, compatible).conflicts


def test_denied_call_conflicts_with_hotline_talk(pipeline: Pipeline) -> None:
    text = (
        "Indian officials said the two commanders had spoken over the hotline on Wednesday. "
        "Pakistani officials said no such call had taken place."
    )
    assert len(_extract(pipeline, text).conflicts) == 1


def test_each_side_blaming_the_other_for_opening_fire(pipeline: Pipeline) -> None:
    text = (
        "Armenia's Defence Ministry said Azerbaijani forces opened fire on Armenian positions. "
        "Azerbaijan's Defence Ministry said units of the armed forces of Armenia had opened fire "
        "on Azerbaijani positions."
    )
    assert [k.topic for k in _extract(pipeline, text).conflicts] == ["who started it (fire)"]
    # both naming the same side is agreement, not conflict
    same = (
        "Armenia's Defence Ministry said Azerbaijani forces opened fire on Armenian positions. "
        "Azerbaijan's Defence Ministry said its forces had opened fire on Armenian positions."
    )
    assert not _extract(pipeline, same).conflicts


def test_vague_denial_answers_accusation_against_its_nationals(pipeline: Pipeline) -> None:
    text = (
        "The Turkish Coast Guard said 30 migrants had been pushed back by Greek coast guard boats. "
        "The Hellenic Coast Guard rejected the accusations."
    )
    assert [k.topic for k in _extract(pipeline, text).conflicts] == ["whether the accusation holds"]
    other_side = (
        "The Turkish Coast Guard said 30 migrants had been pushed back by Libyan coast guard boats. "
        "The Hellenic Coast Guard rejected the accusations."
    )
    assert not _extract(pipeline, other_side).conflicts


def test_stolen_data_against_no_leak(pipeline: Pipeline) -> None:
    text = (
        "The deputy minister Jan Nowak said hackers stole the data of 30,000 taxpayers. "
        "The Finance Ministry said the data of taxpayers did not leak."
    )
    assert [k.topic for k in _extract(pipeline, text).conflicts] == ["whether steal"]


def test_appeal_or_future_act_is_not_denied(pipeline: Pipeline) -> None:
    text = (
        "The rebels said their fighters will answer any attack by the army. "
        "Rwanda's foreign minister Olivier Nduhungirehe denied that Rwandan soldiers attacked Goma."
    )
    assert not _extract(pipeline, text).conflicts


def test_rejected_calls_for_an_election_deny_no_phone_call(pipeline: Pipeline) -> None:
    text = (
        "Opposition leader Nika Melia said he had spoken to the president over the phone on Tuesday. "
        "The Interior Ministry rejected calls for a new parliamentary election."
    )
    assert not _extract(pipeline, text).conflicts


def _topics(pipeline: Pipeline, text: str) -> list[str]:
    return [k.topic for k in _extract(pipeline, text).conflicts]


def test_one_states_forces_and_ministry_are_no_rival_attackers(pipeline: Pipeline) -> None:
    text = (
        "Police said Russian forces shelled Kharkiv on Monday. "
        "Russia's Defence Ministry said its forces had shelled military sites in Kharkiv on Monday."
    )
    assert "who carried out the attack" not in _topics(pipeline, text)


def test_unnamed_gunmen_are_no_rival_of_a_named_group(pipeline: Pipeline) -> None:
    text = (
        "Officials said gunmen attacked the convoy near Gao on Sunday. "
        "The Ansar Brigade said its fighters attacked the convoy near Gao on Sunday."
    )
    assert "who carried out the attack" not in _topics(pipeline, text)


def test_killed_soldiers_count_as_dead(pipeline: Pipeline) -> None:
    text = (
        "A local official said at least 12 soldiers were killed in the ambush. "
        "The army said only four soldiers had died."
    )
    assert _topics(pipeline, text) == ["number dead"]


def test_tolls_of_different_victims_do_not_conflict(pipeline: Pipeline) -> None:
    text = (
        "The army said its troops had killed 30 fighters in the raid. "
        "The rebels said the army had killed four civilians in the raid."
    )
    assert not _topics(pipeline, text)
    part = "Doctors said 15 people were killed in the raid. The army said 12 soldiers were killed."
    assert not _topics(pipeline, part)


def test_a_part_larger_than_the_whole_conflicts(pipeline: Pipeline) -> None:
    text = (
        "The mayor said only 18 people died in the raid. "
        "Amnesty International said its staff had counted the bodies of 41 civilians."
    )
    assert _topics(pipeline, text) == ["number dead"]


def test_seized_vehicles_are_no_toll(pipeline: Pipeline) -> None:
    text = (
        "The rebel group said its fighters killed 27 soldiers and seized two armoured vehicles. "
        "A military source said 27 people were killed."
    )
    assert not _topics(pipeline, text)


def test_approximate_counts(pipeline: Pipeline) -> None:
    far = "Police said 14,000 protesters had gathered. Organisers said around 50,000 people took part."
    assert _topics(pipeline, far) == ["number crowd"]
    near = "Police said some 40 people were wounded. Doctors said 45 people were wounded."
    assert not _topics(pipeline, near)


def test_an_agreement_to_act_is_no_act(pipeline: Pipeline) -> None:
    text = (
        "Workers said the factories had not paid wages for July. "
        "The employers' association said the owners had agreed to pay all wages by Sunday."
    )
    assert not _topics(pipeline, text)


def test_a_clause_of_time_is_background(pipeline: Pipeline) -> None:
    text = (
        "Witnesses said a missile hit the town hall as officials were meeting. "
        "The governor's office said no meeting had taken place."
    )
    assert not _topics(pipeline, text)


def test_arson_and_a_held_vote_are_other_facts(pipeline: Pipeline) -> None:
    arson = (
        "Police said protesters set fire to two buses. "
        "The interior minister denied that officers had fired at protesters."
    )
    assert not _topics(pipeline, arson)
    vote = "The opposition said no vote was held in the council. Activists said 112 people were held overnight."
    assert not _topics(pipeline, vote)


def test_a_denial_naming_its_doer_needs_that_doer(pipeline: Pipeline) -> None:
    nobody = (
        "Armenian officials said the shooting near the village lasted two hours. "
        "Azerbaijan's Defence Ministry denied that its troops had fired at the village."
    )
    assert not _topics(pipeline, nobody)
    by_nationality = (
        "The peacekeepers said their post had been hit by Israeli tank fire. "
        "The Israeli military denied that its forces had fired at the post."
    )
    assert _topics(pipeline, by_nationality) == ["whether fire"]


def test_an_enemy_offensive_answers_a_denial(pipeline: Pipeline) -> None:
    text = (
        "The Congolese army said it had repelled an enemy offensive near Sake. "
        "Rebel leader Innocent Mugisha denied that his fighters had launched any offensive."
    )
    assert _topics(pipeline, text) == ["whether offensive"]


def test_each_side_naming_the_other_as_first_to_fire(pipeline: Pipeline) -> None:
    text = (
        "Armenia's Defence Ministry said Azerbaijani troops initiated unprovoked firing near the border. "
        "Azerbaijan's Defence Ministry said it was Armenian forces who had opened fire first."
    )
    assert _topics(pipeline, text) == ["who started it (fire)"]


def test_a_relative_clause_describes_and_asserts_no_fact(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors said the tycoon had siphoned $2 billion out of the bank he once owned. "
        "His lawyer said the tycoon never owned the offshore firms."
    )
    assert not _topics(pipeline, text)


def test_troops_named_by_both_are_no_shared_fact_unless_their_presence_is_denied(pipeline: Pipeline) -> None:
    acts = (
        "The militants said their fighters had killed 20 soldiers near the port. "
        "The defence minister denied that the troops had abandoned the town."
    )
    assert not _topics(pipeline, acts)
    presence = (
        "Kenyan officials said Uganda had deployed 2,000 soldiers in South Sudan. "
        "Uganda's army spokesman said there were no Ugandan soldiers in South Sudan."
    )
    assert _topics(pipeline, presence) == ["whether troop"]


def test_a_sides_own_losses_are_not_its_victims(pipeline: Pipeline) -> None:
    text = "The rebels said they had killed 20 people in the raid. The army said the rebels lost 14 men."
    assert not _topics(pipeline, text)


def test_one_statement_relayed_by_two_speakers() -> None:
    from newsgraph.nlp.claim_conflicts import _same_statement

    assert _same_statement((10, 30), (12, 30))
    assert not _same_statement((10, 50), (44, 50))  # a short claim inside an over-long one
    assert not _same_statement((10, 20), (20, 30))


def test_conflict_words_come_from_the_pipelines_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    path = folder / "conflicts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("vague: [", "vague: [insinuation, "), encoding="utf-8")
    lexicon = load_lexicon(folder)
    finder = ConflictFinder(lexicon)
    assert "insinuation" in finder.lex.vague
    assert finder.lex.demonyms is lexicon.demonyms  # read once, by the lexicon
    assert "insinuation" not in ConflictFinder(load_lexicon(DATA_DIR)).lex.vague


def test_a_higher_real_toll_conflicts_with_an_exact_count_only(pipeline: Pipeline) -> None:
    exact = "The prison authority said 23 inmates were killed in the riot. "
    higher = "Relatives of the inmates said the real toll was far higher."
    assert [k.topic for k in _extract(pipeline, exact + higher).conflicts] == ["number dead"]
    bounded = "A guard said more than 50 inmates were killed in the riot. "
    assert not _extract(pipeline, bounded + higher).conflicts
    than_before = "Relatives of the inmates said the toll was higher than in 2019."
    assert not _extract(pipeline, exact + than_before).conflicts


def test_a_number_after_its_noun_is_a_label_not_a_count(pipeline: Pipeline) -> None:
    text = (
        "Police said 12 people were killed in the blast. "
        "Residents said there were at least 10 bodies in ward 4 of the city hospital."
    )
    assert not _extract(pipeline, text).conflicts
