"""The library entry point: articles in, records out.

    >>> from newsgraph import Pipeline, Article
    >>> pipeline = Pipeline()
    >>> record = pipeline.extract(Article(text="...", published="2024-10-24"))

`extract_many` streams: it batches articles through spaCy, yields one `Record` per good
article and one `InputError` per bad one, in input order, and never stops on a bad item.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import InputError
from newsgraph.ingest.article import Article
from newsgraph.nlp.pipeline import build_nlp
from newsgraph.nlp.to_record import doc_to_record
from newsgraph.record import Record
from newsgraph.settings import Settings

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractOptions:
    """What to put in each record. CLI options map onto this in one place (cli.py)."""

    include_text: bool = True


class Pipeline:
    """Loads the model and lexicons once; turns articles into records."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp: Language = build_nlp(self.settings)

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        # the tokenizer keeps every character, so the doc's text is the article's: seed
        # `text_of`'s cache rather than have spaCy join every token again
        doc.user_data["ng_text"] = article.text
        doc._.ng_published = article.published
        doc._.ng_warnings = list(article.warnings) + (
            []
            if article.published
            else ["no publication date given: relative dates cannot be resolved (pass --published)"]
        )
        return doc

    def extract(self, article: Article | str, options: ExtractOptions | None = None) -> Record:
        """One article to one record. Raises `InputError` if the article cannot be processed."""
        if isinstance(article, str):
            article = Article(text=article)
        (result,) = list(self.extract_many([article], options))
        if isinstance(result, InputError):
            raise result
        return result

    def extract_many(
        self,
        items: Iterable[Article | InputError],
        options: ExtractOptions | None = None,
        *,
        batch_size: int | None = None,
    ) -> Iterator[Record | InputError]:
        options = options or ExtractOptions()
        pending: list[Article | InputError] = []
        size = batch_size or self.settings.batch_size
        if self.settings.n_process > 1:
            # worker processes start once per chunk: give each chunk many batches
            size *= self.settings.n_process * 8
        for item in items:
            pending.append(item)
            if len(pending) >= size:
                yield from self._run_batch(pending, options)
                pending = []
        if pending:
            yield from self._run_batch(pending, options)

    def _run_batch(self, batch: list[Article | InputError], options: ExtractOptions) -> Iterator[Record | InputError]:
        articles = [item for item in batch if isinstance(item, Article)]
        docs: list[Doc | str]
        try:
            docs = list(
                self.nlp.pipe(
                    (self._make_doc(a) for a in articles),
                    batch_size=self.settings.batch_size,
                    n_process=self.settings.n_process,
                )
            )
        except Exception:  # noqa: BLE001 - find the article that broke the batch, keep the others
            LOGGER.warning("a batch of %d articles failed; processing them one by one", len(articles))
            docs = [self._one(article) for article in articles]
        results = iter(zip(articles, docs, strict=True))
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            article, doc = next(results)
            if isinstance(doc, str):
                yield InputError(doc, item=article.origin or article.record_id)
                continue
            try:
                yield doc_to_record(doc, article, include_text=options.include_text)
            except Exception as error:
                LOGGER.exception("record building failed for %s", article.origin)
                yield InputError(
                    f"internal error while building the record ({error!r}); please report it with this article",
                    item=article.origin or article.record_id,
                )

    def _one(self, article: Article) -> Doc | str:
        try:
            return self.nlp(self._make_doc(article))
        except Exception as error:
            LOGGER.exception("pipeline failed on %s", article.origin)
            return f"internal error in the pipeline ({error!r}); please report it with this article"
