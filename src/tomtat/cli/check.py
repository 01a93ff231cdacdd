"""``tomtat check ARTICLE SUMMARY.json``: cross-check any summary against its article.

Prints the findings as a table (or ``--json``: a list of findings); ``--strict`` exits 1 when
an error-level finding exists; unreadable inputs exit 2 with a one-line message.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from tomtat.check import POLICIES, cross_check
from tomtat.check.reading import SummaryReadError, read_summary_text
from tomtat.schemas import ArticleSummary, Finding, Severity
from tomtat.text.article import Article
from tomtat.text.loading import InputError, load_article

MAX_BYTES = 64 * 1024 * 1024
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "dim"}


class _Unreadable(Exception):
    """An input that cannot be used; the message is one line."""


def register(sub: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = sub.add_parser(
        "check",
        help="cross-check a summary JSON against its article",
        description="Ground a summary's evidence and check every number against the article.",
    )
    parser.add_argument("article", type=Path, metavar="ARTICLE", help="article file (.txt/.html)")
    parser.add_argument("summary", type=Path, metavar="SUMMARY", help="summary JSON (FORMAT.md)")
    parser.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when any error-level finding exists"
    )
    parser.add_argument(
        "--policy",
        choices=POLICIES,
        default="report",
        help="report findings (default), or repair single-candidate counts",
    )
    parser.set_defaults(func=run)


def _read_bytes(path: Path, what: str) -> bytes:
    try:
        if path.is_dir():
            raise _Unreadable(f"{what} {path} is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _Unreadable(f"{what} {path} is {size} bytes, over the {MAX_BYTES} byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"cannot read {what} {path}: {exc.strerror or exc}") from None


def load_inputs(
    article_path: Path, summary_path: Path
) -> tuple[Article, ArticleSummary, list[str]]:
    """The article and the summary, or :class:`_Unreadable` with a one-line reason."""
    raw = _read_bytes(article_path, "article")
    try:
        article = load_article(raw, article_path.stem)
    except (InputError, ValueError) as exc:
        raise _Unreadable(f"article {article_path}: {exc}") from None
    data = _read_bytes(summary_path, "summary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unreadable(f"summary {summary_path} is not UTF-8 text") from None
    try:
        summary, notes = read_summary_text(text, article.id)
    except SummaryReadError as exc:
        raise _Unreadable(f"summary {summary_path}: {exc}") from None
    return article, summary, notes


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as JSON: kind, severity, path, message, value, text_value, start, end, quote."""
    return finding.model_dump(mode="json")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None) or "-"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def render_table(console: Console, checked: ArticleSummary, notes: list[str]) -> None:
    """The findings as a rich table, then the article's contradictions."""
    for note in notes:
        console.print(f"[dim]note: {note}[/dim]")
    findings = checked.checks
    if not findings:
        console.print(f"{checked.id}: no findings; every number is supported by the text.")
    else:
        table = Table(title=f"Cross-check of {checked.id}", show_lines=False)
        for column in ("severity", "kind", "path", "value", "text", "message"):
            table.add_column(column, overflow="fold")
        for f in findings:
            table.add_row(
                f"[{_STYLE[f.severity]}]{f.severity.value}[/]",
                f.kind.value,
                f.path or "-",
                _cell(f.value),
                _cell(f.text_value),
                f.message,
            )
        console.print(table)
    counts = {s: sum(f.severity is s for f in findings) for s in Severity}
    console.print(
        f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), "
        f"{counts[Severity.INFO]} note(s)"
    )
    for line in checked.conflicts:
        console.print(f"conflict in the article: {line}")


def run(args: argparse.Namespace) -> int:
    """Check the summary; 0 = done, 1 = errors under --strict, 2 = unreadable input."""
    try:
        article, summary, notes = load_inputs(args.article, args.summary)
    except _Unreadable as exc:
        print(f"tomtat check: {exc}", file=sys.stderr)
        return 2
    checked = cross_check(article, summary, policy=args.policy)
    if args.json:
        print(json.dumps([finding_dict(f) for f in checked.checks], ensure_ascii=False, indent=2))
    else:
        render_table(Console(), checked, notes)
    has_errors = any(f.severity is Severity.ERROR for f in checked.checks)
    return 1 if args.strict and has_errors else 0
