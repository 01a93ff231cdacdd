"""Fault soak outside pytest: N generated articles against the fake OpenAI server with 30% of
requests failing (429 + Retry-After, 500, timeouts, dropped connections) and 10% of answers
unusable (not JSON, schema-invalid, prose); every 50th article always gets HTTP 400.

Run:  .venv/bin/python benchmarks/soak.py [--articles 500] [--seed 7] [--json]

Reports how many articles were summarised or failed, the requests the server saw (first run,
and a second run that must ask only for the failed ones), the faults served, the wall time,
and any output file that is corrupt, missing, doubled, temporary or crossed between articles.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))
sys.path.insert(0, str(ROOT / "tests" / "llm"))

import fake_openai as fo  # noqa: E402
from faults import run_soak  # noqa: E402


def _quiet_server() -> None:
    """Silence the fake server's stderr traces of connections the client closed (timeouts)."""

    def handle_error(self: object, request: object, client_address: object) -> None:
        """Drop the trace."""
        return None

    fo._Server.handle_error = handle_error  # type: ignore[method-assign,unused-ignore]


def _reason_kind(reason: str) -> str:
    """A failure reason without its endpoint, attempt count or article number."""
    reason = re.sub(r"https?://\S+?(?=:?\s|$)", "<endpoint>", reason)
    reason = re.sub(r" \(gave up after \d+ attempts?\)", "", reason)
    return re.sub(r"article \d+", "article N", reason)


def figures(articles: int, seed: int) -> dict[str, object]:
    """Run the soak in a temporary folder and return its figures."""
    with tempfile.TemporaryDirectory(prefix="tomtat-soak-") as work:
        outcome = run_soak(Path(work), articles, seed=seed)
    check, second = outcome.check, outcome.second_check
    crossed_ok = sorted(set(outcome.second_run_articles)) == sorted(set(outcome.failed_first))
    return {
        "articles": outcome.articles,
        "summarised": outcome.summarised,
        "failed": outcome.failed,
        "requests_first_run": outcome.requests_first,
        "requests_second_run": outcome.requests_second,
        "second_run_only_failed": crossed_ok,
        "seconds": round(outcome.seconds, 2),
        "faults_served": outcome.faults,
        "corrupt_files": len(check.corrupt) + len(second.corrupt),
        "missing_outputs": len(check.missing) + len(second.missing),
        "temporary_files_left": len(check.temporary) + len(second.temporary),
        "crossed_answers": len(check.wrong),
        "failure_reasons": dict(Counter(_reason_kind(r) for r in outcome.reasons)),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line of the soak."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    _quiet_server()
    result = figures(args.articles, args.seed)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"fault soak: {result['articles']} articles, seed {args.seed}")
    for key, value in result.items():
        if key != "articles":
            print(f"  {key:<24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
