"""The real-article corpus (corpus/): manifest, split, and a check of the re-created texts.

The texts of real news pages are not committed (they are not ours to republish): only their
labels (``corpus/labels/ID.json``), the manifest (``corpus/manifest.jsonl``: id, url, the exact
query that finds the page in the stored public pages, sha256 of the text, genre, split, notes)
and the blind second labels (``corpus/second/ID.json``). ``corpus/README.md`` says how to
re-create ``corpus/texts/ID.txt`` from the manifest; this script checks them.

Usage::

    .venv/bin/python benchmarks/real_corpus.py assemble   # manifest.d/*.json -> manifest.jsonl
    .venv/bin/python benchmarks/real_corpus.py verify     # texts present and matching sha256
    .venv/bin/python benchmarks/real_corpus.py stats      # counts per genre and split

The split is made once, when an article enters the manifest, before any result is looked at:
within each genre, articles are ordered by a hash of their id and every fourth goes to
``validation``; an article keeps its split for good.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
MANIFEST = CORPUS / "manifest.jsonl"
STAGING = CORPUS / "manifest.d"
TEXTS = CORPUS / "texts"
LABELS = CORPUS / "labels"
KEYS = ("id", "url", "query", "sha256", "genre", "outlet", "split", "notes")
GENRES = ("security", "wider", "negative")
SPLITS = ("dev", "validation")


def read_manifest(path: Path = MANIFEST) -> list[dict[str, Any]]:
    """The manifest's entries, in file order (empty when there is none yet)."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _rank(article_id: str) -> str:
    return hashlib.sha256(f"tomtat-split:{article_id}".encode()).hexdigest()


def assign_splits(entries: list[dict[str, Any]], share: float = 0.25) -> None:
    """Give every entry without a split one: a ``share`` of the new ones per genre, by id hash.

    Entries that already have a split keep it for good; the new ones of each genre are ordered by
    a hash of their id and every ``1/share``-th goes to validation, so nobody picks which.
    """
    for genre in {e["genre"] for e in entries}:
        new = [e for e in entries if e["genre"] == genre and e.get("split") not in SPLITS]
        for i, entry in enumerate(sorted(new, key=lambda e: _rank(e["id"]))):
            entry["split"] = "validation" if int((i + 1) * share) > int(i * share) else "dev"


def assemble(share: float = 0.25) -> list[dict[str, Any]]:
    """Merge the staged per-article entries into the manifest, keeping existing splits."""
    entries = {e["id"]: e for e in read_manifest()}
    urls = {e["url"]: e["id"] for e in entries.values()}
    for path in sorted(STAGING.glob("*.json")):
        staged = json.loads(path.read_text(encoding="utf-8"))
        if staged["genre"] not in GENRES:
            raise SystemExit(f"{path}: genre must be one of {GENRES}")
        if staged["url"] in urls and urls[staged["url"]] != staged["id"]:
            print(f"skip {staged['id']}: same url as {urls[staged['url']]}", file=sys.stderr)
            continue
        if not (LABELS / f"{staged['id']}.json").is_file():
            print(f"skip {staged['id']}: no label", file=sys.stderr)
            continue
        old = entries.get(staged["id"], {})
        entries[staged["id"]] = {**staged, "split": old.get("split")}
        urls[staged["url"]] = staged["id"]
    ordered = sorted(entries.values(), key=lambda e: e["id"])
    assign_splits(ordered, share)
    lines = [json.dumps({k: e.get(k) for k in KEYS}, ensure_ascii=False) for e in ordered]
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ordered


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify(entries: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(missing, mismatched) ids: texts absent from corpus/texts or differing from the manifest."""
    missing, mismatched = [], []
    for entry in entries:
        path = TEXTS / f"{entry['id']}.txt"
        if not path.is_file():
            missing.append(entry["id"])
        elif sha256_of(path) != entry["sha256"]:
            mismatched.append(entry["id"])
    return missing, mismatched


def main(argv: list[str] | None = None) -> int:
    """Command line: assemble, verify or stats."""
    parser = argparse.ArgumentParser(description="The real-article corpus: manifest and texts.")
    parser.add_argument("command", choices=("assemble", "verify", "stats"))
    parser.add_argument(
        "--validation-share",
        type=float,
        default=0.25,
        help="share of the NEW articles of each genre drawn into validation (assemble only)",
    )
    args = parser.parse_args(argv)
    entries = assemble(args.validation_share) if args.command == "assemble" else read_manifest()
    if args.command == "verify":
        missing, mismatched = verify(entries)
        ok = len(entries) - len(missing) - len(mismatched)
        print(f"{ok}/{len(entries)} texts match their sha256")
        for article_id in missing:
            print(f"  missing: corpus/texts/{article_id}.txt (see corpus/README.md)")
        for article_id in mismatched:
            print(f"  differs: corpus/texts/{article_id}.txt")
        return 0 if ok == len(entries) else 1
    counts = Counter((e["genre"], e["split"]) for e in entries)
    for (genre, split), n in sorted(counts.items()):
        print(f"{genre:<9} {split:<10} {n}")
    print(f"total     {len(entries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
