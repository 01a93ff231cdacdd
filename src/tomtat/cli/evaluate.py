"""``tomtat evaluate``: placeholder until its issue lands."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = sub.add_parser("evaluate", help="(not built yet)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    print("tomtat evaluate: not built yet", file=sys.stderr)
    return 2
