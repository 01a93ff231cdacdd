"""The README's DuckDB queries run against a store written by ``tomtat export --format duckdb``."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from events.builders import report
from tomtat.export import build_tables, write_duckdb

README = Path(__file__).resolve().parents[2] / "README.md"


def _queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_shows_three_duckdb_queries_that_answer_on_a_store(tmp_path: Path) -> None:
    corpus = [
        report("a", source="LĐ online"),
        report("b", source="Báo Lâm Đồng", awards=[("Giấy khen", "UBND huyện Đức Trọng", 22, 25)]),
        report("c", organizer="UBND tỉnh Lâm Đồng", district=None, date="2025-03-01"),
    ]
    path = write_duckdb(build_tables(corpus), tmp_path / "corpus.duckdb")
    queries = _queries()
    assert len(queries) == 3
    con = duckdb.connect(str(path), read_only=True)
    try:
        trends, disputes, overcount = (con.execute(q).fetchall() for q in queries)
    finally:
        con.close()
    assert [(r[0], r[2], r[4]) for r in trends] == [(2024, "district", 1), (2025, "district", 1)]
    ((date, organizer, sources, message),) = disputes
    assert organizer == "UBND huyện Đức Trọng"
    assert (date, sources) == ("2024-01-12", 2) and "LĐ online" in message
    # per article the 2024 meeting's individuals are counted twice (22 + 25), per event once
    assert overcount == [(2024, 47, 25), (2025, 22, 22)]
