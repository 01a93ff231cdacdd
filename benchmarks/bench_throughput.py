"""End-to-end throughput of ``tomtat summarise`` with the rules backend, by number of workers.

A corpus of ``--articles`` records (default 1,200) is made by cycling over the real articles of
the repository (examples/articles and the three held-out sets, 41 articles of 1-8 KB), each
record with its own id and its own last line (so that no text repeats), written as one JSONL
file. For each worker count from 1 to the number
of cores, ``summarise_batch`` reads the corpus and summarises every record into an empty
folder: load, extract, cross-check and write, the whole path a user runs. The figure is
wall-clock articles per second (best of ``--repeat`` runs), per worker, and the speed-up over
one worker.

Before that, one process times each stage (CPU time, article by article) to show where the
time goes.

Run:  .venv/bin/python benchmarks/bench_throughput.py [--articles 1200] [--repeat 3]
      [--max-workers N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tomtat.check import cross_check
from tomtat.corpus import read_corpus
from tomtat.extract.rules import RulesExtractor
from tomtat.pipeline import default_workers, summarise_batch, summary_json_text
from tomtat.text.loading import load_article

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples" / "articles"] + [
    ROOT / "benchmarks" / name / "articles" for name in ("heldout", "heldout2", "heldout3")
]


# One text on each side of the 2025 reorganisation: the gazetteer reads a table per era once
# per process, which the pipeline's warm-up does before the batch; a benchmark warms the same.
WARM_UP_TEXTS = tuple(
    f"Chiều 5/1/{year}, UBND huyện Krông Pa (tỉnh Gia Lai) tổ chức hội nghị.".encode()
    for year in (2024, 2026)
)


def warm_up_readers(extractor: RulesExtractor) -> None:
    """What ``summarise_batch``'s warm-up does, with any checkout's readers: both eras of the
    gazetteer, the patterns compiled, the caches filled."""
    for text in WARM_UP_TEXTS:
        article = load_article(text, "warm-up")
        cross_check(article, extractor.extract(article), in_place=True)


def source_texts() -> list[tuple[str, str]]:
    """(name, text) of every real article in the repository."""
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            found.append((path.stem, path.read_text(encoding="utf-8")))
    return found


def _tag(i: int) -> str:
    """A short letters-only code, different for every ``i`` ("a", "b", ..., "ba", ...)."""
    letters = ""
    while True:
        i, digit = divmod(i, 26)
        letters = chr(ord("a") + digit) + letters
        if not i:
            return letters


def write_corpus(path: Path, count: int) -> int:
    """A JSONL corpus of ``count`` records cycling over the real articles; returns its bytes.

    Each record's text ends in a line of its own ("(Lưu trữ bcd)", letters only, so no number
    is added): a real corpus does not repeat a text, and a repeated text would be served by
    the per-text caches of the readers (folding, dates) instead of being read again.
    """
    texts = source_texts()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            name, text = texts[i % len(texts)]
            text = f"{text.rstrip()}\n\n(Lưu trữ {_tag(i)})\n"
            record = {"id": f"{i:05d}_{name}", "url": f"https://news.example/{i}", "text": text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def stage_profile(corpus: Path) -> dict[str, float]:
    """Articles per CPU second of each stage, in one process, article by article as the
    pipeline runs them (the extractor reads the text's analysis, the cross-check reuses it)."""
    extractor = RulesExtractor()
    warm_up_readers(extractor)
    names = ("read corpus", "load", "extract", "cross-check", "serialise")
    timings = dict.fromkeys(names, 0.0)
    started = time.process_time()
    items = read_corpus(corpus)
    timings["read corpus"] = time.process_time() - started
    for item in items:
        marks = [time.process_time()]
        article = load_article(item.text.encode("utf-8"), item.article_id)
        marks.append(time.process_time())
        summary = extractor.extract(article)
        marks.append(time.process_time())
        checked = cross_check(article, summary, in_place=True)
        marks.append(time.process_time())
        summary_json_text(checked)
        marks.append(time.process_time())
        for name, before, after in zip(names[1:], marks[:-1], marks[1:], strict=True):
            timings[name] += after - before
    return {name: round(len(items) / seconds, 1) for name, seconds in timings.items()}


def interpreter() -> str:
    """The Python that runs the benchmark, and whether libpython is a shared library: a
    statically linked, PGO-built CPython (Debian's /usr/bin/python3) ran the rules path about
    8 % faster than a shared-libpython build (pyenv's default), so figures name it."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            linked = "shared libpython" if "libpython" in maps.read() else "static libpython"
    except OSError:
        linked = "libpython linkage unknown"
    return f"Python {platform.python_version()} ({sys.executable}, {linked})"


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the worker processes)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def run_batch(corpus: Path, workers: int, repeat: int) -> tuple[float, float]:
    """Best wall-clock seconds of summarising the whole corpus with ``workers`` processes, and
    the CPU seconds that run took in all processes (on a shared machine the wall clock also
    measures the neighbours; articles per CPU second shows what the pool itself costs)."""
    best, best_cpu = float("inf"), 0.0
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp(prefix="tomtat-bench-out-"))
        try:
            cpu_before = _cpu_seconds()
            started = time.perf_counter()
            results = summarise_batch(corpus, out, backend="rules", workers=workers, force=True)
            seconds = time.perf_counter() - started
            cpu = _cpu_seconds() - cpu_before
        finally:
            shutil.rmtree(out, ignore_errors=True)
        failed = sum(1 for r in results if not r.ok)
        if failed:
            raise SystemExit(f"{failed} articles failed: the benchmark corpus should not fail")
        if seconds < best:
            best, best_cpu = seconds, cpu
    return best, best_cpu


def measure(articles: int, repeat: int, max_workers: int) -> dict[str, Any]:
    """Every figure of the benchmark."""
    folder = Path(tempfile.mkdtemp(prefix="tomtat-bench-"))
    try:
        corpus = folder / "corpus.jsonl"
        size = write_corpus(corpus, articles)
        stages = stage_profile(corpus)
        runs = []
        for workers in range(1, max_workers + 1):
            seconds, cpu = run_batch(corpus, workers, repeat)
            runs.append(
                {
                    "workers": workers,
                    "seconds": round(seconds, 2),
                    "articles_per_cpu_second": round(articles / cpu, 1),
                    "articles_per_second": round(articles / seconds, 1),
                    "per_worker": round(articles / seconds / workers, 1),
                }
            )
        for run in runs:
            run["speedup"] = round(runs[0]["seconds"] / run["seconds"], 2)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "articles": articles,
        "corpus_bytes": size,
        "cores": default_workers(),
        "cpu": platform.processor() or platform.machine(),
        "python": interpreter(),
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "stages_articles_per_cpu_second": stages,
        "runs": runs,
    }


def main() -> None:
    """Print the figures as RESULTS.md tables, or as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-workers", type=int, default=default_workers())
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.articles, args.repeat, args.max_workers)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"{figures['articles']} articles ({figures['corpus_bytes'] / 1e6:.1f} MB JSONL), "
        f"{figures['cores']} cores, load average {figures['load_average']}, {figures['python']}"
    )
    print("\n| stage (one process) | articles per CPU second |\n|---|---|")
    for name, rate in figures["stages_articles_per_cpu_second"].items():
        print(f"| {name} | {rate} |")
    print(
        "\n| workers | seconds | articles/s | per worker | speed-up | articles per CPU second |"
        "\n|---|---|---|---|---|---|"
    )
    for run in figures["runs"]:
        print(
            f"| {run['workers']} | {run['seconds']} | {run['articles_per_second']} | "
            f"{run['per_worker']} | {run['speedup']} | {run['articles_per_cpu_second']} |"
        )


if __name__ == "__main__":
    main()
