"""``build_tables``: one row per article, grant, statistic, person and finding, typed columns."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from report.samples import make_run
from tomtat.export import TABLES, build_tables, check_status, findings_under, read_summaries
from tomtat.schemas import ArticleSummary, Finding


def _finding(path: str, severity: str) -> Finding:
    return Finding.model_validate({"kind": "mismatch", "severity": severity, "path": path})


def test_findings_under_a_path_do_not_leak_to_similar_indexes() -> None:
    checks = [
        _finding("awards[1].individuals", "error"),
        _finding("awards[10]", "warning"),
        _finding("awards[1]", "info"),
        _finding("awards", "warning"),
    ]
    assert [f.path for f in findings_under(checks, "awards[1]")] == [
        "awards[1].individuals",
        "awards[1]",
    ]
    assert check_status(findings_under(checks, "awards[1]")) == "error"
    assert check_status(findings_under(checks, "awards[10]")) == "warning"
    assert check_status(findings_under(checks, "awards[2]")) == "ok"
    assert check_status([_finding("awards[3]", "info")]) == "ok"


def test_tables_hold_every_item_with_its_context(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    found = read_summaries(run.summaries_dir)
    tables = build_tables(found.summaries, found.failures)
    assert set(tables) == set(TABLES)
    for name, rows in tables.items():
        assert all(list(row) == [c for c, _ in TABLES[name]] for row in rows)
    awards = tables["awards"]
    assert len(awards) == sum(len(s.awards) for s in run.summaries) == 6
    by_key = {(r["article_id"], r["award_index"]): r for r in awards}
    krong = by_key[("krong_pac_2024", 1)]
    assert (krong["type"], krong["issuer"], krong["collectives"], krong["individuals"]) == (
        "Giấy khen",
        "Chủ tịch UBND huyện Krông Pắc",
        12,
        52,
    )
    assert (krong["province"], krong["district"], krong["date"]) == (
        "Đắk Lắk",
        "Krông Pắc",
        "2024-03-12",
    )
    assert krong["check_status"] == "error" and "25 individuals" in krong["check_messages"]
    assert by_key[("krong_pac_2024", 0)]["check_status"] == "ok"
    assert by_key[("gia_lai_2023", 2)]["check_status"] == "warning"
    assert by_key[("gia_lai_2023", 2)]["total"] == 31
    assert by_key[("gia_lai_2023", 2)]["recipients"] == "tập thể; cá nhân"
    assert by_key[("gia_lai_2023", 0)]["individuals"] is None  # not given stays null, not 0
    stats = [r for r in tables["statistics"] if r["article_id"] == "krong_pac_2024"]
    assert [(r["value"], r["unit"], r["qualifier"]) for r in stats] == [
        (87, None, None),
        (92.5, "%", None),
        (120, None, "hơn"),
    ]
    assert stats[0]["check_status"] == "warning"
    people = {r["name"]: r for r in tables["people"]}
    assert people["Nguyễn Văn Hùng"]["rank"] == "Đại tá"
    assert len(tables["findings"]) == 5
    articles = {r["article_id"]: r for r in tables["articles"]}
    assert list(articles) == sorted(articles)
    assert articles["broken_encoding"]["status"] == "failed"
    assert "cannot decode" in articles["broken_encoding"]["error"]
    k = articles["krong_pac_2024"]
    assert (k["grants"], k["collectives"], k["individuals"]) == (2, 15, 57)
    assert (k["findings_error"], k["findings_warning"], k["findings_info"]) == (1, 1, 1)
    assert (k["review_start"], k["review_end"], k["kinds"]) == (2023, 2023, "tổng kết")


def test_build_tables_accepts_plain_dicts_and_normalises_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Công an huyện Đắk Mil")
    assert nfd != unicodedata.normalize("NFC", nfd)
    data = {
        "id": "dak_mil",
        "event": {"organizer": nfd, "province": unicodedata.normalize("NFD", "Đắk Nông")},
        "awards": [{"type": "Giấy khen", "issuer": nfd, "individuals": 7}],
    }
    tables = build_tables([data], [{"id": "x", "error": "empty file"}])
    row = tables["awards"][0]
    assert row["issuer"] == "Công an huyện Đắk Mil" == unicodedata.normalize("NFC", row["issuer"])
    assert row["province"] == "Đắk Nông"
    assert [r["status"] for r in tables["articles"]] == ["ok", "failed"]


def test_empty_input_gives_empty_tables() -> None:
    assert build_tables([]) == {name: [] for name in TABLES}


def test_tables_round_trip_from_summaries(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    tables = build_tables(run.summaries)
    rebuilt: dict[str, list[tuple[object, ...]]] = {}
    for row in tables["awards"]:
        rebuilt.setdefault(row["article_id"], []).append(
            (row["type"], row["issuer"], row["collectives"], row["individuals"], row["total"])
        )
    for summary in run.summaries:
        assert isinstance(summary, ArticleSummary)
        assert rebuilt.get(summary.id, []) == [
            (str(a.type), a.issuer, a.collectives, a.individuals, a.total) for a in summary.awards
        ]
