"""Writing tables and summaries to files: CSV (optionally with a BOM), JSONL and Parquet.

Every file is written through a temporary file and a rename, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tomtat.export.columns import TABLES, ColumnType
from tomtat.export.text import spreadsheet_safe, utf8_safe
from tomtat.outputs import write_atomic
from tomtat.schemas import ArticleSummary

BOM = "\ufeff"
FORMATS = ("csv", "jsonl", "parquet", "duckdb")
PARQUET_MISSING = (
    "parquet export needs pyarrow: pip install 'tomtat[parquet]' (or use --format csv)"
)


class ExportError(RuntimeError):
    """An export cannot be written; the message is one clear line for the user."""


def csv_text(name: str, rows: Iterable[dict[str, Any]], *, bom: bool = False) -> str:
    """The CSV text of table ``name``: header row, then one line per row; None is empty.

    Text cells that a spreadsheet would take for a formula are neutralised
    (:func:`~tomtat.export.text.spreadsheet_safe`); numbers stay numbers.
    """
    columns = [column for column, _ in TABLES[name]]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else spreadsheet_safe(v)) for k, v in row.items()})
    return (BOM if bom else "") + utf8_safe(buffer.getvalue())


def write_csv(
    tables: dict[str, list[dict[str, Any]]], out_dir: Path, *, bom: bool = False
) -> list[Path]:
    """Write ``<table>.csv`` for every table into ``out_dir``; returns the paths written."""
    written = []
    for name, rows in tables.items():
        path = out_dir / f"{name}.csv"
        write_atomic(path, csv_text(name, rows, bom=bom))
        written.append(path)
    return written


def jsonl_text(summaries: Iterable[ArticleSummary]) -> str:
    """One whole summary per line, UTF-8 JSON with Vietnamese kept readable."""
    return utf8_safe(
        "".join(
            json.dumps(s.to_json_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
            for s in summaries
        )
    )


def write_jsonl(summaries: Iterable[ArticleSummary], path: Path) -> Path:
    """Write the summaries to one JSONL file; returns its path."""
    write_atomic(path, jsonl_text(summaries))
    return path


def _import_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ExportError(PARQUET_MISSING) from None
    return pyarrow


def _arrow_type(pa: Any, kind: ColumnType) -> Any:
    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[kind]


def _column_values(rows: list[dict[str, Any]], column: str, kind: ColumnType) -> list[Any]:
    values = [row.get(column) for row in rows]
    if kind == "float":
        return [None if v is None else float(v) for v in values]
    return values


def write_parquet(tables: dict[str, list[dict[str, Any]]], out_dir: Path) -> list[Path]:
    """Write ``<table>.parquet`` for every table, typed by its column spec (needs pyarrow)."""
    pa = _import_pyarrow()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables.items():
        spec = TABLES[name]
        schema = pa.schema([(column, _arrow_type(pa, kind)) for column, kind in spec])
        arrays = [
            pa.array(_column_values(rows, column, kind), type=_arrow_type(pa, kind))
            for column, kind in spec
        ]
        table = pa.Table.from_arrays(arrays, schema=schema)
        path = out_dir / f"{name}.parquet"
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        try:
            pa.parquet.write_table(table, tmp)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(path)
    return written
