"""Tests for tomtat.text.metadata on paragraph lists written in the genre."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tomtat.text.metadata import (
    _FOUR_DIGITS,
    extract_metadata,
    find_author,
    find_dateline,
    find_source,
    find_title,
    outlet_province,
    person_name_case,
    strip_scraper_prefix,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NHẬT MINH", "Nhật Minh"),
        ("ĐÔNG ANH", "Đông Anh"),
        ("N.MINH", "N.Minh"),
        ("phạm mỹ hạnh", "Phạm Mỹ Hạnh"),
        ("NGUYỄN THỊ TỐ LOAN", "Nguyễn Thị Tố Loan"),
        ("H.Y", "H.Y"),
    ],
)
def test_person_name_case(raw: str, expected: str) -> None:
    assert person_name_case(raw) == expected


@pytest.mark.parametrize(
    ("lead", "tag"),
    [
        ("(LĐ online) - Chiều 5/1, UBND huyện tổ chức hội nghị.", "LĐ online"),
        ("(Web Quảng Trị) Sáng 31/1/2023, UBND tỉnh tổ chức hội nghị.", "Web Quảng Trị"),
        ("(GLO) - Sáng 12/3, Công an thị xã An Khê tổ chức hội nghị.", "GLO"),
        ("(Baonghean.vn) - Chiều 2/8, Công an tỉnh tổ chức lễ tuyên dương.", "Baonghean.vn"),
        ("(QTO) - Sáng nay, UBND tỉnh tổ chức hội nghị.", "QTO"),
        ("(PLO)- Ngày 5/6, Công an TP.HCM tổ chức hội nghị.", "PLO"),
        ("Hà Nội (TTXVN) - Sáng 5/3, Bộ Công an tổ chức hội nghị.", "TTXVN"),
        # a site's lowercase domain name as its tag
        ("(kontumtv.vn) – Bộ Công an tổ chức hội nghị trực tuyến.", "kontumtv.vn"),
        ("(baogialai.com.vn) - Sáng 3/4, UBND tỉnh tổ chức hội nghị.", "baogialai.com.vn"),
        ("(dantri.com.vn): Chiều 9/9, Công an tỉnh tổ chức lễ kỷ niệm.", "dantri.com.vn"),
    ],
)
def test_find_source(lead: str, tag: str) -> None:
    found = find_source(["Tiêu đề bài báo về hội nghị", lead])
    assert found is not None and found.value == tag and found.paragraph == 1
    assert lead[found.start : found.end] == tag


def test_tag_and_dash_alone_open_the_next_paragraph() -> None:
    found = find_source(["(VTC News) -", "Sáng 5/8, Bộ Công an tổ chức lễ kỷ niệm."])
    assert found is not None and found.value == "VTC News"


def test_dash_tag_inside_a_headline_run_into_the_lead() -> None:
    paragraph = (
        "Xã Ia Dom tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc GLO - Sáng 9/8, UBND xã "
        "Ia Dom tổ chức Ngày hội với nhiều hoạt động."
    )
    found = find_source([paragraph])
    assert found is not None and found.value == "GLO"
    assert paragraph[found.start : found.end] == "GLO"


@pytest.mark.parametrize(
    ("paragraph", "tag"),
    [
        (
            "Phường Hòa Cường tổ chức Ngày hội ĐNO - Hướng tới kỷ niệm 80 năm Ngày truyền thống, "
            "tối 15/8, phường Hòa Cường tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
            "ĐNO",
        ),
        (
            "Huyện Chư Sê tuyên dương 50 điển hình GLO - Nhằm biểu dương các tập thể, cá nhân, "
            "UBND huyện Chư Sê tổ chức hội nghị.",
            "GLO",
        ),
        (
            "Đảng bộ xã Tam Xuân tổng kết năm 2024 QNO - Thực hiện kế hoạch, Đảng ủy xã Tam Xuân "
            "tổ chức hội nghị tổng kết công tác năm 2024.",
            "QNO",
        ),
    ],
)
def test_known_outlet_tag_inside_a_headline_run_into_any_lead(paragraph: str, tag: str) -> None:
    found = find_source([paragraph])
    assert found is not None and found.value == tag


def test_lowercase_bracket_without_a_dash_is_no_tag() -> None:
    # near misses: a domain alone in brackets, and a lowercase remark that is no domain
    assert find_source(["Tiêu đề", "(baochinhphu.vn) Sáng 3/4, Bộ tổ chức hội nghị."]) is None
    assert find_source(["Tiêu đề", "(ảnh minh họa) - Sáng 3/4, Bộ tổ chức hội nghị."]) is None


def test_unknown_acronym_inside_a_paragraph_is_no_tag_before_a_clause() -> None:
    # near misses: an unknown acronym, and a known one inside a sentence, not before a lead
    assert (
        find_source(["Giải bóng đá THPT - Kỷ niệm 30 năm thành lập trường diễn ra sôi nổi."])
        is None
    )
    assert find_source(["Cán bộ phóng viên báo GLO - những người đã đưa tin về ngày hội."]) is None


def test_capitals_inside_a_sentence_are_not_a_tag() -> None:
    assert find_source(["Lực lượng CAND - những người lính thầm lặng, luôn có mặt."]) is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("(QNO) - Sáng 5/1, xã Tam Thăng tổ chức hội nghị.", "Quảng Nam"),
        ("(LĐ online) - Chiều 5/1, xã Tân Hà tổ chức hội nghị.", "Lâm Đồng"),
        ("(BDO) Sáng 17-12, Sư đoàn 7 tổ chức hội nghị quân chính.", "Bình Dương"),
        ("(BHG) - Sáng 5/1, huyện Vị Xuyên tổ chức hội nghị.", "Hà Giang"),
        ("(YBĐT) - Sáng 5/1, Công an thị xã tổ chức hội nghị.", "Yên Bái"),
        ("(VOV) - Sáng 5/1, Bộ Y tế tổ chức hội nghị.", None),
        ("Lead.\n\nTheo Báo Thái Bình", "Thái Bình"),
        ("(TTXVN) - Sáng 5/1, Bộ Y tế tổ chức hội nghị.", None),
        ("Sáng 5/1, Bộ Y tế tổ chức hội nghị.", None),
    ],
)
def test_outlet_province(text: str, province: str | None) -> None:
    found = outlet_province(text)
    assert (found[0] if found else None) == province
    if found:
        assert text[found[1] : found[2]] in text


@pytest.mark.parametrize(
    "lead",
    [
        "(Ảnh: Nhật Minh) Các đại biểu dự hội nghị.",
        "(2014 - 2023) là giai đoạn quan trọng.",
        "Hội nghị (mở rộng) được tổ chức sáng 5/1.",
        "(LĐ online)",
        "(Ảnh minh họa) -",
    ],
)
def test_find_source_rejects(lead: str) -> None:
    assert find_source([lead]) is None


@pytest.mark.parametrize(
    ("line", "published", "author"),
    [
        ("Thứ sáu - 03/02/2023 14:40", "2023-02-03", None),
        ("NHẬT MINH 20:47, 17/05/2023", "2023-05-17", "Nhật Minh"),
        ("Cập nhật: 08:30 Thứ hai, 12/06/2023 (GMT+7)", "2023-06-12", None),
        ("Thứ Ba, 05/09/2023 | 10:15", "2023-09-05", None),
        ("12/06/2023 08:30", "2023-06-12", None),
        ("T.HÀ - 10:05 ngày 04/03/2024", "2024-03-04", "T.Hà"),
        # dotted dates and a page's view counter after the time
        ("• 28.8.2020 - 15:54", "2020-08-28", None),
        ("Cập nhật: 9.1.2023 lúc 07:12", "2023-01-09", None),
        ("Thứ tư - 14/06/2023 09:15 2310", "2023-06-14", None),
        ("MINH TÂM 14/06/2023 09:15 87", "2023-06-14", "Minh Tâm"),
        # hyphenated and worded dates, a labelled view count
        ("16-08-2025 10:05", "2025-08-16", None),
        ("Ngày 16 tháng 8 năm 2025", "2025-08-16", None),
        ("16/08/2025 10:05 - Lượt xem: 1203", "2025-08-16", None),
        ("NGUYỄN AN - 16-08-2025", "2025-08-16", "Nguyễn An"),
    ],
)
def test_find_dateline(line: str, published: str, author: str | None) -> None:
    found_date, found_author = find_dateline([line])
    assert found_date is not None and found_date.value == published
    if author is None:
        assert found_author is None
    else:
        assert found_author is not None and found_author.value == author
        assert line[found_author.start : found_author.end].casefold() == author.casefold()


@pytest.mark.parametrize(
    "line",
    [
        "(LĐ online) - Chiều 5/1/2021, Ban Chỉ đạo huyện Đạ Tẻh tổ chức tổng kết công tác năm 2020.",
        "Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư",
        "Sáng 5/1, hội nghị diễn ra.",
        # near misses: a dotted number is not a date, and a count after a date is not a counter
        "Tổng số 1.131.2020 lượt",
        "Ngày 12.3.2023 có 45 tập thể được khen thưởng",
        "Ngày 16 tháng 8 năm 2025, UBND xã tổ chức hội nghị.",
        "Số 12-3-2023 có 45 tập thể",
    ],
)
def test_body_dates_are_not_datelines(line: str) -> None:
    assert find_dateline([line]) == (None, None)


@pytest.mark.parametrize(
    ("paragraphs", "author"),
    [
        (["Nội dung bài.", "Tác giả bài viết: Phạm Mỹ Hạnh"], "Phạm Mỹ Hạnh"),
        (["Nội dung bài.", "Tác giả: Nguyễn Văn An"], "Nguyễn Văn An"),
        (["Nội dung bài.", "Bài và ảnh: HOÀNG TÁO"], "Hoàng Táo"),
        (["Nội dung bài.", "Tin, ảnh: Lê Na"], "Lê Na"),
        (["Nội dung bài.", "ĐÔNG ANH"], "Đông Anh"),
        (["Nội dung bài.", "N.MINH"], "N.Minh"),
        (["Nội dung bài.", "THU HÀ (tổng hợp)"], "Thu Hà"),
        (["Nội dung bài.", "QUANG HUY - PV"], "Quang Huy"),
        (["Nội dung bài.", "Minh Tâm"], "Minh Tâm"),
        (["Nội dung bài.", "TTXVN"], None),
        (["Nội dung bài.", "UBND HUYỆN ĐỨC TRỌNG"], None),
        (["Nội dung bài.", "Ông Tống Giang Nam"], None),
        (["Nội dung bài.", "Các đại biểu tham dự hội nghị"], None),
        (["Nội dung bài kết thúc ở đây."], None),
    ],
)
def test_find_author(paragraphs: list[str], author: str | None) -> None:
    found = find_author(paragraphs)
    assert (found.value if found else None) == author


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        (
            ["Đức Trọng: Tổng kết 10 năm phong trào", "(LĐ online) - Chiều 17/5, ..."],
            "Đức Trọng: Tổng kết 10 năm phong trào",
        ),
        (
            ["Thứ hai, 04/03/2024 10:05", "Đak Pơ sơ kết phong trào", "(GLO) - Sáng 4/3."],
            "Đak Pơ sơ kết phong trào",
        ),
        (
            ["Có nên tăng mức thưởng cho tổ tự quản?", "Nội dung."],
            "Có nên tăng mức thưởng cho tổ tự quản?",
        ),
        (["(LĐ online) - Chiều 5/1, UBND huyện tổ chức tổng kết...", "Nội dung."], None),
        (["Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết.", "Nội dung."], None),
        (["Quang cảnh hội nghị", "Nội dung."], None),
        (["Ông Nguyễn Văn A phát biểu tại hội nghị", "Nội dung."], None),
        (["ĐÔNG ANH"], None),
        ([], None),
    ],
)
def test_find_title(paragraphs: list[str], title: str | None) -> None:
    found = find_title(paragraphs)
    assert (found.value if found else None) == title


@pytest.mark.parametrize(
    "first",
    [
        "Ngày 3.4.2019, Hội Nông dân huyện Kim Sơn tổ chức hội nghị tổng kết năm 2018",
        "Chiều 12/11, Đoàn Thanh niên xã Tân Hòa tổ chức lễ tuyên dương đoàn viên tiêu biểu",
        "Sáng ngày 8-3-2022, tại hội trường UBND phường, Hội Phụ nữ phường gặp mặt hội viên",
    ],
)
def test_a_lead_run_on_without_its_full_stop_is_no_title(first: str) -> None:
    assert find_title([first, "Nội dung."]) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở xã Tân Hòa",
        "Ngày 9/11: vinh danh 50 thanh niên tiêu biểu",
        "Sáng mãi truyền thống Hội Cựu chiến binh huyện Kim Sơn",
    ],
)
def test_a_headline_naming_a_day_without_a_leads_comma_is_a_title(headline: str) -> None:
    found = find_title([headline, "Nội dung."])
    assert found is not None and found.value == headline


def test_find_title_prefers_the_html_hint() -> None:
    paragraphs = ["Trang chủ", "Krông Pa tổng kết phong trào", "Nội dung."]
    found = find_title(paragraphs, hint="Krông Pa  tổng kết phong trào")
    assert found is not None and found.paragraph == 1


@pytest.mark.parametrize(
    ("text", "published", "rest"),
    [
        (" date 2021-01 (LĐ online) - Chiều 8/1", "2021-01", "(LĐ online) - Chiều 8/1"),
        ("date 2023-5-17\nNội dung", "2023-05-17", "Nội dung"),
        ("date: 2022-11 Nội dung", "2022-11", "Nội dung"),
        ("dates are not a prefix", None, "dates are not a prefix"),
        (" date 2021-13 x", None, " date 2021-13 x"),
    ],
)
def test_strip_scraper_prefix(text: str, published: str | None, rest: str) -> None:
    value, offset, _ = strip_scraper_prefix(text)
    assert value == published
    assert text[offset:] == rest


def test_extract_metadata_all_fields() -> None:
    paragraphs = [
        "Gia Lai: Tuyên dương 50 điển hình tiên tiến",
        "MINH ANH 08:15, 02/03/2024",
        "(GLO) - Sáng 2/3, UBND tỉnh Gia Lai tổ chức lễ tuyên dương.",
        "Dịp này, 50 tập thể, cá nhân được tặng Bằng khen.",
    ]
    metadata = extract_metadata(paragraphs)
    assert metadata.title is not None and metadata.title.paragraph == 0
    assert metadata.source is not None and metadata.source.value == "GLO"
    assert metadata.published is not None and metadata.published.value == "2024-03-02"
    assert metadata.author is not None and metadata.author.value == "Minh Anh"


def test_all_caps_headline_is_a_title() -> None:
    paragraphs = [
        "CÔNG AN TỈNH GIA LAI TỔNG KẾT NĂM 2023",
        "(GLO) - Sáng 5/1, Công an tỉnh tổ chức hội nghị.",
    ]
    found = find_title(paragraphs)
    assert found is not None and found.value == paragraphs[0]


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Trần Minh Khoa - Báo Gia Lai", "Trần Minh Khoa"),
        ("Thu Trang – Ủy ban MTTQ huyện Đak Pơ", "Thu Trang"),
        ("Hữu Phước – Huyện đoàn Ia Grai", "Hữu Phước"),
    ],
)
def test_closing_signature_with_affiliation(closing: str, author: str) -> None:
    paragraphs = ["Tiêu đề", "Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết năm 2023.", closing]
    found = find_author(paragraphs)
    assert found is not None and found.value == author
    assert closing[found.start : found.end] == author


def test_closing_signature_naming_an_outlet_gives_the_source() -> None:
    paragraphs = ["Tiêu đề", "Sáng 5/1, UBND huyện tổ chức hội nghị.", "Minh Khoa - Báo Kon Tum"]
    found = find_source(paragraphs)
    assert found is not None and found.value == "Báo Kon Tum"


def test_byline_on_its_own_line_before_the_tagged_lead() -> None:
    paragraphs = [
        "Xã Ia Hrú tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
        "LÊ HOÀNG",
        "(GLO)- Ngày 9-8, xã Ia Hrú tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025.",
    ]
    found = find_author(paragraphs)
    assert found is not None and found.value == "Lê Hoàng"


def test_web_furniture_closing_the_page_is_not_an_author() -> None:
    paragraphs = ["Tiêu đề", "Sáng 5/1, UBND huyện tổ chức hội nghị.", "MỚI - NÓNG"]
    assert find_author(paragraphs) is None


def test_agency_alone_closing_the_text_is_the_source() -> None:
    found = find_source(["Tiêu đề", "Sáng 5/1, Bộ Y tế tổ chức hội nghị.", "TTXVN"])
    assert found is not None and found.value == "TTXVN"


@pytest.mark.parametrize(("closing", "author"), [("HQT", "HQT"), ("TTXVN", None), ("GLO", None)])
def test_initials_closing_the_text(closing: str, author: str | None) -> None:
    found = find_author(["Tiêu đề", "Sáng 5/1, Bộ Y tế tổ chức hội nghị.", closing])
    assert (found.value if found else None) == author


def test_dateline_with_bracketed_time_zone() -> None:
    published, author = find_dateline(["Tiêu đề", "Thứ Hai, 26/06/2023, 19:21 [GMT+7]"])
    assert published is not None and published.value == "2023-06-26"
    assert author is None


def test_name_opening_the_page_above_a_photo_caption_is_the_byline() -> None:
    paragraphs = [
        "Trần Thị Mai",
        "Hoi nghi tong ket phong trao toan dan bao ve an ninh To quoc - Anh 1",
        "Sáng 5/1, Công an tỉnh tổ chức hội nghị tổng kết năm 2023.",
    ]
    found = find_author(paragraphs)
    assert found is not None and found.value == "Trần Thị Mai"


def test_caption_after_a_headline_gives_no_byline() -> None:
    paragraphs = [
        "Công an tỉnh tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023",
        "Quang cảnh hội nghị - Ảnh 1",
        "Sáng 5/1, Công an tỉnh tổ chức hội nghị tổng kết năm 2023.",
    ]
    assert find_author(paragraphs) is None


def test_extract_metadata_keeps_a_title_read_already() -> None:
    paragraphs = [
        "CÔNG AN TỈNH GIA LAI TỔNG KẾT NĂM 2023",
        "(GLO) - Sáng 5/1, Công an tỉnh tổ chức hội nghị.",
    ]
    read = find_title(paragraphs)
    assert extract_metadata(paragraphs, title_read=True, title=read).title == read
    # the caller's reading is used as handed over, not read again
    assert extract_metadata(paragraphs, title_read=True, title=None).title is None
    assert extract_metadata(paragraphs).title == read


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Thực hiện: PV Hồng Nhung.", "Hồng Nhung"),
        ("Tin ảnh: Bảo Ngọc", "Bảo Ngọc"),
        ("Tin, ảnh: LAN PHƯƠNG-QUỐC TUẤN", "Lan Phương-Quốc Tuấn"),
        ("Bài và ảnh: Minh Châu, Hải Yến", "Minh Châu, Hải Yến"),
    ],
)
def test_a_credit_line_names_its_writers_past_their_role(closing: str, author: str) -> None:
    found = find_author(["Tiêu đề", "Sáng 5/1, Sở Y tế tổ chức hội nghị.", closing])
    assert found is not None and found.value == author


@pytest.mark.parametrize(
    "closing",
    [
        "Tin, ảnh: Công an phường.",
        "Thực hiện: Ban biên tập",
        "Tin ảnh: theo báo địa phương",
        # a body credited in capitals or as a name is written is no writer
        "Thực hiện: ĐOÀN THANH NIÊN XÃ HÒA BÌNH",
        "Thực hiện: PHÒNG VĂN HÓA HUYỆN",
        "Thực hiện: UBND Phường Tân Mai",
    ],
)
def test_a_credit_line_naming_a_body_or_a_phrase_names_no_writer(closing: str) -> None:
    assert find_author(["Tiêu đề", "Sáng 5/1, Sở Y tế tổ chức hội nghị.", closing]) is None


def test_a_joint_signature_of_initialled_names_closes_the_text() -> None:
    for closing in ("K.Linh– T.Hòa", "K.Linh - T.Hòa", "N.Quang –P.Thảo"):
        found = find_author(["Tiêu đề", "Sáng 5/1, Sở Y tế tổ chức hội nghị.", closing])
        assert found is not None and found.value == closing, closing
    # near miss: a closing line of two words that are not names
    assert (
        find_author(["Tiêu đề", "Sáng 5/1, Sở Y tế tổ chức hội nghị.", "Xem thêm – Video"]) is None
    )


@pytest.mark.parametrize("closing", ["Quốc Việt-Lan Hương", "H.Trang-P.Duy", "THANH BÌNH-NGỌC ÁNH"])
def test_a_joint_signature_with_an_unspaced_dash_names_both_writers(closing: str) -> None:
    # the same separators as a joint credit line ("Bài: Quốc Việt-Lan Hương")
    found = find_author(["Tiêu đề", "Sáng 5/1, Sở Y tế tổ chức hội nghị.", closing])
    assert found is not None and found.value.casefold() == closing.casefold(), closing


@pytest.mark.parametrize("closing", ["Đắk-Nông", "Cư-Jút mới", "Tin-ảnh tổng hợp"])
def test_a_hyphenated_closing_line_that_is_no_pair_of_names_names_no_writer(closing: str) -> None:
    assert find_author(["Tiêu đề", "Sáng 5/1, Sở Y tế tổ chức hội nghị.", closing]) is None


@pytest.mark.parametrize(
    ("lead", "tag"),
    [
        ("KTO-Ngày 4/5/2021, Sở GD&ĐT tổ chức lễ khen thưởng các em đạt giải quốc gia.", "KTO"),
        ("BPO–Sáng 12/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm 2022.", "BPO"),
        ("QTO - Chiều 7/9, Công an tỉnh tổ chức lễ trao Huân chương cho các tập thể.", "QTO"),
    ],
)
def test_an_acronym_tag_opens_a_lead_with_or_without_spaces_round_its_dash(
    lead: str, tag: str
) -> None:
    found = find_source(["Tiêu đề bài báo về hội nghị", lead])
    assert found is not None and found.value == tag


def test_an_acronym_run_into_a_word_is_no_outlet_tag() -> None:
    # near misses: "COVID-19", "ASEAN-Nhật" open no lead with an outlet's tag
    for lead in (
        "COVID-19 vẫn diễn biến phức tạp, nhiều địa phương tổ chức hội nghị trực tuyến.",
        "ASEAN-Nhật Bản tổ chức hội nghị cấp cao lần thứ 25 tại thủ đô của nước bạn.",
    ):
        assert find_source(["Tiêu đề bài báo về hội nghị", lead]) is None, lead


def test_a_byline_drops_the_outlet_tag_written_after_the_name() -> None:
    for line, author in (
        ("MINH AN LDO | 16/11/2023 20:56", "Minh An"),
        ("THU TRANG TNO 08:15 - 02/03/2024", "Thu Trang"),
    ):
        _, byline = find_dateline([line, "Sáng 5/1, Sở Y tế tổ chức hội nghị tổng kết năm."])
        assert byline is not None and byline.value == author, line
    # near miss: a two-word name whose second word looks like a tag is kept whole
    _, byline = find_dateline(["PHẠM VOV 16/11/2023 20:56", "Sáng 5/1, Sở Y tế tổ chức hội nghị."])
    assert byline is None or byline.value == "Phạm Vov"


def test_a_headline_ending_with_a_date_and_a_clock_time_carries_the_publication_date() -> None:
    lead = "(ABC)- Sáng 5/1, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác năm 2022."
    for headline, iso in (
        ("Sở Y tế tổng kết công tác năm 2022 06/01/2023 09:15", "2023-01-06"),
        ("Trường Tiểu học Hòa An đón nhận Huân chương Lao động 21/11/2024 17:02:45", "2024-11-21"),
        ("Công an huyện ra mắt mô hình tự quản 3/9/2022 8:30", "2022-09-03"),
    ):
        published, _ = find_dateline([headline, lead])
        assert published is not None and published.value == iso, headline
    # near misses: a date ending a headline without a time, or inside a sentence
    for headline in (
        "Kỷ niệm ngày thành lập 20/11/2024",
        "Hội nghị ngày 06/01/2023 09:15 bàn về công tác thi đua của ngành y tế tỉnh nhà",
    ):
        published, _ = find_dateline([lead, headline])
        assert published is None, headline
    # near misses: a schedule's day and hour that the headline's own words lead to
    for headline in (
        "Lịch trực ban tuần 12 18/03/2024 08:00",
        "Họp báo công bố kết quả thi vào 05/07/2024 15:30",
        "Thông báo lịch làm việc ngày 9/10/2024 7:30",
    ):
        published, _ = find_dateline([headline, lead])
        assert published is None, headline
    # a dateline further down is the page's date ahead of a stamp run into the headline
    published, _ = find_dateline(
        ["Sở Y tế tổng kết năm 2022 06/01/2023 09:15", lead, "Thứ bảy, 07/01/2023 10:02"]
    )
    assert published is not None and published.value == "2023-01-07"


def test_a_byline_closed_by_the_pages_separator_opens_the_text() -> None:
    lead = "Sáng 5/1, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác năm 2022 và triển khai."
    for byline, author in (
        ("HỒNG NHUNG |", "Hồng Nhung"),
        ("PHAN VŨ ||", "Phan Vũ"),
        ("N.THÀNH |", "N.Thành"),
    ):
        found = find_author(["Sở Y tế tổng kết năm 2022", byline, lead])
        assert found is not None and found.value == author, byline
    # near miss: a menu line closed by a separator is no byline
    assert find_author(["Sở Y tế tổng kết năm 2022", "TIN MỚI |", lead]) is None


def test_a_writer_credited_with_their_outlet_gives_both() -> None:
    lead = "Sáng 5/1, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác năm 2022 và triển khai."
    for closing, author, outlet in (
        ("Thực hiện: Thanh Hà/ VTV Huế", "Thanh Hà", "VTV Huế"),
        ("Bài, ảnh: Lê Minh / Báo Đồng Khởi", "Lê Minh", "Báo Đồng Khởi"),
        ("Tin ảnh: PV Quang Huy/ Đài PT-TH tỉnh", "Quang Huy", "Đài PT-TH tỉnh"),
    ):
        paragraphs = ["Sở Y tế tổng kết năm 2022", lead, closing]
        found_author, found_source = find_author(paragraphs), find_source(paragraphs)
        assert found_author is not None and found_author.value == author, closing
        assert found_source is not None and found_source.value == outlet, closing
    # near miss: a slash inside what is no writer's name credits no outlet
    paragraphs = ["Sở Y tế tổng kết năm 2022", lead, "Thực hiện: kế hoạch số 12/ KH-UBND"]
    assert find_source(paragraphs) is None


def test_a_source_credit_with_the_pages_link_names_the_outlet() -> None:
    lead = "Sáng 5/1, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác năm 2022 và triển khai."
    for closing, outlet in (
        ("Nguồn QĐND: https://www.qdnd.vn/chinh-tri/tin-tuc/mot-bai-viet-rat-dai-123456", "QĐND"),
        ("Theo TTXVN: http://www.vietnamplus.vn/bai-viet-so-987.vnp", "TTXVN"),
    ):
        found = find_source(["Sở Y tế tổng kết năm 2022", lead, closing])
        assert found is not None and found.value == outlet, closing


def test_a_joint_signature_broken_over_two_lines_names_both_writers() -> None:
    lead = "Sáng 5/1, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác năm 2022 và triển khai."
    for first, second in (
        ("Khánh Linh -", "Thu Hà"),
        ("Minh Tâm –", "Quốc Bảo"),
        ("Hải Yến-", "Lan Chi"),
    ):
        found = find_author(["Sở Y tế tổng kết năm 2022", lead, first, second])
        expected = f"{first.rstrip(' -–')} - {second}"
        assert found is not None and found.value == expected, first
    # near miss: a sentence ending on a dash before the signature is no writer
    found = find_author(["Sở Y tế tổng kết năm 2022", lead, "Xem thêm các tin khác -", "Thu Hà"])
    assert found is not None and found.value == "Thu Hà"


def test_of_two_datelines_at_the_top_the_article_has_the_earliest() -> None:
    # a site header shows the day the page was fetched, above the article's own dateline
    lead = "Chiều 4/3, Hội Cựu chiến binh xã Yên Lạc tổ chức hội nghị tổng kết."
    paragraphs = [
        "Chủ nhật, 16/06/2024, 08:05 [GMT+7]",
        "Yên Lạc tổng kết",
        "04/03/2021 | 17:20",
        lead,
    ]
    published, _ = find_dateline(paragraphs)
    assert published is not None and published.value == "2021-03-04"
    # near miss: one dateline at the top is read as before
    published, _ = find_dateline(["Chủ nhật, 16/06/2024, 08:05 [GMT+7]", "Yên Lạc tổng kết", lead])
    assert published is not None and published.value == "2024-06-16"


def test_a_minutes_mark_after_the_time_keeps_a_dateline() -> None:
    published, author = find_dateline(["Tiêu đề bài", "08:45' - 12/10/2021", "Sáng 11/10, ..."])
    assert published is not None and published.value == "2021-10-12"
    assert author is None


def test_an_outlets_name_and_a_dash_before_the_leads_day_is_its_tag() -> None:
    lead = "Công Thương - Chiều 4-5, Sở Công Thương tỉnh tổ chức hội nghị sơ kết quý I."
    found = find_source(["Sở Công Thương sơ kết quý I", lead])
    assert found is not None and (found.value, found.paragraph) == ("Công Thương", 1)
    # near misses: a dateline place, or a name and a dash before anything but the lead's day
    for paragraph in (
        "Hà Tĩnh - Sáng 5/3, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2023.",
        "Sơn Tịnh - Chiều 6/3, Huyện đoàn tổ chức hội nghị tổng kết công tác năm 2023.",
        "Nông thôn mới - Hành trình 10 năm của huyện miền núi được tổng kết hôm qua.",
    ):
        assert find_source(["Tiêu đề bài", paragraph]) is None, paragraph


def test_a_closing_signature_after_the_writers_role_names_the_writer() -> None:
    lead = "Sáng 5/3, Hội Nông dân xã Tân Lập tổ chức hội nghị."
    for last, name in (
        ("CTV Duy An", "Duy An"),
        ("PV Thu Hà - Minh Đức", "Thu Hà - Minh Đức"),
        ("Phóng viên Lê Minh", "Lê Minh"),
    ):
        found = find_author([lead, last])
        assert found is not None and found.value == name, last


def test_a_role_before_a_body_or_a_phrase_names_no_writer() -> None:
    lead = "Sáng 5/3, Hội Nông dân xã Tân Lập tổ chức hội nghị."
    for last in ("CTV Công an huyện", "PV", "ctv tổng hợp", "Phóng viên thường trú tại Huế"):
        assert find_author([lead, last]) is None, last


def test_a_place_and_date_line_dates_the_text_but_names_no_writer() -> None:
    lead = "Sáng 5/3, Hội Nông dân xã Tân Lập tổ chức hội nghị."
    for line, published in (
        ("Cần Thơ, ngày 17-12-2020", "2020-12-17"),
        ("Đà Nẵng, ngày 5/3/2022", "2022-03-05"),
        ("TP. Hồ Chí Minh, ngày 1/2/2023", "2023-02-01"),
    ):
        found, byline = find_dateline([line, lead])
        assert found is not None and found.value == published, line
        assert byline is None, line
    # near misses: a writer's name (even one a place also bears) before the date, with no
    # "ngày", is the page's byline
    for line, writer in (
        ("Thanh Hà, 05/03/2022", "Thanh Hà"),
        ("MINH HÀ 20:47, 17/05/2023", "Minh Hà"),
    ):
        _, byline = find_dateline([line, lead])
        assert byline is not None and byline.value == writer, line


@pytest.mark.parametrize(
    ("paragraphs", "source"),
    [
        (
            [
                "Khen ngợi đội dân phòng ba thôn miền núi (QNO) – Sáng nay 17/10, UBND huyện "
                "tặng giấy khen cho các đội dân phòng."
            ],
            "QNO",
        ),
        (
            [
                "Tuyên dương thanh niên tiêu biểu (BPO)-Sáng 9/3, Tỉnh đoàn tổ chức lễ tuyên dương "
                "các thanh niên tiêu biểu năm 2023."
            ],
            "BPO",
        ),
        (
            [
                "Tiêu đề",
                "ANTD.VN - Đội Cảnh sát cơ động quận vừa tặng giấy khen cho hai chiến sĩ "
                "cứu người bị nạn.",
            ],
            "ANTD.VN",
        ),
        # near misses: a bracketed note that opens no lead, a dateline place in capitals
        (
            [
                "Hội nghị của ngành (UBND) – nhiều nội dung đã được thông qua trong buổi họp "
                "kéo dài cả ngày."
            ],
            None,
        ),
        (
            [
                "Tiêu đề",
                "HUẾ - Đội Cảnh sát cơ động quận vừa tặng giấy khen cho hai chiến sĩ "
                "cứu người bị nạn.",
            ],
            None,
        ),
        # near misses: an abbreviation in brackets before the lead's time is no outlet's tag
        (["Sơ kết Ban Chỉ đạo (BCĐ) - Sáng 5/1, BCĐ 47 xã Tiên Lãnh tổ chức hội nghị."], None),
        (
            ["Tập huấn cứu hộ, cứu nạn (CNCH) – Chiều 12/6, Đội PCCC khu vực tổ chức buổi lễ."],
            None,
        ),
    ],
)
def test_an_outlets_tag_run_into_a_headline_or_written_as_its_site_is_read(
    paragraphs: list[str], source: str | None
) -> None:
    found = find_source(paragraphs)
    assert (found.value if found else None) == source


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("09:15 - Thứ Hai, 12/05/2025 Lượt xem: 210 In bài viết", "2025-05-12"),
        ("Thứ 4, 05/03/2025 | 08:10:00 [GMT +7] A  A", "2025-03-05"),
        ("Chủ nhật, 14/12/2024 - 20:05 A+ A- Chia sẻ", "2024-12-14"),
    ],
)
def test_a_pages_controls_beside_its_stamp_name_no_writer(stamp: str, published: str) -> None:
    paragraphs = [
        "Hội Nông dân huyện Tân Lạc tổng kết năm 2024",
        stamp,
        "Sáng 10/12, Hội Nông dân huyện Tân Lạc tổ chức hội nghị tổng kết năm 2024.",
    ]
    meta = extract_metadata(paragraphs)
    assert meta.published is not None and meta.published.value == published
    assert meta.author is None


@pytest.mark.parametrize(
    ("stamp", "author"),
    [
        ("ANH THƯ 20:47, 17/05/2023", "Anh Thư"),
        ("Thứ sáu, 03/02/2023 14:40 Á Lan", "Á Lan"),
    ],
)
def test_a_writers_name_beside_the_stamp_is_still_the_byline(stamp: str, author: str) -> None:
    paragraphs = [
        "Hội Nông dân huyện Tân Lạc tổng kết năm 2022",
        stamp,
        "Sáng 10/12, Hội Nông dân huyện Tân Lạc tổ chức hội nghị tổng kết năm 2022.",
    ]
    meta = extract_metadata(paragraphs)
    assert meta.author is not None and meta.author.value == author


@given(st.text(alphabet=st.sampled_from("0123456789٣९x /.-\n"), max_size=30) | st.text(max_size=30))
def test_a_year_is_looked_for_as_four_digits(paragraph: str) -> None:
    """``_FOUR_DIGITS`` (digit-led, so the engine skips to digits) finds what ``\\d{4}`` finds."""
    found = _FOUR_DIGITS.search(paragraph)
    expected = re.search(r"\d{4}", paragraph)
    assert (found and found.span()) == (expected and expected.span())
