"""Event-linking benchmark: precision and recall of "same event" over labelled article pairs.

The set (benchmarks/events/reports.jsonl) holds, per line, one report and the label of the
meeting it reports: either a real gold label of this repository ("gold": path) or a summary
written in our own words as another outlet would report that meeting ("summary": {...}), each
with the hard case it belongs to. Every gold label of benchmarks/heldout*/gold that the set does
not name is added as a meeting of its own (they are distinct real meetings). Every pair of
reports is labelled same/different by the meeting labels; a pair is predicted "same" when
``link_events`` puts both in one event.

The ``corpus`` part is the real-article corpus (corpus/labels, 91 real reports labelled for the
accuracy benchmark, never used to fix the linking rules): its meetings are the articles, except
where the manifest's notes say "same event as ID" (two outlets reporting one meeting).

Parts: reports.jsonl (with the real gold labels) is the part the linking rules were fixed
against; validation.jsonl was written before its first run (whose figures RESULTS.md keeps) and
one cause of its misses was then fixed; validation2.jsonl was written after that, before its
first run, and is never fixed against. Figures are given for each part and for everything
linked together.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/bench_events.py [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from tomtat.events import compare, link_events
from tomtat.export import build_tables, write_duckdb
from tomtat.schemas import ArticleSummary

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "events" / "reports.jsonl"
VALIDATION = ROOT / "benchmarks" / "events" / "validation.jsonl"
VALIDATION2 = ROOT / "benchmarks" / "events" / "validation2.jsonl"

Labelled = tuple[list[ArticleSummary], dict[str, str], dict[str, str]]


def load(path: Path, *, with_real: bool) -> Labelled:
    """Summaries, article id -> meeting label, article id -> hard case."""
    summaries: list[ArticleSummary] = []
    meeting: dict[str, str] = {}
    case: dict[str, str] = {}
    named: set[Path] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if "gold" in item:
            path = ROOT / item["gold"]
            named.add(path.resolve())
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            data = item["summary"]
        summary = ArticleSummary.model_validate(data)
        summaries.append(summary)
        meeting[summary.id] = item["event"]
        case[summary.id] = item["case"]
    for gold in sorted(ROOT.glob("benchmarks/heldout*/gold/*.json")) if with_real else []:
        if gold.resolve() in named:
            continue
        summary = ArticleSummary.model_validate(json.loads(gold.read_text(encoding="utf-8")))
        summaries.append(summary)
        meeting[summary.id] = f"real:{summary.id}"
        case[summary.id] = "real, distinct meetings"
    return summaries, meeting, case


def load_corpus() -> Labelled:
    """The real-article corpus's labels as reports; "same event as ID" in the notes joins two."""
    manifest = ROOT / "corpus" / "manifest.jsonl"
    summaries: list[ArticleSummary] = []
    meeting: dict[str, str] = {}
    case: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        label = ROOT / "corpus" / "labels" / f"{entry['id']}.json"
        summary = ArticleSummary.model_validate(json.loads(label.read_text(encoding="utf-8")))
        summaries.append(summary)
        same = re.search(r"same event as (\w+)", entry.get("notes") or "", re.IGNORECASE)
        meeting[summary.id] = min(summary.id, same.group(1)) if same else summary.id
        case[summary.id] = "real corpus"
    return summaries, meeting, case


def score(labelled: Labelled) -> tuple[dict[str, Any], dict[str, list[int]], list[str]]:
    """Pair figures, tp/fp/fn/tn per hard case, and each wrong pair with the linker's reason."""
    summaries, meeting, case = labelled
    linked = link_events(summaries)
    predicted = linked.event_of()
    by_id = {s.id: s for s in summaries}
    cells = [0, 0, 0, 0]  # tp fp fn tn
    per_case: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    errors = []
    for a, b in combinations(sorted(meeting), 2):
        truth = meeting[a] == meeting[b]
        guess = predicted[a] == predicted[b]
        cell = 0 if truth and guess else 1 if guess else 2 if truth else 3
        cells[cell] += 1
        if case[a] == case[b]:
            per_case[case[a]][cell] += 1
        if truth != guess:
            reason = compare(by_id[a], by_id[b]).reason
            errors.append(f"{'false merge' if guess else 'missed'}: {a} / {b}: {reason}")
    tp, fp, fn, tn = cells
    figures = {
        "reports": len(summaries),
        "meetings": len(set(meeting.values())),
        "events": len(linked.events),
        "pairs": tp + fp + fn + tn,
        "same_pairs": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
    }
    return figures, per_case, errors


def _time_scaled(summaries: list[ArticleSummary], copies: int) -> None:
    """Seconds to link ``copies`` shifted copies of ``summaries`` (a corpus of many days)."""
    corpus = []
    for k in range(copies):
        for s in summaries:
            copy = s.model_copy(deep=True)
            copy.id = f"{s.id}#{k}"
            if copy.event.date:
                day = dt.date.fromisoformat(copy.event.date) + dt.timedelta(days=3 * k)
                copy.event.date = day.isoformat()
            corpus.append(copy)
    start = time.perf_counter()
    linked = link_events(corpus)
    seconds = time.perf_counter() - start
    print(f"[scale] {len(corpus)} reports -> {len(linked.events)} events in {seconds:.2f} s")
    start = time.perf_counter()
    tables = build_tables(corpus)
    built = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        write_duckdb(tables, Path(folder) / "corpus.duckdb")
        stored = time.perf_counter() - start
    rows = sum(len(rows) for rows in tables.values())
    print(f"[scale] build_tables {built:.2f} s, write_duckdb {stored:.2f} s ({rows} rows)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--scale",
        type=int,
        default=0,
        metavar="N",
        help="also time link_events, build_tables and write_duckdb on N copies of the tuning "
        "part, each moved 3 days on",
    )
    args = parser.parse_args()
    tuning = load(SET, with_real=True)
    validation = load(VALIDATION, with_real=False)
    validation2 = load(VALIDATION2, with_real=False)
    corpus = load_corpus()
    together: Labelled = ([], {}, {})
    for part in (tuning, validation, validation2):
        together[0].extend(part[0])
        together[1].update(part[1])
        together[2].update(part[2])
    if args.scale:
        _time_scaled(tuning[0], args.scale)
    parts = {
        "tuning": tuning,
        "validation": validation,
        "validation2": validation2,
        "all": together,
        "corpus": corpus,
    }
    results = {name: score(labelled) for name, labelled in parts.items()}
    if args.json:
        out = {name: {**fig, "errors": err} for name, (fig, _, err) in results.items()}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for name, (fig, per_case, errors) in results.items():
        print(
            f"[{name}] {fig['reports']} reports of {fig['meetings']} meetings -> "
            f"{fig['events']} events; {fig['pairs']} pairs, {fig['same_pairs']} same; "
            f"precision {fig['precision']:.3f}, recall {fig['recall']:.3f} "
            f"(tp {fig['tp']}, fp {fig['fp']}, fn {fig['fn']})"
        )
        if name == "tuning":
            print("  per hard case (pairs within the case): tp fp fn tn")
            for case, (ctp, cfp, cfn, ctn) in sorted(per_case.items()):
                print(f"    {case:46s} {ctp:3d} {cfp:3d} {cfn:3d} {ctn:4d}")
        for line in errors:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
