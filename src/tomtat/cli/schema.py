"""``tomtat schema``: write (or print) the JSON Schema of ArticleSummary."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tomtat.outputs import write_atomic
from tomtat.schemas import ArticleSummary

SCHEMA_FILE = "article_summary.schema.json"


def schema_text() -> str:
    """The JSON Schema of :class:`ArticleSummary` as stable, pretty JSON."""
    schema: dict[str, Any] = ArticleSummary.model_json_schema()
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def register(sub: Any) -> None:
    """Add the ``schema`` subcommand."""
    parser = sub.add_parser("schema", help="write the JSON Schema of a summary to schemas/")
    parser.add_argument(
        "--out", type=Path, default=Path("schemas"), help="folder (default schemas/)"
    )
    parser.add_argument("--print", dest="print_only", action="store_true", help="print instead")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write ``schemas/article_summary.schema.json``."""
    text = schema_text()
    if args.print_only:
        print(text, end="")
        return 0
    path = args.out / SCHEMA_FILE
    write_atomic(path, text)
    print(f"wrote {path}")
    return 0
