"""Actors: who is who. Entities, roles, countries, sectors, coreference, designations and
the user's actor file, on sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from newsgraph import Article, Pipeline
from newsgraph.cli import main
from newsgraph.record import Actor, Record


def _extract(pipeline: Pipeline, text: str, published: str = "2025-04-02") -> Record:
    return pipeline.extract(Article(text=text, published=published))


def _actor(record: Record, name: str) -> Actor:
    for actor in record.actors:
        if actor.name == name or name in actor.aliases:
            return actor
    raise AssertionError(f"no actor {name!r} in {[(a.name, a.kind) for a in record.actors]}")


def _owner_of(record: Record, text: str, nth: int = 1) -> list[str]:
    """Names of the actors with a mention covering the nth occurrence of `text`."""
    found = list(re.finditer(rf"\b{re.escape(text)}\b", record.text or ""))
    start = found[nth - 1].start()
    end = start + len(text)
    return [a.name for a in record.actors if any(m.start < end and start < m.end for m in a.mentions)]


def test_title_before_name_and_relative_clause_give_two_roles(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Ukrainian Deputy Defence Minister Olena Marchenko, who also serves as Petro Sydorenko's special "
        "envoy for the Black Sea, met Turkish officials in Ankara on Tuesday.",
    )
    marchenko = _actor(record, "Olena Marchenko")
    titles = {r.title: r.of for r in marchenko.roles}
    assert "deputy defence minister" in titles  # lower case, without the demonym
    assert "special envoy for the black sea" in titles  # the inner "the" is kept
    sydorenko = _actor(record, "Petro Sydorenko")  # the possessive is trimmed
    assert titles["special envoy for the black sea"] == sydorenko.id
    assert marchenko.country == "UKR" and marchenko.kind == "person"
    assert marchenko.sector == "MIL"  # defence ministers are MIL


def test_coordinated_titles_with_organisations_and_acronym(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Popular Liberation Front has long been divided. Karim Nasser, Al-Amal movement chairman and "
        "PLF executive committee chairman, said on Monday the talks would resume.",
    )
    front = _actor(record, "Popular Liberation Front")
    assert "PLF" in front.aliases  # the acronym joins the long name
    nasser = _actor(record, "Karim Nasser")
    owners = {r.of for r in nasser.roles if r.title.endswith("chairman")}
    assert front.id in owners and len(owners) == 2
    assert nasser.sector != "BUS"  # a movement's chairman is no businessman


def test_description_before_name_is_a_mention_and_keeps_the_org(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The deputy head of the political bureau of Hezbollah, Karim Haddad, said on Sunday that the group "
        "would not disarm.",
    )
    haddad = _actor(record, "Karim Haddad")
    hezbollah = _actor(record, "Hezbollah")
    assert any(r.title == "deputy head of the political bureau" and r.of == hezbollah.id for r in haddad.roles)
    assert any(m.text.startswith("deputy head") for m in haddad.mentions)
    start = record.text.index("Hezbollah") if record.text else -1
    assert any(m.start == start for m in hezbollah.mentions)  # the org inside the description keeps its name


def test_demonym_and_country_possessive_join_institutions(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Russian Foreign Ministry rejected the report. Russia's Defence Ministry said Russian forces had "
        "repelled an attack, and Moscow accused Kyiv of lying.",
    )
    ministry = _actor(record, "Russian Foreign Ministry")
    assert (ministry.kind, ministry.country, ministry.sector) == ("organization", "RUS", "GOV")
    defence = _actor(record, "Russia's Defence Ministry")
    assert (defence.country, defence.sector) == ("RUS", "MIL")
    forces = _actor(record, "Russian forces")
    assert (forces.kind, forces.country, forces.sector) == ("organization", "RUS", "MIL")
    russia = _actor(record, "Russia")
    assert russia.kind == "state" and "Moscow" in russia.aliases  # a capital that speaks is its state
    assert russia.sector == "GOV"


def test_collectives_only_when_they_act_and_org_modifiers_resolve_to_the_org(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Hezbollah fighters fired rockets at the base on Friday, killing at least 12 soldiers. Relatives of "
        "the soldiers blocked a road, while doctors at the hospital treated the wounded. The minister "
        "visited the families.",
    )
    names = {a.name for a in record.actors}
    assert "fighters" not in names and "Hezbollah fighters" not in names
    assert _owner_of(record, "fighters") == ["Hezbollah"]
    assert not any(n == "soldiers" or "12" in n for n in names)  # casualties, not actors
    assert "families" not in names
    relatives = _actor(record, "Relatives of the soldiers")
    assert relatives.kind == "group" and relatives.sector == "CVL"


def test_the_two_men_are_the_last_two_participants_not_a_possessor(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Omar Khalil met Viktor Petrenko, Ivan Sokolov's adviser, in Cairo on Monday. The two men discussed "
        "a prisoner exchange, and he said the talks were useful.",
    )
    owners = set(_owner_of(record, "The two men"))
    assert owners == {"Omar Khalil", "Viktor Petrenko"}


def test_org_nouns_and_plural_pronouns_prefer_organisations(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Israel struck positions of the armed movement Islamic Jihad overnight. The movement said its "
        "fighters would respond, and they fired rockets at Israel.",
    )
    jihad = _actor(record, "Islamic Jihad")
    assert not any(m.text.startswith("armed movement") for m in jihad.mentions)  # not an anaphor
    assert _owner_of(record, "The movement") == ["Islamic Jihad"]
    assert _owner_of(record, "its") == ["Islamic Jihad"]
    assert _owner_of(record, "they") == ["Islamic Jihad"]


def test_the_government_is_the_story_state(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "BAMAKO, April 2 (Sahel Wire) - Mali said on Tuesday that France had armed the rebels. The "
        "government gave no evidence. Malian officials said Mali would not negotiate.",
    )
    assert "Mali" in _owner_of(record, "government")
    officials = _actor(record, "Malian officials")
    assert (officials.kind, officials.country, officials.sector) == ("group", "MLI", "GOV")
    assert not any(a.name in {"Sahel Wire", "BAMAKO"} for a in record.actors)


def test_persons_the_model_calls_organisations(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The countries' security chiefs, Almazbek Toktogulov and Rustam Saidzoda, signed the deal. "
        "Yair Mizrahi, a 71-year-old farmer who was abducted in 2023, is still missing.",
    )
    for name in ("Almazbek Toktogulov", "Yair Mizrahi"):
        assert _actor(record, name).kind == "person"
    assert any(r.title == "farmer" for r in _actor(record, "Yair Mizrahi").roles)


def test_designations_stated_in_the_text(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Popular Resistance Front was designated a terrorist organisation by the European Union in "
        "2021. Its leader, Samir Aziz, was sanctioned by the United Kingdom last year.",
    )
    front = _actor(record, "Popular Resistance Front")
    labels = {(d.label.lower(), (d.authority or "").lower()) for d in front.designations}
    assert ("terrorist organisation", "european union") in labels
    assert front.designations[0].evidence is not None
    aziz = _actor(record, "Samir Aziz")
    assert any(d.label == "sanctioned" and d.authority == "United Kingdom" for d in aziz.designations)


def test_bylines_and_credits_make_no_actors(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "By Lena Hartmann\n\nGOMA, April 2 (Lakes Wire) - Rebels seized the town, residents said.\n\n"
        "Reporting by Paul Mugenzi in Goma; Editing by Sara Lind",
    )
    names = {a.name for a in record.actors}
    assert not names & {"Lena Hartmann", "Paul Mugenzi", "Sara Lind", "Lakes Wire"}
    assert "residents" in names


def test_actor_file_recognises_and_types_persons(tmp_path: Path) -> None:
    actors_file = tmp_path / "actors.yaml"
    actors_file.write_text(
        "- {name: Oksana Hrytsenko, aliases: [Hrytsenko], kind: person, country: UKR, sector: GOV}\n"
        "- {name: Harbour Watch, aliases: [HW], kind: organization, country: GBR, sector: NGO}\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("Oksana Hrytsenko met Harbour Watch in Odesa. Hrytsenko said HW would help.")
    result = CliRunner().invoke(
        main, ["--actors-file", str(actors_file), "extract", str(article), "--published", "2025-04-02", "--no-text"]
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    by_name = {a["name"]: a for a in record["actors"]}
    person = by_name["Oksana Hrytsenko"]
    assert (person["kind"], person["country"], person["sector"]) == ("person", "UKR", "GOV")
    assert "Hrytsenko" in person["aliases"]
    watch = by_name["Harbour Watch"]
    assert (watch["kind"], watch["country"], watch["sector"]) == ("organization", "GBR", "NGO")


def test_title_phrases_end_at_places_and_ranks_start_new_roles(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Germany's ambassador to Ukraine, Katrin Vogel, condemned the strike. Minister of Humanitarian Affairs "
        "Khalid Omer Babiker said aid would flow. Army spokesman Brigadier General Nabil Abdallah denied it. "
        "Public Defender Ketevan Lomidze visited the prison.",
    )
    vogel = _actor(record, "Katrin Vogel")
    assert [(r.title, r.of) for r in vogel.roles] == [("ambassador", _actor(record, "Germany").id)]
    assert vogel.country == "DEU" and vogel.sector == "GOV"
    assert [r.title for r in _actor(record, "Khalid Omer Babiker").roles] == ["minister of humanitarian affairs"]
    assert {r.title for r in _actor(record, "Nabil Abdallah").roles} == {"army spokesman", "brigadier general"}
    lomidze = _actor(record, "Ketevan Lomidze")  # the title is no part of the name
    assert [r.title for r in lomidze.roles] == ["public defender"]


def test_descriptions_next_to_an_organisation_name_are_its_mentions(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Syrian state news agency SANA said the convoy was attacked. A patrol boat rammed a fishing "
        "vessel, the Philippine Coast Guard (PCG) said. The PCG added that nobody was hurt.",
    )
    sana = _actor(record, "SANA")
    assert any(m.text.endswith("state news agency") for m in sana.mentions)
    assert not any(a.name.endswith("news agency") for a in record.actors)
    guard = _actor(record, "Philippine Coast Guard")
    assert "PCG" in guard.aliases and guard.country == "PHL" and guard.kind == "organization"


def test_government_of_a_country_is_the_state_and_local_police_an_organisation(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Federal Government of Somalia condemned the bombing. Gazipur police said they had arrested "
        "three men, and Somalia asked for help.",
    )
    somalia = _actor(record, "Somalia")
    assert somalia.kind == "state" and "Federal Government of Somalia" in somalia.aliases
    police = _actor(record, "Gazipur police")
    assert (police.kind, police.sector) == ("organization", "POL")


def test_spokesperson_speaks_for_the_body_just_named_and_political_roles_are_pty(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        'The Northern Front denied the report. "We hold nobody," spokesman Daud Rahimi said. The head of '
        "the political bureau of the Northern Front, Omar Siddiqi, is listed by the US government as a "
        "'specially designated global terrorist'.",
    )
    front = _actor(record, "Northern Front")
    rahimi = _actor(record, "Daud Rahimi")
    assert [(r.title, r.of) for r in rahimi.roles] == [("spokesman", front.id)]
    siddiqi = _actor(record, "Omar Siddiqi")
    assert siddiqi.sector == "PTY"
    assert any(
        d.label.lower() == "specially designated global terrorist" and d.authority == "US government"
        for d in siddiqi.designations
    )


def test_group_references_and_pronoun_gender(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Protesters gathered outside parliament on Monday. They chanted slogans, and the crowd later "
        "dispersed. President Emmanuel Okoro met Prime Minister Laila Haddad in Abuja. The president said "
        "he was confident. She said her government would help.",
    )
    assert _owner_of(record, "They") == ["Protesters"]
    assert _owner_of(record, "the crowd") == ["Protesters"]
    assert _owner_of(record, "he") == ["Emmanuel Okoro"]
    assert _owner_of(record, "She") == ["Laila Haddad"]  # "he" already went to Okoro


def test_collectives_stop_at_the_dateline(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "CAIRO, Feb 15 (Nile Wire Service) - Egyptian and Qatari mediators held talks with Hamas on "
        "Saturday. Gunmen attacked a checkpoint near Rafah, witnesses said.",
    )
    mediators = _actor(record, "Egyptian and Qatari mediators")
    assert mediators.kind == "group" and mediators.country is None  # two countries: none of them
    assert _actor(record, "Gunmen").kind == "group"


def test_family_name_left_out_by_the_model_is_kept(pipeline: Pipeline) -> None:
    record = pipeline.extract(
        Article(
            text="Prime Minister Milena Radović Kostić on Monday invited student representatives to talks.",
            published="2025-05-14",
        )
    )
    assert "Milena Radović Kostić" in {a.name for a in record.actors}


def test_surname_of_a_named_person_is_not_a_place(pipeline: Pipeline) -> None:
    # "Abbas" alone is also a gazetteer town; after "Mahmoud Abbas" it is the same person
    text = "President Mahmoud Abbas arrived in Moscow on Thursday. Abbas met with Putin on Friday."
    record = pipeline.extract(Article(text=text, published="2025-05-14"))
    ids = {a.name: a.id for a in record.actors}
    meetings = [e for e in record.events if e.event == "CONSULT" and ids.get("Putin") in e.recipient]
    assert meetings and all(ids["Mahmoud Abbas"] in e.actor for e in meetings)


# -- session 2: collectives, duplicates, noise, capitals ------------------------------------


def test_collectives_in_argument_positions_are_group_actors(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The envoy called on all parties to respect the truce. Colonel Idrissa Kone accused "
        '"foreign sponsors" of arming the rebels. Family members of Ali Diallo held a vigil on Friday.',
    )
    assert _actor(record, "all parties").kind == "group"
    assert _actor(record, "foreign sponsors").kind == "group"
    family = _actor(record, "Family members")  # the head alone is an alias of "... of Ali Diallo"
    assert family.kind == "group" and family.name == "Family members of Ali Diallo"


def test_counted_victims_are_actors_but_counted_soldiers_are_not(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Gunmen attacked a market in Gao on Monday, killing at least 20 civilians. A court convicted two "
        "student activists on Tuesday. Rebels ambushed a convoy, killing 12 soldiers.",
    )
    names = {a.name for a in record.actors}
    assert "civilians" in names and "student activists" in names
    assert "soldiers" not in names  # counted soldiers belong to their army
    quiet = _extract(pipeline, "The minister condemned attacks on civilians. Three civilians died in the fire.")
    assert "civilians" not in {a.name for a in quiet.actors}  # no act whose object they are


def test_transliterated_surname_joins_the_full_name(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        '"We will not stop," Dragana Đorđević, a law student, said on Monday. Djordjevic said the students '
        "would march again. Milena Đurić spoke at the rally on Monday. Later, Djuric said they would return.",
    )
    persons = {a.name: a for a in record.actors if a.kind in {"person", "organization"}}
    assert sorted(persons) == ["Dragana Đorđević", "Milena Đurić"], sorted(persons)
    assert "Djordjevic" in persons["Dragana Đorđević"].aliases
    assert "Djuric" in persons["Milena Đurić"].aliases  # tagged ORG by the model, still her


def test_party_with_acronym_demonym_and_short_name_is_one_actor(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Protesters smashed windows at an office of the ruling Serbian Progressive Party (SNS) on Monday. "
        "The Progressive Party said the attack was planned.",
    )
    parties = [a for a in record.actors if a.kind == "organization"]
    assert len(parties) == 1, [(a.name, a.aliases) for a in parties]
    assert parties[0].name == "Serbian Progressive Party"
    assert {"SNS", "Progressive Party"} <= set(parties[0].aliases)


def test_acronym_completes_a_partly_recognised_long_name(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Workers ransacked the offices of four factories, the Lanka Tea Manufacturers and Exporters "
        "Association (LTMEA) said on Monday.",
    )
    association = _actor(record, "LTMEA")
    assert association.name == "Lanka Tea Manufacturers and Exporters Association"
    assert [a.name for a in record.actors if a.kind == "organization"] == [association.name]


def test_plain_police_mentions_are_one_force_but_named_police_stay_apart(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Police estimated the crowd at 10,000. Later, riot police fired tear gas at protesters in Dhaka. "
        "Dozens were detained by the Industrial Police, police said.",
    )
    police = [a for a in record.actors if "police" in a.name.lower()]
    names = sorted(a.name for a in police)
    assert names == ["Industrial Police", "Police"], names
    assert "riot police" in _actor(record, "Police").aliases


def test_country_military_under_two_names_is_one_actor(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The Armenian Army said on Monday that Armenian forces had returned fire near the border.",
    )
    military = [a for a in record.actors if a.kind == "organization"]
    assert len(military) == 1, [(a.name, a.aliases) for a in military]


def test_credited_outlet_and_interviewing_outlet_are_not_actors(pipeline: Pipeline) -> None:
    text = (
        "AMMAN, May 3 (Steppe Line) - Aid workers said the convoy was stopped. Its chief, Paul Roche, "
        "told Steppe Line the trucks were safe, and a nurse told Oasis Newsroom she had treated four people.\n\n"
        "Photo: A convoy near the border / Steppe Line"
    )
    names = {a.name for a in _extract(pipeline, text).actors}
    assert "Steppe Line" not in names and "Oasis Newsroom" not in names
    assert "Paul Roche" in names


def test_names_that_place_nouns_introduce_are_places(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Troops opened fire near the village of Kvarteni on Monday. Protesters blocked the Zvezda bridge, "
        "and drones came from the outskirts of Tal Birek.",
    )
    names = {a.name for a in record.actors}
    assert not names & {"Kvarteni", "Zvezda", "Tal Birek"}, names


def test_capital_as_object_of_an_accusation_is_the_state(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The foreign minister accused Moscow of sabotage. Officials will visit Kyiv.")
    russia = _actor(record, "Russia")
    assert russia.kind == "state" and "Moscow" in russia.aliases
    assert not any(a.country == "UKR" and a.kind == "state" for a in record.actors)  # a visit names a place


def test_possessive_country_stays_out_of_a_proper_body_name(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Norway's Royal Rescue Service said on Monday it had saved 12 fishermen. "
        "Peru's interior ministry denied the report. The ministry said nobody was hurt.",
    )
    service = _actor(record, "Royal Rescue Service")
    assert service.country == "NOR"
    assert _owner_of(record, "interior ministry") == ["Peru's interior ministry"]
    assert _owner_of(record, "ministry", 2) == ["Peru's interior ministry"]


def test_acronym_in_the_names_own_word_order_joins_the_long_form(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "The National Electoral Council (CNE) announced the results on Sunday. "
        "Opposition leaders said the CNE had hidden the tallies.",
    )
    council = _actor(record, "National Electoral Council")
    assert "CNE" in council.aliases


def test_a_place_tells_two_groups_of_officials_apart(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Officials in Lahore said four workers were detained. Officials in Islamabad said the police had acted alone.",
    )
    names = {a.name for a in record.actors}
    assert {"Officials in Lahore", "Officials in Islamabad"} <= names


def test_both_sides_and_the_two_countries_refer_to_each_party(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Peru and Chile held talks in Lima on Monday. Both sides agreed to reopen the border. "
        "The two countries signed a trade deal in 2020.",
    )
    assert sorted(_owner_of(record, "Both sides")) == ["Chile", "Peru"]
    assert sorted(_owner_of(record, "two countries")) == ["Chile", "Peru"]


def test_a_dash_closes_the_dateline_and_a_town_joined_to_a_town_is_a_place(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "QUITO — Ecuador's Popular Revolutionary Front (FRP) freed two hostages on Monday, the group said. "
        "Aid agencies said 3,000 people had fled towards Tena and Archidona. The Liberal Party of Ecuador (LPE) "
        "said two of its members were held at the Eloy Alfaro barracks.",
    )
    names = [a.name for a in record.actors]
    assert "Popular Revolutionary Front" in names
    assert "Archidona" not in names and "Eloy Alfaro" not in names
    assert "LPE" in _actor(record, "Liberal Party of Ecuador").aliases
