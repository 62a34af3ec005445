"""The graph across articles: actor merges, splits and user decisions, event clusters with
their counts, syndicated copies, conflicts across sources, idempotent ingest, and the
scores on the cross-outlet corpus."""

from __future__ import annotations

from pathlib import Path

from crossdoc_helpers import actor, claim, corpus, event, record
from newsgraph import Article, Pipeline, open_store
from newsgraph.eval.crossdoc import evaluate_corpus, load_truth
from newsgraph.ingest.readers import read_articles
from newsgraph.record import Record, Role, Source
from newsgraph.resolve.graph import build_graph, graph_from_store
from newsgraph.resolve.syndication import stories
from newsgraph.runner.batch import ingest
from newsgraph.store import Decision

CROSSDOC = Path(__file__).parent / "data" / "crossdoc"


def _ids(graph, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.id for a in graph.actors.find(name)}


def test_transliterations_acronyms_and_aliases_merge() -> None:
    g = build_graph(corpus())
    haddad = g.actors.find("Yusuf Hadad")[0]
    assert {"Yousef Haddad", "Yusuf Hadad", "Youssef Haddad"} <= set(haddad.names) and haddad.documents == 3
    ndf = g.actors.find("NDF")[0]
    assert ndf.name == "Northern Defence Force" and ndf.documents == 3
    assert _ids(g, "Abu Mazen") == _ids(g, "Mahmoud Abbas")


def test_people_sharing_a_surname_stay_apart() -> None:
    g = build_graph(corpus())
    assert _ids(g, "Karim Nasser").isdisjoint(_ids(g, "Salma Nasser"))
    # the bare surname fits two people: it is left on its own
    bare = next(a for a in g.actors.actors.values() if a.name == "Nasser")
    assert bare.documents == 1


def test_user_decisions_override_resolution() -> None:
    split = build_graph(corpus(), [Decision("split", "Yusuf Hadad", "Yousef Haddad")])
    assert _ids(split, "Yusuf Hadad").isdisjoint(_ids(split, "Yousef Haddad"))
    joined = build_graph(corpus(), [Decision("confirm", "Nasser", "Karim Nasser")])
    assert _ids(joined, "Nasser") & _ids(joined, "Karim Nasser")


def test_event_cluster_counts_articles_outlets_and_dates() -> None:
    g = build_graph(corpus())
    strikes = [c for c in g.events if c.event == "ASSAULT"]
    first = next(c for c in strikes if c.date == "2025-05-01")
    assert first.articles == 2 and first.outlets == ["Harbour Wire", "Valley Post"]
    assert (first.first_seen, first.last_seen) == ("2025-05-02", "2025-05-03")
    assert len(strikes) == 2  # a week later is another strike


def test_conflicting_counts_across_sources() -> None:
    g = build_graph(corpus())
    [k] = g.conflicts
    assert k.field == "dead" and set(k.values) == {"9", "12"} and set(k.sources) == {"Harbour Wire", "Valley Post"}


def test_syndicated_copies_count_as_one_article() -> None:
    wire = record("w1", "Harbour Wire", "2025-05-02", [actor("A1", "Yousef Haddad")])
    g = build_graph(
        [*corpus(), wire],
        publications={
            "w1": [wire.source, Source(name="Hill Times", url="https://hill.example", published="2025-05-04")]
        },
    )
    assert g.publications["w1"][1].name == "Hill Times"


def test_reingest_is_idempotent_and_new_articles_update_clusters(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "g.db"))
    r1, r2, r3 = corpus()
    store.write([r1, r3])
    before = {c.id: c.articles for c in graph_from_store(store).events}
    store.write([r1, r3])
    assert {c.id: c.articles for c in graph_from_store(store).events} == before
    store.write([r2])
    after = graph_from_store(store)
    assert max(c.articles for c in after.events) == 2
    store.close()


def test_pipeline_articles_merge_across_spellings(tmp_path: Path, pipeline: Pipeline) -> None:
    texts = [
        "RAMALLAH, May 2 - Palestinian negotiator Yousef Haddad met Egyptian mediators in Cairo on Friday.",
        "CAIRO, May 3 - Palestinian negotiator Yusuf Haddad said on Saturday that talks in Cairo would resume.",
    ]
    store = open_store(str(tmp_path / "p.db"))
    ingest(
        pipeline,
        [Article(text=t, published=d) for t, d in zip(texts, ["2025-05-02", "2025-05-03"], strict=True)],
        store,
    )
    g = graph_from_store(store)
    found = g.actors.find("Yousef Haddad")
    assert found and found[0].documents == 2
    store.close()


def test_crossdoc_corpus_scores(pipeline: Pipeline) -> None:
    pairs = []
    for path in sorted(CROSSDOC.glob("c*.txt")):
        [item] = list(read_articles((str(path),)))
        assert isinstance(item, Article)
        pairs.append((path.name, pipeline.extract(item)))
    graph, scores = evaluate_corpus(pairs, load_truth(CROSSDOC))
    assert scores.distinct_merged == []
    assert scores.actors.precision >= 0.95 and scores.actors.recall >= 0.6
    assert scores.syndicated_found == 1
    assert any(len(c.outlets) >= 3 for c in graph.events)


def test_spokesman_stands_for_his_organisation_and_meetings_are_symmetric() -> None:

    spokesman = actor("A1", "Omar Saleh")
    spokesman.roles = [Role(title="spokesman", of="A2")]
    r1 = record("s1", "Harbour Wire", "2025-06-02", [spokesman, actor("A2", "Coastal Front", "organization"),
                actor("A3", "Ruritania", "state", country="RUR")],
                [event("E1", "ACCUSE", ["A1"], ["A3"], "2025-06-02"), event("E2", "CONSULT", ["A2"], ["A3"], "2025-06-01")])  # fmt: skip
    r2 = record("s2", "Valley Post", "2025-06-03", [actor("A1", "Coastal Front", "organization"),
                actor("A2", "Ruritania", "state", country="RUR")],
                [event("E1", "ACCUSE", ["A1"], ["A2"], "2025-06-02"), event("E2", "CONSULT", ["A2"], ["A1"], "2025-06-01")])  # fmt: skip
    g = build_graph([r1, r2])
    assert sorted(c.event for c in g.events if c.articles == 2) == ["ACCUSE", "CONSULT"]


def test_an_article_cannot_report_a_later_event() -> None:
    early = record("e1", "Harbour Wire", "2025-06-01", [actor("A1", "Coastal Front", "organization")],
                   [event("E1", "ASSAULT", ["A1"], [], "2025-06-01")])  # fmt: skip
    early.events[0].date = None  # dated only by its publication
    later = record("e2", "Valley Post", "2025-06-03", [actor("A1", "Coastal Front", "organization")],
                   [event("E1", "ASSAULT", ["A1"], [], "2025-06-02")])  # fmt: skip
    g = build_graph([early, later])
    assert all(c.articles == 1 for c in g.events)


def test_near_identical_copies_without_text_are_one_story() -> None:

    said = [claim(f"C{i}", [], f"sentence number {i} of the wire story, long enough to count") for i in range(5)]
    a = record("w1", "Harbour Wire", "2025-06-01", [], claims=said)
    b = record(
        "w2",
        "Hill Times",
        "2025-06-02",
        [],
        claims=[*said[:4], claim("C9", [], "a local paragraph added by the paper")],
    )
    c = record(
        "w3",
        "Valley Post",
        "2025-06-02",
        [],
        claims=[claim("C1", [], "a different story altogether, written in house")],
    )
    story = stories([a, b, c])
    assert story["w2"] == "w1" and story["w3"] == "w3"


def test_sources_disagree_on_who_did_it() -> None:

    def rec(rid: str, outlet: str, doer: str) -> Record:
        r = record(rid, outlet, "2025-06-04", [actor("A1", doer, "organization"), actor("A2", "Lena Varga"),
                   actor("A3", "officials", "group")],
                   [event("E1", "COERCE", ["A1"], ["A2"], "2025-06-03", mode="seize", attribution="C1")],
                   claims=[claim("C1", ["A3"], f"{doer} holds Lena Varga", events=["E1"])])  # fmt: skip
        return r

    g = build_graph([rec("h1", "Harbour Wire", "Coastal Front"), rec("h2", "Valley Post", "Hill Brigade")])
    [k] = g.conflicts
    assert k.field == "actor" and set(k.values) == {"Coastal Front", "Hill Brigade"}
