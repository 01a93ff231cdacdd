"""Time against input size for the text steps that tests once timed (they now only check
results): number reading on adversarial 1 MB inputs, loading a 20 MB article, the count finder
on long unpunctuated input (10x the input should cost about 10x the time), and the cross-check
of a 1 MB article. Figures are CPU seconds (the machine may be shared); nothing here fails.

Run:  .venv/bin/python benchmarks/bench_linear.py [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tomtat.check import cross_check
from tomtat.extract.rules import RulesExtractor
from tomtat.text.article import Article
from tomtat.text.counts import find_award_mentions
from tomtat.text.loading import load_article
from tomtat.text.numbers import iter_numbers

ROOT = Path(__file__).resolve().parents[1]
NUMBER_INPUTS = {
    "1.1, x250k": "1.1," * 250_000,
    "1 x1M": "1" * 1_000_000,
    "1.000. x166k": "1.000." * 166_000,
    "12,3. x200k": "12,3." * 200_000,
    "1/2-3:4 x140k": "1/2-3:4" * 140_000,
    "1.1, (dense, 200k numbers)": "1.1, " * 200_000,
}
GRANT = "12 tập thể và 5 cá nhân được tặng giấy khen của Chủ tịch UBND huyện "


def cpu(call: Callable[[], object]) -> float:
    """CPU seconds of one call."""
    started = time.process_time()
    call()
    return time.process_time() - started


def measure() -> dict[str, Any]:
    """Every figure of the benchmark."""
    figures: dict[str, Any] = {"iter_numbers_1mb_seconds": {}}
    for name, text in NUMBER_INPUTS.items():
        figures["iter_numbers_1mb_seconds"][name] = round(cpu(lambda t=text: iter_numbers(t)), 3)
    paragraph = (
        "Năm {i}, Công an xã tổ chức {i} buổi tuyên truyền cho {n} lượt người dân về phòng, "
        "chống tội phạm và tệ nạn xã hội tại thôn số {i}."
    )
    big = "\n\n".join(paragraph.format(i=i, n=i * 7) for i in range(110_000)).encode("utf-8")
    figures["load_20mb_seconds"] = round(cpu(lambda: load_article(big, "big")), 2)
    small = cpu(lambda: find_award_mentions(GRANT * 200))
    large = cpu(lambda: find_award_mentions(GRANT * 2000))
    figures["count_finder_10x_input_time_ratio"] = round(large / max(small, 1e-6), 1)
    lead = (ROOT / "examples" / "articles" / "001_4194e5caf9f27628.txt").read_text("utf-8")
    body = "\n\n".join(paragraph.format(i=i, n=i * 7) for i in range(5_500))
    article = Article(id="1mb", text=f"{lead}\n\n{body}")  # as loaded, without the cleaning
    summary = RulesExtractor().extract(article)
    figures["cross_check_1mb_seconds"] = round(cpu(lambda: cross_check(article, summary)), 2)
    return figures


def main() -> None:
    """Print the figures as a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure()
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print("| input | CPU seconds |\n|---|---|")
    for name, seconds in figures["iter_numbers_1mb_seconds"].items():
        print(f"| iter_numbers, {name} | {seconds} |")
    print(f"| load_article, 20 MB | {figures['load_20mb_seconds']} |")
    print(f"| cross_check, 1 MB article | {figures['cross_check_1mb_seconds']} |")
    ratio = figures["count_finder_10x_input_time_ratio"]
    print(f"\ncount finder: 10x the unpunctuated input costs {ratio}x the time")


if __name__ == "__main__":
    main()
