"""The ``tomtat`` command line: one module per subcommand, each with ``register``.

This package is the only part of tomtat that prints.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from tomtat import __version__
from tomtat.cli import check, evaluate, events, export, report, schema, summarise

COMMANDS = (summarise, evaluate, check, report, export, events, schema)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="tomtat",
        description="Typed, verified records from Vietnamese conference and award reports.",
    )
    parser.add_argument("--version", action="version", version=f"tomtat {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    try:
        status: int = args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
