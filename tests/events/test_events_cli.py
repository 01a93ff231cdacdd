"""``tomtat events DIR --out DIR``: events.json and the event and trend tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from events.builders import report
from tomtat.cli import main


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "summaries"
    folder.mkdir()
    summaries = [
        report("a", source="LĐ online"),
        report(
            "b",
            source="Báo Lâm Đồng",
            organizer="Ủy ban nhân dân huyện Đức Trọng",
            awards=[("Giấy khen", "UBND huyện Đức Trọng", 22, 25)],
        ),
        report("c", organizer="UBND tỉnh Lâm Đồng", district=None),
    ]
    for summary in summaries:
        (folder / f"{summary.id}.json").write_text(summary.model_dump_json(), encoding="utf-8")
    (folder / "d.error.json").write_text(json.dumps({"id": "d", "error": "boom"}), encoding="utf-8")
    return folder


def test_events_command_writes_events_and_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events"
    assert main(["events", str(_folder(tmp_path)), "--out", str(out)]) == 0
    _, err = capsys.readouterr()
    assert (
        "3 reports -> 2 events (1 from several reports), 1 findings, 2 near pairs kept apart" in err
    )
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    joined = next(e for e in data["events"] if len(e["sources"]) == 2)
    assert [s["outlet"] for s in joined["sources"]] == ["LĐ online", "Báo Lâm Đồng"]
    assert joined["findings"][0]["kind"] == "count_differs"
    assert [k["article_b"] for k in data["kept_apart"]] == ["c", "c"]
    assert all("province-level" in k["reason"] for k in data["kept_apart"])
    with (out / "trend_grants.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["issuer_level"], r["grants"], r["events"]) for r in rows] == [("district", "2", "2")]


def test_events_command_on_an_empty_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["events", str(tmp_path / "empty"), "--out", str(tmp_path / "o")]) == 2
    assert "no summaries found" in capsys.readouterr().err
    assert main(["events", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err
