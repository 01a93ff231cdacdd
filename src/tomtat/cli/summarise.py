"""``tomtat summarise PATH... --out DIR``: one JSON summary per article and a table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from tomtat.config import Settings
from tomtat.pipeline import POLICIES, ArticleResult, summarise_batch

MODES = ("tools", "json_schema", "json", "md_json")


def register(sub: Any) -> None:
    """Add the ``summarise`` subcommand."""
    p = sub.add_parser("summarise", aliases=["summarize"], help="summarise articles to JSON")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--out", type=Path, default=Path("out"), help="output folder (default out/)")
    p.add_argument(
        "--backend",
        choices=("rules", "llm"),
        default=None,
        help="default: llm when an endpoint is configured, else rules",
    )
    p.add_argument("--model", default=None, help="LLM model (env TOMTAT_MODEL)")
    p.add_argument(
        "--base-url", default=None, help="OpenAI-compatible base URL (env OPENAI_BASE_URL)"
    )
    p.add_argument("--api-key", default=None, help="API key (env OPENAI_API_KEY; prefer the env)")
    p.add_argument("--mode", choices=MODES, default=None, help="how the LLM returns structure")
    p.add_argument("--concurrency", type=int, default=None, help="LLM requests in flight")
    p.add_argument("--cache-dir", type=Path, default=None, help="LLM cache folder")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--max-retries", type=int, default=None, help="re-asks after a validation error")
    p.add_argument("--timeout", type=float, default=None, help="seconds per LLM request")
    p.add_argument(
        "--policy",
        choices=POLICIES,
        default="report",
        help="cross-check policy: report findings, repair counts, or re-ask the LLM",
    )
    p.set_defaults(func=run)


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from flags, falling back to the environment."""
    return Settings.from_env(
        base_url=args.base_url,
        api_key=args.api_key,
        model=args.model,
        mode=args.mode,
        concurrency=args.concurrency,
        cache_dir=args.cache_dir,
        use_cache=False if args.no_cache else None,
        max_retries=args.max_retries,
        timeout=args.timeout,
    )


def _row(result: ArticleResult) -> list[str]:
    summary = result.summary
    if summary is None:
        return [result.article_id, "FAILED", "", "", "", "", str(result.error)]
    event = summary.event
    errors = sum(1 for f in summary.checks if f.severity == "error")
    return [
        result.article_id,
        event.date or "-",
        event.district or event.province or "-",
        str(len(summary.awards)),
        str(len(summary.statistics)),
        str(errors),
        "; ".join(summary.warnings)[:60],
    ]


def run(args: argparse.Namespace) -> int:
    """Summarise every input; exit 1 if any article failed (the others are still written)."""
    err = Console(stderr=True)
    try:
        settings = settings_from_args(args)
        results = summarise_batch(
            args.paths, args.out, backend=args.backend, settings=settings, policy=args.policy
        )
    except ValueError as exc:
        err.print(f"tomtat summarise: {exc}", markup=False)
        return 2
    table = Table("article", "date", "place", "awards", "stats", "errors", "notes")
    for result in results:
        table.add_row(*_row(result))
    Console().print(table)
    failed = sum(1 for r in results if not r.ok)
    findings = sum(len(r.summary.checks) for r in results if r.summary is not None)
    print(
        f"{len(results) - failed} done, {failed} failed, {findings} findings -> {args.out}",
        file=sys.stderr,
    )
    if not results:
        err.print("tomtat summarise: no input files found", markup=False)
        return 2
    return 1 if failed else 0
