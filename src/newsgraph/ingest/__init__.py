"""Reading articles: plain text (with optional YAML front matter), HTML, JSON Lines."""

from newsgraph.ingest.article import Article, article_id, normalise_text
from newsgraph.ingest.readers import InputFormat, read_articles, read_path

__all__ = ["Article", "InputFormat", "article_id", "normalise_text", "read_articles", "read_path"]
