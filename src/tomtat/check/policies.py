"""What to do with the findings: report them, repair single-candidate counts, or re-ask.

``repair`` changes a count only when the text offers exactly one value for it (one clause of
that type and issuer, or all such clauses agreeing); every change is a ``repaired`` finding.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from tomtat.check.awards import AwardCheck
from tomtat.check.facts import TextFacts
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity
from tomtat.schemas.paths import item_path, parse_item_path
from tomtat.text.article import Article

log = logging.getLogger(__name__)

POLICIES = ("report", "repair", "reask")

Reviser = Callable[[Article, ArticleSummary, list[Finding]], ArticleSummary]

_COUNT_FIELDS = ("collectives", "individuals", "total")


def _single_value(check: AwardCheck, facts: TextFacts, i: int, name: str) -> int | None:
    """The one value the award's clauses give for ``name``, or None if zero or several."""
    values = {getattr(facts.mentions[k], name) for k in check.candidates.get(i, [])}
    values.discard(None)
    return values.pop() if len(values) == 1 else None


def _repaired(path: str, old: object, new: object, source: Finding) -> Finding:
    return Finding(
        kind=FindingKind.REPAIRED,
        severity=Severity.INFO,
        path=path,
        message=f"replaced {old} by the text's {new}",
        value=old,
        text_value=new,
        start=source.start,
        end=source.end,
        quote=source.quote,
    )


def plan_repairs(
    summary: ArticleSummary, findings: list[Finding], check: AwardCheck, facts: TextFacts
) -> list[tuple[int, str, int, Finding]]:
    """(award index, field, new value, finding) for each count that can be repaired safely."""
    plans: list[tuple[int, str, int, Finding]] = []
    for finding in findings:
        if finding.severity is Severity.INFO:
            continue  # a reading the check is not sure of changes nothing
        if finding.kind is FindingKind.SWAPPED:
            parsed = parse_item_path(finding.path)
            if parsed is None or parsed.collection != "awards":
                continue
            i = parsed.position
            c = _single_value(check, facts, i, "collectives")
            n = _single_value(check, facts, i, "individuals")
            if c is not None and n is not None:
                plans.append((i, "collectives", c, finding))
                plans.append((i, "individuals", n, finding))
            continue
        if finding.kind not in (FindingKind.MISMATCH, FindingKind.TOTAL_MISMATCH):
            continue
        parsed = parse_item_path(finding.path)
        if parsed is None or parsed.collection != "awards" or parsed.field not in _COUNT_FIELDS:
            continue
        if finding.text_value is None:
            continue
        i, name = parsed.position, str(parsed.field)
        if i not in check.matched:
            continue  # an award's own total that does not add up: no text value to take
        value = _single_value(check, facts, i, name)
        if value is not None and value == finding.text_value:
            plans.append((i, name, value, finding))
    return plans


def apply_repairs(
    summary: ArticleSummary, plans: list[tuple[int, str, int, Finding]]
) -> tuple[ArticleSummary, list[Finding]]:
    """A copy of ``summary`` with the planned counts replaced, and one finding per change."""
    repaired = summary.model_copy(deep=True)
    notes: list[Finding] = []
    for i, name, value, source in plans:
        award = repaired.awards[i]
        old = getattr(award, name)
        if old == value:
            continue
        setattr(award, name, value)
        notes.append(_repaired(item_path("awards", i, name), old, value, source))
    return repaired, notes


def reask_note(message: str, severity: Severity = Severity.INFO) -> Finding:
    """The finding that records what the re-ask policy did."""
    return Finding(kind=FindingKind.REASKED, severity=severity, path="", message=message)
