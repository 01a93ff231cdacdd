"""Agreement between the first labels (corpus/labels) and the blind second ones (corpus/second).

Scores each second label as a "prediction" against the first with FORMAT.md's scoring, prints
the per-field agreement (F1) over the corpus and every disagreement, so the two readers can
reconcile them. Usage::

    .venv/bin/python benchmarks/label_agreement.py [--ids sa01,sa02] [--summary]
"""

from __future__ import annotations

import argparse
import json
import sys

from real_corpus import CORPUS, LABELS

from tomtat.evaluate import FIELDS, evaluate_pair

SECOND = CORPUS / "second"


def main(argv: list[str] | None = None) -> int:
    """Print agreement per field and the disagreements of each article."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ids", default="", help="comma-separated ids (default: all)")
    parser.add_argument("--summary", action="store_true", help="only the per-field agreement")
    args = parser.parse_args(argv)
    wanted = {i for i in args.ids.split(",") if i}
    tallies = {f: [0, 0, 0] for f in FIELDS}
    compared = 0
    for path in sorted(SECOND.glob("*.json")):
        if wanted and path.stem not in wanted:
            continue
        first = LABELS / path.name
        if not first.is_file():
            print(f"{path.stem}: no first label")
            continue
        score = evaluate_pair(
            json.loads(first.read_text(encoding="utf-8")),
            json.loads(path.read_text(encoding="utf-8")),
        )
        compared += 1
        for name, s in score.fields.items():
            for i, v in enumerate((s.tp, s.fp, s.fn)):
                tallies[name][i] += v
        if not args.summary and score.differences:
            print(f"== {path.stem}")
            for d in score.differences:
                print(f"   {d.path}: first {d.gold!r} | second {d.predicted!r}")
    print(f"agreement over {compared} articles (F1 of second against first):")
    for name, (tp, fp, fn) in tallies.items():
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        print(f"  {name:<22} {f1:.3f}  (agree {tp}, second only {fp}, first only {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
