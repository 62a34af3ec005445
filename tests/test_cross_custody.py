"""Who holds someone, across articles: claims that state a holding (no event: a state, per
docs/gold-format.md) give custody facts, and two outlets whose sources name different
holders of one person conflict (`resolve.custody`); the same holder, a denied holding or a
possible one does not."""

from __future__ import annotations

from newsgraph import Article, Pipeline
from newsgraph.resolve.graph import build_graph

FIRST = (
    "NAIROBI, June 3 (Harbour Wire) - Aid worker Lena Varga is being held by the Lord's Resistance Army "
    "in a forest camp near the border, police officials said on Tuesday. Her employer said it was in "
    "contact with the authorities."
)
SECOND = {
    "rival": "The Allied Democratic Forces holds aid worker Lena Varga and she is in good health, the "
    "group's spokesman Omar Tilli said on Thursday. He gave no details about any demands.",
    "same": "Aid worker Lena Varga is being held by the Lord's Resistance Army, a regional governor, "
    "Peter Okello, said on Thursday. He gave no details about any demands.",
    "denied": "Aid worker Lena Varga is not being held by the Allied Democratic Forces, a regional "
    "governor, Peter Okello, said on Thursday. He gave no details about any demands.",
    "possible": "Aid worker Lena Varga could be held by the Allied Democratic Forces, a regional "
    "governor, Peter Okello, said on Thursday. He gave no details about any demands.",
}


def _conflicts(pipeline: Pipeline, second: str) -> list[tuple[str, str]]:
    records = [
        pipeline.extract(Article(text=FIRST, published="2025-06-03", source="Harbour Wire")),
        pipeline.extract(Article(text=second, published="2025-06-05", source="Valley Post")),
    ]
    return [k.values for k in build_graph(records).conflicts]


def test_two_outlets_naming_different_holders_conflict(pipeline: Pipeline) -> None:
    [values] = _conflicts(pipeline, SECOND["rival"])
    assert set(values) == {"Lord's Resistance Army", "Allied Democratic Forces"}


def test_the_same_holder_a_denied_or_a_possible_holding_do_not(pipeline: Pipeline) -> None:
    for name in ("same", "denied", "possible"):
        assert _conflicts(pipeline, SECOND[name]) == [], name
