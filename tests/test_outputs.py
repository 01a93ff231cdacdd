"""Atomic writes of the output files: whole files only, no temporary left behind."""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tomtat.outputs import _UNSAFE, MAX_STEM_BYTES, output_paths, safe_stem, write_atomic


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


@given(st.text(alphabet="ab./\\ _-\u00e1\u0301:", max_size=12))
def test_safe_stem_reads_the_last_component_as_pathlib_does(name: str) -> None:
    # a name without a separator is taken whole, without pathlib's parsing: same stems
    last = Path(name.replace("\\", "/")).name
    expected = _UNSAFE.sub("_", unicodedata.normalize("NFC", last)).strip("._") or "article"
    expected = (
        expected.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip("._")
        or "article"
    )
    assert safe_stem(name) == expected


def test_output_paths_of_a_resolved_folder_are_those_of_the_folder(tmp_path: Path) -> None:
    # a batch resolves its folder once and says so: the same paths as resolving each time
    link = tmp_path / "link"
    (tmp_path / "real").mkdir()
    link.symlink_to(tmp_path / "real")
    suffixes = (".json", ".error.json")
    assert output_paths(link.resolve(), "a/b", suffixes, resolved=True) == output_paths(
        link, "a/b", suffixes
    )
