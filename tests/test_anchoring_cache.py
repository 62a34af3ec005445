"""The per-doc caches of event anchoring and sizes give the answers of a fresh computation, whatever
the order in which docs, triggers and publication dates come."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from newsgraph import Article, Pipeline
from newsgraph.nlp import anchoring, anchoring_places
from newsgraph.nlp.anchoring import _date_for, _place_for, _story_place
from newsgraph.nlp.size import event_size

FIRST = (
    "Gunmen stormed a checkpoint near Kidal on Monday, killing four soldiers, officials in Bamako said.\n"
    "The army launched a counter-offensive in the town on Tuesday and arrested 12 suspects.\n"
    "Talks that opened in Algiers last week will resume next month."
)
SECOND = (
    "Protesters marched through Tbilisi on Saturday. Police fired tear gas in the capital and detained 30 people.\n"
    "On Sunday, the opposition met in Batumi, where it called for new elections."
)


def _parse(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.nlp(pipeline._make_doc(Article(text=text, published="2024-03-20")))


def _triggers(doc: Doc) -> list[Token]:
    return [t for t in doc if t.pos_ in {"VERB", "NOUN"}]


def _fresh() -> None:
    anchoring._LAST_DATES.clear()
    anchoring_places._LAST_PLACES.clear()


def _answers(doc: Doc, published: str, *, fresh: bool) -> list[tuple[Any, ...]]:
    dates = doc._.ng_dates or []
    token_place = doc._.ng_token_place or {}
    places = doc._.ng_places or []
    out = []
    for trigger in _triggers(doc):
        if fresh:
            _fresh()
        date = _date_for(trigger, dates, published=published)
        place = _place_for(trigger, token_place, places=places)
        story = _story_place(trigger, token_place, places=places)
        out.append((trigger.i, date, place, story))
    return out


def test_cached_anchors_match_fresh_ones_across_docs_and_dates(pipeline: Pipeline) -> None:
    first, second = _parse(pipeline, FIRST), _parse(pipeline, SECOND)
    expected = {
        (id(doc), published): _answers(doc, published, fresh=True)
        for doc in (first, second)
        for published in ("2024-03-20", "2025-01-01")
    }
    _fresh()
    # interleave docs and publication dates: a stale cache would answer for the wrong one
    for doc, published in [
        (first, "2024-03-20"),
        (second, "2024-03-20"),
        (first, "2025-01-01"),
        (first, "2024-03-20"),
        (second, "2025-01-01"),
    ]:
        assert _answers(doc, published, fresh=False) == expected[(id(doc), published)]
    # the texts give the anchors something to find
    found = expected[(id(first), "2024-03-20")]
    assert any(date is not None for _, date, _, _ in found)
    assert any(place is not None for _, _, place, _ in found)


def test_a_changed_date_list_is_read_again(pipeline: Pipeline) -> None:
    doc = _parse(pipeline, FIRST)
    dates: list[dict[str, Any]] = list(doc._.ng_dates or [])
    storm = next(t for t in doc if t.lower_ == "stormed")
    before = _date_for(storm, dates, published="2024-03-20", carry=False)
    assert before is not None and before["text"] == "Monday"
    kept = [d for d in dates if d["text"] != "Monday"]
    dates[:] = kept  # the same list, fewer dates: the cache must not answer from the old ones
    after = _date_for(storm, dates, published="2024-03-20", carry=False)
    assert after is None or after["text"] != "Monday"


def test_event_size_reads_each_docs_own_numbers(pipeline: Pipeline) -> None:
    # the number words are found once per doc: alternating docs must not mix their counts
    first = _parse(pipeline, "Police said 14 people were killed and 30 wounded in Kidal.")
    second = _parse(pipeline, "Officials said troops arrested nine men in Gao.")
    for _ in range(2):
        assert event_size(next(first.sents), [])["dead"] == 14
        assert event_size(next(first.sents), [])["injured"] == 30
        assert event_size(next(second.sents), [])["arrested"] == 9
        assert event_size(next(second.sents), [])["dead"] is None
