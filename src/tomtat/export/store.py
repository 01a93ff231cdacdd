"""The analytical store: every table in one DuckDB file, with the trend tables as SQL views.

The views count each meeting once because they read ``event_awards`` / ``event_statistics``
(one row per grant or statistic of an event, however many outlets reported it). DuckDB is an
optional dependency (``pip install 'tomtat[duckdb]'``).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tomtat.export.columns import TABLES, TREND_TABLES, ColumnType
from tomtat.export.writers import ExportError

__all__ = ["DUCKDB_MISSING", "TREND_VIEWS", "write_duckdb"]

DUCKDB_MISSING = "duckdb export needs duckdb: pip install 'tomtat[duckdb]' (or use --format csv)"

_SQL_TYPES: dict[ColumnType, str] = {
    "str": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
}

TREND_VIEWS = {
    "trend_grants": """
        SELECT year, province, province_2025, issuer_level, type,
               count(DISTINCT event_id) AS events, count(*) AS grants,
               sum(collectives) AS collectives, sum(individuals) AS individuals,
               sum(total) AS total,
               coalesce(sum(collectives), 0) + coalesce(sum(individuals), 0)
                 + coalesce(sum(total), 0) AS recipients
        FROM event_awards
        GROUP BY year, province, province_2025, issuer_level, type
    """,
    "trend_statistics": """
        SELECT year, min(label) AS label, unit, count(*) AS events, sum(value) AS value
        FROM event_statistics
        WHERE NOT disputed AND value IS NOT NULL
        GROUP BY year, label_key, unit
    """,
}
"""The SQL of each trend view (the same figures as :mod:`tomtat.events.trends`)."""


def _import_duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        raise ExportError(DUCKDB_MISSING) from None
    return duckdb


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _fill(con: Any, name: str, rows: list[dict[str, Any]], scratch: Path) -> None:
    """Create table ``name`` with its typed columns and load ``rows`` in one bulk read.

    Rows go through a newline-delimited JSON file that DuckDB reads with the declared column
    types: one statement however many rows (row-by-row inserts take minutes on a corpus).
    """
    spec = TABLES[name]
    columns = ", ".join(f"{_quote(c)} {_SQL_TYPES[kind]}" for c, kind in spec)
    con.execute(f"CREATE TABLE {_quote(name)} ({columns})")
    if not rows:
        return
    with scratch.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({c: row.get(c) for c, _ in spec}) + "\n")
    types = ", ".join(f"{_literal(c)}: {_literal(_SQL_TYPES[kind])}" for c, kind in spec)
    selected = ", ".join(_quote(c) for c, _ in spec)
    con.execute(
        f"INSERT INTO {_quote(name)} SELECT {selected} FROM read_json({_literal(str(scratch))}, "
        f"format = 'newline_delimited', columns = {{{types}}})"
    )


def write_duckdb(tables: dict[str, list[dict[str, Any]]], path: Path) -> Path:
    """Write every table of ``tables`` (trend tables as views) to a new DuckDB file at ``path``.

    The file is built beside ``path`` and renamed over it, so a reader never sees half a store.
    Raises :class:`~tomtat.export.ExportError` with a one-line message when duckdb is not installed.
    """
    duckdb = _import_duckdb()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.unlink(tmp)  # duckdb creates the file itself
    try:
        con = duckdb.connect(tmp)
        scratch = Path(tmp + ".rows.jsonl")
        try:
            for name, rows in tables.items():
                if name not in TREND_TABLES:
                    _fill(con, name, rows, scratch)
            for name, sql in TREND_VIEWS.items():
                con.execute(f"CREATE VIEW {_quote(name)} AS {sql}")
        finally:
            con.close()
            scratch.unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp + ".wal").unlink(missing_ok=True)
    return path
