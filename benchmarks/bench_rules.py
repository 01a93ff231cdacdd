"""Speed of the rules extractor: throughput on ~5 KB articles and time against input size.

Usage::

    .venv/bin/python benchmarks/bench_rules.py            # prints a table and the RESULTS.md section
    .venv/bin/python benchmarks/bench_rules.py --json     # figures as JSON

Inputs: the seed articles (examples/articles/) cut or repeated to 5 KB; the same text grown to
10 KB, 100 KB and 1 MB; and adversarial 1 MB inputs (a run of digits, dots, "tập thể" repeated
without punctuation, a grant clause repeated without punctuation). Timing is on one core
(one process, no threads); the first call (which loads the gazetteer) is excluded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from tomtat.extract.rules import RulesExtractor
from tomtat.text.article import Article
from tomtat.text.loading import load_article

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"

ADVERSARIAL = {
    "digits": "1" * 1_000_000,
    "dots": ". " * 500_000,
    "tập thể repeated": "tập thể " * 125_000,
    "grant clause repeated": "12 tập thể và 5 cá nhân được tặng giấy khen của Chủ tịch UBND huyện "
    * 15_000,
    "lead repeated": "Chiều 5/1, UBND huyện Đức Trọng tổ chức hội nghị tổng kết năm 2022 " * 15_000,
    "date-like ratios": "Sáng 5/1 " * 111_112,
    "count-less award phrase repeated": "Bằng khen của Bộ Công an cho " * 34_483,
    "post and name repeated": "Chủ tịch UBND xã Ia Kha Nguyễn Văn An " * 25_642,
}


def _sized(text: str, size: int) -> str:
    """``text`` repeated and cut at a paragraph break near ``size`` bytes of UTF-8."""
    size = int(size * len(text) / max(1, len(text.encode("utf-8"))))  # bytes -> characters
    out = text
    while len(out) < size:
        out += "\n\n" + text
    cut = out.rfind("\n\n", 0, size)
    return out[: cut if cut > size // 2 else size]


def _time(extractor: RulesExtractor, article: Article, repeat: int) -> float:
    """Median CPU seconds of one extraction (CPU time: the machine may be shared)."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        extractor.extract(article)
        times.append(time.process_time() - started)
    return statistics.median(times)


def run() -> dict[str, object]:
    """Measure and return the figures."""
    extractor = RulesExtractor()
    seeds = [load_article(path.read_bytes(), path.stem) for path in sorted(ARTICLES.glob("*.txt"))]
    extractor.extract(seeds[0])  # warm up: gazetteer data, regex caches
    five_kb = [
        Article(id=a.id, text=_sized(a.text, 5_000), title=a.title, published=a.published)
        for a in seeds
    ]
    rounds = 60
    wall_started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for article in five_kb:
            extractor.extract(article)
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    throughput = rounds * len(five_kb) / cpu
    throughput_wall = rounds * len(five_kb) / wall
    mean_bytes = statistics.mean(len(a.text.encode("utf-8")) for a in five_kb)
    base = seeds[0]
    sizes = {}
    for size in (10_000, 100_000, 1_000_000):
        article = Article(id="s", text=_sized(base.text, size), title=base.title)
        sizes[size] = _time(extractor, article, 5 if size < 1_000_000 else 2)
    adversarial = {
        name: _time(extractor, Article(id="adv", text=text), 1)
        for name, text in ADVERSARIAL.items()
    }
    return {
        "articles_per_s_5kb": throughput,
        "articles_per_s_5kb_wall": throughput_wall,
        "mean_article_bytes": mean_bytes,
        "load_average": os.getloadavg()[0],
        "seconds_by_size": sizes,
        "adversarial_1mb_seconds": adversarial,
    }


def markdown(figures: dict[str, object]) -> str:
    """The "## Rules extractor" section of benchmarks/RESULTS.md."""
    sizes = figures["seconds_by_size"]
    adversarial = figures["adversarial_1mb_seconds"]
    assert isinstance(sizes, dict) and isinstance(adversarial, dict)
    lines = [
        "## Rules extractor",
        "",
        "Speed of `RulesExtractor.extract` on one core (seed articles cut/grown to size; the",
        "first call, which loads the gazetteer, excluded):",
        "",
        "```",
        ".venv/bin/python benchmarks/bench_rules.py          # --json for figures",
        "```",
        "",
        f"- Throughput on ~5 KB articles ({figures['mean_article_bytes']:.0f} bytes UTF-8 on "
        f"average): **{figures['articles_per_s_5kb']:.0f} articles/s of CPU time** "
        f"({figures['articles_per_s_5kb_wall']:.0f}/s wall clock at load average "
        f"{figures['load_average']:.1f} on a shared 2-core machine); target >= 500.",
        "",
        "| input size | CPU seconds | per KB (ms) |",
        "|---|---|---|",
    ]
    for size, seconds in sizes.items():
        lines.append(f"| {size // 1000} KB | {seconds:.4f} | {seconds * 1e6 / size:.3f} |")
    lines += ["", "| adversarial 1 MB input | CPU seconds |", "|---|---|"]
    for name, seconds in adversarial.items():
        lines.append(f"| {name} | {seconds:.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Run the benchmark and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run()
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
    else:
        print(markdown(figures))


if __name__ == "__main__":
    main()
