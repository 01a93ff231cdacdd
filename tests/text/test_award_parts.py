"""The award finder's readers (tomtat.text.award_parts) read the same whichever way their scans
run: on the lower-cased copy of the text, or case-insensitively on the text itself."""

from __future__ import annotations

import re

import pytest

import tomtat.text.award_mentions as am
import tomtat.text.award_parts as ap
from tomtat.schemas import AwardType
from tomtat.text.award_mentions import find_award_mentions
from tomtat.text.award_parts import (
    _PERIOD_MARKER,
    PERIOD_MARKER_WORDS,
    VERB_RE,
    find_verb,
    find_verbs,
    grants_nothing,
    named_after,
    past_event_lines,
    period_marker_in,
    post_without_holder,
    recipients_named_with,
)
from tomtat.text.lowered import split_alternatives

from .regex_reading import holds_one_of


def _required_text(branch: str) -> str:
    """``branch`` less every group that is optional or holds alternatives (innermost first):
    the literal words left are in every match of it."""
    group = re.compile(r"\((?:\?:)?([^()]*)\)(\?)?")
    while True:
        shorter = group.sub(
            lambda m: " " if m.group(2) or "|" in m.group(1) else m.group(1), branch
        )
        if shorter == branch:
            return branch
        branch = shorter


def test_every_period_marker_holds_one_of_the_prefilter_words() -> None:
    body = _PERIOD_MARKER.pattern.removeprefix(r"(?i)(?<!\w)(?:").removesuffix(r")(?!\w)")
    branches = split_alternatives(body)
    assert len(branches) > 20
    for branch in branches:
        required = _required_text(branch)
        assert any(word in required for word in PERIOD_MARKER_WORDS), branch


def test_period_markers_are_found_in_either_case() -> None:
    text = "Hội nghị tổng kết. TRONG 10 NĂM QUA, huyện được tặng 3 Bằng khen. Tặng hoa."
    first, second, third = 0, text.index("TRONG"), text.index("Tặng hoa")
    assert period_marker_in(text, second, third)
    assert not period_marker_in(text, first, second)
    assert not period_marker_in(text, third, len(text))


def test_grant_verbs_are_found_as_the_verb_pattern_finds_them() -> None:
    text = "UBND tỉnh TRAO TẶNG Bằng khen; xtặng; Chủ tịch nước Tặng thưởng Huân chương"
    expected = [m.span() for m in VERB_RE.finditer(text, 3, len(text))]
    assert [m.span() for m in find_verbs(text, 3, len(text))] == expected
    found = find_verb(text, 10, len(text))
    assert found is not None and found.span() == expected[0]
    assert len(expected) == 2


def test_past_event_lines_read_each_spelling_of_a_full_date() -> None:
    text = (
        "Đại hội lần thứ II diễn ra ngày 19.8.2005, 10 xã được phong tặng.\n"
        "NGÀY 5 THÁNG 6 NĂM 2006 tỉnh trao cờ.\n"
        "date 2007-01-02\n"
        "Hôm nay 12/3/2020 huyện tổng kết.\n"
        "Năm 2019 (1/12/2019) và 5-6-2021."
    )
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:k]) for k in range(len(lines))]
    spans = past_event_lines(text)
    assert [start for start, _ in spans] == starts[:3]
    assert spans[0] == (0, len(lines[0]))


def test_a_decision_without_a_ceremony_grants_nothing() -> None:
    assert grants_nothing("UBND tỉnh VỪA BAN HÀNH QUYẾT ĐỊNH tặng Bằng khen cho 5 tập thể.")
    assert not grants_nothing("Tại buổi LỄ, UBND tỉnh trao Bằng khen cho 5 tập thể.")


_DECIDED = (
    "Sở Nội vụ vừa ban hành quyết định tặng Giấy khen cho 9 tập thể theo quy định về thi đua. "
)


@pytest.mark.parametrize(
    "handover",
    [
        "Thừa ủy quyền, Phó Giám đốc Sở tặng Giấy khen cho các tập thể.",
        "Thừa uỷ quyền của Chủ tịch nước, Bí thư Tỉnh ủy gắn Huân chương lên lá cờ của đơn vị.",
        "THỪA ỦY QUYỀN của Bộ trưởng, Cục trưởng Cục X tặng Kỷ niệm chương cho 4 cá nhân.",
    ],
)
def test_a_handover_on_a_mandate_is_made_at_a_ceremony(handover: str) -> None:
    assert not grants_nothing(_DECIDED + handover)


@pytest.mark.parametrize(
    "tail",
    [
        "Thừa ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở ký quyết định công nhận 4 đơn vị.",
        "Việc ký thừa ủy quyền được thực hiện theo luật.",
        # the decision signed on the mandate grants ("tặng") what it names: no handover
        "Thừa ủy quyền của Giám đốc Sở, Trưởng phòng Tổ chức đã ký quyết định tặng Giấy khen"
        " cho 6 tập thể.",
        "Thừa uỷ quyền, Phó Chủ tịch ban hành văn bản tặng Bằng khen cho 3 cá nhân.",
    ],
)
def test_a_mandate_to_sign_is_no_ceremony(tail: str) -> None:
    assert grants_nothing(_DECIDED + tail)


def test_the_award_word_scan_reads_each_word_with_its_group() -> None:
    from tomtat.text.award_parts import _TYPE_GROUP_OF, _TYPE_RE_LOW, _TYPE_SCAN_LOW

    low = (
        "giấy khen, cờ, bằng khen; cờ thi đua; xbằng khen; kỉ niệm chương; danh hiệu; "
        "giấy chứng nhận quyền sử dụng; giấy chứng nhận; huân chương lao động"
    )
    expected = [(m.span(), m.lastgroup) for m in _TYPE_RE_LOW.finditer(low)]
    found = [(m.span(), _TYPE_GROUP_OF[str(m.lastgroup)]) for m in _TYPE_SCAN_LOW.finditer(low)]
    assert found == expected
    assert {group for _, group in expected} >= {"gk", "ctd", "bk", "knc", "other", "hc"}


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Huyện ủy Tân Lập Trần Văn Hòa trao giấy khen cho các tập thể điển hình.",
        "Phó Bí thư Thành ủy, Chủ tịch UBND TP. Vĩnh An Lê Minh Tâm trao Cờ thi đua cho các "
        "đơn vị xuất sắc.",
        "Giám đốc Sở Y tế Đặng Thu Hà trao Giấy khen cho 7 tập thể.",
        "Chủ tịch Hội Nông dân tỉnh Phan Văn Long Kha trao Bằng khen cho 3 chi hội.",
        # the posts of the armed forces and of any unit's head
        "Chỉ huy trưởng Ban CHQS Lò Văn Minh trao Giấy khen cho 5 tập thể.",
        "Thủ trưởng đơn vị Lò Văn Minh trao Giấy khen cho 5 tập thể.",
    ],
)
def test_a_post_followed_by_its_holders_name_hands_over_and_grants_nothing(text: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [None]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # "tặng" by a post: the office grants, whoever holds it
        (
            "Chủ tịch UBND tỉnh Lê Minh Tâm tặng Bằng khen cho 5 tập thể.",
            "Chủ tịch UBND tỉnh Lê Minh Tâm",
        ),
        # a district named after a person
        (
            "Chủ tịch UBND huyện Trần Văn Thời trao Giấy khen cho 5 tập thể.",
            "Chủ tịch UBND huyện Trần Văn Thời",
        ),
        # a body named after a person
        (
            "Bí thư Tỉnh đoàn TNCS Hồ Chí Minh trao Giấy khen cho 6 tập thể.",
            "Bí thư Tỉnh đoàn TNCS Hồ Chí Minh",
        ),
        # after an institution noun the name is the institution's, not a holder's
        (
            "Nhân dịp này, Giám đốc Bệnh viện Phạm Ngọc Thạch trao Giấy khen cho 9 tập thể.",
            "Giám đốc Bệnh viện Phạm Ngọc Thạch",
        ),
        (
            "Hiệu trưởng Đại học Lê Quý Đôn trao Giấy khen cho 4 tập thể.",
            "Hiệu trưởng Đại học Lê Quý Đôn",
        ),
        (
            "Giám đốc Bảo tàng Trần Hưng Đạo trao Giấy khen cho 3 tập thể.",
            "Giám đốc Bảo tàng Trần Hưng Đạo",
        ),
        (
            "Bí thư Đoàn trường THPT Nguyễn Trãi trao Giấy khen cho 12 chi đoàn.",
            "Bí thư Đoàn trường THPT Nguyễn Trãi",
        ),
    ],
)
def test_a_granting_post_or_a_namesake_body_keeps_its_issuer(text: str, issuer: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


@pytest.mark.parametrize(
    ("phrase", "post"),
    [
        ("Chủ tịch nước Đinh Văn Kha", "Chủ tịch nước"),
        ("Giám đốc Sở Tài chính Lò Thị Mai", "Giám đốc Sở Tài chính"),
        # an institution's or a place's name, not a holder's
        ("Giám đốc Bảo tàng Trần Hưng Đạo", None),
        ("Giám đốc Quỹ Lê Văn Tám", None),
        ("Hiệu trưởng Trường THCS Phan Bội Châu", None),
        ("Bí thư Thành đoàn TP Hồ Chí Minh", None),
        ("Chủ tịch UBND thị xã Phạm Văn Đồng", None),
    ],
)
def test_a_holders_name_is_read_only_where_no_institution_or_place_noun_comes_before(
    phrase: str, post: str | None
) -> None:
    assert post_without_holder(phrase) == post


@pytest.mark.parametrize(
    "text",
    [
        "Thiếu tướng Đỗ Minh Khôi, Chính ủy Quân khu, Tư lệnh Quân khu trao Cờ thi đua tới "
        "5 trung đoàn xuất sắc.",
        "Bà Vũ Lan Anh - Huyện ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ huyện trao giấy khen tới "
        "8 chi hội.",
        "Ông Lê Văn Nam, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh, Chủ tịch HĐND "
        "tỉnh trao Bằng khen cho 5 tập thể.",
    ],
)
def test_a_person_named_with_several_posts_hands_over_through_the_last(text: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [None]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Bộ trưởng Bộ Công an trao Cờ thi đua cho 3 đơn vị.", "Bộ trưởng Bộ Công an"),
        # "tặng" through the post: the post grants, whoever is named with it
        (
            "Thượng tá Phạm Quốc Việt, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Công an huyện "
            "tặng Giấy khen cho 7 tập thể.",
            "Trưởng Công an huyện",
        ),
        # a person named before, as a guest: the body after the last comma grants
        (
            "Buổi lễ có sự tham dự của ông Hà Văn Lực, Phó Chủ tịch UBND huyện, UBND huyện đã "
            "trao Giấy khen cho 11 tập thể.",
            "UBND huyện",
        ),
    ],
)
def test_a_post_without_a_person_or_one_that_gives_keeps_its_issuer(text: str, issuer: str) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


@pytest.mark.parametrize(
    ("text", "individuals"),
    [
        ("Dịp này, 2 lãnh đạo Sở Y tế được Chủ tịch nước tặng Huân chương Lao động.", 2),
        ("Tại buổi lễ, Chủ tịch UBND tỉnh tặng Bằng khen cho một lãnh đạo Phòng Y tế huyện.", 1),
        ("Tại buổi lễ, UBND huyện tặng Giấy khen cho 6 lãnh đạo các xã.", 6),
    ],
)
def test_counted_leaders_are_individuals(text: str, individuals: int) -> None:
    assert [(m.collectives, m.individuals) for m in find_award_mentions(text)] == [
        (None, individuals)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, UBND tỉnh tặng Bằng khen cho 4 tập thể lãnh đạo tốt phong trào.",
        "Dịp này, UBND tỉnh tặng Bằng khen cho 4 tập thể; lãnh đạo tỉnh trao quà cho hộ nghèo.",
    ],
)
def test_leading_words_after_other_counts_add_no_individuals(text: str) -> None:
    assert [(m.collectives, m.individuals) for m in find_award_mentions(text)] == [(4, None)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Phòng Cảnh sát PCCC và CNCH trao khen thưởng cho 5 tập thể.",
            "Phòng Cảnh sát PCCC và CNCH",
        ),
        ("Dịp này, Hội Nông dân tỉnh trao tặng khen thưởng cho 12 hội viên.", "Hội Nông dân tỉnh"),
        ("Dịp này, Huyện đoàn tặng tuyên dương 9 đoàn viên.", "Huyện đoàn"),
        # no handing verb: the name is kept whole
        ("Dịp này, UBND huyện khen thưởng 8 tập thể.", "UBND huyện"),
    ],
)
def test_a_handing_verb_before_the_honour_verb_is_no_part_of_the_issuer(
    text: str, issuer: str
) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a police force by its level is one more unit of the list
        (
            "Phòng Cảnh sát hình sự và Công an huyện Tân Kỳ vì thành tích",
            ["Phòng Cảnh sát hình sự", "Công an huyện Tân Kỳ"],
        ),
        (
            "Đội Cảnh sát giao thông, Công an xã Hà Bình và Công an TP Lam Sơn về thành tích",
            ["Đội Cảnh sát giao thông", "Công an xã Hà Bình", "Công an TP Lam Sơn"],
        ),
        # after a dash: the unit's parent, not another recipient
        (
            "Phòng Cảnh sát cơ động – Công an tỉnh Hà Lam vì thành tích",
            ["Phòng Cảnh sát cơ động"],
        ),
        (
            "Đội Điều tra tổng hợp - Công an huyện Kỳ Lâm về thành tích",
            ["Đội Điều tra tổng hợp"],
        ),
    ],
)
def test_each_unit_of_a_list_of_names_is_one_recipient_but_a_dash_names_the_parent(
    names: str, expected: list[str]
) -> None:
    text = "Giám đốc Công an tỉnh trao thưởng cho " + names
    start = text.index(names)
    first = named_after(text, start, len(text))
    assert first is not None
    assert recipients_named_with(text, first, start, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Dịp này, Quận hội tặng giấy khen cho 5 hội viên tích cực.", "Quận hội"),
        (
            "Tại hội nghị, Tỉnh hội Chữ thập đỏ tặng giấy khen cho 9 tập thể.",
            "Tỉnh hội Chữ thập đỏ",
        ),
        (
            "Tại hội nghị, UBMTTQ Việt Nam huyện Kỳ Lâm tặng giấy khen cho 11 tập thể.",
            "UBMTTQ Việt Nam huyện Kỳ Lâm",
        ),
    ],
)
def test_an_associations_branch_by_level_or_the_front_abbreviated_is_an_issuer(
    text: str, issuer: str
) -> None:
    assert [m.issuer for m in find_award_mentions(text)] == [issuer]


def test_a_meeting_of_an_association_is_no_issuer() -> None:
    # "hội nghị" is a meeting, not an association, at any level
    text = "Tại Hội nghị, 6 hội viên nhận giấy khen vì đóng góp cho phong trào."
    assert [m.issuer for m in find_award_mentions(text)] == [None]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the award's grantor between the verb and the households
        (
            "Tại buổi lễ, Công an tỉnh trao Bằng khen của Bộ trưởng Bộ Công an cho 4 hộ gia đình "
            "tiêu biểu.",
            (None, None, 4),
        ),
        # "em" before the pupils counted
        ("Dịp này, UBND xã Hòa Lâm tặng giấy khen cho 15 em học sinh giỏi.", (None, 15, None)),
        ("Dịp này, Hội Khuyến học xã tặng giấy khen cho 7 em thiếu nhi.", (None, 7, None)),
    ],
)
def test_households_after_a_grantor_and_pupils_called_em_are_counted(
    text: str, figures: tuple[int | None, int | None, int | None]
) -> None:
    mentions = find_award_mentions(text)
    assert [(m.collectives, m.individuals, m.total) for m in mentions] == [figures]


def test_households_given_gifts_are_no_grant() -> None:
    text = "Dịp này, UBND xã trao 50 suất quà của các nhà hảo tâm cho 30 hộ nghèo."
    assert find_award_mentions(text) == []


@pytest.mark.parametrize(
    ("phrase", "post"),
    [
        ("Chủ tịch UBND tỉnh Trần Văn Bình", "Chủ tịch UBND tỉnh"),
        ("Chủ tịch UBND tỉnh Lê Thị Hoa cũng", "Chủ tịch UBND tỉnh"),
        ("Phó Chủ tịch HĐND tỉnh Nguyễn Văn An đồng thời", "Phó Chủ tịch HĐND tỉnh"),
    ],
)
def test_a_name_after_a_provinces_post_is_its_holder(phrase: str, post: str) -> None:
    assert post_without_holder(phrase) == post


@pytest.mark.parametrize(
    "phrase",
    [
        # a district or a city may be named after a person: the name is the place's
        "Chủ tịch UBND huyện Trần Văn Thời",
        "Chủ tịch UBND Thành phố Hồ Chí Minh",
    ],
)
def test_a_name_after_a_district_or_city_stays_the_places(phrase: str) -> None:
    assert post_without_holder(phrase) is None


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Dịp này, Giám đốc Công an tỉnh đã trao thưởng cho Phòng Cảnh sát giao thông số "
            "tiền 15 triệu đồng, Công an xã Thạch Bàn 5 triệu đồng.",
            ("Phòng Cảnh sát giao thông", "Công an xã Thạch Bàn"),
        ),
        (
            "Tại buổi gặp mặt, Chủ tịch UBND huyện còn thưởng nóng cho Đội Cảnh sát hình sự 8 "
            "triệu đồng vì thành tích phá nhanh vụ trộm.",
            ("Đội Cảnh sát hình sự",),
        ),
        (
            "Ngay sau buổi lễ, Giám đốc Sở Y tế thưởng nóng Trạm Y tế phường Đông Hòa và Phòng Y "
            "tế quận Bắc Sơn mỗi đơn vị khoảng 4 triệu đồng.",
            ("Trạm Y tế phường Đông Hòa", "Phòng Y tế quận Bắc Sơn"),
        ),
    ],
)
def test_a_sum_written_after_a_recipient_ends_its_name(
    text: str, recipients: tuple[str, ...]
) -> None:
    """The amount each recipient gets is what it gets, not a tally nor part of its name."""
    (mention,) = find_award_mentions(text)
    assert mention.type is AwardType.KHAC
    assert mention.recipients == recipients
    assert mention.collectives == len(recipients)


@pytest.mark.parametrize(
    "text",
    [
        # a tally of past commendations stays a tally
        "Năm nay, Giám đốc Sở Y tế khen thưởng Bệnh viện Đa khoa Nam Hà 3 lần.",
        # a sum spent, not given to a named recipient
        "Dịp này, Phòng Cảnh sát giao thông đã chi 20 triệu đồng để sửa chữa trụ sở.",
    ],
)
def test_a_number_after_a_name_that_is_no_sum_given_makes_no_grant(text: str) -> None:
    assert find_award_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Dịp này, Giám đốc Công an tỉnh khen thưởng Phòng Cảnh sát điều tra tội phạm về ma "
            "túy vì thành tích triệt phá đường dây.",
            "Phòng Cảnh sát điều tra tội phạm về ma túy",
        ),
        (
            "Tại buổi lễ, Chủ tịch UBND tỉnh thưởng nóng cho Đội Cảnh sát điều tra tội phạm về "
            "môi trường 10 triệu đồng.",
            "Đội Cảnh sát điều tra tội phạm về môi trường",
        ),
        (
            "Dịp này, Giám đốc Công an tỉnh khen thưởng Công an xã Tân Lập về thành tích bắt giữ "
            "đối tượng trộm cắp.",
            "Công an xã Tân Lập",
        ),
    ],
)
def test_ve_after_toi_pham_is_part_of_a_units_name_elsewhere_it_opens_the_merit(
    text: str, recipient: str
) -> None:
    (mention,) = find_award_mentions(text)
    assert mention.recipients == (recipient,)


def test_rules_of_another_matter_do_not_make_a_report_an_explainer() -> None:
    """ "vi phạm quy định về quản lý vũ khí" tells a crime: the report of a reward stays one."""
    text = (
        "Chiều 4/9, Giám đốc Công an tỉnh đã tặng giấy khen cho 3 tập thể có thành tích "
        "bắt giữ nhóm trộm cắp. Các đối tượng còn vi phạm quy định về quản lý vũ khí."
    )
    assert not grants_nothing(text)
    assert [m.at_event for m in find_award_mentions(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Huân chương Lao động là gì? Theo quy định về khen thưởng, Huân chương Lao động hạng Ba "
        "được tặng cho người có thành tích xuất sắc.",
        "Tiêu chuẩn xét tặng danh hiệu Chiến sĩ thi đua cơ sở được quy định tại Nghị định mới.",
    ],
)
def test_an_explainer_of_an_award_still_grants_nothing(text: str) -> None:
    assert grants_nothing(text)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Sáng 3/4, Chủ tịch UBND huyện Tân Phú - Trần Minh Khoa vừa đến khen thưởng 2 tập "
            "thể và 6 cá nhân của Ban Chỉ huy Quân sự huyện.",
            "Chủ tịch UBND huyện Tân Phú",
        ),
        (
            "Tại buổi lễ, Giám đốc Sở Giáo dục tỉnh Lâm Hà, ông Phạm Quốc Hưng tặng giấy khen cho "
            "12 giáo viên.",
            "Giám đốc Sở Giáo dục tỉnh Lâm Hà",
        ),
        (
            "Dịp này, Giám đốc Công an tỉnh Bình Lạc - Võ Thanh Sơn đã thưởng nóng 2 tập thể lập "
            "chiến công.",
            "Giám đốc Công an tỉnh Bình Lạc",
        ),
    ],
)
def test_a_post_written_before_its_holders_name_grants_through_the_post(
    text: str, issuer: str
) -> None:
    (mention,) = find_award_mentions(text)
    assert mention.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the holder hands the award over in person: the text does not say who grants it
        (
            "Tại buổi lễ, Chủ tịch UBND tỉnh Lâm Hà - Phạm Quốc Hưng trao bằng khen cho 12 giáo "
            "viên.",
            None,
        ),
        # a deputy acts for the head
        (
            "Tại buổi lễ, Phó Chủ tịch UBND tỉnh Lâm Hà - Phạm Quốc Hưng khen thưởng 3 tập thể.",
            None,
        ),
    ],
)
def test_a_post_before_a_name_that_hands_over_or_deputises_grants_nothing_itself(
    text: str, issuer: str | None
) -> None:
    (mention,) = find_award_mentions(text)
    assert mention.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Tại đại hội, Phó chủ tịch UBND tỉnh Hà Lâm Nguyễn Văn Bình tặng Bằng khen cho các tập "
        "thể tiêu biểu của phong trào.",
        "Dịp này, Phó giám đốc Sở Nội vụ Lê Thị Hoa trao giấy khen cho 5 cá nhân.",
        "Phó bí thư Tỉnh ủy Trần Quang Huy đã tặng Bằng khen cho các điển hình tiên tiến.",
    ],
)
def test_a_deputy_written_in_lower_case_hands_over_and_names_no_issuer(text: str) -> None:
    """The deputy's name is neither glued to a body's name nor read as the issuer."""
    mentions = find_award_mentions(text)
    assert mentions
    assert all(m.issuer is None for m in mentions)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Tại đại hội, Chủ tịch UBND tỉnh Hà Lâm tặng Bằng khen cho 6 tập thể.",
            "Chủ tịch UBND tỉnh Hà Lâm",
        ),
        ("Dịp này, UBND tỉnh Hà Lâm tặng Bằng khen cho 6 tập thể.", "UBND tỉnh Hà Lâm"),
    ],
)
def test_a_head_or_a_body_without_a_deputy_keeps_its_issuer(text: str, issuer: str) -> None:
    (mention,) = find_award_mentions(text)
    assert mention.issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 12/1, Hội đồng Thi đua - Khen thưởng huyện họp lần thứ hai để xem xét khen "
        "thưởng cho 40 tập thể. Hội đồng thống nhất đề nghị tặng Bằng khen cho 12 tập thể.",
        "Sáng 5/12, Trường THPT Nam Lộc tổ chức hội nghị bình xét thi đua năm học. Có 8 giáo "
        "viên được Sở Giáo dục tặng giấy khen.",
        "Phiên họp xét duyệt danh hiệu của Hội đồng diễn ra sáng nay; 15 cá nhân được Chủ tịch "
        "UBND tỉnh tặng Bằng khen.",
    ],
)
def test_a_meeting_that_considers_awards_grants_nothing(text: str) -> None:
    assert grants_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        # considered, then handed over at a ceremony
        "Hội đồng họp để xem xét khen thưởng. Tại buổi lễ sau đó, UBND huyện trao Giấy khen cho "
        "9 tập thể.",
        # a conference that reviews the year and grants
        "Sáng 3/1, Sở Tư pháp tổ chức hội nghị tổng kết công tác năm. Dịp này, Giám đốc Sở tặng "
        "giấy khen cho 10 tập thể.",
    ],
)
def test_a_meeting_that_grants_or_a_ceremony_after_the_council_still_grants(text: str) -> None:
    assert not grants_nothing(text)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Dịp này, Giám đốc Công an tỉnh Hà Lâm cũng khen thưởng cho phòng Cảnh sát giao thông.",
            ("phòng Cảnh sát giao thông",),
        ),
        (
            "Tại buổi lễ, Chủ tịch UBND huyện thưởng nóng đội Cảnh sát cơ động và Công an xã Phú An.",
            ("đội Cảnh sát cơ động", "Công an xã Phú An"),
        ),
        (
            "Ngay sau chiến công, Giám đốc Công an tỉnh đã khen thưởng đột xuất phòng Kỹ thuật hình "
            "sự vì thành tích truy tìm nghi phạm.",
            ("phòng Kỹ thuật hình sự",),
        ),
    ],
)
def test_a_department_or_team_written_in_lower_case_is_a_named_recipient(
    text: str, recipients: tuple[str, ...]
) -> None:
    (mention,) = find_award_mentions(text)
    assert mention.recipients == recipients
    assert mention.collectives == len(recipients)


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, Giám đốc Công an tỉnh đề nghị khen thưởng cho phòng Cảnh sát giao thông.",
        "Giám đốc Công an tỉnh yêu cầu các phòng, đội tiếp tục khen thưởng kịp thời.",
    ],
)
def test_a_department_in_a_proposal_or_a_directive_is_granted_nothing(text: str) -> None:
    assert not any(m.at_event for m in find_award_mentions(text))


def test_each_sum_given_to_a_name_in_a_list_names_a_recipient() -> None:
    text = (
        "Dịp này, Chủ tịch UBND tỉnh đã trao thưởng 50 triệu đồng cho Công an tỉnh Hà Lâm, 30 "
        "triệu đồng cho Bộ Chỉ huy Quân sự tỉnh, 20 triệu đồng cho Cục Hải quan tỉnh."
    )
    (mention,) = find_award_mentions(text)
    assert mention.recipients == (
        "Công an tỉnh Hà Lâm",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Cục Hải quan tỉnh",
    )
    assert mention.collectives == 3


def test_a_list_item_after_a_sum_that_names_no_one_adds_no_recipient() -> None:
    text = (
        "Dịp này, Giám đốc Công an tỉnh trao thưởng cho Phòng Cảnh sát hình sự 20 triệu đồng, "
        "cho các cá nhân tham gia chuyên án."
    )
    (mention,) = find_award_mentions(text)
    assert mention.recipients == ("Phòng Cảnh sát hình sự",)


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị kỷ niệm 60 năm thành lập. Qua các thời kỳ, 12 tập thể và 7 cá nhân của đơn vị "
        "được phong tặng danh hiệu Anh hùng.",
        "Lễ kỷ niệm diễn ra trọng thể. Trong các thời kỳ, 5 tập thể được tặng Huân chương Chiến "
        "công.",
        "Buổi gặp mặt truyền thống. Qua những thời kỳ, 9 cá nhân được tặng Huân chương Lao động.",
    ],
)
def test_honours_told_over_the_periods_of_a_history_are_a_record(text: str) -> None:
    mentions = find_award_mentions(text)
    assert mentions
    assert not any(m.at_event for m in mentions)


def test_periods_inside_a_noun_phrase_do_not_make_a_grant_a_record() -> None:
    text = (
        "Tại buổi lễ, 6 đồng chí nguyên là chỉ huy các đơn vị qua các thời kỳ nhận Huân chương "
        "Chiến công hạng Ba."
    )
    assert [m.at_event for m in find_award_mentions(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Bộ Y tế vừa có quyết định tặng Bằng khen cho 150 thầy thuốc tiêu biểu.",
        "Chủ tịch UBND tỉnh đã có quyết định tặng Bằng khen cho 9 tập thể có thành tích.",
        "UBND huyện vừa ký quyết định tặng Giấy khen cho 14 hộ gia đình.",
    ],
)
def test_a_decision_had_or_signed_without_a_ceremony_grants_nothing(text: str) -> None:
    assert grants_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tại buổi lễ, UBND tỉnh đã có quyết định và trao Bằng khen cho 9 tập thể.",
        "Sáng 4/5, Sở Y tế tổ chức hội nghị tổng kết; Giám đốc Sở đã có quyết định tặng Giấy "
        "khen cho 6 tập thể.",
    ],
)
def test_a_decision_told_at_a_ceremony_or_a_meeting_still_grants(text: str) -> None:
    assert not grants_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/6, Cơ quan điều tra Công an huyện đã có quyết định khởi tố vụ án. Ghi nhận thành "
        "tích, Giám đốc Công an tỉnh đã thưởng nóng Tổ công tác 15 triệu đồng.",
        "Cơ quan điều tra vừa có quyết định truy nã đối tượng. Dịp này, Giám đốc Công an tỉnh "
        "tặng giấy khen cho 3 tập thể.",
    ],
)
def test_a_decision_had_on_another_matter_leaves_the_reward_a_grant(text: str) -> None:
    """ "đã có quyết định khởi tố" is the police's business, not a decision to grant."""
    assert not grants_nothing(text)
    assert [m.at_event for m in find_award_mentions(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 5/5, Hội Cựu chiến binh tỉnh tổ chức lễ kỷ niệm. 15 cán bộ lãnh đạo Hội qua các "
        "thời kỳ, được tặng Kỷ niệm chương.",
        "Sáng 5/5, Sở Nội vụ tổ chức lễ kỷ niệm. 9 nguyên giám đốc Sở trong các thời kỳ, cùng 3 "
        "cán bộ hưu trí được tặng Kỷ niệm chương.",
    ],
)
def test_periods_closing_a_noun_phrase_before_a_comma_do_not_make_a_grant_a_record(
    text: str,
) -> None:
    assert [m.at_event for m in find_award_mentions(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 30/12, Trường Tiểu học Hòa Bình tổ chức hội nghị bình xét thi đua năm học. Dịp "
        "này, Hiệu trưởng nhà trường tặng giấy khen cho 12 giáo viên.",
        "Tại hội nghị bình xét thi đua cuối năm của thôn Đông Hạ, Chủ tịch UBND xã đã tặng giấy "
        "khen cho 15 hộ gia đình.",
    ],
)
def test_a_meeting_that_considers_awards_and_grants_at_it_still_grants(text: str) -> None:
    assert not grants_nothing(text)


def test_a_considering_meeting_that_only_proposes_on_its_occasion_grants_nothing() -> None:
    text = (
        "Chiều 12/1, Hội đồng Thi đua huyện họp để xem xét khen thưởng. Dịp này, Hội đồng nhất "
        "trí đề nghị tặng Bằng khen cho 12 tập thể."
    )
    assert grants_nothing(text)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a "và" inside a long unit's name splits nothing
        (
            "Dịp này, Giám đốc Công an tỉnh khen thưởng đột xuất Đội Cảnh sát điều tra tội phạm về "
            "môi trường và tài nguyên rừng vì thành tích phá án.",
            ("Đội Cảnh sát điều tra tội phạm về môi trường và tài nguyên rừng",),
        ),
        # a "và" before another unit's name ends the first
        (
            "Ngay sau đó, Giám đốc Công an tỉnh thưởng nóng Đội Cảnh sát điều tra tội phạm về buôn "
            "lậu và Công an thành phố Hà Lâm mỗi đơn vị 10 triệu đồng.",
            ("Đội Cảnh sát điều tra tội phạm về buôn lậu", "Công an thành phố Hà Lâm"),
        ),
        # a field too long to read ends the name where the field opens, and still grants
        (
            "Dịp này, Giám đốc Công an tỉnh khen thưởng Đội Cảnh sát điều tra tội phạm về môi "
            "trường và tài nguyên rừng Công an thành phố Hà Lâm.",
            ("Đội Cảnh sát điều tra tội phạm",),
        ),
    ],
)
def test_a_long_police_units_name_splits_only_before_another_name(
    text: str, recipients: tuple[str, ...]
) -> None:
    (mention,) = find_award_mentions(text)
    assert mention.recipients == recipients


def test_a_cho_opening_another_clause_in_a_plain_list_names_no_recipient() -> None:
    """Outside a list of sums, "cho" after a comma may open a clause ("cho Hội Y mượn ...")."""
    text = (
        "Dịp này, Chủ tịch UBND huyện trao giấy khen cho Trường Tiểu học Tân An, cho Hội Phụ nữ "
        "mượn hội trường."
    )
    (mention,) = find_award_mentions(text)
    assert mention.recipients == ("Trường Tiểu học Tân An",)


@pytest.mark.parametrize(
    ("pattern", "words", "sample"),
    [
        (am._ON_BEHALF, am._MANDATE_NEEDS, "Thừa ủy quyền của Chủ tịch nước, Bộ trưởng trao"),
        (am._ON_BEHALF, am._MANDATE_NEEDS, "ĐƯỢC SỰ UỶ NHIỆM của Giám đốc Sở, ông A tặng"),
        (am._ON_BEHALF, am._MANDATE_NEEDS, "được ủy quyền của Chủ tịch UBND tỉnh, bà B trao"),
        (am._ON_BEHALF, am._MANDATE_NEEDS, "theo sự ủy nhiệm của Hiệu trưởng, thầy C tặng"),
        (am._ON_BEHALF, am._MANDATE_NEEDS, "THỪA LỆNH Bộ trưởng Bộ Công an, Cục trưởng trao"),
        (am._BY_DECISION, ("quyết",), "Theo Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh,"),
        (am._BY_DECISION, ("quyết",), "QUYẾT ĐỊNH của Bộ trưởng Bộ Quốc phòng về việc tặng"),
        (ap._DECISION_GRANT, ("quyết",), "TRAO Quyết định của Chủ tịch UBND tỉnh công nhận X"),
        (ap._ANNOUNCES_A_DECISION, ("quyết",), "Giám đốc Sở CÔNG BỐ các Quyết định số 5"),
        (ap._TOGETHER, ("phối",), "Phòng X PHỐI HỢP với Công an huyện Y"),
        (am._ILLUSTRATION, am._ILLUSTRATION_NEEDS, "UBND xã tặng Giấy khen (ẢNH: MINH HỌA)"),
        (am._ILLUSTRATION, am._ILLUSTRATION_NEEDS, "Ảnh minh hoạ: X trao Bằng khen cho 5 hộ"),
    ],
)
def test_a_window_without_a_patterns_needed_word_is_not_scanned(
    pattern: re.Pattern[str], words: tuple[str, ...], sample: str
) -> None:
    # where the pattern matches, in any case, the prefilter lets the scan run; a stretch
    # without its words is skipped
    match = pattern.search(sample)
    assert match is not None
    assert ap.may_hold(sample, match.start(), match.end(), words)
    assert not ap.may_hold(sample + " và trao", len(sample) + 1, len(sample) + 7, words)


def test_the_issuer_head_scan_finds_what_the_head_pattern_finds() -> None:
    text = (
        "Thay mặt Bộ trưởng Bộ Công an, Phó Giám đốc Công an tỉnh trao Bằng khen; xUBND huyện; "
        "được UBND tỉnh tặng, Hội Nông dân tỉnh khen thưởng; Phó Chủ tịch UBND xã và Tỉnh ủy"
    )
    for start in range(len(text)):
        for end in (start + 25, len(text)):
            expected = ap.ISSUER_HEAD.search(text, start, end)
            found = ap._ISSUER_HEAD_SCAN.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())
    assert len(list(ap.ISSUER_HEAD.finditer(text))) >= 5


def test_no_word_of_a_counted_noun_opens_a_count_in_words() -> None:
    # a count in digits ends in its noun: were a noun's word a number's first word, a count
    # in words could start inside it, and the two scans of counts would overlap
    words = set(re.findall(r"[^\W\d_]+", re.sub(r"\\.|\(\?P<\w+>", " ", ap._COUNT_NOUN)))
    first = ap.WORD_NUMBER[3 : ap.WORD_NUMBER.index(")")]
    assert words and not words & set(split_alternatives(first))


@pytest.mark.parametrize("lower", [False, True])
def test_counts_in_digits_and_in_words_are_read_as_the_one_count_pattern_reads_them(
    lower: bool,
) -> None:
    text = (
        "Trao 12 tập thể và hai mươi mốt cá nhân; 1.500 người, Ba hộ gia đình; x5 đơn vị, "
        "3,5 người; năm 2020 có 3 lượt học sinh, 20 Bằng khen cho hai tập thể; 7 cán bộ, "
        "chiến sĩ; Một cá nhân, 1.2 tập thể, 02 em học sinh"
    )
    low = text.lower() if lower else None
    for start in range(0, len(text), 3):
        for end in (start + 30, len(text)):
            expected = [(m.span(), m.groupdict()) for m in ap._COUNT_RE.finditer(text, start, end)]
            found = [(m.span(), m.groupdict()) for m in ap._count_matches(text, start, end, low)]
            if lower:  # the words come lower-cased from the lower-cased copy
                expected = [(span, _lower(groups)) for span, groups in expected]
                found = [(span, _lower(groups)) for span, groups in found]
            assert found == expected
    assert len(list(ap._COUNT_RE.finditer(text))) >= 8


def _lower(groups: dict[str, str | None]) -> dict[str, str | None]:
    return {name: value and value.lower() for name, value in groups.items()}


def test_the_scans_of_when_a_grant_is_made_read_the_lower_cased_words_alike() -> None:
    samples = [
        "Dự kiến, UBND tỉnh Sẽ trao",
        "X đã 3 lần liên tiếp được tặng",
        "Hai lần nhận",
        "Toàn tỉnh đã có",
        "em đạt 4",
        "Đoạt được giải",
        "trong Kháng chiến",
        "là một trong 12",
        "Nhiều năm liền",
        "đã được",
        "xsẽ, không",
    ]
    matched = 0
    for before in samples:
        for pattern, twin in zip(ap._WHEN_SCANS, ap._WHEN_SCANS_LOW, strict=True):
            expected, found = pattern.search(before), twin.search(before.lower())
            assert (found and found.span()) == (expected and expected.span())
            matched += expected is not None
    assert matched >= len(samples) - 1


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (ap._CONSIDERING, ap._CONSIDERING_WORDS),
        (ap._EXPLAINS, ap._EXPLAINS_WORDS),
        (ap._DECISION_ISSUED, ap._DECISION_WORDS),
        (am._ON_BEHALF, am._MANDATE_NEEDS),
        (am._BY_DECISION, ("quyết",)),
        (ap._DECISION_GRANT, ("quyết",)),
        (ap._ANNOUNCES_A_DECISION, ("quyết",)),
        (ap._TOGETHER, ("phối",)),
        (am._ILLUSTRATION, am._ILLUSTRATION_NEEDS),
    ],
)
def test_every_match_of_a_rarer_whole_text_scan_holds_one_of_its_prefilter_words(
    pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    assert holds_one_of(pattern.pattern, words)
    assert not holds_one_of(pattern.pattern, ("khen",))  # the reading can fail


@pytest.mark.parametrize("text", ["", "a", "a\n", "\n\nb\nc", "x\ny\n\n", "- A\n- B\n\nBody"])
def test_the_top_lines_are_read_as_a_split_at_newlines_gives_them(text: str) -> None:
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    expected = list(zip(starts, text.split("\n"), strict=True))
    assert list(ap._lines_from_the_top(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "lễ trao bằng khen, danh hiệu chiến sĩ thi đua và kỷ niệm chương",
        "giải\nthưởng nóng; trao  thưởng đột xuất",  # a match that holds another's first word
        "khenkhen cờcờ công an công nhận công  nhậncông",
        "chương trình biểu diễn, không có gì",  # words without their tail
        "",
    ],
)
def test_award_hint_starts_are_the_finditer_starts(text: str) -> None:
    expected = [m.start() for m in ap.AWARD_HINT.finditer(text)]
    assert ap.award_hint_starts(text) == expected


def test_award_hint_starts_skip_a_first_word_inside_a_match() -> None:
    # "thưởng nóng" opens inside "giải thưởng": finditer goes on after the first match
    assert ap.award_hint_starts("giải thưởng nóng") == [0]


def test_award_hint_starts_read_a_text_without_a_lower_cased_copy_in_any_case() -> None:
    text = "Tặng Bằng KHEN và Cờ thi đua (ı)"  # "ı": no lower-cased copy with the same offsets
    assert ap.lowered(text) is None
    assert ap.award_hint_starts(text) == [text.index("KHEN"), text.index("Cờ")]
