"""Linking reports of one meeting: the hard cases of issue 13, each kept apart or joined, and why."""

from __future__ import annotations

from events.builders import report
from tomtat.events import compare, link_events


def _groups(*summaries):  # type: ignore[no-untyped-def]
    found = link_events(list(summaries))
    return sorted(sorted(s.article_id for s in e.sources) for e in found.events), found


def test_two_outlets_of_one_meeting_become_one_event_with_both_sources() -> None:
    a = report("a", source="LĐ online", organizer="huyện Đức Trọng")
    b = report("b", source="Báo Lâm Đồng", organizer="Ủy ban nhân dân huyện Đức Trọng")
    groups, found = _groups(a, b)
    assert groups == [["a", "b"]]
    event = found.events[0]
    assert {s.outlet for s in event.sources} == {"LĐ online", "Báo Lâm Đồng"}
    assert event.organizer == "Ủy ban nhân dân huyện Đức Trọng"  # the form naming a body


def test_reports_of_different_meetings_stay_apart() -> None:
    a = report("a")
    b = report("b", organizer="UBND huyện Lạc Dương", district="Lạc Dương")
    groups, _ = _groups(a, b)
    assert groups == [["a"], ["b"]]


def test_same_districts_review_in_two_years_stays_apart() -> None:
    decision = compare(report("a", date="2023-01-05"), report("b", date="2024-01-04"))
    assert not decision.same
    assert "days apart" in decision.reason


def test_two_communes_of_one_district_on_the_same_day_stay_apart_with_reason() -> None:
    a = report("a", organizer="UBND xã Vũ Quý", district="Kiến Xương", province="Thái Bình")
    b = report("b", organizer="UBND xã Vũ Hòa", district="Kiến Xương", province="Thái Bình")
    groups, found = _groups(a, b)
    assert groups == [["a"], ["b"]]
    assert len(found.kept_apart) == 1
    assert "commune" in found.kept_apart[0].reason and "vũ quý" in found.kept_apart[0].reason


def test_provincial_and_district_conference_on_the_same_day_stay_apart() -> None:
    district = report("a")
    province = report(
        "b",
        organizer="UBND tỉnh Lâm Đồng",
        district=None,
        awards=[("Giấy khen", "UBND huyện Đức Trọng", 22, 22)],
    )
    decision = compare(district, province)
    assert not decision.same
    assert "province-level" in decision.reason and "district-level" in decision.reason


def test_awards_only_report_joins_the_full_report() -> None:
    full = report(
        "full",
        awards=[("Giấy khen", "UBND huyện Đức Trọng", 22, 22), ("Bằng khen", "UBND tỉnh", 3, 4)],
        statistics=[("tổ an ninh nhân dân", 618)],
    )
    awards_only = report(
        "awards", organizer=None, district=None, awards=[("Bằng khen", "UBND tỉnh", 3, 4)]
    )
    groups, _ = _groups(full, awards_only)
    assert groups == [["awards", "full"]]


def test_report_without_organiser_and_without_an_agreeing_grant_is_too_thin() -> None:
    decision = compare(report("a"), report("b", organizer=None, awards=[]))
    assert not decision.same and "too thin" in decision.reason


def test_spellings_of_ubnd_tone_marks_and_prefixes_name_one_organiser() -> None:
    a = report(
        "a", organizer="Công an phường Hòa Cường Bắc", province="Đà Nẵng", district="Hải Châu"
    )
    b = report(
        "b",
        organizer="Công an phường Hoà Cường Bắc",
        province="TP. Đà Nẵng",
        district="quận Hải Châu",
    )
    c = report("c", organizer="Công an TX. An Khê", province="Gia Lai", district="thị xã An Khê")
    d = report("d", organizer="Công an thị xã An Khê", province="tỉnh Gia Lai", district="An Khê")
    assert compare(a, b).same
    assert compare(c, d).same


def test_province_named_before_and_after_the_2025_merger_is_one_place() -> None:
    common = {
        "date": "2025-08-20",
        "district": None,
        "awards": [("Giấy khen", "UBND xã Đắk Mil", 5, 12)],
    }
    new = report("a", organizer="UBND xã Đắk Mil", province="Lâm Đồng", **common)  # type: ignore[arg-type]
    old = report("b", organizer="Ủy ban nhân dân xã Đắk Mil", province="Đắk Nông", **common)  # type: ignore[arg-type]
    other = report("c", organizer="UBND xã Đắk Song", province="Lâm Đồng", **common)  # type: ignore[arg-type]
    assert compare(new, old).same
    assert not compare(new, other).same
    assert not compare(new, report("d", province="Bình Định", **common)).same  # type: ignore[arg-type]


def test_dates_a_day_apart_link_and_two_days_apart_do_not() -> None:
    assert compare(report("a", date="2024-01-12"), report("b", date="2024-01-13")).same
    assert not compare(report("a", date="2024-01-12"), report("b", date="2024-01-14")).same


def test_report_without_a_meeting_date_stays_alone_with_a_note() -> None:
    groups, found = _groups(report("a"), report("b", date=None))
    assert groups == [["a"], ["b"]]
    undated = next(e for e in found.events if e.sources[0].article_id == "b")
    assert undated.note is not None and "no meeting date" in undated.note


def test_same_organiser_twice_a_day_stays_apart() -> None:
    morning = report("a", part_of_day="sáng")
    afternoon = report("b", part_of_day="chiều")
    assert "sáng" in compare(morning, afternoon).reason
    other_counts = report("c", awards=[("Giấy khen", "UBND huyện Đức Trọng", 3, 4)])
    assert not compare(report("d"), other_counts).same


def test_different_review_periods_stay_apart() -> None:
    decision = compare(report("a", review=(2014, 2023)), report("b", review=(2019, 2023)))
    assert not decision.same and "reviews" in decision.reason


def test_different_bodies_of_one_district_stay_apart_unless_a_grant_agrees() -> None:
    police = report("a", organizer="Công an huyện Đức Trọng", awards=[("Giấy khen", "X", 1, 2)])
    farmers = report(
        "b", organizer="Hội Nông dân huyện Đức Trọng", awards=[("Giấy khen", "Y", 5, 6)]
    )
    assert "different organisers" in compare(police, farmers).reason
    co_organised = report(
        "c", organizer="Hội Nông dân huyện Đức Trọng", awards=[("Giấy khen", "X", 1, 2)]
    )
    assert compare(police, co_organised).same


def test_grouping_is_complete_linkage_and_never_chains() -> None:
    # b is a day after a, c a day after b: a and c are two days apart, so c cannot join a's event
    a, b, c = (
        report(i, date=d)
        for i, d in (("a", "2024-01-11"), ("b", "2024-01-12"), ("c", "2024-01-13"))
    )
    groups, _ = _groups(a, b, c)
    assert groups == [["a", "b"], ["c"]]


def test_linking_is_independent_of_input_order() -> None:
    items = [
        report("a", source="A"),
        report("b", source="B", organizer="Ủy ban nhân dân huyện Đức Trọng"),
        report("c", organizer="UBND xã Vũ Quý", district="Kiến Xương", province="Thái Bình"),
    ]
    forward, _ = _groups(*items)
    backward, _ = _groups(*reversed(items))
    assert forward == backward == [["a", "b"], ["c"]]


def test_odd_names_and_missing_fields_never_break_linking() -> None:
    odd = ["", "   ", "xã", "tỉnh", "TP.", "UBND", "!!!", "Bộ", "xã hội", "\u0301", None]
    items = [
        report(
            f"r{i}-{j}",
            organizer=name,
            province=province,
            district=None if i % 2 else "x",
            date=None if i % 3 == 0 else "2024-01-12",
            awards=[] if i % 4 == 0 else [("Khác", name, None, None)],
        )
        for i, name in enumerate(odd)
        for j, province in enumerate((None, "tỉnh", "Xyz", "Huế"))
    ]
    found = link_events(items)
    ids = [s.article_id for e in found.events for s in e.sources]
    assert sorted(ids) == sorted(s.id for s in items)  # every report in exactly one event
