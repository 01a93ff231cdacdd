"""Trend tables count each meeting's grants once, however many outlets reported it."""

from __future__ import annotations

from events.builders import report
from tomtat.events import link_events, trend_grants, trend_statistics


def test_a_meeting_reported_three_times_adds_its_grants_once() -> None:
    reports = [report(i, source=i) for i in "abc"]
    rows = trend_grants(link_events(reports).events)
    assert rows == [
        {
            "year": 2024,
            "province": "Lâm Đồng",
            "province_2025": "Lâm Đồng",
            "issuer_level": "district",
            "type": "Giấy khen",
            "events": 1,
            "grants": 1,
            "collectives": 22,
            "individuals": 22,
            "total": None,
            "recipients": 44,
        }
    ]


def test_grants_split_by_year_and_issuer_level() -> None:
    reports = [
        report(
            "a",
            awards=[
                ("Giấy khen", "UBND huyện Đức Trọng", 1, 2),
                ("Bằng khen", "Chủ tịch UBND tỉnh", 3, 4),
            ],
        ),
        report("b", date="2025-01-10", awards=[("Giấy khen", "UBND huyện Đức Trọng", 5, None)]),
    ]
    rows = trend_grants(link_events(reports).events)
    assert [(r["year"], r["issuer_level"], r["type"], r["recipients"]) for r in rows] == [
        (2024, "province", "Bằng khen", 7),
        (2024, "district", "Giấy khen", 3),
        (2025, "district", "Giấy khen", 5),
    ]


def test_statistics_by_label_and_year_count_agreeing_values_once() -> None:
    reports = [
        report("a", statistics=[("tổ an ninh nhân dân", 618), ("tổ hòa giải", 205)]),
        report("b", statistics=[("Tổ an ninh nhân dân", 618), ("tổ hoà giải", 250)]),
        report(
            "c",
            organizer="UBND huyện Lạc Dương",
            district="Lạc Dương",
            statistics=[("tổ an ninh nhân dân", 100)],
        ),
    ]
    rows = trend_statistics(link_events(reports).events)
    assert [(r["year"], r["events"], r["value"]) for r in rows] == [(2024, 2, 718)]
