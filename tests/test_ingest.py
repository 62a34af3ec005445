"""Reading articles: .txt with front matter, .html through trafilatura, .jsonl corpora."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph import Pipeline
from newsgraph.errors import InputError
from newsgraph.ingest import Article, InputFormat, read_path
from newsgraph.ingest.article import article_id


def test_txt_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: Talks\npublished: 2025-01-02\nsource: Test Wire\n---\nLIMA - Talks began.\n")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert article.title == "Talks" and article.published == "2025-01-02" and article.source == "Test Wire"
    assert article.text == "LIMA - Talks began."


def test_cli_metadata_overrides_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2025-01-02\n---\nText here.")
    (article,) = list(read_path(path, published="2024-12-31"))
    assert isinstance(article, Article) and article.published == "2024-12-31"


def test_html_main_text(tmp_path: Path) -> None:
    body = " ".join(["The ministers met in Vienna on Monday to discuss the grain corridor."] * 6)
    html = (
        "<html><head><title>Grain talks</title><meta property='article:published_time' content='2025-03-04'>"
        "</head><body><nav>Home | World | Sport</nav><article><h1>Grain talks</h1>"
        f"<p>{body}</p><p>Officials said a deal was close.</p></article><footer>Copyright</footer></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html)
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert "grain corridor" in article.text and "Copyright" not in article.text
    assert article.published == "2025-03-04"


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "One.", "published": "2025-01-01", "source": "S"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Two.", "published": "yesterday"}),
        json.dumps({"text": "Three."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "InputError", "Article"]
    assert isinstance(items[0], Article) and items[0].id == "x1"
    assert "c.jsonl:2" in str(items[1]) and "not valid JSON" in str(items[1])
    assert "ISO date" in str(items[3])
    assert isinstance(items[4], Article) and items[4].record_id == article_id("Three.")


def test_unreadable_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "empty.txt").write_text("   \n")
    errors = list(read_path(tmp_path / "bin.txt")) + list(read_path(tmp_path / "empty.txt"))
    assert all(isinstance(e, InputError) for e in errors)
    assert "UTF-8" in str(errors[0]) and "no text" in str(errors[1])
    (tmp_path / "x.pdf").write_text("x")
    (err,) = list(read_path(tmp_path / "x.pdf"))
    assert isinstance(err, InputError) and "--input-format" in str(err)
    (ok,) = list(read_path(tmp_path / "x.pdf", InputFormat.TXT))
    assert isinstance(ok, Article)


def test_same_text_same_id() -> None:
    assert article_id("A  text.\r\n") == article_id("A text.")


def test_front_matter_with_unquoted_colon_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "colon.txt"
    path.write_text("---\ntitle: Border: guards trade fire\npublished: 2025-02-03\n---\nLIMA - Guards traded fire.\n")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert article.published == "2025-02-03" and article.title == "Border: guards trade fire"
    assert article.text == "LIMA - Guards traded fire."
    (warning,) = article.warnings
    assert "line 2" in warning and "quote values that contain a colon" in warning


def test_unreadable_front_matter_is_an_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_bad.txt").write_text("---\ntitle: [unclosed: list\nnotes: x\n---\nText of the first.\n")
    (tmp_path / "b_good.txt").write_text("---\npublished: 2025-01-02\n---\nText of the second.\n")
    bad, good = list(read_path(tmp_path))
    assert isinstance(bad, InputError) and "a_bad.txt" in str(bad) and "front matter" in str(bad)
    assert "quote values" in str(bad)
    assert isinstance(good, Article) and good.published == "2025-01-02"


def test_front_matter_warning_reaches_the_record(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "colon.txt"
    path.write_text("---\ntitle: Talks: day two\npublished: 2025-02-03\n---\nThe ministers met on Monday.\n")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    record = pipeline.extract(article)
    assert any("front matter" in w for w in record.warnings)
    assert record.dates and record.dates[0].value == "2025-02-03"
