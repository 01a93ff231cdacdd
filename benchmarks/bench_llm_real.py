"""Accuracy of the LLM backend with a real model, against any OpenAI-compatible endpoint.

Opt-in, not in CI (it needs an endpoint). Runs the LLM backend over a labelled set and prints
per-field F1 (the project's evaluation), tokens (prompt, completion, cached), cost, how many
answers needed re-asks or stayed invalid, and the cross-check's catch rate on the model's wrong
award counts (wrong counts with an error finding on them / wrong counts)::

    .venv/bin/python benchmarks/bench_llm_real.py --base-url http://127.0.0.1:8080/v1 \\
        --model qwen2.5-1.5b-instruct --set seeds [--mode json_schema] [--prices prices.json]
    OPENAI_API_KEY=sk-... .venv/bin/python benchmarks/bench_llm_real.py --model gpt-4o-mini \\
        --set heldout --prices prices.json
    .venv/bin/python benchmarks/bench_llm_real.py --fake     # plumbing check on the loopback fake

Sets: ``seeds`` (examples/), ``heldout``, ``heldout2``, ``heldout3`` (benchmarks/), or
``--articles DIR --gold DIR``. The default request timeout is the one tomtat picks (600 s for a
local server); a CPU llama-server with a 1.5B model takes minutes per article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tomtat.config import Settings, load_prices  # noqa: E402
from tomtat.evaluate import evaluate_dirs  # noqa: E402
from tomtat.pipeline import ArticleResult, summarise_batch  # noqa: E402
from tomtat.schemas import ArticleSummary  # noqa: E402

SETS = {
    "seeds": (ROOT / "examples" / "articles", ROOT / "examples" / "gold"),
    "heldout": (
        ROOT / "benchmarks" / "heldout" / "articles",
        ROOT / "benchmarks" / "heldout" / "gold",
    ),
    "heldout2": (
        ROOT / "benchmarks" / "heldout2" / "articles",
        ROOT / "benchmarks" / "heldout2" / "gold",
    ),
    "heldout3": (
        ROOT / "benchmarks" / "heldout3" / "articles",
        ROOT / "benchmarks" / "heldout3" / "gold",
    ),
}
_PRED_AWARD = re.compile(r"^awards\[pred:(\d+)\]$")


def _flagged(summary: ArticleSummary | None, prefix: str, value: Any = None) -> bool:
    """An error finding of the cross-check or the validators on ``prefix`` (with ``value``)."""
    if summary is None:
        return False
    for finding in summary.checks:
        if finding.severity != "error" or not finding.path.startswith(prefix):
            continue
        if value is None or finding.value is None or finding.value == value:
            return True
    return False


def catch_rate(report: Any, summaries: dict[str, ArticleSummary | None]) -> tuple[int, int]:
    """(wrong award counts flagged, wrong award counts) over the evaluation's differences: a
    wrong count of a matched award, or any count of an award the text does not have."""
    flagged = wrong = 0
    for article in report.articles:
        summary = summaries.get(article.id)
        for diff in article.differences:
            if diff.field == "award_counts" and diff.predicted is not None:
                name = diff.path.rsplit(".", 1)[1]
                wrong += 1
                flagged += any(
                    f.severity == "error"
                    and f.path.startswith("awards[")
                    and f.path.endswith(f".{name}")
                    and (f.value is None or f.value == diff.predicted)
                    for f in (summary.checks if summary else [])
                )
            elif (
                diff.field == "awards" and diff.gold is None and (m := _PRED_AWARD.match(diff.path))
            ):
                counts = [
                    v
                    for k, v in (diff.predicted or {}).items()
                    if k in ("collectives", "individuals", "total") and v is not None
                ]
                wrong += len(counts)
                if _flagged(summary, f"awards[{m.group(1)}]"):
                    flagged += len(counts)
    return flagged, wrong


def _totals(results: list[ArticleResult]) -> dict[str, Any]:
    done = [r.summary for r in results if r.summary is not None]
    usage = [s.meta.usage for s in done]
    costs = [s.meta.cost_usd for s in done if s.meta.cost_usd is not None]
    return {
        "articles": len(results),
        "failed": sum(1 for r in results if r.summary is None),
        "requests": sum(u.requests for u in usage),
        "prompt_tokens": sum(u.prompt_tokens for u in usage),
        "completion_tokens": sum(u.completion_tokens for u in usage),
        "cached_tokens": sum(u.cached_tokens for u in usage),
        "reasked_articles": sum(1 for s in done if s.meta.reasks > 0),
        "reasks": sum(s.meta.reasks for s in done),
        "invalid_articles": sum(
            1 for s in done if any(f.kind == "validation_error" for f in s.checks)
        ),
        "cost_usd": round(sum(costs), 6) if costs else None,
    }


def run(args: argparse.Namespace, base_url: str | None) -> dict[str, Any]:
    """Summarise the set with the LLM backend, evaluate, and gather the figures."""
    articles, gold = (Path(args.articles), Path(args.gold)) if args.articles else SETS[args.set]
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="tomtat-bench-llm-"))
    settings = Settings.from_env(
        base_url=base_url,
        model=args.model,
        mode=args.mode,
        timeout=args.timeout,
        concurrency=args.concurrency,
        max_retries=args.max_retries,
        prices=load_prices(Path(args.prices)) if args.prices else None,
        use_cache=False if args.no_cache else None,
        cache_dir=out / ".cache" if args.fresh_cache else None,
        force=True,
        system_role=False if args.no_system_role else None,
        max_tokens=args.max_tokens,
    )
    started = time.perf_counter()
    results = summarise_batch(articles, out, backend="llm", settings=settings, policy=args.policy)
    elapsed = time.perf_counter() - started
    report = evaluate_dirs(gold, out)
    summaries = {r.article_id: r.summary for r in results}
    flagged, wrong = catch_rate(report, summaries)
    return {
        "set": args.set if not args.articles else str(articles),
        "model": settings.endpoint.model,
        "mode": results[0].summary.meta.mode if results and results[0].summary else args.mode,
        "seconds": round(elapsed, 1),
        "headline_f1": round(report.headline_f1, 4),
        "fields": {name: round(score.f1, 4) for name, score in sorted(report.fields.items())},
        **_totals(results),
        "wrong_counts": wrong,
        "wrong_counts_flagged": flagged,
        "catch_rate": round(flagged / wrong, 4) if wrong else None,
        "out": str(out),
    }


def _print(figures: dict[str, Any]) -> None:
    print(f"{figures['set']}: model {figures['model']} ({figures['mode']}), {figures['seconds']} s")
    print(f"headline F1 {figures['headline_f1']}")
    for name, f1 in figures["fields"].items():
        print(f"  {name:<22} {f1:.3f}")
    keys = (
        "articles failed requests prompt_tokens completion_tokens cached_tokens "
        "reasked_articles reasks invalid_articles cost_usd wrong_counts wrong_counts_flagged "
        "catch_rate"
    ).split()
    for key in keys:
        print(f"{key:<22} {figures[key]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default=None, help="endpoint (env OPENAI_BASE_URL)")
    parser.add_argument("--model", default=None, help="model (env TOMTAT_MODEL)")
    parser.add_argument("--mode", default=None, choices=("tools", "json_schema", "json", "md_json"))
    parser.add_argument("--set", default="seeds", choices=sorted(SETS))
    parser.add_argument("--articles", default=None, help="articles folder (with --gold)")
    parser.add_argument("--gold", default=None, help="gold labels folder")
    parser.add_argument("--out", default=None, help="keep the summaries here (default: a temp dir)")
    parser.add_argument("--prices", default=None, help="price table JSON for the cost")
    parser.add_argument("--timeout", type=float, default=None)
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--max-retries", type=int, default=None)
    parser.add_argument("--policy", default="report", choices=("report", "repair", "reask"))
    parser.add_argument("--no-system-role", action="store_true")
    parser.add_argument(
        "--max-tokens",
        type=int,
        default=None,
        help="cap each answer (a small local model without a cap can generate until its context ends)",
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument("--fresh-cache", action="store_true", help="a new cache under --out")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    parser.add_argument("--fake", action="store_true", help="run against the loopback fake server")
    args = parser.parse_args(argv)
    if args.articles and not args.gold:
        parser.error("--articles needs --gold")
    if args.fake:
        sys.path.insert(0, str(ROOT / "tests" / "llm"))
        import fake_openai as fo
        from conftest import smart

        args.model = args.model or "fake-model"
        args.no_cache = True
        with fo.FakeOpenAI(default=smart) as server:
            figures = run(args, server.base_url)
    else:
        figures = run(args, args.base_url)
    _print(figures)
    if args.json:
        Path(args.json).write_text(
            json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
