"""Accuracy of the rules extractor on the second, harder held-out set (benchmarks/heldout2/).

Same as ``bench_heldout.py --set heldout2``; accepts its other flags (--json, --differences).
"""

from __future__ import annotations

import sys

from bench_heldout import main

if __name__ == "__main__":
    sys.exit(main(["--set", "heldout2", *sys.argv[1:]]))
