"""Grounding and cross-check of any summary (rules, LLM, another tool's, a gold label) against
its article: no number reaches the user unchecked against the text.

``cross_check`` grounds every evidence quote, compares each number with the text, records the
article's own contradictions in ``conflicts`` and applies a policy: ``report`` (findings only),
``repair`` (single-candidate counts replaced) or ``reask`` (the extractor's reviser, once).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from tomtat.check.awards import AwardCheck, check_awards
from tomtat.check.conflicts import (
    already_described,
    find_conflicts,
    find_headline_lead_mismatch,
)
from tomtat.check.event_fields import check_event_fields
from tomtat.check.facts import TextFacts, gather_facts
from tomtat.check.grounding import ground_summary, locate
from tomtat.check.policies import (
    POLICIES,
    Reviser,
    apply_repairs,
    plan_repairs,
    reask_note,
)
from tomtat.check.types import MentionLike, StatLike
from tomtat.check.values import check_values
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity
from tomtat.schemas.copying import deep_copy
from tomtat.text.article import Article

__all__ = ["POLICIES", "Reviser", "cross_check", "ground_summary", "locate", "run_checks"]

log = logging.getLogger(__name__)

_KEPT_KINDS = frozenset({FindingKind.VALIDATION_ERROR, FindingKind.REPAIRED, FindingKind.REASKED})
"""Findings not made by the checks themselves; a re-check keeps them."""


def _check(
    summary: ArticleSummary, facts: TextFacts, in_place: bool = False
) -> tuple[ArticleSummary, AwardCheck]:
    # a copy (as model_copy(deep=True) makes) unless the caller hands ``summary`` over
    result = summary if in_place else deep_copy(summary)
    result.checks = [f for f in result.checks if f.kind in _KEPT_KINDS]
    findings: list[Finding] = ground_summary(facts.text, result, lambda: facts.folded)
    award_check = check_awards(result, facts)
    findings.extend(award_check.findings)
    findings.extend(check_values(result, facts))
    findings.extend(check_event_fields(result, facts.text))
    for conflict in find_headline_lead_mismatch(facts, result) + find_conflicts(facts):
        findings.append(conflict.finding)
        if not already_described(conflict, result.conflicts):
            result.conflicts.append(conflict.sentence)
    result.checks.extend(findings)
    return result, award_check


def run_checks(
    article: Article,
    summary: ArticleSummary,
    mentions: Iterable[MentionLike] | None = None,
    stats: Iterable[StatLike] | None = None,
) -> ArticleSummary:
    """Ground and check ``summary`` (report policy); ``mentions``/``stats`` override the finders."""
    result, _ = _check(summary, gather_facts(article, mentions, stats, summary.title))
    return result


def errors_of(summary: ArticleSummary) -> list[Finding]:
    """The error-level findings of a checked summary."""
    return [f for f in summary.checks if f.severity is Severity.ERROR]


def _repair(summary: ArticleSummary, facts: TextFacts, in_place: bool) -> ArticleSummary:
    checked, award_check = _check(summary, facts, in_place)
    plans = plan_repairs(checked, checked.checks, award_check, facts)
    if not plans:
        return checked
    repaired, notes = apply_repairs(checked, plans)
    rechecked, _ = _check(repaired, facts)
    rechecked.checks.extend(notes)
    return rechecked


def _reask(
    article: Article,
    summary: ArticleSummary,
    facts: TextFacts,
    reviser: Reviser | None,
    in_place: bool,
) -> ArticleSummary:
    checked, _ = _check(summary, facts, in_place)
    errors = errors_of(checked)
    if not errors:
        return checked
    if reviser is None:
        checked.checks.append(reask_note("re-ask policy without a reviser: findings reported only"))
        return checked
    try:
        revised = reviser(article, checked, errors)
    except Exception as exc:  # a failed re-ask keeps the checked summary, never a traceback
        log.warning("re-ask of %s failed: %s", summary.id, type(exc).__name__)
        checked.checks.append(
            reask_note(f"re-ask failed ({type(exc).__name__}); first answer kept", Severity.WARNING)
        )
        return checked
    rechecked, _ = _check(revised, facts)
    left = len(errors_of(rechecked))
    rechecked.checks.append(
        reask_note(f"re-asked once for {len(errors)} error(s); {left} left after the re-ask")
    )
    return rechecked


def cross_check(
    article: Article,
    summary: ArticleSummary,
    policy: str = "report",
    reviser: Reviser | None = None,
    *,
    in_place: bool = False,
) -> ArticleSummary:
    """A checked copy of ``summary``: evidence grounded, findings in ``checks``, the article's
    contradictions in ``conflicts``; ``policy`` is report, repair or reask (see module doc).

    ``in_place=True`` hands ``summary`` over: it is checked as it is, not copied first (the
    pipeline's fresh extraction, which nobody else holds; the copy cost as much as a check).
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}: use one of {', '.join(POLICIES)}")
    facts = gather_facts(article, title=summary.title)
    if policy == "repair":
        return _repair(summary, facts, in_place)
    if policy == "reask":
        return _reask(article, summary, facts, reviser, in_place)
    result, _ = _check(summary, facts, in_place)
    return result
