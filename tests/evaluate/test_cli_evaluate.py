"""``tomtat evaluate``: tables, --json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evalhelpers import BASE, label, write

from tomtat.cli import main


def test_cli_prints_tables_and_writes_json(
    dirs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, pred = dirs
    write(gold, "a.json", BASE)
    write(gold, "b.json", label(id="b"))
    write(pred, "a.json", label(event={"organizer": "Công an huyện Lâm Hà"}))
    out_json = tmp_path / "report" / "eval.json"
    status = main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--json", str(out_json)])
    captured = capsys.readouterr()
    assert status == 0
    assert "event.organizer" in captured.out and "headline F1" in captured.out
    assert "Công an huyện Lâm Hà" in captured.out  # the difference is listed
    assert "b: prediction missing" in captured.out
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert {"fields", "headline_f1", "micro", "macro", "articles"} <= set(data)
    # organizer: a wrong (fp 1, fn 1), b missing (fn 1) -> F1 = 0
    assert data["fields"]["event.organizer"] == {
        "tp": 0,
        "fp": 1,
        "fn": 2,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert [a["id"] for a in data["articles"]] == ["a", "b"]


def test_cli_bad_gold_exits_2_naming_the_file(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold, pred = dirs
    write(gold, "broken.json", "{oops")
    status = main(["evaluate", "--gold", str(gold), "--pred", str(pred)])
    err = capsys.readouterr().err
    assert status == 2
    assert "broken.json" in err
    assert "Traceback" not in err


def test_cli_missing_prediction_folder_exits_2(
    dirs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold, _ = dirs
    write(gold, "a.json", BASE)
    status = main(["evaluate", "--gold", str(gold), "--pred", str(tmp_path / "none")])
    assert status == 2
    assert "prediction folder not found" in capsys.readouterr().err


def test_cli_no_differences_flag(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    gold, pred = dirs
    write(gold, "a.json", BASE)
    write(pred, "a.json", label(event={"organizer": "Công an huyện Lâm Hà"}))
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--no-differences"]) == 0
    assert "Công an huyện Lâm Hà" not in capsys.readouterr().out
