"""Instructions per article of the whole rules path, counted by callgrind: a speed figure that
repeats to a few hundredths of a percent whatever else the machine is doing.

Wall-clock figures on a shared machine move by 10-30 % from one minute to the next; a count of
the machine instructions the interpreter executes does not. The same corpus as
``bench_throughput.py`` (real articles of the repository, each with its own last line) goes
through load, extract, cross-check and serialise in one process under
``valgrind --tool=callgrind``; the count of a run over ``--articles`` articles minus that of a
run over none (start-up, imports, warm-up) divided by the number of articles is the figure.
``--src`` counts another checkout's ``src`` folder the same way (a base commit, say), so two
versions are compared in one run. Needs valgrind (Debian: ``apt-get install valgrind``).

Run:  .venv/bin/python benchmarks/bench_instructions.py [--articles 120] [--src OTHER/src ...]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_COLLECTED = re.compile(r"Collected : (\d+)")


def child(corpus: Path, count: int) -> None:
    """Summarise the first ``count`` records of ``corpus`` (inside valgrind)."""
    from bench_throughput import warm_up_readers  # this script's folder is sys.path[0]

    from tomtat.check import cross_check
    from tomtat.corpus import read_corpus
    from tomtat.extract.rules import RulesExtractor
    from tomtat.pipeline import summary_json_text
    from tomtat.text.loading import load_article

    extractor = RulesExtractor()
    warm_up_readers(extractor)
    for item in read_corpus(corpus)[:count]:
        article = load_article(item.text.encode("utf-8"), item.article_id)
        summary_json_text(cross_check(article, extractor.extract(article), in_place=True))


def count_instructions(src: Path, corpus: Path, count: int) -> int:
    """Instructions callgrind collects for a child run over ``count`` records with ``src``."""
    # a fixed hash seed: set and dict orders move the count by up to 0.5 % from run to run
    env = dict(
        os.environ, PYTHONPATH=str(src), PYTHONHASHSEED=os.environ.get("PYTHONHASHSEED", "0")
    )
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(count),
        "--corpus",
        str(corpus),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    """Print instructions per article for this checkout and every ``--src``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--src", type=Path, action="append", default=[])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.corpus, args.child)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_throughput import write_corpus

    folder = Path(tempfile.mkdtemp(prefix="tomtat-instr-"))
    try:
        corpus = folder / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        print(f"{args.articles} articles; instructions per article (millions), callgrind")
        print("\n| source | M instructions per article |\n|---|---|")
        for src in [ROOT / "src", *args.src]:
            base = count_instructions(src, corpus, 0)
            total = count_instructions(src, corpus, args.articles)
            print(f"| {src} | {(total - base) / args.articles / 1e6:.3f} |")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
