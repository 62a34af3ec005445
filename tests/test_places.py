"""Places: gazetteer resolution, toponym choice, datelines, and what is not a place."""

from __future__ import annotations

from pathlib import Path

from newsgraph import Pipeline
from newsgraph.ingest.article import Article
from newsgraph.nlp.places import find_dateline
from newsgraph.record import Record


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Article(text=text, published="2025-03-12"))


def _names(record: Record) -> set[str]:
    return {p.name for p in record.places} | {m.text for p in record.places for m in p.mentions}


def test_datelines_of_many_shapes() -> None:
    assert find_dateline("BEIRUT — Shops stayed shut.")["name"] == "BEIRUT"  # type: ignore[index]
    assert find_dateline("MOSCOW (Reuters) - The court ruled.")["name"] == "MOSCOW"  # type: ignore[index]
    found = find_dateline("CAIRO, Feb 15 (Levant Wire Service) - Talks resumed.")
    assert found is not None and found["name"] == "CAIRO" and found["date_start"] == 7
    assert find_dateline("MOSCOW, Oct 23 /TASS/. The minister said.")["name"] == "MOSCOW"  # type: ignore[index]
    found = find_dateline("By Jane Roe\n\nODESA, Ukraine, March 3 (Black Sea Desk) - Ships left.")
    assert found is not None and found["name"] == "ODESA" and found["region"] == "Ukraine"
    found = find_dateline("SKOPJE, May 4. /Balkan Press Agency of Record/. Talks ended.")
    assert found is not None and found["name"] == "SKOPJE"
    assert find_dateline("The talks ended without a deal.") is None


def test_countries_take_their_common_name(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The convoy crossed into Russia near the border post, officials said.")
    russia = next(p for p in record.places if p.country == "RUS")
    assert russia.name == "Russia" and russia.resolution == "country"


def test_a_country_that_only_acts_is_not_a_place(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Norway said it would send more aid. Portugal accused Spain of delays.")
    assert not {"Norway", "Portugal", "Spain"} & _names(record)
    record = _extract(pipeline, "The envoy flew to Norway on Monday.")
    assert "Norway" in _names(record)


def test_capital_as_government_is_not_a_place(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Ankara rejected the proposal. Later, thousands rallied in Madrid.")
    names = _names(record)
    assert "Madrid" in names and "Ankara" not in names


def test_toponyms_the_ner_mislabels_are_found(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Soldiers fired on a crowd near the village of Qaryatain on Monday. "
        "Aid trucks later left from Homs, and farmers blocked the Orontes bridge in the Hama region.",
    )
    names = _names(record)
    assert "Qaryatain" in names
    assert "Homs" in names
    assert "Orontes bridge" in names
    hama = next(p for p in record.places if "Hama region" in {m.text for m in p.mentions})
    assert hama.resolution == "region" and hama.country == "SYR"


def test_outlet_names_and_demonyms_are_not_places(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "CAIRO (Levant Wire) - Egyptian officials met in Cairo on Monday.")
    names = _names(record)
    assert "Levant" not in names and "Egyptian" not in names and "Cairo" in names
    assert record.source.dateline == "CAIRO"


def test_toponym_choice_follows_the_article(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Fans gathered in Paris on Monday.")
    assert next(p for p in record.places if p.name == "Paris").country == "FRA"


def test_event_place_and_date_from_its_own_clause(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "KYIV, March 12 (Harbour Wire) - Russian forces shelled the city of Kherson on Tuesday, the governor said.",
    )
    places = {p.id: p for p in record.places}
    shelled = [e for e in record.events if e.event == "ASSAULT"]
    assert shelled
    assert shelled[0].date is not None and shelled[0].date.value == "2025-03-11"
    assert shelled[0].location is not None and places[shelled[0].location].name == "Kherson"


def test_user_place_file_adds_sites(tmp_path: Path) -> None:
    """A site the gazetteer lacks, from the user's --places-file, is found and geocoded."""
    import json

    from click.testing import CliRunner

    from newsgraph.cli import main

    places = tmp_path / "places.yaml"
    places.write_text(
        "- {name: Tel Harrow Base, aliases: [Harrow Base], country: ISR, lat: 31.25, lon: 34.79, resolution: site}\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("Militants fired rockets at Harrow Base in southern Israel on Monday, the army said.")
    result = CliRunner().invoke(
        main, ["--places-file", str(places), "extract", str(article), "--published", "2025-02-04"]
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    site = next(p for p in record["places"] if p["name"] == "Tel Harrow Base")
    assert site["country"] == "ISR" and site["resolution"] == "site" and abs(site["lat"] - 31.25) < 1e-6


def test_same_name_place_follows_the_story_country(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline, "DALLAS, Texas (Lone Star Wire) - A tornado damaged homes in Paris on Monday, Texas officials said."
    )
    paris = next(p for p in record.places if p.name == "Paris")
    assert paris.country == "USA" and paris.lat is not None and 33 < paris.lat < 34.5


def _event_places(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    """trigger text -> the name of the event's place (None when it has none)."""
    record = pipeline.extract(Article(text=text, published="2025-03-12"))
    names = {p.id: p.name for p in record.places}
    return {e.trigger.text: names.get(e.location) if e.location else None for e in record.events if e.trigger}


def test_two_city_dateline() -> None:
    found = find_dateline("SRINAGAR/ISLAMABAD, Jan 14 (Harbour Wire) - Troops exchanged fire.")
    assert found is not None and found["name"] == "SRINAGAR/ISLAMABAD" and found["date_start"] == 20


def test_place_of_a_nominal_event_deep_in_the_clause(pipeline: Pipeline) -> None:
    found = _event_places(pipeline, "Russian forces launched a wave of drone strikes on Kharkiv late on Tuesday.")
    assert found["launched"] == "Kharkiv"
    found = _event_places(pipeline, "Rebels shelled army positions south of Aleppo on Friday, residents said.")
    assert found["shelled"] == "Aleppo"


def test_a_town_wins_over_the_country_around_it(pipeline: Pipeline) -> None:
    text = "Gunmen killed two drivers on Sunday in Syria after a drone hit their convoy near Idlib, the ICRC said."
    assert _event_places(pipeline, text)["hit"] == "Idlib"


def test_the_city_is_the_city_last_named(pipeline: Pipeline) -> None:
    text = "Rebels shelled the city of Aleppo on Monday.\n\nOn Tuesday, police detained 30 people in the city."
    assert _event_places(pipeline, text)["detained"] == "Aleppo"


def test_the_dateline_places_events_only_when_the_story_happens_there(pipeline: Pipeline) -> None:
    home = "KHARKIV — Gunmen shelled a crowded market on Sunday, residents said.\n\nShops in Ukraine stayed shut."
    assert _event_places(pipeline, home)["shelled"] == "Kharkiv"
    abroad = "AMMAN — Gunmen shelled a crowded market on Sunday, residents said.\n\nShops in Syria stayed shut."
    assert _event_places(pipeline, abroad)["shelled"] is None


def test_later_events_on_the_ground_happen_where_the_lead_put_the_news(pipeline: Pipeline) -> None:
    text = (
        "Jihadists ambushed a convoy near Gao on Tuesday, officials said.\n\n"
        "A third driver was captured by gunmen as he fled, according to the ICRC."
    )
    assert _event_places(pipeline, text)["captured"] == "Gao"


def test_unknown_towns_take_the_country_of_their_sentence(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Fighting broke out near the village of Tell Ghazzal in Syria, the ministry said.")
    village = next(p for p in record.places if p.name == "Tell Ghazzal")
    assert village.country == "SYR" and village.resolution == "site"


def test_participle_clauses_share_the_place_of_their_verb(pipeline: Pipeline) -> None:
    text = "Militants fired mortars overnight, hitting a school in the Tessalit district and wounding six pupils."
    assert _event_places(pipeline, text)["fired"] == "Tessalit"
    text = "Qatar sent a cargo plane carrying tents to Kabul on Monday and will fly 30 patients to Doha, it said."
    assert _event_places(pipeline, text)["sent"] == "Kabul"


def test_a_place_named_on_a_line_is_more_precise_than_the_line(pipeline: Pipeline) -> None:
    text = "Troops exchanged fire across the Line of Control in Kashmir's Uri sector on Sunday night."
    assert _event_places(pipeline, text)["exchanged"] == "Uri"


def test_where_a_road_leads_is_not_where_it_was_blocked(pipeline: Pipeline) -> None:
    text = (
        "MOSUL, Iraq (Tigris Desk) - Mosul's mayor quit on Friday.\n\n"
        "Farmers blocked the highway to Erbil on Thursday, and police imposed a curfew across the city."
    )
    found = _event_places(pipeline, text)
    assert found["imposed"] == "Mosul"
    text = "MOSUL, Iraq (Tigris Desk) - Students marched on Friday and blocked the road to Erbil."
    assert _event_places(pipeline, text)["marched"] == "Mosul"


def test_unknown_towns_near_and_kinds_of_place_in_two_words(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "Troops clashed with rebels near Wadi Kheiran on Monday, the army said.")
    assert "Wadi Kheiran" in _names(record)
    record = _extract(pipeline, "Engineers at the Tarjil oil field walked out, and jets hit the Kabala air base.")
    names = {p.name for p in record.places}
    assert {"Tarjil", "Kabala"} <= names, names
    record = _extract(pipeline, "Dissidents are held at the Kelvar barracks and the Ostrog prison, relatives said.")
    assert {"Kelvar barracks", "Ostrog prison"} <= {p.name for p in record.places}


def test_a_place_inside_an_organisation_name_is_no_place(pipeline: Pipeline) -> None:
    record = _extract(pipeline, "The U.S. Africa Command said it struck militants in Somalia on Tuesday.")
    assert "Africa" not in _names(record)


def test_the_demonym_capital_is_that_country_s_capital(pipeline: Pipeline) -> None:
    text = "The two sides signed a truce in the Qatari capital on Monday, mediators said."
    record = _extract(pipeline, text)
    assert any(p.name == "Doha" and p.country == "QAT" for p in record.places)
    assert _event_places(pipeline, text)["signed"] == "Doha"


def test_a_country_gives_way_to_the_dateline_town_in_it(pipeline: Pipeline) -> None:
    text = "LIMA, March 12 (Andes Desk) - Police detained 40 students on Tuesday, and unions in Peru called a strike."
    assert _event_places(pipeline, text)["detained"] == "Lima"
    # the text's own "in Peru" stays
    text = "LIMA, March 12 (Andes Desk) - Riot police clashed with protesters in Peru on Tuesday, officials said."
    assert _event_places(pipeline, text)["clashed"] == "Peru"


def test_the_object_of_an_attack_names_its_place_through_of(pipeline: Pipeline) -> None:
    text = (
        "Rebels attacked the headquarters of the district of Ouallam in the Tillaberi region on Sunday, the mayor said."
    )
    assert _event_places(pipeline, text)["attacked"] == "Ouallam"


def test_where_fighters_headed_is_not_where_they_withdrew(pipeline: Pipeline) -> None:
    text = "The insurgents withdrew on Monday evening towards Pemba, residents said."
    assert _event_places(pipeline, text)["withdrew"] is None
