"""Every code example of the README runs: the Python blocks in order (as a reader would paste
them, in a folder holding the examples) and the shell blocks that need neither installation
nor an LLM server. The README cannot drift from the code without this file failing."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<code>.*?)^```", re.S | re.M)
# shell blocks not run here, each with the reason; any other block must run
NOT_RUN = {
    ".ci/setup": "installs the project (network); CI runs exactly this",
    "OPENAI_BASE_URL=http://localhost:11434/v1": "needs a local LLM server",
}


def blocks(lang: str) -> list[str]:
    return [
        m["code"] for m in BLOCK.finditer(README.read_text(encoding="utf-8")) if m["lang"] == lang
    ]


@pytest.fixture
def reader_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder with the examples, as in a checkout, and no LLM configured."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TOMTAT_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_readme_has_the_examples_this_file_runs() -> None:
    assert len(blocks("python")) >= 2
    shell = blocks("bash")
    skipped = [b for b in shell if any(marker in b for marker in NOT_RUN)]
    assert len(skipped) == len(NOT_RUN), "a shell block is skipped that NOT_RUN does not explain"
    assert len(shell) - len(skipped) >= 1


def test_readme_python_blocks_run(reader_folder: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__readme__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for code in blocks("python"):
            exec(compile(code, str(README), "exec"), namespace)  # our own README
    assert len(list((reader_folder / "out").glob("*.json"))) == 5
    assert "5 of 5 summarised" in printed.getvalue()
    assert "https://news.example/000_b6fccb9031f66a28.html" in printed.getvalue()
    assert set(namespace["tables"]) >= {"articles", "awards"}  # type: ignore[arg-type]


def _shim_bin(folder: Path) -> Path:
    """A bin folder whose ``tomtat`` and ``python`` are this interpreter with this checkout."""
    bin_dir = folder / ".bin"
    bin_dir.mkdir()
    for name, command in (
        ("tomtat", f'"{sys.executable}" -m tomtat'),
        ("python", f'"{sys.executable}"'),
    ):
        script = bin_dir / name
        script.write_text(f'#!/bin/sh\nexec {command} "$@"\n', encoding="utf-8")
        script.chmod(0o755)
    return bin_dir


def test_readme_offline_shell_blocks_run(reader_folder: Path) -> None:
    env = dict(os.environ)
    env["PATH"] = f"{_shim_bin(reader_folder)}{os.pathsep}{env['PATH']}"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    ran = 0
    for code in blocks("bash"):
        if any(marker in code for marker in NOT_RUN):
            continue
        done = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", code],
            cwd=reader_folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, f"README block failed:\n{code}\n{done.stderr[-3000:]}"
        assert "Traceback" not in done.stderr
        ran += 1
    assert ran >= 1
    assert (reader_folder / "tables" / "awards.csv").exists()
    assert '"done": 5' in (reader_folder / "run.json").read_text(encoding="utf-8")
