"""``tomtat check ARTICLE SUMMARY.json [--json] [--strict]``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tomtat.cli import main

from .checkkit import CEREMONY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SUMMARY: dict[str, Any] = {
    "id": "krong-pac",
    "awards": [
        {
            "type": "Giấy khen",
            "issuer": "Chủ tịch UBND huyện Krông Pắc",
            "collectives": 12,
            "individuals": 15,
        },
        {
            "type": "Giấy khen",
            "issuer": "Giám đốc Công an tỉnh",
            "collectives": 3,
            "individuals": 7,
        },
    ],
    "statistics": [{"label": "tổ tự quản", "value": 1250}],
}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    article = tmp_path / "krong-pac.txt"
    article.write_text(CEREMONY, encoding="utf-8")
    return article, tmp_path / "summary.json"


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _wrong() -> dict[str, Any]:
    data = json.loads(json.dumps(SUMMARY))
    data["awards"][0]["individuals"] = 51
    return data


def test_clean_summary(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    article, summary = files
    assert main(["check", str(article), str(_write(summary, SUMMARY)), "--strict"]) == 0
    assert "no findings" in capsys.readouterr().out


def test_table_lists_findings(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    article, summary = files
    assert main(["check", str(article), str(_write(summary, _wrong()))]) == 0
    out = capsys.readouterr().out
    assert "unsupported_number" in out or "mismatch" in out
    assert "awards[0]" in out and "1 error(s)" in out


def test_json_shape(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    article, summary = files
    assert main(["check", str(article), str(_write(summary, _wrong())), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert isinstance(findings, list) and len(findings) == 1
    finding = findings[0]
    for key in ("kind", "severity", "path", "value", "text_value", "start", "end"):
        assert key in finding
    assert (finding["kind"], finding["severity"], finding["path"]) == (
        "mismatch",
        "error",
        "awards[0].individuals",
    )
    assert (finding["value"], finding["text_value"]) == (51, 15)
    assert CEREMONY[finding["start"] : finding["end"]] == "15"


def test_json_empty_list(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    article, summary = files
    assert main(["check", str(article), str(_write(summary, SUMMARY)), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_strict_exits_1_on_errors(files: tuple[Path, Path]) -> None:
    article, summary = files
    assert main(["check", str(article), str(_write(summary, _wrong())), "--strict", "--json"]) == 1


def test_strict_ignores_warnings(tmp_path: Path) -> None:
    stem = "000_b6fccb9031f66a28"
    args = [
        "check",
        str(EXAMPLES / "articles" / f"{stem}.txt"),
        str(EXAMPLES / "gold" / f"{stem}.json"),
    ]
    assert main([*args, "--strict", "--json"]) == 0


def test_repair_policy(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    article, summary = files
    code = main(
        [
            "check",
            str(article),
            str(_write(summary, _wrong())),
            "--policy",
            "repair",
            "--json",
            "--strict",
        ]
    )
    assert code == 0
    assert [f["kind"] for f in json.loads(capsys.readouterr().out)] == ["repaired"]


def test_another_tools_summary_is_read_leniently(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    article, summary = files
    other = {
        "title": None,
        "event": {"date": "12/3/2023", "kinds": ["Tổng kết", "lễ"], "extra": 1},
        "awards": [
            {
                "type": "giấy khen",
                "issuer": "Chủ tịch UBND huyện Krông Pắc",
                "collectives": "12",
                "individuals": "16",
            },
            {
                "type": "GIẤY KHEN",
                "issuer": "Giám đốc Công an tỉnh",
                "collectives": 3,
                "individuals": 7,
            },
        ],
        "statistics": [{"label": "tổ tự quản", "value": "1.250", "qualifier": "Hơn"}],
        "tool": "other-summariser 2.1",
    }
    assert main(["check", str(article), str(_write(summary, other)), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert [(f["kind"], f["path"], f["text_value"]) for f in findings] == [
        ("mismatch", "awards[0].individuals", 15)
    ]


@pytest.mark.parametrize(
    "content",
    ["", "{not json", "[1, 2]", '"a string"', '{"foo": 1}', "\xff"],
)
def test_unreadable_summary_exits_2(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], content: str
) -> None:
    article, summary = files
    summary.write_text(content, encoding="utf-8")
    assert main(["check", str(article), str(summary)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("tomtat check:") and "\n" not in err and "Traceback" not in err


def test_missing_or_empty_article_exits_2(
    tmp_path: Path, files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, summary = files
    _write(summary, SUMMARY)
    assert main(["check", str(tmp_path / "nope.txt"), str(summary)]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    assert main(["check", str(empty), str(summary)]) == 2
    assert main(["check", str(tmp_path), str(summary)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("tomtat check:") for line in lines)
