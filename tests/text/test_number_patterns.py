"""The number patterns start only where no word, number or separator character stands before
the number (their look-behind is tested after the first digit, so the scan skips to digits)."""

from __future__ import annotations

import re

import pytest

from tomtat.text import dates, figures, numbers, stat_scan
from tomtat.text.number_words import NUMBER_VOCAB

_CASES = [
    (figures.FIGURE, "có 1.131 người", "1.131"),
    (figures.FIGURE, "mã A12 và x.5 và 3 người", "3"),
    (stat_scan._COUNT_NOUN, "biểu dương 24 tập thể", "24 t"),
    (stat_scan._COUNT_NOUN, "số V24 tập thể", None),
    (stat_scan._RATIO_RE, "đạt 73/126 xã", "73/126"),
    (stat_scan._RATIO_RE, "mã 1-73/126 xã", None),
    (stat_scan._PAIR_RE, "gồm 6 tập thể và 12 cá nhân", "6 tập thể và 12 cá nhân"),
    (stat_scan._PAIR_RE, "gồm 1,6 tập thể và 12 cá nhân", None),
    (stat_scan._SECOND_COUNT, "91 đợt/8.686 lượt", "91 đợt/8.686"),
    (dates._YEAR_TOKEN, "năm 2023.", "2023"),
    (dates._YEAR_TOKEN, "mã X2023 và 12023", None),
    (dates._RANGE_DASH, "giai đoạn 2020-2025", "2020-2025"),
    (dates._RANGE_DASH, "số 12020-2025", None),
]


@pytest.mark.parametrize(("pattern", "text", "first"), _CASES, ids=[c[1] for c in _CASES])
def test_a_number_pattern_starts_after_no_word_or_separator(
    pattern: re.Pattern[str], text: str, first: str | None
) -> None:
    match = pattern.search(text)
    assert (match.group(0)[: len(first)] if match else None) == first


@pytest.mark.parametrize("word", sorted(NUMBER_VOCAB))
def test_the_number_word_scan_finds_every_number_word_in_any_case(word: str) -> None:
    for written in (word, word.capitalize(), word.upper()):
        match = numbers._WORD_RUN.search(f"có {written} người")
        assert match is not None and match.group() == written
    assert numbers._WORD_RUN.search(f"x{word} người") is None  # inside a word: not a number
