"""Labels of statistics read around a figure (tomtat.text.stat_labels)."""

from __future__ import annotations

import re

import pytest

from tomtat.text.lowered import split_alternatives
from tomtat.text.stat_labels import (
    _COMPOUND_FIRST_WORDS,
    _LABEL_COMPOUND,
    _MONEY_KEY_WORDS,
    _RATE_KEY_WORDS,
    _TIME_PHRASE,
    _TIME_WORDS,
    MONEY_KEYS,
    RATE_KEYS,
    label_after,
    label_before,
)

from .regex_reading import holds_one_of


def _before(text: str, number: str) -> str | None:
    return label_before(text, text.index(number))


@pytest.mark.parametrize(
    ("text", "number", "label"),
    [
        ("Tội phạm hình sự trên địa bàn huyện giảm 12% so với cùng kỳ.", "12", "Tội phạm hình sự"),
        ("Số vụ cháy trên địa bàn tỉnh Hòa Lâm giảm 20%.", "20", "Số vụ cháy"),
        ("Nhờ vậy, vi phạm về trật tự đô thị trên địa bàn giảm 7,5%.", "7,5", "trật tự đô thị"),
    ],
)
def test_a_closing_place_phrase_is_left_out_of_the_label_before(
    text: str, number: str, label: str
) -> None:
    assert _before(text, number) == label


@pytest.mark.parametrize(
    ("text", "number", "label"),
    [
        # only the place: kept
        ("Trên địa bàn huyện giảm 15%.", "15", "địa bàn huyện"),
        # a place phrase that does not close the label: kept
        ("Tỷ lệ hộ nghèo của huyện giảm còn 2,5%.", "2,5", "Tỷ lệ hộ nghèo của huyện"),
        ("Năm 2024, số vụ tai nạn giao thông giảm 8,5%.", "8,5", "vụ tai nạn giao thông"),
    ],
)
def test_labels_with_no_closing_place_phrase_are_read_as_before(
    text: str, number: str, label: str
) -> None:
    assert _before(text, number) == label


@pytest.mark.parametrize(
    ("text", "number", "label"),
    [
        (
            "Tỷ lệ hộ dân trên địa bàn dùng nước sạch đạt 97%.",
            "97",
            "Tỷ lệ hộ dân dùng nước sạch",
        ),
        ("Số vụ trộm cắp trên địa bàn toàn tỉnh giảm 9%.", "9", "Số vụ trộm cắp"),
        ("Số cơ sở karaoke trên địa bàn Thanh Sơn giảm 4%.", "4", "Số cơ sở karaoke"),
    ],
)
def test_only_the_place_phrase_is_left_out_where_the_label_goes_on_after_it(
    text: str, number: str, label: str
) -> None:
    assert _before(text, number) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("có 45  thành viên nòng cốt tham gia", "thành viên nòng cốt tham gia"),
        ("có 45 \tngười-dân tộc “Sao Đỏ”", "người-dân tộc Sao Đỏ"),
        ("có 45\nhộ dân", None),
        ("có 45 trong năm", None),
    ],
)
def test_label_after_reads_the_blanks_and_words_after_a_figure(
    text: str, label: str | None
) -> None:
    at = text.index("45") + 2
    assert label_after(text, at, len(text)) == (None if label is None else (label, len(text)))


@pytest.mark.parametrize(
    ("pattern", "words"),
    [(MONEY_KEYS, _MONEY_KEY_WORDS), (RATE_KEYS, _RATE_KEY_WORDS), (_TIME_PHRASE, _TIME_WORDS)],
)
def test_every_match_of_a_scan_before_a_figure_holds_one_of_its_gate_words(
    pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    assert holds_one_of(pattern.pattern, words)
    assert not holds_one_of(pattern.pattern, ("khen",))  # the reading can fail


def test_every_label_compound_opens_with_one_of_its_first_words() -> None:
    inner = _LABEL_COMPOUND.pattern.removeprefix("(?i)(?:").removesuffix(r")(?!\w)")
    opening = re.compile(r"\(\?:(?P<group>[^()]*)\)|(?P<word>[^\W\d_]+)")
    firsts: set[str] = set()
    for branch in split_alternatives(inner):
        found = opening.match(branch)
        assert found is not None
        words = split_alternatives(found["group"]) if found["group"] else [found["word"]]
        assert all(word.isalpha() for word in words)
        assert not branch[found.end() :][:1].isalpha()  # the word ends where the label's does
        firsts.update(words)
    assert firsts == _COMPOUND_FIRST_WORDS
