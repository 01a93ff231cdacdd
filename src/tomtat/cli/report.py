"""``tomtat report``: placeholder until its issue lands."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    """Add the ``report`` subcommand."""
    parser = sub.add_parser("report", help="(not built yet)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    print("tomtat report: not built yet", file=sys.stderr)
    return 2
