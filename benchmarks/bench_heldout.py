"""Accuracy of the rules extractor on the held-out set (benchmarks/heldout/), not used for tuning.

Usage::

    .venv/bin/python benchmarks/bench_heldout.py            # per-field table + headline F1
    .venv/bin/python benchmarks/bench_heldout.py --json     # {"headline_f1": ..., "fields": {...}}
    .venv/bin/python benchmarks/bench_heldout.py --differences   # also print each article's diffs
    .venv/bin/python benchmarks/bench_heldout.py --set heldout2  # the second, harder set

Runs ``tomtat summarise benchmarks/heldout/articles --out TMP --backend rules`` and
``tomtat evaluate --gold benchmarks/heldout/gold --pred TMP --json FILE`` as subprocesses
(the same commands a user would type), then reads the evaluation JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"
ARTICLES = HELDOUT / "articles"
GOLD = HELDOUT / "gold"
TOMTAT = [sys.executable, "-m", "tomtat"]


def _f1(score: dict[str, Any]) -> float:
    """F1 of one field's entry in the evaluation JSON (computed from tp/fp/fn if absent)."""
    if isinstance(score.get("f1"), int | float):
        return float(score["f1"])
    tp, fp, fn = (int(score.get(k, 0)) for k in ("tp", "fp", "fn"))
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def run(
    differences: bool = False, backend: str = "rules", folder: Path = HELDOUT
) -> dict[str, Any]:
    """Summarise the held-out articles, score them, and return the evaluation report dict."""
    articles, gold = folder / "articles", folder / "gold"
    with tempfile.TemporaryDirectory(prefix="tomtat-heldout-") as tmp:
        pred, report_path = Path(tmp) / "pred", Path(tmp) / "eval.json"
        summarise = [*TOMTAT, "summarise", str(articles), "--out", str(pred), "--backend", backend]
        done = subprocess.run(summarise, capture_output=True, text=True, cwd=ROOT, check=False)
        if done.returncode not in (0, 1) or not pred.is_dir():
            raise RuntimeError(f"summarise failed ({done.returncode}): {done.stderr[-2000:]}")
        evaluate = [*TOMTAT, "evaluate", "--gold", str(gold), "--pred", str(pred)]
        evaluate += ["--json", str(report_path)]
        if not differences:
            evaluate.append("--no-differences")
        done = subprocess.run(evaluate, capture_output=True, text=True, cwd=ROOT, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"evaluate failed ({done.returncode}): {done.stderr[-2000:]}")
        if differences:
            print(done.stdout)
        report: dict[str, Any] = json.loads(report_path.read_text(encoding="utf-8"))
    return report


def summary(report: dict[str, Any]) -> dict[str, Any]:
    """The machine-readable figures: headline F1 and per-field F1."""
    fields = {name: round(_f1(score), 4) for name, score in report["fields"].items()}
    return {
        "headline_f1": round(float(report["headline_f1"]), 4),
        "fields": fields,
        "articles": len(report.get("articles", [])),
    }


def main(argv: list[str] | None = None) -> int:
    """Parse flags, run, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--differences", action="store_true", help="print per-article diffs")
    parser.add_argument("--backend", default="rules", choices=("rules", "llm"))
    parser.add_argument(
        "--set", default="heldout", help="folder under benchmarks/ (heldout, heldout2)"
    )
    args = parser.parse_args(argv)
    folder = ROOT / "benchmarks" / args.set
    if not (folder / "articles").is_dir() or not (folder / "gold").is_dir():
        print(f"bench_heldout: no articles/ and gold/ under {folder}", file=sys.stderr)
        return 2
    try:
        diffs = args.differences and not args.json
        report = run(differences=diffs, backend=args.backend, folder=folder)
    except (RuntimeError, OSError, ValueError) as exc:
        print(f"bench_heldout: {exc}", file=sys.stderr)
        return 2
    figures = summary(report)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    print(f"held-out set {args.set}: {figures['articles']} articles, backend {args.backend}")
    for name, f1 in figures["fields"].items():
        print(f"  {name:<24} F1 {f1 * 100:5.1f}")
    print(f"headline F1 {figures['headline_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
