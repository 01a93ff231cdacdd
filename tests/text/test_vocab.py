"""The one vocabulary (tomtat.text.vocab)."""

from __future__ import annotations

import re

import pytest

from tomtat.schemas import AwardType
from tomtat.text.vocab import (
    AWARD_SPELLINGS,
    AWARD_WORDS,
    CASH_GIFT_VERBS,
    COLLECTIVE_NOUNS,
    INDIVIDUAL_NOUNS,
    ISSUER_HEADS,
    OTHER_AWARD_WORDS,
    award_type_of,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bằng khen của Chủ tịch UBND tỉnh", AwardType.BANG_KHEN),
        ("giấy khen", AwardType.GIAY_KHEN),
        ("Kỉ niệm chương Vì sự nghiệp", AwardType.KY_NIEM_CHUONG),
        ("CỜ THI ĐUA", AwardType.CO_THI_DUA),
        ("Huân chương Lao động hạng Ba", AwardType.HUAN_CHUONG),
        ("Huy chương", None),
        ("Bằng khenthưởng", None),
    ],
)
def test_award_type_of_reads_the_leading_award_word(name: str, expected: AwardType | None) -> None:
    assert award_type_of(name) is expected


def test_every_typed_award_has_a_pattern_and_a_spelling() -> None:
    typed = {w.type for w in AWARD_WORDS}
    assert typed == set(AwardType) - {AwardType.KHAC}
    assert set(AWARD_SPELLINGS) == typed
    for word in AWARD_WORDS:
        for spelling in AWARD_SPELLINGS[word.type]:
            assert re.fullmatch(word.pattern, spelling.lower())


def test_land_certificates_are_not_honours() -> None:
    other = re.compile("(?i)(?:" + "|".join(OTHER_AWARD_WORDS) + r")(?!\w)")
    assert other.match("Giấy chứng nhận")
    assert not other.match("giấy chứng nhận quyền sử dụng đất")


def test_recipient_nouns_split_collectives_from_individuals() -> None:
    assert re.fullmatch(COLLECTIVE_NOUNS, "chi hội")
    assert re.fullmatch(INDIVIDUAL_NOUNS, "hội viên")
    assert not re.fullmatch(COLLECTIVE_NOUNS, "trường hợp")


def test_issuer_heads_are_case_sensitive_and_skip_hoi_nghi() -> None:
    head = re.compile(ISSUER_HEADS + r"(?!\w)")
    assert head.match("Chủ tịch UBND")
    assert head.match("Phó Giám đốc Công an tỉnh")
    assert not head.match("Hội nghị")


def test_the_common_misspelling_of_individuals_counts_as_individuals() -> None:
    from tomtat.text.counts import find_award_mentions

    text = "Dịp này, 4 tập thể và 6 cá nhận được nhận Bằng khen của Trung ương Hội Nông dân."
    [mention] = find_award_mentions(text)
    assert (mention.collectives, mention.individuals) == (4, 6)


def test_ceremony_nouns_name_gatherings_not_their_awards() -> None:
    from tomtat.text.vocab import CEREMONY_NOUNS

    pattern = re.compile(rf"(?i)(?<!\w)(?:{CEREMONY_NOUNS})(?!\w)")
    for text in ("tổ chức Lễ kỷ niệm", "khai mạc Đại hội", "buổi gặp mặt", "Ngày hội toàn dân"):
        assert pattern.search(text), text
    # near misses: a conference is left to each reader, and an award or a grant is no gathering
    for text in ("hội nghị xét thưởng", "tặng Kỷ niệm chương", "khen thưởng 5 tập thể"):
        assert not pattern.search(text), text


def test_upper_letter_is_every_capital_and_no_small_letter() -> None:
    from tomtat.text.vocab import UPPER_LETTER

    capitals = re.compile(UPPER_LETTER)
    for word in ("Đức", "Ấp", "Ở", "Ỹ", "Nguyễn", "Á"):
        assert capitals.match(word), word
    for word in ("đức", "ấp", "ở", "ỹ", "anh", "ấy"):
        assert not capitals.match(word), word


_CASH_GIFT = re.compile(r"(?i)(?<!\w)(?:" + "|".join(CASH_GIFT_VERBS) + r")(?!\w)")


@pytest.mark.parametrize(
    "sentence",
    [
        "Trưởng Công an huyện đã thưởng Đội Tuần tra số tiền 4 triệu đồng",
        "Sở Nội vụ thưởng mỗi đơn vị 3 triệu đồng",
        "Chủ tịch UBND xã thưởng nóng tổ dân phòng",
        "Giám đốc tặng thưởng các lực lượng phối hợp 12 triệu đồng",
    ],
)
def test_cash_gift_verbs_read_a_reward_in_money(sentence: str) -> None:
    assert _CASH_GIFT.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "tổng tiền thưởng của tỉnh là 200 triệu đồng",
        "mức thưởng cho mỗi tập thể là 20 triệu đồng",
        "giải thưởng trị giá 5 triệu đồng",
        "thưởng Tết cho công nhân bình quân 6 triệu đồng",
        "UBND tỉnh hỗ trợ 50 triệu đồng cho quỹ",
        "lương thưởng bình quân của cán bộ đạt 9 triệu đồng/tháng",
        "thu nhập, lương, thưởng bình quân 8 triệu đồng",
        "quỹ thưởng năm nay của huyện là 300 triệu đồng",
        "du khách thưởng thức đặc sản với giá 50 nghìn đồng",
    ],
)
def test_cash_gift_verbs_skip_sums_and_pay(sentence: str) -> None:
    assert not _CASH_GIFT.search(sentence)
