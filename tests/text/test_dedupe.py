"""Tests for tomtat.text.dedupe: exact, near and sentence-level repeats."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tomtat.text.dedupe import _DIGITS, _keys, duplicate_flags, normalise_key, split_sentences

P1 = "Năm 2023, Công an huyện đã điều tra, khám phá 45 vụ án. Tỷ lệ điều tra đạt 92,5%."
P2 = "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 18 cá nhân."


def test_exact_and_whitespace_case_variants() -> None:
    flags = duplicate_flags([P1, P2, P1, "  " + P1.upper() + "  ", P1.replace(" ", "  ") + " "])
    assert flags == [False, False, True, True, True]


def test_near_copy_with_a_typo_is_dropped() -> None:
    typo = P2.replace("Chủ tịch", "Chủ tich")
    assert duplicate_flags([P2, typo]) == [False, True]


def test_paragraphs_differing_in_a_number_are_both_kept() -> None:
    other = P2.replace("12 tập thể", "13 tập thể")
    assert duplicate_flags([P2, other]) == [False, False]


def test_concatenation_of_earlier_paragraphs_is_dropped() -> None:
    joined = f"{P1} {P2}"
    assert duplicate_flags([P1, P2, joined]) == [False, False, True]


def test_partial_overlap_is_kept() -> None:
    mixed = f"{P1} Hội nghị đã thống nhất 7 nhiệm vụ trọng tâm."
    assert duplicate_flags([P1, mixed]) == [False, False]


def test_far_apart_near_copies_found_through_the_index() -> None:
    fillers = [
        f"Đoạn văn số {i} nói về công tác bảo đảm an ninh trật tự ở xã thứ {i}." for i in range(300)
    ]
    typo = P2.replace("tặng", "tăng")
    flags = duplicate_flags([P2, *fillers, typo])
    assert flags[-1] is True
    assert not any(flags[:-1])


def test_normalise_key() -> None:
    assert normalise_key("  Hội   nghị TỔNG KẾT…  ") == "hội nghị tổng kết"


@given(st.lists(st.text(max_size=80), max_size=30))
def test_first_occurrence_is_always_kept(paragraphs: list[str]) -> None:
    flags = duplicate_flags(paragraphs)
    assert len(flags) == len(paragraphs)
    seen: set[str] = set()
    for paragraph, flag in zip(paragraphs, flags, strict=True):
        key = normalise_key(paragraph)
        if key in seen:
            assert flag
        seen.add(key)
    if paragraphs:
        assert flags[0] is False


def test_paragraph_made_of_earlier_one_sentence_paragraphs_is_dropped() -> None:
    paragraphs = [
        "Hội nghị tổng kết công tác năm 2023 của huyện.",
        "UBND huyện khen thưởng 12 tập thể có thành tích xuất sắc.",
        "  Hội nghị tổng kết công tác năm 2023 của huyện.  UBND huyện khen thưởng 12 tập thể "
        "có thành tích xuất sắc.\n",
        "UBND huyện khen thưởng 13 tập thể có thành tích xuất sắc.",
    ]
    assert duplicate_flags(paragraphs) == [False, False, True, False]


def test_far_apart_near_copy_among_many_paragraphs_with_the_same_numbers() -> None:
    # forty paragraphs with P2's numbers (12, 18) stand between the original and its copy:
    # past the one-by-one pre-test the index lookup still finds it
    first = "Ea Kao|Hòa Thắng|Cư Êbur|Tân Lập|Krông Búk|Ea Tu|Hòa Phú|Đạt Lý".split("|")
    second = "tuần tra|tuyên truyền|hòa giải|phòng cháy|giữ rừng".split("|")
    fillers = [
        f"Tại xã {place}, lực lượng {work} có 12 tổ và 18 đội cùng nhân dân {place.lower()}."
        for place in first
        for work in second
    ]
    typo = P2.replace("tặng", "tăng")
    flags = duplicate_flags([P2, *fillers, typo])
    assert flags[0] is False and sum(not f for f in flags[1:-1]) > 32
    assert flags[-1] is True


@given(st.text(alphabet="aB \t\u00a0\n.…!?,;:\u200b5", max_size=40))
def test_normalise_key_collapses_every_whitespace_as_a_split_would(text: str) -> None:
    expected = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    assert normalise_key(text) == expected.rstrip(" .…!?;:,")


_SAME_SIZE = st.sampled_from(
    [
        "Hội nghị có 12 tập thể và 18 cá nhân được khen.",
        "Hội nghị có 12 tập thể và 18 cá nhân được khen!",
        "Hội nghị có 13 tập thể và 18 cá nhân được khen.",
        "Hội nghi có 12 tập thể và 18 cá nhân được khen.",
        "Buổi lễ có 12 tập thể và 18 cá nhân được thưởng.",
        "Năm 2023 huyện có 45 vụ án được điều tra.",
    ]
)


@given(st.lists(_SAME_SIZE, max_size=45))
def test_near_copies_need_the_same_numbers_whatever_the_number_of_kept_paragraphs(
    paragraphs: list[str],
) -> None:
    # the numbers are read only for paragraphs of a similar size: a copy with other numbers
    # is never dropped, one with the same numbers and a typo always is (short and long texts)
    flags = duplicate_flags(paragraphs)
    for index, (paragraph, flag) in enumerate(zip(paragraphs, flags, strict=True)):
        earlier = paragraphs[:index]
        if "13 tập thể" in paragraph and not any("13 tập thể" in p for p in earlier):
            assert not flag
        if paragraph.startswith("Hội nghi ") and any(
            p.startswith("Hội nghị có 12") for p in earlier
        ):
            assert flag


_TRICKY = st.text(
    alphabet=st.sampled_from([*"aAbB .!?…\n\t,;:", "ß", "İ", "\u0301", "é", "Σ", "ﬁ", "ǅ"]),
    max_size=30,
)


@given(_TRICKY)
def test_sentence_keys_are_the_keys_of_the_split_sentences(paragraph: str) -> None:
    # a paragraph folded character for character gives its sentences' keys as spans of its
    # own folded text: the same keys as folding each sentence again
    pieces = split_sentences(paragraph)
    key = normalise_key(paragraph)
    expected = [key] if len(pieces) == 1 else [normalise_key(piece) for piece in pieces]
    assert _keys(paragraph) == (key, [k for k in expected if k])


def test_near_copy_six_paragraphs_back_in_a_short_text_is_dropped() -> None:
    # more than the recent few back, among few kept paragraphs: found through the index once
    # a paragraph of its size is near; one of the same size that is not near is kept
    fillers = [f"Đoạn {i} nói về công tác của xã thứ {i} trong năm qua ở huyện." for i in range(6)]
    typo = P2.replace("tặng", "tăng")
    other = "Dịp này, Giám đốc Sở Nội vụ trao Bằng khen cho 12 tập thể và 18 cá nhân tiêu biểu."
    assert duplicate_flags([P2, *fillers, other, typo]) == [False] * 8 + [True]


@given(st.text(alphabet=st.sampled_from("0123456789٣९x ,.đ\n"), max_size=40) | st.text(max_size=40))
def test_the_figures_of_a_key_are_its_runs_of_digits(key: str) -> None:
    """``_DIGITS`` (digit-led, so the engine skips to digits) finds what ``\\d+`` finds."""
    assert _DIGITS.findall(key) == re.findall(r"\d+", key)
