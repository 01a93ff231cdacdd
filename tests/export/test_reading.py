"""Reading a summaries folder: summaries, failures, stale twins, files that are not summaries."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tomtat.export import read_summaries


def _write(path: Path, data: object, mtime: float) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.utime(path, (mtime, mtime))


def test_the_newer_of_a_summary_and_an_error_file_wins(tmp_path: Path) -> None:
    _write(tmp_path / "a.json", {"id": "a"}, 1_000)
    _write(tmp_path / "a.error.json", {"id": "a", "error": "timeout"}, 2_000)
    _write(tmp_path / "b.json", {"id": "b"}, 3_000)
    _write(tmp_path / "b.error.json", {"id": "b", "error": "old failure"}, 1_000)
    found = read_summaries(tmp_path)
    assert [s.id for s in found.summaries] == ["b"]
    assert [(f.id, f.error) for f in found.failures] == [("a", "timeout")]
    assert sorted(found.skipped) == [
        "a.json (older than a.error.json)",
        "b.error.json (older than b.json)",
    ]


def test_bom_hidden_files_and_other_json_are_handled(tmp_path: Path) -> None:
    (tmp_path / "bom.json").write_text("\ufeff" + json.dumps({"id": "bom"}), encoding="utf-8")
    _write(tmp_path / ".hidden.json", {"id": "hidden"}, 1_000)
    _write(tmp_path / "run.json", {"started": "now"}, 1_000)
    _write(tmp_path / "list.json", [1, 2], 1_000)
    (tmp_path / "notes.txt").write_text("not json", encoding="utf-8")
    found = read_summaries(tmp_path)
    assert [s.id for s in found.summaries] == ["bom"]
    assert found.skipped == ["run.json (not a summary)"]
    assert [(f.id, f.error) for f in found.failures] == [("list", "not a JSON object")]
