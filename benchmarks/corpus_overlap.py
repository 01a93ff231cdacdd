"""Runs of N consecutive words that src/ or tests/ share with a real-corpus text.

The corpus texts are public pages we may not republish, and tests must be written in our own
words: any run of ``N`` (default 12) consecutive words of a source or test file that also occurs
in ``corpus/texts/*.txt`` is printed as ``file:line: corpus-id: words``. Words are the ``\\w+``
runs of the NFC lower-cased text, read across lines, so string literals split over lines join.
Short runs of the genre's set phrases ("tặng Bằng khen cho các tập thể, cá nhân có thành tích
xuất sắc ...") are shared by chance; names, figures and dates in a run are the sign of a copy.

Run:  .venv/bin/python benchmarks/corpus_overlap.py [--words 12] [--tree .] [--part dev]

``--part dev`` reads only the texts of the development part (the manifest's ``split``), so that
whoever fixes rules can run it without reading the sealed validation part.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from real_corpus import read_manifest  # noqa: E402

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[tuple[str, int]]:
    """(word, offset) of every word of the NFC lower-cased text."""
    text = unicodedata.normalize("NFC", text).lower()
    return [(m.group(), m.start()) for m in _WORD.finditer(text)]


def corpus_index(texts: Path, size: int, ids: set[str] | None = None) -> dict[str, str]:
    """Every run of ``size`` words of the corpus texts (only those of ``ids`` when given) ->
    the id of the first text holding it."""
    index: dict[str, str] = {}
    for path in sorted(texts.glob("*.txt")):
        if ids is not None and path.stem not in ids:
            continue
        words = [w for w, _ in _words(path.read_text(encoding="utf-8", errors="replace"))]
        for i in range(len(words) - size + 1):
            index.setdefault(" ".join(words[i : i + size]), path.stem)
    return index


def part_ids(manifest: Path, part: str) -> set[str]:
    """The ids the manifest places in ``part`` ("dev" or "validation")."""
    return {e["id"] for e in read_manifest(manifest) if e.get("split") == part}


def shared_runs(tree: Path, index: dict[str, str], size: int) -> list[str]:
    """``file:line: id: words`` for each run of a source or test file found in ``index``."""
    found = []
    files = sorted((tree / "src").rglob("*.py")) + sorted((tree / "tests").rglob("*.py"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        words = _words(text)
        last = -size
        for i in range(len(words) - size + 1):
            run = " ".join(w for w, _ in words[i : i + size])
            if run in index and i >= last + size:
                line = text.count("\n", 0, words[i][1]) + 1
                found.append(f"{path.relative_to(tree)}:{line}: {index[run]}: {run}")
                last = i
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=12, help="length of a run (default 12)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to read")
    parser.add_argument(
        "--part", choices=("dev", "validation"), help="only the texts of this part of the split"
    )
    args = parser.parse_args(argv)
    texts = ROOT / "corpus" / "texts"
    ids = part_ids(ROOT / "corpus" / "manifest.jsonl", args.part) if args.part else None
    if not any(texts.glob("*.txt")):
        print(f"no texts in {texts}: re-create them first (corpus/README.md)", file=sys.stderr)
        return 2
    runs = shared_runs(args.tree, corpus_index(texts, args.words, ids), args.words)
    print("\n".join(runs))
    print(f"{len(runs)} runs of {args.words} words shared with the corpus texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
