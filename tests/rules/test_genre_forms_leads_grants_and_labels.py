"""Genre forms of leads, posts, grant lists, bylines and statistic labels (one test group per cause).

Every sentence here is written for the test (none is copied from an evaluation article).
"""

from __future__ import annotations

import pytest

from tomtat.extract.rules.awards import build_awards
from tomtat.extract.rules.event import extract_event
from tomtat.extract.rules.people import extract_people
from tomtat.text.counts import find_award_mentions, find_statistics, iter_sentences
from tomtat.text.metadata import find_author, find_source


def _awards(text: str) -> list[tuple[object, ...]]:
    awards, _ = build_awards(find_award_mentions(text))
    return [(a.type.value, a.issuer, a.collectives, a.individuals, a.total) for a in awards]


def _stat_values(text: str) -> list[object]:
    return [s.value for s in find_statistics(text, mentions=find_award_mentions(text))]


# --- 1. a programme ("tổ chức chương trình") held at a place before the organiser -------------


def test_programme_lead_with_place_before_organiser() -> None:
    text = (
        "Sáng 14/2, tại xã Ea Tân, huyện Krông Năng, Hạt Kiểm lâm huyện tổ chức chương trình "
        '"Tết trồng cây" năm 2025 với sự tham gia của hơn 300 người dân.'
    )
    event = extract_event(text).event
    assert event.date == "2025-02-14"
    assert event.part_of_day is not None and event.part_of_day.value == "sáng"
    assert event.organizer == "Hạt Kiểm lâm huyện"
    assert [k.value for k in event.kinds] == ["khác"]


def test_programme_without_a_date_is_not_a_lead() -> None:
    # an undated "tổ chức chương trình" in the body is an activity, not the reported event
    text = "Năm qua, Đoàn xã đã tổ chức chương trình tình nguyện mùa hè cho 120 đoàn viên."
    assert extract_event(text).lead is None


# --- 2. posts of border guard stations --------------------------------------------------------


def test_border_station_posts() -> None:
    text = (
        "Dự buổi lễ có Thiếu tá Trần Văn Khải, Đồn trưởng Đồn Biên phòng Sa Thầy; "
        "Đại úy Lê Minh Đức, Chính trị viên phó Đồn."
    )
    people = {p.name: p.title for p in extract_people(text)}
    assert people["Trần Văn Khải"] == "Đồn trưởng Đồn Biên phòng Sa Thầy"
    assert people["Lê Minh Đức"] is not None and people["Lê Minh Đức"].startswith("Chính trị viên")


# --- 3. a review of some months with a plan for a month of the same year ------------------------


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        (
            "Ngày 28.9, UBND xã Hòa Tiến tổ chức hội nghị sơ kết 3 tháng thực hiện mô hình "
            "chính quyền hai cấp, triển khai nhiệm vụ quý IV năm 2025.",
            2025,
        ),
        (
            "Chiều 30/10, Công an huyện Cam Lộ sơ kết 10 tháng, triển khai nhiệm vụ "
            "tháng 11 năm 2024.",
            2024,
        ),
    ],
)
def test_months_review_stays_in_plan_year(lead: str, year: int) -> None:
    period = extract_event(lead).event.review_period
    assert period is not None and (period.start, period.end) == (year, year)


def test_annual_review_before_plan_year_is_unchanged() -> None:
    lead = (
        "Chiều 5/1, Hội Nông dân huyện Ba Vì tổ chức hội nghị tổng kết công tác Hội, "
        "triển khai nhiệm vụ năm 2024."
    )
    period = extract_event(lead).event.review_period
    assert period is not None and (period.start, period.end) == (2023, 2023)


# --- 4. a grant whose counts are a bulleted list after a colon --------------------------------


def test_bulleted_counts_after_colon_are_one_grant() -> None:
    text = (
        "Dịp này, Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho:\n\n- 07 tập thể;\n\n"
        "- 11 cá nhân.\n\nCác đại biểu đã thảo luận sôi nổi."
    )
    assert _awards(text) == [("Bằng khen", "Ban Thường vụ Tỉnh đoàn", 7, 11, None)]
    assert 7 not in _stat_values(text) and 11 not in _stat_values(text)


def test_bulleted_list_of_grants_stays_apart() -> None:
    text = (
        "Tại hội nghị:\n- Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể;\n"
        "- Giám đốc Sở Y tế tặng Giấy khen cho 9 cá nhân."
    )
    assert _awards(text) == [
        ("Bằng khen", "Chủ tịch UBND tỉnh", 4, None, None),
        ("Giấy khen", "Giám đốc Sở Y tế", None, 9, None),
    ]


def test_bullets_without_colon_are_separate_sentences() -> None:
    text = "Kết quả năm 2023\n- Phát triển 250 đoàn viên\n- Thành lập 4 công đoàn cơ sở"
    assert len(list(iter_sentences(text))) == 3


# --- 5. "X khen thưởng N tập thể" as a later item of a grant list -----------------------------


def test_untyped_grant_item_with_its_own_issuer() -> None:
    text = (
        "Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 3 tập thể, 4 cá nhân; "
        "UBND huyện Đông Anh khen thưởng 6 tập thể, 10 cá nhân có thành tích xuất sắc."
    )
    assert _awards(text) == [
        ("Giấy khen", "Giám đốc Công an tỉnh", 3, 4, None),
        ("Khác", "UBND huyện Đông Anh", 6, 10, None),
    ]


def test_list_item_without_issuer_still_takes_previous_type() -> None:
    text = "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể; 12 cá nhân được tặng Giấy khen."
    assert ("Bằng khen", "UBND tỉnh", 5, None, None) in _awards(text)


# --- 6. two grants of one type in one sentence; a headline restating the grant ------------------


def test_two_orders_in_one_clause_are_one_entry_of_their_type_and_issuer() -> None:
    # FORMAT keeps one entry per kind of award and issuer: the parts add up, kind by kind
    text = (
        "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Quốc phòng trao Huân chương Quân công "
        "hạng Ba cho Trung đoàn 250 và Huân chương Bảo vệ Tổ quốc hạng Nhì cho 3 cá nhân."
    )
    awards, conflicts = build_awards(find_award_mentions(text))
    assert conflicts == []
    got = [(a.type.value, a.issuer, a.collectives, a.individuals, a.recipients) for a in awards]
    assert got == [("Huân chương", "Chủ tịch nước", 1, 3, ["Trung đoàn 250"])]


def test_ceremony_name_and_headline_do_not_add_recipients() -> None:
    text = (
        "Bệnh viện tỉnh đón nhận Huân chương Lao động hạng Nhì\n\n"
        "Sáng 2/3, Bệnh viện tỉnh Hà Giang tổ chức lễ đón nhận Huân chương Lao động hạng Nhì "
        "của Chủ tịch nước trao tặng cho Khoa Hồi sức tích cực.\n\n"
        "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động "
        "hạng Nhì cho Khoa Hồi sức tích cực."
    )
    awards, conflicts = build_awards(find_award_mentions(text))
    assert conflicts == []
    assert [(a.type.value, a.collectives) for a in awards] == [("Huân chương", 1)]
    assert awards[0].issuer == "Chủ tịch nước"


# --- 7. a grant's total with its split ("32 gương, gồm 12 tập thể, 20 cá nhân") ----------------


def test_total_before_split_is_not_a_statistic() -> None:
    text = (
        "Tuyên dương 45 gương điển hình\n\n"
        "Tại buổi lễ, Ban Thường vụ Huyện ủy tặng Giấy khen cho 45 gương điển hình, gồm "
        "15 tập thể và 30 cá nhân. Toàn huyện có 210 chi bộ."
    )
    assert _awards(text) == [("Giấy khen", "Ban Thường vụ Huyện ủy", 15, 30, None)]
    assert _stat_values(text) == [210]


def test_total_that_does_not_add_up_stays_a_statistic() -> None:
    text = (
        "Năm qua, xã có 40 hộ làm kinh tế giỏi, gồm 10 tập thể và 20 cá nhân được tặng Giấy khen."
    )
    assert 40 in _stat_values(text)


# --- 8. outlet as a bare acronym with a dash; joint and Highlands bylines -----------------------


@pytest.mark.parametrize(
    ("lead", "tag"),
    [
        ("BPO - Chiều 3/4, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết quý I.", "BPO"),
        ("HUẾ - Sáng 9/9, Sở Nội vụ tổ chức hội nghị triển khai công tác thi đua.", None),
        ("HÀ NỘI - Sáng 9/9, Bộ Nội vụ tổ chức hội nghị triển khai công tác thi đua.", None),
    ],
)
def test_dash_tag(lead: str, tag: str | None) -> None:
    found = find_source(["Tiêu đề bài báo về hội nghị", lead, "Đoạn thân bài."])
    assert (found.value if found else None) == tag


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("Minh Khôi - Lan Anh", "Minh Khôi - Lan Anh"),
        ("Thu Trang, Quốc Việt", "Thu Trang, Quốc Việt"),
        ("H'Linh", "H'Linh"),
        ("Theo quy định", None),
    ],
)
def test_signature_forms(last: str, author: str | None) -> None:
    paragraphs = ["Tiêu đề", "Sáng 2/3, Hội Nông dân tỉnh tổ chức hội nghị.", last]
    found = find_author(paragraphs)
    assert (found.value if found else None) == author


# --- 9. statistics: quoted names, compounds, thresholds, changes, totals, money purposes --------


def _stats(text: str) -> dict[object, tuple[str, str | None, str | None]]:
    found = find_statistics(text, mentions=find_award_mentions(text))
    return {s.value: (s.label, s.unit, s.qualifier) for s in found}


def test_quoted_name_right_after_the_number() -> None:
    stats = _stats('Hội đã trao 42 "Sổ tiết kiệm tình thương" cho học sinh nghèo.')
    assert stats[42][0] == "Sổ tiết kiệm tình thương"


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Đoàn viên đóng góp 1.200 ngày công làm đường giao thông.", 1200, "ngày công"),
        ("Chuyên án đã làm rõ 57 bị hại ở các tỉnh phía Bắc.", 57, "bị hại"),
    ],
)
def test_compound_nouns_that_start_with_stop_words(text: str, value: int, label: str) -> None:
    assert _stats(text)[value][0].startswith(label)


def test_threshold_from_to_above_is_not_a_statistic() -> None:
    text = (
        "Xã có 48 hộ có thu nhập từ 500 triệu đồng/năm trở lên và 12 hộ nuôi bò từ 20 con trở lên."
    )
    values = set(_stats(text))
    assert {48, 12} <= values
    assert 500000000 not in values and 20 not in values


def test_change_labelled_by_its_comparison() -> None:
    stats = _stats("Học sinh khá, giỏi đạt 6.100 em, tăng 4,2% so với năm học trước.")
    assert stats[4.2] == ("tăng so với năm học trước", "%", None)
    # a subject before the change still names it
    stats = _stats("Số vụ tai nạn giao thông giảm 12,5% so với cùng kỳ năm trước.")
    assert stats[12.5][0] == "vụ tai nạn giao thông"


def test_generic_unit_takes_the_total_named_before() -> None:
    stats = _stats("Công đoàn đã kết nạp mới, nâng tổng số đoàn viên lên 8.240 người.")
    assert "tổng số đoàn viên" in stats[8240][0]


def test_generic_unit_without_total_keeps_its_label() -> None:
    assert _stats("Buổi khám bệnh thu hút 350 người tham gia.")[350][0].startswith("người")


def test_money_named_by_its_purpose() -> None:
    stats = _stats("Huyện đã chi gần 2,6 tỷ đồng cho các công trình thủy lợi.")
    assert stats[2600000000] == ("chi cho công trình thủy lợi", "đồng", "gần")
    stats = _stats("Hội hỗ trợ 80 triệu đồng cho các hội viên nghèo.")
    assert stats[80000000][0] == "hỗ trợ cho hội viên nghèo"
    # a money word before the figure keeps naming it
    stats = _stats("Tổng kinh phí hơn 900 triệu đồng cho các hộ nghèo.")
    assert stats[900000000][0].startswith("Tổng kinh phí")


def test_worth_takes_the_thing_before_it() -> None:
    stats = _stats("Lực lượng chức năng thu giữ hàng lậu trị giá hơn 3 tỷ đồng.")
    label, unit, qualifier = stats[3000000000]
    assert "hàng lậu" in label and "trị giá" in label
    assert (unit, qualifier) == ("đồng", "hơn")
