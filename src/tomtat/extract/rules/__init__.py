"""The deterministic offline extractor (placeholder: metadata only)."""

from __future__ import annotations

from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article


class RulesExtractor:
    """Fills the summary from regular expressions and a gazetteer; no network."""

    name = "rules"

    def extract(self, article: Article) -> ArticleSummary:
        """Summary of ``article`` from its text alone."""
        return ArticleSummary(
            id=article.id,
            title=article.title,
            source=article.source,
            published=article.published,
            author=article.author,
        )
