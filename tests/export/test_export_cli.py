"""``tomtat export``: CSV (with and without BOM), JSONL and Parquet files an analyst can load."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from report.samples import SampleRun, make_run
from tomtat.cli import main
from tomtat.export import PARQUET_MISSING, TABLES, build_tables, read_summaries
from tomtat.schemas import ArticleSummary


@pytest.fixture()
def run(tmp_path: Path) -> SampleRun:
    return make_run(tmp_path)


def _export(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _typed(value: str, kind: str) -> object:
    if value == "":
        return None
    if kind == "bool":
        return value == "True"
    return {"int": int, "float": float, "str": str}[kind](value)


def test_csv_round_trips_with_the_csv_module(
    run: SampleRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "csv"
    code, stdout, err = _export([str(run.summaries_dir), "--out", str(out)], capsys)
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in TABLES)
    assert stdout.count("wrote ") == len(TABLES)
    assert "3 done, 1 failed, 5 findings" in err
    found = read_summaries(run.summaries_dir)
    expected = build_tables(found.summaries, found.failures)
    for name, spec in TABLES.items():
        raw = (out / f"{name}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        types = dict(spec)
        loaded = [{k: _typed(v, types[k]) for k, v in row.items()} for row in rows]
        assert loaded == expected[name], name
    text = (out / "awards.csv").read_text(encoding="utf-8")
    assert "Chủ tịch UBND huyện Krông Pắc" in text and "Đắk Lắk" in text  # NFC Vietnamese survives
    # hostile strings are data: quoted by the csv module, read back unchanged
    with (out / "awards.csv").open(encoding="utf-8", newline="") as handle:
        hostile = next(r for r in csv.DictReader(handle) if r["article_id"] == "hostile_markup")
    assert hostile["recipients"] == '"><script>window.pwned = 5</script>'


def test_csv_reads_with_pyarrow_too(
    run: SampleRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow.csv as pacsv

    out = tmp_path / "csv"
    assert _export([str(run.summaries_dir), "--out", str(out)], capsys)[0] == 0
    table = pacsv.read_csv(out / "awards.csv").to_pylist()
    krong = [r for r in table if r["article_id"] == "krong_pac_2024"]
    assert [(r["collectives"], r["individuals"]) for r in krong] == [(3, 5), (12, 52)]
    assert krong[1]["check_status"] == "error"


def test_bom_flag_adds_the_bom(
    run: SampleRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bom"
    assert _export([str(run.summaries_dir), "--out", str(out), "--bom"], capsys)[0] == 0
    for name in TABLES:
        raw = (out / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    with (out / "people.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and next(iter(rows[0])) == "article_id"
    assert "Nguyễn Thị Thanh Lịch" in {r["name"] for r in rows}


def test_jsonl_round_trips_into_summaries(
    run: SampleRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.jsonl"
    code, _, err = _export([str(run.summaries_dir), "--format", "jsonl", "--out", str(out)], capsys)
    assert code == 0 and "failed articles are only in" in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(run.summaries)
    back = [ArticleSummary.model_validate_json(line) for line in lines]
    assert back == sorted(run.summaries, key=lambda s: s.id)
    assert "Đắk Lắk" in lines[-1]  # readable UTF-8, not \\u escapes
    folder = tmp_path / "folder"
    folder.mkdir()
    assert (
        _export([str(run.summaries_dir), "--format", "jsonl", "--out", str(folder)], capsys)[0] == 0
    )
    assert (folder / "summaries.jsonl").read_text(encoding="utf-8") == out.read_text(
        encoding="utf-8"
    )


def test_parquet_is_typed_and_readable(
    run: SampleRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    assert (
        _export([str(run.summaries_dir), "--format", "parquet", "--out", str(out)], capsys)[0] == 0
    )
    found = read_summaries(run.summaries_dir)
    expected = build_tables(found.summaries, found.failures)
    for name in TABLES:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.column_names == [c for c, _ in TABLES[name]]
        assert table.to_pylist() == expected[name]
    awards = pq.read_table(out / "awards.parquet")
    assert awards.schema.field("individuals").type == pa.int64()
    assert pq.read_table(out / "statistics.parquet").schema.field("value").type == pa.float64()


def test_missing_pyarrow_gives_one_clear_line(
    run: SampleRun,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "pq"
    code, stdout, err = _export(
        [str(run.summaries_dir), "--format", "parquet", "--out", str(out)], capsys
    )
    assert code == 2 and stdout == ""
    assert err == f"tomtat export: {PARQUET_MISSING}\n"
    assert "pip install 'tomtat[parquet]'" in err
    assert not out.exists()


def test_bad_inputs_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _export([str(tmp_path / "missing"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and err == f"tomtat export: {tmp_path / 'missing'} does not exist\n"
    (tmp_path / "empty").mkdir()
    code, _, err = _export([str(tmp_path / "empty"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "no summaries found" in err
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    run = make_run(tmp_path / "r")
    code, _, err = _export([str(run.summaries_dir), "--out", str(blocker / "sub")], capsys)
    assert code == 2 and err.startswith("tomtat export: cannot write")


def test_bom_with_other_formats_is_noted(
    run: SampleRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    code, _, err = _export(
        [str(run.summaries_dir), "--format", "jsonl", "--out", str(out), "--bom"], capsys
    )
    assert code == 0 and "--bom applies to csv only" in err
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    json.loads(out.read_text(encoding="utf-8").splitlines()[0])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "report"])
def test_lone_surrogates_in_a_summary_file_do_not_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    folder = tmp_path / "summaries"
    folder.mkdir()
    (folder / "odd.json").write_text(
        '{"id": "odd", "event": {"organizer": "UBND x\\u00e3 \\ud800"},'
        ' "awards": [{"type": "Gi\\u1ea5y khen", "issuer": "\\udfff", "individuals": 2}]}',
        encoding="utf-8",
    )
    if fmt == "report":
        code = main(["report", str(folder), "--html", str(tmp_path / "r.html")])
        written = (tmp_path / "r.html").read_text(encoding="utf-8")
    else:
        out = tmp_path / ("o.jsonl" if fmt == "jsonl" else "o")
        code = main(["export", str(folder), "--format", fmt, "--out", str(out)])
        written = "".join(
            p.read_bytes().decode("utf-8", "replace")
            for p in ([out] if out.is_file() else out.iterdir())
        )
    capsys.readouterr()
    assert code == 0
    if fmt != "parquet":
        assert "UBND xã \ufffd" in written
