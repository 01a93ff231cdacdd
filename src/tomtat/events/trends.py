"""Trend tables over events: grants and statistics per year, counted once per event.

A grant reported by three outlets is one :class:`~tomtat.schemas.EventAward`, so it adds its
recipients once. Rows are plain dicts (the export writes them as tables and DuckDB views).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tomtat.events.places import LEVELS, issuer_level
from tomtat.schemas import EventRecord
from tomtat.text.gazetteer import province_after_2025
from tomtat.text.normalize import normalize_name

__all__ = ["grant_rows", "trend_grants", "trend_statistics"]

Row = dict[str, Any]


def _province_2025(name: str | None) -> str | None:
    return province_after_2025(name) if name else None


def grant_rows(events: Iterable[EventRecord]) -> list[Row]:
    """One row per grant of each event: year, place, issuer level, type and agreed counts."""
    rows = []
    for event in events:
        for index, award in enumerate(event.awards):
            rows.append(
                {
                    "event_id": event.event_id,
                    "award_index": index,
                    "year": event.year,
                    "province": event.province,
                    "province_2025": _province_2025(event.province),
                    "issuer_level": issuer_level(award.issuer),
                    "type": str(award.type),
                    "issuer": award.issuer,
                    "collectives": award.collectives,
                    "individuals": award.individuals,
                    "total": award.total,
                    "disputed": award.disputed,
                    "sources": len(award.articles),
                }
            )
    return rows


def _add(total: int | None, value: int | None) -> int | None:
    if value is None:
        return total
    return value if total is None else total + value


def trend_grants(events: Iterable[EventRecord]) -> list[Row]:
    """Grants per year, province, issuer level and award type, each event's grant counted once.

    ``recipients`` is collectives + individuals + unsplit totals; ``events`` the number of
    distinct events with such a grant. Sorted by year, province, level (top first), type.
    """
    groups: dict[tuple[Any, ...], Row] = {}
    event_sets: dict[tuple[Any, ...], set[str]] = {}
    for row in grant_rows(events):
        key = (row["year"], row["province"], row["issuer_level"], row["type"])
        out = groups.setdefault(
            key,
            {
                "year": row["year"],
                "province": row["province"],
                "province_2025": row["province_2025"],
                "issuer_level": row["issuer_level"],
                "type": row["type"],
                "events": 0,
                "grants": 0,
                "collectives": None,
                "individuals": None,
                "total": None,
                "recipients": 0,
            },
        )
        event_sets.setdefault(key, set()).add(row["event_id"])
        out["grants"] += 1
        for name in ("collectives", "individuals", "total"):
            out[name] = _add(out[name], row[name])
            out["recipients"] += row[name] or 0
    for key, out in groups.items():
        out["events"] = len(event_sets[key])
    return sorted(
        groups.values(),
        key=lambda r: (
            r["year"] or 0,
            r["province"] or "",
            LEVELS.index(r["issuer_level"]),
            r["type"],
        ),
    )


def trend_statistics(events: Iterable[EventRecord]) -> list[Row]:
    """Statistics per year and label (folded), summed once per event; disputed values left out."""
    groups: dict[tuple[Any, ...], Row] = {}
    for event in events:
        for stat in event.statistics:
            if stat.disputed or stat.value is None:
                continue
            key = (event.year, normalize_name(stat.label), stat.unit)
            out = groups.setdefault(
                key,
                {
                    "year": event.year,
                    "label": stat.label,
                    "unit": stat.unit,
                    "events": 0,
                    "value": 0,
                },
            )
            out["label"] = min(out["label"], stat.label)  # one spelling, whatever the order
            out["events"] += 1
            out["value"] += stat.value
    return sorted(groups.values(), key=lambda r: (r["year"] or 0, r["label"], r["unit"] or ""))
