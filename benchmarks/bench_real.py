"""Accuracy of the rules backend and the cross-check on the real-article corpus (corpus/).

The corpus holds real news reports nobody wrote for tomtat (see corpus/README.md), split once
into a development part (fix by cause against it) and a validation part (measured at the start
and at the end of a round of work, never fixed against). Per genre (security-movement reports;
the wider genre with its negatives) it prints:

* the rules backend's per-field F1 and headline F1 against the labels;
* the cross-check's false alarms on the correct labels: error or warning findings per number
  the labels state (an article's own contradiction is not a false alarm where its label
  records one);
* the cross-check's recall on planted errors (the perturbations of bench_crosscheck.py).

Usage::

    .venv/bin/python benchmarks/bench_real.py --part dev            # develop against this
    .venv/bin/python benchmarks/bench_real.py --part validation     # first and last figures only
    .venv/bin/python benchmarks/bench_real.py --part dev --differences   # every disagreement
    .venv/bin/python benchmarks/bench_real.py --part dev --json

Texts must be present in corpus/texts (``benchmarks/real_corpus.py verify``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_crosscheck import CONTRADICTIONS, alarm_keys, detected, label_numbers, perturb
from real_corpus import LABELS, TEXTS, read_manifest

import tomtat
from tomtat.check import cross_check
from tomtat.evaluate import FIELDS, HEADLINE_FIELDS, EvaluationReport, evaluate_dirs
from tomtat.schemas import ArticleSummary, Severity
from tomtat.text.loading import load_article

GROUPS = {"security": ("security",), "wider": ("wider", "negative")}


def _stage(entries: list[dict[str, Any]], folder: Path) -> tuple[Path, Path]:
    """Copy the texts and labels of ``entries`` into ``folder``/articles and ``folder``/gold."""
    articles, gold = folder / "articles", folder / "gold"
    articles.mkdir(parents=True)
    gold.mkdir()
    for entry in entries:
        shutil.copy(TEXTS / f"{entry['id']}.txt", articles / f"{entry['id']}.txt")
        shutil.copy(LABELS / f"{entry['id']}.json", gold / f"{entry['id']}.json")
    return articles, gold


def score_rules(entries: list[dict[str, Any]]) -> EvaluationReport:
    """Summarise the entries' texts with the rules backend and score them against their labels."""
    with tempfile.TemporaryDirectory(prefix="tomtat-real-") as tmp:
        articles, gold = _stage(entries, Path(tmp) / "in")
        pred = Path(tmp) / "pred"
        tomtat.summarise_batch([articles], pred, backend="rules", force=True)
        return evaluate_dirs(gold, pred)


def _is_false_alarm(kind: str, severity: Severity, label: ArticleSummary) -> bool:
    if severity not in (Severity.ERROR, Severity.WARNING):
        return False
    return not (kind in CONTRADICTIONS and label.conflicts)


def check_labels(entries: list[dict[str, Any]], seed: int, draws: int) -> dict[str, Any]:
    """The cross-check on correct labels (false alarms) and on planted errors (recall)."""
    rng = random.Random(seed)
    numbers, alarms, found, planted = 0, [], 0, 0
    misses: list[str] = []
    alarm_kinds: Counter[str] = Counter()
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for entry in entries:
        label = ArticleSummary.model_validate_json((LABELS / f"{entry['id']}.json").read_bytes())
        article = load_article((TEXTS / f"{entry['id']}.txt").read_bytes(), entry["id"])
        base = cross_check(article, label)
        numbers += label_numbers(label)
        for f in base.checks:
            if _is_false_alarm(f.kind.value, f.severity, label):
                alarms.append(f"{entry['id']} {f.kind.value} {f.path}: {f.message}")
                alarm_kinds[f"{f.kind.value} {f.path.split('[')[0] or '(whole summary)'}"] += 1
        baseline = alarm_keys(base.checks)
        for p in perturb(label, article, rng, draws):
            hit = detected(p, baseline, cross_check(article, p.summary).checks)
            found, planted = found + hit, planted + 1
            by_kind[p.kind][0] += hit
            by_kind[p.kind][1] += 1
            if not hit:
                misses.append(f"{entry['id']} {p.kind} {p.target}: {p.note}")
    return {
        "label_numbers": numbers,
        "false_alarms": len(alarms),
        "false_alarm_rate": len(alarms) / numbers if numbers else 0.0,
        "planted": planted,
        "detected": found,
        "recall": found / planted if planted else 0.0,
        "false_alarms_by_kind": dict(sorted(alarm_kinds.items())),
        "planted_by_kind": {
            k: {"detected": v[0], "planted": v[1]} for k, v in sorted(by_kind.items())
        },
        "alarm_lines": alarms,
        "missed_lines": misses,
    }


def _print_group(
    name: str, report: EvaluationReport, check: dict[str, Any], echo: Callable[[str], None]
) -> None:
    echo(f"== {name}: {len(report.articles)} articles, headline F1 {report.headline_f1:.3f}")
    for field in FIELDS:
        s = report.fields[field]
        mark = "*" if field in HEADLINE_FIELDS else " "
        echo(f"  {mark}{field:<22} F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    echo(
        f"  cross-check: false alarms {check['false_alarms']}/{check['label_numbers']} numbers"
        f" = {check['false_alarm_rate']:.3f}; planted errors noticed"
        f" {check['detected']}/{check['planted']} = {check['recall']:.3f}"
    )
    alarms = ", ".join(f"{k} {n}" for k, n in check["false_alarms_by_kind"].items())
    echo(f"    false alarms by finding: {alarms or 'none'}")
    echo(
        "    planted errors noticed by kind: "
        + ", ".join(
            f"{k} {v['detected']}/{v['planted']}" for k, v in check["planted_by_kind"].items()
        )
    )


def run(
    part: str,
    differences: bool,
    seed: int,
    draws: int,
    echo: Callable[[str], None],
    only: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Measure one part of the corpus per genre group; returns the figures. ``only`` keeps
    the articles whose id starts with one of its prefixes (all where empty)."""
    entries = [e for e in read_manifest() if part == "all" or e["split"] == part]
    if only:
        entries = [e for e in entries if e["id"].startswith(only)]
    missing = [e["id"] for e in entries if not (TEXTS / f"{e['id']}.txt").is_file()]
    if missing:
        raise SystemExit(f"texts missing for {missing[:5]}...: see corpus/README.md")
    figures: dict[str, Any] = {"part": part}
    for name, genres in GROUPS.items():
        group = [e for e in entries if e["genre"] in genres]
        if not group:
            continue
        report = score_rules(group)
        check = check_labels(group, seed, draws)
        _print_group(name, report, check, echo)
        if differences:
            for article in report.articles:
                for d in article.differences:
                    echo(f"    {article.id} {d.path}: gold {d.gold!r} pred {d.predicted!r}")
            for line in check["alarm_lines"]:
                echo(f"    false alarm: {line}")
            for line in check["missed_lines"]:
                echo(f"    missed: {line}")
        figures[name] = {
            "articles": len(group),
            "headline_f1": report.headline_f1,
            "fields": {f: report.fields[f].f1 for f in FIELDS},
            "crosscheck": {k: v for k, v in check.items() if not k.endswith("_lines")},
        }
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command line of the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--part", choices=("dev", "validation", "all"), default="dev")
    parser.add_argument("--differences", action="store_true", help="print every disagreement")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--draws", type=int, default=3, help="random draws per planted error")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--only", default="", help="comma-separated id prefixes to keep (e.g. sf,sg,wf,wg)"
    )
    args = parser.parse_args(argv)
    echo: Callable[[str], None] = (lambda _line: None) if args.json else print
    only = tuple(p.strip() for p in args.only.split(",") if p.strip())
    figures = run(args.part, args.differences, args.seed, args.draws, echo, only)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
