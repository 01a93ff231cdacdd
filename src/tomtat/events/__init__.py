"""Across articles: the reports of one meeting linked into one event, and trends over events.

:func:`link_events` is the Python entry point: summaries in, an :class:`EventSet` out (events
with their sources, grants counted once and findings where sources disagree, plus the near
pairs kept apart and why). Reads summaries only; never calls an extractor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tomtat.events.linking import Decision, Report, compare, group_reports
from tomtat.events.merging import build_event, event_id
from tomtat.events.places import issuer_level, parse_organizer
from tomtat.events.trends import grant_rows, trend_grants, trend_statistics
from tomtat.schemas import ArticleSummary, EventRecord, KeptApart

__all__ = [
    "Decision",
    "EventSet",
    "compare",
    "event_id",
    "grant_rows",
    "issuer_level",
    "link_events",
    "parse_organizer",
    "trend_grants",
    "trend_statistics",
]


@dataclass
class EventSet:
    """Every event of a corpus, and the near pairs of reports kept apart with the reason."""

    events: list[EventRecord] = field(default_factory=list)
    kept_apart: list[KeptApart] = field(default_factory=list)

    def event_of(self) -> dict[str, str]:
        """Article id -> event id."""
        return {s.article_id: e.event_id for e in self.events for s in e.sources}

    def to_json_dict(self) -> dict[str, Any]:
        """Events and kept-apart pairs, JSON-ready."""
        return {
            "events": [e.model_dump(mode="json") for e in self.events],
            "kept_apart": [k.model_dump(mode="json") for k in self.kept_apart],
        }


def _lone_note(report: Report) -> str | None:
    if report.date is None:
        return "no meeting date: not linked to other reports"
    if report.level is None:
        return "neither organiser nor place: not linked to other reports"
    return None


def link_events(summaries: Iterable[ArticleSummary]) -> EventSet:
    """Group summaries that report the same meeting into events (conservatively).

    Two reports join when dates are at most a day apart, places and organiser agree after
    normalisation (UBND, tone marks, prefixes, the 2025 merger) and their grants are
    compatible; see :func:`compare` for each rule. Events are sorted by date, then id.
    """
    groups, kept = group_reports(summaries)
    events = [
        build_event(group, note=_lone_note(group[0]) if len(group) == 1 else None)
        for group in groups
    ]
    events.sort(key=lambda e: (e.date or "9999", e.event_id))
    return EventSet(events=events, kept_apart=kept)
