"""The columns of every flat table, in order, with the type each column holds.

One place defines them so CSV headers stay stable (even for an empty table) and Parquet
columns get a real type rather than whatever the first row happens to hold.
"""

from __future__ import annotations

from typing import Literal

ColumnType = Literal["str", "int", "float", "bool"]

PLACE: list[tuple[str, ColumnType]] = [
    ("article_id", "str"),
    ("date", "str"),
    ("province", "str"),
    ("district", "str"),
    ("organizer", "str"),
]

AWARDS: list[tuple[str, ColumnType]] = [
    *PLACE,
    ("type", "str"),
    ("issuer", "str"),
    ("collectives", "int"),
    ("individuals", "int"),
    ("total", "int"),
    ("recipients", "str"),
    ("check_status", "str"),
    ("award_index", "int"),
    ("check_messages", "str"),
    ("quote", "str"),
    ("start", "int"),
    ("end", "int"),
]

STATISTICS: list[tuple[str, ColumnType]] = [
    *PLACE,
    ("label", "str"),
    ("value", "float"),
    ("unit", "str"),
    ("qualifier", "str"),
    ("check_status", "str"),
    ("statistic_index", "int"),
    ("check_messages", "str"),
    ("quote", "str"),
    ("start", "int"),
    ("end", "int"),
]

PEOPLE: list[tuple[str, ColumnType]] = [
    *PLACE,
    ("name", "str"),
    ("title", "str"),
    ("rank", "str"),
    ("person_index", "int"),
    ("quote", "str"),
    ("start", "int"),
    ("end", "int"),
]

FINDINGS: list[tuple[str, ColumnType]] = [
    ("article_id", "str"),
    ("kind", "str"),
    ("severity", "str"),
    ("path", "str"),
    ("message", "str"),
    ("value", "str"),
    ("text_value", "str"),
    ("quote", "str"),
    ("start", "int"),
    ("end", "int"),
]

ARTICLES: list[tuple[str, ColumnType]] = [
    ("article_id", "str"),
    ("status", "str"),
    ("error", "str"),
    ("title", "str"),
    ("source", "str"),
    ("published", "str"),
    ("author", "str"),
    ("date", "str"),
    ("part_of_day", "str"),
    ("kinds", "str"),
    ("province", "str"),
    ("district", "str"),
    ("organizer", "str"),
    ("review_start", "int"),
    ("review_end", "int"),
    ("grants", "int"),
    ("collectives", "int"),
    ("individuals", "int"),
    ("total", "int"),
    ("people", "int"),
    ("statistics", "int"),
    ("conflicts", "int"),
    ("findings_error", "int"),
    ("findings_warning", "int"),
    ("findings_info", "int"),
    ("check_status", "str"),
    ("warnings", "str"),
    ("backend", "str"),
    ("model", "str"),
    ("duration_ms", "float"),
    ("cost_usd", "float"),
    ("source_path", "str"),
    ("event_id", "str"),
]

# Events across articles (tomtat.events): one row per event, source, grant counted once,
# statistic, disagreement and near pair kept apart; then the trend tables over events.
EVENTS: list[tuple[str, ColumnType]] = [
    ("event_id", "str"),
    ("date", "str"),
    ("year", "int"),
    ("kinds", "str"),
    ("organizer", "str"),
    ("province", "str"),
    ("province_2025", "str"),
    ("district", "str"),
    ("review_start", "int"),
    ("review_end", "int"),
    ("sources", "int"),
    ("outlets", "str"),
    ("grants", "int"),
    ("collectives", "int"),
    ("individuals", "int"),
    ("total", "int"),
    ("findings", "int"),
    ("note", "str"),
]

EVENT_SOURCES: list[tuple[str, ColumnType]] = [
    ("event_id", "str"),
    ("article_id", "str"),
    ("outlet", "str"),
    ("url", "str"),
    ("published", "str"),
    ("title", "str"),
    ("date", "str"),
    ("organizer", "str"),
]

EVENT_AWARDS: list[tuple[str, ColumnType]] = [
    ("event_id", "str"),
    ("award_index", "int"),
    ("year", "int"),
    ("province", "str"),
    ("province_2025", "str"),
    ("issuer_level", "str"),
    ("type", "str"),
    ("issuer", "str"),
    ("collectives", "int"),
    ("individuals", "int"),
    ("total", "int"),
    ("disputed", "bool"),
    ("sources", "int"),
]

EVENT_STATISTICS: list[tuple[str, ColumnType]] = [
    ("event_id", "str"),
    ("statistic_index", "int"),
    ("year", "int"),
    ("label", "str"),
    ("label_key", "str"),
    ("value", "float"),
    ("unit", "str"),
    ("disputed", "bool"),
    ("sources", "int"),
]

EVENT_FINDINGS: list[tuple[str, ColumnType]] = [
    ("event_id", "str"),
    ("kind", "str"),
    ("path", "str"),
    ("message", "str"),
    ("article_ids", "str"),
    ("values", "str"),
]

KEPT_APART: list[tuple[str, ColumnType]] = [
    ("article_a", "str"),
    ("article_b", "str"),
    ("reason", "str"),
]

TREND_GRANTS: list[tuple[str, ColumnType]] = [
    ("year", "int"),
    ("province", "str"),
    ("province_2025", "str"),
    ("issuer_level", "str"),
    ("type", "str"),
    ("events", "int"),
    ("grants", "int"),
    ("collectives", "int"),
    ("individuals", "int"),
    ("total", "int"),
    ("recipients", "int"),
]

TREND_STATISTICS: list[tuple[str, ColumnType]] = [
    ("year", "int"),
    ("label", "str"),
    ("unit", "str"),
    ("events", "int"),
    ("value", "float"),
]

TREND_TABLES = ("trend_grants", "trend_statistics")
"""Derived tables: files in CSV/Parquet, views over the event tables in DuckDB."""

TABLES: dict[str, list[tuple[str, ColumnType]]] = {
    "articles": ARTICLES,
    "awards": AWARDS,
    "statistics": STATISTICS,
    "people": PEOPLE,
    "findings": FINDINGS,
    "events": EVENTS,
    "event_sources": EVENT_SOURCES,
    "event_awards": EVENT_AWARDS,
    "event_statistics": EVENT_STATISTICS,
    "event_findings": EVENT_FINDINGS,
    "kept_apart": KEPT_APART,
    "trend_grants": TREND_GRANTS,
    "trend_statistics": TREND_STATISTICS,
}

LIST_SEPARATOR = "; "
"""How list cells (recipients, kinds, warnings) are joined into one CSV cell."""
