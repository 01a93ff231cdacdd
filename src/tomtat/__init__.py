"""tomtat: typed, verified records from Vietnamese reports of conferences and award ceremonies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from tomtat.pipeline import summarise, summarise_batch
    from tomtat.schemas import ArticleSummary

__all__ = ["ArticleSummary", "__version__", "summarise", "summarise_batch"]


def __getattr__(name: str) -> Any:
    """Import the public API lazily so that ``import tomtat.schemas`` stays light."""
    if name in ("summarise", "summarise_batch"):
        from tomtat import pipeline

        return getattr(pipeline, name)
    if name == "ArticleSummary":
        from tomtat.schemas import ArticleSummary

        return ArticleSummary
    raise AttributeError(name)
