"""Event tables for the exports: events, their sources, grants counted once, disagreements, trends.

Rows come from :func:`tomtat.events.link_events`; the column order is
:data:`tomtat.export.columns.TABLES`.
"""

from __future__ import annotations

import json
from typing import Any

from tomtat.events import EventSet, grant_rows, trend_grants, trend_statistics
from tomtat.export.columns import LIST_SEPARATOR
from tomtat.schemas import EventRecord
from tomtat.text.gazetteer import province_after_2025
from tomtat.text.normalize import normalize_name

__all__ = ["event_tables"]

Row = dict[str, Any]


def _sum(values: list[int | None]) -> int | None:
    given = [v for v in values if v is not None]
    return sum(given) if given else None


def _event_row(event: EventRecord) -> Row:
    period = event.review_period
    outlets = sorted({s.outlet for s in event.sources if s.outlet})
    return {
        "event_id": event.event_id,
        "date": event.date,
        "year": event.year,
        "kinds": LIST_SEPARATOR.join(str(k) for k in event.kinds) or None,
        "organizer": event.organizer,
        "province": event.province,
        "province_2025": province_after_2025(event.province) if event.province else None,
        "district": event.district,
        "review_start": period.start if period else None,
        "review_end": period.end if period else None,
        "sources": len(event.sources),
        "outlets": LIST_SEPARATOR.join(outlets) or None,
        "grants": len(event.awards),
        "collectives": _sum([a.collectives for a in event.awards]),
        "individuals": _sum([a.individuals for a in event.awards]),
        "total": _sum([a.total for a in event.awards]),
        "findings": len(event.findings),
        "note": event.note,
    }


def _statistic_rows(event: EventRecord) -> list[Row]:
    return [
        {
            "event_id": event.event_id,
            "statistic_index": index,
            "year": event.year,
            "label": stat.label,
            "label_key": normalize_name(stat.label),
            "value": stat.value,
            "unit": stat.unit,
            "disputed": stat.disputed,
            "sources": len(stat.articles),
        }
        for index, stat in enumerate(event.statistics)
    ]


def _finding_rows(event: EventRecord) -> list[Row]:
    return [
        {
            "event_id": event.event_id,
            "kind": str(f.kind),
            "path": f.path,
            "message": f.message,
            "article_ids": LIST_SEPARATOR.join(v.article_id for v in f.values),
            "values": json.dumps(
                [v.model_dump(mode="json") for v in f.values],
                ensure_ascii=False,
                separators=(",", ":"),
            ),
        }
        for f in event.findings
    ]


def event_tables(found: EventSet) -> dict[str, list[Row]]:
    """The event tables (events, event_sources, event_awards, event_statistics, event_findings,
    kept_apart) and the trend tables (trend_grants, trend_statistics) of ``found``."""
    events = found.events
    return {
        "events": [_event_row(e) for e in events],
        "event_sources": [
            {"event_id": e.event_id, **s.model_dump(mode="json")} for e in events for s in e.sources
        ],
        "event_awards": grant_rows(events),
        "event_statistics": [row for e in events for row in _statistic_rows(e)],
        "event_findings": [row for e in events for row in _finding_rows(e)],
        "kept_apart": [k.model_dump(mode="json") for k in found.kept_apart],
        "trend_grants": trend_grants(events),
        "trend_statistics": trend_statistics(events),
    }
