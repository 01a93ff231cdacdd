"""Tests for tomtat.text.dates: dates, years, year ranges and publication dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tomtat.text.dates import (
    DateMention,
    find_anniversary_spans,
    find_dates,
    find_year_ranges,
    find_years,
    parse_publication_date,
)


def _one(text: str) -> DateMention:
    dates = find_dates(text)
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize(
    ("text", "day", "month", "year", "part", "raw"),
    [
        ("Chiều 5/1, UBND huyện tổ chức hội nghị", 5, 1, None, "chiều", "5/1"),
        ("Chiều 5/1/2021, Ban Chỉ đạo huyện", 5, 1, 2021, "chiều", "5/1/2021"),
        ("Sáng 31/1/2023, UBND tỉnh Quảng Trị", 31, 1, 2023, "sáng", "31/1/2023"),
        ("TỐI 12/12 tại hội trường", 12, 12, None, "tối", "12/12"),
        ("trưa ngày 3/4 vừa qua", 3, 4, None, "trưa", "3/4"),
        ("Sáng thứ bảy, 9/9, Công an xã", 9, 9, None, "sáng", "9/9"),
        ("nhân dịp 17-8, Công an huyện", 17, 8, None, None, "17-8"),
        ("Chiều 18.8, Công an tỉnh tổ chức", 18, 8, None, "chiều", "18.8"),
        ("ngày 15.2 vừa qua", 15, 2, None, None, "15.2"),
        ("theo Chương trình số 06 ngày 6/3/2014 giữa hai bên", 6, 3, 2014, None, "6/3/2014"),
        ("Hội nghị diễn ra ngày 17 tháng 5 năm 2023 tại", 17, 5, 2023, None, "17 tháng 5 năm 2023"),
        ("ngày 17 tháng 5, tại", 17, 5, None, None, "17 tháng 5"),
        ("vào ngày 17/5 tới", 17, 5, None, None, "17/5"),
        ("ký ngày 01/12/2011", 1, 12, 2011, None, "01/12/2011"),
        ("ngày 05/01/21", 5, 1, 2021, None, "05/01/21"),
        ("tổ chức ngày 29/2/2024", 29, 2, 2024, None, "29/2/2024"),
    ],
)
def test_find_dates_forms(
    text: str, day: int, month: int, year: int | None, part: str | None, raw: str
) -> None:
    date = _one(text)
    assert (date.day, date.month, date.year, date.part_of_day, date.raw) == (
        day,
        month,
        year,
        part,
        raw,
    )
    assert text[date.start : date.end] == raw
    assert date.context_start is not None and date.context_start <= date.start


@pytest.mark.parametrize(
    "text",
    [
        "73/126 địa bàn cấp xã",  # ratio, invalid month
        "3/5 xã đạt chuẩn",  # three of five communes
        "từ 5-7 người mỗi tổ",  # a range
        "Chương trình phối hợp số 06/Ctr-CA-MT",  # document number
        "Chỉ thị 09-CT/TW",
        "ngày 32/1/2023",  # invalid day
        "ngày 30/2/2023",
        "ngày 29/2/2023",  # not a leap year
        "ngày 12/13",  # invalid month
        "tăng 15.2 tấn",  # dot form needs a part of day or ngày
        "1.131 mắt camera",
        "lúc 20:47",
    ],
)
def test_find_dates_rejects(text: str) -> None:
    assert find_dates(text) == []


def test_find_dates_several_in_order() -> None:
    text = "Chiều 5/1/2021, tổng kết; Chỉ thị số 09-CT/TW ngày 01/12/2011; sáng 6/1 tiếp tục."
    dates = find_dates(text)
    assert [(d.day, d.month, d.year, d.part_of_day) for d in dates] == [
        (5, 1, 2021, "chiều"),
        (1, 12, 2011, None),
        (6, 1, None, "sáng"),
    ]


@pytest.mark.parametrize(
    ("text", "first", "last", "raw"),
    [
        ("tổng kết 10 năm (2014 - 2023) thực hiện", 2014, 2023, "2014 - 2023"),
        ("giai đoạn 2007- 2022.", 2007, 2022, "2007- 2022"),
        ("nhiệm kỳ 2006 – 2016", 2006, 2016, "2006 – 2016"),
        ("kế hoạch 2021-2025", 2021, 2025, "2021-2025"),
        ("từ năm 2014 đến năm 2023, toàn huyện", 2014, 2023, "từ năm 2014 đến năm 2023"),
        ("từ 2015 tới 2020", 2015, 2020, "từ 2015 tới 2020"),
    ],
)
def test_find_year_ranges(text: str, first: int, last: int, raw: str) -> None:
    ranges = find_year_ranges(text)
    assert len(ranges) == 1
    found = ranges[0]
    assert (found.start_year, found.end_year, found.raw) == (first, last, raw)
    assert text[found.start : found.end] == raw


@pytest.mark.parametrize(
    "text", ["2023 - 2014", "ngày 17-8-2023", "1.131-2.000 người", "2014 - 20235"]
)
def test_find_year_ranges_rejects(text: str) -> None:
    assert find_year_ranges(text) == []


def test_find_years() -> None:
    text = (
        "Năm 2020, phong trào phát triển; giai đoạn 2007- 2022; (2023); 2000 người tham gia; "
        "ngày 5/1/2021; đến 2025 hoàn thành."
    )
    years = find_years(text)
    assert [(y.year, y.after_nam) for y in years] == [
        (2020, True),
        (2007, False),
        (2022, False),
        (2023, False),
        (2025, False),
    ]
    for year in years:
        assert text[year.start : year.end] == str(year.year)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ sáu - 03/02/2023 14:40", "2023-02-03"),
        ("NHẬT MINH 20:47, 17/05/2023", "2023-05-17"),
        (" date 2021-01", "2021-01"),
        ("17/05/2023", "2023-05-17"),
        ("Thứ Tư, 17-05-2023 - 08:00", "2023-05-17"),
        ("17.05.2023", "2023-05-17"),
        ("Cập nhật: 2022-11-30 08:00", "2022-11-30"),
        ("ngày 17 tháng 5 năm 2023", "2023-05-17"),
        ("Thứ hai, 31/02/2023", None),
        ("không có ngày", None),
        ("", None),
    ],
)
def test_parse_publication_date(text: str, expected: str | None) -> None:
    assert parse_publication_date(text) == expected


@given(
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(1990, 2030),
    st.sampled_from(["Sáng", "Trưa", "Chiều", "Tối"]),
)
def test_find_dates_property(day: int, month: int, year: int, part: str) -> None:
    text = f"{part} {day}/{month}/{year}, UBND huyện tổ chức hội nghị."
    date = _one(text)
    assert (date.day, date.month, date.year, date.part_of_day) == (day, month, year, part.lower())
    assert (
        parse_publication_date(f"{day:02d}/{month:02d}/{year}") == f"{year}-{month:02d}-{day:02d}"
    )


@given(st.text(max_size=300))
def test_date_finders_never_crash(text: str) -> None:
    for date in find_dates(text):
        assert text[date.start : date.end] == date.raw
    for year_range in find_year_ranges(text):
        assert year_range.start_year <= year_range.end_year
    find_years(text)
    parse_publication_date(text)


def test_anniversary_span_gives_founding_and_celebrated_year() -> None:
    from tomtat.text.dates import find_anniversary_spans

    text = "kỷ niệm 70 năm Ngày thành lập (15/10/1954 – 15/10/2024) và (1975 - 2025)"
    spans = find_anniversary_spans(text)
    assert [(s.founded, s.year) for s in spans] == [(1954, 2024), (1975, 2025)]
    assert text[spans[0].start : spans[0].end] == "(15/10/1954 – 15/10/2024)"


def test_span_that_runs_backwards_or_is_not_parenthesised_is_no_anniversary() -> None:
    from tomtat.text.dates import find_anniversary_spans

    assert find_anniversary_spans("giai đoạn 2020 - 2025 và (2025 - 2020)") == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a numbered body or meeting names the period its range covers
        ("Đại hội Hội Luật gia khóa IX (2019-2024)", []),
        ("Ban Chấp hành khoá 4 (2020-2025)", []),
        ("Hội nghị thi đua lần thứ hai (2021-2026)", []),
        # "khóa" with no numeral names no body: the range stays an anniversary
        (
            "kỷ niệm 15 năm thành lập trường và gặp mặt sinh viên khóa đầu (2010-2025)",
            [(2010, 2025)],
        ),
        ("kỷ niệm 10 năm mở lớp và bế giảng khóa học (2014-2024)", [(2014, 2024)]),
    ],
)
def test_only_a_numbered_khoa_names_a_period(text: str, spans: list[tuple[int, int]]) -> None:
    from tomtat.text.dates import find_anniversary_spans

    assert [(s.founded, s.year) for s in find_anniversary_spans(text)] == spans


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hội nghị Ban Chấp hành lần thứ 7, nhiệm kỳ 2020-2025", True),
        ("HĐND tỉnh khóa XI, nhiệm kỳ 2021-2026", True),
        ("Ban Chấp hành khoá 3 (nhiệm kỳ 2022-2027", True),
        ("học viên khóa học, nhiệm kỳ 2022-2027", False),
        ("Ban Chấp hành nhiệm kỳ 2022-2027", False),
    ],
)
def test_a_term_after_a_numbered_meeting_or_body(text: str, term: bool) -> None:
    from tomtat.text.dates import numbered_term_before

    assert numbered_term_before(text, text.index("20")) is term


def test_two_day_meeting_is_dated_by_its_first_day() -> None:
    from tomtat.text.dates import find_dates

    dates = find_dates("Ngày 14-15/6/2023, tại Hà Nội, hội nghị diễn ra.")
    assert [(d.day, d.month, d.year) for d in dates] == [(14, 6, 2023)]


def test_day_range_without_a_date_word_is_not_a_date() -> None:
    from tomtat.text.dates import find_dates

    assert find_dates("có 5-7/10 xã đạt chuẩn") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Vào lúc 14 giờ 30 ngày 9/3/2024, UBND phường tổ chức lễ.", "chiều"),
        ("Lúc 7h30, ngày 5/1/2023, Công an xã khai mạc Ngày hội.", "sáng"),
        ("19 giờ ngày 2/9/2023, Đoàn xã tổ chức đêm văn nghệ.", "tối"),
        ("Lúc 11 giờ 15 phút ngày 20/11/2022, trường tổ chức gặp mặt.", "trưa"),
    ],
)
def test_clock_time_before_a_date_gives_its_part_of_day(text: str, part: str) -> None:
    dates = find_dates(text)
    assert dates and dates[0].part_of_day == part
    assert dates[0].context_start == 0


@pytest.mark.parametrize(
    "text",
    [
        "Hồ sơ nộp trước 17 giờ ngày 30/6/2023 tại bộ phận một cửa.",  # a deadline
        "Sau 10 giờ làm việc ngày 5/1/2023, hội nghị bế mạc.",  # a duration, not a time
        "Lúc 25 giờ ngày 5/1/2023 hội nghị diễn ra.",  # no such hour
    ],
)
def test_hours_that_are_no_meeting_time_give_no_part_of_day(text: str) -> None:
    assert all(d.part_of_day is None for d in find_dates(text))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Trong 2 ngày 15 và 16/8, UBND xã tổ chức Ngày hội.", (15, 8, None)),
        ("Ngày 20 đến 22/9/2024, Tỉnh đoàn tổ chức Đại hội.", (20, 9, 2024)),
        ("Sáng 3 và 4/10, hội nghị diễn ra tại Pleiku.", (3, 10, None)),
    ],
)
def test_two_days_joined_by_a_word_date_the_meeting_by_its_first(
    text: str, first: tuple[int, int, int | None]
) -> None:
    dates = find_dates(text)
    assert [(d.day, d.month, d.year) for d in dates] == [first]


def test_counts_joined_by_va_before_a_fraction_are_no_days() -> None:
    # near misses: no date word or part of day before, and a day after the month's last
    assert find_dates("Có 15 và 16/8 người đạt yêu cầu.") == []
    assert find_dates("Ngày 30 và 31/2, trời mưa.") == []


def test_find_dates_hands_each_caller_its_own_list() -> None:
    text = "Sáng 5/1/2021, hội nghị; chiều 01-02/4/2019 và 7.3."
    first = find_dates(text)
    first.clear()
    again = find_dates(text)
    assert [(d.day, d.month, d.year) for d in again] == [(5, 1, 2021), (1, 4, 2019)]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("ngày 5/1/2021", [5]),
        ("mã 15/1/2021", [3]),  # two digits: the whole day, not its second digit
        ("số1/2/2021", []),  # glued to a word: a code
        ("x.5/1/2021", []),
        ("Ngày 01-02/4/2019", [5]),
        ("A-01-02/4/2019", []),
    ],
)
def test_a_date_starts_after_no_word_or_number_character(text: str, starts: list[int]) -> None:
    assert [d.start for d in find_dates(text)] == starts


def test_dates_and_year_ranges_read_the_same_on_the_lowered_copy_and_on_the_text() -> None:
    # a final "ı" makes tomtat.text.lowered refuse the text: the (?i) scans run instead
    text = "NGÀY 15 THÁNG 8 NĂM 2023, hội nghị tổng kết giai đoạn TỪ NĂM 2018 ĐẾN NĂM 2023."
    dates = find_dates(text)
    assert [(d.day, d.month, d.year) for d in dates] == [(15, 8, 2023)]
    assert find_dates(text + " ı") == dates
    ranges = find_year_ranges(text)
    assert [(r.start_year, r.end_year) for r in ranges] == [(2018, 2023)]
    assert find_year_ranges(text + " ı") == ranges


@pytest.mark.parametrize("blanks", [1, 5, 12])
def test_clock_time_read_across_runs_of_blanks(blanks: int) -> None:
    gap = " " * blanks
    dates = find_dates(f"Lúc 13 giờ 30{gap},{gap}ngày 5/1/2024, UBND xã tổ chức lễ.")
    assert dates and dates[0].part_of_day == "chiều"


def test_a_range_of_days_may_follow_its_ngay_after_a_comma() -> None:
    for text, day in (
        ("Đại hội diễn ra trong hai ngày, 2-3/12/2014 tại Hà Nội.", 2),
        ("Hội thi kéo dài ba ngày, 14 - 16/5/2023.", 14),
        ("Giải đấu diễn ra trong 2 ngày, 20 và 21/8.", 20),
        ("Trong 2 ngày (15 và 16/12), Hội tổ chức Đại hội.", 15),
    ):
        dates = find_dates(text)
        assert [(d.day, d.context_start is not None) for d in dates] == [(day, True)], text
    # near misses: a range of counts with no "ngày" before it, and numbers after "ngày" words
    assert find_dates("Có 2-3/10 hộ tham gia.") == []
    assert find_dates("Trong ngày hội, 3-4/5 đội đạt giải.") == []


def test_a_part_of_day_before_a_bracketed_day_word_and_date_is_the_dates() -> None:
    # "chiều nay (ngày 4.10)": the part of day, then the date in brackets after "ngày"
    for text, pod in (
        ("Chiều nay (ngày 4.10), Công an tỉnh tổ chức gặp mặt.", "chiều"),
        ("Sáng qua (ngày 12/3), Hội Nông dân huyện tổ chức hội nghị.", "sáng"),
        ("Tối nay ( ngày 20/11 ), nhà trường tổ chức văn nghệ.", "tối"),
    ):
        dates = find_dates(text)
        assert [d.part_of_day for d in dates] == [pod], text
    # near miss: a part of day far from the date, in another clause, is not the date's
    dates = find_dates("Buổi sáng các đội thi đấu sôi nổi, còn lễ bế mạc diễn ra ngày 4/10.")
    assert [d.part_of_day for d in dates] == [None]


def test_a_date_with_spaced_dashes_after_a_part_of_day_or_ngay() -> None:
    for text, expected in (
        ("Chiều 20 - 12, Hội Phụ nữ huyện Tam Sơn tổ chức hội nghị.", (20, 12, None, "chiều")),
        ("Sáng ngày 5 - 1 - 2024, Đoàn xã Hòa Mỹ tổ chức lễ ra quân.", (5, 1, 2024, "sáng")),
        ("Tối 3 – 9 tại nhà văn hóa thôn Đông, xã tổ chức liên hoan.", (3, 9, None, "tối")),
        ("Ngày 14 - 6, Công an phường Bình Lợi họp mặt.", (14, 6, None, None)),
        # with its year, a date needs no comma before the subject
        ("Ngày 8 - 3 - 2023 Hội Phụ nữ xã Tân Hưng gặp mặt.", (8, 3, 2023, None)),
        ("Ngày 8 - 3 - 2023 X tổ tham gia.", (8, 3, 2023, None)),
    ):
        assert [(d.day, d.month, d.year, d.part_of_day) for d in find_dates(text)] == [expected]


def test_spaced_dash_ranges_and_scores_are_no_dates() -> None:
    for text in (
        "Mỗi tổ có 5 - 7 người tham gia tuần tra.",
        "Hội thi diễn ra trong ngày 5 - 7 tháng 8 tại sân vận động.",
        "Chung cuộc, đội xã Hòa Bình thắng với tỷ số 2 - 1, giành cúp.",
        "Ca sáng 14 - 3 khách được đón, ca tối 9 - 10 giờ.",
        "Chiều 31 - 2, đoàn về thăm xã.",
        # near miss: no year, a capitalised word after is not enough ("ngày 5 - 7 Công an ...")
        "Giải chạy diễn ra ngày 5 - 7 Đoàn xã phối hợp tổ chức.",
    ):
        assert find_dates(text) == [], text


@pytest.mark.parametrize(
    ("text", "founded", "year"),
    [
        (
            "kỷ niệm 50 năm ngày thành lập Hội 12/3/1975 - 12/3/2025, ngày 2/3, Hội tổ chức",
            1975,
            2025,
        ),
        ("nhân 45 năm thành lập Trường 5-9-1980 – 5 -9- 2025 , Trường tổ chức lễ", 1980, 2025),
        ("kỷ niệm 30 năm ngày truyền thống 20.10.1994 - 20.10.2024 của ngành", 1994, 2024),
    ],
)
def test_a_bare_span_of_the_same_day_of_the_year_is_an_anniversary(
    text: str, founded: int, year: int
) -> None:
    spans = find_anniversary_spans(text)
    assert [(s.founded, s.year) for s in spans] == [(founded, year)]


@pytest.mark.parametrize(
    "text",
    [
        "cuộc thi diễn ra từ 15/2/2025 - 30/4/2025 với hàng nghìn bài dự thi",
        "đợt cao điểm 1/3/2023 - 1/3/2024 đã bắt giữ nhiều đối tượng",
        "giai đoạn 2015 - 2020, toàn tỉnh có 1.200 mô hình",
    ],
)
def test_a_bare_span_of_different_days_or_a_single_year_is_no_anniversary(text: str) -> None:
    assert find_anniversary_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị điển hình tiên tiến lần thứ III (2020-2025), Sở Y tế biểu dương 40 tập thể",
        "Đại hội đại biểu Hội Nông dân huyện nhiệm kỳ (2023 - 2028) đã bầu Ban Chấp hành",
        "tổng kết phong trào thi đua giai đoạn (2016-2020) của ngành",
    ],
)
def test_a_bracketed_range_after_a_named_period_is_no_anniversary(text: str) -> None:
    assert find_anniversary_spans(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Lễ kỷ niệm 80 năm ngày thành lập Đoàn (1945 - 2025) và tuyên dương", 2025),
        ("kỷ niệm 65 năm Ngày truyền thống lực lượng (19/8/1959 - 19/8/2024)", 2024),
    ],
)
def test_a_bracketed_founding_and_its_return_stays_an_anniversary(text: str, year: int) -> None:
    assert [s.year for s in find_anniversary_spans(text)] == [year]
