"""``tomtat export DIR --format csv|jsonl|parquet --out PATH``: flat tables for analysts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tomtat.export import (
    FORMATS,
    ExportError,
    SummaryInputError,
    build_tables,
    read_summaries,
    write_csv,
    write_duckdb,
    write_jsonl,
    write_parquet,
)

JSONL_NAME = "summaries.jsonl"
DUCKDB_NAME = "corpus.duckdb"


def register(sub: Any) -> None:
    """Add the ``export`` subcommand."""
    p = sub.add_parser(
        "export",
        help="export summaries as flat tables (CSV, Parquet) or JSONL",
        description="csv/parquet: --out is a folder that gets articles, awards, statistics, "
        "people and findings tables, the events across articles and trend tables; "
        "duckdb: --out is one DuckDB file with those tables and trend views; "
        "jsonl: --out is a file with one whole summary per line.",
    )
    p.add_argument(
        "summaries",
        type=Path,
        metavar="DIR",
        help="folder written by tomtat summarise (or a .jsonl export)",
    )
    p.add_argument("--format", choices=FORMATS, default="csv", help="output format (default csv)")
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="output folder (csv, parquet) or file (jsonl, duckdb; a folder gets "
        "summaries.jsonl / corpus.duckdb)",
    )
    p.add_argument(
        "--bom",
        action="store_true",
        help="start each CSV with a UTF-8 BOM (for spreadsheet programs)",
    )
    p.set_defaults(func=run)


def _jsonl_path(out: Path) -> Path:
    return out / JSONL_NAME if out.is_dir() else out


def run(args: argparse.Namespace) -> int:
    """Write the export; exit 2 when nothing can be read or written."""
    try:
        found = read_summaries(args.summaries)
    except SummaryInputError as exc:
        print(f"tomtat export: {exc}", file=sys.stderr)
        return 2
    if not len(found):
        print(f"tomtat export: no summaries found in {args.summaries}", file=sys.stderr)
        return 2
    if args.bom and args.format != "csv":
        print("tomtat export: note: --bom applies to csv only; ignored", file=sys.stderr)
    try:
        if args.format == "jsonl":
            written = [write_jsonl(found.summaries, _jsonl_path(args.out))]
        else:
            tables = build_tables(found.summaries, found.failures)
            if args.format == "csv":
                written = write_csv(tables, args.out, bom=args.bom)
            elif args.format == "duckdb":
                out = args.out / DUCKDB_NAME if args.out.is_dir() else args.out
                written = [write_duckdb(tables, out)]
            else:
                written = write_parquet(tables, args.out)
    except ExportError as exc:
        print(f"tomtat export: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"tomtat export: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    note = (
        " (failed articles are only in CSV/Parquet articles tables)"
        if (args.format == "jsonl" and found.failures)
        else ""
    )
    print(
        f"{len(found.summaries)} done, {len(found.failures)} failed, {found.findings} findings"
        f" -> {len(written)} {args.format} file(s) in {args.out}{note}",
        file=sys.stderr,
    )
    return 0
