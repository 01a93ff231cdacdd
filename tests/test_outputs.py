"""Atomic writes of the output files: whole files only, no temporary left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tomtat.outputs import write_atomic


def test_write_atomic_creates_the_missing_folder_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "x.json"
    write_atomic(path, "Đại hội ữ\n", durable=False)
    assert path.read_bytes() == "Đại hội ữ\n".encode()
    assert sorted(p.name for p in path.parent.iterdir()) == ["x.json"]


def test_write_atomic_replaces_a_file_and_keeps_it_private(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("old", encoding="utf-8")
    write_atomic(path, "new" * 100_000)
    assert path.read_text(encoding="utf-8") == "new" * 100_000
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # as tempfile.mkstemp makes it


def test_write_atomic_that_cannot_encode_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("kept", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "lone \ud800 surrogate")
    assert path.read_text(encoding="utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
