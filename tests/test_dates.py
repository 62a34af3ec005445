"""Time expressions resolved against the publication date, and event dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from newsgraph import Pipeline
from newsgraph.ingest.article import Article
from newsgraph.nlp.dates import resolve

BASE = date(2025, 3, 12)  # a Wednesday


def _dates(pipeline: Pipeline, text: str, published: str | None = "2025-03-12") -> dict[str, str | None]:
    record = pipeline.extract(Article(text=text, published=published))
    return {d.text: d.value for d in record.dates}


def test_weekdays_are_the_latest_on_or_before_publication_unless_future() -> None:
    assert resolve("on Monday", BASE) == {"value": "2025-03-10", "end_value": None, "granularity": "day"}
    assert resolve("Wednesday", BASE)["value"] == "2025-03-12"  # type: ignore[index]
    assert resolve("last Thursday", BASE)["value"] == "2025-03-06"  # type: ignore[index]
    assert resolve("on Friday", BASE, future=True)["value"] == "2025-03-14"  # type: ignore[index]
    assert resolve("next Monday", BASE)["value"] == "2025-03-17"  # type: ignore[index]


def test_weeks_months_and_years_start_where_they_start() -> None:
    assert resolve("next week", BASE) == {"value": "2025-03-17", "end_value": None, "granularity": "week"}
    assert resolve("earlier this week", BASE)["value"] == "2025-03-10"  # type: ignore[index]
    assert resolve("next month", BASE) == {"value": "2025-04-01", "end_value": None, "granularity": "month"}
    assert resolve("last month", BASE)["value"] == "2025-02-01"  # type: ignore[index]
    assert resolve("since last year", BASE) == {"value": "2024-01-01", "end_value": None, "granularity": "year"}
    assert resolve("the end of the month", BASE)["value"] == "2025-03-31"  # type: ignore[index]


def test_months_and_day_months() -> None:
    assert resolve("in May", BASE)["value"] == "2024-05-01"  # type: ignore[index]
    assert resolve("in May", BASE, future=True)["value"] == "2025-05-01"  # type: ignore[index]
    assert resolve("as early as April", BASE, future=True)["value"] == "2025-04-01"  # type: ignore[index]
    assert resolve("7 October of last year", BASE)["value"] == "2024-10-07"  # type: ignore[index]
    assert resolve("Oct. 2024", BASE)["value"] == "2024-10-01"  # type: ignore[index]
    ranged = resolve("between 3 and 5 May", BASE)
    assert ranged == {"value": "2024-05-03", "end_value": "2024-05-05", "granularity": "day"}


def test_without_a_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve("on Monday", None) is None
    assert resolve("March 3, 2024", None)["value"] == "2024-03-03"  # type: ignore[index]


def test_future_verbs_look_ahead(pipeline: Pipeline) -> None:
    found = _dates(pipeline, "The two ministers agreed to hold their next meeting in May, officials said.")
    assert found["May"] == "2025-05-01"
    found = _dates(pipeline, "Farmers said they had planted the fields in May.")
    assert found["May"] == "2024-05-01"


def test_a_day_month_fixed_earlier_keeps_its_year(pipeline: Pipeline) -> None:
    text = (
        "The dam burst on 9 November of last year, flooding three villages. "
        "Engineers who inspected the site before the 9 November collapse had warned of cracks."
    )
    values = [v for t, v in _dates(pipeline, text).items() if "9 November" in t]
    assert values and all(v == "2024-11-09" for v in values)


def test_offsets_from_other_dates(pipeline: Pipeline) -> None:
    text = (
        "Gunmen raided a police post in the hills on Sunday, killing four officers. "
        "The governor had asked for more troops two weeks before the attack. "
        "The army said it arrived three days after the 9 March raid on the depot."
    )
    found = _dates(pipeline, text)
    before = next(v for t, v in found.items() if t.startswith("two weeks before"))
    after = next(v for t, v in found.items() if t.startswith("three days after"))
    assert before == "2025-02-23"  # the attack: Sunday 9 March, less 14 days
    assert after == "2025-03-12"


def test_dates_that_lean_on_the_day_last_given(pipeline: Pipeline) -> None:
    text = (
        "Thousands marched through the capital on Tuesday. "
        "The evening before, police had cleared a square. Dozens were detained that night."
    )
    found = _dates(pipeline, text)
    assert any(v == "2025-03-10" for t, v in found.items() if "before" in t.lower())
    assert any(v == "2025-03-10" for t, v in found.items() if "night" in t)


def test_dateline_date_is_found_and_does_not_date_events(pipeline: Pipeline) -> None:
    text = "OSLO, Mar 12 (Fjord Wire) - Police arrested two men at the harbour, a spokesman said."
    record = pipeline.extract(Article(text=text, published="2025-03-12"))
    assert any(d.text == "Mar 12" and d.value == "2025-03-12" for d in record.dates)
    assert all(e.date is None for e in record.events)


def test_no_publication_date_warns(pipeline: Pipeline) -> None:
    record = pipeline.extract(Article(text="Protesters gathered in the square on Friday, witnesses said."))
    assert any("publication date" in w for w in record.warnings)


def _events(pipeline: Pipeline, text: str) -> dict[str, Any]:
    """trigger text -> the event's date (None when it has none)."""
    record = pipeline.extract(Article(text=text, published="2025-03-12"))  # a Wednesday
    return {e.trigger.text: e.date for e in record.events if e.trigger}


def test_since_month_and_weekday_are_two_expressions(pipeline: Pipeline) -> None:
    found = _dates(
        pipeline, "The militia freed four engineers it had held since January on Tuesday, the ministry said."
    )
    assert found.get("January") == "2025-01-01" and found.get("Tuesday") == "2025-03-11"
    events = _events(pipeline, "The militia freed four engineers it had held since January on Tuesday, officials said.")
    assert events["freed"] is not None and events["freed"].value == "2025-03-11"
    # the day after "since March" belongs to the main verb, and that verb looks ahead
    text = "The rebels will release six aid workers they have held since January on Friday, the envoy said."
    assert _dates(pipeline, text).get("Friday") == "2025-03-14"
    date = _events(pipeline, text)["release"]
    assert date is not None and date.value == "2025-03-14"


def test_a_relative_clause_date_does_not_date_the_main_verb(pipeline: Pipeline) -> None:
    text = (
        "Moldova on Monday expelled three Russian diplomats, accusing Moscow of a cyberattack that "
        "knocked the election commission's website offline last week."
    )
    events = _events(pipeline, text)
    assert events["expelled"] is not None and events["expelled"].value == "2025-03-10"
    assert events["accusing"] is not None and events["accusing"].value == "2025-03-10"


def test_coordinated_verbs_share_their_date(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Police fired tear gas at the marchers on Tuesday and detained 40 people.")
    assert events["detained"] is not None and events["detained"].value == "2025-03-11"


def test_undated_news_events_take_the_paragraphs_or_the_leads_day(pipeline: Pipeline) -> None:
    text = (
        "Gunmen ambushed an army convoy near Gao on Monday, killing 12 soldiers, officials said.\n\n"
        "The army said it had arrested three suspects.\n\n"
        "On Tuesday night riot police clashed with protesters in the capital. Police detained 40 people.\n\n"
        "The army will deploy more troops to the region."
    )
    events = _events(pipeline, text)
    arrested, detained = events["arrested"], events["detained"]
    assert arrested is not None and arrested.value == "2025-03-10" and arrested.text is None  # the lead's day
    assert detained is not None and detained.value == "2025-03-11"  # the paragraph's day
    assert events["deploy"] is None  # a future event takes no news day


def test_a_participle_clause_dates_its_verb(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Qatar sent a cargo plane carrying tents to Kabul yesterday, the embassy said.")
    assert events["sent"] is not None and events["sent"].value == "2025-03-11"
    assert events["sent"].text == "yesterday"


def test_a_noun_the_ner_took_into_a_date_is_left_out(pipeline: Pipeline) -> None:
    found = _dates(pipeline, "The bloc imposed sanctions on 40 oil tankers last month, diplomats said.")
    assert found.get("last month") == "2025-02-01", found
    events = _events(pipeline, "The bloc imposed sanctions on 40 oil tankers last month, diplomats said.")
    assert events["imposed"] is not None and events["imposed"].value == "2025-02-01"
