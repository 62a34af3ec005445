"""Turn files and streams into `Article`s, one item at a time.

A bad item (an unreadable file, a broken JSON line, an empty text) is yielded as an
`InputError` in its place, so that a batch can report it and go on.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import yaml

from newsgraph.errors import InputError
from newsgraph.ingest.article import Article, normalise_text, parse_published

LOGGER = logging.getLogger(__name__)


class InputFormat(StrEnum):
    AUTO = "auto"
    TXT = "txt"
    HTML = "html"
    JSONL = "jsonl"


_SUFFIXES = {
    ".txt": InputFormat.TXT,
    ".text": InputFormat.TXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
}

ArticleOrError = Article | InputError
# the metadata a front-matter block may give; other keys are kept when the block is valid YAML
FRONT_MATTER_KEYS = frozenset({"title", "published", "date", "source", "url", "id"})
_PLAIN_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s?(?P<value>.*)$")


def detect_format(path: Path) -> InputFormat:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"unknown file type {path.suffix!r}; use .txt, .html or .jsonl, or pass --input-format",
            item=str(path),
        )
    return fmt


def read_path(
    path: str | Path, fmt: InputFormat = InputFormat.AUTO, **metadata: str | None
) -> Iterator[ArticleOrError]:
    """Articles from a file, a folder (its supported files, sorted) or `-` (stdin)."""
    if str(path) == "-":
        stream_fmt = InputFormat.TXT if fmt is InputFormat.AUTO else fmt
        yield from _read_stream(sys.stdin, stream_fmt, "<stdin>", metadata)
        return
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in _SUFFIXES)
        if not files:
            yield InputError("folder holds no .txt, .html or .jsonl files", item=str(path))
        for file in files:
            yield from read_path(file, fmt, **metadata)
        return
    try:
        actual = detect_format(path) if fmt is InputFormat.AUTO else fmt
        with path.open(encoding="utf-8", errors="strict") as stream:
            yield from _read_stream(stream, actual, str(path), metadata)
    except InputError as error:
        yield error
    except UnicodeDecodeError:
        yield InputError("not UTF-8 text; convert it to UTF-8", item=str(path))
    except OSError as error:
        yield InputError(f"cannot read file ({error.strerror})", item=str(path))


def read_articles(
    paths: Iterable[str | Path], fmt: InputFormat = InputFormat.AUTO, **metadata: str | None
) -> Iterator[ArticleOrError]:
    for path in paths:
        yield from read_path(path, fmt, **metadata)


def _read_stream(
    stream: TextIO, fmt: InputFormat, origin: str, metadata: dict[str, str | None]
) -> Iterator[ArticleOrError]:
    if fmt is InputFormat.JSONL:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield _jsonl_article(line, f"{origin}:{number}")
        return
    raw = stream.read()
    try:
        if fmt is InputFormat.HTML:
            yield _html_article(raw, origin, metadata)
        else:
            yield _text_article(raw, origin, metadata)
    except InputError as error:
        yield error


def _meta(fields: dict[str, Any], override: dict[str, str | None], key: str) -> str | None:
    value = override.get(key)
    if value:
        return value
    found = fields.get(key)
    return None if found is None else str(found)


def _make(text: str, origin: str, fields: dict[str, Any], override: dict[str, str | None]) -> Article:
    text = normalise_text(text)
    if not text:
        raise InputError("the article has no text", item=origin)
    published_raw = override.get("published") or fields.get("published") or fields.get("date")
    published = parse_published(published_raw)
    if published_raw and published is None:
        raise InputError(f"publication date {published_raw!r} is not an ISO date (YYYY-MM-DD)", item=origin)
    return Article(
        text=text,
        id=_meta(fields, override, "id"),
        published=published,
        source=_meta(fields, override, "source"),
        url=_meta(fields, override, "url"),
        title=_meta(fields, override, "title"),
        origin=origin,
    )


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """A leading `---` YAML block gives the article's metadata; the rest is the text.

    Raises `FrontMatterError` when the block is there but is not a YAML mapping.
    """
    stripped = raw.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, stripped
    parts = stripped.split("\n---", 1)
    if len(parts) != 2:
        return {}, stripped
    block = parts[0][3:]
    body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    try:
        fields = yaml.safe_load(block) or {}
    except yaml.YAMLError as error:
        raise FrontMatterError(_yaml_problem(error), block, body) from error
    if not isinstance(fields, dict):
        raise FrontMatterError("it is not a list of `key: value` lines", block, body)
    return fields, body


class FrontMatterError(ValueError):
    """A `---` front-matter block that YAML cannot read as `key: value` lines."""

    def __init__(self, problem: str, block: str, body: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.block = block
        self.body = body


def _yaml_problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    # the block starts on the opening `---` line, so the mark's 0-based line is the file's 1-based one
    return f"{problem} at line {mark.line + 1} of the file" if mark else problem


def _plain_fields(block: str) -> dict[str, str] | None:
    """The block read as plain `key: value` lines, each split at its first colon; None when
    a line is not of that shape or names a key we do not know (then we cannot guess)."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PLAIN_LINE.match(line)
        if match is None or match["key"].lower() not in FRONT_MATTER_KEYS:
            return None
        fields[match["key"].lower()] = match["value"].strip().strip("\"'")
    return fields or None


def _text_article(raw: str, origin: str, override: dict[str, str | None]) -> Article:
    try:
        fields, body = split_front_matter(raw)
    except FrontMatterError as error:
        # a common slip ("title: Gaza: talks resume"): read the simple lines anyway and say
        # how to fix the file, rather than take the metadata for text and lose the date
        advice = (
            f"front matter is not valid YAML: {error.problem}; quote values that contain a colon "
            '(title: "Gaza: talks resume")'
        )
        plain = _plain_fields(error.block)
        if plain is None:
            raise InputError(advice, item=origin) from error
        LOGGER.warning("%s: %s; read it line by line", origin, advice)
        article = _make(error.body, origin, plain, override)
        return replace(article, warnings=(*article.warnings, f"{advice}; read it line by line"))
    return _make(body, origin, fields, override)


def _html_article(raw: str, origin: str, override: dict[str, str | None]) -> Article:
    # trafilatura finds the main text and drops navigation, ads and comments.
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False)
    if not text:
        raise InputError("no article text found in the HTML", item=origin)
    metadata = trafilatura.extract_metadata(raw)
    fields: dict[str, Any] = {}
    if metadata is not None:
        fields = {
            "title": metadata.title,
            "url": metadata.url,
            "source": metadata.sitename,
            "published": metadata.date,
        }
    return _make(text, origin, fields, override)


def _jsonl_article(line: str, origin: str) -> ArticleOrError:
    try:
        fields = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(f"not valid JSON ({error.msg} at column {error.colno})", item=origin)
    if not isinstance(fields, dict) or not isinstance(fields.get("text"), str):
        return InputError('each line must be a JSON object with a "text" string', item=origin)
    try:
        if fields.get("id") is not None:
            fields["id"] = str(fields["id"])
        return _make(fields["text"], origin, fields, {})
    except InputError as error:
        return error
