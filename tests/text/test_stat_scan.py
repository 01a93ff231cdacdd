"""The statistics finder reads a text the same whichever way its scans run (lower-cased copy
or case-insensitive patterns on the text itself)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tomtat.text.award_mentions import PRAISE_VERB_RE
from tomtat.text.figures import number_led_matches
from tomtat.text.lowered import lowered, split_alternatives
from tomtat.text.segment import iter_sentences
from tomtat.text.stat_scan import (
    _COMMENDED_LOW,
    _COMMENDED_WORDS,
    _GLUED_OPENINGS,
    _GLUED_UNITS,
    _PAIR_RE,
    _PAIR_TAIL,
    _RATIO_RE,
    _SPLIT_TOTAL_RE,
    _SPLIT_TOTAL_TAILS,
    _SUM_HINT,
    _SUM_RE,
    _commended_low,
    _may_glue_a_unit,
    _pair_matches,
    _praising_sentences,
    _ratio_matches,
    _run_start,
    find_statistics,
)
from tomtat.text.vocab import COMMENDATION_VERBS

TEXTS = [
    "Dịp này, UBND huyện TUYÊN DƯƠNG 33 thanh niên tiêu biểu; 10 năm qua, 38 tập thể được "
    "tặng Bằng khen. Toàn huyện có 1.250 hộ gia đình và HAI TRĂM BA MƯƠI tổ tự quản.",
    "Hội nghị đã Biểu Dương 24 tập thể và 37 cá nhân. Khen thưởng 61 điển hình, gồm 24 tập "
    "thể, 37 cá nhân. Năm qua, lực lượng chức năng phát hiện 45 vụ, bắt 120 đối tượng.",
    "Chiều 5/1, huyện khen thưởng 20 tập thể, 21 cá nhân; 17 đồng chí được nhận Huy chương "
    "Chiến sĩ vẻ vang. Tỷ lệ hộ nghèo giảm còn 2,5%; 46 tập thể và cá nhân được vinh danh.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_statistics_are_the_same_on_the_lowered_copy_and_on_the_text(text: str) -> None:
    # a final "ı" makes lowered() refuse the text, so every scan runs on the text itself
    refused = text + " ı"
    assert lowered(text) is not None and lowered(refused) is None
    assert find_statistics(text) == find_statistics(refused)


def test_statistics_finder_still_drops_commended_counts_written_in_capitals() -> None:
    stats = find_statistics(TEXTS[0])
    values = {s.value for s in stats}
    assert 33 not in values  # "TUYÊN DƯƠNG 33 thanh niên": a grant, not a statistic
    assert 1250 in values


def test_commended_prefilter_words_end_every_commendation_verb() -> None:
    # a verb that ended in another word would be skipped by the prefilter
    for verb in COMMENDATION_VERBS:
        assert re.findall(r"\w+", verb)[-1] in _COMMENDED_WORDS


def test_a_total_or_a_headcount_after_so_is_a_count_not_a_reference() -> None:
    found = {
        (s.label, s.value)
        for text in (
            "Toàn xã có tổng số 50 tổ tự quản về an ninh.",
            "Xã rộng 76 km2, dân số trên 24 nghìn người.",
            "Đơn vị có quân số 120 người.",
        )
        for s in find_statistics(text)
    }
    assert {("tổ tự quản", 50), ("dân số", 24000), ("quân số", 120)} <= found
    # near misses: a document's number and a team's number are references
    assert find_statistics("Theo Quyết định số 125 của UBND tỉnh.") == []
    assert [s.value for s in find_statistics("Tổ số 5 có 12 hộ.")] == [12]


def test_levels_sides_and_words_of_a_named_thing_count_nothing() -> None:
    for text in (
        "Thành phố vận hành mô hình chính quyền địa phương 2 cấp từ tháng 7.",
        "Huyện chỉ đạo diễn tập chỉ huy cơ quan 1 bên 1 cấp.",
        "Hội xứng đáng với 8 chữ vàng Bác Hồ trao tặng.",
    ):
        assert find_statistics(text) == [], text
    # near misses: the units counted beside them are statistics
    assert [s.value for s in find_statistics("Đã có 35 cán bộ cấp xã được tập huấn.")] == [35]
    assert [s.value for s in find_statistics("Diễn tập tại 13 xã biên giới.")] == [13]
    # signatures and crosses are counted, not the shape of a name
    found = find_statistics("Đoàn viên đã vận động được 4.200 chữ ký ủng hộ chiến dịch.")
    assert [s.value for s in found] == [4200]
    assert [s.value for s in find_statistics("Hội đã trao 65 chữ thập đỏ cho tình nguyện viên.")]


def test_cap_as_a_verb_before_a_count_is_no_reference() -> None:
    found = {
        (s.label, s.value)
        for text in (
            "Nhân dân đã cung cấp 246 nguồn tin có giá trị.",
            "Công an huyện đã cấp 120 giấy chứng nhận cho các hộ.",
            "Các hộ được cấp 50 thẻ bảo hiểm y tế.",
        )
        for s in find_statistics(text)
    }
    assert {246, 120, 50} <= {value for _, value in found}
    # near misses: a level is a reference
    assert find_statistics("Học sinh đạt giải cấp 2 của huyện.") == []
    assert find_statistics("Đơn vị đạt chuẩn cấp 3 về an toàn.") == []


def test_a_count_after_cap_too_high_for_a_level_is_issued() -> None:
    found = find_statistics("Năm qua, cấp 6.025 giấy chứng nhận huấn luyện nghiệp vụ.")
    assert [s.value for s in found] == [6025]
    # near miss: a level keeps its number out of the statistics
    assert find_statistics("Năm qua, trường đạt chuẩn cấp 2 về giáo dục.") == []


def test_a_label_keeps_its_two_syllable_words_whole() -> None:
    labels = {
        s.value: s.label
        for text in (
            "Toàn huyện có 90 thành viên nòng cốt tham gia.",
            "Công an đã khởi tố 44 bị can liên quan đến tín dụng đen.",
            "Tòa án đã xét xử 12 bị cáo trong năm.",
            "Cục Thuế kiểm tra 4 đơn vị trực thuộc trong quý.",
        )
        for s in find_statistics(text)
    }
    assert labels[90] == "thành viên nòng cốt tham gia"
    assert labels[44].startswith("bị can")
    assert labels[12].startswith("bị cáo")
    assert labels[4] == "đơn vị trực thuộc"
    # near miss: "bị" before a verb is no noun ("bị phạt"): nothing is counted by it
    assert all(
        not s.label.startswith("bị") for s in find_statistics("Có 5 người bị phạt hành chính.")
    )


def test_a_prison_term_handed_down_is_a_statistic() -> None:
    found = {
        (s.label, s.value)
        for text in (
            "TAND tỉnh tuyên phạt Trương 23 năm tù về hai tội.",
            "Bị cáo lãnh 18 tháng tù treo.",
            "Tòa tuyên phạt bị cáo 7 năm tù.",
        )
        for s in find_statistics(text)
    }
    assert {("năm tù", 23), ("tháng tù treo", 18), ("năm tù", 7)} <= found
    # near misses: a span of time, and a name's number
    assert find_statistics("Qua 10 năm thực hiện, phong trào phát triển.") == []
    assert find_statistics("Ban Chỉ đạo 138 tổ chức hội nghị.") == []


def test_a_compound_noun_ending_in_a_reference_word_numbers_nothing() -> None:
    values = {
        s.value
        for text in (
            "Người dân cung cấp cho Bộ đội Biên phòng 46 nguồn tin có giá trị.",
            "Tổ kiểm tra đã lập biên bản 327 cơ sở kinh doanh.",
            "Đồn Biên phòng 12 người được khen thưởng.",
        )
        for s in find_statistics(text)
    }
    assert {46, 327} <= values
    # near misses: a room and a village are numbered
    assert find_statistics("Hồ sơ nộp tại phòng 3 của trụ sở.") == []
    assert find_statistics("Hộ ông A ở bản 5 của xã.") == []


def test_a_change_keeps_its_verb_when_hedged() -> None:
    found = find_statistics("Cảng biển đón 2,3 triệu tấn hàng, tăng hơn 12% so với năm 2019.")
    assert ("tăng so với năm 2019", 12, "hơn") in {(s.label, s.value, s.qualifier) for s in found}
    # near miss: a hedged rate with no change verb keeps its own label
    found = find_statistics("Tỷ lệ hộ nghèo còn hơn 5% so với năm 2017.")
    assert all(not s.label.startswith("tăng") for s in found)


def test_received_counts_are_found_near_their_verb_as_the_whole_text_scan_finds_them() -> None:
    from tomtat.text.stat_scan import _RECEIVED_LOW, _received_low

    text = (
        "Năm 2023, 1.250 hội viên   được tặng Bằng khen; 12 tập thể, các cá nhân được tuyên "
        "dương. 5 được tặng Giấy khen, 7 em được tặng cờ, bằng khen. "
        + "x" * 90
        + " 9 người được nhận Huân chương; 3 xđược tặng bằng khen"
    ).lower()
    expected = [(m.span(), m.span("n")) for m in _RECEIVED_LOW.finditer(text)]
    assert [(m.span(), m.span("n")) for m in _received_low(text)] == expected
    assert len(expected) >= 3


def test_a_list_of_other_articles_headlines_tells_no_statistics() -> None:
    text = (
        "Nhiều điển hình tiên tiến trong Công an tỉnh\n"
        "- Tuyên dương 35 tập thể, 80 cá nhân trong phong trào thi đua năm nay\n"
        "- Tôn vinh 12 gương sáng của lực lượng Công an xã ở vùng biên\n"
        "Trong 5 năm qua, toàn tỉnh có 1.200 tổ tự quản được thành lập mới."
    )
    values = {s.value for s in find_statistics(text)}
    assert 1200 in values
    assert not values & {35, 80, 12}
    # near miss: a bulleted list that a line opening it introduces is the report's own
    text = "Kết quả năm qua:\n- Bắt giữ 45 đối tượng phạm tội về ma túy\n- Triệt xóa 12 tụ điểm"
    assert {45, 12} <= {s.value for s in find_statistics(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm qua, ngành đạt nhiều kết quả. Đối với án hành chính, tòa thụ lý 214 vụ, đã "
            "xét xử 198 vụ.",
            {214: "án hành chính thụ lý", 198: "án hành chính xét xử"},
        ),
        (
            "Về tai nạn giao thông, toàn tỉnh xảy ra 1.245 vụ, giảm 37 vụ so với năm trước.",
            {1245: "tai nạn giao thông"},
        ),
        (
            "Riêng về ma túy, lực lượng chức năng phát hiện 56 vụ.",
            {56: "ma túy phát hiện"},
        ),
    ],
)
def test_a_counter_counts_the_topic_that_opens_its_sentence(
    text: str, expected: dict[int, str]
) -> None:
    labels = {int(s.value): s.label for s in find_statistics(text)}
    for value, label in expected.items():
        assert labels[value].startswith(label), labels


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a topic of an earlier sentence does not reach this one
        ("Về án hình sự, tình hình ổn định. Lực lượng chức năng xử lý 75 vụ.", "án hình sự"),
        # a time phrase opening the sentence is no topic
        ("Trong năm 2025, lực lượng Công an thụ lý 214 vụ, đã xét xử 198 vụ.", "năm"),
    ],
)
def test_a_counter_without_a_topic_in_its_own_sentence_takes_none(text: str, topic: str) -> None:
    labels = [s.label for s in find_statistics(text)]
    assert labels and not any(label.startswith(topic) for label in labels), labels


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết đợt thi đua, 15 đơn vị, 32 đoàn viên được các cấp khen thưởng vì thành tích.",
        "Dịp này, 6 tập thể và 11 cá nhân được tặng giấy khen của Chủ tịch UBND huyện.",
        "Tại hội nghị, 4 chi hội, 9 hội viên được tuyên dương.",
    ],
)
def test_every_count_of_a_list_honoured_at_the_event_is_no_statistic(text: str) -> None:
    assert find_statistics(text) == []


def test_a_count_of_another_kind_before_the_honoured_count_stays_a_statistic() -> None:
    text = "Chi hội hiện có 640 hội viên, 12 cá nhân được khen thưởng vì thành tích."
    values = {int(s.value) for s in find_statistics(text)}
    assert 640 in values and 12 not in values


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a past period: the honours of those years are statistics (FORMAT.md)
        ("Trong 5 năm qua, 30 tập thể, 45 cá nhân được tặng Bằng khen.", {30, 45}),
        # what the households receive is no award
        ("Năm 2024, xã có 120 hộ nghèo, 35 hộ được tặng nhà tình nghĩa.", {120}),
    ],
)
def test_a_past_honour_or_a_gift_keeps_its_list_as_statistics(text: str, kept: set[int]) -> None:
    assert kept <= {int(s.value) for s in find_statistics(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, Hội Nông dân xã biểu dương 42 hộ sản xuất giỏi giai đoạn 2020 - 2025.",
        "Nhân dịp này, Ủy ban MTTQ phường tuyên dương 17 gia đình văn hóa tiêu biểu 5 năm qua.",
    ],
)
def test_an_honour_the_sentence_places_on_this_occasion_is_no_statistic_whatever_period_it_names(
    text: str,
) -> None:
    assert find_statistics(text) == []


def test_a_proposal_on_this_occasion_keeps_its_counts_as_statistics() -> None:
    text = "Dịp này, hội nghị đề nghị 12 tập thể trong 5 năm qua được tặng Bằng khen."
    assert 12 in {int(s.value) for s in find_statistics(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 3/5, Công an huyện Kỳ Sơn tổ chức lễ trao thưởng cho 4 hộ gia đình có nhiều đóng góp.",
        "Tại buổi lễ, Hội Khuyến học xã trao thưởng cho 35 em học sinh giỏi.",
        "Chủ tịch UBND huyện Tân Lạc đã thưởng nóng 2 tập thể có thành tích phá án.",
        "Dịp này, Hội Khuyến học tặng thưởng cho 18 em học sinh nghèo vượt khó.",
    ],
)
def test_recipients_rewarded_at_the_event_are_no_statistic(text: str) -> None:
    assert find_statistics(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hội đã trao thưởng 25 triệu đồng cho các em học sinh.", 25_000_000),
        ("Năm qua, quỹ khuyến học đã trao thưởng 500.000 đồng mỗi suất.", 500_000),
        ("Hội có 240 hội viên; 10 năm qua đã trao thưởng cho 1.200 lượt học sinh.", 1200),
        ("Giai đoạn 2015-2020, Hội Khuyến học trao thưởng cho 900 học sinh.", 900),
        # items handed over after a verb of reward, not recipients
        ("Nhân dịp này, Quỹ Vì người nghèo trao thưởng 64 suất học bổng cho học sinh.", 64),
        ("Chi hội Phụ nữ tặng thưởng 120 phần quà cho các hộ khó khăn.", 120),
        ("Giám đốc công ty thưởng nóng 800 USD cho tổ kỹ thuật.", 800),
    ],
)
def test_a_sum_rewarded_or_rewards_of_a_past_period_stay_statistics(text: str, value: int) -> None:
    assert value in [m.value for m in find_statistics(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, Ban Chỉ đạo xã khen thưởng 4 tập thể, 2 gia đình và 9 cá nhân tiêu biểu.",
        "Tại hội nghị, Hội Cựu chiến binh tuyên dương 6 chi hội, 3 hộ gia đình và 12 hội viên.",
        "Chủ tịch UBND huyện Tân Phong vừa khen thưởng đột xuất 2 tập thể và 7 cá nhân.",
        "Giám đốc Công an tỉnh Hòa Lâm thưởng đột xuất 3 tập thể vì thành tích phá án.",
    ],
)
def test_every_count_of_a_list_closed_by_va_after_a_handing_verb_is_no_statistic(
    text: str,
) -> None:
    assert find_statistics(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a comma list not closed by "và" may go on to a fact of its own
        ("Huyện đã khen thưởng 10 tập thể, 40 hộ gia đình được công nhận gia đình văn hóa.", 40),
        ("Dịp này, UBND xã khen thưởng 5 tập thể, năm qua xã có 120 hộ thoát nghèo.", 120),
        ("Hội nghị tuyên dương 8 tập thể; toàn huyện có 35 mô hình tự quản và 14 câu lạc bộ.", 14),
    ],
)
def test_a_count_after_the_list_of_recipients_stays_a_statistic(text: str, kept: int) -> None:
    assert kept in [m.value for m in find_statistics(text)]


def test_metres_written_against_the_figure_are_a_measure() -> None:
    found = find_statistics("Xã đã bê tông hóa 2.500m đường giao thông nông thôn.")
    assert [(m.value, m.unit) for m in found] == [(2500, "m")]


@pytest.mark.parametrize(
    "text",
    [
        "Công an quận Bình Minh tuyên dương 12 “Gương sáng phố phường” năm 2025.",
        "Hội nghị khen thưởng 7 'Chiến sĩ tình nguyện' tiêu biểu của phường.",
        # the n-th edition names the event reported, no past honour
        "Tại lễ tuyên dương lần thứ 5, Thành đoàn tuyên dương 24 thanh niên tiêu biểu.",
        "Ban tổ chức khen thưởng 15 tác giả tại Hội thi sáng tạo lần thứ 3.",
    ],
)
def test_recipients_named_by_a_quoted_title_or_at_an_nth_edition_are_no_statistic(
    text: str,
) -> None:
    assert find_statistics(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Năm qua, hội đã tuyên dương 30 “Gia đình văn hóa” tiêu biểu.", 30),
        ("Huyện có 25 “Tổ tự quản” hoạt động hiệu quả.", 25),
        ("Trong 10 năm qua, lần thứ hai 14 tập thể được tặng Bằng khen.", 14),
    ],
)
def test_quoted_titles_of_past_honours_or_of_things_held_stay_statistics(
    text: str, kept: int
) -> None:
    assert kept in [m.value for m in find_statistics(text)]


def test_a_race_named_by_metres_glued_to_its_figure_is_no_statistic() -> None:
    assert find_statistics("Em Lan đoạt huy chương vàng nội dung 100m bơi ngửa nữ.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị khen thưởng 9 tập thể, 13 cá nhân; tuyên dương 27 đội viên tiêu biểu.",
        "UBND tỉnh khen\nthưởng đột  xuất cho  những 1.234 “Gương sáng”, trao cho 5 hộ.",
        "Ngày 5/1, được trao giải thưởng cho 12 em; năm 2023 khen thưởng 123456 người.",
        "biểu dương 3. Vinh danh\t 40\u00a0gia đình, tặng thưởng 7 suất, thưởng nóng 20 x",
        "Trao thưởng (6 tập thể) và tôn vinh 8",
    ],
)
def test_commended_scan_around_the_counts_finds_the_whole_text_scans_matches(text: str) -> None:
    low = lowered(text)
    assert low is not None
    whole = [(m.span(), m.span("n")) for m in _COMMENDED_LOW.finditer(low)]
    assert [(m.span(), m.span("n")) for m in _commended_low(text, low)] == whole
    assert whole or text.endswith("tôn vinh 8")  # every text but the last holds a match


RATIO_TEXTS = [
    "73/126 địa bàn, ngày 5/1/2024 và 612/640 thôn",
    "/5 xã; 1234567/8 hộ; 12.3/4 tổ; 5//6; 3/4/ 5/6 người",
    "tỷ lệ 1/2, 2/3 và 4/5 số hộ; ٣/٤ xã",
]


@pytest.mark.parametrize("text", RATIO_TEXTS)
def test_ratios_tried_at_the_slashes_are_those_tried_at_every_number(text: str) -> None:
    expected = [m.span() for m in number_led_matches(_RATIO_RE, text)]
    assert expected  # each text holds ratios
    assert [m.span() for m in _ratio_matches(text)] == expected


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Trồng 110.000m2 rừng và 45kg thuốc", True),
        ("đường dài 12km", True),
        ("thu 3 tấn, 2ha", True),
        ("thu 5tấn lúa", True),
        ("thu 5 tấn lúa, 12 ha rừng, năm 2024m", True),
        ("thu 5 tấn lúa, 12 ha rừng, 3 Km", False),
        ("không số nào", False),
    ],
)
def test_a_unit_glued_to_a_number_is_found_at_the_ends_of_the_runs(text: str, glued: bool) -> None:
    assert _may_glue_a_unit(text) is glued
    assert _may_glue_a_unit(text) is bool(re.search(r"\d(?:k?m|ha|kg|tấn)", text))


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị tuyên dương 45 điển hình. Vinh danh 12 tập thể.\nBiểu dương 3 cá nhân",
        "Tuyên\ndương 5 xã. Không ai được vinh danha. BIỂU   DƯƠNG 7 hộ",
        "Khen thưởng 5 tập thể",
    ],
)
def test_praising_sentences_are_those_a_search_per_sentence_finds(text: str) -> None:
    refused = text + " ı"  # no lowered copy: the text itself is scanned
    assert lowered(text) is not None and lowered(refused) is None
    for read in (text, refused):
        per_sentence = [
            (start, end)
            for start, end in iter_sentences(read)
            if PRAISE_VERB_RE.search(read, start, end)
        ]
        assert _praising_sentences(read) == per_sentence


@pytest.mark.parametrize(
    "text",
    [
        "khen thưởng 5 tập thể, 7 cá nhân; 1.234 TẬP THỂ và 5 cá nhân",
        "a.5 tập thể, 3 cá nhân; .5 tập thể, 3 cá nhân; 3 5 tập thể, 1 cá nhân",
        "12\ttập  thể ,  4 cá nhân; x5 tập thể, 3 cá nhân 6 tập thể và 7 cá nhân",
        "5 tập thể, 7 tập thể, 3 cá nhân",
    ],
)
def test_pairs_tried_before_their_tails_are_those_tried_at_every_number(text: str) -> None:
    expected = [m.span() for m in number_led_matches(_PAIR_RE, text)]
    assert expected
    assert [m.span() for m in _pair_matches(text)] == expected
    refused = text + " ı"  # no lowered copy: every number is tried
    assert [m.span() for m in _pair_matches(refused)] == expected


_RUN_TEXT = st.text(alphabet=" \t\n\u00a0.,x5٣đ", max_size=12)
_RUNS = {
    (True, False): re.compile(r"[^\S\n]*\Z"),
    (False, True): re.compile(r"[\d.]*\Z"),
    (True, True): re.compile(r"(?:[^\S\n]|[\d.])*\Z"),
}


@given(_RUN_TEXT, st.data())
def test_the_backward_walk_starts_where_the_run_pattern_ending_there_starts(
    text: str, data: st.DataObject
) -> None:
    end = data.draw(st.integers(0, len(text)))
    for (blanks, digits), run in _RUNS.items():
        found = run.search(text, 0, end)
        assert found is not None
        assert _run_start(text, end, blanks=blanks, digits=digits) == found.start()


def test_every_glued_unit_opens_with_one_of_the_gates_openings() -> None:
    units = split_alternatives(_GLUED_UNITS.removeprefix("(?:").removesuffix(r")(?!\w)"))
    assert len(units) == 10
    assert all(unit.startswith(_GLUED_OPENINGS) for unit in units)


def test_every_split_total_holds_one_of_its_tails() -> None:
    texts = [
        "Khen thưởng 32 điển hình, gồm 12 tập thể, 20 cá nhân",
        "61 điển hình bao gồm 24 tập thể và 37 cá nhân",
        "30 lượt, trong đó có 1.200 tập thể, 7 cá nhân; 9 hộ trong  đó 4 TẬP THỂ và 5 cá nhân",
        "12 suất gồm có 3 tập thể, 9 cá nhân",
    ]
    for text in texts:
        low = lowered(text)
        assert low is not None
        for split in _SPLIT_TOTAL_RE.finditer(text):
            piece = low[split.start() : split.end()]
            assert any(tail.search(piece) for tail in _SPLIT_TOTAL_TAILS)
        assert _SPLIT_TOTAL_RE.search(text)


def test_the_sum_and_pair_hints_are_the_words_their_patterns_write_after_the_first_count() -> None:
    # a piece of the pattern's top-level sequence: every match holds a match of it
    assert _SUM_HINT.pattern in _SUM_RE.pattern
    assert _PAIR_TAIL.pattern.removesuffix(r"\d") + r"(?P<i>\d" in _PAIR_RE.pattern
