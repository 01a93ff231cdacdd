"""Statistics and event numbers: every Vietnamese way of writing a number, near its label."""

from __future__ import annotations

import re

import pytest

from tomtat.check import cross_check
from tomtat.check.facts import NumberAt, build_number_index, gather_facts, number_key
from tomtat.check.values import confusion_evidence, is_date_or_code, spots_of
from tomtat.schemas import ArticleSummary, Severity, Statistic
from tomtat.text.article import Article

from .checkkit import kinds, make_article, make_summary

CAMERAS = (
    "Sáng 31/1, UBND tỉnh tổ chức hội nghị. Mô hình “Camera an ninh” được nhân rộng 73/126 "
    "địa bàn cấp xã, lắp đặt hệ thống camera với 1.131 mắt, 53 đầu thu với số tiền gần 5 tỷ đồng; "
    "tỷ lệ hộ gia đình tham gia đạt 92,5%. Toàn tỉnh có ba trăm hai mươi tổ tự quản. "
    "Năm 2022, lực lượng chức năng phát hiện 48 vụ vi phạm."
)


@pytest.mark.parametrize(
    ("written", "value"),
    [("1.131", 1131), ("5 tỷ", 5_000_000_000), ("92,5%", 92.5), ("73/126", 73), ("73/126", 126)],
)
def test_number_index_reads_vietnamese_forms(written: str, value: float) -> None:
    index = build_number_index(CAMERAS)
    assert value in index
    spans = [CAMERAS[s.start : s.end] for s in index.where(value)]
    assert any(span in written or written in span for span in spans)


@pytest.mark.parametrize(
    ("asked", "written"), [(1131, "1.131"), (1131.0, "1.131"), (92.5, "92,5"), (92.5000001, "92,5")]
)
def test_a_number_is_found_as_an_int_a_float_or_within_a_millionth(
    asked: float, written: str
) -> None:
    index = build_number_index(CAMERAS)
    assert asked in index
    assert [CAMERAS[s.start : s.end] for s in index.where(asked)][-1] == written
    assert number_key(asked) == number_key(float(written.replace(".", "").replace(",", ".")))


def test_number_words_are_indexed() -> None:
    assert 320 in build_number_index(CAMERAS)
    assert 6 in build_number_index("Có sáu xã đạt chuẩn.")


def _stats(*items: tuple[str, float]) -> ArticleSummary:
    return make_summary(statistics=[{"label": label, "value": value} for label, value in items])


def test_statistics_in_every_form_are_supported() -> None:
    summary = _stats(
        ("mắt camera", 1131),
        ("số tiền lắp đặt camera", 5_000_000_000),
        ("tỷ lệ hộ gia đình tham gia", 92.5),
        ("địa bàn cấp xã nhân rộng mô hình Camera an ninh", 73),
        ("địa bàn cấp xã", 126),
        ("tổ tự quản", 320),
        ("vụ vi phạm", 48),
    )
    checked = cross_check(make_article(CAMERAS), summary)
    assert checked.checks == []


def test_statistic_not_in_the_text_is_an_error() -> None:
    checked = cross_check(make_article(CAMERAS), _stats(("tổ tuần tra nhân dân", 1132)))
    assert kinds(checked.checks) == [("unsupported_number", "statistics[0].value")]
    assert checked.checks[0].severity is Severity.ERROR


def test_statistic_the_text_gives_another_value_is_a_mismatch() -> None:
    checked = cross_check(make_article(CAMERAS), _stats(("mắt camera", 1132)))
    assert kinds(checked.checks) == [("mismatch", "statistics[0].value")]
    assert (checked.checks[0].value, checked.checks[0].text_value) == (1132, 1131)
    assert checked.checks[0].severity is Severity.ERROR


def test_unscaled_money_is_not_supported() -> None:
    # "5 tỷ" is 5e9, never 5e6
    checked = cross_check(make_article(CAMERAS), _stats(("số tiền lắp đặt camera", 5_000_000)))
    assert [(f.path, f.severity) for f in checked.checks] == [
        ("statistics[0].value", Severity.ERROR)
    ]
    assert checked.checks[0].kind.value in ("mismatch", "unsupported_number")


def test_statistic_written_only_far_from_its_label_is_doubtful() -> None:
    # 53 is written (đầu thu), but nowhere near patrols
    checked = cross_check(make_article(CAMERAS), _stats(("lượt tuần tra", 53)))
    assert kinds(checked.checks) == [("unsupported_number", "statistics[0].value")]
    assert checked.checks[0].severity is Severity.WARNING


def test_statistic_taking_a_neighbours_number_is_caught() -> None:
    # 53 is written, right before "đầu thu"; the text gives 48 violations
    checked = cross_check(make_article(CAMERAS), _stats(("vụ vi phạm", 53)))
    assert kinds(checked.checks) == [("mismatch", "statistics[0].value")]
    assert checked.checks[0].text_value == 48
    # and a value written in the same sentence as the label, but next to another noun
    checked = cross_check(make_article(CAMERAS), _stats(("mắt camera", 53)))
    assert [f.path for f in checked.checks] == ["statistics[0].value"]


def test_event_date_must_be_written() -> None:
    article = make_article(CAMERAS)
    good = make_summary(event={"date": "2023-01-31", "review_period": {"start": 2022, "end": 2022}})
    assert cross_check(article, good).checks == []
    bad = make_summary(event={"date": "2023-01-30"})
    assert kinds(cross_check(article, bad).checks) == [("unsupported_number", "event.date")]


def test_inferred_review_year_is_only_a_note(
    ceremony: Article, ceremony_summary: ArticleSummary
) -> None:
    summary = ceremony_summary.model_copy(deep=True)
    summary.event.review_period = make_summary(
        event={"review_period": {"start": 2019, "end": 2023}}
    ).event.review_period
    checked = cross_check(ceremony, summary)
    assert kinds(checked.checks) == [("unsupported_number", "event.review_period.start")]
    assert checked.checks[0].severity is Severity.INFO


def test_derived_event_date_is_only_a_note() -> None:
    article = make_article("Chiều nay, UBND huyện Bảo Lâm tổ chức hội nghị tổng kết.")
    summary = make_summary(
        event={"date": "2024-01-09", "evidence": {"date": {"quote": "Chiều nay", "derived": True}}}
    )
    checked = cross_check(article, summary)
    assert [(f.path, f.severity) for f in checked.checks] == [("event.date", Severity.INFO)]


SHARES = (
    "Sáng 9/12, UBND huyện tổ chức hội nghị tổng kết. Toàn huyện có 412/430 (trên 95%) tổ dân "
    "phố đạt danh hiệu văn hóa; 12/12 xã và 12 xã đạt chuẩn. Trong số đại biểu, ngành y tế, "
    "giáo dục chiếm 41,5 %; ngành nông nghiệp chiếm 20,3 % và các ngành khác chiếm 38,2 %. "
    "Tỷ lệ hộ dùng nước sạch đạt bình quân gần 87%. Dịp này, huyện tặng 40 suất quà "
    "(500 nghìn đồng/suất) cho hộ nghèo. Năm 2024, 7 thôn được công nhận thôn văn hóa, "
    "huy động 2.150 triệu đồng. Quyết định 1520/QĐ-UBND ngày 19.8.2024 công nhận 9 trường."
)


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("tổ dân phố đạt danh hiệu văn hóa", 412, None),
        ("tổ dân phố", 430, None),
        ("tỷ lệ tổ dân phố đạt danh hiệu văn hóa", 95, "%"),
        ("đại biểu ngành y tế, giáo dục", 41.5, "%"),
        ("đại biểu ngành nông nghiệp", 20.3, "%"),
        ("đại biểu các ngành khác", 38.2, "%"),
        ("tỷ lệ hộ dùng nước sạch", 87, "%"),
        ("giá trị mỗi suất quà", 500_000, "đồng"),
        ("thôn được công nhận thôn văn hóa", 7, None),
    ],
)
def test_paraphrased_label_of_a_figure_stated_in_its_clause_is_supported(
    label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    assert cross_check(make_article(SHARES), summary).checks == []


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("trường được công nhận", 2024),  # a year
        ("trường được công nhận", 1520),  # a document number
        ("trường được công nhận", 19),  # the day of a date
        ("số tiền huy động", 2150),  # "2.150 triệu" is 2,150,000,000
    ],
)
def test_dates_document_numbers_and_unscaled_digits_support_no_statistic(
    label: str, value: float
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value}])
    checked = cross_check(make_article(SHARES), summary)
    assert kinds(checked.checks) == [("unsupported_number", "statistics[0].value")]


def test_one_written_figure_states_one_statistic() -> None:
    # "12/12 xã và 12 xã": three twelves, each label one; a label that takes a figure the
    # clause gives to another statistic of the summary is caught
    text = (
        "Năm qua, 2 tập thể được tặng Huân chương Lao động hạng Ba; 5 tập thể được tặng Cờ thi "
        "đua của Chính phủ."
    )
    good = make_summary(
        statistics=[
            {"label": "tập thể được tặng Huân chương Lao động hạng Ba", "value": 2},
            {"label": "tập thể được tặng Cờ thi đua của Chính phủ", "value": 5},
        ]
    )
    assert cross_check(make_article(text), good).checks == []
    bad = good.model_copy(deep=True)
    bad.statistics[1].value = 2
    assert kinds(cross_check(make_article(text), bad).checks) == [
        ("unsupported_number", "statistics[1].value")
    ]
    twelves = make_summary(
        statistics=[
            {"label": "xã đạt chuẩn", "value": 12},
            {"label": "xã", "value": 12},
        ]
    )
    assert cross_check(make_article(SHARES), twelves).checks == []


def test_event_date_on_the_first_day_of_a_written_range_is_supported() -> None:
    article = make_article("Ngày 01-02/4/2024, tại Hà Nội, Trung ương Hội tổ chức hội nghị.")
    summary = make_summary(event={"date": "2024-04-01"})
    assert cross_check(article, summary).checks == []


CONTEST = (
    "Sáng 12/6, Sở Giáo dục tổ chức hội nghị tổng kết năm học. Học sinh của tỉnh đạt 4 giải "
    "Nhất, 9 giải Nhì và 17 giải Khuyến khích cấp quốc gia; có 6 trường, 21 giáo viên có thành "
    "tích xuất sắc trong năm học được Bộ trưởng Bộ Giáo dục tặng Bằng khen."
)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("giải Nhất cấp quốc gia", 4),
        ("giải Nhì cấp quốc gia", 9),
        ("giải Khuyến khích cấp quốc gia", 17),
        ("trường được Bộ trưởng tặng Bằng khen", 6),
        ("giáo viên được Bộ trưởng tặng Bằng khen", 21),
    ],
)
def test_each_item_of_a_list_and_a_shared_predicate_support_their_figure(
    label: str, value: int
) -> None:
    checked = cross_check(make_article(CONTEST), _stats((label, value)))
    assert [f for f in checked.checks if f.path.startswith("statistics")] == []


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("giải Khuyến khích cấp quốc gia", 9),
        ("giải Nhì cấp quốc gia", 4),
        ("giải Khuyến khích cấp quốc gia", 4),
    ],
)
def test_a_figure_does_not_take_the_words_of_the_next_item_of_a_list(
    label: str, value: int
) -> None:
    checked = cross_check(make_article(CONTEST), _stats((label, value)))
    paths = [f.path for f in checked.checks if f.path.startswith("statistics")]
    assert paths == ["statistics[0].value"]


DELEGATES = (
    "Sáng 3/10, tỉnh khai mạc đại hội thi đua yêu nước với 1.250 đại biểu; đại biểu khối "
    "doanh nghiệp chiếm 28,4 %, khối sự nghiệp chiếm 35 phần trăm."
)


@pytest.mark.parametrize(
    ("label", "value", "unit", "supported"),
    [
        ("đại biểu khối doanh nghiệp", 28.4, "%", True),
        ("đại biểu khối sự nghiệp", 35, "%", True),
        ("số đại biểu khối sự nghiệp", 35, "%", True),
        ("tỷ lệ đại biểu thuộc khối sự nghiệp", 35, "%", True),
        ("đại biểu khối doanh nghiệp", 1250, "%", False),
        ("đại biểu dự đại hội", 1250, None, True),
    ],
)
def test_a_rate_stands_only_on_a_figure_written_as_a_rate(
    label: str, value: float, unit: str | None, supported: bool
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    checked = cross_check(make_article(DELEGATES), summary)
    assert (not checked.checks) is supported


MEDIATION = (
    "Chiều 8/11, huyện tổng kết công tác hòa giải. Năm qua, các xã thành lập mới 35 tổ hòa "
    "giải; đến nay toàn huyện có 96 tổ hòa giải cơ sở (Long Hưng 41, Tân Phú 23, Mỹ An 32)."
)


@pytest.mark.parametrize(
    ("label", "value", "supported"),
    [
        ("tổ hòa giải cơ sở Tân Phú", 23, True),
        ("tổ hòa giải cơ sở Long Hưng", 41, True),
        ("tổ hòa giải thành lập mới", 35, True),
        ("tổ hòa giải cơ sở toàn huyện", 96, True),
        ("tổ hòa giải cơ sở Tân Phú", 35, False),
        ("tổ hòa giải cơ sở Mỹ An", 96, False),
        ("tổ hòa giải cơ sở Mỹ An", 41, False),
        ("tổ hòa giải cơ sở Long Hưng", 23, False),
    ],
)
def test_a_part_named_by_a_breakdown_takes_the_figure_written_beside_its_name(
    label: str, value: int, supported: bool
) -> None:
    checked = cross_check(make_article(MEDIATION), _stats((label, value)))
    assert (not checked.checks) is supported


SEIZURE = (
    "Sáng 5/4, Công an huyện tổng kết chuyên án. Lực lượng chức năng bắt giữ 4 đối tượng, "
    "thu giữ 3 xe máy cùng 45 kg pháo nổ và 2,5 ha đất lấn chiếm được trả lại."
)


@pytest.mark.parametrize(
    ("label", "value", "unit", "supported"),
    [
        ("pháo nổ thu giữ", 45, "kg", True),
        ("đất lấn chiếm được trả lại", 2.5, "ha", True),
        ("xe máy thu giữ", 3, None, True),
        ("xe máy thu giữ", 45, None, False),
        ("pháo nổ thu giữ", 45, "tấn", False),
        ("đối tượng bị bắt giữ", 4, "kg", False),
    ],
)
def test_a_measure_stands_only_on_a_figure_written_in_its_unit(
    label: str, value: float, unit: str | None, supported: bool
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    checked = cross_check(make_article(SEIZURE), summary)
    assert (not checked.checks) is supported


REORDERED = (
    "Chiều 14/11, Ban CHQS huyện tổng kết công tác quốc phòng. Năm qua, huyện tổ chức diễn "
    "tập phòng chống thiên tai tại 9 xã, an toàn tuyệt đối. Dân số toàn xã khoảng 18 nghìn "
    "người. Thanh niên lên đường nhập ngũ là 126 người, đạt 105% chỉ tiêu giao. Lực lượng "
    "dân quân tuần tra 312 lượt, bắt giữ 7 vụ gồm 11 đối tượng."
)


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("xã diễn tập phòng chống thiên tai", 9, None),  # noun after, the rest before
        ("dân số", 18_000, None),  # a counter after, the label before
        ("thanh niên lên đường nhập ngũ", 126, None),
        ("đạt chỉ tiêu giao", 105, "%"),  # the verb before, its object after
    ],
)
def test_a_label_the_clause_writes_around_its_figure_in_another_order_is_supported(
    label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    assert cross_check(make_article(REORDERED), summary).checks == []


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("xã diễn tập phòng chống thiên tai", 126),  # a figure of another clause
        ("đối tượng bị bắt giữ", 7),  # the figure's noun (vụ) counts cases, not persons
        ("thanh niên lên đường nhập ngũ", 312),  # "lượt" counts what its own clause names
    ],
)
def test_a_figure_whose_clause_names_another_fact_does_not_state_the_label(
    label: str, value: float
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value}])
    found = cross_check(make_article(REORDERED), summary).checks
    assert [f.path for f in found if f.severity is not Severity.INFO] == ["statistics[0].value"]


TIMES = (
    "Sáng 10/9, Kho bạc tỉnh kỷ niệm 30 năm thành lập. Từ mức chi chỉ hơn 200 tỷ đồng năm "
    "đầu, năm nay kho bạc ước chi 9.000 tỷ đồng, tăng gần 45 lần so với mức chi năm 1995. "
    "Toàn ngành có 12 kho bạc huyện, mỗi năm tập huấn 3 tháng cho cán bộ mới."
)


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("mức tăng mức chi so với năm 1995", 45, "lần"),
        ("thời gian tập huấn cán bộ mới mỗi năm", 3, "tháng"),
    ],
)
def test_a_unit_in_words_after_the_figure_is_its_unit(label: str, value: float, unit: str) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    assert cross_check(make_article(TIMES), summary).checks == []


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("mức tăng mức chi so với năm 1995", 12, "lần"),  # 12 is written, not as "lần"
        ("mức tăng mức chi so với năm 1995", 45, "tháng"),  # the wrong unit
        ("thời gian tập huấn cán bộ mới mỗi năm", 45, "lần"),  # another fact's figure
    ],
)
def test_a_figure_not_written_in_the_statistics_unit_of_words_is_reported(
    label: str, value: float, unit: str
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    found = cross_check(make_article(TIMES), summary).checks
    assert [f.path for f in found if f.severity is not Severity.INFO] == ["statistics[0].value"]


def test_a_figure_whose_words_the_cut_that_ends_the_text_took_is_a_note() -> None:
    text = "Sáng 9/3, xã tổ chức ngày hội. Dịp này, xã tặng quà cho 12 hộ nghèo (500 nghìn đồ"
    summary = make_summary(
        statistics=[{"label": "giá trị mỗi suất quà", "value": 500_000, "unit": "đồng"}]
    )
    found = cross_check(make_article(text), summary).checks
    assert [f.severity for f in found] == [Severity.INFO]
    # a figure written whole before the cut is judged as anywhere else
    summary = make_summary(statistics=[{"label": "giá trị mỗi suất quà", "value": 12}])
    found = cross_check(make_article(text), summary).checks
    assert [f.severity for f in found] == [Severity.WARNING]


COUNTERS = (
    "Sáng 5/1, Công an huyện tổng kết năm 2025. Trong năm, trên địa bàn xảy ra 41 vụ cháy nhà "
    "dân làm hư hỏng 12 căn nhà, giảm 9 vụ và giảm 3 căn so với năm trước; phát hiện 17 vụ vi "
    "phạm môi trường."
)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("giảm số vụ cháy nhà dân", 9),
        ("vụ cháy nhà dân", 41),
        ("giảm số căn nhà", 3),
        ("giảm số căn nhà so với năm trước", 3),  # the list's shared tail is the item's too
    ],
)
def test_a_counter_counts_again_what_it_named_earlier_in_its_sentence(
    label: str, value: float
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value}])
    assert cross_check(make_article(COUNTERS), summary).checks == []


@pytest.mark.parametrize(
    ("label", "value"),
    [("giảm số vụ cháy nhà dân", 3), ("giảm số vụ vi phạm môi trường", 9)],
)
def test_a_counter_of_another_noun_or_clause_does_not_state_the_label(
    label: str, value: float
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value}])
    found = cross_check(make_article(COUNTERS), summary).checks
    assert [f.path for f in found if f.severity is not Severity.INFO] == ["statistics[0].value"]


SECTOR = (
    "Sáng 20/12, Cục Thuế tỉnh sơ kết năm. Toàn tỉnh thu 9.300 tỷ đồng. Trong đó ngành Thuế "
    "thu 8.450 tỷ đồng. Trước yêu cầu của tỉnh, phấn đấu vượt kế hoạch từ 700 tỷ đồng trở "
    "lên, ngành đã nhân rộng 21 mô hình thu thuế điện tử (Tân Phú 12, Long Hưng 9)."
)


@pytest.mark.parametrize(
    ("label", "value", "unit", "supported"),
    [
        # the sector's capitalised name is no part: the finder's "ngành Thuế thu" is no
        # sibling of a fact that opens with another word
        ("vượt kế hoạch thu của ngành Thuế", 700_000_000_000, "đồng", True),
        ("mô hình Long Hưng", 9, None, True),
        ("mô hình Long Hưng", 12, None, False),  # the sibling part's figure
    ],
)
def test_only_a_sibling_part_of_the_same_head_reads_a_figure_as_another_fact(
    label: str, value: float, unit: str | None, supported: bool
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    found = cross_check(make_article(SECTOR), summary).checks
    assert (not [f for f in found if f.severity is not Severity.INFO]) is supported, found


SPORTS = (
    "Sáng 28/12, Sở Văn hóa tổng kết năm. Thể thao thành tích cao tham gia 18 giải, giành "
    "64 huy chương, đạt 128% kế hoạch; 35 vận động viên, 140% số dự kiến, được phong cấp."
)


@pytest.mark.parametrize(
    ("label", "value", "supported"),
    [
        ("đạt kế hoạch huy chương", 128, True),  # the linking verb's subject before it
        # another clause's noun, but that clause's figure is a count, not a rate: no other
        # rate is stated for the fact, so a label in other words is only noted
        ("đạt kế hoạch giải đấu", 128, True),
        ("vận động viên được phong cấp so với dự kiến đạt kế hoạch", 140, False),
    ],
)
def test_a_linking_verbs_figure_takes_the_words_of_the_clause_it_predicates(
    label: str, value: float, supported: bool
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": "%"}])
    found = cross_check(make_article(SPORTS), summary).checks
    assert (not [f for f in found if f.severity is not Severity.INFO]) is supported, found


SOLVED = (
    "Sáng 10/1, Công an huyện tổng kết năm. Trên địa bàn xảy ra 24 vụ phạm pháp hình sự, "
    "giảm 3 vụ so với cùng kỳ; điều tra làm rõ 21 vụ, đạt 87,5%. Tai nạn giao thông làm "
    "chết 6 người."
)


@pytest.mark.parametrize(
    ("label", "supported"),
    [
        ("tỷ lệ điều tra làm rõ vụ phạm pháp hình sự", True),  # the counter's first telling
        ("tỷ lệ điều tra làm rõ", True),  # "tỷ lệ" names the kind of figure, "%" writes it
        # another sentence's noun, or a later telling of another fact, whose figures are
        # counts: the text states no other rate for the label, which is only noted
        ("tỷ lệ điều tra làm rõ vụ tai nạn giao thông", True),
        ("tỷ lệ giảm vụ phạm pháp so với cùng kỳ", True),
    ],
)
def test_a_rate_after_a_count_takes_what_the_counts_counter_first_named(
    label: str, supported: bool
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": 87.5, "unit": "%"}])
    found = cross_check(make_article(SOLVED), summary).checks
    assert (not [f for f in found if f.severity is not Severity.INFO]) is supported, found


CLINICS = (
    "Sáng 9/1, Sở Y tế tổng kết năm. Tổng số lượt tiêm chủng tại tuyến xã là 12.408, đạt "
    "97,3%; tổng số lượt khám tại tuyến huyện là 20.115, đạt 88,6%. Toàn tỉnh có 412 "
    "tổ dân phố tổ chức lễ mít tinh (chiếm 64,2%), 230 tổ dân phố tổ chức hội thi (chiếm 35,8%). "
    "Về án hành chính, tòa thụ lý 214 vụ, đã xét xử 198 vụ. Số vụ trộm cắp giảm 12,5% so với "
    "tháng 9. Hai nhóm cho vay với lãi suất lên tới 365%/năm bị triệt phá. Dịp này, Hội Chữ thập "
    "đỏ đã trao 150 triệu đồng cho huyện Kim Sơn để hỗ trợ các hộ bị sạt lở đất; ngoài ra trao "
    "40 triệu đồng học bổng cho học sinh nghèo."
)


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        # a stop or comma inside a figure ("12.408", "97,3") ends no clause
        ("tỷ lệ tiêm chủng tuyến xã", 97.3, "%"),
        ("tỷ lệ khám tại tuyến huyện", 88.6, "%"),
        # a share in parentheses restates the item before the parenthesis
        ("tỷ lệ tổ dân phố tổ chức lễ mít tinh", 64.2, "%"),
        ("tỷ lệ tổ dân phố tổ chức hội thi", 35.8, "%"),
        # the topic opening the sentence names what its figures count
        ("án hành chính thụ lý", 214, None),
        ("án hành chính đã xét xử", 198, None),
        # a rate per period is written with its "%"
        ("lãi suất cho vay", 365, "%/năm"),
        # an amount's purpose written after it
        ("tiền hỗ trợ các hộ bị sạt lở đất", 150_000_000, "đồng"),
    ],
)
def test_a_label_written_around_its_figure_across_figures_parentheses_and_topics_is_supported(
    label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    assert cross_check(make_article(CLINICS), summary).checks == []


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("tỷ lệ tổ dân phố tổ chức lễ mít tinh", 35.8, "%"),  # the other item's share
        ("án hành chính thụ lý", 198, None),  # the topic's other figure
        ("số vụ trộm cắp", 9, None),  # "tháng 9" names a month, not nine cases
        ("tiền hỗ trợ các hộ bị sạt lở đất", 40_000_000, "đồng"),  # another amount's purpose
    ],
)
def test_a_figure_of_another_item_month_or_amount_is_still_doubted(
    label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    found = cross_check(make_article(CLINICS), summary).checks
    assert [(f.path, f.severity) for f in found] == [("statistics[0].value", Severity.WARNING)]


BREAKDOWN = (
    "Chiều 3/4, hội đồng chọn ra 40 Thanh niên tiêu biểu. Trong đó có 25 nam, 15 nữ. "
    "Năm qua, số án bị hủy là 15 vụ, chiếm 2,1%; sửa 27 vụ, chiếm 3,8%. Toàn xã có 60 hộ "
    "nuôi bò, 18 hộ trồng cam."
)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("thanh niên tiêu biểu nữ", 15),  # the part after its whole, read "nữ"
        ("thanh niên tiêu biểu nam", 25),
        ("án bị sửa", 27),  # the clause leaves its subject unsaid: read "vụ sửa"
    ],
)
def test_a_figure_the_finder_reads_in_other_words_is_only_a_note(label: str, value: float) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value}])
    found = cross_check(make_article(BREAKDOWN), summary).checks
    assert all(f.severity is Severity.INFO for f in found), found


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("thanh niên tiêu biểu nữ", 25),  # the sibling part's figure
        ("án bị sửa", 15),  # the other item's figure
        ("lượt hộ đăng ký trồng cam", 60),  # a lone shared noun ("hộ") reads no fact
    ],
)
def test_a_figure_of_a_sibling_or_a_lone_shared_noun_still_warns(label: str, value: float) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value}])
    found = cross_check(make_article(BREAKDOWN), summary).checks
    assert [f.severity for f in found] == [Severity.WARNING], found


@pytest.mark.parametrize(
    ("text", "label", "value", "doubted"),
    [
        # counted per month: "mỗi tháng 3 buổi" is three sessions, not March
        (
            "Mỗi tháng 3 buổi sinh hoạt chuyên đề được duy trì ở các chi đoàn.",
            "buổi sinh hoạt chuyên đề mỗi tháng",
            3,
            False,
        ),
        (
            "Hằng tháng 2 lần kiểm tra được thực hiện tại các chợ.",
            "lần kiểm tra hằng tháng",
            2,
            False,
        ),
        # the month itself stays a month, not a count
        ("Trong tháng 5, đội xử lý nhiều vụ vi phạm giao thông.", "số vụ vi phạm", 5, True),
    ],
)
def test_a_figure_after_a_month_is_a_month_unless_counted_per_month(
    text: str, label: str, value: int, doubted: bool
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": None}])
    found = cross_check(make_article(text), summary).checks
    assert bool(found) is doubted, found


CHASE = (
    "Sáng 14/3, Công an xã Phú Lâm tổ chức lễ tuyên dương. Khi nghe tiếng kêu cứu, anh Lò Văn "
    "Tám đã chạy bộ bám theo kẻ gian khoảng 350 m rồi khống chế hắn. Chiếc xe máy bị lấy mất, "
    "trị giá 28 triệu đồng, đã được trả lại cho chủ. Có mặt tại buổi lễ có 17 cụ là trưởng các "
    "chi hội người cao tuổi. Trong 3 năm qua, xã đã hỗ trợ 40 hộ trồng lúa và 12 hộ nuôi cá. "
    "Lực lượng dân phòng của xã đã tuần tra 260 lượt. Buổi lễ kết thúc lúc 08:45 cùng ngày."
)


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("quãng đường bám theo", 350, "m"),  # a measure told in other words
        ("giá trị tài sản thu hồi", 28_000_000, "đồng"),
        ("trưởng chi hội người cao tuổi tham dự", 17, None),  # "cụ" counts the persons
    ],
)
def test_a_value_written_once_under_a_label_in_other_words_is_only_a_note(
    label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    found = cross_check(make_article(CHASE), summary).checks
    assert all(f.severity is Severity.INFO for f in found), found


@pytest.mark.parametrize(
    ("label", "value", "unit"),
    [
        ("lượt tuần tra của dân phòng", 17, None),  # the label's words stand next to 260
        ("hộ nuôi cá được hỗ trợ", 40, None),  # "nuôi cá" is 12's item
        ("hộ được hỗ trợ", 14, None),  # written only as the day of a date
        ("cụ cao tuổi được hỗ trợ", 3, None),  # written only as a span of years
        ("hộ được hỗ trợ", 28, None),  # the digits of "28 triệu", an amount
        ("lượt kiểm tra", 45, None),  # written only in a time of day
        ("hộ được hỗ trợ", 350, None),  # written only as a distance
    ],
)
def test_a_value_written_away_from_its_label_warns_on_evidence_of_another_fact(
    label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    found = cross_check(make_article(CHASE), summary).checks
    assert [f.path for f in found] == ["statistics[0].value"], found
    assert found[0].severity in (Severity.WARNING, Severity.ERROR)


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("Ngày 12/12, hội đồng thi đua họp.", True),  # the month of a day and month
        ("Hội nghị dự kiến vào ngày 5-6 tới.", True),
        ("Toàn xã có 4/6 thôn đạt chuẩn.", False),  # a share, no date
    ],
)
def test_the_month_of_a_day_and_month_is_a_date(text: str, is_date: bool) -> None:
    month = re.search(r"(?<=[/-])\d+", text)
    assert month is not None
    spot = NumberAt(float(month.group()), month.start(), month.end())
    assert is_date_or_code(text, spot) is is_date


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("Nhân dịp Xuân Bính Ngọ 2026, Công an huyện thăm hỏi các gia đình.", True),
        ("Dịp Tết Nguyên đán Giáp Thìn 2024, 6 tập thể được khen thưởng.", True),
        ("Huyện đoàn tổng kết hoạt động hè 2022 ở các xã.", True),
        ("Hội có 2024 hội viên ở 12 chi hội.", False),  # a count of members
        ("Đã có 1950 lượt người tham gia ngày hội.", False),
        ("Sau vụ Xuân 2030 ha lúa đã thu hoạch xong.", False),  # a unit after: no year
    ],
)
def test_a_year_after_a_season_or_a_lunar_year_name_is_a_date(text: str, is_date: bool) -> None:
    year = re.search(r"(?:19|20)\d\d", text)
    assert year is not None
    spot = NumberAt(float(year.group()), year.start(), year.end())
    assert is_date_or_code(text, spot) is is_date


@pytest.mark.parametrize(
    "text",
    ["Trong vụ Hè 2.040 ha ngô được trồng mới.", "Dịp Tết 2.040 phần quà được trao tận tay."],
)
def test_a_figure_with_a_thousands_dot_after_a_season_is_no_year(text: str) -> None:
    figure = re.search(r"2\.040", text)
    assert figure is not None
    spot = NumberAt(2040.0, figure.start(), figure.end())
    assert is_date_or_code(text, spot) is False


def test_a_count_of_comrades_is_no_amount_of_money() -> None:
    # "đồng chí" after a figure counts people; "đồng" alone is money, of another kind
    stat = Statistic(label="đại biểu tham dự", value=37)
    comrades = gather_facts(
        make_article("Sáng 9/4/2024, Hội nghị có 37 đồng chí đại biểu tham dự tại xã Ia Mơr.\n")
    )
    assert confusion_evidence(stat, comrades, spots_of(stat, comrades)) is None
    money = gather_facts(
        make_article("Sáng 9/4/2024, xã Ia Mơr chi 37 đồng cho mỗi đại biểu tham dự.\n")
    )
    assert confusion_evidence(stat, money, spots_of(stat, money)) == (
        "it is written only as a date, a code, or a figure of another kind"
    )


PERMITS = (
    "Sáng 8/1, Sở Xây dựng tổng kết năm. Toàn tỉnh cấp 320 giấy phép xây dựng, đạt 96% kế "
    "hoạch; thẩm định 45 dự án, giảm 8 dự án. Tỷ lệ đô thị hóa đạt 41,5%, tăng so với năm trước."
)


@pytest.mark.parametrize(
    ("label", "alarm"),
    [
        # the label's words stand at another rate: the text states another figure for it
        ("tỷ lệ đô thị hóa", True),
        # the label's words stand only at counts ("thẩm định 45 dự án"): another measure,
        # no other rate for the fact; a label in other words is only noted
        ("tỷ lệ thẩm định dự án đạt kế hoạch", False),
    ],
)
def test_only_a_figure_of_the_same_measure_is_a_rival_of_a_rate(label: str, alarm: bool) -> None:
    summary = make_summary(statistics=[{"label": label, "value": 96, "unit": "%"}])
    found = cross_check(make_article(PERMITS), summary).checks
    assert bool([f for f in found if f.severity is not Severity.INFO]) is alarm, found
    assert found, "a value whose words stand elsewhere is at least noted"


@pytest.mark.parametrize(
    ("text", "label", "value", "unit"),
    [
        (
            "Sáng 3/5, UBND xã Lộc Điền họp. Trong vụ Hè 2.040 ha ngô được trồng mới.",
            "ngô",
            2040,
            "ha",
        ),
        (
            "Sáng 3/5, Hội Chữ thập đỏ xã Lộc Điền họp. Dịp Tết 2.040 phần quà đã được trao.",
            "phần quà",
            2040,
            None,
        ),
    ],
)
def test_a_right_figure_after_a_season_raises_nothing(
    text: str, label: str, value: float, unit: str | None
) -> None:
    summary = make_summary(statistics=[{"label": label, "value": value, "unit": unit}])
    found = cross_check(make_article(text), summary).checks
    assert [f for f in found if f.severity is not Severity.INFO] == [], found


def test_a_number_in_the_name_the_label_gives_is_no_rival_figure() -> None:
    text = (
        "Hội nghị của Cụm thi đua số 3\n\n"
        "Ngày 10/11, Công an 6 tỉnh (Hòa Phong, Kim Sơn, Tam Nông, Bình Lâm, Sơn Mỹ, Tân Lạc) "
        "thuộc Cụm thi đua số 3 họp bàn giao ước thi đua năm 2025."
        "\n\nNăm qua, lực lượng công an triệt phá 45 đường dây ma túy."
    )
    article = make_article(text, title="Hội nghị của Cụm thi đua số 3")
    summary = make_summary(
        statistics=[{"label": "Công an tỉnh trong Cụm thi đua số 3", "value": 6}]
    )
    assert [
        f for f in cross_check(article, summary).checks if f.severity is not Severity.INFO
    ] == []


def test_a_rival_figure_outside_the_labels_name_still_counts() -> None:
    text = (
        "Ngày 10/11, Cụm thi đua số 3 tổ chức hội nghị tổng kết.\n\nNăm qua, lực lượng Công an "
        "các tỉnh triệt phá 45 đường dây ma túy.\n\nTrong năm, các tỉnh trong cụm đã xử lý 30 "
        "vụ khác."
    )
    summary = make_summary(
        statistics=[{"label": "đường dây ma túy Công an các tỉnh triệt phá", "value": 30}]
    )
    found = cross_check(make_article(text), summary).checks
    assert ("unsupported_number", "statistics[0].value") in kinds(
        [f for f in found if f.severity is Severity.WARNING]
    )


def test_a_unit_glued_to_its_figure_is_the_statistics_unit() -> None:
    text = (
        "Chiều 4/8, Công an huyện Tân Lạc bắt một người vận chuyển 80g ma túy đá trên xe khách."
        "\n\nỞ nhà người này, công an thu giữ thêm 2,5g heroin."
    )
    summary = make_summary(
        statistics=[
            {"label": "ma túy đá vận chuyển", "value": 80, "unit": "g"},
            {"label": "heroin thu giữ thêm", "value": 2.5, "unit": "g"},
        ]
    )
    found = cross_check(make_article(text), summary).checks
    assert [f for f in found if f.severity is not Severity.INFO] == []


def test_a_glued_unit_of_another_measure_is_not_the_statistics_unit() -> None:
    text = "Chiều 4/8, Công an huyện Tân Lạc thu giữ 80kg pháo nổ và 3 xe máy."
    summary = make_summary(statistics=[{"label": "pháo nổ thu giữ", "value": 80, "unit": "g"}])
    found = cross_check(make_article(text), summary).checks
    assert ("unsupported_number", "statistics[0].value") in kinds(
        [f for f in found if f.severity is Severity.WARNING]
    )
