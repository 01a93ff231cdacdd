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
]

TABLES: dict[str, list[tuple[str, ColumnType]]] = {
    "articles": ARTICLES,
    "awards": AWARDS,
    "statistics": STATISTICS,
    "people": PEOPLE,
    "findings": FINDINGS,
}

LIST_SEPARATOR = "; "
"""How list cells (recipients, kinds, warnings) are joined into one CSV cell."""
