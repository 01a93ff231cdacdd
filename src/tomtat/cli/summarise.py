"""``tomtat summarise PATH... --out DIR``: one JSON summary per article, a summary line, and a
table for small batches.

PATH is an article file, a folder of them, a corpus file (``.jsonl``, ``.csv``, ``.parquet``; one
article per record) or ``-`` (JSONL on standard input). On a terminal a progress bar runs on
stderr; at the end one line sums the run up, every failure is listed with its reason, and the
per-article table is printed for batches of at most :data:`TABLE_MAX_ROWS` (or with
``--table``). ``--json`` prints a machine-readable run summary instead; ``--quiet`` prints only
failures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from tomtat.config import Settings, load_prices
from tomtat.corpus import InputItem, expand_inputs
from tomtat.pipeline import POLICIES, ArticleResult, default_workers, summarise_batch

MODES = ("tools", "json_schema", "json", "md_json")
TABLE_MAX_ROWS = 50


def register(sub: Any) -> None:
    """Add the ``summarise`` subcommand."""
    p = sub.add_parser("summarise", aliases=["summarize"], help="summarise articles to JSON")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files, folders, corpus files (.jsonl/.csv/.parquet) or - (JSONL on stdin)",
    )
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
    add_corpus_flags(p)
    add_output_flags(p)
    p.set_defaults(func=run)


def add_corpus_flags(p: argparse.ArgumentParser) -> None:
    """Flags for corpus inputs and the process pool of the rules backend."""
    p.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="corpus field holding the article text (default text)",
    )
    p.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="corpus field holding the article id (default id; else the row number)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help=f"processes for the rules backend (default: the number of cores, {default_workers()})",
    )


def add_output_flags(p: argparse.ArgumentParser) -> None:
    """Flags for what the command prints."""
    p.add_argument(
        "--table",
        action="store_true",
        help=f"print the per-article table even for more than {TABLE_MAX_ROWS} articles",
    )
    p.add_argument(
        "--quiet", "-q", action="store_true", help="print only failures and errors, no table"
    )
    p.add_argument(
        "--json",
        action="store_true",
        dest="json_summary",
        help="print a JSON run summary on stdout instead of the table",
    )


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


PROGRESS_REFRESH_S = 0.1


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[ArticleResult], None] | None]:
    """A rich progress bar on stderr when it is a terminal; None otherwise.

    The bar is redrawn as results arrive (at most every :data:`PROGRESS_REFRESH_S`), not by
    rich's refresh thread: the rules backend forks its worker processes during the run, and a
    fork while another thread holds the terminal's lock could leave a worker stuck on it.
    """
    if quiet or total < 2 or not sys.stderr.isatty():
        yield None
        return
    progress = Progress(
        TextColumn("summarising"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[last]}"),
        console=Console(stderr=True),
        transient=True,
        auto_refresh=False,
    )
    with progress:
        task = progress.add_task("summarise", total=total, last="", failed=0)
        state = {"failed": 0, "drawn": 0.0}

        def advance(result: ArticleResult) -> None:
            state["failed"] += not result.ok
            progress.update(task, advance=1, last=result.article_id[:30], failed=state["failed"])
            now = time.monotonic()
            if now - state["drawn"] >= PROGRESS_REFRESH_S:
                state["drawn"] = now
                progress.refresh()

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


def _collect(args: argparse.Namespace) -> list[InputItem]:
    return expand_inputs(args.paths, text_field=args.text_field, id_field=args.id_field)


def _runner(settings: Settings) -> Callable[..., list[ArticleResult]]:
    """The pipeline's batch runner, or the Batch API's with ``--batch`` (LLM backend only)."""
    if not settings.run.batch:
        return summarise_batch
    from tomtat.batch_api import summarise_with_batch_api

    def through_batch_api(*args: Any, backend: str | None, **kwargs: Any) -> list[ArticleResult]:
        if backend == "rules":
            raise ValueError("--batch sends LLM requests: it cannot be used with --backend rules")
        kwargs.pop("workers", None)  # the Batch API sends one batch; no process pool
        return summarise_with_batch_api(*args, **kwargs)

    return through_batch_api


def run(args: argparse.Namespace) -> int:
    """Summarise every input; exit 1 if any article failed (the others are still written)."""
    err = Console(stderr=True)
    started = time.perf_counter()
    try:
        settings = settings_from_args(args)
        if args.workers is not None and args.workers < 1:
            raise ValueError(f"--workers must be at least 1, not {args.workers}")
        args.uses_llm = args.backend == "llm" or (args.backend is None and settings.llm_configured)
        inputs = _collect(args)
        with _progress(len(inputs), args.quiet or args.json_summary) as on_result:
            results = _runner(settings)(
                inputs,
                args.out,
                backend=args.backend,
                settings=settings,
                policy=args.policy,
                on_result=on_result,
                workers=args.workers,
            )
    except ValueError as exc:
        err.print(f"tomtat summarise: {exc}", markup=False)
        return 2
    seconds = time.perf_counter() - started
    if not results:
        err.print("tomtat summarise: no input files found", markup=False)
        return 2
    if args.json_summary:
        print(json.dumps(run_summary(results, args, seconds), ensure_ascii=False, indent=2))
    else:
        _print_report(results, args, seconds)
    return 1 if any(not r.ok for r in results) else 0


def _print_report(results: list[ArticleResult], args: argparse.Namespace, seconds: float) -> None:
    """The table (small batches or ``--table``), the failures, and the summary line."""
    if not args.quiet and (args.table or len(results) <= TABLE_MAX_ROWS):
        Console().print(_table(results))
    failures = [r for r in results if not r.ok]
    for result in failures:
        print(f"FAILED {result.article_id} ({result.source}): {result.error}", file=sys.stderr)
    if args.quiet:
        return
    print(summary_line(results, args.out, seconds), file=sys.stderr)
    if args.uses_llm and (usage := _usage_line(results)):
        print(usage, file=sys.stderr)


def _table(results: list[ArticleResult]) -> Table:
    table = Table()
    width = max((len(r.article_id) for r in results), default=7)
    table.add_column("article", no_wrap=True, min_width=max(7, min(width, 24)), overflow="ellipsis")
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("place", no_wrap=True, overflow="ellipsis")
    for name in ("awards", "stats", "errors"):
        table.add_column(name, justify="right", no_wrap=True, min_width=len(name))
    table.add_column("notes", max_width=40, overflow="ellipsis", no_wrap=True)
    for result in results:
        table.add_row(*_row(result))
    return table


def summary_line(results: list[ArticleResult], out: Path, seconds: float) -> str:
    """``N done (K kept from an earlier run), F failed, X findings -> OUT in S s (R/s)``."""
    failed = sum(1 for r in results if not r.ok)
    findings = sum(r.findings for r in results)
    kept = sum(1 for r in results if r.skipped)
    kept_note = f" ({kept} kept from an earlier run)" if kept else ""
    rate = f", {len(results) / seconds:.0f} articles/s" if seconds > 0 else ""
    return (
        f"{len(results) - failed} done{kept_note}, {failed} failed, {findings} findings "
        f"-> {out} in {seconds:.1f} s{rate}"
    )


def run_summary(
    results: list[ArticleResult], args: argparse.Namespace, seconds: float
) -> dict[str, Any]:
    """The ``--json`` run summary: counts, timing, every failure with its reason, every output."""
    done = [r for r in results if r.ok]
    return {
        "articles": len(results),
        "done": len(done),
        "kept": sum(1 for r in results if r.skipped),
        "failed": len(results) - len(done),
        "findings": sum(r.findings for r in done),
        "out": str(args.out),
        "seconds": round(seconds, 3),
        "failures": [
            {"id": r.article_id, "source": r.source, "error": r.error} for r in results if not r.ok
        ],
        "outputs": [
            {
                "id": r.article_id,
                "source": r.source,
                "status": "kept" if r.skipped else ("done" if r.ok else "failed"),
                "output": str(r.output) if r.output is not None else None,
            }
            for r in results
        ],
    }
