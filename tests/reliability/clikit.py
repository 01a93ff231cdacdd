"""Helpers of the reliability tests: run the CLI, read what it left, judge failure reasons."""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tomtat.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "bad"
FAKE_KEY = "sk-tomtat-FAKE-KEY-0123456789"


@dataclass
class CliRun:
    """One ``tomtat`` invocation: exit status and captured streams."""

    status: int
    out: str
    err: str

    @property
    def text(self) -> str:
        """stdout and stderr together."""
        return self.out + self.err


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> CliRun:
    """Run ``tomtat.cli.main(args)``; an exception escaping it fails the test with its traceback."""
    try:
        status = main(args)
    except SystemExit as exc:  # argparse usage errors are a clean exit, not a traceback
        status = int(exc.code or 0)
    except BaseException:
        pytest.fail("tomtat " + " ".join(args[:1]) + " raised:\n" + traceback.format_exc())
    captured = capsys.readouterr()
    return CliRun(status, captured.out, captured.err)


@dataclass
class Outcome:
    """What ``tomtat summarise`` left for one input: a summary or an error record."""

    run: CliRun
    summary: dict[str, Any] | None
    error: str | None


def summarise_path(
    path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> Outcome:
    """``tomtat summarise PATH --out OUT`` and the one output file it must leave for PATH."""
    from tomtat.outputs import output_path

    run = run_cli(["summarise", str(path), "--out", str(out_dir), *extra], capsys)
    assert "Traceback" not in run.text, run.text
    ok_file = output_path(out_dir, path.stem)
    error_file = output_path(out_dir, path.stem, ".error.json")
    assert ok_file.exists() != error_file.exists(), f"want exactly one output for {path.name}"
    if ok_file.exists():
        assert run.status == 0, run.text
        return Outcome(run, json.loads(ok_file.read_text(encoding="utf-8")), None)
    assert run.status == 1, run.text
    record = json.loads(error_file.read_text(encoding="utf-8"))
    return Outcome(run, None, str(record.get("error") or ""))


def assert_clear_error(error: str) -> None:
    """A failure reason fit for a user: one short line, not an internal error."""
    assert error, "empty failure reason"
    assert "\n" not in error and len(error) <= 300, error
    assert "Traceback" not in error
    assert not error.startswith("internal error"), f"unexpected exception inside tomtat: {error}"
