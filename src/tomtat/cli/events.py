"""``tomtat events DIR --out DIR``: link the reports of one meeting across outlets into events."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tomtat.events import link_events
from tomtat.export import SummaryInputError, event_tables, read_summaries, write_csv
from tomtat.outputs import write_atomic

EVENTS_JSON = "events.json"


def register(sub: Any) -> None:
    """Add the ``events`` subcommand."""
    p = sub.add_parser(
        "events",
        help="group summaries that report the same meeting into events, with trend tables",
        description="--out gets events.json (every event with its sources, grants counted "
        "once and findings where sources disagree, and the near pairs kept apart with the "
        "reason) and CSV tables: events, event_sources, event_awards, event_statistics, "
        "event_findings, kept_apart, trend_grants, trend_statistics.",
    )
    p.add_argument(
        "summaries",
        type=Path,
        metavar="SUMMARIES_DIR",
        help="folder written by tomtat summarise (or a .jsonl export)",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Link, write, report; exit 2 when nothing can be read or written."""
    try:
        found = read_summaries(args.summaries)
    except SummaryInputError as exc:
        print(f"tomtat events: {exc}", file=sys.stderr)
        return 2
    if not found.summaries:
        print(f"tomtat events: no summaries found in {args.summaries}", file=sys.stderr)
        return 2
    linked = link_events(found.summaries)
    text = json.dumps(linked.to_json_dict(), ensure_ascii=False, indent=1) + "\n"
    try:
        write_atomic(args.out / EVENTS_JSON, text)
        written = [args.out / EVENTS_JSON, *write_csv(event_tables(linked), args.out)]
    except OSError as exc:
        print(f"tomtat events: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    several = sum(1 for e in linked.events if len(e.sources) > 1)
    findings = sum(len(e.findings) for e in linked.events)
    print(
        f"{len(found.summaries)} reports -> {len(linked.events)} events ({several} from several "
        f"reports), {findings} findings, {len(linked.kept_apart)} near pairs kept apart, "
        f"{len(found.failures)} failed articles skipped",
        file=sys.stderr,
    )
    return 0
