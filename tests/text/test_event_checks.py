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
