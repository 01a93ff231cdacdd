"""``tomtat summarise PATH... --out DIR``: one JSON summary per article and a table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tomtat.config import Settings, load_prices
from tomtat.pipeline import POLICIES, ArticleResult, iter_inputs, summarise_batch

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
    p.add_argument(
        "--mode",
        choices=MODES,
        default=None,
        help="how the LLM returns structure (default: tools for api.openai.com, else json_schema)",
    )
    p.add_argument("--concurrency", type=int, default=None, help="LLM requests in flight")
    p.add_argument("--cache-dir", type=Path, default=None, help="LLM cache folder")
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the cache (and redo inputs that have an output)",
    )
    p.add_argument("--max-retries", type=int, default=None, help="re-asks after a validation error")
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds per LLM request (default 60 for api.openai.com, 600 for other endpoints: "
        "a CPU llama-server may take minutes per answer)",
    )
    p.add_argument(
        "--policy",
        choices=POLICIES,
        default="report",
        help="cross-check policy: report findings, repair counts, or re-ask the LLM",
    )
    p.add_argument(
        "--prices",
        type=Path,
        default=None,
        help='price table JSON {model: {"prompt_per_1k": x, "completion_per_1k": y}} (USD) '
        "for meta.cost_usd (env TOMTAT_PRICES)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="redo every input, even those whose output was made by the same model and prompt",
    )
    p.add_argument(
        "--token-budget",
        type=int,
        default=None,
        help="split articles estimated above this many tokens (default 6000)",
    )
    p.add_argument(
        "--no-system-role",
        action="store_true",
        help="send the system prompt inside the user message (chat templates that drop it)",
    )
    p.add_argument(
        "--retry-invalid",
        action="store_true",
        help="ask again for answers that stayed invalid after the last re-ask (cached or "
        "written by an earlier run); by default they are kept as they are",
    )
    p.add_argument(
        "--batch",
        action="store_true",
        help="send the LLM requests through the Batch API as one batch (cheaper, answers "
        "within 24 h); the batch id is kept in --out, so an interrupted run resumes polling",
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
        prices=load_prices(args.prices) if getattr(args, "prices", None) else None,
        force=True if getattr(args, "force", False) else None,
        token_budget=getattr(args, "token_budget", None),
        system_role=False if getattr(args, "no_system_role", False) else None,
        retry_invalid=True if getattr(args, "retry_invalid", False) else None,
        batch=True if getattr(args, "batch", False) else None,
    )


def _row(result: ArticleResult) -> list[str]:
    summary = result.summary
    if summary is None:
        return [result.article_id, "FAILED", "", "", "", "", str(result.error)]
    event = summary.event
    errors = sum(1 for f in summary.checks if f.severity == "error")
    notes = "; ".join(summary.warnings)[:60]
    if result.skipped:
        notes = ("(kept) " + notes).strip()
    return [
        result.article_id,
        event.date or "-",
        event.district or event.province or "-",
        str(len(summary.awards)),
        str(len(summary.statistics)),
        str(errors),
        notes,
    ]


@contextmanager
def _progress(total: int) -> Iterator[Callable[[ArticleResult], None] | None]:
    """A rich progress bar on stderr when it is a terminal; None otherwise."""
    if total < 2 or not sys.stderr.isatty():
        yield None
        return
    progress = Progress(
        TextColumn("summarising"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=Console(stderr=True),
        transient=True,
    )
    with progress:
        task = progress.add_task("summarise", total=total, last="")

        def advance(result: ArticleResult) -> None:
            progress.update(task, advance=1, last=result.article_id[:30])

        yield advance


def _usage_line(results: list[ArticleResult]) -> str | None:
    fresh = [r.summary for r in results if r.summary is not None and not r.skipped]
    if not any(s.meta.backend == "llm" for s in fresh):
        return None
    prompt = sum(s.meta.usage.prompt_tokens for s in fresh)
    completion = sum(s.meta.usage.completion_tokens for s in fresh)
    requests = sum(s.meta.usage.requests for s in fresh)
    cached = sum(1 for s in fresh if s.meta.cached)
    line = (
        f"LLM: {requests} requests, {prompt} prompt + {completion} completion tokens, "
        f"{cached} cached"
    )
    costs = [s.meta.cost_usd for s in fresh if s.meta.cost_usd is not None]
    if costs:
        line += f", about ${sum(costs):.4f}"
    return line


def _runner(settings: Settings) -> Callable[..., list[ArticleResult]]:
    """The pipeline's batch runner, or the Batch API's with ``--batch`` (LLM backend only)."""
    if not settings.run.batch:
        return summarise_batch
    from tomtat.batch_api import summarise_with_batch_api

    def through_batch_api(*args: Any, backend: str | None, **kwargs: Any) -> list[ArticleResult]:
        if backend == "rules":
            raise ValueError("--batch sends LLM requests: it cannot be used with --backend rules")
        return summarise_with_batch_api(*args, **kwargs)

    return through_batch_api


def run(args: argparse.Namespace) -> int:
    """Summarise every input; exit 1 if any article failed (the others are still written)."""
    err = Console(stderr=True)
    try:
        settings = settings_from_args(args)
        inputs = iter_inputs(args.paths)
        with _progress(len(inputs)) as on_result:
            results = _runner(settings)(
                inputs,
                args.out,
                backend=args.backend,
                settings=settings,
                policy=args.policy,
                on_result=on_result,
            )
    except ValueError as exc:
        err.print(f"tomtat summarise: {exc}", markup=False)
        return 2
    table = Table()
    width = max((len(r.article_id) for r in results), default=7)
    table.add_column("article", no_wrap=True, min_width=min(width, 40))
    for name in ("date", "place", "awards", "stats", "errors"):
        table.add_column(name)
    table.add_column("notes", max_width=40, overflow="ellipsis", no_wrap=True)
    for result in results:
        table.add_row(*_row(result))
    Console().print(table)
    failed = sum(1 for r in results if not r.ok)
    findings = sum(len(r.summary.checks) for r in results if r.summary is not None)
    kept = sum(1 for r in results if r.skipped)
    kept_note = f" ({kept} kept from an earlier run)" if kept else ""
    print(
        f"{len(results) - failed} done{kept_note}, {failed} failed, {findings} findings -> {args.out}",
        file=sys.stderr,
    )
    if usage := _usage_line(results):
        print(usage, file=sys.stderr)
    if not results:
        err.print("tomtat summarise: no input files found", markup=False)
        return 2
    return 1 if failed else 0
