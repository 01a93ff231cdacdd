"""The one interface every extractor implements: an Article in, an ArticleSummary out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from tomtat.schemas import ArticleSummary, Finding
from tomtat.text.article import Article

Reviser = Callable[[Article, ArticleSummary, list[Finding]], ArticleSummary]


@runtime_checkable
class Extractor(Protocol):
    """Everything the pipeline asks of a backend, declared once.

    ``extract`` is the one skill every backend has; the others are optional in the sense that
    :class:`ExtractorBase` gives them their "not supported" defaults, so a backend states only
    what it does. ``revise``: None, or a callable that asks for a corrected summary given the
    cross-check's findings (the ``reask`` policy). ``fingerprint``: what an earlier output must
    share to be reused (None: never reuse). ``concurrent``: whether ``extract`` may run from
    many threads at once. ``close``: release clients and caches at the end of a run.
    """

    name: str
    concurrent: bool

    @property
    def revise(self) -> Reviser | None:
        """None, or the callable that asks for a corrected summary."""
        ...

    def extract(self, article: Article) -> ArticleSummary:
        """Return the summary of ``article``; raise :class:`ExtractionError` on failure."""
        ...

    def fingerprint(self) -> dict[str, str | None] | None:
        """What an earlier output must share to be reused; None: always redo."""
        ...

    def close(self) -> None:
        """Release what the extractor holds (HTTP clients, caches)."""
        ...


class ExtractorBase:
    """The defaults of the optional members of :class:`Extractor`: one thread, no reviser, no
    reuse fingerprint, nothing to close."""

    name: str = "base"
    concurrent: bool = False
    revise: Reviser | None = None

    def fingerprint(self) -> dict[str, str | None] | None:
        """None: outputs of an earlier run are redone (cheap backends need no reuse)."""
        return None

    def close(self) -> None:
        """Nothing to release."""


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
