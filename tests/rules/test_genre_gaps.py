"""Genre rules added after the held-out run: year from context, past honours, recipients by
role, repeated counts, posts of mass organisations, provincial bodies, credit lines.

Every sentence here is written for the test (none is copied from an evaluation article).
"""

from __future__ import annotations

import pytest

from tomtat.extract.rules.awards import build_awards
from tomtat.extract.rules.event import extract_event
from tomtat.extract.rules.people import extract_people
from tomtat.text.counts import find_award_mentions, find_statistics
from tomtat.text.gazetteer import find_places
from tomtat.text.metadata import find_source


def _awards(text: str) -> list[tuple[object, ...]]:
    awards, _ = build_awards(find_award_mentions(text))
    return [(a.type.value, a.issuer, a.collectives, a.individuals, a.total) for a in awards]


def _stat_values(text: str) -> list[object]:
    return [s.value for s in find_statistics(text)]


# --- 1. year of a yearless date from the lead ------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        # mid-year review: held in the year it reviews
        (
            "Chiều 28/6, Hội Cựu chiến binh huyện Yên Thành tổ chức hội nghị sơ kết công tác "
            "hội 6 tháng đầu năm 2021, triển khai nhiệm vụ những tháng cuối năm.",
            "2021-06-28",
        ),
        # year-end review that also launches the next year: the review year, not the plan year
        (
            "Sáng 26-12, Công an huyện Quế Sơn tổ chức hội nghị tổng kết công tác công an năm "
            "2019, triển khai nhiệm vụ năm 2020.",
            "2019-12-26",
        ),
        # late in the year, launching next year's tasks: the year before
        (
            "Sáng 18/12, UBND huyện Hải Hậu tổ chức hội nghị triển khai nhiệm vụ năm 2022.",
            "2021-12-18",
        ),
        # a ceremony named after its year
        (
            "Tối 2-9, Huyện đoàn Tam Nông tổ chức lễ tuyên dương đoàn viên tiêu biểu năm 2020.",
            "2020-09-02",
        ),
        # early in the year, honouring the year before: the year after
        (
            "Sáng 20/2, Hội Liên hiệp Phụ nữ huyện Mường Lát tổ chức lễ biểu dương hội viên "
            "tiêu biểu năm 2021.",
            "2022-02-20",
        ),
    ],
)
def test_year_from_the_lead(lead: str, date: str) -> None:
    event = extract_event(lead).event
    assert event.date == date
    assert event.evidence["date"].derived
    assert event.evidence["date"].note


def test_year_from_the_headline_when_the_lead_has_none() -> None:
    title = "Huyện Cam Lâm sơ kết công tác dân vận 6 tháng đầu năm 2020"
    text = title + "\n\nSáng 14/7, Ban Dân vận Huyện ủy Cam Lâm tổ chức hội nghị sơ kết công tác."
    assert extract_event(text, title=title).event.date == "2020-07-14"


def test_target_year_is_not_the_meeting_year() -> None:
    event = extract_event(
        "Sáng 9/10, UBND huyện Bắc Mê tổ chức hội nghị triển khai đề án phát triển du lịch "
        "đến năm 2030."
    ).event
    assert event.date is None


def test_no_year_anywhere_stays_null() -> None:
    event = extract_event(
        "Chiều 3/11, Công an huyện Ea Súp tổ chức hội nghị biểu dương điển hình tiên tiến."
    ).event
    assert event.date is None


# --- 2. honours over past years are statistics -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong giai đoạn qua, 14 tập thể và 22 cá nhân được tặng Bằng khen của UBND tỉnh.",
        "Thời gian qua, 7 tập thể và 11 cá nhân được Bộ Công an tặng Bằng khen.",
        "Từ năm 2016 đến nay, 9 tập thể được tặng Cờ thi đua của UBND tỉnh.",
        "Cũng trong giai đoạn này, 31 cá nhân được tặng Kỷ niệm chương của Trung ương Hội.",
    ],
)
def test_past_passive_honours_are_statistics_not_awards(sentence: str) -> None:
    text = "Sáng 4/5, Hội Nông dân huyện Thọ Xuân tổ chức hội nghị tổng kết. " + sentence
    assert _awards(text) == []
    values = _stat_values(text)
    counts = [int(w) for w in sentence.replace(",", " ").split() if w.isdigit()]
    for value in counts:
        if not 1900 <= value <= 2100:
            assert value in values


def test_past_period_with_at_event_marker_is_a_grant() -> None:
    text = "Dịp này, 4 tập thể và 6 cá nhân có thành tích thời gian qua được tặng Giấy khen."
    assert _awards(text) == [("Giấy khen", None, 4, 6, None)]


def test_active_issuer_over_a_period_stays_a_grant() -> None:
    text = "Qua 5 năm, UBND huyện Tân Kỳ đã tặng giấy khen cho 30 tập thể và 41 cá nhân."
    assert _awards(text) == [("Giấy khen", "UBND huyện Tân Kỳ", 30, 41, None)]


# --- 3. recipients named by their role ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dịp này, Huyện đoàn tặng Giấy khen cho 15 đoàn viên tiêu biểu.",
            ("Giấy khen", "Huyện đoàn", None, 15, None),
        ),
        (
            "Dịp này, Hội Nông dân tỉnh tặng Bằng khen cho 12 hội viên sản xuất giỏi.",
            ("Bằng khen", "Hội Nông dân tỉnh", None, 12, None),
        ),
        (
            "Tại hội nghị, UBND huyện tặng Giấy khen cho 8 trưởng thôn có thành tích xuất sắc.",
            ("Giấy khen", "UBND huyện", None, 8, None),
        ),
        (
            "Tại hội nghị, Công an tỉnh tặng Giấy khen cho 6 công an viên.",
            ("Giấy khen", "Công an tỉnh", None, 6, None),
        ),
        (
            "Nhân dịp này, Tỉnh đoàn tặng Bằng khen cho 9 chi đoàn và 21 đoàn viên.",
            ("Bằng khen", "Tỉnh đoàn", 9, 21, None),
        ),
        (
            "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 5 xã có phong trào tốt.",
            ("Giấy khen", "Chủ tịch UBND huyện", 5, None, None),
        ),
    ],
)
def test_recipients_by_role(sentence: str, expected: tuple[object, ...]) -> None:
    assert _awards(sentence) == [expected]
    assert _stat_values(sentence) == []  # the count is the award's, not a statistic


def test_role_nouns_outside_grants_are_statistics() -> None:
    text = "Toàn huyện hiện có 2.140 hội viên và 37 chi hội."
    assert _awards(text) == []
    assert _stat_values(text) == [2140, 37]


# --- 4. a grant's figures told again ---------------------------------------------------------------


def test_bieu_duong_figures_repeating_the_grant_are_neither_award_nor_statistic() -> None:
    text = (
        "Hội nghị đã tuyên dương 12 tập thể và 19 cá nhân điển hình trong phong trào. "
        "Nhân dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 19 cá nhân."
    )
    assert _awards(text) == [("Giấy khen", "Chủ tịch UBND huyện", 12, 19, None)]
    assert 12 not in _stat_values(text)
    assert 19 not in _stat_values(text)


def test_bieu_duong_without_award_word_alone_is_an_other_award() -> None:
    text = "Hội nghị đã biểu dương 10 tập thể và 14 cá nhân tiêu biểu."
    assert _awards(text) == [("Khác", None, 10, 14, None)]
    assert _stat_values(text) == []


def test_repeated_pair_elsewhere_is_not_a_statistic() -> None:
    text = (
        "Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 3 tập thể và 8 cá nhân. "
        "3 tập thể và 8 cá nhân đều là những điển hình trong phong trào."
    )
    assert 8 not in _stat_values(text)


# --- 5. posts of mass organisations before the name ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Phó Chủ tịch Liên đoàn Lao động huyện Trần Thị Thu Hà báo cáo kết quả.",
            "Trần Thị Thu Hà",
            "Phó Chủ tịch Liên đoàn Lao động huyện",
        ),
        (
            "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Đinh Văn Quý phát biểu.",
            "Đinh Văn Quý",
            "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        ),
        (
            "Chủ tịch Hội Chữ thập đỏ huyện Lương Thị Nga chủ trì.",
            "Lương Thị Nga",
            "Chủ tịch Hội Chữ thập đỏ huyện",
        ),
    ],
)
def test_post_of_a_mass_organisation_before_the_name(sentence: str, name: str, title: str) -> None:
    people = extract_people(sentence)
    assert [(p.name, p.title) for p in people] == [(name, title)]


# --- 6. provincial bodies and the headline name the province -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "province"),
    [("Tỉnh đoàn Quảng Nam", "Quảng Nam"), ("Tỉnh ủy Lạng Sơn", "Lạng Sơn")],
)
def test_provincial_body_names_the_province(phrase: str, province: str) -> None:
    places = find_places(phrase + " tổ chức hội nghị")
    assert [(p.level, p.province) for p in places] == [("province", province)]


def test_province_from_the_headline() -> None:
    title = "Biểu dương 40 thầy thuốc trẻ tiêu biểu tỉnh Phú Yên"
    text = (
        title + "\n\n(PY) - Sáng 3/3/2023, Hội Thầy thuốc trẻ tổ chức lễ biểu dương thầy thuốc "
        "trẻ tiêu biểu."
    )
    event = extract_event(text, title=title).event
    assert event.province == "Phú Yên"
    assert event.evidence["province"].derived


def test_outlet_tag_is_not_a_place() -> None:
    title = "Biểu dương thầy thuốc trẻ"
    text = title + "\n\n(BPY) - Sáng 3/3/2023, Hội Thầy thuốc trẻ tổ chức lễ biểu dương."
    assert extract_event(text, title=title).event.province is None


# --- 7. credit line at the end --------------------------------------------------------------------


def test_credit_line_names_the_source() -> None:
    paragraphs = [
        "Hội nghị tổng kết",
        "Sáng 2/3, UBND xã tổ chức hội nghị.",
        "Theo Báo Hòa Bình",
        "Bình luận",
        "Chia sẻ",
    ]
    found = find_source(paragraphs)
    assert found is not None and found.value == "Báo Hòa Bình"
    assert paragraphs[found.paragraph][found.start : found.end] == "Báo Hòa Bình"


def test_outlet_tag_wins_over_credit_line() -> None:
    paragraphs = ["(HBĐT) - Sáng 2/3, UBND xã tổ chức hội nghị.", "Theo Báo Hòa Bình"]
    found = find_source(paragraphs)
    assert found is not None and found.value == "HBĐT"


@pytest.mark.parametrize("line", ["Theo báo cáo của UBND huyện", "Theo kế hoạch", "Theo ông A"])
def test_prose_starting_with_theo_is_not_a_credit(line: str) -> None:
    assert find_source(["Sáng 2/3, UBND xã tổ chức hội nghị.", line]) is None


# --- known gaps of the first version ----------------------------------------------------------


def test_review_of_n_years_takes_the_body_range_of_that_length() -> None:
    event = extract_event(
        "Sáng 18/4/2024, Huyện ủy Đắk Mil tổ chức hội nghị tổng kết 15 năm thực hiện Nghị "
        "quyết về nông nghiệp. Trong giai đoạn 2009 - 2023, huyện đã xây dựng 45 mô hình."
    ).event
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2009, 2023)
    assert event.evidence["review_period"].derived


def test_review_of_n_years_ends_with_the_meeting_year() -> None:
    event = extract_event(
        "Chiều 9/8, Công an huyện Tuy Phước tổ chức hội nghị tổng kết 5 năm thực hiện đề án.",
        published="2021-08-10",
    ).event
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2017, 2021)


def test_names_listed_after_a_count_are_the_recipients() -> None:
    text = (
        "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể: Công an phường Tân An "
        "và Công an xã Hòa Phú."
    )
    awards, _ = build_awards(find_award_mentions(text))
    assert [(a.collectives, a.recipients) for a in awards] == [
        (2, ["Công an phường Tân An", "Công an xã Hòa Phú"])
    ]


def test_a_list_that_disagrees_with_the_count_names_nobody() -> None:
    text = "Dịp này, UBND huyện tặng Giấy khen cho 5 tập thể: Trường Tiểu học Kim Đồng."
    awards, _ = build_awards(find_award_mentions(text))
    assert [(a.collectives, a.recipients) for a in awards] == [(5, [])]


def test_a_name_runs_past_five_words_in_a_statistic_label() -> None:
    stats = find_statistics("Toàn huyện có 86 Ban Công tác Mặt trận Tổ quốc ở các thôn.")
    assert [(s.value, s.label) for s in stats] == [(86, "Ban Công tác Mặt trận Tổ quốc")]


def test_plain_labels_still_stop_at_five_words() -> None:
    stats = find_statistics("Đã xây dựng 41 mô hình tự quản về an ninh trật tự ở khu dân cư.")
    assert [(s.value, len(s.label.split()) <= 5) for s in stats] == [(41, True)]


def test_truong_hop_is_not_a_school() -> None:
    mentions = find_award_mentions("Dịp này, UBND xã tặng Giấy khen cho 7 trường hợp.")
    assert [m.collectives for m in mentions] == [None]
