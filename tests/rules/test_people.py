"""People: name/post shapes, ranks, merging, author excluded."""

from __future__ import annotations

import pytest

from tomtat.extract.rules.people import body_of_one_official, extract_people, person_name_problem


def _people(text: str, author: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.rank) for p in extract_people(text, author=author)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Tống Giang Nam - Chủ tịch UBND huyện Đạ Tẻh phát biểu tại hội nghị",
            ("Tống Giang Nam", "Chủ tịch UBND huyện Đạ Tẻh", None),
        ),
        (
            "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam nhấn mạnh: Năm 2023",
            ("Hoàng Nam", "Phó Chủ tịch UBND tỉnh Quảng Trị", None),
        ),
        (
            "Bà Phạm Thị Thanh Thúy - Phó Chủ tịch UBND huyện, trao giấy khen cho các tập thể",
            ("Phạm Thị Thanh Thúy", "Phó Chủ tịch UBND huyện", None),
        ),
        (
            "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh Gia Lai chủ trì hội nghị.",
            ("Nguyễn Văn An", "Giám đốc Công an tỉnh Gia Lai", "Đại tá"),
        ),
        (
            "Dự hội nghị có đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy.",
            ("Lê Thị Hoa", "Phó Bí thư Thường trực Huyện ủy", None),
        ),
        (
            "Giám đốc Công an tỉnh, Thiếu tướng Trần Minh Tiến phát biểu.",
            ("Trần Minh Tiến", "Giám đốc Công an tỉnh", "Thiếu tướng"),
        ),
        (
            "Chủ tịch UBND huyện Đức Trọng Nguyễn Văn Hòa trao bằng khen.",
            ("Nguyễn Văn Hòa", "Chủ tịch UBND huyện Đức Trọng", None),
        ),
        (
            "Trung tá Đỗ Văn Hùng - Trưởng Công an thị xã An Khê báo cáo kết quả.",
            ("Đỗ Văn Hùng", "Trưởng Công an thị xã An Khê", "Trung tá"),
        ),
    ],
)
def test_shapes(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert _people(text) == [expected]


def test_list_of_officials() -> None:
    text = (
        "Tham dự hội nghị có các đồng chí: Võ Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
        "Lê Quang Chiến, Giám đốc Công an tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy."
    )
    assert _people(text) == [
        ("Võ Văn Hưng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", None),
        ("Lê Quang Chiến", "Giám đốc Công an tỉnh", None),
    ]


def test_repeated_person_listed_once() -> None:
    text = (
        "Ông Tống Giang Nam - Chủ tịch UBND huyện Đạ Tẻh phát biểu. "
        "Phát biểu tại hội nghị, ông Tống Giang Nam - Chủ tịch UBND huyện Đạ Tẻh đã nêu rõ."
    )
    assert len(_people(text)) == 1


def test_author_is_not_a_person() -> None:
    assert _people("Nguyễn Văn Bình, Chủ tịch Hội Nhà báo tỉnh", author="Nguyễn Văn Bình") == []


def test_no_people_in_plain_prose() -> None:
    assert _people("Các ban, ngành, đoàn thể đã phối hợp chặt chẽ với lực lượng Công an.") == []


def test_evidence_quotes_the_text() -> None:
    text = "Phát biểu, ông Nguyễn Văn Hải - Giám đốc Sở Tư pháp đề nghị tăng cường phối hợp."
    people = extract_people(text)
    assert people and people[0].evidence is not None
    ev = people[0].evidence
    assert ev.start is not None and text[ev.start : ev.end] == ev.quote


def test_place_before_a_post_is_not_a_name() -> None:
    assert _people("Đại diện UBND huyện Lâm Hà, Chủ tịch Hội Nông dân huyện phát biểu.") == []
    assert _people("Dự có Lâm Văn Hà, Chủ tịch Hội Nông dân huyện.") == [
        ("Lâm Văn Hà", "Chủ tịch Hội Nông dân huyện", None)
    ]


def test_post_with_a_dotted_abbreviation() -> None:
    assert _people("Trung tướng Mai Hoàng, Giám đốc Công an TP.HCM dự hội nghị.") == [
        ("Mai Hoàng", "Giám đốc Công an TP.HCM", "Trung tướng")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ tịch UBND xã Ia Kha Nguyễn Văn An phát biểu.",
            [("Nguyễn Văn An", "Chủ tịch UBND xã Ia Kha", None)],
        ),
        ("Chủ tịch UBND phường Trần Phú phát biểu.", []),
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.", []),
        ("Chủ tịch UBND huyện Đạ Tẻh tặng giấy khen cho 23 tập thể.", []),
        ("Bí thư Huyện ủy Rơ Mah Tuân dự hội nghị.", [("Rơ Mah Tuân", "Bí thư Huyện ủy", None)]),
    ],
)
def test_post_then_name_edges(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Thủ tướng Trần Văn Bình trao Huân chương cho nhà máy.", "Trần Văn Bình", "Thủ tướng"),
        ("Tổng Bí thư Lê Văn Hòa gửi lẵng hoa chúc mừng.", "Lê Văn Hòa", "Tổng Bí thư"),
        ("Phó Chủ tịch nước Đỗ Thị Mai dự buổi lễ.", "Đỗ Thị Mai", "Phó Chủ tịch nước"),
    ],
)
def test_a_post_complete_alone_before_a_name(text: str, name: str, title: str) -> None:
    assert (name, title, None) in _people(text)


def test_bare_chairman_before_a_historic_name_is_no_post() -> None:
    assert _people("Học tập và làm theo tư tưởng của Chủ tịch Hồ Chí Minh.") == []


def test_authority_delegated_is_not_the_deliverers_post() -> None:
    people = _people(
        "Thừa ủy quyền của Chủ tịch nước, ông Đinh Văn Tâm, Bí thư Tỉnh ủy Kon Tum, đã trao "
        "Huân chương cho Công an tỉnh."
    )
    assert ("Đinh Văn Tâm", "Bí thư Tỉnh ủy Kon Tum", None) in people


def test_a_name_followed_by_its_own_post_does_not_take_the_post_before() -> None:
    people = _people(
        "Thay mặt Bộ trưởng Bộ Y tế, Đại tá Lý Văn Sơn, Giám đốc Bệnh viện Quân y trao bằng khen."
    )
    assert [(n, t) for n, t, _ in people] == [("Lý Văn Sơn", "Giám đốc Bệnh viện Quân y")]


def test_post_chain_holding_two_people_is_split_at_the_first_name() -> None:
    people = _people(
        "Dự có Phó Bí thư Tỉnh ủy Hồ Văn Niên, Phó Chủ tịch HĐND tỉnh Lê Thị Kim Phúc."
    )
    assert [(n, t) for n, t, _ in people] == [
        ("Hồ Văn Niên", "Phó Bí thư Tỉnh ủy"),
        ("Lê Thị Kim Phúc", "Phó Chủ tịch HĐND tỉnh"),
    ]


def test_place_ending_a_post_in_a_chain_is_not_a_name() -> None:
    people = _people("Bí thư Tỉnh ủy Lâm Đồng, Chủ tịch HĐND tỉnh Trần Đức Hải phát biểu.")
    assert [(n, t) for n, t, _ in people] == [
        ("Trần Đức Hải", "Bí thư Tỉnh ủy Lâm Đồng, Chủ tịch HĐND tỉnh")
    ]


def test_long_chain_of_central_posts_before_a_name() -> None:
    people = _people(
        "Ủy viên Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành Trung ương Hội "
        "Cựu chiến binh Việt Nam Hà Văn Tuấn chủ trì hội nghị."
    )
    assert [n for n, _, _ in people] == ["Hà Văn Tuấn"]
    assert people[0][1] is not None and people[0][1].endswith("Hội Cựu chiến binh Việt Nam")


def test_meeting_verb_ends_the_post() -> None:
    people = _people("Sáng nay, Chủ tịch UBND tỉnh Nguyễn Văn Tư gặp mặt các điển hình.")
    assert [(n, t) for n, t, _ in people] == [("Nguyễn Văn Tư", "Chủ tịch UBND tỉnh")]


def test_name_after_a_dash_following_the_post() -> None:
    people = _people("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Võ Văn Kiệt ghi nhận kết quả.")
    assert [(n, t) for n, t, _ in people] == [("Võ Văn Kiệt", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Dự có đồng chí Phan Văn Lộc – Tỉnh ủy viên, Phó chủ tịch UBND tỉnh.",
            "Phan Văn Lộc",
            "Tỉnh ủy viên, Phó chủ tịch UBND tỉnh",
        ),
        (
            "Phát biểu tại lễ, ông Trịnh Văn Hải, Quyền Chủ tịch UBND tỉnh đánh giá cao.",
            "Trịnh Văn Hải",
            "Quyền Chủ tịch UBND tỉnh",
        ),
        (
            "Cùng dự có ông Mai Văn Tâm, Tổng Biên tập Báo Nhân Dân.",
            "Mai Văn Tâm",
            "Tổng Biên tập Báo Nhân Dân",
        ),
        ("Dự có: Đỗ Thu Hà – Cục phó, Cục Hợp tác.", "Đỗ Thu Hà", "Cục phó"),
    ],
)
def test_more_posts_acting_editor_deputy_director_party_member(
    text: str, name: str, title: str
) -> None:
    assert (name, title) in [(n, t) for n, t, _ in _people(text)]


def test_prize_winners_with_youth_union_posts_are_not_officials() -> None:
    text = (
        "Kết quả, giải nhì đồng chí Lê Thị Hoa – Bí thư chi đoàn thôn Hòa Bình, giải ba đồng "
        "chí Trần Văn Nam – Bí thư chi đoàn khối 3. Ông Phạm Văn Tư, Bí thư Huyện đoàn, trao giải."
    )
    people = extract_people(text)
    assert [p.name for p in people] == ["Phạm Văn Tư"]


def test_sector_name_with_va_stays_in_the_post() -> None:
    people = _people(
        "Tại buổi lễ, đồng chí Lê Văn Ba – Trưởng phòng Giáo dục và Đào tạo huyện báo cáo kết quả."
    )
    assert people == [("Lê Văn Ba", "Trưởng phòng Giáo dục và Đào tạo huyện", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến dự có đồng chí Trần Thị Hạnh - UV.BTV, Trưởng Ban Tuyên giáo Hội LHPN tỉnh.",
            ("Trần Thị Hạnh", "UV.BTV, Trưởng Ban Tuyên giáo Hội LHPN tỉnh"),
        ),
        (
            "Đồng chí Lê Văn Tám – TUV, Chủ tịch HND tỉnh trao kỷ niệm chương cho các đồng chí.",
            ("Lê Văn Tám", "TUV, Chủ tịch HND tỉnh"),
        ),
        (
            "Ông Phan Văn Hùng, Phó CT UBND huyện tặng cờ thi đua cho trường Tiểu học Hòa Bình.",
            ("Phan Văn Hùng", "Phó CT UBND huyện"),
        ),
        (
            "Bà Đỗ Thị Lan – UVBTVHU/Bí thư Đảng ủy xã phát biểu.",
            ("Đỗ Thị Lan", "UVBTVHU/Bí thư Đảng ủy xã"),
        ),
    ],
)
def test_abbreviated_posts_are_posts(text: str, expected: tuple[str, str]) -> None:
    assert [(name, title) for name, title, _ in _people(text)] == [expected]


def test_abbreviations_that_are_not_posts() -> None:
    # "CT" without the body it heads, and an uppercase acronym of a body, are no posts
    assert _people("Công ty CT Nguyễn Văn Bình đã tài trợ giải thưởng.") == []
    assert _people("Ông Nguyễn Văn Bình - TTCP đã phát biểu.") == []


def test_former_post_keeps_its_nguyen() -> None:
    assert _people(
        "Giao lưu với chị Hà Thị Mai - Nguyên Chủ tịch Hội Nông dân tỉnh, nguyên Chủ tịch Hội "
        "LHPN huyện Đông Hòa."
    ) == [
        (
            "Hà Thị Mai",
            "Nguyên Chủ tịch Hội Nông dân tỉnh, nguyên Chủ tịch Hội LHPN huyện Đông Hòa",
            None,
        )
    ]


def test_teacher_honorific_and_sector_names_with_ampersand() -> None:
    # "cô"/"thầy" mark a name, so an unlisted surname still starts it; "GD&ĐT" is one word
    assert _people("Cô Lữ Thị Minh Châu – Trưởng phòng GD&ĐT quận Hải Châu đọc diễn văn.") == [
        ("Lữ Thị Minh Châu", "Trưởng phòng GD&ĐT quận Hải Châu", None)
    ]
    assert _people("Thầy Âu Văn Kim - Hiệu trưởng Trường THCS Lê Lợi phát biểu.") == [
        ("Âu Văn Kim", "Hiệu trưởng Trường THCS Lê Lợi", None)
    ]
    # near miss: "cô" as an ordinary word before a capitalised place is no honorific
    assert _people("Các em học sinh cảm ơn cô Trưởng phòng đã đến dự.") == []


def test_lowercase_former_before_a_post_then_the_name() -> None:
    assert _people(
        "Dự lễ có các đồng chí: nguyên Phó Chủ tịch nước Trương Mỹ Lan; nguyên Bộ trưởng Bộ Y "
        "tế Đỗ Văn Chiến."
    ) == [
        ("Trương Mỹ Lan", "nguyên Phó Chủ tịch nước", None),
        ("Đỗ Văn Chiến", "nguyên Bộ trưởng Bộ Y tế", None),
    ]
    # near miss: a lowercase post without "nguyên" still needs its name before it
    assert _people("Ông nói rằng chủ tịch xã cần lắng nghe dân.") == []


def test_representative_of_a_named_body_written_as_a_post() -> None:
    for text, expected in (
        (
            "Đến dự có ông Trần Văn Bảy - Đại diện Văn phòng Huyện ủy; bà Lê Thị Tám.",
            ("Trần Văn Bảy", "Đại diện Văn phòng Huyện ủy"),
        ),
        (
            "Bà Ngô Thị Chín, Đại diện Ban Dân vận Quận ủy phát biểu.",
            ("Ngô Thị Chín", "Đại diện Ban Dân vận Quận ủy"),
        ),
        (
            "Ông Phan Văn Mười – Đại diện Sở Nội vụ trao quyết định.",
            ("Phan Văn Mười", "Đại diện Sở Nội vụ"),
        ),
    ):
        assert [(n, t) for n, t, _ in _people(text)] == [expected], text
    # near misses: a lowercase "đại diện" speaks for a group, and "Đại diện" of no body
    assert _people("Ông Thạch Sa Khươl, đại diện Ban Quản trị chùa, cho biết nhiều điều.") == []
    assert _people("Ông Lý Văn Tư - Đại diện cho các hộ dân phát biểu.") == []


def test_the_post_hint_search_marks_the_sentences_holding_a_hint_word() -> None:
    from tomtat.extract.rules.people import _POST_HINT, _POST_HINT_WORDS
    from tomtat.text.segment import iter_sentences

    text = (
        "Ông Nguyễn Văn A, Chủ tịch UBND huyện, Phó Bí thư Huyện ủy dự. Trời mưa.\n"
        "Bà B - PCT HĐND xã; đồng chí C, TUV, Trưởng ban Tuyên giáo. Hết giờ. Chánh án D.\n"
        "Chính trị viên E; tổng biên tập F. Không ai."
    )
    low = text.lower()
    # every occurrence of every word, found by substring search
    every = sorted(
        at for word in _POST_HINT_WORDS for at in range(len(low)) if low.startswith(word, at)
    )
    for start, _ in iter_sentences(text):
        first = _POST_HINT.search(low, start)
        later = [at for at in every if at >= start]
        assert (first.start() if first else None) == (later[0] if later else None)
    marked = [
        (s, e)
        for s, e in iter_sentences(text)
        if (m := _POST_HINT.search(low, s)) is not None and m.start() < e
    ]
    assert marked == [(s, e) for s, e in iter_sentences(text) if any(s <= p < e for p in every)]
    assert len(marked) == 4


def test_letters_that_grow_when_lower_cased_do_not_hide_an_official() -> None:
    from tomtat.extract.rules.people import extract_people

    sentence = "Phát biểu tại hội nghị, ông Nguyễn Văn An, Chủ tịch UBND huyện, đánh giá cao."
    (person,) = extract_people("İ" * 80 + ". " + sentence)
    assert (person.name, person.title) == ("Nguyễn Văn An", "Chủ tịch UBND huyện")


def test_a_province_ending_a_bodys_name_belongs_to_the_post_not_the_name() -> None:
    for text, name, title in (
        (
            "Dự hội nghị có Chủ tịch UBND TP Hà Nội Trần Sỹ An.",
            "Trần Sỹ An",
            "Chủ tịch UBND TP Hà Nội",
        ),
        (
            "Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Duy Bình phát biểu chỉ đạo.",
            "Nguyễn Duy Bình",
            "Bí thư Tỉnh ủy Hà Tĩnh",
        ),
        (
            "Phó Chủ tịch UBND TP Đà Nẵng Hồ Kỳ Châu trao quà.",
            "Hồ Kỳ Châu",
            "Phó Chủ tịch UBND TP Đà Nẵng",
        ),
    ):
        assert [(p.name, p.title) for p in extract_people(text)] == [(name, title)], text
    # near miss: a surname that is also the first word of a province is the person's
    assert [p.name for p in extract_people("Chủ tịch UBND tỉnh Hà Văn Thắng phát biểu.")] == [
        "Hà Văn Thắng"
    ]


def test_the_post_scan_finds_what_the_post_pattern_finds() -> None:
    from tomtat.extract.rules.people import _POST_RE_LOW, _POST_SCAN_LOW

    text = (
        "Nguyên Phó Chủ tịch nước A; quyền Chánh Văn phòng B; PCT UBND xã C, xpct ubnd; "
        "Phó CT HĐND huyện; UV.BTV Tỉnh ủy, TUVx, Quận ủy viên D; tăng trưởng; Đại diện Ban E"
    ).lower()
    found = [m.span() for m in _POST_SCAN_LOW.finditer(text)]
    assert found == [m.span() for m in _POST_RE_LOW.finditer(text)]
    assert len(found) >= 8


def test_branches_joined_by_first_letter_match_as_the_flat_alternation() -> None:
    import re

    import pytest

    from tomtat.text.lowered import by_first_letter

    # same first letter, the shorter first: the flat alternation's order decides, kept
    branches = [r"trưởng", r"tổ\s+trưởng", r"trưởng\s+ban", r"bí\s+thư", r"tư\s+lệnh", r"b"]
    grouped = re.compile(by_first_letter(branches) + r"(?!\w)")
    flat = re.compile("(?:" + "|".join(branches) + r")(?!\w)")
    for text in ("trưởng ban; tổ trưởng, bí thư b tư lệnh", "trưởng banh bí thưx b", ""):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    with pytest.raises(ValueError):
        by_first_letter([r"(?:a|b)c"])
    with pytest.raises(ValueError):
        by_first_letter([r"p?ct"])


def test_the_run_of_capitalised_words_is_read_as_over_the_whole_reach() -> None:
    from tomtat.extract.rules.people import _WORD, _cap_run_before, _is_cap

    def whole_reach(sentence: str, end: int) -> list[tuple[int, int]]:
        # the run read over all 80 characters at once, word after word from the end
        run: list[tuple[int, int]] = []
        for match in reversed(list(_WORD.finditer(sentence, max(0, end - 80), end))):
            gap = sentence[match.end() : run[0][0] if run else end]
            if gap.strip() or (run and len(gap) > 1) or not _is_cap(match.group()):
                break
            run.insert(0, match.span())
        return run

    long_name = "Aaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbb Cccccccccc"
    for sentence in (
        "Dự hội nghị có ông Nguyễn Văn Anh, Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam.",
        f"x{'y' * 45} Đại Tá {long_name}, Phó Giám đốc; bà {long_name} - Trưởng phòng",
        "Ông O'Neil Trần Văn Bình Lê Thị Mai Hương Đỗ  Văn Cường Phạm Văn Dũng, Bí thư",
        "UBND huyện Lâm Hà,\tChủ tịch Hội Nông dân Việt Nam Thào Xuân Sùng 12 Lê Lợi",
    ):
        for end in range(len(sentence) + 1):
            found = [m.span() for m in _cap_run_before(sentence, end)]
            assert found == whole_reach(sentence, end), (sentence, end)


def test_a_district_party_or_youth_body_ends_with_its_district_before_the_name() -> None:
    # "Bí thư Quận ủy X NAME": the district's own body names X, then the person follows
    for text, name, title in (
        (
            "Dự lễ có Bí thư Quận ủy Ngô Quyền Đặng Thu Hà.",
            "Đặng Thu Hà",
            "Bí thư Quận ủy Ngô Quyền",
        ),
        (
            "Phó Bí thư Huyện ủy Lâm Hà Trần Thị Bình phát biểu chỉ đạo.",
            "Trần Thị Bình",
            "Phó Bí thư Huyện ủy Lâm Hà",
        ),
        (
            "Bí thư Huyện đoàn Krông Pắc Y Nhơn trao quà cho các em.",
            "Y Nhơn",
            "Bí thư Huyện đoàn Krông Pắc",
        ),
    ):
        people = extract_people(text)
        assert [(p.name, p.title) for p in people] == [(name, title)], text
    # near miss: a district's body with no person after it names nobody
    assert extract_people("Đại diện Huyện ủy Lâm Hà phát biểu tại hội nghị.") == []


def test_a_rarer_family_name_opens_a_name_after_a_post() -> None:
    for text, name in (
        ("Phó Trưởng ban Nội chính Thành ủy Phí Văn Tâm phát biểu.", "Phí Văn Tâm"),
        ("Chủ tịch Hội Nông dân tỉnh Đàm Thị Lan dự hội nghị.", "Đàm Thị Lan"),
        ("Phó Chủ tịch UBND huyện Khương Minh Đức trao quà.", "Khương Minh Đức"),
    ):
        assert [p.name for p in extract_people(text)] == [name], text


def test_an_abbreviated_post_joined_to_its_body_by_a_dot_is_a_post() -> None:
    for text, name, title in (
        ("Ông Lê Văn Hùng – CT.Hội CCB huyện trao quà.", "Lê Văn Hùng", "CT.Hội CCB huyện"),
        ("Bà Trần Thị Mai - PCT.UBND xã phát biểu.", "Trần Thị Mai", "PCT.UBND xã"),
        ("Đ/c Ngô Văn Tư – CT.HĐND phường dự lễ.", "Ngô Văn Tư", "CT.HĐND phường"),
    ):
        assert [(p.name, p.title) for p in extract_people(text)] == [(name, title)], text
    # near miss: "CT." before no body is no post ("CT." of a company)
    people = extract_people("Ông Lê Văn Hùng mua sản phẩm của CT.Minh Phát.")
    assert all(not (p.title or "").startswith("CT.") for p in people)


def test_an_abbreviated_unit_word_names_the_place_after_it_not_a_person() -> None:
    # "UBND TP Hà Nội", "Công an TX Ba Đồn": the place of an abbreviated unit is no name
    for text in (
        "Phát biểu tại buổi lễ, Chủ tịch UBND TP Hà Nội đánh giá cao các tập thể.",
        "Thay mặt lãnh đạo, Phó Chủ tịch UBND TX Ba Đồn trao quà cho các gia đình.",
        "Giám đốc Sở Y tế TP Cần Thơ phát biểu chỉ đạo hội nghị.",
    ):
        assert extract_people(text) == [], text
    # near misses: the person named after the place is read
    for text, name, title in (
        (
            "Trưởng Công an TX Ba Đồn Nguyễn Văn Hải phát biểu.",
            "Nguyễn Văn Hải",
            "Trưởng Công an TX Ba Đồn",
        ),
        (
            "Chủ tịch UBND TP Hà Nội Trần Văn Bình biểu dương các điển hình.",
            "Trần Văn Bình",
            "Chủ tịch UBND TP Hà Nội",
        ),
    ):
        assert [(p.name, p.title) for p in extract_people(text)] == [(name, title)], text


def test_the_body_an_official_heads_is_read_from_the_post() -> None:
    for phrase, body in (
        ("ông Trần Văn Bình - Chủ tịch UBND huyện Tam Sơn", "UBND huyện Tam Sơn"),
        ("Phó Giám đốc Công an tỉnh Nghệ An Lê Văn Bảo", "Công an tỉnh Nghệ An"),
        ("Đại tá Lê Văn Tư, Giám đốc Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An"),
        ("bà Hồ Thị Mai - Phó Chủ tịch phụ trách UBND xã Đông Lạc", "UBND xã Đông Lạc"),
        ("Chủ tịch UBND quận Bình Thủy (TP Cần Thơ)", "UBND quận Bình Thủy"),
        # a commune the gazetteer does not know, then the name, with nothing between
        ("Trưởng Công an xã Đồng Tiến Vũ Thị Lan", "Công an xã Đồng Tiến"),
        ("Chủ tịch UBND thị trấn Hòa Mỹ Đặng Quốc Việt", "UBND thị trấn Hòa Mỹ"),
        # a town the gazetteer does not know is read the same way as a commune
        ("Chủ tịch UBND thị xã Tân Khê Lê Văn Cường", "UBND thị xã Tân Khê"),
        ("Trưởng Công an Thị xã Bình Khê Trần Minh Tú", "Công an Thị xã Bình Khê"),
        # a place word that is a surname too ("Lâm") stays in the place
        ("Trưởng Công an phường Phú Lâm Đỗ Văn Hậu", "Công an phường Phú Lâm"),
        # near miss: a commune alone keeps all its words
        ("Chủ tịch UBND xã Đồng Tiến", "UBND xã Đồng Tiến"),
        # near miss: an unnamed commune, then the name
        ("Trưởng Công an xã Nguyễn Văn Tiến", "Công an xã"),
    ):
        span = body_of_one_official(phrase)
        assert span is not None and phrase[span[0] : span[1]] == body, phrase


def test_no_body_for_several_people_posts_or_a_post_heading_none() -> None:
    for phrase in (
        "Thủ tướng Phạm Minh Chính",  # the nation's post heads no named body
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn An",  # two posts: whose body?
        "ông Lê Văn An và ông Trần Bá Hùng - Chủ tịch UBND huyện",  # two people
        "Ủy viên Ban Thường vụ Huyện ủy Nguyễn Văn Tám",  # a member, not a head
        "Hội Nông dân xã Tân Lập",  # a body, no official
        "Nhân dịp này, Chủ tịch UBND tỉnh",  # a clause before the post
    ):
        assert body_of_one_official(phrase) is None, phrase


@pytest.mark.parametrize(
    "text",
    [
        "Phát biểu tại buổi lễ, Bí thư Tỉnh ủy Quảng Nam đã ghi nhận những nỗ lực của lực lượng.",
        "Tối 14/2, tại Hà Nội, Phó Thủ tướng Đinh Quốc Hưng đến thăm các gia đình chính sách.",
        "Chủ tịch UBND tỉnh Gia Lai cho biết, năm qua tỉnh đã giữ vững an ninh.",
    ],
)
def test_a_province_after_a_post_or_before_one_is_no_person(text: str) -> None:
    assert all(p.name not in {"Quảng Nam", "Hà Nội", "Gia Lai"} for p in extract_people(text))


def test_a_person_is_still_found_beside_a_province() -> None:
    people = extract_people("Bí thư Tỉnh ủy Quảng Nam Trịnh Quang Lộc phát biểu chỉ đạo.")
    assert [(p.name, p.title) for p in people] == [("Trịnh Quang Lộc", "Bí thư Tỉnh ủy Quảng Nam")]
    people = extract_people(
        "Tối 14/2, tại Hà Nội, Phó Thủ tướng Đinh Quốc Hưng đến thăm các gia đình chính sách."
    )
    assert [(p.name, p.title) for p in people] == [("Đinh Quốc Hưng", "Phó Thủ tướng")]
    assert person_name_problem("Hà Tĩnh") is not None
    assert person_name_problem("Hồ Chí Minh") is None  # a person's name as well


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Hà Nam, Chủ tịch UBND xã Phú Lương, trao giấy khen cho các hộ.", "Hà Nam"),
        ("Bà Hà Giang, Phó Giám đốc Sở Tư pháp, phát biểu tại buổi lễ.", "Hà Giang"),
        ("Thượng tá Thái Bình, Trưởng Công an huyện, chủ trì hội nghị.", "Thái Bình"),
        ("Hà Nam, Chủ tịch Hội Nông dân xã, báo cáo kết quả năm.", "Hà Nam"),
    ],
)
def test_a_person_whose_name_reads_as_a_province_is_kept_when_addressed_as_one(
    text: str, name: str
) -> None:
    assert name in {p.name for p in extract_people(text)}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Phát biểu tại buổi lễ, Bộ trưởng Bộ Công an - Đại tướng Lê Văn Hòa yêu cầu các đơn "
            "vị tiếp tục nỗ lực.",
            ("Lê Văn Hòa", "Bộ trưởng Bộ Công an", "Đại tướng"),
        ),
        (
            "Giám đốc Công an tỉnh Bình An - Đại tá Trần Văn Nam trao giấy khen cho các tập thể.",
            ("Trần Văn Nam", "Giám đốc Công an tỉnh Bình An", "Đại tá"),
        ),
        (
            "Chủ tịch UBND tỉnh Bình An, Phạm Văn Long đánh giá cao thành tích của lực lượng.",
            ("Phạm Văn Long", "Chủ tịch UBND tỉnh Bình An", None),
        ),
        (
            "Trưởng Công an xã, Lò Văn Sáng cho biết xã đã xóa được 3 điểm nóng.",
            ("Lò Văn Sáng", "Trưởng Công an xã", None),
        ),
    ],
)
def test_a_post_then_a_dash_or_comma_then_the_name(
    sentence: str, person: tuple[str, str, str | None]
) -> None:
    assert _people(sentence) == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chủ tịch UBND tỉnh Bình An, Hội Nông dân và Hội Phụ nữ cùng dự.",
        "Giám đốc Sở Y tế, Bệnh viện Đa khoa tỉnh và Trung tâm Y tế huyện Tân Lộc ký cam kết.",
        "Phó Chủ tịch UBND huyện, Trưởng Công an huyện Tân Lộc chủ trì hội nghị.",
        "Tham dự có đại diện Hội CCB, Đoàn Thanh niên và Hội Phụ nữ xã.",
    ],
)
def test_a_post_then_a_comma_then_bodies_or_posts_names_no_person(sentence: str) -> None:
    assert _people(sentence) == []


def test_a_district_named_after_a_person_after_a_post_and_a_comma_is_no_person() -> None:
    assert _people("Chủ tịch UBND các huyện U Minh, Trần Văn Thời và Năm Căn cùng dự.") == []
