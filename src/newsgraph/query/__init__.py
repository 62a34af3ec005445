"""Questions asked of the store, as library functions the CLI and web app call."""

from newsgraph.query.summary import Summary, summarise

__all__ = ["Summary", "summarise"]
