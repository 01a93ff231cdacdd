"""The event's place and date checked like numbers, for any summary (rules, LLM, gold, another
tool's): the province must be a province of that time and not a district, the district must
lie in it, and the date's year must be the one the text gives or the publication date implies.

The rules live in :mod:`tomtat.text.event_checks`, shared with the LLM validators; a day and
month not written at all is reported by the number checks (:mod:`tomtat.check.values`).
"""

from __future__ import annotations

from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity
from tomtat.text.event_checks import EventProblem, date_problem, place_problems


def _finding(problem: EventProblem, value: str | None) -> Finding:
    return Finding(
        kind=FindingKind.MISMATCH,
        severity=Severity.ERROR if problem.error else Severity.WARNING,
        path=f"event.{problem.field}",
        message=problem.message,
        value=value,
    )


def check_event_fields(summary: ArticleSummary, text: str) -> list[Finding]:
    """Findings for an event place the gazetteer contradicts or a date year the text does."""
    event = summary.event
    findings = [
        _finding(p, getattr(event, p.field))
        for p in place_problems(event.province, event.district, date=event.date)
    ]
    date = date_problem(event.date, text, published=summary.published)
    if date is not None and not date.unwritten:
        findings.append(_finding(date, event.date))
    return findings
