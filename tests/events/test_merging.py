"""One event record from several reports: agreed values, grants once, disagreements as findings."""

from __future__ import annotations

from events.builders import report
from tomtat.events import event_id, link_events
from tomtat.schemas import EventFindingKind


def test_a_count_that_differs_is_a_finding_naming_and_quoting_both_sources() -> None:
    a = report("a", source="LĐ online", quotes=["Giấy khen cho 22 tập thể, 22 cá nhân"])
    b = report(
        "b",
        source="Báo Lâm Đồng",
        awards=[("Giấy khen", "Ủy ban nhân dân huyện Đức Trọng", 22, 25)],
        quotes=["khen thưởng 22 tập thể và 25 cá nhân"],
    )
    (event,) = link_events([a, b]).events
    (grant,) = event.awards
    assert grant.disputed and grant.collectives == 22 and grant.articles == ["a", "b"]
    (finding,) = [f for f in event.findings if f.kind == EventFindingKind.COUNT_DIFFERS]
    assert finding.path == "awards[0].individuals"
    assert "LĐ online" in finding.message and "Báo Lâm Đồng" in finding.message
    assert {(v.article_id, v.value, v.quote) for v in finding.values} == {
        ("a", 22, "Giấy khen cho 22 tập thể, 22 cá nhân"),
        ("b", 25, "khen thưởng 22 tập thể và 25 cá nhân"),
    }


def test_the_count_most_sources_give_is_kept() -> None:
    reports = [report(i, source=i) for i in ("a", "b")] + [
        report("c", source="c", awards=[("Giấy khen", "UBND huyện Đức Trọng", 22, 30)])
    ]
    (event,) = link_events(reports).events
    assert event.awards[0].individuals == 22 and event.awards[0].disputed


def test_agreeing_sources_give_no_finding_and_one_grant() -> None:
    (event,) = link_events([report("a"), report("b", organizer="UBND huyện Đức Trọng")]).events
    assert event.findings == []
    assert len(event.awards) == 1 and not event.awards[0].disputed


def test_dates_a_day_apart_are_a_finding_and_the_common_date_is_kept() -> None:
    reports = [report("a"), report("b"), report("c", date="2024-01-13")]
    (event,) = link_events(reports).events
    assert event.date == "2024-01-12" and event.year == 2024
    (finding,) = event.findings
    assert finding.kind == EventFindingKind.DATE_DIFFERS
    assert {v.value for v in finding.values} == {"2024-01-12", "2024-01-13"}


def test_a_statistic_that_differs_is_a_finding_and_left_unresolved() -> None:
    a = report("a", statistics=[("tổ an ninh nhân dân", 618)])
    b = report("b", statistics=[("Tổ an ninh nhân dân", 681)])
    (event,) = link_events([a, b]).events
    (stat,) = event.statistics
    assert stat.disputed and stat.value is None
    assert [f.kind for f in event.findings] == [EventFindingKind.STATISTIC_DIFFERS]


def test_a_grant_one_reporting_outlet_leaves_out_is_a_finding() -> None:
    full = report(
        "a",
        awards=[("Giấy khen", "UBND huyện Đức Trọng", 22, 22), ("Bằng khen", "UBND tỉnh", 3, 4)],
    )
    partial = report("b")
    (event,) = link_events([full, partial]).events
    assert len(event.awards) == 2
    (missing,) = [f for f in event.findings if f.kind == EventFindingKind.GRANT_MISSING]
    assert missing.path == "awards[1]" and "not by b" in missing.message


def test_event_id_is_stable_whatever_the_order_of_articles() -> None:
    assert event_id(["b", "a"]) == event_id(["a", "b"]) != event_id(["a"])
    assert event_id(["a"]).startswith("ev-")
