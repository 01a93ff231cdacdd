"""benchmarks/corpus_overlap.py: a run of words a test shares with a corpus text is found."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location(
    "corpus_overlap", ROOT / "benchmarks" / "corpus_overlap.py"
)
assert _SPEC is not None and _SPEC.loader is not None
overlap = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(overlap)

PAGE = (
    "Sáng 3/4, Hội Nông dân xã Bình Minh tổ chức hội nghị biểu dương 14 hộ nông dân "
    "sản xuất kinh doanh giỏi giai đoạn 2021-2025 và trao giấy khen cho họ."
)


def _tree(tmp_path: Path, source: str, test: str) -> Path:
    tree = tmp_path / "tree"
    (tree / "src").mkdir(parents=True)
    (tree / "tests").mkdir()
    (tree / "src" / "mod.py").write_text(source, encoding="utf-8")
    (tree / "tests" / "test_mod.py").write_text(test, encoding="utf-8")
    return tree


def test_a_run_copied_across_split_string_literals_is_found(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "xa01.txt").write_text(PAGE, encoding="utf-8")
    copied = 'TEXT = (\n    "Hội Nông dân xã Bình Minh tổ chức hội nghị "\n    "biểu dương 14 hộ nông dân sản xuất"\n)\n'
    own = 'TEXT = "Chiều 9/11, Đoàn phường Tân An gặp mặt 30 đoàn viên tiêu biểu năm 2024."\n'
    tree = _tree(tmp_path, own, copied)
    runs = overlap.shared_runs(tree, overlap.corpus_index(texts, 12), 12)
    assert len(runs) == 1
    assert runs[0].startswith("tests/test_mod.py:2: xa01: hội nông dân xã bình minh")


def test_runs_shorter_than_the_size_are_not_reported(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "xa01.txt").write_text(PAGE, encoding="utf-8")
    short = 'TEXT = "tổ chức hội nghị biểu dương 14 hộ nông dân"\n'
    tree = _tree(tmp_path, short, short)
    assert overlap.shared_runs(tree, overlap.corpus_index(texts, 12), 12) == []


def test_a_part_reads_only_the_texts_the_manifest_places_in_it(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d01.txt").write_text(PAGE, encoding="utf-8")
    (texts / "v01.txt").write_text(PAGE.replace("Bình Minh", "Hòa An"), encoding="utf-8")
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        '{"id": "d01", "split": "dev"}\n{"id": "v01", "split": "validation"}\n', encoding="utf-8"
    )
    dev = overlap.part_ids(manifest, "dev")
    assert dev == {"d01"}
    assert set(overlap.corpus_index(texts, 12, dev).values()) == {"d01"}
    assert set(overlap.corpus_index(texts, 12).values()) == {"d01", "v01"}
