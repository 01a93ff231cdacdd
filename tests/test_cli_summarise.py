"""``tomtat summarise`` end to end with the rules backend: files, keys, schema, exit status."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import jsonschema
import pytest

from tomtat.cli import main
from tomtat.cli.schema import SCHEMA_FILE
from tomtat.schemas import FORMAT_KEYS, ArticleSummary

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"


@pytest.fixture(autouse=True)
def _no_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TOMTAT_MODEL"):
        monkeypatch.delenv(name, raising=False)


def test_summarise_folder_writes_valid_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["summarise", str(ARTICLES), "--out", str(tmp_path)])
    assert status == 0
    schema = json.loads((ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8"))
    written = sorted(tmp_path.glob("*.json"))
    assert [p.stem for p in written] == sorted(p.stem for p in ARTICLES.glob("*.txt"))
    for path in written:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert list(data)[: len(FORMAT_KEYS)] == list(FORMAT_KEYS)
        jsonschema.validate(data, schema)
        summary = ArticleSummary.model_validate(data)
        assert summary.id == path.stem
        assert summary.meta.backend == "rules"
    out = capsys.readouterr()
    assert "000_b6fccb9031f66a28" in out.out
    assert "5 done, 0 failed" in out.err


def test_bad_inputs_fail_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_bytes((ARTICLES / "000_b6fccb9031f66a28.txt").read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.txt").write_bytes(b"  \n\t \n")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    out = tmp_path / "out"
    status = main(["summarise", str(inputs), str(tmp_path / "missing.txt"), "--out", str(out)])
    assert status == 1
    assert (out / "good.json").exists()
    for stem in ("empty", "blank", "image", "missing"):
        error = json.loads((out / f"{stem}.error.json").read_text(encoding="utf-8"))
        assert error["error"] and "Traceback" not in error["error"]
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert "1 done, 4 failed" in captured.err


def test_library_summarise_from_bytes() -> None:
    from tomtat import summarise

    summary = summarise((ARTICLES / "003_aed6a2dcafa1137c.txt").read_bytes(), article_id="x")
    assert summary.id == "x"
    assert summary.meta.backend == "rules"


def test_unknown_backend_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["summarise", str(ARTICLES), "--out", str(tmp_path), "--backend", "magic"])
    assert "invalid choice" in capsys.readouterr().err


LEAD = (
    "Chiều 5/1, UBND huyện Đức Trọng tổ chức hội nghị tổng kết công tác năm 2022. "
    "Dịp này, Chủ tịch UBND huyện tặng giấy khen cho {n} tập thể và 3 cá nhân."
)


def _short_corpus(path: Path, count: int, broken_at: int | None = None) -> Path:
    lines = [
        json.dumps({"id": f"s{i:03d}", "url": f"https://x.vn/{i}", "text": LEAD.format(n=i + 1)})
        for i in range(count)
    ]
    if broken_at is not None:
        lines[broken_at] = '{"id": "s-broken", "text": '
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_summarise_reads_a_jsonl_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _short_corpus(tmp_path / "c.jsonl", 3)
    assert main(["summarise", str(corpus), "--out", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "s001.json").read_text(encoding="utf-8"))
    assert data["meta"]["url"] == "https://x.vn/1" and data["awards"][0]["collectives"] == 2
    assert "3 done, 0 failed" in capsys.readouterr().err


def test_dash_reads_jsonl_on_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _short_corpus(tmp_path / "c.jsonl", 2).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["summarise", "-", "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == ["s000.json", "s001.json"]


def test_large_batch_prints_no_table_but_every_failure_and_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _short_corpus(tmp_path / "c.jsonl", 60, broken_at=10)
    status = main(["summarise", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2"])
    assert status == 1
    captured = capsys.readouterr()
    assert "s000" not in captured.out  # no 60-row table
    failures = [line for line in captured.err.splitlines() if line.startswith("FAILED")]
    assert failures == [f"FAILED 11 ({corpus}#11): line 11 is not valid JSON (Expecting value)"]
    assert "59 done, 1 failed" in captured.err
    main(["summarise", str(corpus), "--out", str(tmp_path / "out2"), "--table"])
    assert "s059" in capsys.readouterr().out


def test_quiet_prints_only_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _short_corpus(tmp_path / "c.jsonl", 4, broken_at=1)
    assert main(["summarise", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"FAILED 2 ({corpus}#2): line 2 is not valid JSON (Expecting value)"
    ]


def test_json_run_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _short_corpus(tmp_path / "c.jsonl", 4, broken_at=2)
    assert main(["summarise", str(corpus), "--out", str(tmp_path / "out"), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["articles"], report["done"], report["failed"]) == (4, 3, 1)
    assert report["failures"] == [
        {"id": "3", "source": f"{corpus}#3", "error": "line 3 is not valid JSON (Expecting value)"}
    ]
    assert [o["status"] for o in report["outputs"]] == ["done", "done", "failed", "done"]
    assert report["outputs"][0]["output"] == str((tmp_path / "out" / "s000.json").resolve())


def test_workers_below_one_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarise", str(ARTICLES), "--out", str(tmp_path), "--workers", "0"]) == 2
    assert "--workers must be at least 1" in capsys.readouterr().err


def test_progress_bar_only_on_a_terminal_and_not_when_quiet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tomtat.cli.summarise import _progress
    from tomtat.pipeline import ArticleResult

    with _progress(10, quiet=False) as advance:
        assert advance is None  # captured stderr is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with _progress(10, quiet=True) as advance:
        assert advance is None
    with _progress(10, quiet=False) as advance:
        assert advance is not None
        advance(ArticleResult(path=ARTICLES, article_id="a", error="broken"))
