"""Pydantic models of tomtat: the summary, its evidence and cross-check findings.

This layer imports nothing else of tomtat; every other layer may import it.
"""

from tomtat.schemas.enums import (
    Alignment,
    AwardType,
    EventKind,
    PartOfDay,
    Qualifier,
    Severity,
)
from tomtat.schemas.events import (
    EventAward,
    EventFinding,
    EventFindingKind,
    EventRecord,
    EventSource,
    EventStatistic,
    KeptApart,
    SourceValue,
)
from tomtat.schemas.evidence import Evidence
from tomtat.schemas.findings import Finding, FindingKind
from tomtat.schemas.summary import (
    FORMAT_KEYS,
    ArticleSummary,
    Award,
    Event,
    Meta,
    Person,
    ReviewPeriod,
    Statistic,
    Usage,
)

__all__ = [
    "FORMAT_KEYS",
    "Alignment",
    "ArticleSummary",
    "Award",
    "AwardType",
    "Event",
    "EventAward",
    "EventFinding",
    "EventFindingKind",
    "EventKind",
    "EventRecord",
    "EventSource",
    "EventStatistic",
    "Evidence",
    "Finding",
    "FindingKind",
    "KeptApart",
    "Meta",
    "PartOfDay",
    "Person",
    "Qualifier",
    "ReviewPeriod",
    "Severity",
    "SourceValue",
    "Statistic",
    "Usage",
]
