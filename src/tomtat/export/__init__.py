"""Flat tables an analyst loads directly: CSV, JSONL, Parquet and DuckDB from a folder of summaries,
with events across articles and trend tables.

Reads summaries, never calls extractors. :func:`build_tables` is the Python entry point.
"""

from tomtat.export.columns import TABLES, TREND_TABLES
from tomtat.export.events import event_tables
from tomtat.export.reading import (
    FailedArticle,
    SummaryInputError,
    SummarySet,
    parse_summary,
    read_summaries,
)
from tomtat.export.store import DUCKDB_MISSING, TREND_VIEWS, write_duckdb
from tomtat.export.tables import build_tables, check_status, findings_under
from tomtat.export.writers import (
    FORMATS,
    PARQUET_MISSING,
    ExportError,
    csv_text,
    jsonl_text,
    write_csv,
    write_jsonl,
    write_parquet,
)

__all__ = [
    "DUCKDB_MISSING",
    "FORMATS",
    "PARQUET_MISSING",
    "TABLES",
    "TREND_TABLES",
    "TREND_VIEWS",
    "ExportError",
    "FailedArticle",
    "SummaryInputError",
    "SummarySet",
    "build_tables",
    "check_status",
    "csv_text",
    "event_tables",
    "findings_under",
    "jsonl_text",
    "parse_summary",
    "read_summaries",
    "write_csv",
    "write_duckdb",
    "write_jsonl",
    "write_parquet",
]
