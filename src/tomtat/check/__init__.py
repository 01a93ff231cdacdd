"""Grounding and cross-check of any summary against its article."""

from __future__ import annotations

from collections.abc import Callable

from tomtat.schemas import ArticleSummary, Finding
from tomtat.text.article import Article

Reviser = Callable[[Article, ArticleSummary, list[Finding]], ArticleSummary]


def cross_check(
    article: Article,
    summary: ArticleSummary,
    policy: str = "report",
    reviser: Reviser | None = None,
) -> ArticleSummary:
    """Ground evidence and add findings (placeholder until the cross-check lands)."""
    return summary
