"""Flat tables an analyst loads directly: CSV, JSONL and Parquet from a folder of summaries.

Reads summaries, never calls extractors. :func:`build_tables` is the Python entry point.
"""

from tomtat.export.columns import TABLES
from tomtat.export.reading import (
    FailedArticle,
    SummaryInputError,
    SummarySet,
    parse_summary,
    read_summaries,
)
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
    "FORMATS",
    "PARQUET_MISSING",
    "TABLES",
    "ExportError",
    "FailedArticle",
    "SummaryInputError",
    "SummarySet",
    "build_tables",
    "check_status",
    "csv_text",
    "findings_under",
    "jsonl_text",
    "parse_summary",
    "read_summaries",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
