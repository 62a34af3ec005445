"""Common news wordings found missing or misread by the type-coverage probes (issue #5,
session 5 round 2): bombs that explode, crowds that gather, suicide bombings, promised
violence, phone calls received, attacks in words, and everyday senses of conflict words
(`nlp/event_senses.py`). Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from event_helpers import extract
from newsgraph import Pipeline

POSITIVES = [
    ("A car bomb exploded near a market in Kismayo, killing at least 10 people.", "ASSAULT", "explosives"),
    ("A roadside bomb went off near a police convoy in Quetta.", "ASSAULT", "explosives"),
    ("A suicide bomber blew himself up at a checkpoint in Peshawar.", "ASSAULT", "suicide-attack"),
    ("Hundreds of protesters gathered in front of the Ruritanian embassy on Friday.", "PROTEST", "demo"),
    ("Thousands of demonstrators converged on the capital on Saturday.", "PROTEST", "demo"),
    ("The Northern Front vowed to retake the city of Klow at any cost.", "THREATEN", None),
    ("Prince Faisal received a phone call from the Ruritanian president on Tuesday.", "CONSULT", "phone"),
    ("Senator Vogel launched a blistering attack on the budget proposal.", "ACCUSE", "disapprove"),
    ("Finance Minister Anna Vogel attacked the opposition's economic plan in a speech.", "ACCUSE", "disapprove"),
]


@pytest.mark.parametrize(("text", "etype", "mode"), POSITIVES)
def test_common_wording_is_coded(pipeline: Pipeline, text: str, etype: str, mode: str | None) -> None:
    record = extract(pipeline, text)
    found = [(e.event, e.mode) for e in record.events]
    assert any(t == etype and (mode is None or m == mode) for t, m in found), found


def test_promised_violence_is_one_threat(pipeline: Pipeline) -> None:
    # the retaking promised is no seizure of its own
    record = extract(pipeline, "The Northern Front vowed to retake the city of Klow at any cost.")
    assert [e.event for e in record.events] == ["THREATEN"]


def test_attack_in_words_is_no_assault(pipeline: Pipeline) -> None:
    record = extract(pipeline, "Senator Vogel launched a blistering attack on the budget proposal.")
    assert not [e for e in record.events if e.event == "ASSAULT"]


NEGATIVES = [
    "Customers charged their phones at the station.",
    "The battery was charged overnight.",
    "Liverpool beat Chelsea 2-0 to go top of the league.",
    "The striker shot wide in the 89th minute.",
    "Storms struck the coast, cutting power to thousands of homes.",
    "The blast furnace at the steel plant was shut down for repairs.",
    "The opposition is fighting an uphill battle in the election.",
    "Investors seized on the news to buy gold.",
    "Demand for electricity exploded during the heatwave.",
    "Investigators gathered evidence at the scene.",
    "Fans gathered at the stadium to watch the final.",
    "Ticket sales have exploded since the announcement.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_everyday_sense_is_no_event(pipeline: Pipeline, text: str) -> None:
    record = extract(pipeline, text)
    assert not record.events, [(e.event, e.trigger.text if e.trigger else None) for e in record.events]


STILL_EVENTS = [
    # the same words in their conflict senses stay events
    ("Police charged the two men with murder on Monday.", "COERCE"),
    ("Soldiers shot two protesters in Klow on Friday.", "ASSAULT"),
    ("Gunmen seized two aid workers in Darfur on Sunday.", "ASSAULT"),
    ("Rebels launched a fierce attack on the army base in Klow.", "ASSAULT"),
    ("Authorities shut down the newspaper for publishing the report.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), STILL_EVENTS)
def test_conflict_sense_stays(pipeline: Pipeline, text: str, etype: str) -> None:
    record = extract(pipeline, text)
    assert any(e.event == etype for e in record.events), [(e.event, e.mode) for e in record.events]
