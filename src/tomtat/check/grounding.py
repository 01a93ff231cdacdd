"""Grounding: locate every evidence quote of a summary in the cleaned article text.

Quotes are found by the one locator, :func:`tomtat.text.fold.locate` (exact, folded,
fuzzy). Offsets already on the evidence are verified, never trusted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence

from tomtat.schemas import (
    Alignment,
    ArticleSummary,
    Award,
    Evidence,
    Finding,
    FindingKind,
    Person,
    Severity,
    Statistic,
)
from tomtat.text.fold import FoldedText, Located, fold_text, locate

__all__ = ["Located", "ground_evidence", "ground_summary", "iter_evidence", "locate"]

log = logging.getLogger(__name__)


def _folded(text: str, folded: FoldedText | Callable[[], FoldedText] | None) -> FoldedText:
    if folded is None:
        return fold_text(text)
    return folded if isinstance(folded, FoldedText) else folded()


def verify_offsets(text: str, evidence: Evidence) -> bool:
    """True when the evidence's own offsets already point at its quote in ``text``."""
    start, end = evidence.start, evidence.end
    if start is None or end is None or end > len(text):
        return False
    return text[start:end] == evidence.quote


def iter_evidence(summary: ArticleSummary) -> Iterator[tuple[str, Evidence]]:
    """Every evidence of a summary with its path (``awards[2].evidence``)."""
    for name, ev in summary.metadata_evidence.items():
        yield f"metadata_evidence.{name}", ev
    for name, ev in summary.event.evidence.items():
        yield f"event.evidence.{name}", ev
    groups: tuple[tuple[str, Sequence[Person | Award | Statistic]], ...] = (
        ("people", summary.people),
        ("awards", summary.awards),
        ("statistics", summary.statistics),
    )
    for group, items in groups:
        for i, item in enumerate(items):
            if item.evidence is not None:
                yield f"{group}[{i}].evidence", item.evidence


def ground_evidence(
    text: str,
    evidence: Evidence,
    folded: FoldedText | Callable[[], FoldedText] | None = None,
) -> bool:
    """Set start/end/alignment of one evidence in place; False when its quote is not found.

    Exact and folded matches replace the quote by the verbatim span of the text; a fuzzy
    match keeps the extractor's quote so a reviewer can compare the two.
    """
    if verify_offsets(text, evidence):
        evidence.alignment = Alignment.EXACT
        return True
    found = locate(text, evidence.quote, evidence.start, folded)
    if found is None:
        evidence.start = evidence.end = None
        evidence.alignment = Alignment.NOT_FOUND
        return False
    evidence.start, evidence.end, evidence.alignment = found.start, found.end, found.alignment
    if found.alignment is Alignment.EXACT:
        evidence.quote = found.span
    return True


def ground_summary(
    text: str,
    summary: ArticleSummary,
    folded: FoldedText | Callable[[], FoldedText] | None = None,
) -> list[Finding]:
    """Ground every evidence of ``summary`` in place; one warning per quote not found.

    A derived value's evidence (``derived=True``) is grounded too, but a missing quote
    of a derived value is only an info note: the value was inferred, not read.
    """
    findings: list[Finding] = []
    cache: list[FoldedText] = []

    def lazy() -> FoldedText:
        if not cache:
            cache.append(_folded(text, folded))
        return cache[0]

    for path, evidence in iter_evidence(summary):
        if ground_evidence(text, evidence, lazy):
            continue
        findings.append(
            Finding(
                kind=FindingKind.QUOTE_NOT_FOUND,
                severity=Severity.INFO if evidence.derived else Severity.WARNING,
                path=path,
                message="evidence quote not found in the article text",
                value=evidence.quote,
            )
        )
    return findings
