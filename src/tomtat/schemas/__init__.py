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
    "EventKind",
    "Evidence",
    "Finding",
    "FindingKind",
    "Meta",
    "PartOfDay",
    "Person",
    "Qualifier",
    "ReviewPeriod",
    "Severity",
    "Statistic",
    "Usage",
]
