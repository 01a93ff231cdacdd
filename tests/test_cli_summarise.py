"""``tomtat summarise`` end to end with the rules backend: files, keys, schema, exit status."""

from __future__ import annotations

import json
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
