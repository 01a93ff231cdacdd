"""Event fields from the lead: date and year inference, kinds, organiser, place, review period."""

from __future__ import annotations

import pytest

from tomtat.extract.rules.event import extract_event
from tomtat.schemas import EventKind


def _event(text: str, *, title: str | None = None, published: str | None = None):  # type: ignore[no-untyped-def]
    return extract_event(text, title=title, published=published)


def test_full_date_in_the_lead() -> None:
    result = _event(
        "(GLO) - Sáng 12/1/2023, Công an thị xã An Khê tổ chức Hội nghị tổng kết công tác "
        "năm 2022, triển khai nhiệm vụ năm 2023."
    )
    event = result.event
    assert event.date == "2023-01-12"
    assert event.part_of_day == "sáng"
    assert event.kinds == [EventKind.TONG_KET, EventKind.TRIEN_KHAI]
    assert event.organizer == "Công an thị xã An Khê"
    assert (event.province, event.district) == ("Gia Lai", "An Khê")
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2022, 2022)
    assert not event.evidence["date"].derived
    assert event.evidence["province"].derived  # from the district, by the gazetteer


def test_year_from_publication_date_is_derived() -> None:
    event = _event(
        "Chiều 20/12, Ban Chỉ đạo 138 huyện Chư Prông tổ chức hội nghị tổng kết năm 2022.",
        published="2022-12-21",
    ).event
    assert event.date == "2022-12-20"
    assert event.evidence["date"].derived
    assert event.organizer == "Ban Chỉ đạo 138 huyện Chư Prông"


def test_january_meeting_published_in_january_of_next_year() -> None:
    event = _event(
        "Chiều 30/12, UBND huyện Lâm Hà tổ chức hội nghị tổng kết.", published="2024-01-02"
    ).event
    assert event.date == "2023-12-30"


def test_year_from_the_plan_year_early_in_the_year() -> None:
    event = _event(
        "Chiều 5/1, UBND huyện Di Linh tổ chức tổng kết công tác bảo đảm an ninh, trật tự và "
        "triển khai phương hướng, nhiệm vụ năm 2024."
    ).event
    assert event.date == "2024-01-05"
    assert event.evidence["date"].derived
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2023, 2023)


def test_year_not_guessed() -> None:
    result = _event("Sáng 15/6, UBND huyện Bảo Lâm tổ chức hội nghị sơ kết công tác.")
    assert result.event.date is None
    assert result.event.part_of_day == "sáng"
    assert any("year" in w for w in result.warnings)


def test_review_range_and_headline_kinds() -> None:
    event = _event(
        "Chiều 17/5, huyện Đơn Dương tổ chức hội nghị tổng kết 10 năm (2014 - 2023) thực hiện "
        "Chương trình phối hợp số 06/CTr-CA-MT.",
        title="Đơn Dương: Tổng kết 10 năm phong trào",
        published="2023-05-17",
    ).event
    assert event.date == "2023-05-17"
    assert event.kinds == [EventKind.TONG_KET]
    assert event.organizer == "huyện Đơn Dương"
    assert (event.province, event.district) == ("Lâm Đồng", "Đơn Dương")
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2014, 2023)


def test_provincial_event_has_no_district() -> None:
    event = _event(
        "Sáng 31/1/2023, UBND tỉnh Quảng Trị đã tổ chức Hội nghị triển khai nhiệm vụ năm 2023; "
        "tổng kết 15 năm xây dựng mô hình giai đoạn 2007- 2022."
    ).event
    assert event.organizer == "UBND tỉnh Quảng Trị"
    assert (event.province, event.district) == ("Quảng Trị", None)
    assert set(event.kinds) == {EventKind.TRIEN_KHAI, EventKind.TONG_KET}
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2007, 2022)


def test_review_year_before_plan_year() -> None:
    event = _event(
        "Chiều 8/1/2021, UBND huyện Lạc Dương tổ chức tổng kết Phong trào Toàn dân bảo vệ ANTQ "
        "năm 2020 và triển khai nhiệm vụ năm 2021."
    ).event
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2020, 2020)


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "Ngày 18/8/2023, UBND xã Ia Kha tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
            "khác",
        ),
        ("Tối 30/1/2023, Công an huyện Lâm Hà tổ chức gặp mặt các cơ quan báo chí.", "gặp mặt"),
        (
            "Sáng 15/3/2023, UBND tỉnh Quảng Nam tổ chức Hội nghị biểu dương điển hình tiên tiến.",
            "biểu dương",
        ),
        (
            "Sáng 25/7/2023, Công an tỉnh Lâm Đồng tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.",
            "sơ kết",
        ),
        ("Sáng 2/9/2023, Công an huyện Chư Sê tổ chức Lễ ra mắt mô hình Camera an ninh.", "khác"),
    ],
)
def test_kinds(lead: str, kind: str) -> None:
    assert [k.value for k in _event(lead).event.kinds] == [kind]


def test_review_period_only_for_reviews() -> None:
    event = _event(
        "Sáng 15/3/2023, UBND tỉnh Quảng Nam tổ chức Lễ biểu dương giai đoạn 2018-2023."
    ).event
    assert event.review_period is None  # a ceremony; a conference of a period is a review


def test_organizer_after_do() -> None:
    event = _event(
        "Ngày 10/11/2023, Hội nghị tổng kết 10 năm thực hiện Chỉ thị 09 do UBND huyện Di Linh tổ chức đã diễn ra."
    ).event
    assert event.organizer == "UBND huyện Di Linh"
    assert event.kinds == [EventKind.TONG_KET]


def test_the_event_reader_leaves_headline_checks_to_the_cross_check() -> None:
    title = "Hội nghị triển khai nhiệm vụ công tác năm 2023"
    text = (
        title
        + "\n\nSáng 31/1/2023, UBND tỉnh Quảng Trị đã tổ chức Hội nghị triển khai nhiệm vụ năm 2022."
    )
    result = _event(text, title=title)
    assert not hasattr(result, "conflicts")
    assert "năm 2022" in result.event.evidence["kinds"].quote


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Công an vừa ban hành Thông tư số 12/2023 quy định về công tác thi đua khen thưởng.",
        "The Ministry of Public Security held a conference on 5 January.",
        "Tag: an ninh trật tự, Công an tỉnh, phong trào toàn dân",
        "",
    ],
)
def test_no_meeting(text: str) -> None:
    result = _event(text)
    event = result.event
    assert event.date is None and event.organizer is None and event.kinds == []
    assert event.province is None and event.review_period is None
    assert result.warnings


def test_evidence_offsets_quote_the_text() -> None:
    text = (
        "(LĐ online) - Chiều 5/1, UBND huyện Đức Trọng tổ chức tổng kết Phong trào và triển "
        "khai phương hướng, nhiệm vụ năm 2023."
    )
    event = _event(text).event
    assert event.evidence
    for ev in event.evidence.values():
        assert ev.start is not None and ev.end is not None
        assert text[ev.start : ev.end] == ev.quote


def test_document_date_in_a_preamble_is_not_the_meeting_date() -> None:
    event = _event(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2023 của UBND tỉnh, chiều 5/1, Công an huyện "
        "Đam Rông tổ chức hội nghị tổng kết công tác năm 2022."
    ).event
    assert event.date == "2023-01-05"
    assert event.organizer == "Công an huyện Đam Rông"


def test_date_after_the_verb() -> None:
    event = _event(
        "UBND huyện Cát Tiên tổ chức hội nghị tổng kết phong trào năm 2022 vào sáng 6/1/2023."
    ).event
    assert (event.date, event.part_of_day, event.organizer) == (
        "2023-01-06",
        "sáng",
        "UBND huyện Cát Tiên",
    )


def test_all_caps_organiser_is_not_a_source_tag() -> None:
    event = _event(
        "UBND huyện Krông Nô vừa tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 09."
    ).event
    assert event.organizer == "UBND huyện Krông Nô"
    assert (event.province, event.district) == ("Đắk Nông", "Krông Nô")
    assert event.date is None


def test_commune_meeting_takes_the_district_the_text_names() -> None:
    event = _event(
        "Ngày 18/8/2023, UBND xã Ia Kha tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.\n\n"
        "Xã Ia Kha, huyện Ia Grai có 12 thôn, làng."
    ).event
    assert (event.organizer, event.district, event.province) == (
        "UBND xã Ia Kha",
        "Ia Grai",
        "Gia Lai",
    )
    assert event.evidence["district"].derived


def test_time_adverbial_is_not_part_of_the_organiser() -> None:
    event = _event("Vừa qua, Công an xã Tân Hà tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023.").event
    assert event.organizer == "Công an xã Tân Hà"
    assert event.date is None


def test_district_name_with_apostrophe() -> None:
    event = _event(
        "Ngày 5/1/2024, Công an huyện Ea H'leo tổ chức hội nghị tổng kết năm 2023."
    ).event
    assert (event.province, event.district) == ("Đắk Lắk", "Ea H'leo")


def test_ceremony_that_also_honours_is_khac_and_bieu_duong() -> None:
    event = _event(
        "Sáng 9/11, Huyện đoàn Krông Pa tổ chức Lễ tuyên dương đoàn viên tiêu biểu năm 2024.",
        published="2024-11-10",
    ).event
    assert EventKind.KHAC in event.kinds
    assert EventKind.BIEU_DUONG in event.kinds


@pytest.mark.parametrize(
    ("lead", "kinds"),
    [
        (
            "Sáng 14/10, Sở Nội vụ tổ chức Lễ khen thưởng các tập thể, cá nhân tiêu biểu năm 2023.",
            {EventKind.BIEU_DUONG, EventKind.KHAC},
        ),
        (
            "Chiều 3/5, Công an tỉnh Bình Định tổ chức lễ trao thưởng cho lực lượng phá chuyên án.",
            {EventKind.BIEU_DUONG, EventKind.KHAC},
        ),
        (
            "Tối 2/9, Hội Doanh nghiệp tỉnh tổ chức buổi lễ  trao thưởng cho các doanh nhân.",
            {EventKind.BIEU_DUONG, EventKind.KHAC},
        ),
        # near misses: a ceremony that hands over an order or a prize; a review that also
        # commends; honours handed over at a ceremony held for something else
        (
            "Sáng 5/1, Công an huyện Tân Lạc tổ chức Lễ trao tặng Huân chương Chiến công.",
            {EventKind.KHAC},
        ),
        ("Sáng 5/1, Hội LHPN tỉnh tổ chức lễ trao giải cuộc thi viết.", {EventKind.KHAC}),
        # near misses: the prizes of a contest or of a named prize, handed over at a "lễ trao
        # thưởng" or "lễ khen thưởng", make a prize-giving, not a ceremony of praise
        (
            "Chiều 8/3, Phòng Văn hóa huyện tổ chức lễ trao thưởng hội thi vẽ tranh thiếu nhi.",
            {EventKind.KHAC},
        ),
        (
            "Tối 21/6, Hội Văn học nghệ thuật tỉnh tổ chức lễ trao thưởng Giải sáng tác lần thứ V.",
            {EventKind.KHAC},
        ),
        (
            "Sáng 2/8, Quỹ Khuyến học huyện tổ chức lễ trao thưởng cho học sinh giỏi cấp tỉnh.",
            {EventKind.KHAC},
        ),
        (
            "Sáng 2/8, Phòng Giáo dục tổ chức lễ khen thưởng các em đoạt giải kỳ thi Olympic.",
            {EventKind.KHAC},
        ),
        (
            "Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết năm 2023 và khen thưởng các tập thể.",
            {EventKind.TONG_KET},
        ),
        (
            "Sáng 5/1, Sở Y tế tổ chức lễ kỷ niệm 70 năm ngày thành lập; tại buổi lễ đã trao "
            "thưởng cho 5 cá nhân.",
            {EventKind.KHAC},
        ),
    ],
)
def test_a_ceremony_held_to_commend_is_a_bieu_duong(lead: str, kinds: set[EventKind]) -> None:
    assert set(_event(lead, published="2024-01-06").event.kinds) == kinds


def test_anniversary_with_a_review_is_khac_and_so_ket() -> None:
    event = _event(
        "Ngày 4/10, Hội Cựu chiến binh tỉnh tổ chức kỷ niệm 35 năm ngày thành lập và sơ kết "
        "phong trào thi đua năm 2023.",
        published="2023-10-05",
    ).event
    assert set(event.kinds) == {EventKind.KHAC, EventKind.SO_KET}


def test_ceremony_of_a_review_is_only_a_review() -> None:
    event = _event(
        "Chiều 30/5, Phòng Giáo dục huyện Chư Sê tổ chức Lễ tổng kết năm học 2022-2023.",
        published="2023-05-31",
    ).event
    assert event.kinds == [EventKind.TONG_KET]


def test_get_together_of_an_anniversary_is_a_gap_mat_and_khac() -> None:
    # the meeting is named a get-together ("họp mặt"), held for an anniversary ("khác")
    for text in (
        "Sáng 2-3, Đồn Biên phòng Ia Mơ tổ chức họp mặt kỷ niệm 65 năm Ngày truyền thống.",
        "Chiều 19/10, Hội Phụ nữ huyện Đăk Tô tổ chức họp mặt kỷ niệm 93 năm ngày thành lập Hội.",
        "Sáng 26/2, Bệnh viện huyện Tuy Phước tổ chức buổi gặp mặt kỷ niệm ngày Thầy thuốc.",
    ):
        event = _event(text, published="2024-03-02").event
        assert set(event.kinds) == {EventKind.GAP_MAT, EventKind.KHAC}, text
    # near misses: an anniversary ceremony with no get-together, and a get-together told of
    # only further on in the lead
    assert _event(
        "Sáng 2-3, Đồn Biên phòng Ia Mơ tổ chức lễ kỷ niệm 65 năm Ngày truyền thống.",
        published="2024-03-02",
    ).event.kinds == [EventKind.KHAC]
    assert EventKind.GAP_MAT not in (
        _event(
            "Sáng 2-3, Đồn Biên phòng Ia Mơ tổ chức lễ kỷ niệm 65 năm Ngày truyền thống của đơn "
            "vị, nơi những người lính đã nhiều lần gặp mặt đồng đội cũ.",
            published="2024-03-02",
        ).event.kinds
    )


def test_kyniem_chuong_is_not_an_anniversary() -> None:
    event = _event(
        "Sáng 5/4, Công an huyện Ia Grai tổ chức hội nghị sơ kết quý I và trao Kỷ niệm chương "
        "cho 3 cá nhân.",
        published="2024-04-06",
    ).event
    assert event.kinds == [EventKind.SO_KET]


def test_sentence_set_at_a_ceremony_is_a_lead_without_organiser() -> None:
    text = (
        "Nhiều đại biểu đã về dự.\n\nTại buổi lễ, ông Trần Văn B, Phó Chủ tịch UBND tỉnh Kon Tum "
        "đã trao Huân chương Lao động hạng Ba cho Sở Y tế."
    )
    event = _event(text).event
    assert event.kinds == [EventKind.KHAC]
    assert event.organizer is None
    assert event.province == "Kon Tum"


def test_undated_lead_must_name_the_meeting_it_holds() -> None:
    text = (
        "Qua 5 năm triển khai, các địa phương đã tổ chức triển khai nhiều mô hình tự quản.\n\n"
        "Huyện Đak Pơ tổ chức hội nghị tổng kết 5 năm phong trào."
    )
    result = _event(text)
    assert result.event.organizer == "Huyện Đak Pơ"
    assert result.event.kinds == [EventKind.TONG_KET]


def test_dated_visit_to_a_festival_is_the_lead_with_no_organiser() -> None:
    event = _event(
        "Sáng 15/8, Thứ trưởng Bộ Công an đã tham dự Ngày hội toàn dân bảo vệ an ninh Tổ quốc "
        "tại xã Ia Hrú, huyện Chư Pưh, tỉnh Gia Lai.",
        published="2024-08-16",
    ).event
    assert event.date == "2024-08-15"
    assert event.kinds == [EventKind.KHAC]
    assert event.organizer is None
    assert event.district == "Chư Pưh"


def test_congress_is_not_its_own_organiser() -> None:
    event = _event(
        "Sáng 20/9, Đại hội Thi đua yêu nước tỉnh lần thứ V đã khai mạc trọng thể.",
        published="2024-09-21",
    ).event
    assert event.organizer is None
    assert EventKind.KHAC in event.kinds


def test_national_organiser_is_seated_in_hanoi_wherever_it_meets() -> None:
    event = _event(
        "Sáng 10/7, tại thành phố Pleiku, tỉnh Gia Lai, Bộ Tư pháp tổ chức hội nghị sơ kết "
        "6 tháng đầu năm 2024.",
    ).event
    assert event.province == "Hà Nội"
    assert event.district is None
    assert event.evidence["province"].derived


def test_central_committee_organiser_is_seated_in_hanoi() -> None:
    event = _event(
        "Ngày 3/4/2023, Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam tổ chức hội nghị "
        "lần thứ 5."
    ).event
    assert event.province == "Hà Nội"


def test_provincial_command_is_not_a_national_body() -> None:
    event = _event(
        "Sáng 3/3/2022, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum tổ chức họp mặt kỷ niệm "
        "63 năm Ngày truyền thống."
    ).event
    assert event.province == "Kon Tum"


def test_bare_city_name_in_the_lead_gives_the_province() -> None:
    event = _event(
        "Ngày 5-6-2024, tại Đà Nẵng, Hiệp hội Du lịch tổ chức hội nghị tổng kết năm 2023."
    ).event
    assert event.province == "Đà Nẵng"


def test_outlet_tag_gives_the_province_when_the_report_names_none() -> None:
    event = _event(
        "(GLO)- Ngày 9-8-2025, xã Ia Hiao tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc."
    ).event
    assert event.province == "Gia Lai"
    assert event.district is None
    assert event.evidence["province"].derived


def test_national_outlet_tag_gives_no_province() -> None:
    event = _event(
        # a commune name shared by several provinces: nothing places it
        "(VTC News) - Ngày 9-8-2025, xã Tân Phú tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc."
    ).event
    assert event.province is None


def test_founding_date_of_an_anniversary_is_not_the_meeting_date() -> None:
    event = _event(
        "Huyện đoàn Krông Chro tổ chức lễ kỷ niệm 93 năm ngày thành lập Đoàn "
        "(26/3/1931 – 26/3/2024) và tuyên dương đoàn viên tiêu biểu."
    ).event
    assert event.date is None


def test_yearless_anniversary_meeting_is_in_the_anniversary_year() -> None:
    event = _event(
        "Sáng 14-10, Hội Nông dân huyện Mang Yang tổ chức Lễ kỷ niệm 94 năm Ngày thành lập "
        "Hội Nông dân Việt Nam (14-10-1930 – 14-10-2024)."
    ).event
    assert event.date == "2024-10-14"
    assert event.evidence["date"].derived


def test_yearless_meeting_a_day_before_the_anniversary() -> None:
    event = _event(
        "Chiều 18-8, Công an huyện Đak Đoa tổ chức lễ kỷ niệm 79 năm Ngày truyền thống "
        "(19-8-1945/19-8-2024)."
    ).event
    assert event.date == "2024-08-18"


@pytest.mark.parametrize(("day", "year"), [("Sáng 25/5", 2023), ("Sáng 5/9", 2022)])
def test_school_year_gives_the_year_of_a_yearless_meeting(day: str, year: int) -> None:
    # a meeting that opens the school year: its first year from September, else its second
    event = _event(
        f"{day}, Phòng Giáo dục huyện Ia Pa tổ chức hội nghị về nhiệm vụ năm học 2022-2023."
    ).event
    assert event.date is not None and event.date.startswith(str(year))


def test_honoured_period_ends_in_the_year_of_a_midyear_meeting() -> None:
    event = _event(
        "Ngày 9/8, Bộ Công an tổ chức Hội nghị biểu dương các điển hình tiên tiến giai đoạn "
        "2019-2024."
    ).event
    assert event.date == "2024-08-09"


def test_conference_honouring_a_period_reviews_it() -> None:
    event = _event(
        "Ngày 7/8/2024, Công an tỉnh Kon Tum tổ chức hội nghị biểu dương điển hình tiên tiến "
        "trong phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2019-2024."
    ).event
    assert set(event.kinds) == {EventKind.BIEU_DUONG, EventKind.TONG_KET}
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2019, 2024)


def test_honouring_one_year_or_at_a_ceremony_is_no_review() -> None:
    one_year = _event(
        "Ngày 7/1/2024, Công an tỉnh Kon Tum tổ chức hội nghị biểu dương điển hình tiên tiến "
        "năm 2023."
    ).event
    ceremony = _event(
        "Ngày 7/8/2024, Huyện đoàn Sa Thầy tổ chức Lễ tuyên dương thanh niên tiêu biểu giai "
        "đoạn 2019-2024."
    ).event
    assert EventKind.TONG_KET not in one_year.kinds
    assert EventKind.TONG_KET not in ceremony.kinds


def test_speech_clause_is_not_an_organiser() -> None:
    text = (
        "Phát biểu khai mạc Hội nghị, Thiếu tướng Trần Văn C nhấn mạnh vai trò của phong trào.\n\n"
        "Các đại biểu đã thảo luận."
    )
    assert _event(text).event.organizer is None


def test_unit_after_a_purpose_clause_is_the_organiser() -> None:
    event = _event(
        "Nhằm ôn lại truyền thống vẻ vang của Đoàn, Huyện đoàn Krông Pa tổ chức lễ kỷ niệm "
        "93 năm ngày thành lập Đoàn vào sáng 26/3/2024."
    ).event
    assert event.organizer == "Huyện đoàn Krông Pa"
    assert (event.province, event.district) == ("Gia Lai", "Krông Pa")


def test_as_of_date_is_not_a_meeting_date() -> None:
    result = _event(
        "Đến ngày 31/7/2025, 100% khu dân cư đã tổ chức thành công Ngày hội toàn dân bảo vệ "
        "an ninh Tổ quốc năm 2025."
    )
    assert result.event.date is None


def test_social_evils_in_a_body_name_are_no_commune() -> None:
    text = (
        "Sáng 19/1/2024, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh tổ chức hội nghị "
        "tổng kết năm 2023.\n\nCông an phường Thắng Nhì (TP. Vũng Tàu) được khen thưởng."
    )
    event = _event(text).event
    assert event.district is None


def test_provincial_body_without_its_name_takes_the_province_the_text_names() -> None:
    text = (
        "Sáng 19/1/2024, Công an tỉnh tổ chức hội nghị tổng kết năm 2023.\n\n"
        "Năm qua, Công an huyện Ia Grai đã triệt phá nhiều chuyên án."
    )
    event = _event(text).event
    assert event.province == "Gia Lai"
    assert event.district is None
    assert event.evidence["province"].derived


def test_congress_session_is_a_lead_and_reviews_its_period() -> None:
    event = _event(
        "Chiều 20/9/2025, Đại hội Thi đua yêu nước tỉnh lần thứ VI giai đoạn 2020-2025 đã tiến "
        "hành họp phiên trù bị."
    ).event
    assert event.date == "2025-09-20"
    assert event.kinds == [EventKind.KHAC]
    assert event.organizer is None
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2020, 2025)


def test_congress_organised_by_a_ministry_reviews_its_period() -> None:
    event = _event(
        "Sáng 24/9/2025, tại Hà Nội, Bộ Y tế tổ chức Đại hội Thi đua yêu nước ngành Y tế "
        "giai đoạn 2020-2025."
    ).event
    assert event.review_period is not None and event.review_period.start == 2020
    assert event.province == "Hà Nội"


def test_long_name_of_a_steering_committee_is_the_organiser() -> None:
    event = _event(
        "Ngày 9/8/2024, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào "
        "Toàn dân bảo vệ an ninh Tổ quốc (BCĐ 138) phường Thống Nhất (TP. Pleiku) tổ chức Ngày "
        "hội toàn dân bảo vệ an ninh Tổ quốc năm 2024."
    ).event
    assert event.organizer is not None
    assert event.organizer.startswith("Ban Chỉ đạo phòng, chống tội phạm")
    # the bracketed city locates the ward; it is not part of the body's name
    assert event.organizer.endswith("phường Thống Nhất")


def test_lead_year_beats_a_publication_date_years_later() -> None:
    event = _event(
        "Chiều 15/8, Huyện đoàn Chư Păh tổ chức lễ trao giải thưởng thanh niên tiêu biểu năm 2016.",
        published="2021-05",
    ).event
    assert event.date == "2016-08-15"


def test_publication_date_gives_the_year_when_the_lead_agrees() -> None:
    event = _event(
        "Sáng 20/12, Công an huyện Chư Păh tổ chức hội nghị tổng kết năm 2023.",
        published="2023-12-21",
    ).event
    assert event.date == "2023-12-20"


def test_guest_coming_to_a_ceremony_says_one_was_held() -> None:
    text = (
        "Nhà máy đã có nhiều đóng góp.\n\nPhó Thủ tướng Trần Văn D đến dự lễ kỷ niệm 50 năm "
        "ngày thành lập Nhà máy Đường Kon Tum."
    )
    event = _event(text).event
    assert event.kinds == [EventKind.KHAC]
    assert event.organizer == "Nhà máy Đường Kon Tum"  # the unit whose anniversary it is


def test_guest_list_is_not_preferred_as_a_lead() -> None:
    text = (
        "Đến dự hội nghị có lãnh đạo các sở, ngành.\n\nTại hội nghị, UBND huyện Đức Trọng tặng "
        "giấy khen cho 5 tập thể."
    )
    result = _event(text)
    assert result.lead is not None and text[result.lead[0] :].startswith("Tại hội nghị")


def test_sentence_referring_to_a_congress_is_a_lead_without_organiser() -> None:
    text = (
        "Nhiều tấm gương được vinh danh.\n\nPhát biểu chỉ đạo tại Đại hội, Bí thư Tỉnh ủy Y Hưng "
        "ghi nhận, biểu dương những thành tích của lực lượng vũ trang tỉnh."
    )
    event = _event(text).event
    assert event.organizer is None
    assert event.kinds == [EventKind.KHAC]


def test_honour_given_at_a_conference_is_a_bieu_duong_lead() -> None:
    text = (
        "Ảnh minh họa.\n\nTheo đó, 25 cá nhân thuộc Bộ đội Biên phòng tỉnh Cà Mau được biểu "
        "dương tại hội nghị."
    )
    event = _event(text).event
    assert event.kinds == [EventKind.BIEU_DUONG]
    assert event.province == "Cà Mau"
    assert event.organizer is None


def test_review_reported_at_a_referred_conference_is_its_kind() -> None:
    text = (
        "Quang cảnh.\n\nTại hội nghị, các đơn vị đã thông qua báo cáo tổng kết công tác thi "
        "đua năm 2022."
    )
    assert _event(text).event.kinds == [EventKind.TONG_KET]


def test_provincial_force_named_with_a_bare_province_gives_it() -> None:
    text = (
        "Tại buổi lễ, Giám đốc Công an tỉnh đã trao Kỷ niệm chương cho các đồng chí.\n\n"
        "Các đồng chí đã giúp đỡ lực lượng Công an Quảng Ngãi hoàn thành nhiệm vụ."
    )
    event = _event(text).event
    assert event.province == "Quảng Ngãi"
    assert event.evidence["province"].derived


def test_congress_period_in_the_sentence_after_the_lead() -> None:
    event = _event(
        "Chiều 20/12/2025, Đại hội Thi đua yêu nước tỉnh lần thứ VI đã tiến hành họp phiên trù "
        "bị. Đại hội có nhiệm vụ tổng kết phong trào thi đua giai đoạn 2020-2025."
    ).event
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (2020, 2025)


def test_anniversary_ceremony_is_held_by_the_unit_it_celebrates() -> None:
    event = _event(
        "Phó Thủ tướng Trần Văn An đến dự lễ kỷ niệm 60 năm ngày thành lập Tổng Công ty Dệt "
        "Phong Lan và đón nhận Huân chương Lao động hạng Nhì."
    ).event
    assert event.organizer == "Tổng Công ty Dệt Phong Lan"
    assert event.evidence["organizer"].derived


def test_ceremony_is_held_by_the_body_receiving_its_award() -> None:
    event = _event(
        "Tại buổi lễ, ông Lê Văn Hòa, Chủ tịch UBND tỉnh Yên Bái đã trao Huân chương Chiến công "
        "hạng Nhì cho đơn vị.\n\nBộ Chỉ huy Quân sự tỉnh Yên Bái vinh dự đón nhận Huân chương "
        "Chiến công hạng Nhì."
    ).event
    assert event.organizer == "Bộ Chỉ huy Quân sự tỉnh Yên Bái"


def test_person_receiving_an_award_is_not_the_host() -> None:
    event = _event(
        "Tại buổi lễ, Đại tá Trần Minh, Giám đốc Công an tỉnh, đọc diễn văn.\n\n"
        "Ông Nguyễn Văn Bảy đón nhận Huân chương Lao động hạng Ba."
    ).event
    assert event.organizer is None


def test_headline_naming_a_ceremony_is_the_last_resort_lead() -> None:
    title = "Bộ CHQS tỉnh trao Huy chương Quân kỳ quyết thắng"
    event = _event(
        title + "\n\nTheo quyết định của Bộ trưởng, 12 đồng chí được nhận Huy chương.",
        title=title,
    ).event
    assert event.organizer == "Bộ CHQS tỉnh"
    assert event.kinds == [EventKind.KHAC]


def test_sentence_set_in_a_festival_atmosphere_is_a_lead() -> None:
    event = _event(
        "Trong không khí sôi nổi của Ngày hội toàn dân bảo vệ an ninh Tổ quốc, Đảng ủy, HĐND, "
        "UBND, UBMTTQVN xã Pá Lông tổ chức nhiều hoạt động văn nghệ, thể thao."
    ).event
    assert event.organizer == "Đảng ủy, HĐND, UBND, UBMTTQVN xã Pá Lông"
    assert event.kinds == [EventKind.KHAC]


def test_commune_with_district_and_province_in_brackets_gives_both() -> None:
    event = _event(
        "Sáng 9/8, UBND xã Chiềng Lao (Mường La, Sơn La) tổ chức Ngày hội toàn dân bảo vệ "
        "an ninh Tổ quốc năm 2024."
    ).event
    assert (event.province, event.district) == ("Sơn La", "Mường La")


def test_anniversary_honours_of_a_year_early_in_it_are_that_years() -> None:
    event = _event(
        "Chiều 25/3, Tỉnh đoàn Hà Tĩnh tổ chức lễ kỷ niệm 90 năm ngày thành lập Đoàn, "
        "tuyên dương thanh niên tiêu biểu năm 2021."
    ).event
    assert event.date == "2021-03-25"


def test_honours_of_a_year_early_in_the_next_are_the_year_after() -> None:
    event = _event(
        "Sáng 20/1, Huyện đoàn Kỳ Anh tổ chức hội nghị tuyên dương thanh niên tiêu biểu năm 2021."
    ).event
    assert event.date == "2022-01-20"


def test_awarding_the_achievements_of_a_review_is_not_a_review() -> None:
    event = _event(
        "Ngày 10/12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị xét khen thưởng thành "
        "tích tổng kết năm 2023."
    ).event
    assert event.kinds == [EventKind.KHAC]
    assert event.review_period is None


def test_meeting_chaired_by_the_head_of_a_board_is_the_boards() -> None:
    event = _event(
        "Sáng 14/7, ông Lê Văn Sáu, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh chủ trì "
        "hội nghị sơ kết công tác 6 tháng đầu năm 2024."
    ).event
    assert event.organizer == "Ban Chỉ đạo 138 tỉnh"
    assert event.kinds == [EventKind.SO_KET]


def test_body_named_after_a_district_gives_its_province() -> None:
    event = _event(
        "Sáng 3/3, Bệnh viện Đa khoa Hà Đông tổ chức lễ đón nhận Huân chương Lao động hạng Ba."
    ).event
    assert event.organizer == "Bệnh viện Đa khoa Hà Đông"
    assert (event.province, event.district) == ("Hà Nội", None)


def _period(text: str, **kwargs: str) -> tuple[int, int] | None:
    event = _event(text, **kwargs).event  # type: ignore[arg-type]
    if event.review_period is None:
        return None
    return event.review_period.start, event.review_period.end


def test_congress_named_for_the_term_it_opens_does_not_review_that_term() -> None:
    # a period starting in the congress's own year is the term ahead, not the one reviewed
    assert (
        _period(
            "Ngày 14/8/2020, huyện Tân Lạc tổ chức Đại hội thi đua yêu nước lần thứ IV, giai "
            "đoạn 2020 - 2025. Qua 5 năm, phong trào thi đua có nhiều chuyển biến."
        )
        is None
    )
    assert (
        _period(
            "Sáng 3/10/2025, Sở Y tế tổ chức Đại hội Thi đua yêu nước ngành Y tế lần thứ I nhiệm "
            "kỳ 2025-2030."
        )
        is None
    )


def test_congress_opening_a_term_reviews_the_period_before_it_given_in_the_body() -> None:
    assert _period(
        "Ngày 2/10/2025, UBND tỉnh Hòa Sơn tổ chức Đại hội Thi đua yêu nước lần thứ I, giai "
        "đoạn 2025-2030. Các phong trào có nhiều kết quả nổi bật.\n\nTrong 5 năm qua "
        "(2020-2025), toàn tỉnh có 300 tập thể được khen thưởng."
    ) == (2020, 2025)
    assert _period(
        "Sáng 20/8/2020, Công an tỉnh tổ chức Đại hội thi đua Vì an ninh Tổ quốc giai đoạn "
        "2020-2025.\n\nGiai đoạn 2015 - 2020, lực lượng Công an tỉnh đạt nhiều thành tích."
    ) == (2015, 2020)
    # near miss: a later range in the body that does not end where the term begins
    assert (
        _period(
            "Ngày 2/10/2025, UBND tỉnh Hòa Sơn tổ chức Đại hội Thi đua yêu nước lần thứ I, giai "
            "đoạn 2025-2030.\n\nMục tiêu giai đoạn 2026-2030 là giữ vững phong trào."
        )
        is None
    )


def test_congress_held_as_its_period_ends_reviews_it() -> None:
    assert _period(
        "Chiều 24/9/2025, tại Hà Nội, Bộ Công Thương tổ chức Đại hội Thi đua yêu nước ngành "
        "Công Thương lần thứ V giai đoạn 2020-2025."
    ) == (2020, 2025)


def test_provincial_body_holds_a_provincial_event_wherever_its_recipients_live() -> None:
    for text in (
        "Bộ Chỉ huy Quân sự tỉnh vừa tổ chức lễ trao huân chương cho các cựu chiến binh thị xã "
        "Kỳ Anh.",
        "Sáng 9/5/2023, Hội Nông dân tỉnh tổ chức hội nghị biểu dương nông dân huyện Cai Lậy.",
        "Ngày 3/4/2022, Công an tỉnh tổ chức Ngày hội toàn dân bảo vệ ANTQ tại huyện Long Mỹ.",
    ):
        event = _event(text).event
        assert event.district is None, text
        assert event.province is not None, text
    # near misses: a district's own body, and a provincial body named with its district
    assert (
        _event(
            "Sáng 9/5/2023, Hội Nông dân huyện Cai Lậy tổ chức hội nghị biểu dương nông dân."
        ).event.district
        == "Cai Lậy"
    )
    assert (
        _event(
            "Ngày 3/4/2022, Công an huyện Long Mỹ (tỉnh Hậu Giang) tổ chức Ngày hội toàn dân bảo vệ "
            "ANTQ."
        ).event.district
        == "Long Mỹ"
    )


def test_autumn_meeting_honouring_a_school_year_is_held_after_it_ends() -> None:
    for text in (
        "Ngày 17/11, Phòng GD&ĐT huyện Hòa Vang tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam và "
        "tuyên dương giáo viên giỏi năm học 2022 - 2023.",
        "Sáng 20/9, trường THPT Lê Lợi tổ chức hội nghị tổng kết năm học 2022-2023.",
        "Chiều 5/10, Hội Khuyến học huyện biểu dương học sinh xuất sắc năm học 2022-2023.",
    ):
        assert _event(text).event.date is not None
        assert _event(text).event.date.startswith("2023-"), text  # type: ignore[union-attr]
    # near misses: opening or launching a school year in the autumn is in its first year
    assert (
        _event(
            "Sáng 5/9, trường THCS Nguyễn Du tổ chức lễ khai giảng năm học 2023-2024."
        ).event.date
        == "2023-09-05"
    )
    assert (
        _event(
            "Ngày 15/9, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2023-2024."
        ).event.date
        == "2023-09-15"
    )


def test_headline_whose_subject_is_a_district_names_the_district() -> None:
    body = "Tại hội nghị, các tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng."
    for title, district, province in (
        ("Thị xã Kỳ Anh hoàn thành tốt nhiệm vụ quân sự năm 2023", "Kỳ Anh", "Hà Tĩnh"),
        ("Huyện Cai Lậy tổng kết công tác dân vận", "Cai Lậy", "Tiền Giang"),
        ("Đức Trọng: tổng kết 10 năm phong trào", "Đức Trọng", "Lâm Đồng"),
    ):
        name = title.split(":")[0].split(" ", 2)[-1] if ":" not in title else title.split(":")[0]
        text = f"{title}\n\n{body} Lãnh đạo {name} phát biểu."
        event = _event(text, title=title).event
        assert (event.district, event.province) == (district, province), title
    # near misses: a district named later in a headline over a provincial lead, a province
    # as the headline's subject
    for title, lead in (
        (
            "Tuyên dương 50 tập thể của huyện Cai Lậy",
            "Sáng 3/5/2023, UBND tỉnh Tiền Giang tổ chức hội nghị tuyên dương.",
        ),
        ("Tỉnh Hậu Giang tổng kết công tác dân vận năm 2023", body),
    ):
        text = f"{title}\n\n{lead}"
        assert _event(text, title=title).event.district is None, title


def test_undated_lead_that_held_a_review_is_the_lead() -> None:
    for text in (
        "(GLO) - UBND huyện Chư Sê vừa tổ chức tổng kết năm học 2022-2023.",
        "Công an xã Ia Kha đã tổ chức sơ kết 6 tháng đầu năm 2024 phong trào toàn dân bảo vệ ANTQ.",
        "Hội Nông dân huyện Đức Trọng tổ chức tổng kết công tác Hội năm 2023.",
    ):
        event = _event(text).event
        assert EventKind.TONG_KET in event.kinds or EventKind.SO_KET in event.kinds, text
        assert event.organizer is not None, text
    # near misses: a review asked for or planned is not a meeting held
    for text in (
        "UBND tỉnh chỉ đạo các huyện tổ chức tổng kết phong trào trước ngày 30.",
        "Thời gian tới, Công an xã sẽ tổ chức sơ kết mô hình tự quản.",
    ):
        assert _event(text).warnings, text


def test_ambiguous_district_is_placed_by_the_outlets_home_province() -> None:
    event = _event("(BTNO) - UBND huyện Tân Châu vừa tổ chức tổng kết năm học 2022-2023.").event
    assert (event.district, event.province) == ("Tân Châu", "Tây Ninh")
    # near miss: without the outlet's tag the shared name decides no province
    event = _event("UBND huyện Tân Châu vừa tổ chức tổng kết năm học 2022-2023.").event
    assert event.province is None


def test_launch_in_its_own_clause_is_a_trien_khai_even_with_thuc_hien() -> None:
    for text in (
        "Sáng 5/1/2024, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023; triển khai "
        "thực hiện chương trình công tác năm 2024.",
        "Sáng 5/1/2024, UBND huyện tổ chức hội nghị sơ kết 6 tháng và triển khai thực hiện "
        "nhiệm vụ 6 tháng cuối năm.",
        "Chiều 5/1/2024, Hội Nông dân tỉnh tổ chức tổng kết năm 2023, triển khai thực hiện kế "
        "hoạch năm 2024.",
    ):
        assert EventKind.TRIEN_KHAI in _event(text).event.kinds, text
    # near miss: the implementation a review looks back on is no launch
    for text in (
        "Sáng 5/1/2024, UBND tỉnh tổ chức hội nghị tổng kết 10 năm triển khai thực hiện Chỉ "
        "thị số 09.",
        "Sáng 5/1/2024, Công an huyện tổ chức sơ kết 3 năm triển khai thực hiện mô hình.",
    ):
        assert EventKind.TRIEN_KHAI not in _event(text).event.kinds, text


def test_report_whose_lead_names_no_place_is_about_the_first_unit_it_names() -> None:
    for text, district, province in (
        (
            "Phát biểu tại đại hội, ông Lê Văn Ba nhấn mạnh vai trò của Mặt trận.\n\n"
            "Dịp này, Chủ tịch UBND huyện Cai Lậy tặng giấy khen cho 7 tập thể.",
            "Cai Lậy",
            "Tiền Giang",
        ),
        (
            "Tại buổi lễ, các đại biểu ôn lại truyền thống.\n\nUBND tỉnh Quảng Trị tặng bằng khen "
            "cho 5 tập thể.",
            None,
            "Quảng Trị",
        ),
        (
            "Phát biểu tại hội nghị, đồng chí Trần Văn Tư ghi nhận kết quả của thị xã Kỳ Anh.",
            "Kỳ Anh",
            "Hà Tĩnh",
        ),
    ):
        event = _event(text).event
        assert (event.district, event.province) == (district, province), text
        assert event.evidence["province"].derived
    # near misses: an organiser of the lead decides, and a text naming no unit gives none
    event = _event(
        "Sáng 3/4/2023, Công an tỉnh tổ chức hội nghị. Công an huyện Cai Lậy nhận cờ thi đua."
    ).event
    assert event.district is None
    event = _event("Phát biểu tại đại hội, ông Lê Văn Ba nhấn mạnh vai trò của Mặt trận.").event
    assert (event.district, event.province) == (None, None)


def test_body_written_as_the_place_before_the_verb_is_the_host() -> None:
    for text, organizer in (
        (
            "Vào lúc 8 giờ ngày 5/8/2019, tại UBND phường Tân Định tổ chức Lễ kỷ niệm Ngày hội "
            "toàn dân bảo vệ ANTQ.",
            "UBND phường Tân Định",
        ),
        (
            "Sáng 9/3/2021, tại Công an xã Ia Kha tổ chức hội nghị sơ kết mô hình tự quản.",
            "Công an xã Ia Kha",
        ),
        (
            "Ngày 2/4/2022, tại Đảng ủy xã Tân Hà tổ chức hội nghị tổng kết công tác năm 2021.",
            "Đảng ủy xã Tân Hà",
        ),
    ):
        assert _event(text).event.organizer == organizer, text
    # near misses: a hall is no body, and a place set off by a comma is followed by the host
    assert (
        _event(
            "Sáng 9/3/2021, tại Hội trường UBND xã Ia Kha tổ chức hội nghị sơ kết."
        ).event.organizer
        is None
    )
    assert (
        _event(
            "Sáng 9/3/2021, tại UBND xã Ia Kha, Công an xã tổ chức hội nghị sơ kết."
        ).event.organizer
        == "Công an xã"
    )


def test_sector_of_a_unit_is_an_organiser() -> None:
    for text, organizer in (
        (
            "Ngày 17/11/2022, ngành Giáo dục huyện Ia Pa tổ chức lễ kỷ niệm Ngày Nhà giáo.",
            "ngành Giáo dục huyện Ia Pa",
        ),
        (
            "Sáng 3/3/2023, lực lượng Công an xã Tân Hà tổ chức Ngày hội toàn dân bảo vệ ANTQ.",
            "lực lượng Công an xã Tân Hà",
        ),
        (
            "Chiều 5/9/2023, ngành Y tế thị xã An Khê tổ chức hội nghị sơ kết.",
            "ngành Y tế thị xã An Khê",
        ),
    ):
        assert _event(text).event.organizer == organizer, text
    # near misses: a lowercase clause before the verb is no organiser
    assert _event("Ngày 17/11/2022, ngành học đã tổ chức lễ kỷ niệm.").event.organizer is None


def test_bracketed_place_after_the_organiser_is_not_its_name() -> None:
    for text, organizer in (
        (
            "Ngày 17/11, ngành GD&ĐT quận Hải Châu (TP. Đà Nẵng) tổ chức lễ kỷ niệm năm 2017.",
            "ngành GD&ĐT quận Hải Châu",
        ),
        (
            "Sáng 5/1/2023, Công an thị xã An Khê (tỉnh Gia Lai) tổ chức hội nghị tổng kết.",
            "Công an thị xã An Khê",
        ),
        ("Sáng 5/1/2023, UBND xã Ia Kha (Hà Nội) tổ chức hội nghị tổng kết.", "UBND xã Ia Kha"),
    ):
        assert _event(text).event.organizer == organizer, text
    # near miss: a bracketed short name of the body is part of it
    event = _event(
        "Sáng 5/1/2023, Ban Chỉ đạo phòng, chống tội phạm tỉnh (Ban Chỉ đạo 138) tổ chức hội "
        "nghị tổng kết."
    ).event
    assert event.organizer is not None and event.organizer.endswith("(Ban Chỉ đạo 138)")


def test_guest_list_is_the_last_resort_lead() -> None:
    for text in (
        "Dự hội nghị có ông Đoàn Văn Ba, Chủ tịch UBND tỉnh Lâm Đồng.\n\nNăm 2018, phong trào "
        "tiếp tục được triển khai.",
        "Tham dự buổi lễ có đồng chí Lê Văn Tư, Phó Chủ tịch UBND tỉnh Gia Lai.",
        "Đến dự Ngày hội có đại diện lãnh đạo huyện Đức Trọng.",
    ):
        result = _event(text)
        assert result.lead is not None and not result.warnings, text
        assert result.event.organizer is None, text
    # near misses: a guest who comes to no meeting, and an earlier lead still wins
    assert _event("Dự kiến có 300 đại biểu về dự.").lead is None
    result = _event(
        "Sáng 5/1/2023, UBND huyện Đức Trọng tổ chức hội nghị tổng kết. Dự hội nghị có ông A."
    )
    assert result.event.organizer == "UBND huyện Đức Trọng"


def test_part_of_day_told_relative_to_the_day_of_writing() -> None:
    for text, part in (
        ("Sáng nay, tại xã Ia Kha, Công an xã tổ chức Ngày hội toàn dân bảo vệ ANTQ.", "sáng"),
        ("(GLO) - Chiều qua, UBND huyện Chư Sê tổ chức hội nghị sơ kết.", "chiều"),
        ("Tối hôm nay, Đoàn xã tổ chức Ngày hội văn hóa thể thao.", "tối"),
    ):
        event = _event(text).event
        assert event.part_of_day == part and event.date is None, text
    # near miss: "sáng nay" far into the lead tells no time of the meeting
    event = _event(
        "UBND huyện Chư Sê tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, các đại biểu đã "
        "thảo luận sôi nổi về những việc làm sáng nay."
    ).event
    assert event.part_of_day is None


def test_headline_run_into_the_lead_ends_at_the_outlets_tag() -> None:
    text = (
        "An ninh trật tự Phường Hòa Cường tổ chức Ngày hội toàn dân bảo vệ ANTQ ĐNO - Hướng tới "
        "kỷ niệm 80 năm Ngày truyền thống Công an nhân dân, tối 15/8/2025, phường Hòa Cường tổ "
        "chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025."
    )
    event = _event(text).event
    assert event.organizer == "phường Hòa Cường"
    assert event.province == "Đà Nẵng"  # the outlet's home province
    assert event.part_of_day == "tối"


def test_review_the_meeting_hears_right_after_the_lead_is_its_kind() -> None:
    for text, kind in (
        (
            "Sáng 9/8/2019, UBND xã Tân Hà tổ chức Ngày hội toàn dân bảo vệ ANTQ.\n\nĐến dự có "
            "ông Lê Văn A.\n\nHội nghị đã nghe báo cáo tổng kết 10 năm phong trào.",
            EventKind.TONG_KET,
        ),
        (
            "Chiều 3/7/2023, Công an huyện tổ chức lễ kỷ niệm Ngày truyền thống. Buổi lễ cũng "
            "thông qua báo cáo sơ kết 6 tháng đầu năm.",
            EventKind.SO_KET,
        ),
        (
            "Sáng 20/9/2024, Hội Nông dân tỉnh khai mạc Đại hội. Đại hội đã nghe tổng kết "
            "nhiệm kỳ qua.",
            EventKind.TONG_KET,
        ),
    ):
        kinds = _event(text).event.kinds
        assert EventKind.KHAC in kinds and kind in kinds, text
    # near misses: a review someone mentions, and one told far from the lead
    text = (
        "Sáng 9/8/2019, UBND xã Tân Hà tổ chức Ngày hội toàn dân bảo vệ ANTQ. Báo cáo tổng "
        "kết cho thấy nhiều chuyển biến."
    )
    assert EventKind.TONG_KET not in _event(text).event.kinds
    far = " ".join(f"Câu thứ {i} kể chuyện khác." for i in range(5))
    text = (
        "Sáng 9/8/2019, UBND xã Tân Hà tổ chức Ngày hội toàn dân bảo vệ ANTQ. "
        f"{far} Hội nghị đã nghe báo cáo tổng kết."
    )
    assert EventKind.TONG_KET not in _event(text).event.kinds


def test_a_commune_alone_gives_no_province_after_the_2025_reform() -> None:
    for text, published in (
        ("Sáng 23/12, Đảng ủy phường Quy Nhơn Nam tổ chức hội nghị tổng kết.", "2025-12-24"),
        ("Tối 16/8, Công an xã Ia Grai tổ chức Ngày hội toàn dân bảo vệ ANTQ.", "2025-08-17"),
        ("Ngày 20/8/2025, UBND đặc khu Vân Đồn tổ chức lễ kỷ niệm.", None),
    ):
        event = _event(text, published=published).event
        assert (event.province, event.district) == (None, None), text
    # near miss: a province the lead names is the commune's
    event = _event(
        "Sáng 2/9/2025, UBND phường Pleiku, tỉnh Gia Lai tổ chức lễ kỷ niệm.", published=None
    ).event
    assert event.province == "Gia Lai" and not event.evidence["province"].derived


def test_higher_units_after_the_organiser_locate_it_and_are_not_its_name() -> None:
    for text, organizer, district, province in (
        (
            "Sáng 5/1/2024, Công an xã Ia Dom, huyện Đức Cơ, tỉnh Gia Lai tổ chức hội nghị tổng "
            "kết.",
            "Công an xã Ia Dom",
            "Đức Cơ",
            "Gia Lai",
        ),
        (
            "Chiều 10/9/2025, UBND xã Đức Trọng, tỉnh Lâm Đồng tổ chức lễ đón nhận Huân chương.",
            "UBND xã Đức Trọng",
            None,
            "Lâm Đồng",
        ),
        (
            "Ngày 3/3/2023, Hội Nông dân huyện Cai Lậy, tỉnh Tiền Giang tổ chức hội nghị.",
            "Hội Nông dân huyện Cai Lậy",
            "Cai Lậy",
            "Tiền Giang",
        ),
    ):
        event = _event(text).event
        assert (event.organizer, event.district, event.province) == (
            organizer,
            district,
            province,
        ), text
    # near misses: joint organisers and a long name with commas are kept whole
    for text, organizer in (
        (
            "Sáng 5/1/2024, UBND tỉnh, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị tổng kết.",
            "UBND tỉnh, Ban Chỉ đạo 138 tỉnh",
        ),
        (
            "Sáng 5/1/2024, Ban Chỉ đạo phòng, chống tội phạm tỉnh Gia Lai tổ chức hội nghị.",
            "Ban Chỉ đạo phòng, chống tội phạm tỉnh Gia Lai",
        ),
    ):
        assert _event(text).event.organizer == organizer, text


def test_person_attending_or_chairing_is_no_organiser() -> None:
    for text in (
        "Chiều 5/9/2024, Thượng tướng Lê Văn Ba, Thứ trưởng Bộ Công an dự và chỉ đạo Hội nghị "
        "tổng kết công tác năm 2024.",
        "Sáng 5/9/2024, đồng chí Nguyễn Văn Tư, Phó Chủ tịch UBND huyện chủ trì hội nghị tổng kết.",
        "Sáng 6/9/2024, ông Trần Văn Năm, Chủ tịch UBND xã tổ chức hội nghị sơ kết.",
    ):
        assert _event(text).event.organizer is None, text
    # near misses: a body named after a place that begins like a form of address
    assert (
        _event(
            "Sáng 5/9/2024, Công an tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết."
        ).event.organizer
        == "Công an tỉnh Bà Rịa - Vũng Tàu"
    )


def test_province_written_with_a_spaced_dash_is_one_province() -> None:
    for text, province in (
        (
            "Sáng 5/9/2024, Công an tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết.",
            "Bà Rịa - Vũng Tàu",
        ),
        ("Sáng 5/9/2024, UBND tỉnh Thừa Thiên - Huế tổ chức lễ kỷ niệm.", "Thừa Thiên Huế"),
        ("Sáng 5/9/2024, UBND tỉnh Bà Rịa-Vũng Tàu tổ chức lễ kỷ niệm.", "Bà Rịa - Vũng Tàu"),
    ):
        assert _event(text).event.province == province, text
    # near miss: two provinces joined by a dash are not one name
    event = _event("Sáng 5/9/2024, Hội đồng hương tỉnh Gia Lai - Kon Tum tổ chức gặp mặt.").event
    assert event.province == "Gia Lai"


def test_meeting_of_a_body_is_held_by_it_when_no_one_is_said_to() -> None:
    for text, organizer in (
        (
            "Chiều 5/9/2024, Thượng tướng Lê Văn Ba dự và chỉ đạo Hội nghị tổng kết công tác năm "
            "2024 của Công an tỉnh Gia Lai.",
            "Công an tỉnh Gia Lai",
        ),
        (
            "Sáng 5/9/2024, đã diễn ra Đại hội đại biểu lần thứ V của Hội Nông dân huyện Chư Sê.",
            "Hội Nông dân huyện Chư Sê",
        ),
        (
            "Sáng 9/1/2025, Phó Chủ tịch UBND tỉnh Trần Văn Sáu dự hội nghị tổng kết của Sở Tư "
            "pháp tại Pleiku.",
            "Sở Tư pháp",
        ),
    ):
        assert _event(text).event.organizer == organizer, text
    # near misses: "của" naming no body, and a lead that says who holds it
    assert (
        _event("Phát biểu tại hội nghị tổng kết của ngành, ông Lê Văn A nói.").event.organizer
        is None
    )
    assert (
        _event(
            "Sáng 5/9/2024, UBND huyện Chư Sê tổ chức hội nghị tổng kết công tác của Phòng Tư pháp."
        ).event.organizer
        == "UBND huyện Chư Sê"
    )


def test_ceremony_a_conference_reviews_is_not_held_by_it() -> None:
    for text in (
        "Sáng 20/1/2024, UBND tỉnh tổ chức hội nghị tổng kết 20 năm Ngày hội toàn dân bảo vệ ANTQ.",
        "Sáng 9/3/2023, Công an huyện tổ chức hội nghị sơ kết công tác tổ chức Ngày hội năm 2022.",
        "Chiều 2/12/2022, Bộ Công an tổ chức Hội nghị trực tuyến tổng kết Ngày hội năm 2022.",
    ):
        assert EventKind.KHAC not in _event(text).event.kinds, text
    # near misses: a ceremony held beside the review, and a ceremony that reviews
    for text in (
        "Sáng 20/1/2024, UBND xã tổ chức hội nghị sơ kết và lễ ra mắt mô hình tự quản.",
        "Sáng 20/1/2024, UBND xã tổ chức Ngày hội toàn dân bảo vệ ANTQ và tổng kết phong trào.",
    ):
        assert EventKind.KHAC in _event(text).event.kinds, text


def test_city_of_a_province_before_it_became_one_gives_the_province_of_the_time() -> None:
    event = _event("Sáng 15/8/2024, Công an thành phố Huế tổ chức lễ kỷ niệm.").event
    assert (event.province, event.district) == ("Thừa Thiên Huế", "Huế")
    event = _event("Chiều 3/11/2023, UBND thành phố Huế tổ chức hội nghị tổng kết.").event
    assert (event.province, event.district) == ("Thừa Thiên Huế", "Huế")
    # near miss: from 2025 Huế is a province-level city, with no district
    event = _event("Sáng 15/8/2025, Công an thành phố Huế tổ chức lễ kỷ niệm.").event
    assert (event.province, event.district) == ("Huế", None)


def test_meeting_chaired_by_the_head_of_an_emulation_cluster_is_the_clusters() -> None:
    for text, organizer in (
        (
            "Tham dự hội nghị có Ban Thường trực Ủy ban MTTQ 5 huyện, Ủy ban MTTQ huyện Cai Lậy "
            "- Cụm trưởng cụm thi đua số III chủ trì hội nghị.\n\nTại hội nghị, các đơn vị đã "
            "thông qua báo cáo tổng kết năm 2023.",
            "cụm thi đua số III",
        ),
        (
            "Sáng 5/1/2024, đồng chí Lê Văn Hai, Giám đốc Sở Tư pháp, Khối trưởng khối thi đua "
            "các cơ quan nội chính chủ trì hội nghị tổng kết năm 2023.",
            "khối thi đua các cơ quan nội chính",
        ),
        (
            "Sáng 5/1/2024, ông Trần Văn Ba, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh "
            "chủ trì hội nghị tổng kết.",
            "Ban Chỉ đạo 138 tỉnh",
        ),
    ):
        event = _event(text).event
        assert event.organizer == organizer, text
    # near miss: an organiser named as the subject wins over a chair
    event = _event(
        "Sáng 5/1/2024, UBND huyện Cai Lậy tổ chức hội nghị tổng kết. Ông Lê Văn Hai - Cụm "
        "trưởng cụm thi đua số III chủ trì hội nghị."
    ).event
    assert event.organizer == "UBND huyện Cai Lậy"
    # an organiser without a place takes the province, not the district, of the first unit
    event = _event(
        "Sáng 5/1/2024, Cụm thi đua số III tổ chức hội nghị tổng kết năm 2023.\n\nDịp này, "
        "Ủy ban MTTQ huyện Cai Lậy được tặng cờ thi đua."
    ).event
    assert (event.province, event.district) == ("Tiền Giang", None)


def test_congress_of_a_known_year_reviews_the_term_that_ends_when_it_meets() -> None:
    for text, period in (
        (
            "Sáng 12/6/2023, Hội Nông dân huyện Chư Sê tổ chức Đại hội đại biểu lần thứ XI, "
            "nhiệm kỳ 2023-2028.\n\nTrong nhiệm kỳ 2018-2023, Hội đã vận động hội viên.",
            (2018, 2023),
        ),
        (
            "Ngày 20/9/2024, Đại hội đại biểu MTTQ Việt Nam huyện Phú Vang lần thứ XIV, nhiệm kỳ "
            "2024-2029 khai mạc. Đại hội đánh giá kết quả nhiệm kỳ 2019-2024.",
            (2019, 2024),
        ),
        (
            "Sáng 3/10/2022, Đoàn Thanh niên xã Ia Kha tổ chức Đại hội lần thứ V, nhiệm kỳ "
            "2022-2027.\n\nNhìn lại nhiệm kỳ 2017-2022, Đoàn xã có nhiều đổi mới.",
            (2017, 2022),
        ),
    ):
        assert _period(text) == period, text
    # near misses: no earlier term written, no year known, a sports festival
    assert (
        _period(
            "Sáng 12/6/2023, Hội Nông dân huyện Chư Sê tổ chức Đại hội đại biểu lần thứ XI, "
            "nhiệm kỳ 2023-2028."
        )
        is None
    )
    assert _period("Đại hội Hội Nông dân huyện nhiệm kỳ 2018-2023 đã thành công.") is None
    assert (
        _period(
            "Sáng 12/6/2024, UBND xã tổ chức Đại hội Thể dục thể thao lần thứ X giai đoạn "
            "2020-2024."
        )
        is None
    )


def test_day_told_relative_to_a_full_publication_date() -> None:
    for text, published, date, part in (
        (
            "Sáng nay, Công an xã Ia Kha tổ chức Ngày hội toàn dân bảo vệ ANTQ.",
            "2025-08-16",
            "2025-08-16",
            "sáng",
        ),
        (
            "Chiều qua, UBND huyện Chư Sê tổ chức hội nghị sơ kết.",
            "2024-07-02",
            "2024-07-01",
            "chiều",
        ),
        (
            "Hôm qua, Tỉnh đoàn tổ chức lễ tuyên dương thanh niên tiêu biểu.",
            "2024-03-27",
            "2024-03-26",
            None,
        ),
    ):
        event = _event(text, published=published).event
        assert (event.date, event.part_of_day) == (date, part), text
        assert event.evidence["date"].derived
    # near misses: only a month published gives no day, and a written date wins
    event = _event("Sáng nay, Công an xã tổ chức Ngày hội.", published="2025-08").event
    assert (event.date, event.part_of_day) == (None, "sáng")
    event = _event("Sáng nay (15/8), Công an xã tổ chức Ngày hội.", published="2025-08-16").event
    assert event.date == "2025-08-15"


def test_body_whose_name_holds_du_is_an_organiser() -> None:
    # "dự án" (a project) is no attending: the project board holds the meeting
    event = _event(
        "Sáng 5/1/2024, Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai tổ chức hội nghị tổng kết."
    ).event
    assert event.organizer == "Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai"
    # near miss: one who attends the meeting does not hold it
    event = _event(
        "Sáng 5/1/2024, lãnh đạo Sở Nội vụ tỉnh Gia Lai dự hội nghị tổng kết năm 2023."
    ).event
    assert event.organizer is None


def test_publication_date_that_does_not_exist_dates_no_relative_day() -> None:
    text = "Sáng nay, UBND xã Tân Hòa tổ chức hội nghị tổng kết công tác năm."
    assert extract_event(text, published="2025-02-30").event.date is None
    assert extract_event(text, published="2025-02-27").event.date == "2025-02-27"


def test_review_years_stop_at_the_plan_for_the_next_period() -> None:
    assert _period(
        "Ngày 18/12/2024, Khối thi đua các trường đại học tổ chức tổng kết công tác thi đua năm "
        "2024 và đề ra phương hướng nhiệm vụ năm 2025."
    ) == (2024, 2024)
    assert _period(
        "Ngày 9/1/2023, Công ty Điện lực tỉnh tổ chức hội nghị tổng kết hoạt động kinh doanh năm "
        "2022 và kế hoạch kinh doanh năm 2023."
    ) == (2022, 2022)
    assert _period(
        "Sáng 2/3/2021, Sở Tư pháp tổ chức Hội nghị tổng kết phong trào thi đua năm 2020 và phát "
        "động phong trào thi đua năm 2021."
    ) == (2020, 2020)
    assert _period(
        "Chiều 30/12/2025, Công an xã Hòa Bình tổ chức hội nghị tổng kết công tác bảo đảm an ninh "
        "năm 2025; phương hướng, nhiệm vụ năm 2026."
    ) == (2025, 2025)


def test_a_review_of_a_plan_and_its_tasks_is_not_split_at_the_tasks() -> None:
    # near misses: "kế hoạch và nhiệm vụ năm X" is what the review covers, not a plan
    assert _period(
        "Ngày 20/12/2022, Sở Xây dựng tổ chức hội nghị tổng kết tình hình thực hiện kế hoạch và "
        "nhiệm vụ năm 2022."
    ) == (2022, 2022)
    assert _period(
        "Ngày 5/6/2024, UBND huyện Sơn Tịnh tổ chức tổng kết 5 năm thực hiện Chương trình giảm "
        "nghèo, giai đoạn 2019-2024."
    ) == (2019, 2024)


def test_a_plan_set_after_a_review_is_a_launch() -> None:
    for text in (
        "Ngày 18/12/2024, Khối thi đua các trường đại học tổ chức tổng kết công tác thi đua năm "
        "2024 và đề ra phương hướng nhiệm vụ năm 2025.",
        "Ngày 9/1/2023, Công ty Điện lực tỉnh tổ chức hội nghị tổng kết hoạt động kinh doanh năm "
        "2022 và kế hoạch kinh doanh năm 2023.",
        "Sáng 2/3/2021, Sở Tư pháp tổ chức Hội nghị tổng kết phong trào thi đua năm 2020 và phát "
        "động phong trào thi đua năm 2021.",
    ):
        assert _event(text).event.kinds == [EventKind.TONG_KET, EventKind.TRIEN_KHAI], text
    # near misses: a review of a plan's tasks, and a launch ceremony with no review
    assert _event(
        "Ngày 20/12/2022, Sở Xây dựng tổ chức hội nghị tổng kết tình hình thực hiện kế hoạch và "
        "nhiệm vụ năm 2022."
    ).event.kinds == [EventKind.TONG_KET]
    assert EventKind.TRIEN_KHAI not in (
        _event(
            "Sáng 3/4/2023, Huyện đoàn Mỏ Cày tổ chức Lễ ra quân và phát động chiến dịch."
        ).event.kinds
    )


def test_review_years_stop_at_a_second_item_of_the_meeting() -> None:
    assert _period(
        "Ngày 5/3/2023, Đồn Biên phòng Sa Vĩ tổ chức hội nghị sơ kết phong trào giữ gìn đường "
        "biên năm 2022 và họp mặt kỷ niệm Ngày Bộ đội Biên phòng năm 2023."
    ) == (2022, 2022)
    assert _period(
        "Chiều 18/11/2024, Phòng Giáo dục thị xã Ayun Pa tổ chức tổng kết năm học 2023-2024 và "
        "kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (1982-2024)."
    ) == (2023, 2024)
    assert _period(
        "Ngày 3/1/2019, Bộ Nội vụ tổ chức hội nghị tổng kết công tác năm 2018; nhìn lại nửa "
        "nhiệm kỳ 2016-2018 của ngành."
    ) == (2018, 2018)
    # near miss: a praise of the same period is part of the review
    assert _period(
        "Ngày 10/7/2020, UBND tỉnh tổ chức hội nghị tổng kết và biểu dương điển hình tiên tiến "
        "giai đoạn 2015-2020."
    ) == (2015, 2020)


def test_review_years_from_the_headline_when_the_lead_names_only_the_plan() -> None:
    title = "Bến Tre tổng kết năm học 2023-2024 và khen thưởng giáo viên giỏi"
    assert _period(
        f"{title}\n\nChiều 10/9/2024, Sở Giáo dục tỉnh Bến Tre tổ chức hội nghị triển khai "
        "nhiệm vụ năm học 2024-2025.",
        title=title,
    ) == (2023, 2024)
    # near miss: a headline with no review leaves the lead's reading
    title = "Bến Tre triển khai nhiệm vụ năm học mới"
    assert (
        _period(
            f"{title}\n\nChiều 10/9/2024, Sở Giáo dục tỉnh Bến Tre tổ chức hội nghị triển khai "
            "nhiệm vụ năm học 2024-2025.",
            title=title,
        )
        is None
    )


def test_a_congress_named_for_its_new_term_reviews_the_term_before_without_a_year() -> None:
    # no year anywhere: the "nhiệm kỳ" a congress is named for is the term it elects
    assert _period(
        "Sáng 12/6, Đại hội đại biểu Hội Cựu chiến binh huyện Đăk Hà lần thứ VIII, nhiệm kỳ "
        "2022 - 2027 khai mạc phiên chính thức.\n\nSau 5 năm thực hiện Nghị quyết Đại hội "
        "khóa VII, nhiệm kỳ 2017 - 2022, các cấp hội đã đạt nhiều kết quả."
    ) == (2017, 2022)
    # a "giai đoạn" named on it opens a term when the body tells the period ending there
    assert _period(
        "Ngày 4/6, UBND huyện Hàm Tân tổ chức Đại hội Thi đua Quyết thắng LLVT huyện "
        "giai đoạn 2024-2029.\n\nGiai đoạn 2019-2024, phong trào có nhiều chuyển biến."
    ) == (2019, 2024)
    assert _period(
        "Sáng 15/5, Hội Liên hiệp Phụ nữ huyện tổ chức Đại hội đại biểu phụ nữ huyện lần thứ "
        "XX, nhiệm kỳ 2021-2026.\n\nTrong nhiệm kỳ 2016-2021, các cấp hội đã vận động 300 hội "
        "viên."
    ) == (2016, 2021)


def test_a_congress_of_unknown_year_keeps_the_period_it_is_named_for() -> None:
    # near misses: a "giai đoạn" with no earlier period in the body is the reviewed one, and
    # a later period in the body does not make it a new term
    assert _period(
        "Ngày 4/6, UBND huyện Hàm Tân tổ chức Đại hội Thi đua Quyết thắng LLVT huyện "
        "giai đoạn 2019-2024.\n\nPhong trào có nhiều chuyển biến."
    ) == (2019, 2024)
    assert _period(
        "Ngày 4/6, UBND huyện Hàm Tân tổ chức Đại hội Thi đua Quyết thắng LLVT huyện "
        "giai đoạn 2019-2024.\n\nMục tiêu giai đoạn 2024-2029 là giữ vững phong trào."
    ) == (2019, 2024)
    # a congress of members with no year and no term reviews nothing the rules can date
    assert (
        _period("Sáng 12/6, Đại hội Hội Cựu chiến binh huyện Đăk Hà khai mạc phiên chính thức.")
        is None
    )


def test_a_meeting_held_over_a_range_of_days_is_dated_by_its_first_day() -> None:
    for text, iso in (
        (
            "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X được tổ chức từ ngày 16 - 18/10/2023.",
            "2023-10-16",
        ),
        ("Hội nghị toàn quốc được tổ chức từ ngày 5 đến 7/1/2022 tại Hà Nội.", "2022-01-05"),
        ("Đại hội diễn ra trong hai ngày, 9-10/11/2016 tại hội trường huyện.", "2016-11-09"),
    ):
        assert _event(text).event.date == iso, text
    # near miss: "từ ngày" before a single date is a start of validity, not the meeting's day
    assert (
        _event(
            "Từ ngày 1/7/2025, Công an xã tổ chức hội nghị hằng tháng với các tổ tự quản."
        ).event.date
        is None
    )


def test_a_congress_named_for_a_body_is_held_by_that_body() -> None:
    for text, org in (
        (
            "Sáng 14/6/2022, Đại hội đại biểu Hội Cựu chiến binh huyện Tiên Phước lần thứ VIII, "
            "nhiệm kỳ 2022 - 2027 diễn ra phiên làm việc thứ hai.",
            "Hội Cựu chiến binh huyện Tiên Phước",
        ),
        (
            "Ngày 12/10/2022, Đại hội Đoàn TNCS Hồ Chí Minh xã Ia Kha lần thứ V khai mạc.",
            "Đoàn TNCS Hồ Chí Minh xã Ia Kha",
        ),
        (
            "Đại hội đại biểu Công đoàn ngành Giáo dục tỉnh, nhiệm kỳ 2023-2028 được tổ chức "
            "ngày 8/6/2023.",
            "Công đoàn ngành Giáo dục tỉnh",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near misses: a congress named for a movement, and one whose holder is the subject
    assert (
        _event(
            "Sáng 20/8/2020, Đại hội Thi đua Vì an ninh Tổ quốc lần thứ IV khai mạc tại Hà Nội."
        ).event.organizer
        is None
    )
    assert (
        _event(
            "Ngày 12/10/2022, Huyện đoàn Ia Grai tổ chức Đại hội Đoàn xã Ia Kha lần thứ V."
        ).event.organizer
        == "Huyện đoàn Ia Grai"
    )


def test_a_nationwide_mass_organisation_is_seated_in_hanoi() -> None:
    for text in (
        "Chiều 2/7/2022, tại TP Đà Nẵng, Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ kỷ niệm.",
        "Chiều 8/1/2025, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị sơ kết 6 tháng.",
        "Sáng 10/12/2019, Hội Cựu chiến binh Việt Nam tổ chức Đại hội thi đua yêu nước lần thứ V.",
    ):
        assert _event(text).event.province == "Hà Nội", text
    # near misses: a local committee of the front, and a provincial chapter
    event = _event(
        "Sáng 5/3/2024, Ủy ban MTTQ Việt Nam huyện Phú Vang tổ chức hội nghị tổng kết năm 2023."
    ).event
    assert event.province != "Hà Nội"
    assert (
        _event("Sáng 5/3/2024, Hội Nông dân tỉnh Bắc Giang tổ chức hội nghị.").event.province
        == "Bắc Giang"
    )


def test_an_anniversary_of_a_nationwide_organisation_names_no_host() -> None:
    # every local chapter holds it: the unit celebrated is not who held this one
    event = _event(
        "Tại buổi lễ kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam, các đại biểu ôn lại "
        "truyền thống của Hội."
    ).event
    assert event.organizer is None
    assert event.province is None
    # near miss: a local unit's own anniversary is held by it
    assert (
        _event(
            "Tại buổi lễ kỷ niệm 60 năm Ngày thành lập Bệnh viện Đa khoa Hà Đông, các đại biểu "
            "ôn lại truyền thống."
        ).event.organizer
        == "Bệnh viện Đa khoa Hà Đông"
    )


def test_a_body_that_has_just_reviewed_held_the_review() -> None:
    for text, kind in (
        ("Hội Nông dân xã Ea Tam vừa tổng kết công tác hội năm 2023.", EventKind.TONG_KET),
        (
            "Trường THPT Nguyễn Du mới sơ kết học kỳ I năm học 2023-2024 và khen thưởng học sinh.",
            EventKind.SO_KET,
        ),
        (
            "Công an huyện Krông Búk đã tiến hành tổng kết 5 năm thực hiện Đề án giai đoạn "
            "2018-2023.",
            EventKind.TONG_KET,
        ),
    ):
        event = _event(text).event
        assert event.kinds[:1] == [kind], text
        assert event.organizer is not None, text
    # near misses: a review asked for or planned is no meeting held
    for text in (
        "UBND tỉnh yêu cầu các huyện tiến hành tổng kết phong trào trong quý IV.",
        "Dự kiến, huyện sẽ tiến hành sơ kết vào tháng 6.",
    ):
        assert _event(text).lead is None, text


def test_a_review_naming_no_year_reviews_the_year_its_clause_reports() -> None:
    assert _period(
        "Ngày 12/1/2023, Cụm thi đua số III tổ chức hội nghị thông qua báo cáo kết quả công tác "
        "năm 2022 và báo cáo tổng kết thi đua của các đơn vị; bình bầu cụm trưởng năm 2023."
    ) == (2022, 2022)
    assert _period(
        "Ngày 20/12/2021, Hội Nông dân tỉnh tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ "
        "năm 2021 và sơ kết phong trào thi đua."
    ) == (2021, 2021)
    assert _period(
        "Ngày 8/1/2020, Sở Nội vụ tổ chức hội nghị nghe kết quả năm 2019, tổng kết công tác thi "
        "đua khen thưởng."
    ) == (2019, 2019)
    # near miss: a year the clause launches is not the reviewed one
    assert _period(
        "Ngày 20/1/2024, Ban Chỉ đạo 138 huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024 và "
        "sơ kết mô hình tự quản; bình xét thi đua."
    ) != (2024, 2024)


def test_a_held_award_giving_is_a_ceremony_lead() -> None:
    for text, org in (
        (
            "Chiều 9-8, Kho bạc Nhà nước tỉnh đã tổ chức khen thưởng đột xuất 3 phòng nghiệp vụ.",
            "Kho bạc Nhà nước tỉnh",
        ),
        (
            "Chiều 3/9/2024, Công an huyện Đắk Song tổ chức trao Huy chương Chiến sĩ vẻ vang cho "
            "cán bộ.",
            "Công an huyện Đắk Song",
        ),
        ("Ngày 5/5/2023, Trường Tiểu học Lê Lợi tổ chức khen thưởng học sinh giỏi.", None),
    ):
        event = _event(text).event
        # a reward held (not a medal, nor learners' prizes) is a ceremony of honour as well
        honour = "đột xuất" in text
        assert event.kinds == (
            [EventKind.BIEU_DUONG, EventKind.KHAC] if honour else [EventKind.KHAC]
        ), text
        if org is not None:
            assert event.organizer == org, text
    # near misses: an exchange of views is no award-giving, and a decision is no ceremony
    assert _event("Sáng 5/5/2023, Sở Y tế tổ chức trao đổi kinh nghiệm.").lead is None
    assert (
        _event("Ngày 5/5/2023, Chủ tịch UBND tỉnh ký quyết định khen thưởng 5 tập thể.").lead
        is None
    )


def test_the_subject_holding_a_meeting_after_a_clause_set_at_another() -> None:
    for text, org in (
        (
            "Sáng 7-8, tại Lễ chào cờ tháng 8, Công an tỉnh Hà Tĩnh tổ chức trao Huy chương cho "
            "cán bộ, chiến sĩ.",
            "Công an tỉnh Hà Tĩnh",
        ),
        (
            "Chiều 20/11/2023, tại buổi lễ kỷ niệm Ngày Nhà giáo, Phòng GD-ĐT huyện Ea Súp đã tổ "
            "chức tuyên dương giáo viên giỏi.",
            "Phòng GD-ĐT huyện Ea Súp",
        ),
        (
            "Tại hội nghị, UBND xã Tân Lập tổ chức khen thưởng các tổ tự quản.",
            "UBND xã Tân Lập",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near misses: a person hands over, and a clause that is no subject
    assert (
        _event(
            "Tại buổi lễ, thừa ủy quyền của Bộ trưởng, Đại tá Lê Văn A, Giám đốc Công an tỉnh đã "
            "trao Kỷ niệm chương."
        ).event.organizer
        is None
    )
    assert (
        _event(
            "Tại hội nghị, đồng chí Nguyễn Văn B tổ chức trao đổi kinh nghiệm với các đơn vị."
        ).event.organizer
        is None
    )


def test_a_meeting_that_takes_place_in_a_bodys_hall_is_that_bodys() -> None:
    for text, org in (
        (
            "Ngày 8/3/2023, tại Hội trường Sở Tư pháp tỉnh Long An đã diễn ra hội nghị tổng kết "
            "năm 2022.",
            "Sở Tư pháp tỉnh Long An",
        ),
        (
            "Sáng 10/1/2024, tại trụ sở Công an huyện Cư Jút diễn ra hội nghị tổng kết năm 2023.",
            "Công an huyện Cư Jút",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near miss: a hall where another body holds its meeting
    assert (
        _event(
            "Sáng 10/1/2024, tại Hội trường UBND huyện, Công an huyện Cư Jút tổ chức hội nghị "
            "tổng kết năm 2023."
        ).event.organizer
        == "Công an huyện Cư Jút"
    )


def test_the_organiser_follows_a_date_whose_year_is_mistyped() -> None:
    assert (
        _event(
            "Ngày 15 tháng 8 năm 2204, Cụm thi đua Kho bạc tổ chức sơ kết 6 tháng năm 2024.",
            published="2024-08-20",
        ).event.organizer
        == "Cụm thi đua Kho bạc"
    )


def test_a_conference_reporting_a_past_years_results_reviews_that_year() -> None:
    for text, year in (
        (
            "Dự hội nghị có ông Lê Văn A, Phó Chủ tịch UBND tỉnh.\n\nNăm 2022, công tác phòng "
            "chống thiên tai của huyện tiếp tục được chú trọng.",
            2022,
        ),
        (
            "Năm 2019, huyện đã hoàn thành các chỉ tiêu quốc phòng. Tại Hội nghị, các tập thể "
            "hoàn thành xuất sắc nhiệm vụ đã được khen thưởng.",
            2019,
        ),
        (
            "Sáng 20/12/2023, Công an huyện Ea Kar tổ chức Hội nghị công an huyện.\nTrong năm "
            "2023, lực lượng đã triệt phá 12 ổ nhóm.",
            2023,
        ),
    ):
        event = _event(text).event
        assert event.kinds == [EventKind.TONG_KET], text
        assert event.review_period is not None, text
        assert (event.review_period.start, event.review_period.end) == (year, year), text
    # near misses: a ceremony, a year to come, and no year's results at all
    for text in (
        "Dự lễ có ông Lê Văn A, Phó Chủ tịch UBND tỉnh.\n\nNăm 2021, phong trào được duy trì.",
        "Sáng 5/1/2023, Sở Y tế tổ chức Hội nghị cán bộ.\nNăm 2024, ngành phấn đấu đạt chuẩn.",
        "Dự hội nghị có ông Lê Văn A, Phó Chủ tịch UBND tỉnh. Các đại biểu thảo luận sôi nổi.",
    ):
        event = _event(text).event
        assert EventKind.TONG_KET not in event.kinds, text
        assert event.review_period is None, text


def test_a_conference_held_for_another_purpose_reviews_no_year_its_report_tells() -> None:
    # a year's results told as background to a training or a dialogue are no review
    for text in (
        "Sáng 9/4/2024, Sở Nội vụ tổ chức hội nghị tập huấn công tác văn thư lưu trữ.\n\nNăm "
        "2023, toàn ngành đã chỉnh lý 3.400 mét hồ sơ.",
        "Chiều 16/5/2024, UBND thị xã tổ chức hội nghị đối thoại với hộ kinh doanh.\n\nNăm "
        "2023, thị xã có 85 hộ kinh doanh mới.",
        "Sáng 3/1/2024, Công an huyện tổ chức hội nghị giao ban tháng 1.\n\nNăm 2023, đơn vị đã "
        "điều tra làm rõ 40 vụ việc.",
    ):
        event = _event(text).event
        assert event.kinds == [EventKind.KHAC], text
        assert event.review_period is None, text
    # near miss: a conference the lead names for nothing else still reviews the year told
    event = _event(
        "Sáng 9/1/2024, Sở Nội vụ tổ chức hội nghị cán bộ, công chức.\n\nNăm 2023, toàn ngành "
        "đã chỉnh lý 3.400 mét hồ sơ."
    ).event
    assert event.kinds == [EventKind.TONG_KET]
    assert event.review_period is not None and event.review_period.start == 2023


def test_a_yearless_date_takes_the_year_of_the_dated_events_the_report_tells() -> None:
    for text, iso in (
        (
            "Ngày 23/6, Đồn Biên phòng Cà Roòng tổ chức Lễ đón nhận Huân chương Chiến công.\n\n"
            "Ngày 30/3/2024, đơn vị đã bắt giữ 2 đối tượng vận chuyển ma túy.",
            "2024-06-23",
        ),
        (
            "Ngày 15/9, Hội Cựu chiến binh tỉnh tổ chức trao giải cuộc thi tìm hiểu.\n\nCuộc thi "
            "diễn ra từ ngày 17/1/2022 đến ngày 30/8/2022 với nhiều bài dự thi.",
            "2022-09-15",
        ),
        (
            "Sáng 3/10, Công an huyện Kông Chro tổ chức Lễ ra quân đợt thi đua đặc biệt.\n\n"
            "Đợt thi đua kéo dài đến hết ngày 31/12/2021.",
            "2021-10-03",
        ),
    ):
        assert _event(text).event.date == iso, text
    # near misses: a founding date, and a dated event years from the meeting's day
    assert (
        _event(
            "Ngày 14-11, Sở Nông nghiệp tổ chức Lễ kỷ niệm Ngày thành lập ngành.\n\nNgành được "
            "thành lập ngày 1-4-1992."
        ).event.date
        is None
    )
    assert (
        _event(
            "Ngày 14-11, Sở Nông nghiệp tổ chức Lễ đón nhận Huân chương.\n\nNgày 2/2/2019, Sở "
            "được giao nhiệm vụ mới."
        ).event.date
        is None
    )


def test_a_year_of_another_item_of_the_meeting_is_not_reviewed() -> None:
    # near miss of the reported-year rule: the year names the festival held, not the review
    assert (
        _period(
            "Ngày 12-8-2023, Công an thị xã tổ chức Ngày hội toàn dân bảo vệ ANTQ năm 2023 và sơ "
            "kết mô hình tổ liên gia an toàn."
        )
        is None
    )


def test_kinds_are_not_read_from_what_the_honoured_achieved() -> None:
    for text in (
        "Ngày 27/8/2020, Sở Tư pháp tổ chức trao quyết định khen thưởng cho các cá nhân có thành "
        "tích trong quá trình triển khai Luật Hòa giải.",
        "Chiều 2/6/2022, Huyện đoàn Phù Cát tổ chức trao giấy khen cho đoàn viên vì thành tích "
        "trong phong trào biểu dương người tốt việc tốt.",
    ):
        assert _event(text).event.kinds == [EventKind.KHAC], text
    # a reward held is a ceremony of honour, not the review its honoured did well in
    assert _event(
        "Sáng 5/9/2021, Công an huyện Đạ Tẻh tổ chức khen thưởng các tập thể đạt thành tích "
        "xuất sắc trong sơ kết 6 tháng đầu năm."
    ).event.kinds == [EventKind.BIEU_DUONG, EventKind.KHAC]
    # near misses: kinds the meeting itself holds, before the honoured are named
    assert _event(
        "Ngày 20/12/2022, Sở Y tế tổ chức hội nghị tổng kết năm 2022 và khen thưởng các tập thể "
        "có thành tích xuất sắc."
    ).event.kinds == [EventKind.TONG_KET]
    assert EventKind.BIEU_DUONG in (
        _event(
            "Sáng 9/1/2024, UBND huyện tổ chức biểu dương các cá nhân có thành tích trong phong "
            "trào thi đua."
        ).event.kinds
    )


def test_the_organiser_follows_an_occasion_clause() -> None:
    for text, org in (
        (
            "Nhân kỷ niệm 70 năm Ngày truyền thống ngành Thuế (10.9.1945-10.9.2015), vừa qua, "
            "Cục Thuế Bình Định tổ chức buổi gặp mặt cán bộ hưu trí.",
            "Cục Thuế Bình Định",
        ),
        (
            "Chào mừng 80 năm Ngày Cách mạng tháng Tám, sáng 18/8/2025, Công an xã Ea Tul tổ "
            "chức Ngày hội toàn dân bảo vệ ANTQ.",
            "Công an xã Ea Tul",
        ),
        (
            "Hưởng ứng Tháng hành động, Huyện đoàn Krông Năng vừa tổ chức lễ ra quân.",
            "Huyện đoàn Krông Năng",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near misses: "Nhân dân", "Nhân viên" are subjects, not an occasion
    assert (
        _event("Sáng 5/8/2024, Nhân dân thôn 3 tổ chức Ngày hội đại đoàn kết.").event.organizer
        == "Nhân dân thôn 3"
    )
    assert (
        _event("Sáng 5/8/2024, Nhân viên Bưu điện huyện tổ chức buổi gặp mặt.").event.organizer
        == "Nhân viên Bưu điện huyện"
    )


def test_an_organiser_named_after_a_place_is_in_that_place_whatever_else_the_lead_names() -> None:
    for text, province in (
        (
            "Vừa qua, Cục Thuế Quảng Nam tổ chức buổi gặp mặt cán bộ hưu trí ngành thuế Quảng Nam "
            "và Đà Nẵng.",
            "Quảng Nam",
        ),
        (
            "Sáng 2/3/2023, Bệnh viện Đa khoa Hà Đông tổ chức lễ khen thưởng bác sĩ về từ tỉnh "
            "Sơn La.",
            "Hà Nội",
        ),
    ):
        assert _event(text).event.province == province, text
    # near miss: an organiser with a place of its own keeps it
    assert (
        _event(
            "Sáng 2/3/2023, Công an tỉnh Gia Lai tổ chức lễ trao thưởng cho Công an huyện Đức Cơ."
        ).event.province
        == "Gia Lai"
    )


def test_a_sentence_speaking_to_a_meeting_or_closing_it_says_one_was_held() -> None:
    for text in (
        "Phát biểu với hội nghị, Phó Chủ tịch UBND tỉnh đề nghị các ngành tiếp tục cố gắng.",
        "Kết thúc hội nghị, Công an tỉnh đã trao Giấy khen cho 16 tập thể.",
        "Bế mạc đại hội, các đại biểu biểu quyết thông qua nghị quyết.",
    ):
        assert _event(text).lead is not None, text
    # near misses: a meeting to come, and a talk with no meeting
    assert _event("Các đơn vị chuẩn bị báo cáo để gửi tới hội nghị sắp tới.").lead is None
    assert _event("Ông A trao đổi với phóng viên về phong trào.").lead is None


def test_a_report_quoted_with_a_years_results_makes_a_conference_a_review() -> None:
    event = _event(
        "Ông Lê Văn A, Phó Chủ tịch UBND tỉnh, cho biết: Trong năm 2019, Ban chỉ đạo đã triển "
        "khai nhiều giải pháp.\n\nKết thúc hội nghị, Công an tỉnh trao Giấy khen cho 5 tập thể."
    ).event
    assert event.kinds == [EventKind.TONG_KET]
    assert event.review_period is not None and event.review_period.start == 2019


def test_an_honour_handed_over_on_a_stated_day_is_a_ceremony() -> None:
    for text, iso in (
        (
            "Thừa lệnh Chủ tịch nước, ông Lê Văn A, Chủ tịch UBND tỉnh, đã trao Huân chương "
            "Chiến công hạng Ba cho Công an tỉnh vào sáng 10-9-2013.",
            "2013-09-10",
        ),
        (
            "Chiều 5/3/2021, Phó Giám đốc Sở Y tế trao Bằng khen của Bộ trưởng cho 12 bác sĩ.",
            "2021-03-05",
        ),
        (
            "Ông Trần B, Bí thư Huyện ủy, vừa gắn Huy hiệu và trao Kỷ niệm chương cho đảng viên "
            "lão thành vào ngày 3/2/2024.",
            "2024-02-03",
        ),
    ):
        event = _event(text).event
        assert event.date == iso, text
        assert event.kinds == [EventKind.KHAC], text
    # near misses: a decision to award, and an award with no day
    assert (
        _event("Ngày 5/3/2021, Chủ tịch UBND tỉnh ký quyết định trao Bằng khen cho 12 bác sĩ.").lead
        is None
    )
    assert _event("Phó Giám đốc Sở Y tế trao Bằng khen của Bộ trưởng cho 12 bác sĩ.").lead is None


def test_a_meeting_referred_to_launches_the_plan_set_after_its_review() -> None:
    kinds = _event(
        "Tại hội nghị, các đại biểu đã nghe báo cáo tổng kết công tác năm 2018; triển khai "
        "nhiệm vụ năm 2019."
    ).event.kinds
    assert kinds == [EventKind.TONG_KET, EventKind.TRIEN_KHAI]
    # near miss: a plan with no review told of the meeting
    assert EventKind.TRIEN_KHAI not in (
        _event("Tại buổi lễ, ông A đề nghị các đơn vị triển khai tốt nhiệm vụ.").event.kinds
    )


def test_a_congress_naming_no_period_reviews_the_one_ending_in_its_year() -> None:
    for text, period in (
        (
            "Đại hội diễn ra trong hai ngày, 2-3/12/2014.\n\nTại Đại hội, Trung ương Hội trao "
            "bằng khen cho các điển hình tiên tiến giai đoạn 2009-2014.",
            (2009, 2014),
        ),
        (
            "Sáng 10/6/2023, Đại hội đại biểu Hội Nông dân xã Ia Kha lần thứ VIII khai mạc.\n\n"
            "Trong nhiệm kỳ 2018-2023, Hội đã vận động 300 hội viên.",
            (2018, 2023),
        ),
        (
            "Ngày 20/9/2024, Đại hội Thi đua yêu nước huyện Phú Vang khai mạc.\n\nGiai đoạn "
            "2019 - 2024, toàn huyện có 120 tập thể được khen thưởng.",
            (2019, 2024),
        ),
    ):
        assert _period(text) == period, text
    # near misses: a period ending in another year, and a meeting that is no congress
    assert (
        _period(
            "Sáng 10/6/2023, Đại hội đại biểu Hội Nông dân xã Ia Kha lần thứ VIII khai mạc.\n\n"
            "Giai đoạn 2015-2020, Hội đã vận động 300 hội viên."
        )
        is None
    )
    assert (
        _period(
            "Sáng 10/6/2023, Hội Nông dân xã Ia Kha tổ chức lễ kỷ niệm.\n\nTrong nhiệm kỳ "
            "2018-2023, Hội đã vận động 300 hội viên."
        )
        is None
    )


def test_a_congress_named_in_the_headline_is_held_by_its_body() -> None:
    title = "Đại hội đại biểu Hội Cựu chiến binh tỉnh Kon Tum lần thứ VII, nhiệm kỳ 2022-2027"
    event = _event(
        f"{title}\n\nTham dự Đại hội có ông Lê Văn A, Phó Chủ tịch Trung ương Hội.",
        title=title,
    ).event
    assert event.organizer == "Hội Cựu chiến binh tỉnh Kon Tum"
    title = "Đại hội Đoàn TNCS Hồ Chí Minh phường Lê Lợi lần thứ V"
    event = _event(f"{title}\n\nDự Đại hội có 120 đoàn viên ưu tú.", title=title).event
    assert event.organizer == "Đoàn TNCS Hồ Chí Minh phường Lê Lợi"
    # near misses: a headline naming no congress, and one not carried by the text
    title = "Nông dân Kon Tum thi đua sản xuất giỏi"
    assert (
        _event(f"{title}\n\nTham dự Đại hội có ông Lê Văn A.", title=title).event.organizer is None
    )
    assert (
        _event(
            "Tham dự Đại hội có ông Lê Văn A.",
            title="Đại hội đại biểu Hội Cựu chiến binh tỉnh Kon Tum lần thứ VII",
        ).event.organizer
        is None
    )


def test_review_years_stop_at_another_act_once_the_review_has_named_its_year() -> None:
    assert _period(
        "Sáng 20/12/2023, Ban Chỉ đạo 138 xã Ea Kao tổ chức hội nghị tổng kết phong trào năm 2023 "
        "và ký kết giao ước thi đua năm 2024."
    ) == (2023, 2023)
    assert _period(
        "Ngày 15/12/2021, Hội Nông dân huyện tổ chức tổng kết công tác Hội năm 2021 và ra mắt "
        "mô hình năm 2022."
    ) == (2021, 2021)
    assert _period(
        "Ngày 26/12/2020, Công an phường tổ chức tổng kết năm 2020 và tôn vinh gương người tốt "
        "giai đoạn 2016-2020."
    ) == (2020, 2020)
    # near miss: a review naming no year of its own shares the act's
    assert _period(
        "Ngày 26/12/2024, Công an phường tổ chức tổng kết và khen thưởng các tập thể xuất sắc "
        "năm 2024."
    ) == (2024, 2024)


def test_an_organiser_ends_before_its_reporting_verb() -> None:
    for text, org in (
        (
            "Ngày 6/10/2021, Công an huyện Mỹ Đức (Hà Nội) cho biết, đã ra mắt câu lạc bộ phòng "
            "cháy tại xóm 2.",
            "Công an huyện Mỹ Đức",
        ),
        (
            "Ngày 12/1/2023, UBND tỉnh Quảng Trị, cho biết: Hội nghị tổng kết đã diễn ra.",
            "UBND tỉnh Quảng Trị",
        ),
        (
            "Sáng 3/5/2024, Sở Y tế thông tin, vừa tổ chức lễ khen thưởng các bác sĩ.",
            "Sở Y tế",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near misses: a body whose name holds "thông tin" (capitalised, or a field listed in
    # lower case) is not cut
    for text, org in (
        (
            "Sáng 3/5/2024, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết năm 2023.",
            "Sở Thông tin và Truyền thông",
        ),
        (
            "Sáng 8/3/2024, Trung tâm Văn hóa, thông tin và thể thao huyện Ea H'leo tổ chức hội "
            "thi cắm hoa.",
            "Trung tâm Văn hóa, thông tin và thể thao huyện Ea H'leo",
        ),
        (
            "Tối 2/9/2024, Phòng Văn hóa thông tin thị xã tổ chức hội thi văn nghệ.",
            "Phòng Văn hóa thông tin thị xã",
        ),
    ):
        assert _event(text).event.organizer == org, text


def test_a_commune_written_after_an_organiser_to_locate_it_is_left_out() -> None:
    for text, org in (
        (
            "Ngày 20/11/2023, Trường THCS Lê Lợi (xã Ea Tu, TP. Buôn Ma Thuột) tổ chức lễ kỷ "
            "niệm Ngày Nhà giáo Việt Nam.",
            "Trường THCS Lê Lợi",
        ),
        (
            "Sáng 2/9/2024, Chi hội Nông dân thôn 2 (xã Cư Suê) tổ chức họp mặt hội viên.",
            "Chi hội Nông dân thôn 2",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near miss: a bracketed short name is kept
    assert (
        _event(
            "Sáng 2/9/2024, Ban Chỉ đạo phòng, chống tội phạm (BCĐ 138) tổ chức hội nghị."
        ).event.organizer
        == "Ban Chỉ đạo phòng, chống tội phạm (BCĐ 138)"
    )


def test_a_range_running_past_the_meetings_year_names_a_term_not_the_review() -> None:
    for text in (
        "Sáng 3/4/2024, Huyện ủy tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại "
        "hội Đảng bộ huyện, nhiệm kỳ 2020-2025.",
        "Ngày 10/6/2023, Sở Công Thương tổ chức sơ kết thực hiện Chương trình giai đoạn 2021-2025.",
        "Ngày 5/7/2022, Hội Nông dân tỉnh tổ chức sơ kết Đề án giai đoạn 2021 - 2030.",
    ):
        assert _period(text) is None, text
    # near misses: a school year straddles two years, and a range over by the meeting
    assert _period(
        "Ngày 5/12/2024, Trường THPT Chu Văn An tổ chức sơ kết học kỳ I năm học 2024-2025."
    ) == (2024, 2025)
    assert _period(
        "Ngày 10/6/2025, Sở Công Thương tổ chức tổng kết Chương trình giai đoạn 2021-2025."
    ) == (2021, 2025)


def test_the_place_a_meeting_is_held_at_runs_on_over_its_commune() -> None:
    for text, org in (
        (
            "Sáng 19/8/2025, tại nhà văn hóa thôn 3, xã Hòa Phú, Ban Chỉ đạo an ninh trật tự xã "
            "Hòa Phú tổ chức Ngày hội toàn dân bảo vệ ANTQ.",
            "Ban Chỉ đạo an ninh trật tự xã Hòa Phú",
        ),
        (
            "Chiều 8/8/2025, tại thôn Quảng Đại, phường Sơn Trà, Công an phường tổ chức Ngày hội.",
            "Công an phường",
        ),
    ):
        assert _event(text).event.organizer == org, text
    # near miss: a commune holding the meeting after its place is the organiser
    assert (
        _event(
            "Sáng 7/8/2025, tại thôn Plei Ama, xã Ia Pa tổ chức Ngày hội toàn dân bảo vệ ANTQ."
        ).event.organizer
        == "xã Ia Pa"
    )


def test_a_review_of_a_whole_year_is_held_in_the_year_after() -> None:
    for text, iso in (
        (
            "Ngày 22/5, Công an thành phố tổng kết phong trào quần chúng phòng cháy năm 2018.",
            "2019-05-22",
        ),
        (
            "Sáng 20/4, Sở Tư pháp tổ chức tổng kết công tác pháp chế năm 2021.",
            "2022-04-20",
        ),
        (
            "Chiều 2/6, Hội Nông dân huyện tổ chức hội nghị tổng kết hoạt động Hội năm 2022.",
            "2023-06-02",
        ),
    ):
        assert _event(text).event.date == iso, text
    # near misses: an event within the year, and a year-end review held before the year ends
    assert (
        _event("Ngày 14/7, Tỉnh đoàn tổng kết Tháng hành động vì môi trường năm 2018.").event.date
        == "2018-07-14"
    )
    assert (
        _event("Ngày 20/12, Sở Tư pháp tổ chức tổng kết công tác năm 2021.").event.date
        == "2021-12-20"
    )


def test_a_launch_year_is_not_reviewed_when_no_review_word_opens_the_part() -> None:
    # near miss of the act cut: the honoured period, not the plan's year, is what is reviewed
    assert _period(
        "Ngày 7/1/2021, Công ty Điện lực tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2021 và "
        "biểu dương gương điển hình giai đoạn 2016 - 2021."
    ) != (2021, 2021)


def test_a_district_named_by_its_own_body_or_as_the_headlines_subject() -> None:
    for text, title, district in (
        (
            "Tối 25/3/2022, Thành đoàn Bảo Lộc tổ chức lễ kỷ niệm 91 năm Ngày thành lập Đoàn.",
            None,
            "Bảo Lộc",
        ),
        (
            "Sáng 2/9/2022, Huyện ủy Krông Pắc tổ chức lễ trao Huy hiệu Đảng.",
            None,
            "Krông Pắc",
        ),
        (
            "Sa Đéc kỷ niệm 92 năm Ngày thành lập Đoàn\n\nTối 24/3/2023, Thành đoàn tổ chức lễ "
            "kỷ niệm 92 năm Ngày thành lập Đoàn và tuyên dương đoàn viên.",
            "Sa Đéc kỷ niệm 92 năm Ngày thành lập Đoàn",
            "Sa Đéc",
        ),
    ):
        assert _event(text, title=title).event.district == district, text
    # near misses: a province's own body, and a headline opening with a province
    assert _event("Sáng 26/3/2021, Thành đoàn Hà Nội tổ chức lễ kỷ niệm.").event.district is None
    title = "Quảng Ngãi kỷ niệm 90 năm Ngày thành lập Đoàn"
    assert (
        _event(
            f"{title}\n\nNgày 19/3/2021, Tỉnh đoàn tổ chức lễ kỷ niệm.", title=title
        ).event.district
        is None
    )


def test_a_camp_is_a_gathering_held_and_joint_hosts_end_before_phoi_hop() -> None:
    event = _event(
        "Sáng 10.7.2024, tại Quảng trường (tỉnh Cà Mau), Bộ Quốc phòng và T.Ư Hội Sinh viên phối "
        'hợp tổ chức Hội trại "Sinh viên với biển đảo".'
    ).event
    assert event.kinds == [EventKind.KHAC]
    assert event.organizer == "Bộ Quốc phòng và T.Ư Hội Sinh viên"
    assert event.date == "2024-07-10"
    assert _event(
        "Sáng 2/7/2024, Huyện đoàn Ea Súp tổ chức hội trại hè cho thiếu nhi."
    ).event.kinds == [EventKind.KHAC]
    # near miss: a headline's verb that opens with a city's name names no district
    title = "Vinh danh những tập thể tiêu biểu"
    assert (
        _event(f"{title}\n\nTại buổi lễ, các tập thể được tuyên dương.", title=title).event.district
        is None
    )


def test_a_years_aims_make_no_conference_a_review() -> None:
    # near miss of the reported-year rule: the year told is what is aimed at, not achieved
    event = _event(
        "Dự hội nghị có ông Lê Văn A, Phó Chủ tịch UBND tỉnh.\n\nNăm 2025, huyện phấn đấu giảm "
        "10% số vụ phạm pháp hình sự."
    ).event
    assert event.kinds == [EventKind.KHAC]
    assert event.review_period is None


def test_a_commune_bearing_a_district_name_does_not_give_that_district_province() -> None:
    # a commune or ward named like a district-level city elsewhere is not that city
    for text in (
        "Sáng 9/4/2023, UBND xã Tân An, huyện Đak Pơ tổ chức Ngày hội toàn dân bảo vệ ANTQ.",
        "Chiều 12/5/2022, Đoàn Thanh niên thị trấn Đông Phú tổ chức lễ ra mắt đội thanh niên "
        "tình nguyện.",
        "Ngày 3/9/2024, Chi hội Nông dân thôn Hồng Ngự tổ chức buổi gặp mặt hội viên.",
    ):
        event = _event(text).event
        assert event.province not in ("Long An", "Bình Phước", "Đồng Tháp"), text
    # near misses: a body named after the place itself keeps that place's province
    assert _event("Sáng 4/4/2023, Thành đoàn Tân An tổ chức lễ tuyên dương.").event.province == (
        "Long An"
    )
    assert (
        _event("Sáng 2/3/2023, Cục Thuế Quảng Nam tổ chức hội nghị tổng kết.").event.province
        == "Quảng Nam"
    )


def test_a_school_named_after_a_person_is_not_in_the_place_ending_that_name() -> None:
    # "Phạm Hữu Vinh", "Nguyễn Thái Bình": a person's name ending like a place is no place
    for text in (
        "Sáng 5/9/2023, Trường Tiểu học Phạm Hữu Vinh tổ chức lễ khai giảng năm học mới.",
        "Ngày 20/11/2022, Trường THCS Nguyễn Thái Bình tổ chức lễ kỷ niệm ngày Nhà giáo.",
        "Chiều 8/3/2024, Câu lạc bộ Phạm Hữu Vinh tổ chức buổi gặp mặt hội viên.",
    ):
        assert _event(text).event.province is None, text
    # near misses: a place after a lower-case word or a non-name run still counts
    assert (
        _event("Sáng 3/3/2023, Bệnh viện Đa khoa Hà Đông tổ chức lễ tổng kết.").event.province
        == "Hà Nội"
    )
    assert (
        _event("Sáng 3/3/2023, Trường Cao đẳng Y tế Hà Tĩnh tổ chức lễ tổng kết.").event.province
        == "Hà Tĩnh"
    )
    assert (
        _event("Sáng 3/3/2023, Trường Đại học Y Hà Nội tổ chức lễ tổng kết.").event.province
        == "Hà Nội"
    )
    # a province after a whole person's name is the place of the body bearing that name
    for text, province in (
        ("Sáng 4/4/2023, Trường THCS Trần Phú Hà Tĩnh tổ chức lễ tổng kết.", "Hà Tĩnh"),
        ("Sáng 4/4/2023, Trường THPT Lê Quý Đôn Thái Nguyên tổ chức lễ tổng kết.", "Thái Nguyên"),
        ("Sáng 4/4/2023, Công ty Hoàng Long Lâm Đồng tổ chức lễ tổng kết.", "Lâm Đồng"),
    ):
        assert _event(text).event.province == province, text


def test_a_dated_hand_over_by_a_body_is_the_ceremony_and_its_host() -> None:
    # a flag or honour handed over, or counted recipients rewarded, on a stated day: the day
    # of the ceremony and the body that holds it, ahead of sentences set "at" the ceremony
    for text, iso, pod, host in (
        (
            "Nhân dịp Quốc khánh, chiều 1/9/2022, Công an huyện Tân Lập trao tặng cờ Tổ quốc "
            "cho bà con thôn Đồng Xanh.\n\nTại buổi lễ, đại diện thôn cảm ơn Công an huyện.",
            "2022-09-01",
            "chiều",
            "Công an huyện Tân Lập",
        ),
        (
            "Sáng 12/4/2024, UBND xã Hòa Phong khen thưởng đột xuất 2 tập thể và 4 cá nhân "
            "có thành tích bắt giữ kẻ trộm.\n\nTại buổi lễ, Chủ tịch UBND xã biểu dương các "
            "cá nhân.",
            "2024-04-12",
            "sáng",
            "UBND xã Hòa Phong",
        ),
        (
            "Ngày 9/10/2023, Đội Cảnh sát giao thông - Công an huyện Mỹ Lâm trao Giấy khen cho "
            "3 người dân dũng cảm giúp người bị nạn.",
            "2023-10-09",
            None,
            "Đội Cảnh sát giao thông - Công an huyện Mỹ Lâm",
        ),
    ):
        event = _event(text).event
        assert (event.date, event.part_of_day, event.organizer) == (iso, pod, host), text
        # counted recipients rewarded: a ceremony of honour, both "biểu dương" and "khác"
        honour = "khen thưởng" in text
        assert event.kinds == (
            [EventKind.BIEU_DUONG, EventKind.KHAC] if honour else [EventKind.KHAC]
        ), text


def test_an_honour_received_or_a_decision_to_award_names_no_host() -> None:
    # near misses: an honour received ("được tặng") is no ceremony's act, and a decision to
    # award is no ceremony; an official who hands one over acts for the body the post heads
    assert (
        _event(
            "Ngày 3/5/2019, hợp tác xã Tân Tiến được Chủ tịch tỉnh tặng Bằng khen lần thứ hai."
        ).lead
        is None
    )
    event = _event(
        "Sáng 6/6/2023, Phó Chủ tịch UBND tỉnh Lê Văn Bình trao Bằng khen cho 5 tập thể."
    ).event
    assert event.date == "2023-06-06"
    assert event.organizer == "UBND tỉnh"
    assert (
        _event("Ngày 5/3/2021, UBND tỉnh ký quyết định khen thưởng 12 tập thể, 20 cá nhân.").lead
        is None
    )


def test_an_organising_committee_is_a_noun_not_the_verb_that_holds_a_meeting() -> None:
    # "Ban tổ chức" (the organising committee) hands gifts over: no meeting is held by "Ban"
    for text in (
        "Ban tổ chức chương trình đã trao 20 suất quà cho học sinh nghèo nhân ngày 2/9/1945.",
        "Dịp này, Ban tổ chức hội thi trao 30 phần quà, mỗi phần trị giá 500.000 đồng.",
        "Ban Tổ chức Ngày hội tặng 50 lá cờ cho bà con, kỷ niệm ngày 3/3/1959.",
    ):
        result = _event(text)
        assert result.event.organizer != "Ban", text
        assert result.event.date is None, text
    # near misses: a body named "Ban ..." still holds its meeting, and so does the party's
    # Organisation Department (whose name opens with "Ban Tổ chức")
    event = _event("Sáng 4/5/2024, Ban Chỉ đạo 138 huyện Lạc Sơn tổ chức hội nghị tổng kết.").event
    assert event.organizer == "Ban Chỉ đạo 138 huyện Lạc Sơn"
    event = _event("Chiều 6/1/2023, Ban Tổ chức Huyện ủy Đồng Văn tổ chức hội nghị tổng kết.").event
    assert event.organizer == "Ban Tổ chức Huyện ủy Đồng Văn"
    assert event.date == "2023-01-06"


def test_a_date_followed_by_whose_it_is_dates_a_document_not_the_meeting() -> None:
    # "ngày D của X": the date of a plan, directive or call, never the meeting's day
    for text in (
        "Thực hiện Kế hoạch số 45 ngày 2/3/2022 của UBND tỉnh về phong trào thi đua; hưởng ứng "
        "lời kêu gọi do Chủ tịch tỉnh phát động.",
        "Căn cứ Chỉ thị số 12 ngày 15/6/2020, của Ban Thường vụ Tỉnh ủy, các xã phát động thi đua.",
        "Theo Công văn ngày 1/9/2021 của Sở Nội vụ, Hội nghị bàn về công tác tổ chức.",
    ):
        assert _event(text).event.date is None, text
    # near misses: the meeting's own day, also when a document's date is written before it
    event = _event(
        "Thực hiện Kế hoạch số 45 ngày 2/3/2022 của UBND tỉnh, sáng 10/3/2022, Công an huyện "
        "Lạc Dương tổ chức hội nghị triển khai."
    ).event
    assert event.date == "2022-03-10"
    assert _event("Ngày 4/4/2023, Hội Nông dân xã Tân Hà tổ chức hội nghị.").event.date == (
        "2023-04-04"
    )


def test_a_festival_or_closing_ceremony_held_is_a_meeting_of_its_host() -> None:
    # "tổ chức Liên hoan ...", "tổ chức bế mạc ...", "đăng cai tổ chức ...": held by the subject
    for text, host in (
        (
            "Sáng 6/7/2022, Thành đoàn Hòa Bình đăng cai tổ chức Liên hoan tuyên truyền ca khúc "
            "cách mạng.",
            "Thành đoàn Hòa Bình",
        ),
        (
            "Ban Chỉ huy Quân sự huyện Lâm Hà tổ chức bế mạc lớp bồi dưỡng dân quân năm 2024.",
            "Ban Chỉ huy Quân sự huyện Lâm Hà",
        ),
        (
            "Hội Liên hiệp Phụ nữ tỉnh vừa tổ chức Liên hoan văn nghệ chào mừng ngày 8/3.",
            "Hội Liên hiệp Phụ nữ tỉnh",
        ),
    ):
        event = _event(text).event
        assert event.organizer == host, text
        assert EventKind.KHAC in event.kinds, text
    # near miss: a festival only mentioned as a plan is no meeting held
    assert _event("Hội Phụ nữ xã sẽ tổ chức liên hoan văn nghệ vào dịp cuối năm.").lead is None


def test_the_subject_of_a_lead_is_read_past_dashes_and_for_whom_its_leaders_act() -> None:
    # a paragraph opening with a dash or a space, and "lãnh đạo"/"đại diện" of a body
    for text, host in (
        (
            " - Tại huyện Ea Súp, Công an tỉnh vừa tổ chức tổng kết công tác năm 2023.",
            "Công an tỉnh",
        ),
        (" Hội Nông dân huyện Mỹ Tú tổ chức hội nghị sơ kết 6 tháng.", "Hội Nông dân huyện Mỹ Tú"),
        (
            "Ngày 3-1, thừa uỷ quyền Bộ trưởng, lãnh đạo Công an tỉnh Hòa Bình đã tổ chức buổi "
            "trao thưởng cho ba phòng nghiệp vụ.",
            "Công an tỉnh Hòa Bình",
        ),
    ):
        assert _event(text).event.organizer == host, text
    # near misses: the meeting as the subject of a passive, and a leader who is a person
    assert (
        _event(
            "Toàn cảnh Ngày hội toàn dân bảo vệ ANTQ được tổ chức tại xã Na Son ngày 9/8/2023."
        ).event.organizer
        is None
    )
    assert (
        _event(
            "Sáng 2/2/2024, lãnh đạo huyện đã tổ chức buổi gặp mặt các cựu chiến binh."
        ).event.organizer
        != "huyện"
    )


def test_an_ad_hoc_reward_of_a_named_unit_on_a_stated_day_is_a_ceremony() -> None:
    for text, host in (
        (
            "Ngày 9/5/2023, Ban Giám đốc Công an tỉnh đã khen thưởng đột xuất Đội Cảnh sát "
            "cơ động vì thành tích phá án.",
            "Ban Giám đốc Công an tỉnh",
        ),
        (
            "Chiều 14/2/2024, UBND huyện Sơn Hà khen thưởng đột xuất cho Công an xã Sơn Linh.",
            "UBND huyện Sơn Hà",
        ),
        (
            "Sáng 1/6/2022, Hội Nông dân tỉnh khen thưởng đột xuất anh Nguyễn Văn Tâm.",
            "Hội Nông dân tỉnh",
        ),
    ):
        event = _event(text).event
        assert event.organizer == host, text
        assert event.date is not None, text
    # near misses: a reward received, and one only proposed
    assert _event("Ngày 9/5/2023, đội được khen thưởng đột xuất vì phá án nhanh.").lead is None
    assert (
        _event("Ngày 9/5/2023, Công an huyện đề nghị khen thưởng đột xuất Đội Cảnh sát.").lead
        is None
    )


def test_a_conference_held_to_launch_a_movement_is_a_launch() -> None:
    for text in (
        "Sáng 6/1/2023, Ban CHQS huyện Tân Uyên tổ chức hội nghị để phát động thi đua quyết "
        "thắng trong lực lượng vũ trang huyện.",
        "Chiều 3/2/2022, Liên đoàn Lao động tỉnh tổ chức hội nghị phát động thi đua lao động "
        "giỏi trong công nhân.",
        "Ngày 9/3/2024, Hội Nông dân huyện Ba Tơ tổ chức hội nghị phát động cuộc vận động "
        "nông dân làm kinh tế giỏi.",
    ):
        assert _event(text).event.kinds == [EventKind.TRIEN_KHAI], text
    # near misses: a ceremony that launches stays "khác"; a review's plan keeps its review
    assert _event(
        "Sáng 3/10/2022, Công an huyện Đăk Pơ tổ chức lễ ra quân phát động đợt thi đua cao điểm."
    ).event.kinds == [EventKind.KHAC]
    assert _event(
        "Ngày 5/1/2023, UBND huyện Mê Linh tổ chức hội nghị tổng kết năm 2022 và phát động "
        "phong trào thi đua năm 2023."
    ).event.kinds == [EventKind.TONG_KET, EventKind.TRIEN_KHAI]


def test_an_honour_received_on_a_stated_day_is_a_ceremony_of_the_receiver() -> None:
    for text, host, iso in (
        (
            "Sáng 6/9/2023, Trường THCS Hòa Bình vinh dự đón nhận Huân chương Lao động hạng Ba.",
            "Trường THCS Hòa Bình",
            "2023-09-06",
        ),
        (
            "Chiều 12-3-2022, Đồn Biên phòng Ia Púch đón nhận Cờ thi đua của Chính phủ.",
            "Đồn Biên phòng Ia Púch",
            "2022-03-12",
        ),
        (
            "Ngày 2/10/2024, Hội Nông dân huyện Mộ Đức đã đón nhận danh hiệu Anh hùng Lao động.",
            "Hội Nông dân huyện Mộ Đức",
            "2024-10-02",
        ),
    ):
        event = _event(text).event
        assert (event.organizer, event.date) == (host, iso), text
    # near miss: a founding date told after the honour, in a headline run into history
    result = _event(
        "Công đoàn ngành Y tế đón nhận Huân chương Lao động Ngày 3.4.1960, tại Hà Nội, Công "
        "đoàn ngành Y tế chính thức được thành lập."
    )
    assert result.event.date != "1960-04-03"


def test_meetings_each_of_many_units_held_are_a_tally_not_a_meeting() -> None:
    # "đều tổ chức": every one of many units held its own; no single meeting is reported
    for text in (
        "Theo Hội Nông dân huyện, 37 chi hội của huyện đều tổ chức hội thi nấu ăn.",
        "Năm nay, các xã, thị trấn của huyện đều đã tổ chức hội nghị sơ kết phong trào.",
        "Toàn bộ 18 chi hội phụ nữ đều tổ chức buổi gặp mặt nhân ngày 8/3.",
    ):
        assert _event(text).lead is None, text
    # near miss: one body that held one meeting, though the sentence says "đều" elsewhere
    assert (
        _event(
            "Hội Nông dân huyện Đak Đoa vừa tổ chức hội nghị tổng kết, các đại biểu đều "
            "thống nhất với báo cáo."
        ).event.organizer
        == "Hội Nông dân huyện Đak Đoa"
    )


def test_a_dated_past_honour_after_a_guest_sentence_is_not_the_event_day() -> None:
    # the guest sentence opens the report; a dated hand-over told after it is history
    for text in (
        "Bà Đinh Thị Hoa, Phó Chủ tịch UBND huyện Phú Lương đến dự lễ kỷ niệm. Ngày "
        "9/4/2016, trường vinh dự đón nhận Huân chương Lao động hạng Nhì. Tại buổi lễ, các "
        "thầy cô ôn lại truyền thống.",
        "Ông Vi Văn Sơn đến dự lễ khánh thành nhà văn hóa. Ngày 21/6/2012, Đoàn Thanh niên xã "
        "tặng cờ lưu niệm cho bản.",
        "Ngày 3/2/2018, Chủ tịch nước tặng danh hiệu Anh hùng cho xã Pờ Tó. Tại lễ kỷ niệm, "
        "lãnh đạo huyện ôn lại chặng đường.",
    ):
        event = _event(text).event
        assert event.date is None, text
        assert event.organizer is None, text
    # the act itself, dated, still opens the report ahead of the sentences set at it
    event = _event(
        "Chiều 18/9, Đồn Biên phòng Sơn Hải trao tặng cờ Tổ quốc cho ngư dân. Tại buổi lễ, "
        "lãnh đạo đồn dặn dò bà con."
    ).event
    assert (event.part_of_day, event.organizer) == ("chiều", "Đồn Biên phòng Sơn Hải")


def test_a_gift_of_flags_that_is_no_honour_is_no_meeting() -> None:
    result = _event("Tối 4/5, tại nhà thi đấu, người hâm mộ tặng cờ cho các vận động viên.")
    assert result.lead is None
    assert (result.event.part_of_day, result.event.kinds) == (None, [])
    # near miss: a flag of emulation handed over is a ceremony
    event = _event("Sáng 6/5, UBND huyện Ba Tơ trao Cờ thi đua cho 4 xã.").event
    assert event.organizer == "UBND huyện Ba Tơ"


def test_a_letter_of_praise_ends_the_giving_body_at_its_verb() -> None:
    event = _event(
        "Sáng 2/8, UBND tỉnh Phú Yên có thư khen và khen thưởng 5 thuyền viên cứu người."
    ).event
    assert event.organizer == "UBND tỉnh Phú Yên"
    event = _event("Sáng 2/8, UBND tỉnh Phú Yên khen thưởng 5 thuyền viên cứu người.").event
    assert event.organizer == "UBND tỉnh Phú Yên"


def test_a_deputy_head_of_a_team_handing_over_is_an_official_not_the_body() -> None:
    for text in (
        "Sáng 11/9, Đội phó Đội CSGT số 4 Lý Quốc Bảo trao Giấy khen cho 5 cá nhân.",
        "Sáng 11/9, Đội viên Đội xung kích Phạm Văn Tú trao Giấy khen cho 5 cá nhân.",
    ):
        assert _event(text).event.organizer is None, text
    # near miss: the team itself hands the certificates over
    event = _event("Sáng 11/9, Đội CSGT số 4 trao Giấy khen cho 5 cá nhân.").event
    assert event.organizer == "Đội CSGT số 4"


def test_whose_after_a_part_of_day_date_is_not_a_documents_date() -> None:
    event = _event(
        "Sáng 22/5 của tuần qua, Công an huyện Bảo Lạc tổ chức hội nghị triển khai."
    ).event
    assert event.part_of_day == "sáng"
    assert event.organizer in (None, "Công an huyện Bảo Lạc")  # never the date run into it
    # near miss: a document's date followed by whose it is
    event = _event(
        "Thực hiện Kế hoạch số 7 ngày 2/3/2024 của UBND tỉnh, Công an huyện Bảo Lạc tổ chức "
        "hội nghị triển khai."
    ).event
    assert event.date is None


def test_an_honour_handed_over_with_its_count_before_the_noun() -> None:
    event = _event(
        "Sáng 9/6, Đồn Biên phòng Ngọc Lâm trao tặng 150 lá cờ Tổ quốc cho ngư dân."
    ).event
    assert event.organizer == "Đồn Biên phòng Ngọc Lâm"
    assert event.part_of_day == "sáng"


def test_a_numbered_sitting_is_a_meeting_held() -> None:
    for text, organizer in (
        ("Sáng 3/4, HĐND xã Tà Xùa khóa IV họp lần thứ nhất.", "HĐND xã Tà Xùa khóa IV"),
        (
            "Chiều 9/10, Ban Chấp hành Đảng bộ phường họp phiên thứ hai.",
            "Ban Chấp hành Đảng bộ phường",
        ),
    ):
        result = _event(text)
        assert result.lead is not None, text
        assert (result.event.kinds, result.event.organizer) == ([EventKind.KHAC], organizer), text
    # near miss: sittings told as a count are no one sitting held
    assert _event("Năm nay, hội đồng đã họp 4 lần để xét duyệt hồ sơ.").lead is None


def test_a_conference_only_referred_to_then_the_results_of_the_year_past_is_a_review() -> None:
    body = (
        "\nTrong năm, số vụ cháy giảm 12% so với năm trước, 95% tin báo được giải quyết đúng hạn."
    )
    lead = "Phát biểu tại hội nghị, Phó Chủ tịch UBND huyện Lê Thị Mai đề nghị các xã tiếp tục làm tốt công tác tuyên truyền."
    assert _event(lead + body).event.kinds == [EventKind.TONG_KET]
    # near misses: no results of the time past; a conference the lead names for a purpose
    assert _event(lead).event.kinds == [EventKind.KHAC]
    named = "Phát biểu tại hội nghị tập huấn nghiệp vụ, ông Lò Văn Nam đề nghị học viên chú ý."
    assert _event(named + body).event.kinds != [EventKind.TONG_KET]


def test_a_year_in_reported_speech_does_not_date_the_meeting() -> None:
    # what a speaker reports after "cho biết:" (a proposal, next year's plan) is not the year
    # of the meeting: the year comes from elsewhere, here a full date told nearby, or nowhere
    for text, date in (
        (
            "Tại hội nghị Ban Chấp hành Hội Nông dân tỉnh diễn ra chiều nay (20/11), ông Hà "
            "Văn Lộc cho biết: Thường trực Hội đã họp ngày 15/11/2021 và thống nhất đề nghị "
            "tặng Cờ thi đua năm 2022 cho 4 đơn vị.",
            "2021-11-20",
        ),
        (
            "Sáng 9/10, Liên đoàn Lao động huyện Mỹ Hòa tổ chức hội nghị giao ban, bà Đỗ Thị "
            "Hạnh phát biểu: phấn đấu năm 2030 mọi công nhân có nhà ở.",
            None,
        ),
        (
            "Chiều 3/8, tại cuộc họp của Sở Y tế, ông Lý Minh Quân nhấn mạnh: kế hoạch năm "
            "2019 phải hoàn thành sớm.",
            None,
        ),
    ):
        assert _event(text).event.date == date, text
    # near misses: a year in the meeting's own clause, before any reported speech, dates it
    for text, date in (
        (
            "Sáng 12/7, Công an huyện Đông Lâm sơ kết công tác 6 tháng đầu năm 2021, đại tá "
            "Vũ Anh cho biết: đơn vị đã bắt 14 đối tượng.",
            "2021-07-12",
        ),
        (
            "Chiều 18/9, Hội Cựu chiến binh xã Tân Phú tổng kết phong trào năm 2020; ông Bế "
            "Văn Khải khẳng định: năm 2021 Hội sẽ phát triển thêm hội viên.",
            "2020-09-18",
        ),
    ):
        assert _event(text).event.date == date, text


def test_an_official_handing_an_honour_over_acts_for_the_body_heading() -> None:
    for text, organizer in (
        (
            "Chiều 4/5, Chủ tịch UBND phường Đông Lạc đã khen thưởng đột xuất cho 2 cán bộ "
            "Công an phường vì bắt nhanh kẻ trộm.",
            "UBND phường Đông Lạc",
        ),
        (
            "Trưa 27.8, bà Vi Thị Nguyệt - Phó Chủ tịch phụ trách UBND huyện Lục Ngạn đã khen "
            "thưởng cho 4 nhân viên trạm y tế vì cứu người bị đuối nước.",
            "UBND huyện Lục Ngạn",
        ),
        (
            "Ngày 9/6, Phó Giám đốc Công an tỉnh Nghệ An Trần Minh Đức đã trao Giấy khen cho "
            "4 quần chúng dũng cảm.",
            "Công an tỉnh Nghệ An",
        ),
    ):
        assert _event(text).event.organizer == organizer, text
    # an ad-hoc reward said "khen thưởng nóng"; near miss: one only proposed is no ceremony
    event = _event(
        "Tối 14/2, Chủ tịch UBND xã Nà Hẩu đã khen thưởng nóng 3 thanh niên dập tắt đám cháy rừng."
    ).event
    assert event.organizer == "UBND xã Nà Hẩu"
    event = _event(
        "Tối 14/2, Chủ tịch UBND xã Nà Hẩu đề nghị khen thưởng nóng 3 thanh niên dập tắt đám "
        "cháy rừng."
    ).event
    assert event.organizer is None
    # on another's behalf ("thừa ủy quyền") the handing official's body still holds the
    # ceremony; the award's issuer is another field
    event = _event(
        "Chiều 6/6/2024, thừa ủy quyền, Phó Chủ tịch UBND tỉnh Lào Cai trao Bằng khen của Thủ "
        "tướng Chính phủ cho 2 tập thể."
    ).event
    assert event.organizer == "UBND tỉnh Lào Cai"
    # near misses: the nation's leader, an official of two posts and a post with no body
    # named hand nothing over for a body
    for text in (
        "Sáng 2/9, Thủ tướng Phạm Minh Chính trao Huân chương Lao động cho 3 tập thể.",
        "Chiều 5/7, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn An trao Bằng khen cho 6 cá nhân.",
        "Sáng 8/4, Đội phó Đội CSGT số 2 Trần Minh Khoa trao Giấy khen cho 3 cá nhân.",
    ):
        assert _event(text).event.organizer is None, text


def test_years_of_carrying_out_a_dated_document_run_from_its_issue() -> None:
    for text, period in (
        (
            "Sáng 18/9/2024, Thị ủy Buôn Hồ sơ kết 7 năm thực hiện Kết luận số 27-KL/TU ban "
            "hành ngày 4/3/2017 của Ban Thường vụ Tỉnh ủy.",
            (2017, 2024),
        ),
        (
            "Sáng 9/10/2023, Sở Tư pháp tổng kết 10 năm thực hiện Luật Hòa giải ở cơ sở ban "
            "hành ngày 20/6/2013.",
            (2013, 2023),
        ),
        (
            "Ngày 3/8/2024, Đảng ủy xã Hòa Bình sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/ĐU "
            "ngày 2-8-2021 về phát triển giao thông nông thôn.",
            (2021, 2024),
        ),
    ):
        event = _event(text).event
        assert event.review_period is not None, text
        assert (event.review_period.start, event.review_period.end) == period, text
    # near misses: a document dated another span before, or a date that is no document's,
    # leaves the N years ending with the meeting
    for text, period in (
        (
            "Sáng 18/9/2024, Thị ủy Buôn Hồ sơ kết 7 năm thực hiện Kết luận số 31 ngày "
            "2/6/2020 của Ban Thường vụ Tỉnh ủy.",
            (2018, 2024),
        ),
        (
            "Sáng 6/11/2022, Công an huyện Lạc Dương tổ chức hội nghị tổng kết 3 năm thực hiện "
            "Đề án.",
            (2020, 2022),
        ),
    ):
        event = _event(text).event
        assert event.review_period is not None, text
        assert (event.review_period.start, event.review_period.end) == period, text


def test_a_dated_meeting_still_to_come_is_announced_not_held() -> None:
    for text in (
        "Lễ vinh danh doanh nghiệp tiêu biểu tỉnh Hà Nam sẽ được tổ chức ngày 14/10 tới đây.",
        "Theo kế hoạch, sáng 20/11, Hội Khuyến học huyện Vĩnh Hưng sẽ tổ chức hội nghị tổng kết.",
        "Ngày 3/9, Liên đoàn Lao động tỉnh dự kiến tổ chức lễ tuyên dương 50 công nhân giỏi.",
    ):
        result = _event(text)
        assert result.lead is None, text
        assert result.event.date is None, text
    # near misses: a meeting held whose speaker says what will come, and one held that plans
    # its next meeting, are reports of a meeting
    for text, date in (
        (
            "Sáng 20/11/2022, Hội Khuyến học huyện Vĩnh Hưng tổ chức hội nghị tổng kết, năm tới "
            "Hội sẽ phát động thêm phong trào.",
            "2022-11-20",
        ),
        (
            "Chiều 4/6/2021, Công an xã Hòa Phú tổ chức họp mặt; tháng sau xã sẽ tổ chức hội thi.",
            "2021-06-04",
        ),
    ):
        assert _event(text).event.date == date, text


def test_a_sentence_set_at_a_ceremony_after_the_outlets_tag_is_the_lead() -> None:
    # the tagged opening ranks like "Tại buổi lễ, ..." written bare, ahead of later ones
    for text, part in (
        (
            "(NĐT)- Tại lễ kỷ niệm 60 năm ngày truyền thống lực lượng vào chiều 12-3, ông Hà "
            "Văn Lợi ghi nhận thành tích của đơn vị.\n\nTại buổi lễ, Huyện ủy tặng bức trướng.",
            "chiều",
        ),
        (
            "(BHG) - Tại buổi lễ tối 2/9, các đại biểu ôn lại truyền thống của xã.\n\nTại "
            "buổi lễ, xã tặng quà cho 20 hộ nghèo.",
            "tối",
        ),
        (
            "(TTV): Tại hội nghị sáng 6/1, Công an huyện Lâm Thao báo cáo kết quả.\n\nTại hội "
            "nghị, các đại biểu thảo luận.",
            "sáng",
        ),
    ):
        assert _event(text).event.part_of_day == part, text
    # near misses: a tag before a sentence that only mentions a ceremony to come, or an
    # ordinary sentence, sets the reader at no ceremony
    for text in (
        "(NĐT)- Theo kế hoạch, lễ kỷ niệm sẽ được tổ chức vào cuối năm.",
        "(BHG) - Tháng qua, huyện vận động được 300 hộ tham gia mô hình.",
    ):
        assert _event(text).lead is None, text


def test_a_reward_decision_handed_over_on_a_day_is_a_ceremony() -> None:
    for text, organizer in (
        (
            "Sáng 14-5, tại trụ sở Công an phường An Khánh, ông Võ Văn Định, Chủ tịch UBND quận "
            "Ninh Kiều đã trao quyết định khen thưởng cho 3 người dân.",
            "UBND quận Ninh Kiều",
        ),
        (
            "Chiều 2/10, Công an huyện Yên Thế trao quyết định tặng giấy khen cho 2 tổ tự quản.",
            "Công an huyện Yên Thế",
        ),
        (
            "Tối 6/6, Hội Nông dân tỉnh Bến Tre trao tặng quyết định khen thưởng cho 12 hội viên.",
            "Hội Nông dân tỉnh Bến Tre",
        ),
    ):
        result = _event(text)
        assert result.lead is not None, text
        assert result.event.organizer == organizer, text
    # near misses: a decision signed, or one that appoints, hands no reward over
    for text in (
        "Chiều 2/10, Chủ tịch UBND huyện Yên Thế ký quyết định khen thưởng 2 tổ tự quản.",
        "Sáng 3/4, Công an tỉnh Bến Tre trao quyết định bổ nhiệm Trưởng Công an huyện.",
    ):
        assert _event(text).event.organizer is None, text


def test_an_honour_just_handed_over_is_news_of_its_ceremony() -> None:
    for text, organizer in (
        (
            "Công an huyện Phước Long vừa tặng giấy khen cho 2 thanh niên dũng cảm bắt trộm.",
            "Công an huyện Phước Long",
        ),
        (
            "Đại diện Hội Cựu chiến binh tỉnh Hậu Giang vừa trao Bằng khen cho 5 hội viên.",
            "Hội Cựu chiến binh tỉnh Hậu Giang",
        ),
        (
            "UBND huyện Mỏ Cày Nam vừa khen thưởng đột xuất 4 cán bộ xã vì phòng chống bão tốt.",
            "UBND huyện Mỏ Cày Nam",
        ),
    ):
        result = _event(text)
        assert result.lead is not None, text
        assert result.event.organizer == organizer, text
    # near misses: an honour handed over long ago, or received, is no ceremony reported
    for text in (
        "Năm 2019, Công an huyện Phước Long đã tặng giấy khen cho 2 thanh niên.",
        "Hội Cựu chiến binh xã vừa được tỉnh trao Bằng khen vì thành tích năm qua.",
        "Ban Chỉ đạo xây dựng nông thôn mới tặng giấy khen cho 3 xã.",
    ):
        assert _event(text).lead is None, text


def test_a_launch_held_without_a_day_told_is_a_meeting() -> None:
    for text, organizer in (
        (
            "Tại ấp Tân Thành, Công an huyện Chợ Mới đã tổ chức ra mắt mô hình tổ tự quản an "
            "ninh trật tự.",
            "Công an huyện Chợ Mới",
        ),
        (
            "Hội Phụ nữ xã Hòa An vừa tổ chức ra mắt câu lạc bộ phụ nữ không sinh con thứ ba.",
            "Hội Phụ nữ xã Hòa An",
        ),
        (
            "Đoàn Thanh niên phường Tân Định tổ chức ra mắt đội thanh niên xung kích.",
            "Đoàn Thanh niên phường Tân Định",
        ),
    ):
        result = _event(text)
        assert result.lead is not None, text
        assert result.event.organizer == organizer, text
    # near misses: a launch asked for or to come is not held
    for text in (
        "Huyện yêu cầu các xã tổ chức ra mắt mô hình trước tháng 6.",
        "Thời gian tới, Công an xã sẽ tổ chức ra mắt tổ tự quản.",
    ):
        assert _event(text).lead is None, text


def test_a_place_where_a_meeting_takes_place_is_not_its_organiser() -> None:
    for text in (
        "Ngày 12/8/2022, tại phường Trần Phú, TP Hà Tĩnh diễn ra Ngày hội Đại đoàn kết của "
        "khu phố.",
        "Sáng 3/9/2023, tại thôn 2, xã Ea Kly đã diễn ra lễ ra mắt tổ tự quản.",
        "Tối 1/6/2024, tại quảng trường, thị trấn Phong Điền diễn ra liên hoan văn nghệ.",
    ):
        assert _event(text).event.organizer is None, text
    # near misses: a body or a district that opens a meeting ("khai mạc"), and a place that
    # holds one ("tổ chức"), are its organisers
    for text, organizer in (
        (
            "Sáng 4/4/2024, UBND huyện Cư Jút khai mạc Đại hội Thể dục thể thao lần thứ IX.",
            "UBND huyện Cư Jút",
        ),
        (
            "Chiều 5/5/2021, huyện Tam Nông khai mạc Hội thi tuyên truyền viên giỏi.",
            "huyện Tam Nông",
        ),
        (
            "Ngày 12/8/2022, tại nhà văn hóa tổ 5, phường Trần Phú tổ chức Ngày hội toàn dân.",
            "phường Trần Phú",
        ),
    ):
        assert _event(text).event.organizer == organizer, text


def test_a_persons_home_is_not_the_place_a_report_is_about() -> None:
    # the lead names no place: the first unit the report names is read, not a person's home
    lead = "Phát biểu tại hội nghị, ông Trần Văn Hải cảm ơn ban tổ chức.\n\n"
    for text in (
        lead + "Ông Lê Văn Sáu (ngụ tỉnh Long An) tặng 20 suất quà cho hội viên.",
        lead + "Em Lê Thị Hoa, quê ở tỉnh Nghệ An, nhận học bổng.",
        lead + "Anh Phan Văn Tú, trú tại huyện Krông Pắc, chia sẻ kinh nghiệm.",
        # a chain of places: none of them, not only the first after the verb
        lead + "Chị Đinh Thị Nga (trú tại xã Ea Tân, huyện Krông Năng) nhận giấy khen.",
        # the home told in the lead itself, of an organiser that names no place
        "Công an thị xã vừa tặng giấy khen cho anh Trần Quốc Bảo (ngụ tỉnh Bình Phước) vì "
        "dũng cảm giúp người bị nạn.",
    ):
        event = _event(text).event
        assert event.province is None and event.district is None, text
    # near miss: an organiser naming its place keeps it beside a recipient's home
    event = _event(
        "Công an huyện Hớn Quản vừa tặng giấy khen cho anh Trần Quốc Bảo (ngụ tỉnh Đồng Nai) "
        "vì dũng cảm giúp người bị nạn."
    ).event
    assert (event.province, event.district) == ("Bình Phước", "Hớn Quản")
    # near misses: a unit named as the actor, or where something is held, is read
    for text, province in (
        (lead + "Chủ tịch UBND tỉnh Long An tặng 20 suất quà cho hội viên.", "Long An"),
        (lead + "Buổi lễ ở tỉnh Nghệ An trao 30 suất học bổng.", "Nghệ An"),
    ):
        assert _event(text).event.province == province, text


def test_first_months_of_an_unnamed_year_are_the_meetings_year() -> None:
    for text, year in (
        (
            "Sáng 9/7/2024, Hội Cựu chiến binh xã Hòa Lợi tổ chức hội nghị sơ kết công tác 6 "
            "tháng đầu năm.",
            2024,
        ),
        ("Chiều 30/9/2022, Công an huyện Yên Khánh sơ kết 9 tháng đầu năm.", 2022),
        (
            "Ngày 5/7/2023, Đoàn xã Phú Lâm tổ chức sơ kết hoạt động 6 tháng đầu năm và triển "
            "khai nhiệm vụ 6 tháng cuối năm.",
            2023,
        ),
    ):
        period = _event(text).event.review_period
        assert period is not None and (period.start, period.end) == (year, year), text
    # near misses: a year named after the months is that year's; a meeting of no review
    # reviews nothing
    named = _event(
        "Sáng 9/1/2024, Công an huyện Yên Khánh sơ kết 6 tháng đầu năm 2023 và các đợt cao điểm."
    ).event.review_period
    assert named is not None and (named.start, named.end) == (2023, 2023)
    assert (
        _event(
            "Sáng 9/7/2024, xã Hòa Lợi tổ chức hội nghị triển khai nhiệm vụ 6 tháng đầu năm."
        ).event.review_period
        is None
    )
    # the first months of a school year span two years: no one year to give
    school = _event(
        "Ngày 8/2/2025, Phòng Giáo dục huyện Krông Bông tổ chức hội nghị sơ kết 5 tháng đầu "
        "năm học."
    ).event.review_period
    assert school is None or school.start != school.end


def test_organiser_named_by_a_commune_head_leaves_out_the_heads_name() -> None:
    event = _event(
        "Sáng 3/5/2024, Trưởng Công an xã Đồng Tiến Vũ Thị Lan trao giấy khen cho 4 tổ tự quản."
    ).event
    assert event.organizer == "Công an xã Đồng Tiến"
    # near miss: an unnamed commune keeps the name out, and names no organiser of its own
    event = _event(
        "Sáng 3/5/2024, Trưởng Công an xã Nguyễn Văn Tiến trao giấy khen cho 4 tổ tự quản."
    ).event
    assert event.organizer is None or "Nguyễn" not in event.organizer


@pytest.mark.parametrize(
    ("lead", "organizer"),
    [
        # "xã hội" is no commune: the place after the comma is the body's own
        (
            "Sáng 5/1, Hội Bảo trợ xã hội, huyện Kim Thạch tổ chức hội nghị tổng kết năm 2023.",
            "Hội Bảo trợ xã hội, huyện Kim Thạch",
        ),
        (
            "Chiều 9/2, Quỹ Khuyến học xã hội, tỉnh Hòa Bình tổ chức lễ trao học bổng.",
            "Quỹ Khuyến học xã hội, tỉnh Hòa Bình",
        ),
        # near misses: a commune or a ward named by its unit keeps its name alone
        (
            "Sáng 5/1, Công an xã Tân Phong, huyện Kim Bôi tổ chức hội nghị tổng kết năm 2023.",
            "Công an xã Tân Phong",
        ),
        (
            "Sáng 5/1, Đảng ủy phường Hòa Mỹ, tỉnh Phú Yên tổ chức hội nghị tổng kết năm 2023.",
            "Đảng ủy phường Hòa Mỹ",
        ),
    ],
)
def test_a_place_after_a_comma_is_cut_only_after_a_body_named_by_its_own_unit(
    lead: str, organizer: str
) -> None:
    assert _event(lead).event.organizer == organizer


def test_the_town_of_thi_xa_is_a_whole_place_a_communes_name_is_not() -> None:
    from tomtat.extract.rules.event_where import _tail_is_a_whole_place

    assert _tail_is_a_whole_place("Bệnh viện đa khoa thị xã Sơn Tây".split(), 2)
    assert _tail_is_a_whole_place("Trung tâm Y tế Thị  xã Hoàng Mai".split(), 2)
    assert not _tail_is_a_whole_place("UBND xã Tân An".split(), 2)
    assert not _tail_is_a_whole_place("Đoàn thanh niên phường Bến Thành".split(), 2)


@pytest.mark.parametrize(
    "lead",
    [
        "Việc trao thưởng diễn ra chiều 21/10/2024 tại trụ sở Công an tỉnh Tây Sơn.",
        "Sáng 4/6, tại xã Hòa Lạc, huyện Kim Thành diễn ra Ngày hội toàn dân bảo vệ ANTQ.",
        "Chiều 9/3, cuộc gặp mặt các cựu chiến binh tiêu biểu diễn ra tại hội trường UBND phường.",
    ],
)
def test_what_takes_place_is_never_who_holds_it(lead: str) -> None:
    assert _event(lead, published="2024-11-01").event.organizer is None


@pytest.mark.parametrize(
    ("lead", "organizer"),
    [
        (
            "Sáng 4/6, Công an xã Hòa Lạc tổ chức Ngày hội toàn dân bảo vệ ANTQ, diễn ra tại "
            "sân vận động xã.",
            "Công an xã Hòa Lạc",
        ),
        (
            "Chiều 9/3, Hội Cựu chiến binh phường Tân Hưng tổ chức gặp mặt hội viên tiêu biểu.",
            "Hội Cựu chiến binh phường Tân Hưng",
        ),
    ],
)
def test_a_body_holding_an_event_that_takes_place_is_its_organizer(
    lead: str, organizer: str
) -> None:
    assert _event(lead, published="2024-11-01").event.organizer == organizer


@pytest.mark.parametrize(
    ("lead", "organizer"),
    [
        (
            "Sáng 13/2, dưới hình thức trực tuyến toàn quốc, Tổng cục Thủy lợi đã tổ chức hội "
            "nghị tổng kết năm 2023.",
            "Tổng cục Thủy lợi",
        ),
        (
            "Chiều 5/1, bằng hình thức trực tiếp kết hợp trực tuyến, Sở Y tế tỉnh Kon Tum tổ "
            "chức hội nghị tổng kết năm 2023.",
            "Sở Y tế tỉnh Kon Tum",
        ),
        (
            "Sáng 5/1, dưới sự chủ trì của Chủ tịch UBND huyện, Ban Chỉ đạo 138 huyện Lạc Sơn tổ "
            "chức hội nghị tổng kết năm 2023.",
            "Ban Chỉ đạo 138 huyện Lạc Sơn",
        ),
        # near misses: a body whose name opens with those words
        ("Sáng 5/1, Bằng Lăng Group tổ chức lễ kỷ niệm 10 năm thành lập.", "Bằng Lăng Group"),
        (
            "Sáng 5/1, Hợp tác xã Dưới Đèo tổ chức hội nghị tổng kết năm 2023.",
            "Hợp tác xã Dưới Đèo",
        ),
    ],
)
def test_the_manner_a_meeting_is_held_in_comes_before_its_organiser(
    lead: str, organizer: str
) -> None:
    assert _event(lead, published="2024-01-06").event.organizer == organizer


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        (
            "Ngày 26/3, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết nhiệm vụ quốc phòng "
            "địa phương năm 2020, triển khai nhiệm vụ năm 2021.",
            "2021-03-26",
        ),
        (
            "Sáng 10/1, Sở Tư pháp tổ chức hội nghị tổng kết nhiệm vụ công tác tư pháp năm 2022 "
            "và phương hướng, nhiệm vụ năm 2023.",
            "2023-01-10",
        ),
        (
            "Chiều 15/2, Phòng Cảnh sát giao thông tổng kết nhiệm vụ năm 2018.",
            "2019-02-15",
        ),
        # near miss: a launch with no review names its own year
        (
            "Sáng 20/3, UBND huyện Kim Thành tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
            "2024-03-20",
        ),
    ],
)
def test_a_plan_year_early_in_the_year_is_read_after_the_review(lead: str, date: str) -> None:
    assert _event(lead).event.date == date


def test_a_year_stated_after_the_publication_does_not_date_the_meeting() -> None:
    lead = (
        "Sáng 12/6, Hội Nông dân tỉnh tổ chức hội nghị tổng kết 10 năm thi hành Nghị quyết "
        "(2015 - 2025)."
    )
    assert _event(lead, published="2023-06").event.date == "2023-06-12"
    # near miss: a year stated well before the publication is a re-post's, the text's wins
    lead = "Sáng 12/6/2015, Hội Nông dân tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2015."
    assert _event(lead, published="2023-06-20").event.date == "2015-06-12"


def test_other_dated_events_do_not_move_a_meeting_from_its_publication_year() -> None:
    text = (
        "Thứ 2, 15/07/2024, 10:20\n\n"
        "Sáng 17/5, Huyện đoàn Kim Thành tổ chức lễ tuyên dương đoàn viên tiêu biểu.\n\n"
        "Ngày 20/6/2024, Huyện đoàn sẽ tổ chức đại hội."
    )
    assert _event(text, published="2013-05-19").event.date == "2013-05-17"
    # near miss: without a publication date, the dated events the report tells still date it
    assert _event(text).event.date == "2024-05-17"


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        # a range that runs past the meeting names a scheme or a term: what is reviewed ends
        # with the meeting's year, however many years the lead counts
        (
            "Sáng 15/8/2024, UBND huyện tổ chức hội nghị sơ kết 2 năm thực hiện Đề án giai đoạn "
            "2023 - 2025.",
            (2023, 2024),
        ),
        (
            "Chiều 9/9/2024, Sở Công Thương sơ kết 3 năm thực hiện Chương trình (2022 - 2025).",
            (2022, 2024),
        ),
        (
            "Chiều 3/10/2023, Sở Giáo dục tổng kết 10 năm đổi mới chương trình, giai đoạn "
            "2014-2024.",
            (2014, 2023),
        ),
        (
            "Sáng 3/4/2023, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết nhiệm "
            "kỳ 2020-2025.",
            (2021, 2023),
        ),
    ],
)
def test_a_range_past_the_meeting_is_cut_at_the_meetings_year(
    lead: str, period: tuple[int, int]
) -> None:
    assert _period(lead) == period


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        (
            "Hội Liên hiệp Phụ nữ huyện Kim Sơn sơ kết 3 năm cuộc vận động gia đình no ấm",
            "Hội Liên hiệp Phụ nữ huyện Kim Sơn",
        ),
        ("HỘI CỰU CHIẾN BINH TỈNH TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2023", "HỘI CỰU CHIẾN BINH TỈNH"),
        ("Sở Tư pháp sơ kết công tác 6 tháng đầu năm", "Sở Tư pháp"),
        # near misses: an honoured subject, a kicker, a subject that is no body
        ("Công an huyện Kim Sơn được biểu dương trong phong trào thi đua", None),
        ("Kim Sơn: tổng kết phong trào toàn dân bảo vệ ANTQ", None),
        ("Nhiều đơn vị tổng kết công tác năm 2023", None),
        # near misses: the verb inside the event's name; a guest's post before the verb
        ("Hội nghị sơ kết công tác 9 tháng năm 2024", None),
        ("Bộ trưởng Bộ Y tế dự hội nghị tổng kết tại Sơn La", None),
        ("BỘ TRƯỞNG BỘ NỘI VỤ DỰ LỄ TỔNG KẾT PHONG TRÀO THI ĐUA", None),
    ],
)
def test_a_headline_whose_subject_holds_the_meeting_names_the_host(
    title: str, organizer: str | None
) -> None:
    text = f"{title}\n\nSáng 5/1/2024, hội nghị đã diễn ra tại hội trường với 200 đại biểu dự."
    assert _event(text, title=title).event.organizer == organizer


def test_a_host_named_in_capitals_gives_its_district() -> None:
    title = "ĐOÀN THANH NIÊN HUYỆN ĐỨC TRỌNG SƠ KẾT CHIẾN DỊCH TÌNH NGUYỆN HÈ NĂM 2023"
    text = f"{title}\n\nSáng 5/1/2024, hội nghị đã diễn ra tại hội trường với 200 đại biểu dự."
    event = _event(text, title=title).event
    assert (event.province, event.district) == ("Lâm Đồng", "Đức Trọng")


@pytest.mark.parametrize(
    ("lead", "date", "part"),
    [
        (
            "Ngày 21/10, Đồn Biên phòng cửa khẩu tổ chức lễ khen thưởng hai tổ tuần tra đã chặn "
            "một xe chở hàng lậu vào tối 17/10.",
            "2023-10-21",
            None,
        ),
        (
            "Ngày 20/4, Bộ Chỉ huy Quân sự tỉnh tổ chức lễ trao thưởng cho các chiến sĩ cứu người "
            "trong trận lũ đêm 15/4.",
            "2023-04-20",
            None,
        ),
        (
            "Chiều 2/6, Đoàn Thanh niên phường tổ chức tuyên dương các em cứu bạn đuối nước sáng "
            "29/5.",
            "2023-06-02",
            "chiều",
        ),
        # near misses: a document dated before the meeting's day; a day with its part wins
        (
            "Thực hiện Kế hoạch số 12 ngày 3/1/2023 của UBND tỉnh, chiều 5/1, Sở Y tế tổ chức "
            "hội nghị tổng kết.",
            "2023-01-05",
            "chiều",
        ),
        (
            "Sáng 5/1, Công an huyện tổ chức hội nghị tổng kết năm 2022.",
            "2023-01-05",
            "sáng",
        ),
        # near misses: a document's date set off by a comma before the verb, after the day
        # that opens the lead with its part
        (
            "Tối 14/11 tại nhà văn hóa thôn, thực hiện Kế hoạch số 8 ngày 2/11/2023, Hội Cựu "
            "chiến binh xã Đông Sơn tổ chức hội nghị sơ kết năm.",
            "2023-11-14",
            "tối",
        ),
        (
            "Sáng 9/3 tại hội trường Đội Thuế, theo Quyết định ngày 1/3, Chi cục Thuế khu vực "
            "tổ chức hội nghị triển khai nhiệm vụ.",
            "2023-03-09",
            "sáng",
        ),
        (
            "Chiều 26/3 tại sân vận động xã, chào mừng ngày 26/3, Đoàn xã Phú Lộc tổ chức gặp "
            "mặt đoàn viên.",
            "2023-03-26",
            "chiều",
        ),
    ],
)
def test_the_day_opening_the_holders_clause_is_the_meetings_not_a_feat_it_rewards(
    lead: str, date: str, part: str | None
) -> None:
    event = _event(lead, published=date).event
    assert (event.date, event.part_of_day) == (date, part)


@pytest.mark.parametrize(
    ("lead", "kinds"),
    [
        (
            "Tối 18/4, Sở Giao thông vận tải tổ chức gặp mặt, biểu dương những lái xe an toàn nhân "
            "kỷ niệm 45 năm thành lập ngành.",
            {EventKind.GAP_MAT, EventKind.BIEU_DUONG, EventKind.KHAC},
        ),
        (
            "Nhân kỷ niệm 70 năm Ngày truyền thống ngành, Sở Tài chính tổ chức buổi gặp mặt cán "
            "bộ hưu trí qua các thời kỳ.",
            {EventKind.GAP_MAT, EventKind.KHAC},
        ),
        (
            "Sáng 9/5, Hội Chữ thập đỏ huyện tổ chức họp mặt kỷ niệm 35 năm ngày thành lập hội.",
            {EventKind.GAP_MAT, EventKind.KHAC},
        ),
        (
            "Kỷ niệm 50 năm ngày thành lập trường, tối nay, Trường THPT Lê Lợi tổ chức buổi gặp "
            "mặt các thế hệ thầy trò.",
            {EventKind.GAP_MAT, EventKind.KHAC},
        ),
        # near misses: a get-together with no anniversary; a review held on an anniversary
        (
            "Sáng 2/2, Hội Cựu chiến binh tỉnh tổ chức gặp mặt đầu xuân các hội viên.",
            {EventKind.GAP_MAT},
        ),
        (
            "Sáng 20/12, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết năm 2023 nhân kỷ niệm "
            "79 năm Ngày thành lập Quân đội.",
            {EventKind.TONG_KET},
        ),
        # near miss: an anniversary that a guest keeps is not what the get-together is for
        (
            "Sáng 7/3, Đảng ủy xã tổ chức gặp mặt các đảng viên nhận Huy hiệu Đảng, trong đó có "
            "một cụ ông vừa kỷ niệm 70 năm tuổi Đảng.",
            {EventKind.GAP_MAT},
        ),
    ],
)
def test_a_get_together_held_for_an_anniversary_is_also_khac(
    lead: str, kinds: set[EventKind]
) -> None:
    assert set(_event(lead, published="2023-12-21").event.kinds) == kinds


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        (
            "Hội Cựu chiến binh tỉnh Nam Lâm đã tổ chức Hội nghị Ban Chấp hành lần thứ 9, nhiệm kỳ "
            "2022-2027 đánh giá công tác Hội năm 2024, đề ra phương hướng năm 2025.",
            2024,
        ),
        (
            "Tỉnh đoàn Hòa Bắc đã tổ chức hội nghị Ban Chấp hành khóa XV, nhiệm kỳ 2022-2027 đánh "
            "giá kết quả công tác Đoàn năm 2023, đề ra nhiệm vụ năm 2024.",
            2023,
        ),
        (
            "Hội Phụ nữ huyện Tân Lạc vừa tổ chức hội nghị Ban Chấp hành lần thứ 12, nhiệm kỳ "
            "2021-2026 đánh giá hoạt động năm 2024.",
            2024,
        ),
    ],
)
def test_the_term_after_a_numbered_meeting_is_not_the_period_reviewed(lead: str, year: int) -> None:
    # the meeting undated, the term cannot be told from the years it reviews by its end
    title = "Tổng kết công tác năm " + str(year)
    event = _event(lead, title=title).event
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == (year, year)


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        (
            "Ngày 15/6/2023, Hội Nông dân tỉnh Nam Lâm tổ chức hội nghị tổng kết nhiệm kỳ "
            "2018-2023.",
            (2018, 2023),
        ),
        (
            "Ngày 15/3/2021, Đảng ủy xã Phú Lâm tổ chức hội nghị tổng kết thực hiện Nghị quyết "
            "Đại hội nhiệm kỳ 2015-2020.",
            (2015, 2020),
        ),
        # a numbered body's term, and no other period named: the term is what is reviewed
        (
            "Ngày 20/5/2026, Thường trực HĐND thị xã Tân Lạc tổ chức hội nghị tổng kết hoạt "
            "động HĐND thị xã khóa XII, nhiệm kỳ 2021-2026.",
            (2021, 2026),
        ),
        (
            "Ngày 9/4/2020, Hội Cựu chiến binh tỉnh Hòa Bắc tổng kết công tác Ban Chấp hành "
            "khóa 5, nhiệm kỳ 2015-2020.",
            (2015, 2020),
        ),
        (
            "Ngày 2/11/2022, Hội Chữ thập đỏ huyện Tân Lạc tổng kết công tác nhiệm kỳ lần thứ "
            "IV, nhiệm kỳ 2017-2022.",
            (2017, 2022),
        ),
    ],
)
def test_a_term_that_is_itself_reviewed_stays_the_period(
    lead: str, period: tuple[int, int]
) -> None:
    event = _event(lead).event
    assert event.review_period is not None
    assert (event.review_period.start, event.review_period.end) == period


def test_the_founding_date_of_a_bare_anniversary_span_is_not_the_meeting_day() -> None:
    lead = (
        "Hưởng ứng kỷ niệm 50 năm ngày thành lập ngành Kiểm sát 12/3/1975 - 12/3/2025, ngày 4/3, "
        "Viện Kiểm sát nhân dân tỉnh Nam Lâm tổ chức tổng kết cuộc thi tìm hiểu về ngành."
    )
    assert _event(lead).event.date == "2025-03-04"


def test_an_anniversary_told_just_before_the_lead_gives_its_year() -> None:
    text = (
        "Chào mừng kỷ niệm 60 năm ngày thành lập Hội Nông dân tỉnh (5.6.1965 - 5.6.2025). "
        "Sáng 3/6, tại hội trường tỉnh, Hội Nông dân tỉnh Nam Lâm tổ chức Lễ kỷ niệm 60 năm "
        "ngày thành lập Hội và trao Bằng khen cho các tập thể."
    )
    assert _event(text).event.date == "2025-06-03"


def test_a_span_before_the_lead_of_another_anniversary_gives_no_year() -> None:
    # 40 years told before a lead that celebrates 44: another, earlier anniversary
    text = (
        " date 2023-09\nNăm 2019, xã Phú Lâm đã long trọng kỷ niệm 40 năm ngày tái lập xã "
        "(1979-2019). Sáng 2/9, UBND xã Phú Lâm tổ chức Lễ kỷ niệm 44 năm ngày tái lập xã."
    )
    assert _event(text, published="2023-09").event.date == "2023-09-02"


def test_a_first_intake_after_khoa_leaves_the_anniversary_span() -> None:
    # "khóa đầu" names no numbered body: "(2011-2026)" is the anniversary and dates the lead
    lead = (
        "Sáng 5/11, Trường Cao đẳng Nghề Phú Lâm tổ chức Lễ kỷ niệm 15 năm thành lập trường "
        "và đón sinh viên khóa đầu (2011-2026)."
    )
    assert _event(lead).event.date == "2026-11-05"


def test_a_span_before_a_lead_that_celebrates_nothing_gives_no_year() -> None:
    text = (
        "Hội Nông dân tỉnh ra đời năm 1965 (5.6.1965 - 5.6.2025 là 60 năm). "
        "Sáng 3/6, Hội Nông dân tỉnh Nam Lâm tổ chức hội nghị triển khai nhiệm vụ quý III."
    )
    assert _event(text).event.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Chiều 12/5, Công an tỉnh Nam Lâm tổ chức hội nghị khen thưởng các đơn vị phá án.\n"
            "Từ đầu năm 2024 đến nay, lực lượng Công an tỉnh đã bắt giữ 120 đối tượng.",
            "2024-05-12",
        ),
        (
            "Sáng 8-7, Hội Nông dân tỉnh Hòa Bắc gặp mặt hội viên tiêu biểu. Theo đó, từ đầu "
            "năm 2022 đến nay, hội viên đã góp 2 tỷ đồng làm đường.",
            "2022-07-08",
        ),
    ],
)
def test_a_report_opening_with_the_year_so_far_dates_the_meeting(text: str, date: str) -> None:
    assert _event(text).event.date == date


@pytest.mark.parametrize(
    "text",
    [
        # a start of year with no "now": a past period, not the time of writing
        "Chiều 12/5, Công an tỉnh Nam Lâm tổ chức hội nghị khen thưởng các đơn vị phá án. "
        "Từ đầu năm 2019, tỉnh đã lập 40 tổ tự quản.",
        # "now" with no start of a year
        "Chiều 12/5, Công an tỉnh Nam Lâm tổ chức hội nghị khen thưởng các đơn vị phá án. "
        "Từ năm 2015 đến nay, tỉnh đã lập 40 tổ tự quản.",
        # told later or of a part ("Riêng ...", "Theo báo cáo, ..."), "since the start of a
        # year until now" may cover several years: no year of writing
        "Chiều 9/8, Đội Cảnh sát môi trường huyện Tân Lạc sơ kết 6 tháng đầu năm. Riêng lâm "
        "sản, từ đầu năm 2021 đến nay đã xử lý 31 vụ vận chuyển gỗ trái phép.",
        "Ngày 3.10, UBND huyện Tân Lạc tổ chức lễ trao Cờ thi đua cho xã Phú Lâm. Theo báo "
        "cáo, từ đầu năm 2023 tới nay, xã đã làm mới 5 km đường.",
    ],
)
def test_a_year_not_told_as_the_writings_now_does_not_date_the_meeting(text: str) -> None:
    assert _event(text).event.date is None


@pytest.mark.parametrize(
    ("lead", "organizer"),
    [
        (
            "Ngày 12/3, tin từ Công an tỉnh Nam Lâm cho biết UBND tỉnh Nam Lâm vừa tổ chức trao "
            "thưởng cho Ban chuyên án.",
            "UBND tỉnh Nam Lâm",
        ),
        (
            "Thông tin từ Văn phòng Trung ương Hội (Hội Nông dân Việt Nam) cho biết, Hội Nông dân "
            "tỉnh Hòa Bắc vừa tổ chức hội nghị tổng kết năm 2024.",
            "Hội Nông dân tỉnh Hòa Bắc",
        ),
        (
            "Sáng 5/4, Sở Nội vụ tỉnh Đông Sơn cho biết, Ban Thi đua - Khen thưởng tỉnh đã tổ "
            "chức hội nghị triển khai công tác năm 2024.",
            "Ban Thi đua - Khen thưởng tỉnh",
        ),
    ],
)
def test_the_body_named_after_a_reporting_verb_holds_the_meeting(lead: str, organizer: str) -> None:
    assert _event(lead).event.organizer == organizer


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 9/9, Công an huyện Tân Lạc cho biết, đã tổ chức ra mắt mô hình Camera an ninh tại "
        "xã Phú Lâm.",
        "Ngày 9/9, Công an huyện Tân Lạc cho biết, vừa qua đơn vị đã tổ chức hội nghị sơ kết 6 "
        "tháng.",
    ],
)
def test_a_reported_clause_without_its_own_subject_keeps_the_reporter(lead: str) -> None:
    assert _event(lead).event.organizer == "Công an huyện Tân Lạc"


@pytest.mark.parametrize(
    "lead",
    [
        "Chiều 14/3, ông Lê Văn Tám, Chủ tịch UBND tỉnh Hòa Minh đã trao thưởng cho Công an "
        "tỉnh số tiền 50 triệu đồng vì thành tích phá chuyên án.",
        "Giám đốc Công an huyện Tân Lộc vừa đến khen thưởng đột xuất 2 tập thể và 4 cá nhân vì "
        "thành tích bắt giữ đối tượng truy nã.",
        "Đến tham dự lễ trao thưởng, Đại tá Trần Hữu Lợi thừa ủy quyền trao thưởng cho các đơn vị.",
        "Tối nay, Sở Giáo dục tỉnh Bình An tổ chức tuyên dương 80 học sinh giỏi cấp quốc gia.",
        "Chiều 2/4, Bí thư Tỉnh ủy Hòa Minh đã gửi thư khen và trao thưởng “nóng” cho lực lượng "
        "Công an tỉnh.",
    ],
)
def test_a_reward_handed_over_is_a_ceremony_of_honour(lead: str) -> None:
    event = _event(lead, published="2024-05-10").event
    assert event.kinds == [EventKind.BIEU_DUONG, EventKind.KHAC]


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 9/5, Phó Chủ tịch UBND thành phố Nam Hà đã trao bằng khen kèm tiền thưởng 30 triệu "
        "đồng cho Công an phường Đông Sơn.",
        "Ngày 18/9, UBND tỉnh Hòa Minh tổ chức khen thưởng những đơn vị đã triệt phá đường dây "
        "buôn lậu.",
        "Sáng 6/7, Công an tỉnh Hòa Minh tổ chức tuyên dương, khen thưởng đột xuất các tập thể "
        "lập công trong chuyên án.",
    ],
)
def test_a_held_reward_is_both_praise_and_a_ceremony(lead: str) -> None:
    event = _event(lead, published="2024-05-10").event
    assert event.kinds == [EventKind.BIEU_DUONG, EventKind.KHAC]


@pytest.mark.parametrize(
    ("lead", "kinds"),
    [
        (
            "Sáng 12/3, Công an tỉnh Hòa Minh tổ chức hội nghị biểu dương điển hình tiên tiến "
            "năm 2023.",
            [EventKind.BIEU_DUONG],
        ),
        (
            "Sáng 5/6, Hội LHPN tỉnh Bình An tổ chức lễ trao giải cuộc thi viết về phụ nữ.",
            [EventKind.KHAC],
        ),
        (
            "Sáng 4/1, Công an tỉnh Hòa Minh tổ chức hội nghị tổng kết công tác năm 2023 và khen "
            "thưởng các tập thể có thành tích.",
            [EventKind.TONG_KET],
        ),
        (
            "Sáng 10/3, UBND huyện Tân Lộc tổ chức lễ trao tặng Huân chương Lao động hạng Ba cho "
            "trường THPT Tân Lộc.",
            [EventKind.KHAC],
        ),
        (
            "Ngày 3/4, Hội đồng Thi đua - Khen thưởng tỉnh Hòa Minh họp phiên thứ hai để xét khen "
            "thưởng các cụm thi đua.",
            [EventKind.KHAC],
        ),
        (
            "Chiều 8/5, Chủ tịch UBND quận Đông Sơn đã trao quyết định khen thưởng cho Công an quận.",
            [EventKind.KHAC],
        ),
    ],
)
def test_a_conference_a_prize_giving_or_a_weighed_reward_is_no_ceremony_of_honour(
    lead: str, kinds: list[EventKind]
) -> None:
    assert _event(lead, published="2024-05-10").event.kinds == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, Công an huyện Tân Lộc được UBND tỉnh khen thưởng đột xuất 3 lần.",
        "Chủ tịch UBND tỉnh đề nghị tiếp tục trao thưởng cho người dân tố giác tội phạm.",
        "Quy chế mới quy định việc trao thưởng cho người có công phát hiện tội phạm được thực hiện "
        "trong 5 ngày.",
        "Những năm qua, lãnh đạo huyện thường xuyên về khen thưởng các xã làm tốt phong trào.",
    ],
)
def test_a_reward_received_proposed_or_ruled_is_no_meeting(text: str) -> None:
    assert _event(text, published="2024-05-10").lead is None


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        (
            "Ngày 5/3, liên ngành Công an tỉnh – Hội Nông dân tỉnh – Hội Phụ nữ tỉnh Hòa Minh tổ "
            "chức lễ ký kết chương trình phối hợp.",
            "liên ngành Công an tỉnh – Hội Nông dân tỉnh – Hội Phụ nữ tỉnh Hòa Minh",
        ),
        (
            "Sáng 6/5, đại diện lãnh đạo Bộ Công an và UBND tỉnh Hòa Minh đã tổ chức tuyên dương "
            "các tập thể phá chuyên án.",
            "Bộ Công an và UBND tỉnh Hòa Minh",
        ),
        (
            "Sáng 2/3, Đại tá Lê Văn An - Giám đốc Công an tỉnh Hòa Minh đã chủ trì buổi khen "
            "thưởng đột xuất các đơn vị.",
            "Công an tỉnh Hòa Minh",
        ),
        (
            "Chiều 11/6, Thiếu tướng Phạm Quang Đức, Giám đốc Công an TP Nam Hà chủ trì hội nghị "
            "sơ kết nhiệm vụ quý II.",
            "Công an TP Nam Hà",
        ),
    ],
)
def test_joint_sectors_leaders_acting_and_a_director_chairing_name_the_host(
    lead: str, host: str
) -> None:
    assert _event(lead, published="2024-05-10").event.organizer == host


@pytest.mark.parametrize(
    "lead",
    [
        # a deputy minister chairing is no body's head named; a director's firm is no police
        "Sáng 3/4, Thứ trưởng Lê Quốc Bình chủ trì hội nghị giao ban công tác tháng 3.",
        "Sáng 3/4, ông Lê Văn Hòa, Giám đốc Công ty Bình An chủ trì buổi gặp mặt khách hàng.",
    ],
)
def test_a_chair_who_heads_no_police_force_names_no_host(lead: str) -> None:
    assert _event(lead, published="2024-05-10").event.organizer is None


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        (
            "Sáng 14-5, Đại tá Lê Văn An, Giám đốc Công an tỉnh Hòa Minh chủ trì buổi công bố "
            "quyết định và “thưởng nóng” Đội Cảnh sát kinh tế vì đã bắt nhanh kẻ lừa đảo.",
            "Công an tỉnh Hòa Minh",
        ),
        (
            "Chiều 3/6, UBND huyện Tân Lộc đã thưởng nóng 2 tập thể và 3 cá nhân bắt giữ nhóm "
            "trộm cắp.",
            "UBND huyện Tân Lộc",
        ),
    ],
)
def test_a_reward_on_the_spot_is_a_ceremony_held(lead: str, host: str) -> None:
    event = _event(lead, published="2024-05-10").event
    assert (event.organizer, event.kinds) == (host, [EventKind.BIEU_DUONG, EventKind.KHAC])


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, Công an huyện Tân Lộc được thưởng nóng 4 lần vì thành tích phá án.",
        "Ông An cho biết mức thưởng nóng cho mỗi chuyên án là 10 triệu đồng.",
        "Ngày 4/6, Chủ tịch UBND tỉnh đã ký quyết định thưởng đột xuất cho 3 tập thể.",
    ],
)
def test_a_reward_received_in_the_past_priced_or_signed_is_no_ceremony(text: str) -> None:
    assert _event(text, published="2024-05-10").lead is None


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 20/12, Thủ tướng Lê Văn An đến dự Hội nghị Công an toàn quốc lần thứ 82.",
        "Hội nghị Kiểm sát toàn quốc năm 2024 diễn ra trong 2 ngày 10 và 11/1.",
        "Đại hội Thi đua yêu nước toàn quốc lần thứ XII đã khai mạc sáng 9/12.",
    ],
)
def test_a_nationwide_meeting_with_no_host_named_is_seated_in_ha_noi(lead: str) -> None:
    event = _event(lead, published="2024-05-10").event
    assert event.province == "Hà Nội"
    assert event.evidence["province"].derived


def test_a_province_joining_a_nationwide_meeting_online_is_not_ha_noi() -> None:
    event = _event(
        "Sáng 5/1, Công an tỉnh Hòa Minh dự hội nghị trực tuyến toàn quốc tổng kết công tác "
        "năm 2024.",
        published="2025-01-06",
    ).event
    assert event.province != "Hà Nội"


@pytest.mark.parametrize(
    "lead",
    [
        "Phó Chủ tịch UBND tỉnh Lê Văn An đã khẳng định trong hội nghị tổng kết hoạt động ngành "
        "y tế năm 2023 tổ chức sáng 12/1, tại TP. Tân Lộc.",
        "Giám đốc Sở Lê Văn An đã nhấn mạnh như vậy tại hội nghị sơ kết công tác 6 tháng tổ chức "
        "chiều 5/7.",
    ],
)
def test_a_speaker_at_a_meeting_held_on_a_day_is_not_its_host(lead: str) -> None:
    assert _event(lead, published="2024-05-10").event.organizer is None


def test_a_ground_clause_before_the_host_is_not_the_host() -> None:
    event = _event(
        "Trên cơ sở kết quả khảo sát, chiều 4/5, Sở Tư pháp tỉnh Bình An tổ chức hội nghị sơ kết "
        "công tác hòa giải.",
        published="2024-05-10",
    ).event
    assert event.organizer == "Sở Tư pháp tỉnh Bình An"
    assert (
        _event(
            "Trên cơ sở báo cáo của các xã, huyện tổ chức tổng kết công tác hòa giải.",
            published="2024-05-10",
        ).event.organizer
        != "Trên cơ sở báo cáo của các xã"
    )


@pytest.mark.parametrize(
    ("lead", "host", "province"),
    [
        (
            "Ngày 3/4, Tổ giúp việc Ban Chỉ đạo huyện về làm theo phong cách Hồ Chí Minh đã tổ "
            "chức hội nghị xét chọn các điển hình.",
            "Tổ giúp việc Ban Chỉ đạo huyện về làm theo phong cách Hồ Chí Minh",
            None,
        ),
        (
            "Sáng 3/4, Công an TP Hồ Chí Minh tổ chức lễ ra quân.",
            "Công an TP Hồ Chí Minh",
            "Hồ Chí Minh",
        ),
        (
            "Sáng 3/4, Bệnh viện Đa khoa Hà Đông tổ chức lễ kỷ niệm ngày thành lập.",
            "Bệnh viện Đa khoa Hà Đông",
            "Hà Nội",
        ),
    ],
)
def test_a_body_named_after_a_person_is_not_in_the_city_of_that_name(
    lead: str, host: str, province: str | None
) -> None:
    event = _event(lead, published="2024-05-10").event
    assert (event.organizer, event.province) == (host, province)


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        (
            "Chiều 13/2, Khối thi đua số 5 gồm 8 đơn vị: Sở Tài chính, Sở Xây dựng, Kho bạc tỉnh "
            "tổ chức tổng kết công tác thi đua năm 2023.",
            "Khối thi đua số 5",
        ),
        (
            "Sáng 3/4, Cụm thi đua các huyện miền núi, bao gồm huyện A và huyện B, tổ chức hội "
            "nghị ký kết giao ước thi đua.",
            "Cụm thi đua các huyện miền núi",
        ),
        # near miss: "đồng hương" is no list of members
        ("Sáng 3/4, Hội đồng hương Tân Lộc tổ chức gặp mặt đầu xuân.", "Hội đồng hương Tân Lộc"),
        (
            "Chiều 5/4, Công ty Cổ phần Bình An đã tiến hành tổ chức Hội nghị Người lao động năm 2024.",
            "Công ty Cổ phần Bình An",
        ),
    ],
)
def test_the_host_ends_before_its_members_and_the_verbs_before_holding(
    lead: str, host: str
) -> None:
    assert _event(lead, published="2024-05-10").event.organizer == host


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Thủ tướng Lê Văn An đến dự Hội nghị Kiểm sát toàn quốc năm 2024.\n\nTheo chương "
            "trình, hội nghị diễn ra trong 2 ngày. Hội nghị sẽ tổng kết công tác ngành năm 2024 "
            "và bàn nhiệm vụ năm 2025.",
            [EventKind.TONG_KET],
        ),
        (
            "Phát biểu tại hội nghị, Đại tá Lê Văn An biểu dương các đơn vị.\n\nHội nghị Công an "
            "huyện lần thứ nhất được tổ chức để sơ kết 6 tháng thực hiện kế hoạch.",
            [EventKind.SO_KET],
        ),
        # near misses: a review announced for later is not what the meeting told holds
        (
            "Sáng 3/4, Hội Nông dân tỉnh Bình An tổ chức lễ kỷ niệm 95 năm ngày thành lập.\n\n"
            "Hội nghị tổng kết năm 2024 của Hội sẽ được tổ chức vào tháng 12.",
            [EventKind.KHAC],
        ),
        (
            "Phát biểu tại hội nghị, Đại tá Lê Văn An biểu dương các đơn vị.\n\nHội nghị tổng kết "
            "công tác năm của Công an tỉnh sẽ được tổ chức vào cuối tháng.",
            [EventKind.KHAC],
        ),
    ],
)
def test_a_conference_is_the_review_it_is_said_to_hold_next(
    text: str, kinds: list[EventKind]
) -> None:
    assert _event(text, published="2024-12-20").event.kinds == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Sáng 6/4, UBND huyện Sơn Trà Nam tổ chức hội nghị về công tác phòng cháy. Hội nghị "
            "sẽ tổng kết công tác năm 2023 và bàn nhiệm vụ năm 2024.",
            [EventKind.TONG_KET],
        ),
        (
            "Sáng 6/4, UBND huyện Sơn Trà Nam tổ chức hội nghị triển khai mô hình camera an "
            "ninh. Hội nghị thống nhất sẽ tổng kết mô hình vào cuối năm 2026.",
            [EventKind.TRIEN_KHAI],
        ),
        (
            "Sáng 6/4, Công an tỉnh Kim Sơn tổ chức hội nghị giao ban quý I. Hội nghị nhận định "
            "cuối năm sẽ tổng kết 5 năm thực hiện đề án.",
            [EventKind.KHAC],
        ),
        (
            "Sáng 6/4, Công an tỉnh Kim Sơn tổ chức hội nghị giao ban. Hội nghị sẽ tổng kết mô "
            "hình tự quản vào năm sau.",
            [EventKind.KHAC],
        ),
        (
            "Sáng 6/4, Công an tỉnh Kim Sơn tổ chức lễ kỷ niệm 70 năm ngày truyền thống. Hội "
            "nghị sẽ tổng kết phong trào thi đua.",
            [EventKind.KHAC],
        ),
    ],
)
def test_a_review_the_conference_only_agrees_on_for_later_is_not_its_kind(
    text: str, kinds: list[EventKind]
) -> None:
    assert _event(text).event.kinds == kinds


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Sáng 12/5, Thủ tướng đến dự Hội nghị Công an toàn quốc lần thứ 81.", "Hà Nội"),
        (
            "Sáng 12/5, tại TP Huế, Hội nghị toàn quốc tổng kết 10 năm phong trào toàn dân bảo "
            "vệ an ninh Tổ quốc đã diễn ra.",
            "Thừa Thiên Huế",
        ),
        (
            "Sáng 12/5, Hội nghị toàn quốc sơ kết phong trào thi đua diễn ra tại tỉnh Quảng Ninh.",
            "Quảng Ninh",
        ),
        (
            "Sáng 12/5, Hội nghị toàn quốc sơ kết phong trào thi đua được tổ chức theo hình thức "
            "trực tuyến.",
            None,
        ),
    ],
)
def test_a_nationwide_meeting_is_in_ha_noi_only_where_the_lead_names_no_place(
    text: str, province: str | None
) -> None:
    assert _event(text).event.province == province


def test_a_police_director_chairing_another_bodys_meeting_leaves_it_that_bodys() -> None:
    chaired = _event(
        "Chiều 14/6, Đại tá Trần Văn Nam, Giám đốc Công an tỉnh Kim Sơn chủ trì lễ biểu "
        "dương lực lượng truy bắt đối tượng trốn truy nã."
    ).event
    assert chaired.organizer == "Công an tỉnh Kim Sơn"
    of_a_board = _event(
        "Sáng 5/3, Hội nghị sơ kết công tác quý I của Ban Chỉ đạo 138 tỉnh Kim Sơn đã diễn ra, "
        "Đại tá Trần Văn Nam - Giám đốc Công an tỉnh Kim Sơn chủ trì hội nghị."
    ).event
    assert of_a_board.organizer == "Ban Chỉ đạo 138 tỉnh Kim Sơn"


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/3, UBND tỉnh Kim Sơn ban hành quy chế thưởng nóng cho các lực lượng tham gia "
        "phòng chống tội phạm.",
        "Sáng 5/3, Quỹ thưởng nóng cho người tố giác tội phạm của tỉnh Kim Sơn đã chi 200 triệu "
        "đồng.",
        "Năm 2023, Công an huyện Tân Lộc đã tổ chức khen thưởng kịp thời 120 lượt tập thể, cá "
        "nhân. Lực lượng chức năng đã triệt phá 15 ổ nhóm tội phạm.",
    ],
)
def test_a_reward_rule_fund_or_yearly_tally_is_no_ceremony(text: str) -> None:
    event = _event(text).event
    assert (event.kinds, event.organizer) == ([], None)


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (
            "UBND tỉnh Kim Sơn vừa thưởng nóng cho lực lượng Công an huyện Tân Lộc vì thành tích "
            "phá nhanh vụ cướp.",
            "UBND tỉnh Kim Sơn",
        ),
        (
            "Công an huyện Tân Lộc vừa tổ chức tuyên dương 25 tập thể, cá nhân có thành tích "
            "xuất sắc.",
            "Công an huyện Tân Lộc",
        ),
    ],
)
def test_a_reward_on_the_spot_or_an_honouring_held_is_a_ceremony(text: str, organizer: str) -> None:
    event = _event(text).event
    assert (event.kinds, event.organizer) == ([EventKind.BIEU_DUONG, EventKind.KHAC], organizer)


def test_an_honour_received_in_a_ceremonys_lead_is_not_its_praise() -> None:
    event = _event(
        "Sáng 5/3, Công an tỉnh Kim Sơn tổ chức lễ kỷ niệm ngày thành lập, tập thể Phòng Cảnh "
        "sát hình sự được khen thưởng."
    ).event
    assert event.kinds == [EventKind.KHAC]


def test_a_bonus_given_with_gifts_at_a_ceremony_is_not_its_praise() -> None:
    gifts = _event(
        "Sáng 5/3, Công an tỉnh Kim Sơn tổ chức lễ giao nhận quân năm 2024, tặng quà và tiền "
        "thưởng Tết cho tân binh."
    ).event
    assert gifts.kinds == [EventKind.KHAC]
    honour = _event(
        "Sáng 5/3, Công an tỉnh Kim Sơn tổ chức lễ trao Bằng khen kèm tiền thưởng cho Ban "
        "chuyên án."
    ).event
    assert honour.kinds == [EventKind.BIEU_DUONG, EventKind.KHAC]


def test_a_certificate_and_its_sum_handed_over_is_a_ceremony_of_honour() -> None:
    event = _event(
        "Chiều 8/4, Thiếu tá Lê Văn Bốn, Trưởng Công an xã Hòa Nam trao giấy khen và tiền "
        "thưởng của Chủ tịch UBND huyện Tân Lộc cho anh Đỗ Văn Tư vì đã giúp bắt kẻ giật túi "
        "xách."
    ).event
    assert event.kinds == [EventKind.BIEU_DUONG, EventKind.KHAC]


def test_a_sum_said_to_go_with_an_honour_is_a_ceremony_of_honour() -> None:
    event = _event(
        "Sáng 2/11, ông Hồ Văn Tám, Chủ tịch UBND tỉnh Kim Sơn, trao bằng khen cho Phòng Cảnh "
        "sát giao thông và kèm theo tiền thưởng 30 triệu đồng vì đã cứu người bị nạn."
    ).event
    assert event.kinds == [EventKind.BIEU_DUONG, EventKind.KHAC]


def _word_test_texts() -> list[str]:
    """The repository's example articles and the seeds, as written and in capitals (a
    headline's case), for the word tests that let a scan be skipped."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").rglob("*.txt"))]
    texts.append(
        "Hội nghị TỔNG KẾT, sơ kết và triển khai; Lễ tuyên dương, lễ KHEN THƯỞNG, gặp mặt, "
        "HỌP MẶT. Công an huyện X trao tặng Bằng khen, ĐÓN NHẬN Huân chương, gắn Huy chương, "
        "khen thưởng nhiều cá nhân, trao thưởng cho Y, “thưởng nóng” cho đội."
    )
    return [form for text in texts for form in (text, text.upper())]


def test_every_match_of_a_kind_pattern_holds_one_of_the_kind_words() -> None:
    from tomtat.extract.rules.event_lead import _KIND_PATTERNS, _KIND_WORDS

    seen = set()
    for text in _word_test_texts():
        for kind, pattern in _KIND_PATTERNS:
            for match in pattern.finditer(text):
                seen.add(kind)
                assert any(word in match.group().lower() for word in _KIND_WORDS[kind])
    assert seen == set(_KIND_WORDS)


def test_every_hand_over_holds_one_of_the_handing_words() -> None:
    from tomtat.extract.rules.event_lead import _HANDED_AWARD, _HANDING_WORDS

    found = 0
    for text in _word_test_texts():
        for match in _HANDED_AWARD.finditer(text):
            found += 1
            assert any(word in match.group().lower() for word in _HANDING_WORDS)
    assert found >= 5


def test_a_hand_over_gated_by_its_words_in_the_text_is_the_one_the_scan_finds() -> None:
    from tomtat.extract.rules.event_lead import hands_over
    from tomtat.text.segment import iter_sentences

    def span(match: object) -> object:
        return None if match is None else match.span()  # type: ignore[attr-defined]

    outcomes = {True: 0, False: 0}  # found a hand-over, found none
    for text in _word_test_texts():
        for start, end in iter_sentences(text):
            sentence = text[start:end]
            for at in (0, len(sentence) // 3, len(sentence) // 2):
                found = span(hands_over(sentence, at))
                outcomes[found is not None] += 1
                assert span(hands_over(sentence, at, within=(text, start))) == found
    assert outcomes[True] >= 5 and outcomes[False] >= 100


def test_the_lowered_twins_of_the_kind_patterns_find_the_same_spans() -> None:
    from tomtat.extract.rules.event_lead import _KIND_PATTERNS, _KIND_TWINS

    texts = (
        "Hội nghị tổng kết 10 năm triển khai thực hiện Chỉ thị và triển khai nhiệm vụ năm 2024",
        "sơ kết công tác; triển khai kế hoạch, triển khai thực hiện chương trình",
        "Sau 5 năm triển khai, 3 tháng triển khai; xtriển khai; TRIỂN KHAI nhiệm vụ",
        "Sở Tư pháp triển khai Luật mới,  triển   khai công tác và\ttriển khai",
        "không có gì",
    )
    patterns = dict(_KIND_PATTERNS)
    assert _KIND_TWINS
    for kind, twin in _KIND_TWINS.items():
        for text in texts:
            low = text.lower()
            for start in range(len(text)):
                found = patterns[kind].search(text, start)
                twin_found = twin.search(low, start)
                assert (found and found.span()) == (twin_found and twin_found.span()), text
