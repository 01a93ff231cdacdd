"""Each rule of the statistics finder's tables, on its own (tomtat.text.stat_rules)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tomtat.text.stat_rules as sr
from tomtat.text.numbers import FIGURE
from tomtat.text.stat_rules import (
    _QUOTATION,
    EXCLUSIONS,
    PERCENT_LABELS,
    WORDS_AFTER,
    Figure,
    a_change_against_a_base,
    a_moved_rate,
    a_share_after_chiem,
    excluded_by,
    read_statistic,
    share_of_a_verb_phrase,
    span_of_hours,
    words_before,
)
from tomtat.text.stat_rules import _quotation_matches as quotation_matches

from .regex_reading import holds_one_of


def figure(text: str, number: str, award_spans: list[tuple[int, int]] | None = None) -> Figure:
    """The figure of ``text`` that starts where ``number`` is written."""
    at = text.index(number)
    match = next(m for m in FIGURE.finditer(text) if m.start() == at)
    return Figure(text, match, award_spans)


@pytest.mark.parametrize(
    ("rule", "text", "number"),
    [
        ("too many digits", "mã 1234567890123456 được cấp", "1234567890123456"),
        ("year", "trong 2022 huyện làm tốt", "2022"),
        ("glued to a word", "chỉ số +5 điểm", "5"),
        ("reference word", "theo Quyết định số 123 của UBND", "123"),
        ("quoted name", 'phong trào "3 cứng" được triển khai', "3"),
        ("quoted name", "mô hình “4 an toàn” ở chợ đêm", "4"),
        ("quoted name", "khẩu hiệu ‘2 không’ trên công trường", "2"),
        ("proper name", "trụ sở Lê Lợi 45 mới xây", "45"),
        ("duration", "sau 10 năm thực hiện", "10"),
        ("threshold", "hộ có thu nhập từ 50 triệu đồng trở lên", "50"),
        ("target bound", "phấn đấu không còn xã dưới 10 tiêu chí", "10"),
    ],
)
def test_each_exclusion_rule_drops_its_shape(rule: str, text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) == rule


@pytest.mark.parametrize(
    ("rule", "text", "number"),
    [
        ("duration", "trong 10 NĂM qua", "10"),
        ("count of a named list", "đoàn thăm 3 Xã Tân An, Tân Bình và Tân Phú", "3"),
        ("count of a named list", "hỗ trợ 2 thị xã Ea Sol và Ea Hiao", "2"),
        ("award class", "11 Huân chương (2 Hạng nhất, 4 hạng nhì)", "2"),
        ("vehicle kind", "xe ô tô 29 CHỖ", "29"),
        ("shape of a named thing", "chính quyền 2 Cấp", "2"),
        ("house number", "cửa hàng tại 42 đường Trần Phú, phường Đông Hải", "42"),
        ("plenum of a term", "Nghị quyết Trung ương 9 KHÓA XIII", "9"),
    ],
)
def test_a_rule_read_after_a_word_fires_after_that_word_in_any_case(
    rule: str, text: str, number: str
) -> None:
    found = figure(text, number)
    assert excluded_by(found) == rule
    assert found.word_after in WORDS_AFTER[dict(EXCLUSIONS)[rule]]


def test_the_word_after_a_figure_is_its_letters_in_lower_case() -> None:
    assert figure("có 12 Hộ nghèo", "12").word_after == "hộ"
    assert figure("có 12, hộ", "12").word_after == ""
    assert figure("có 12\nhộ", "12").word_after == ""
    assert figure("İ có 12 hộ", "12").word_after is None  # no lower-cased copy


def test_award_counts_are_excluded_by_their_spans() -> None:
    text = "tặng Giấy khen cho 12 tập thể"
    at = text.index("12")
    assert excluded_by(figure(text, "12", [(at, at + 2)])) == "award count"
    assert excluded_by(figure(text, "12")) is None


def test_a_per_unit_amount_after_moi_is_kept() -> None:
    assert excluded_by(figure("hỗ trợ mỗi căn 50 triệu đồng", "50")) is None


def test_every_table_entry_is_named_once() -> None:
    for table in (EXCLUSIONS, PERCENT_LABELS):
        names = [name for name, _ in table]
        assert len(names) == len(set(names)) and all(names)


def test_share_of_a_verb_phrase_names_the_share() -> None:
    text = "có 100% số xã đạt chuẩn nông thôn mới"
    f = figure(text, "100")
    end = text.index("%") + 1
    assert share_of_a_verb_phrase(f, end, "số") == "số xã đạt chuẩn nông thôn mới"


def test_a_moved_rate_takes_the_subject() -> None:
    text = "Tỷ lệ hộ nghèo giảm từ 12% xuống còn 8%"
    f = figure(text, "8%")
    assert a_moved_rate(f, len(text), None) == "Tỷ lệ hộ nghèo giảm còn"


def test_a_share_after_chiem_names_the_count_before() -> None:
    text = "52/94 xã đạt chuẩn, chiếm 55,3%"
    f = figure(text, "55,3")
    label = a_share_after_chiem(f, len(text), None)
    assert label is not None and label.startswith("tỷ lệ")
    assert a_share_after_chiem(f, len(text), "kept") == "kept"


def test_a_change_against_a_base() -> None:
    text = "doanh thu tăng 5% so với cùng kỳ năm trước"
    f = figure(text, "5")
    label = a_change_against_a_base(f, text.index("%") + 1, None)
    assert label is not None and label.startswith("tăng so với cùng kỳ")


def test_read_statistic_reads_value_unit_label_and_hedge() -> None:
    text = "huyện thu hồi hơn 5 tỷ đồng tiền nợ"
    stat = read_statistic(figure(text, "5"), [])
    assert stat is not None
    assert (stat.value, stat.unit, stat.qualifier) == (5_000_000_000, "đồng", "hơn")
    assert stat.quote == "hơn 5 tỷ đồng"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Huyện dẫn đầu khối 9 huyện miền núi của tỉnh.", "9"),
        ("Thị xã đứng đầu cụm 6 tỉnh Tây Nguyên.", "6"),
        ("Tỉnh cử một đoàn 20 cán bộ sang học tập kinh nghiệm.", "20"),
    ],
)
def test_a_groups_size_counted_in_its_members_is_kept(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Học sinh khối 9 đạt nhiều giải.", "9"),
        ("Các em ở khối 12 học sinh giỏi.", "12"),
        ("Trận sau, đội 3 thi đấu tốt.", "3"),
    ],
)
def test_a_numbered_group_is_a_reference(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) == "reference word"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("... gần như 100", ["gần", "như"]),
        (". Có 5 xã", ["", "Có"]),
        ("tổng cộng\n5 xã", ["tổng", "cộng"]),  # "$" matches before a last line break
        ("tổng cộng\n 5 xã", [""]),  # a line break among the spaces: no word
        ("COVID-19 có 7 xã", ["", "có"]),
        ("đạt km² 12 xã", ["đạt", "km²"]),  # "²" is a word character but no digit
        ("x_y 3 xã", ["", "y"]),  # "_" is no letter
        ("5 xã", [""]),
    ],
)
def test_words_before_reads_the_two_words_before_a_number(text: str, expected: list[str]) -> None:
    at = max(match.start() for match in FIGURE.finditer(text))
    assert words_before(text, at) == expected


@pytest.mark.parametrize(
    ("text", "number", "label"),
    [
        (
            "Năm qua, tổng số lượt tiêm chủng tại tuyến xã là 12.408, đạt 97%.",
            "12.408",
            "tổng số lượt tiêm chủng tại tuyến xã",
        ),
        ("Số hội viên của chi hội là 1.250.", "1.250", "Số hội viên của chi hội"),
        ("Theo báo cáo, dân số toàn xã là 9.870; mật độ thấp.", "9.870", "dân số toàn xã"),
    ],
)
def test_a_figure_after_la_with_no_noun_states_the_total_its_subject_names(
    text: str, number: str, label: str
) -> None:
    stat = read_statistic(figure(text, number), [])
    assert stat is not None and stat.label == label


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Điểm trung bình của lớp là 8, cao nhất khối.", "8"),  # no total named
        ("Kết quả tốt nhất là 15, theo ban tổ chức.", "15"),
    ],
)
def test_a_figure_after_la_whose_subject_names_no_total_tells_nothing(
    text: str, number: str
) -> None:
    assert read_statistic(figure(text, number), []) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Số điện thoại trực ban của đồn là 0965, mời bà con liên hệ.", "0965"),
        ("Số tài khoản tiếp nhận ủng hộ là 3171, tại ngân hàng huyện.", "3171"),
        ("Số hiệu của tàu cá là 4521, đăng ký tại cảng Sa Kỳ.", "4521"),
        ("Số hội viên tham gia là 0850, theo sổ đăng ký.", "0850"),  # a code, by its zero
    ],
)
def test_a_figure_after_la_that_identifies_something_is_no_total(text: str, number: str) -> None:
    assert read_statistic(figure(text, number), []) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Năm tới, Công an huyện sẽ nhân rộng mô hình ra 6 xã vùng biên.", "6"),
        ("Trong quý tới, ngành y tế sẽ khám sàng lọc cho 90% người cao tuổi.", "90"),
    ],
)
def test_a_figure_in_a_clause_of_plans_is_no_fact(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) == "plan or target"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # done: the plan word is told of what was carried out
        ("Theo chủ trương đó, xã đã hoàn thành 15 công trình dân sinh.", "15"),
        # an aim ("phấn đấu") is left alone: labels differ on whether it is a fact
        ("Giai đoạn tới, thị xã phấn đấu mỗi năm có 90% khu dân cư đạt chuẩn.", "90"),
        # a forecast states a figure of the report
        ("Dự kiến hết năm, số thu ngân sách sẽ đạt 900 tỷ đồng.", "900"),
        # the plan word is in an earlier clause: the count after the comma is a fact
        ("Huyện sẽ nhân rộng mô hình ra các xã, hiện có 350 hộ tham gia.", "350"),
        # an ordinary report of what was done, with no plan word at all
        ("Tổ công tác đã xử lý 27 trường hợp vi phạm.", "27"),
        # "chủ trương" and "lộ trình" are no plan words: a policy carried out, a schedule met
        ("Thị xã làm theo chủ trương cấp vốn cho 210 hộ trồng rừng.", "210"),
        ("Bám sát lộ trình, tới nay 11 phường hoàn thành số hóa hồ sơ.", "11"),
    ],
)
def test_figures_done_forecast_or_outside_the_plans_clause_stay(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Đơn vị hưởng ứng đợt thi đua “100 ngày đêm xây 2.000 căn nhà tình nghĩa” sôi nổi.",
            "2.000",
        ),
        ("Chi hội lập câu lạc bộ “Nhà nông làm giàu 5 tỷ đồng” ở thôn Đông.", "5"),
        ('Hội phát cho bà con túi "rác 2 ngăn" để phân loại tại nguồn.', "2"),
    ],
)
def test_a_figure_inside_a_short_quoted_name_is_no_count(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) == "inside a quoted name"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the figure with its unit alone, quoted for stress: a fact
        ("Tổng số tiền vận động đạt “12 tỷ đồng”, vượt kế hoạch.", "12"),
        # a quoted speech holds sentences: its figures are facts told by a speaker
        ("Ông Hải nói: “Năm nay xã có 40 hộ thoát nghèo. Đó là cố gắng lớn”.", "40"),
        # a figure after the quotation closes is outside it
        ("Mô hình “Camera an ninh” đã lắp được 320 mắt camera.", "320"),
        # part of a sentence quoted after a verb of speech, or with a tense before the figure
        ("Bà Mai cho biết “cả xã đã có 85 hộ vay vốn” trong năm qua.", "85"),
        ("Cán bộ xã kể rằng “thôn vừa làm xong 6 cây cầu” trước mùa lũ.", "6"),
    ],
)
def test_figures_quoted_alone_spoken_or_outside_a_quotation_stay(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đoàn đến thăm 3 phường Tân An, Tân Bình và Tân Phú của thị xã.", "3"),
        ("Lực lượng chức năng hỗ trợ 2 xã Ea Sol và Ea Hiao khắc phục hậu quả.", "2"),
        ("Mô hình được nhân rộng ra 4 thôn Đông Hà, Tây Hà, Nam Hà và Bắc Hà.", "4"),
    ],
)
def test_a_count_of_the_places_named_right_after_it_is_no_fact(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) == "count of a named list"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the places are counted, not named: a fact
        ("Năm nay có 3 phường đạt chuẩn văn minh đô thị.", "3"),
        # a description after the noun, no names
        ("Dự án phủ sóng 5 xã vùng cao và biên giới của tỉnh.", "5"),
        # acronyms after the noun are no names of places
        ("Đơn vị xây dựng 30 phương án PCCC và CNCH cho các khu chợ.", "30"),
        # the named places reached a result: the count is a fact
        ("Trong năm, thị xã có 2 phường Hòa Lợi và Mỹ Lợi được công nhận đạt chuẩn đô thị.", "2"),
        ("Tới nay 3 thôn Bản Pục, Nà Lầu và Khuổi Hin đã hoàn thành đường bê tông.", "3"),
    ],
)
def test_counts_of_places_not_listed_by_name_stay(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


def test_a_count_of_named_places_with_a_result_is_labelled_by_the_result() -> None:
    text = "Trong năm, thị xã có 2 phường Hòa Lợi và Mỹ Lợi được công nhận đạt chuẩn đô thị."
    stat = read_statistic(figure(text, "2"), [])
    assert stat is not None
    assert (stat.label, stat.value) == ("phường được công nhận đạt chuẩn đô thị", 2)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Trường Mầm non 3 tổ chức lễ khai giảng. Cô giáo của Trường Mầm non 3 đón trẻ.",
            "3",
        ),
        (
            "Nhà máy Thủy điện 4 vận hành an toàn. Đoàn thăm Nhà máy Thủy điện 4 sáng nay.",
            "4",
        ),
        (
            "Lãnh đạo Bệnh viện Phụ sản 1 phát biểu. Bệnh viện Phụ sản 1 nhận Bằng khen.",
            "1",
        ),
    ],
)
def test_a_number_written_again_after_the_same_name_words_ends_a_name(
    text: str, number: str
) -> None:
    assert excluded_by(figure(text, number)) == "repeated name"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the same noun after the number each time: a count told twice
        ("Công an 6 xã tham gia diễn tập. Sau diễn tập, Công an 6 xã rút kinh nghiệm.", "6"),
        # written once after the name words
        ("Hội Nông dân 12 xã ký kết giao ước thi đua.", "12"),
    ],
)
def test_a_count_after_name_words_once_or_of_the_same_noun_stays(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Năm học qua, học sinh của trường đạt 7 giải Nhì cấp tỉnh.", "7"),
        ("Đội tuyển giành 2 giải Ba tại hội thi do tỉnh tổ chức.", "2"),
        ("Kết quả có 30 giải, gồm 5 giải Nhất và 20 giải khuyến khích.", "5"),
        # prizes a team received at another contest
        ("Ở liên hoan cấp vùng, câu lạc bộ của xã được trao 3 giải Nhì và 2 giải Ba.", "3"),
        ("Năm nay, tổ hòa giải được Ban tổ chức tặng 4 giải Nhất, 1 giải Nhì.", "4"),
        # the host's prizes: no award entry is made of them, so the figures stay facts
        ("Bế mạc liên hoan, Ban tổ chức trao 4 giải A, 6 giải B cho các nhóm.", "6"),
    ],
)
def test_prizes_won_or_handed_over_stay_statistics(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("rule", "text", "number"),
    [
        ("house number", "tại tiệm cầm đồ Phát Tài (63 đường Võ Thị Sáu, phường Đông Lâm).", "63"),
        ("house number", "Trụ sở mới ở 8 phố Nguyễn Du, quận Tây Sơn đã bàn giao.", "8"),
        ("house number", "thuê nhà ở 140 đường Nguyễn Văn Cừ để cất giấu hàng cấm.", "140"),
        ("house number", "Cơ sở kinh doanh tại 15 phố Hàng Gà bị xử phạt.", "15"),
        ("page counter", "10:15 - Thứ Ba, 14/03/2023 Lượt xem: 5210 In bài viết", "5210"),
    ],
)
def test_a_house_number_or_a_page_counter_is_no_statistic(
    rule: str, text: str, number: str
) -> None:
    assert excluded_by(figure(text, number)) == rule


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Năm qua, lực lượng đã tuần tra 27 tuyến đường trên địa bàn.", "27"),
        ("Xã duy trì 5 đường dây nóng tiếp nhận tin báo.", "5"),
        ("Huyện đã lắp camera tại 12 đường phố chính.", "12"),
        ("Bài viết có 563 lượt xem trong ngày đầu.", "563"),
        # a campaign's name after "đường"/"phố", out of any address: the figure counts
        ("Các thôn đã dựng 22 đường Cờ Tổ quốc và 6 phố Văn minh.", "22"),
        ("Các thôn đã dựng 22 đường Cờ Tổ quốc và 6 phố Văn minh.", "6"),
        ("Năm nay xã cứng hóa 9 đường Giao thông nông thôn.", "9"),
    ],
)
def test_roads_lines_and_readers_counted_stay_statistics(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Năm tới, huyện sẽ nhân rộng mô hình ra 5 xã",
        "đạt 1.131,5 tỷ đồng; tăng 2,5% (so với 3.2 năm trước): sẽ có 40 hộ",
        "1,5 triệu.2,6, sẽ làm 7 nhà",
        ",5 và .7 rồi 9",
        "dòng một\ndòng hai 8",
        "x" * 200 + ", kế hoạch 3 xã",
        "12.",
        "3,",
        "",
    ],
)
def test_the_clause_opening_is_after_the_last_clause_break(text: str) -> None:
    """The opening read from the end is the end of the last CLAUSE_BREAK match of the window
    (a stop or comma between digits is part of a figure, one at the window's end breaks)."""
    from tomtat.text.segment import CLAUSE_BREAK
    from tomtat.text.stat_rules import PLAN_REACH, _clause_opening

    for start in range(len(text) + 1):
        window = max(0, start - PLAN_REACH)
        breaks = list(CLAUSE_BREAK.finditer(text, window, start))
        assert _clause_opening(text, start) == (breaks[-1].end() if breaks else window)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="12 .,;:!?()\nab", max_size=60))
def test_the_clause_opening_agrees_with_the_clause_splitter_on_any_text(text: str) -> None:
    from tomtat.text.segment import CLAUSE_BREAK
    from tomtat.text.stat_rules import PLAN_REACH, _clause_opening

    for start in range(len(text) + 1):
        window = max(0, start - PLAN_REACH)
        breaks = list(CLAUSE_BREAK.finditer(text, window, start))
        assert _clause_opening(text, start) == (breaks[-1].end() if breaks else window)


@pytest.mark.parametrize(
    ("rule", "text", "number"),
    [
        (
            "photo number",
            "Các đại biểu chụp ảnh lưu niệm ảnh 2 Thượng tá Lê Văn Hòa phát biểu.",
            "2",
        ),
        ("photo number", "Hội nghị tổng kết hình 4 Đồng chí Phạm Thị Hoa trao giấy khen.", "4"),
        ("photo number", "Học sinh dự lễ khai giảng - Ảnh 3.\nThầy hiệu trưởng đánh trống.", "3"),
        (
            "photo number",
            "Lực lượng dân quân diễn tập ảnh 5\nCác chiến sĩ trong buổi diễn tập.",
            "5",
        ),
        ("plenum of a term", "học tập Nghị quyết Trung ương 9 khóa XIII về văn hóa", "9"),
        ("plenum of a term", "sơ kết Nghị quyết Trung ương 7 khoá 13 về công tác cán bộ", "7"),
        ("plenum of a term", "quán triệt Kết luận Trung ương 6 khóa X tới đảng viên", "6"),
        ("cut off by the text end", "Khám xét trong xe, công an phát hiện 8 b", "8"),
        ("cut off by the text end", "Tỉnh tặng Bằng khen cho 5 t ", "5"),
    ],
)
def test_a_photo_number_a_plenum_or_a_cut_off_noun_is_no_statistic(
    rule: str, text: str, number: str
) -> None:
    assert excluded_by(figure(text, number)) == rule


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Triển lãm trưng bày 120 ảnh tư liệu về lực lượng công an xã.", "120"),
        ("Hình ảnh 5 chiến sĩ tham gia cứu hộ được chia sẻ rộng rãi.", "5"),
        ("Trường đã mở 5 khóa đào tạo cho học viên mới.", "5"),
        ("Có 8 đại biểu Quốc hội khóa XV tham dự hội nghị.", "8"),
        ("Trung tâm đã tổ chức 3 khóa học về phòng cháy.", "3"),
        ("Đến cuối năm, phường Bình Lợi có 37 chốt trực, 96 đội", "96"),
        ("Huyện đã chi tổng cộng 500 triệu đ", "500"),
    ],
)
def test_photos_courses_and_a_whole_last_noun_counted_stay_statistics(
    text: str, number: str
) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Đối tượng đã giật sợi dây chuyền vàng (nặng 5 chỉ) của bà Lan.", 5, "nặng"),
        ("Kẻ gian lấy đi 2 chỉ vàng của người bán hàng.", 2, "vàng"),
        ("Lực lượng công an thu giữ 12 chỉ vàng và 3 xe máy.", 12, "vàng"),
    ],
)
def test_chi_is_the_weight_of_gold_before_vang_or_at_the_end_of_its_phrase(
    text: str, value: int, label: str
) -> None:
    stat = read_statistic(figure(text, str(value)), [])
    assert stat is not None
    assert (stat.value, stat.unit, stat.label) == (value, "chỉ", label)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Năm 2024, xã hoàn thành 3 chỉ tiêu về an ninh trật tự.", "3"),
        ("Huyện đã ban hành 4 chỉ thị về phòng chống tội phạm.", "4"),
        ("Đơn vị có 6 chỉ huy cấp đội được bồi dưỡng.", "6"),
    ],
)
def test_chi_opening_a_word_is_no_unit(text: str, number: str) -> None:
    stat = read_statistic(figure(text, number), [])
    assert stat is not None
    assert stat.unit is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Người dân chạy bộ thêm chừng 150 m rồi giữ được kẻ gian.", 150),
        ("Tuyến kè dài 850 m đã hoàn thành trước mùa mưa.", 850),
    ],
)
def test_metres_are_a_measure_and_its_label_stops_before_roi(text: str, value: int) -> None:
    stat = read_statistic(figure(text, str(value)), [])
    assert stat is not None
    assert (stat.value, stat.unit) == (value, "m")
    assert "rồi" not in stat.label.split()


@pytest.mark.parametrize(
    ("text", "number", "label"),
    [
        ("Sau 6 giờ truy xét, Công an xã Hòa Phong bắt được kẻ trộm.", "6", "giờ truy xét"),
        ("Chưa đầy 10 giờ đồng hồ, công an đã làm rõ vụ trộm.", "10", "giờ"),
        ("Qua 3 giờ làm việc, đoàn kiểm tra thống nhất kết luận.", "3", "giờ làm việc"),
        ("Trong vòng 30 phút, tổ công tác đã có mặt tại hiện trường.", "30", "phút"),
    ],
)
def test_the_hours_a_deed_took_are_a_statistic(text: str, number: str, label: str) -> None:
    fig = figure(text, number)
    assert excluded_by(fig) is None
    stat = read_statistic(fig, [])
    assert stat is not None
    assert (stat.value, stat.unit, stat.label) == (int(number), None, label)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Lúc 14 giờ 50 phút ngày 3/5, tại chợ Bình An xảy ra vụ cháy.", "14"),
        ("Sau 17 giờ 30 phút, đoàn đến xã Tân Lập.", "17"),
        ("Sau 2 giờ chiều, mưa lớn kéo dài.", "2"),
        ("Hội nghị kéo dài 3 giờ với nhiều ý kiến phát biểu.", "3"),
        ("Sau 3 ngày truy xét, công an bắt các đối tượng.", "3"),
    ],
)
def test_a_time_of_day_or_another_span_stays_no_statistic(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) is not None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bảo tàng giới thiệu hình ảnh 30 Anh hùng lực lượng vũ trang của tỉnh.", "30"),
        ("Phòng truyền thống treo bức ảnh 12 Bà mẹ Việt Nam anh hùng của xã.", "12"),
        ("Xã Yên Hòa nhân rộng mô hình 5 Không tới các thôn.", "5"),
        ("Trung tâm mở 5 khóa 2 tháng cho thanh niên.", "5"),
        ("Trường tổ chức 3 khóa 45 học viên mỗi khóa.", "3"),
        ("Công an xã thu giữ 450 kg", "450"),
        ("Giải việt dã thu hút hơn 500 VĐV", "500"),
    ],
)
def test_images_of_a_titled_group_courses_and_a_last_unit_are_no_caption_plenum_or_cut(
    text: str, number: str
) -> None:
    assert excluded_by(figure(text, number)) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Quán karaoke không được mở sau 22 giờ, trừ ngày lễ.", "22"),
        ("Đám cháy được khống chế sau 16 giờ cùng ngày.", "16"),
        ("Chủ hộ phải khai báo trong vòng 24 giờ kể từ khi có gia súc chết.", "24"),
        ("Mỗi chiến sĩ trực trong 8 giờ mỗi ngày.", "8"),
        ("Trong 24 giờ qua, công an phường bắt 6 đối tượng.", "24"),
        ("Trong 48 giờ tới, mưa to tiếp diễn ở vùng núi.", "48"),
        ("Trong 20 phút đầu, đội chủ nhà ghi 1 bàn.", "20"),
    ],
)
def test_a_time_of_day_a_deadline_or_a_habit_is_no_span_of_hours(text: str, number: str) -> None:
    assert span_of_hours(figure(text, number)) is None


def test_a_span_after_sau_needs_chi_or_the_deed_done_in_it() -> None:
    assert span_of_hours(figure("Chỉ sau 5 giờ, công an đã bắt được kẻ trộm.", "5")) is not None
    assert span_of_hours(figure("Sau 4 giờ tìm kiếm, đội cứu hộ thấy nạn nhân.", "4")) is not None
    assert span_of_hours(figure("Sau 21 giờ, các quán phải đóng cửa.", "21")) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Em Lan đoạt huy chương vàng nội dung 100 m bơi ngửa nữ.", "100"),
        ("Giải chạy có 3 cự ly: cự ly 5 km dành cho học sinh.", "5"),
        ("Vận động viên xã Tân Hội nhất cự li 1.500 m nam.", "1.500"),
    ],
)
def test_the_metres_that_name_a_race_are_no_statistic(text: str, number: str) -> None:
    assert excluded_by(figure(text, number)) == "distance of a race"


def test_metres_covered_stay_a_statistic() -> None:
    assert excluded_by(figure("Đoàn viên đã chạy 21 km quanh hồ Đông Sơn.", "21")) is None


@pytest.mark.parametrize(
    "text",
    [
        'phong trào “100 ngày đêm” và "3 cứng" cùng ‘rác 2 ngăn’',
        '"a"b"c" “x "y” z" ‘a “b’ c” d',
        '"""""“”“x” "\n"a"',
        "“" + "x" * 95 + "” và “ngắn”",
    ],
)
def test_quotations_read_form_by_form_are_those_of_the_alternation(text: str) -> None:
    def spans(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
        return [(m.span(), m.lastgroup, m.span(m.lastgroup or 0)) for m in matches]

    expected = spans(list(_QUOTATION.finditer(text)))
    assert expected
    assert spans(quotation_matches(text)) == expected


@pytest.mark.parametrize(
    ("rule", "pattern"),
    [
        (sr.a_duration, sr.DURATION_AFTER),
        (sr.counts_a_named_list, sr._NAMED_LIST_AFTER),
        (sr.a_class_of_an_award, sr._AWARD_CLASS_AFTER),
        (sr.a_kind_of_vehicle, sr._SEATS_AFTER),
        (sr.the_shape_of_a_named_thing, sr._SHAPE_AFTER),
        (sr.a_house_number, sr._STREET_AFTER),
        (sr.the_plenum_of_a_term, sr._TERM_AFTER),
    ],
)
def test_every_match_of_a_gated_rules_pattern_holds_one_of_its_words_after(
    rule: sr.ExclusionRule, pattern: re.Pattern[str]
) -> None:
    # a word added to the pattern but not to WORDS_AFTER would never be read: this fails
    assert holds_one_of(pattern.pattern, tuple(sr.WORDS_AFTER[rule]))
    assert not holds_one_of(pattern.pattern, ("khen",))  # the reading can fail
    assert set(sr.WORDS_AFTER) == {
        sr.a_duration,
        sr.counts_a_named_list,
        sr.a_class_of_an_award,
        sr.a_kind_of_vehicle,
        sr.the_shape_of_a_named_thing,
        sr.a_house_number,
        sr.the_plenum_of_a_term,
    }
