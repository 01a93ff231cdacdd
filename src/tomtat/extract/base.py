"""The one interface every extractor implements: an Article in, an ArticleSummary out."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article


@runtime_checkable
class Extractor(Protocol):
    """Fills an :class:`ArticleSummary` from a cleaned :class:`Article`."""

    name: str

    def extract(self, article: Article) -> ArticleSummary:
        """Return the summary of ``article``; raise :class:`ExtractionError` on failure."""
        ...


class ExtractionError(Exception):
    """An article could not be summarised; the message is safe to show (no secrets)."""
