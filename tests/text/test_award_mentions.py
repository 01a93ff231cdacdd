"""The award finder's reading of when a grant is made: breakdowns and records of honours."""

from __future__ import annotations

import pytest

from tomtat.text.award_mentions import find_award_mentions


def _moods(text: str) -> list[tuple[int | None, int | None, bool]]:
    """(collectives, individuals, at the event) of each mention, in text order."""
    return [(m.collectives, m.individuals, m.at_event) for m in find_award_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown of honours counted over a term
        "Trong nhiệm kỳ qua, nhiều tập thể trong ngành được cấp trên ghi nhận. Trong đó, 3 tập "
        "thể được Thủ tướng Chính phủ tặng Bằng khen; 7 tập thể nhận Cờ thi đua của UBND tỉnh.",
        # a breakdown of a proposal sent up
        "Hội đồng đã thống nhất đề nghị Bộ Nội vụ xem xét khen thưởng 15 tập thể, cá nhân. "
        "Cụ thể, 4 tập thể nhận Huân chương Lao động hạng Ba; 6 cá nhân nhận Bằng khen.",
        # the period two sentences back, in the same paragraph
        "Giai đoạn 2019 - 2024, phong trào lan rộng ở các xã vùng cao. Nhiều gương mặt mới "
        "được biểu dương. Trong số đó, 2 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.",
    ],
)
def test_a_breakdown_shares_the_mood_of_the_whole_it_divides(text: str) -> None:
    moods = _moods(text)
    assert moods
    assert not any(at_event for _, _, at_event in moods)


@pytest.mark.parametrize(
    "text",
    [
        # the whole is granted at the ceremony
        "Tại buổi lễ, UBND huyện Hòa Sơn khen thưởng 30 tập thể, cá nhân. Trong đó, 10 tập "
        "thể được tặng Giấy khen của Chủ tịch UBND huyện.",
        # nothing before says when: the parts keep their own reading
        "Sở Tư pháp tỉnh Lam Giang biểu dương 25 cá nhân tiêu biểu. Cụ thể, 5 cá nhân nhận "
        "Bằng khen của UBND tỉnh.",
        # a period in the paragraph before does not reach across the paragraph break
        "Nhiệm kỳ qua, đoàn viên của xã tích cực tham gia bảo vệ rừng.\nTrong đó, Huyện đoàn "
        "tặng Giấy khen cho 4 tập thể vào chiều cùng ngày.",
    ],
)
def test_a_breakdown_of_a_grant_made_now_stays_at_the_event(text: str) -> None:
    moods = _moods(text)
    assert moods
    assert all(at_event for _, _, at_event in moods)


@pytest.mark.parametrize(
    "text",
    [
        "Qua 40 năm, trường 2 lần được Nhà nước tặng Huân chương Lao động; 5 giáo viên được "
        "Bộ trưởng tặng Bằng khen.",
        "Đơn vị ba lần nhận Cờ thi đua của Chính phủ, 12 cán bộ được Chủ tịch UBND tỉnh tặng "
        "Bằng khen.",
        "Với thành tích đó, hợp tác xã hai lần được UBND tỉnh tặng Cờ thi đua; 3 xã viên được "
        "tặng Bằng khen của Bộ Nông nghiệp.",
        # a tally spelled in words of more than one syllable
        "Bệnh viện mười hai lần liên tiếp nhận Cờ thi đua của Bộ Y tế, 9 bác sĩ được Chủ tịch "
        "UBND tỉnh tặng Bằng khen.",
    ],
)
def test_honours_after_a_tally_of_times_belong_to_the_record(text: str) -> None:
    moods = _moods(text)
    assert len(moods) >= 2
    assert not any(at_event for _, _, at_event in moods)


def test_a_flag_received_again_at_the_ceremony_is_granted_there() -> None:
    text = "Tại lễ kỷ niệm, Nhà máy Z vinh dự là đơn vị 3 lần liên tiếp nhận Cờ thi đua của Bộ."
    assert [at_event for _, _, at_event in _moods(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a tally with no "liên tiếp", or "nhiều lần", at the event stays a record
        "Tại lễ kỷ niệm, Nhà máy Z vinh dự là đơn vị 3 lần nhận Cờ thi đua của Bộ.",
        "Tại lễ kỷ niệm, Nhà máy Z nhiều lần liên tiếp nhận Cờ thi đua của Bộ.",
    ],
)
def test_a_tally_at_the_ceremony_without_a_run_stays_a_record(text: str) -> None:
    moods = _moods(text)
    assert moods
    assert not any(at_event for _, _, at_event in moods)


@pytest.mark.parametrize(
    "text",
    [
        # the grant told before the tally is not part of the record
        "UBND tỉnh tặng Bằng khen cho 5 giáo viên của trường, đơn vị 2 lần được Nhà nước "
        "tặng Huân chương Lao động.",
        # "lần thứ" counts no record
        "Hội thi lần thứ ba, Ban tổ chức tặng Giấy khen cho 8 đội tuyển.",
    ],
)
def test_a_grant_before_a_tally_or_beside_an_ordinal_stays_at_the_event(text: str) -> None:
    moods = _moods(text)
    assert moods
    assert moods[0][2]


@pytest.mark.parametrize(
    "text",
    [
        "Đội tuyển bơi của huyện Sông Mây giành 5 huy chương vàng tại giải.",
        "Tại lễ bế mạc, Sở Văn hóa tỉnh Lam Giang trao 54 huy chương cho các đội tham gia.",
        # the writer's capital letter does not make a contest's medal an honour
        "Khép lại hội thao, Ban tổ chức trao 37 Huy chương cho các đội xuất sắc.",
        "Dịp này, Liên đoàn Lao động huyện trao Huy chương Vàng cho 3 vận động viên nữ.",
    ],
)
def test_a_contests_medal_is_no_award(text: str) -> None:
    assert find_award_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "individuals"),
    [
        ("Dịp này, Bộ Quốc phòng trao Huy chương Quân kỳ quyết thắng cho 14 cán bộ, chiến sĩ.", 14),
        ("Tại lễ, Công an tỉnh trao Huy chương “Chiến sĩ vẻ vang” hạng Nhì cho 6 cán bộ.", 6),
        ("Nhân dịp này, 5 đoàn viên được nhận Huy chương của Trung ương Hội.", 5),
    ],
)
def test_an_honours_medal_named_or_of_a_grantor_is_an_award(text: str, individuals: int) -> None:
    mentions = find_award_mentions(text)
    assert [m.individuals for m in mentions] == [individuals]
    assert mentions[0].at_event


@pytest.mark.parametrize(
    ("text", "individuals"),
    [
        # near-misses of the contest rule: honours' medals written in lower case
        ("Tại buổi gặp mặt, Hội Cựu giáo chức tỉnh trao huy chương kỷ niệm cho 7 hội viên.", 7),
        (
            "Nhân dịp này, Bộ Chỉ huy Quân sự tỉnh trao huy chương kháng chiến cho 11 cựu chiến binh.",
            11,
        ),
        ("Dịp này, Sở Nội vụ trao tặng huy chương vì sự nghiệp thi đua cho 3 cán bộ.", 3),
        # a named honour's medal stays one even among a contest's words
        ("Tại hội thao, Ủy ban tỉnh trao huy chương vì sự nghiệp thể thao cho 2 vận động viên.", 2),
        # a bare medal with no contest around it is still an honour
        ("Tại lễ, Hội Chữ thập đỏ huyện trao huy chương cho 8 tình nguyện viên.", 8),
    ],
)
def test_a_lower_case_honours_medal_stays_an_award(text: str, individuals: int) -> None:
    mentions = find_award_mentions(text)
    assert [m.individuals for m in mentions] == [individuals]
    assert mentions[0].at_event


@pytest.mark.parametrize(
    "text",
    [
        # a statistic before the breakdown counts no honours: the parts keep their own reading
        "Năm 2023, hợp tác xã xuất khẩu 400 tấn cà phê. Trong số đó, 9 xã viên được tặng "
        "Giấy khen của UBND huyện Kon Rẫy.",
        "Sau 3 năm, dự án phủ sóng 15 thôn. Trong đó, 4 thôn nhận Giấy khen của Sở Thông tin.",
        # the breakdown sentence grants for itself (its own issuer and verb)
        "Năm 2023, toàn tỉnh có 90 hộ đạt danh hiệu gia đình văn hóa. Trong số đó, UBND xã "
        "Ea Tul tặng Giấy khen cho 7 hộ tiêu biểu.",
        "Năm 2022, doanh thu của ngành đạt 350 tỷ đồng. Cụ thể, Sở Công Thương tặng Bằng khen "
        "cho 5 doanh nghiệp.",
        "Sau 4 năm, phong trào lan tới 20 trường. Cụ thể, sáng 2/6, Phòng Giáo dục trao Giấy "
        "khen cho 6 trường học.",
    ],
)
def test_a_breakdown_that_divides_no_honours_or_grants_for_itself_stays_at_the_event(
    text: str,
) -> None:
    moods = _moods(text)
    assert moods
    assert all(at_event for _, _, at_event in moods)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Ngoài ra, Sở Y tế tỉnh còn tặng Giấy khen cho 8 tập thể.", "Sở Y tế tỉnh"),
        (
            "Tại lễ, Hội Cựu chiến binh huyện còn trao Giấy khen cho 3 hội viên.",
            "Hội Cựu chiến binh huyện",
        ),
        ("Dịp này, Huyện đoàn cũng tặng Giấy khen cho 12 đoàn viên.", "Huyện đoàn"),
        # near-miss: "còn lại" names the rest of the recipients, not the grantor
        ("Tại lễ, số còn lại được UBND huyện tặng Giấy khen.", "UBND huyện"),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_issuer(text: str, issuer: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Tại hội nghị, LĐLĐ tỉnh tặng Bằng khen cho 6 công đoàn cơ sở.", "LĐLĐ tỉnh"),
        (
            "Dịp này, Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho 4 công đoàn ngành.",
            "Tổng LĐLĐ Việt Nam",
        ),
        (
            "Tại buổi lễ, CĐCS Trường Tiểu học Hòa Bình tặng Giấy khen cho 10 đoàn viên.",
            "CĐCS Trường Tiểu học Hòa Bình",
        ),
    ],
)
def test_a_trade_union_abbreviated_can_grant(text: str, issuer: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


def test_a_trade_union_named_as_recipient_is_no_issuer() -> None:
    mentions = find_award_mentions(
        "Tại hội nghị, 3 tập thể gồm LĐLĐ huyện Kim Sơn được tặng Bằng khen."
    )
    assert [m.issuer for m in mentions] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng thi đua công nhận 5 đơn vị đủ tiêu chuẩn tặng Cờ thi đua của UBND tỉnh.",
        "Qua bình chọn, có 12 cá nhân đủ điều kiện được nhận Kỷ niệm chương của Bộ Tư pháp.",
        "Ban Thường vụ xác định 7 chi bộ đủ tiêu chuẩn để xét tặng Giấy khen của Huyện ủy.",
    ],
)
def test_an_eligibility_is_no_grant(text: str) -> None:
    moods = _moods(text)
    assert moods
    assert not any(at_event for _, _, at_event in moods)


def test_a_grant_to_recipients_who_qualify_is_still_a_grant() -> None:
    text = "Tại lễ, UBND tỉnh tặng Cờ thi đua cho 5 đơn vị đủ tiêu chuẩn theo quy định."
    assert _moods(text) == [(5, None, True)]


@pytest.mark.parametrize(
    ("text", "individuals"),
    [
        ("Dịp này, Hội Người cao tuổi xã Tân Lập tặng Giấy khen cho 15 cụ.", 15),
        ("Tại hội nghị, UBND huyện tặng giấy khen 8 cụ có nhiều đóng góp.", 8),
        ("Nhân dịp này, 21 cụ được Ban Đại diện Hội Người cao tuổi tỉnh tặng Giấy khen.", 21),
    ],
)
def test_the_elderly_are_counted_as_individuals(text: str, individuals: int) -> None:
    assert [m.individuals for m in find_award_mentions(text)] == [individuals]


def test_cu_the_opens_a_breakdown_and_counts_nobody() -> None:
    text = (
        "Tại lễ, Sở Tư pháp tặng Giấy khen cho 6 tập thể. Cụ thể, 2 tập thể thuộc huyện Đông Hòa."
    )
    assert [(m.collectives, m.individuals) for m in find_award_mentions(text)] == [(6, None)]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Dịp này, Sở Y tế tỉnh tặng Bằng khen 15 nhân viên y tế thôn bản.", (None, 15)),
        ("Tại lễ, Hội Nông dân huyện trao giấy khen cho 9 nông dân sản xuất giỏi.", (None, 9)),
        ("Tại lễ, Bộ Tư pháp tặng kỷ niệm chương 6 cán bộ của ngành.", (None, 6)),
        ("Nhân dịp này, Sở Nội vụ tặng Giấy khen cho 5 cụm thi đua của tỉnh.", (5, None)),
        # any award of the vocabulary, not only the three most common
        ("Tại lễ, UBND tỉnh Hà Giang tặng cờ thi đua 3 đơn vị dẫn đầu khối.", (3, None)),
        ("Dịp này, Trung ương Hội trao huy chương 12 hội viên lâu năm.", (None, 12)),
    ],
)
def test_recipients_counted_right_after_the_award_word(
    text: str, shape: tuple[int | None, int | None]
) -> None:
    assert [(m.collectives, m.individuals) for m in find_award_mentions(text)] == [shape]


def test_an_award_word_after_another_verb_opens_no_recipient_slot() -> None:
    # "in" (printed) is no verb of granting: the 40 people are not recipients
    text = (
        "Tại lễ, Sở Tư pháp tặng Giấy khen cho Phòng Tư pháp huyện, đơn vị in giấy khen 40 người."
    )
    assert all(m.individuals is None for m in find_award_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, Thượng tá Lê Hoài Trường tặng Giấy khen cho 7 tập thể.",
        "Tại lễ, ông Phạm Văn Hội trao Giấy khen cho 5 hội viên.",
        "Tại buổi lễ, bà Trần Thị Đoàn tặng Giấy khen cho 12 đoàn viên.",
    ],
)
def test_a_given_name_like_a_body_is_no_issuer(text: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [None]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Dịp này, Trường THCS Lê Lợi tặng Giấy khen cho 7 học sinh.", "Trường THCS Lê Lợi"),
        ("Tại lễ, Đồng chí Giám đốc Sở Nội vụ tặng Giấy khen cho 5 cán bộ.", "Giám đốc Sở Nội vụ"),
        ("Tại hội nghị, Văn phòng UBND tỉnh tặng Giấy khen cho 4 tập thể.", "Văn phòng UBND tỉnh"),
    ],
)
def test_a_body_named_after_a_person_or_after_a_form_of_address_keeps_its_issuer(
    text: str, issuer: str
) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


def test_a_capitalised_medal_without_a_name_is_an_honour() -> None:
    text = "Tại lễ, Hội Hữu nghị tỉnh trao Huy chương kỷ niệm cho 4 hội viên."
    assert [m.individuals for m in find_award_mentions(text)] == [4]


@pytest.mark.parametrize(
    "text",
    [
        "Chương trình gặp mặt tuyên dương, và khen thưởng 120 học sinh giỏi của huyện.",
        "Buổi lễ vinh danh, và khen thưởng 45 vận động viên đạt huy chương tại giải.",
        "Đêm hội biểu dương, khen thưởng 60 đoàn viên xuất sắc của năm.",
        "Chương trình tuyên dương và khen thưởng 32 thiếu nhi tiêu biểu.",
    ],
)
def test_a_praise_verb_joined_to_khen_thuong_by_comma_and_va_is_one_run(text: str) -> None:
    # the praise verb opens the run, so the event itself honours the counted recipients,
    # whether the verbs are joined by a comma, by "và" or by both
    mentions = find_award_mentions(text)
    assert [(m.type.value, m.at_event) for m in mentions] == [("Khác", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm qua, ngành đã tuyên dương, và khen thưởng 120 học sinh giỏi.",
        "Trong 5 năm qua, hội đã biểu dương, và khen thưởng 300 lượt hội viên.",
    ],
)
def test_a_joined_run_of_honour_verbs_over_a_period_is_no_grant(text: str) -> None:
    assert [m for m in find_award_mentions(text) if m.at_event] == []


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(m.type.value, m.issuer) for m in find_award_mentions(text)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a principal below the award's usual grantor is still the principal
        (
            "Thừa ủy quyền Giám đốc Công an tỉnh, Thượng tá Lò Văn Tâm trao bằng khen cho 3 "
            "cá nhân.",
            "Giám đốc Công an tỉnh",
        ),
        # the principal named with the holder of the post: the post grants
        (
            "Thừa ủy quyền Chủ tịch nước Đinh Văn Kha, Bộ trưởng Lý Thu Trang cùng Thứ trưởng "
            "Hồ Minh Tú trao tặng Huân chương Độc lập hạng Nhì cho 2 trường.",
            "Chủ tịch nước",
        ),
        (
            "Được sự ủy quyền của Bộ trưởng Bộ Công an, Đại tá Vi Văn Hùng trao tặng Kỷ niệm "
            "chương cho 6 cá nhân.",
            "Bộ trưởng Bộ Công an",
        ),
        (
            "Thừa ủy quyền của Chủ tịch UBND huyện, ông Lê Văn Tư trao Giấy khen cho 4 tập thể.",
            "Chủ tịch UBND huyện",
        ),
    ],
)
def test_the_principal_of_a_mandate_grants_what_the_speaker_hands_over(
    text: str, issuer: str
) -> None:
    assert [i for _, i in _issuers(text)] == [issuer]


def test_a_mandate_without_a_principal_names_no_issuer() -> None:
    text = "Thừa ủy quyền, Thượng tá Lò Văn Tâm trao bằng khen cho 3 cá nhân."
    assert _issuers(text) == [("Bằng khen", None)]


def test_a_mandate_reaches_only_the_verb_its_speaker_does() -> None:
    text = (
        "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Lê Văn Bình trao Huân chương Lao động "
        "hạng ba cho 2 tập thể, Bộ trưởng Bộ Y tế tặng Bằng khen cho 5 cá nhân."
    )
    assert _issuers(text) == [("Huân chương", "Chủ tịch nước"), ("Bằng khen", "Bộ trưởng Bộ Y tế")]


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị bàn kế hoạch năm tới.\nGiám đốc Sở Tư pháp trao Cờ thi đua cho các tập thể "
        "tại hội nghị năm ngoái. (Ảnh minh họa)\nCác đại biểu thảo luận.",
        "Giám đốc Sở Tư pháp tặng Giấy khen cho 5 tập thể. Ảnh: minh hoạ",
        "Lãnh đạo huyện trao Bằng khen của UBND tỉnh cho 3 tập thể (ảnh minh họa).",
    ],
)
def test_a_grant_in_an_illustrative_photo_caption_is_not_at_the_event(text: str) -> None:
    assert [m for m in find_award_mentions(text) if m.at_event] == []


@pytest.mark.parametrize(
    "text",
    [
        # a photographer's credit is no illustration mark
        "Giám đốc Sở Tư pháp tặng Giấy khen cho 5 tập thể. Ảnh: Minh Hòa",
        # the mark on another line captions another photo
        "Giám đốc Sở Tư pháp tặng Giấy khen cho 5 tập thể.\nẢnh minh họa: lễ trao giải năm trước",
    ],
)
def test_a_caption_without_the_illustration_mark_keeps_its_grant(text: str) -> None:
    assert any(m.at_event for m in find_award_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        # the mark opens another sentence of the line: it captions that sentence only
        "Chiều qua, UBND xã tặng Giấy khen cho 4 tập thể và 9 cá nhân. Ảnh minh họa: Ngày hội "
        "đại đoàn kết năm trước.",
        # the mark is inside the sentence, pointing elsewhere
        "Chiều qua, UBND xã tặng Giấy khen cho 4 tập thể và 9 cá nhân (xem ảnh minh họa phía "
        "dưới).",
        # a line of several sentences, the mark at its end
        "Chiều qua, UBND xã tặng Giấy khen cho 4 tập thể. Các đại biểu dự tiệc. (Ảnh minh họa)",
    ],
)
def test_a_grant_in_a_line_with_the_mark_elsewhere_stays_at_the_event(text: str) -> None:
    assert any(m.at_event for m in find_award_mentions(text))


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Giám đốc Sở Giáo dục tặng 45 suất học bổng cho học sinh vùng cao; trao bằng khen "
            "cho 7 tập thể và 16 cá nhân.",
            "Giám đốc Sở Giáo dục",
        ),
        (
            "Dịp này, UBND huyện tặng quà cho các gia đình chính sách; tặng giấy khen cho 9 tập "
            "thể, 12 cá nhân.",
            "UBND huyện",
        ),
        (
            "Nhân dịp này, Hội Nông dân tỉnh trao 50 suất quà cho hội viên nghèo; đồng thời "
            "tặng giấy khen cho 6 chi hội.",
            "Hội Nông dân tỉnh",
        ),
    ],
)
def test_a_list_item_opening_with_the_verb_takes_the_sentences_granting_subject(
    text: str, issuer: str
) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


@pytest.mark.parametrize(
    "text",
    [
        # the first item's verb is no grant: its subject is not the granting one
        "Dịp này, Giám đốc Sở Y tế phát biểu chỉ đạo; trao giấy khen cho 9 tập thể.",
        # a person hands the gifts over: no office grants through them
        "Dịp này, ông Lê Văn An, Chủ tịch UBND huyện trao quà cho các hộ nghèo; trao giấy khen "
        "cho 9 tập thể.",
        # another sentence: not one list
        "UBND huyện tặng quà cho các hộ nghèo. Đồng thời, trao giấy khen cho 9 tập thể.",
    ],
)
def test_a_list_item_without_a_granting_subject_before_names_no_issuer(text: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Sau 4 năm thực hiện, Hội Nông dân huyện được Trung ương Hội tặng 1 Bằng khen, Hội "
        "Nông dân tỉnh tặng 12 Bằng khen.",
        "Nhiệm kỳ qua, Đoàn xã được Tỉnh đoàn tặng Bằng khen; Huyện đoàn tặng 4 Giấy khen.",
        "Trong 3 năm qua, trường được Bộ GD&ĐT tặng Bằng khen, Sở GD&ĐT tặng Giấy khen cho 8 "
        "giáo viên.",
    ],
)
def test_a_record_sentence_goes_on_with_records(text: str) -> None:
    assert [m for m in find_award_mentions(text) if m.at_event] == []


@pytest.mark.parametrize(
    "text",
    [
        # the grant of the event is told in a sentence of its own
        "Nhiệm kỳ qua, Đoàn xã được Tỉnh đoàn tặng Bằng khen. Dịp này, Huyện đoàn tặng Giấy "
        "khen cho 4 tập thể.",
        # a review's one active grant stays the event's
        "Qua 10 năm thực hiện Chương trình, UBND huyện đã tặng giấy khen cho 20 tập thể.",
    ],
)
def test_a_grant_after_no_record_in_its_sentence_stays_at_the_event(text: str) -> None:
    assert any(m.at_event for m in find_award_mentions(text))


def _grants(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    """(type, issuer, collectives, individuals) of each merged grant at the event."""
    from tomtat.extract.rules.awards import build_awards

    awards, _ = build_awards(find_award_mentions(text))
    return [(a.type.value, a.issuer, a.collectives, a.individuals) for a in awards]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều 14/3, tại trụ sở Công an huyện Kỳ Lâm, Giám đốc Công an tỉnh đã thưởng đột "
            "xuất 2 tập thể và 5 cá nhân vì thành tích bắt nhanh nhóm cướp tài sản.",
            ("Khác", "Giám đốc Công an tỉnh", 2, 5),
        ),
        (
            "Tại buổi lễ, Chủ tịch UBND tỉnh Hà Lam thưởng nóng cho 4 tập thể có thành tích "
            "xuất sắc trong phá chuyên án ma túy.",
            ("Khác", "Chủ tịch UBND tỉnh Hà Lam", 4, None),
        ),
        (
            "Dịp này, Ban Thường vụ Huyện ủy Sông Lam đã trao thưởng cho 6 tập thể tham gia "
            "giải cứu người bị nạn trong trận lũ.",
            ("Khác", "Ban Thường vụ Huyện ủy Sông Lam", 6, None),
        ),
    ],
)
def test_a_cash_reward_of_counted_recipients_is_a_grant_of_type_khac(
    text: str, expected: tuple[str, str | None, int | None, int | None]
) -> None:
    assert _grants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a proposal sent up
        "Công an huyện Kỳ Lâm đề nghị UBND tỉnh thưởng nóng cho 3 tập thể lập chiến công.",
        # a tally of past rewards
        "Năm 2023, Công an xã Tân Phú được UBND huyện thưởng nóng 3 lần vì thành tích phá án.",
        # a habit
        "Hằng năm, Hội Khuyến học xã trao thưởng cho các em học sinh giỏi.",
        # the prizes of a contest
        "Ban Tổ chức trao thưởng các giải của Hội thi tìm hiểu pháp luật cho 12 thí sinh.",
    ],
)
def test_a_cash_reward_proposed_tallied_habitual_or_a_contest_prize_is_no_grant(
    text: str,
) -> None:
    assert _grants(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money's owner grants, not the deputy who hands it over
        (
            "Tại lễ tổng kết, bà Ngô Thị Lan, Phó Chủ tịch UBND tỉnh đã trao thưởng 45 triệu "
            "đồng của UBND tỉnh Bắc Sơn cho Tổ công tác đặc biệt.",
            ("Khác", "UBND tỉnh Bắc Sơn", 1, None),
        ),
        # each unit of the list is one recipient
        (
            "Chiều 2/8, Giám đốc Công an tỉnh đã thưởng nóng cho Phòng Cảnh sát hình sự và Công "
            "an huyện Tân Kỳ vì thành tích bắt giữ đối tượng.",
            ("Khác", "Giám đốc Công an tỉnh", 2, None),
        ),
        # a person named with a post hands over: the text does not say whose the money is
        (
            "Thượng tá Lê Văn Hòa, Trưởng Công an huyện trao thưởng cho Công an xã Tân Phú vì "
            "thành tích phá án.",
            ("Khác", None, 1, None),
        ),
    ],
)
def test_a_cash_reward_of_named_units_is_granted_by_whose_money_it_is(
    text: str, expected: tuple[str, str | None, int | None, int | None]
) -> None:
    assert _grants(text) == [expected]


def test_list_items_of_cash_rewards_take_the_subject_of_the_list() -> None:
    text = (
        "Cuối buổi làm việc, Sở Nông nghiệp thưởng nóng cho Chi cục Kiểm lâm (12 triệu đồng) "
        "do kết quả tuần tra; trao thưởng Hạt Kiểm lâm huyện Mỹ Sơn (4 triệu đồng) do thành "
        "tích bắt giữ; trao thưởng Hạt Kiểm lâm huyện Đông Hà (4 triệu đồng)."
    )
    assert _grants(text) == [("Khác", "Sở Nông nghiệp", 3, None)]


def test_a_list_items_own_reward_verb_ends_its_issuer() -> None:
    text = (
        "Tại hội nghị, Tỉnh ủy Lam Sơn tặng thư khen cho Công an tỉnh; UBND tỉnh Lam Sơn "
        "thưởng đột xuất 12 tập thể có thành tích xuất sắc trong phòng, chống tội phạm."
    )
    assert ("Khác", "UBND tỉnh Lam Sơn", 12, None) in _grants(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare praise of a named unit by a speaker stays no grant
        "Ông Lê Văn An, Chủ tịch UBND huyện biểu dương Công an xã Hà Bình.",
        # a gift to a named unit is no reward
        "Dịp này, UBND huyện Đông Sơn tặng quà cho Công an xã Hà Bình.",
    ],
)
def test_praise_or_a_gift_to_a_named_unit_is_no_cash_reward(text: str) -> None:
    assert _grants(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 9/10, xã Hòa Lâm mở ngày hội của phong trào giữ gìn an ninh. Đây cũng là dịp "
        "để tuyên dương, khen thưởng những cá nhân điển hình của xã.",
        "Tại hội nghị, Giám đốc Công an tỉnh yêu cầu trong năm tới cần làm tốt công tác phong "
        "trào. Cùng với đó, kịp thời biểu dương, khen thưởng các tập thể có thành tích.",
        "Phát biểu tại buổi lễ, ông Lê Văn Tâm nhấn mạnh các địa phương phải khen thưởng các cá "
        "nhân có thành tích trong phong trào.",
    ],
)
def test_what_an_event_is_for_or_a_task_set_is_no_uncounted_commendation(text: str) -> None:
    assert _grants(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 5/1, UBND xã Hòa Lâm tổ chức hội nghị tổng kết phong trào. Dịp này, UBND xã "
        "khen thưởng các tập thể, cá nhân tiêu biểu của năm qua.",
        "Tại buổi lễ, Công an huyện Kỳ Lâm đã trao quyết định khen thưởng đột xuất cho các cá "
        "nhân có thành tích bắt giữ đối tượng.",
    ],
)
def test_an_uncounted_commendation_at_the_event_is_still_a_grant(text: str) -> None:
    grants = _grants(text)
    assert len(grants) == 1
    assert grants[0][0] == "Khác"


@pytest.mark.parametrize(
    "text",
    [
        "Giai đoạn 2018-2023, Hội Khuyến học huyện trao thưởng cho 640 học sinh nghèo.",
        "Trong nhiệm kỳ qua, Công an tỉnh thưởng nóng 27 tập thể lập chiến công.",
    ],
)
def test_cash_rewards_summed_over_a_period_are_its_record(text: str) -> None:
    assert _grants(text) == []


def test_a_cash_reward_at_a_meeting_that_reviews_a_period_is_still_a_grant() -> None:
    text = (
        "Sáng 8/1, Công an tỉnh tổng kết phong trào giai đoạn 2019-2024. Tại hội nghị, Giám đốc "
        "Công an tỉnh thưởng nóng 3 tập thể có thành tích phá án."
    )
    assert _grants(text) == [("Khác", "Giám đốc Công an tỉnh", 3, None)]


def test_a_commendation_is_found_where_and_as_its_pattern_finds_it() -> None:
    from tomtat.text.award_mentions import _COMMENDS, _find_commendation

    text = (
        "Dịp này, UBND huyện KHEN THƯỞNG đột xuất cho 3 tập thể; xkhen thưởng; "
        "Công an tỉnh Thưởng nóng 20 triệu đồng cho Đội X, trao thưởng của Sở cho em A."
    )
    found = 0
    for start in range(len(text)):
        expected = _COMMENDS.search(text, start, len(text))
        match = _find_commendation(text, start, len(text))
        assert (match and (match.span(), match.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )
        found += expected is not None
    assert found > 20
