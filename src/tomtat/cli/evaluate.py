"""``tomtat evaluate --gold DIR --pred DIR [--json FILE]``: score predictions against labels."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from tomtat.evaluate import (
    FIELDS,
    HEADLINE_FIELDS,
    EvaluationError,
    EvaluationReport,
    GoldError,
    evaluate_dirs,
)
from tomtat.outputs import write_json_atomic


def register(sub: Any) -> None:
    """Add the ``evaluate`` subcommand."""
    p = sub.add_parser(
        "evaluate",
        help="score summaries against gold labels (FORMAT.md's rules)",
        description="Score the predictions of --pred (X.json per gold X.json) against --gold.",
    )
    p.add_argument("--gold", type=Path, required=True, metavar="DIR", help="gold label folder")
    p.add_argument("--pred", type=Path, required=True, metavar="DIR", help="prediction folder")
    p.add_argument("--json", type=Path, default=None, metavar="FILE", help="write the report here")
    p.add_argument(
        "--differences",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="list every difference per article (default: yes)",
    )
    p.set_defaults(func=run)


def _pct(value: float) -> str:
    return f"{value * 100:.1f}"


def fields_table(report: EvaluationReport) -> Table:
    """Per-field precision/recall/F1 and counts, then the headline, micro and macro rows."""
    table = Table(title="tomtat evaluate", title_justify="left")
    for column in ("field", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name in FIELDS:
        score = report.fields[name]
        label = f"{name} *" if name in HEADLINE_FIELDS else name
        table.add_row(
            label,
            _pct(score.precision),
            _pct(score.recall),
            _pct(score.f1),
            str(score.tp),
            str(score.fp),
            str(score.fn),
        )
    table.add_section()
    micro = report.micro
    table.add_row(
        "micro",
        _pct(micro.precision),
        _pct(micro.recall),
        _pct(micro.f1),
        str(micro.tp),
        str(micro.fp),
        str(micro.fn),
    )
    macro = report.macro
    table.add_row("macro", _pct(macro.precision), _pct(macro.recall), _pct(macro.f1), "", "", "")
    table.add_row(
        "headline F1 (* fields)", "", "", _pct(report.headline_f1), "", "", "", style="bold"
    )
    return table


def _value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ", ".join(f"{k}={_value(v)}" for k, v in value.items() if v is not None) or "-"
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value) or "[]"
    return json.dumps(value, ensure_ascii=False)


def differences_tables(report: EvaluationReport) -> list[Table]:
    """One table per scored article with differences: field path, gold value, predicted value."""
    tables = []
    for article in report.articles:
        if not article.differences or article.status != "ok":
            continue  # an empty prediction differs everywhere: its status line says enough
        table = Table(title=article.id, title_justify="left")
        for column in ("path", "gold", "predicted"):
            table.add_column(column, overflow="fold")
        for diff in article.differences:
            table.add_row(diff.path, _value(diff.gold), _value(diff.predicted))
        tables.append(table)
    return tables


def run(args: argparse.Namespace) -> int:
    """Score, print the tables, optionally write JSON; exit 2 on a bad label or folder."""
    out, err = Console(), Console(stderr=True)
    try:
        report = evaluate_dirs(args.gold, args.pred)
    except (GoldError, EvaluationError) as exc:
        err.print(f"tomtat evaluate: {exc}", markup=False, highlight=False)
        return 2
    out.print(fields_table(report))
    for article in report.articles:
        if article.status != "ok":
            out.print(
                f"{article.id}: prediction {article.status} ({article.message}), scored empty",
                markup=False,
                highlight=False,
            )
    if args.differences:
        for table in differences_tables(report):
            out.print(table)
    for article in report.articles:
        for warning in article.warnings:
            err.print(f"{article.id}: {warning}", markup=False, highlight=False)
    if report.unlabelled:
        err.print(
            f"{len(report.unlabelled)} prediction(s) without a gold label, not scored: "
            + ", ".join(report.unlabelled),
            markup=False,
            highlight=False,
        )
    if args.json is not None:
        try:
            write_json_atomic(args.json, report.to_json_dict())
        except OSError as exc:
            err.print(f"tomtat evaluate: cannot write {args.json}: {exc}", markup=False)
            return 2
    out.print(f"headline F1 {report.headline_f1:.3f} over {len(report.articles)} article(s)")
    return 0
