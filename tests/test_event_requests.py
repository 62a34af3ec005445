"""Round 5 of issue #5: REQUEST and REJECT modes from what is asked for
(`nlp/event_modes.py`, `requested_mode`; `nlp/event_types.py`, `COMPLEMENT_MODES`), the
past-tense limit of the "any X that ..." threat rule (`nlp/event_cues.py`) and captions
decided per sentence (`nlp/events.py`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events_of, extract, one
from newsgraph import Pipeline


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("The Chilean Foreign Ministry urged Peru to hand them over.", "REQUEST", "yield"),
        ("Chile demanded the dismissal of the Peruvian police chief.", "REQUEST", "change"),
        ("Peruvian protesters demanded the resignation of Prime Minister Ivo Brandt.", "REQUEST", "change"),
        ("Chile appealed to the United Nations to send observers to the border.", "REQUEST", "assist"),
        ("The Red Cross called on Peru to allow aid convoys into Arica.", "REQUEST", "assist"),
        ("Chile turned down an extradition request from Peru.", "REJECT", "yield"),
    ],
)
def test_request_mode_follows_what_is_asked_for(pipeline: Pipeline, text: str, etype: str, mode: str) -> None:
    assert one(extract(pipeline, text), etype).mode == mode


def test_a_request_s_coordinated_verb_is_no_demand(pipeline: Pipeline) -> None:
    text = "Chile urged Peru to guarantee safe passage and said it had delivered food to Arica."
    assert one(extract(pipeline, text), "REQUEST").mode == "change"  # not "assist" from "delivered"


def test_any_x_that_threat_is_not_a_past_report(pipeline: Pipeline) -> None:
    past = "Peruvian police said they had arrested any protester who refused to leave the square."
    record = extract(pipeline, past)
    assert events_of(record, "COERCE") and not events_of(record, "THREATEN")
    future = "The Chilean army said it would shoot down any drone that approaches the base."
    assert one(extract(pipeline, future), "THREATEN").mode == "violence"


def test_a_caption_silences_only_its_own_sentence(pipeline: Pipeline) -> None:
    text = "Photo: Peruvian troops march in Arica.\n\nChile accused Peru of shelling Arica on Monday."
    record = extract(pipeline, text)
    assert events_of(record, "ACCUSE") and not events_of(record, "MOBILIZE") and not events_of(record, "PROTEST")


def test_barring_foreigners_from_the_country_is_a_sanction(pipeline: Pipeline) -> None:
    text = "The United States barred two Chilean generals from entering the country over abuses."
    record = extract(pipeline, text)
    assert events_of(record, "SANCTION") and not events_of(record, "COERCE")
    record = extract(pipeline, "Chilean police barred protesters from entering the square on Friday.")
    assert events_of(record, "COERCE") and not events_of(record, "SANCTION")
