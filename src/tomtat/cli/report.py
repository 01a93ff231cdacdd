"""``tomtat report DIR --html FILE [--articles DIR]``: the self-contained review page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tomtat.export import SummaryInputError, read_summaries
from tomtat.report import write_report


def register(sub: Any) -> None:
    """Add the ``report`` subcommand."""
    p = sub.add_parser("report", help="write a self-contained HTML review page of summaries")
    p.add_argument(
        "summaries",
        type=Path,
        metavar="DIR",
        help="folder written by tomtat summarise (or a .jsonl export)",
    )
    p.add_argument(
        "--html",
        type=Path,
        default=Path("report.html"),
        metavar="FILE",
        help="page to write (default report.html)",
    )
    p.add_argument(
        "--articles",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of the original articles, found by file stem, when the "
        "summaries' source_path is missing or moved",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the page; exit 2 when there is nothing to report or it cannot be written."""
    if args.articles is not None and not args.articles.is_dir():
        print(f"tomtat report: --articles {args.articles} is not a folder", file=sys.stderr)
        return 2
    try:
        found = read_summaries(args.summaries)
        if not len(found):
            print(f"tomtat report: no summaries found in {args.summaries}", file=sys.stderr)
            return 2
        stats = write_report(args.summaries, args.html, args.articles, found)
    except SummaryInputError as exc:
        print(f"tomtat report: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"tomtat report: cannot write {args.html}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.html}")
    missing = f", {stats.missing_text} without article text" if stats.missing_text else ""
    print(
        f"{stats.articles} done, {stats.failed} failed, {stats.findings} findings "
        f"({stats.errors} errors, {stats.warnings} warnings), {stats.highlights} highlights"
        f"{missing} -> {args.html}",
        file=sys.stderr,
    )
    return 0
