"""The event date against the dates a text writes (tomtat.text.event_checks: date_problem,
day_month_written)."""

from __future__ import annotations

import pytest

from tomtat.text.event_checks import date_problem, day_month_written


@pytest.mark.parametrize(
    "written",
    [
        "Sáng 05/01/2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "Sáng 5/1/2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "Ngày 5 tháng 1 năm 2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "Ngày 05 Tháng 01 năm 2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "(Ngày 5-1-2024) Hội Nông dân xã Tân Lập tổng kết năm.",
    ],
)
def test_a_day_and_month_written_with_or_without_leading_zeros_is_the_events_date(
    written: str,
) -> None:
    assert date_problem("2024-01-05", written) is None


@pytest.mark.parametrize(
    "written",
    [
        "Sáng 15/1/2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "Sáng 105/1/2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "Sáng 005/1/2024, Hội Nông dân xã Tân Lập tổng kết năm.",
        "Sáng 5/11/2024, Hội Nông dân xã Tân Lập tổng kết năm.",
    ],
)
def test_a_day_that_is_part_of_a_longer_number_is_not_the_events_day(written: str) -> None:
    problem = date_problem("2024-01-05", written)
    assert problem is not None and problem.unwritten


@pytest.mark.parametrize(
    "written",
    [
        "Sáng 05/01/2024, Hội Nông dân xã tổng kết năm.",
        "Ngày 5 Tháng 1, Hội Nông dân xã tổng kết năm.",
        "Trong 2 ngày 5-6/1/2024, Hội Nông dân xã tổng kết năm.",
        "Trong 2 ngày (5 và 6 tháng 1), Hội Nông dân xã tổng kết năm.",
        "Ngày 05 – 07.01, Hội Nông dân xã tổng kết năm.",
    ],
)
def test_a_day_and_month_written_alone_or_opening_a_range_of_days_is_written(
    written: str,
) -> None:
    assert day_month_written(written, 5, 1)


@pytest.mark.parametrize(
    "written",
    [
        "Sáng 15/1/2024, Hội Nông dân xã tổng kết năm.",
        "Sáng 105/1/2024, Hội Nông dân xã tổng kết năm.",
        "Sáng 5/11/2024, Hội Nông dân xã tổng kết năm.",
        "Trong 2 ngày 5, 6/1/2024, Hội Nông dân xã tổng kết năm.",
        "Ngày 5 - 123/1, Hội Nông dân xã tổng kết năm.",
    ],
)
def test_a_day_inside_a_longer_number_or_not_joined_to_its_month_is_not_written(
    written: str,
) -> None:
    assert not day_month_written(written, 5, 1)


@pytest.mark.parametrize(
    ("written", "day", "month"),
    [
        ("Lịch trực các ngày 2/5/3 và 4 đã chốt.", 5, 3),
        ("Lịch trực các ngày 2/5/3 và 4 đã chốt.", 2, 5),
        ("Các ngày 01-02/4/2019 và 03/04, đoàn làm việc tại xã.", 1, 4),
        ("Các ngày 01-02/4/2019 và 03/04, đoàn làm việc tại xã.", 3, 4),
    ],
)
def test_a_date_whose_day_is_the_month_of_the_date_before_it_is_written(
    written: str, day: int, month: int
) -> None:
    assert day_month_written(written, day, month)


def test_a_day_written_twice_is_dated_by_the_year_of_either_place() -> None:
    text = "Sáng 5/1, Hội Nông dân xã tổng kết.\n\nHội nghị diễn ra ngày 5/1/2024 tại xã."
    assert date_problem("2024-01-05", text) is None
    problem = date_problem("2023-01-05", text, published="2024-01-06")
    assert problem is not None and "2024" in problem.message


_DATED_TEXT = (
    "Chiều 12/5, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết. Kỷ niệm 80 năm ngày "
    "thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), sáng 22/12 hội tặng "
    "quà; ngày 5 tháng 1 năm 2025, hội   họp lại. Trong 2 ngày 15 và 16/8, từ 5/1 đến 10/1 "
    "và lúc 7h30 ngày 3/2, X tổ chức Lễ; ngày 5 - 1 - 2024 Công an xã dự.    Sáng nay 1.2"
)


def test_a_window_with_clean_edges_reads_the_dates_the_whole_text_reads_there() -> None:
    from tomtat.text.dates import find_dates
    from tomtat.text.event_checks import _clean_edges

    whole = find_dates(_DATED_TEXT)
    clean = 0
    for low in range(0, len(_DATED_TEXT), 2):
        for high in range(low + 1, len(_DATED_TEXT) + 40, 3):
            if not _clean_edges(_DATED_TEXT, low, high):
                continue
            clean += 1
            read = [
                (d.day, d.month, d.year, d.part_of_day, d.start + low, d.end + low)
                for d in find_dates(_DATED_TEXT[low:high])
            ]
            kept = [
                (d.day, d.month, d.year, d.part_of_day, d.start, d.end)
                for d in whole
                if low <= d.start and d.end <= high
            ]
            assert read == kept, (low, high)
    assert clean > 200  # the edges tried include clean ones


@pytest.mark.parametrize(
    ("low", "high"),
    [
        (0, _DATED_TEXT.index("22/12/2024") + len("22/12/20")),  # a year cut: "2020"
        (0, _DATED_TEXT.index("sáng 22/12") + len("sáng 2")),  # a day cut
        (0, _DATED_TEXT.index("sáng 22/12") + len("sáng 22/12") + 5),  # a date by the edge
        (0, _DATED_TEXT.index("dự.") + len("dự.    ")),  # blanks run to the edge
        (_DATED_TEXT.index("80 năm") - 30, len(_DATED_TEXT)),  # a number by the left edge
        (_DATED_TEXT.index("ngày 5 tháng") + 2, len(_DATED_TEXT)),  # its "ngày" cut
    ],
)
def test_a_window_whose_edge_cuts_or_nears_a_date_is_not_clean(low: int, high: int) -> None:
    from tomtat.text.event_checks import _clean_edges

    assert not _clean_edges(_DATED_TEXT, low, high)
