"""The DuckDB store: every table, trend views that count a meeting once, a clear error without duckdb."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

from events.builders import report
from tomtat.cli import main
from tomtat.export import TABLES, TREND_TABLES, ExportError, build_tables, write_duckdb


def _corpus() -> list:  # type: ignore[type-arg]
    return [
        report("a", source="LĐ online"),
        report(
            "b",
            source="Báo Lâm Đồng",
            awards=[("Giấy khen", "Ủy ban nhân dân huyện Đức Trọng", 22, 25)],
        ),
        report(
            "c",
            organizer="UBND xã Vũ Quý",
            province="Thái Bình",
            district="Kiến Xương",
            awards=[("Giấy khen", "UBND huyện Kiến Xương", 3, 7)],
            statistics=[("tổ tự quản", 12)],
        ),
    ]


def test_the_store_holds_every_table_and_trend_views(tmp_path: Path) -> None:
    path = write_duckdb(build_tables(_corpus()), tmp_path / "corpus.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = {
            row[0]: row[1]
            for row in con.execute(
                "SELECT table_name, table_type FROM information_schema.tables"
            ).fetchall()
        }
        for name in TABLES:
            assert names[name] == ("VIEW" if name in TREND_TABLES else "BASE TABLE"), name
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM events").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM event_sources").fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM awards").fetchone() == (3,)  # per article
        # the Đức Trọng grant reported twice is one row of the trend view
        rows = con.execute(
            "SELECT province, grants, collectives, events FROM trend_grants ORDER BY province"
        ).fetchall()
        assert rows == [("Lâm Đồng", 1, 22, 1), ("Thái Bình", 1, 3, 1)]
        (message,) = con.execute(
            "SELECT message FROM event_findings WHERE kind = 'count_differs'"
        ).fetchone()
        assert "LĐ online" in message and "Báo Lâm Đồng" in message
    finally:
        con.close()
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.duckdb"]  # no temp file left


def test_hostile_text_is_stored_as_data(tmp_path: Path) -> None:
    nasty = '\'); DROP TABLE articles; --\n"quoted" \\ tab\t Đắk Lắk'
    summary = report("a", organizer=f"UBND huyện Đức Trọng {nasty}")
    summary.title = nasty
    path = write_duckdb(build_tables([summary]), tmp_path / "c.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT title FROM articles").fetchall() == [(nasty,)]
        assert con.execute("SELECT organizer FROM events").fetchall() == [
            (summary.event.organizer,)
        ]
    finally:
        con.close()


def test_sql_trend_views_give_the_python_trend_tables(tmp_path: Path) -> None:
    tables = build_tables(_corpus())
    path = write_duckdb(tables, tmp_path / "c.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        for name in TREND_TABLES:
            columns = ", ".join(f'"{c}"' for c, _ in TABLES[name])
            got = con.execute(f"SELECT {columns} FROM {name} ORDER BY ALL").fetchall()
            want = sorted(tuple(row.values()) for row in tables[name])
            assert got == want, name
    finally:
        con.close()


def test_export_cli_writes_a_duckdb_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "summaries"
    folder.mkdir()
    for summary in _corpus():
        (folder / f"{summary.id}.json").write_text(summary.model_dump_json(), encoding="utf-8")
    out = tmp_path / "corpus.duckdb"
    assert main(["export", str(folder), "--format", "duckdb", "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    con = duckdb.connect(str(out), read_only=True)
    try:
        assert con.execute(
            "SELECT count(*) FROM articles WHERE event_id IS NOT NULL"
        ).fetchone() == (3,)
    finally:
        con.close()


def test_without_duckdb_the_export_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(ExportError, match=r"pip install 'tomtat\[duckdb\]'"):
        write_duckdb(build_tables(_corpus()), tmp_path / "x.duckdb")
    assert not (tmp_path / "x.duckdb").exists()
