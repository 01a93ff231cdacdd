"""Events across articles: the reports of one meeting by several outlets, linked into one record.

An :class:`EventRecord` holds the values its sources agree on, every source, the grants counted
once, and :class:`EventFinding` entries where the sources disagree (naming and quoting both).
A :class:`KeptApart` says why two reports that looked alike were not linked.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tomtat.schemas.enums import AwardType, EventKind
from tomtat.schemas.summary import ReviewPeriod


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class EventFindingKind(StrEnum):
    """What the sources of one event disagree on."""

    COUNT_DIFFERS = "count_differs"
    DATE_DIFFERS = "date_differs"
    STATISTIC_DIFFERS = "statistic_differs"
    GRANT_MISSING = "grant_missing"


class EventSource(_Model):
    """One article that reports the event."""

    article_id: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    date: str | None = Field(default=None, description="The meeting date this article gives.")
    organizer: str | None = None


class SourceValue(_Model):
    """One source's value in a disagreement, with the words it uses."""

    article_id: str
    outlet: str | None = None
    value: Any = None
    quote: str | None = None


class EventFinding(_Model):
    """A disagreement between the sources of one event, naming each source and its quote."""

    kind: EventFindingKind
    path: str = Field(description="Field of the event, e.g. awards[0].individuals or date.")
    message: str
    values: list[SourceValue] = Field(default_factory=list)


class EventAward(_Model):
    """One grant of the event, counted once: the agreed counts and which articles report it."""

    type: AwardType
    issuer: str | None = None
    collectives: int | None = None
    individuals: int | None = None
    total: int | None = None
    disputed: bool = Field(default=False, description="Sources give different counts.")
    articles: list[str] = Field(default_factory=list)


class EventStatistic(_Model):
    """A statistic the sources of the event report, with the agreed value (None if disputed)."""

    label: str
    value: int | float | None = None
    unit: str | None = None
    disputed: bool = False
    articles: list[str] = Field(default_factory=list)


class EventRecord(_Model):
    """One meeting, however many outlets reported it."""

    event_id: str
    date: str | None = None
    year: int | None = None
    kinds: list[EventKind] = Field(default_factory=list)
    organizer: str | None = None
    province: str | None = None
    district: str | None = None
    review_period: ReviewPeriod | None = None
    sources: list[EventSource] = Field(default_factory=list)
    awards: list[EventAward] = Field(default_factory=list)
    statistics: list[EventStatistic] = Field(default_factory=list)
    findings: list[EventFinding] = Field(default_factory=list)
    note: str | None = Field(default=None, description="Why a lone report was not linked.")


class KeptApart(_Model):
    """Two reports that looked alike (same day and place) but were kept apart, and why."""

    article_a: str
    article_b: str
    reason: str
