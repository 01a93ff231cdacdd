"""Event-linking benchmark: precision and recall of "same event" over labelled article pairs.

The set (benchmarks/events/reports.jsonl) holds, per line, one report and the label of the
meeting it reports: either a real gold label of this repository ("gold": path) or a summary
written in our own words as another outlet would report that meeting ("summary": {...}), each
with the hard case it belongs to. Every gold label of benchmarks/heldout*/gold that the set does
not name is added as a meeting of its own (they are distinct real meetings). Every pair of
reports is labelled same/different by the meeting labels; a pair is predicted "same" when
``link_events`` puts both in one event.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/bench_events.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from tomtat.events import compare, link_events
from tomtat.schemas import ArticleSummary

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "events" / "reports.jsonl"


def load() -> tuple[list[ArticleSummary], dict[str, str], dict[str, str]]:
    """Summaries, article id -> meeting label, article id -> hard case."""
    summaries: list[ArticleSummary] = []
    meeting: dict[str, str] = {}
    case: dict[str, str] = {}
    named: set[Path] = set()
    for line in SET.read_text(encoding="utf-8").splitlines():
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
    for path in sorted(ROOT.glob("benchmarks/heldout*/gold/*.json")):
        if path.resolve() in named:
            continue
        summary = ArticleSummary.model_validate(json.loads(path.read_text(encoding="utf-8")))
        summaries.append(summary)
        meeting[summary.id] = f"real:{summary.id}"
        case[summary.id] = "real, distinct meetings"
    return summaries, meeting, case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    summaries, meeting, case = load()
    linked = link_events(summaries)
    predicted = linked.event_of()
    by_id = {s.id: s for s in summaries}
    tp = fp = fn = tn = 0
    per_case: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn tn
    errors = []
    for a, b in combinations(sorted(meeting), 2):
        truth = meeting[a] == meeting[b]
        guess = predicted[a] == predicted[b]
        cell = 0 if truth and guess else 1 if guess else 2 if truth else 3
        tp, fp, fn, tn = (x + (i == cell) for i, x in enumerate((tp, fp, fn, tn)))
        if case[a] == case[b]:
            per_case[case[a]][cell] += 1
        if truth != guess:
            reason = compare(by_id[a], by_id[b]).reason
            errors.append(f"{'false merge' if guess else 'missed'}: {a} / {b}: {reason}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    figures = {
        "reports": len(summaries),
        "meetings": len(set(meeting.values())),
        "events": len(linked.events),
        "pairs": tp + fp + fn + tn,
        "same_pairs": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
    }
    if args.json:
        print(json.dumps({**figures, "errors": errors}, ensure_ascii=False, indent=1))
        return 0
    print(
        f"{figures['reports']} reports of {figures['meetings']} meetings -> "
        f"{figures['events']} events; {figures['pairs']} pairs, {figures['same_pairs']} same"
    )
    print(f"same event: precision {precision:.3f}, recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print("\nper hard case (pairs within the case): tp fp fn tn")
    for name, (ctp, cfp, cfn, ctn) in sorted(per_case.items()):
        print(f"  {name:48s} {ctp:3d} {cfp:3d} {cfn:3d} {ctn:4d}")
    for line in errors:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
