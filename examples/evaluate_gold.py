"""Summarise a folder of articles with the rules backend and score it against gold labels.

    python examples/evaluate_gold.py [ARTICLES_DIR] [GOLD_DIR] [--out DIR]

Defaults: examples/articles and examples/gold, summaries written to a temporary folder
(or --out). Prints the headline F1 and the F1 of every field.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import tomtat
from tomtat.evaluate import FIELDS, HEADLINE_FIELDS, EvaluationReport, evaluate_dirs

HERE = Path(__file__).resolve().parent


def summarise_and_score(articles: Path, gold: Path, out: Path) -> EvaluationReport:
    """Summarise ``articles`` into ``out`` (rules backend), then score ``out`` against ``gold``."""
    tomtat.summarise_batch([articles], out, backend="rules")
    return evaluate_dirs(gold, out)


def main(argv: list[str] | None = None) -> int:
    """Run the example; exit 2 when an input folder is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=HERE / "articles")
    parser.add_argument("gold", nargs="?", type=Path, default=HERE / "gold")
    parser.add_argument("--out", type=Path, default=None, help="keep the summaries here")
    args = parser.parse_args(argv)
    for folder in (args.articles, args.gold):
        if not folder.is_dir():
            print(f"not a folder: {folder}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="tomtat-eval-") as tmp:
        report = summarise_and_score(args.articles, args.gold, args.out or Path(tmp))
    print(f"headline F1: {report.headline_f1:.3f}  ({len(report.articles)} articles)")
    print(f"micro F1:    {report.micro.f1:.3f}   macro F1: {report.macro.f1:.3f}")
    for name in FIELDS:
        score = report.fields[name]
        mark = "*" if name in HEADLINE_FIELDS else " "
        print(
            f"  {mark} {name:<22} F1 {score.f1:.3f}  "
            f"P {score.precision:.3f}  R {score.recall:.3f}  "
            f"(tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
    failed = [a.id for a in report.articles if a.status != "ok"]
    if failed:
        print(f"not summarised: {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
