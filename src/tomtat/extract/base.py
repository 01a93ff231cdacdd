"""The one interface every extractor implements: an Article in, an ArticleSummary out."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

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


def summary_of(article: Article, **fields: Any) -> ArticleSummary:
    """A summary carrying the article's id and metadata (with evidence); ``fields`` fill the rest.

    Every extractor starts from this, so the metadata found by text preparation is never lost.
    """
    return ArticleSummary(
        id=article.id,
        title=article.title,
        source=article.source,
        published=article.published,
        author=article.author,
        metadata_evidence=dict(article.metadata_evidence),
        **fields,
    )
