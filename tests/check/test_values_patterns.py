"""Property tests: the value checks' patterns written for speed (first digit or character
before the look-behind, cheap tests before a search) match exactly what their plain forms
match, on any text and any window of it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.check import values

PIECES = st.sampled_from(
    [
        "0",
        "1",
        "12",
        "2023",
        ".",
        ",",
        "/",
        ";",
        "!",
        "?",
        "\n",
        " ",
        "  ",
        "%",
        "m",
        "M",
        "a",
        "_",
        "đ",
        "người",
        " vụ",
        "tháng",
        "THÁNG",
        "mỗi tháng",
        "phần trăm",
        "PHẦN TRĂM",
        "trăm\n",
        "%\n",
    ]
)
TEXTS = st.lists(PIECES, max_size=24).map("".join)

# the plain forms: a look-behind first, as the patterns were written before
PLAIN = {
    "_CLAUSE_END": r"[;!?\n]|(?<!\d)\.|\.(?!\d)",
    "_ENDING_COUNT": r"(?<![\w.,])\d+(?:[.,]\d+)*[^\S\n]+(?P<counter>[^\W\d_]+)\s*$",
    "_OTHER_ITEM": r"(?<![\d.,/])\d+(?:[.,]\d+)*(?P<noun>(?:[^\S\n]*%)?(?:[^\S\n]+[^\W\d_]+)"
    + f"{{0,{values.AFTER_WORDS}}})",
    "_EARLIER_COUNT": r"(?<![\w.,])\d+(?:[.,]\d+)*[^\S\n]+(?P<counter>[^\W\d_]+)"
    r"(?P<noun>[^,;:.!?()\n\d]{0,60})",
}


def _matches(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[object]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_digit_led_patterns_match_what_their_plain_forms_match(
    text: str, pos: int, endpos: int
) -> None:
    for name, plain in PLAIN.items():
        fast = getattr(values, name)
        for window in ((0, len(text)), (pos, endpos)):
            assert _matches(fast, text, *window) == _matches(re.compile(plain), text, *window)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_percent_ending_test_agrees_with_the_search(text: str, start: int, end: int) -> None:
    expected = values._PERCENT_END.search(text, start, end) is not None
    assert values._ends_in_percent(text, start, end) is expected


def test_percent_ending_test_reads_both_forms() -> None:
    assert values._ends_in_percent("đạt 45%", 4, 7)
    assert values._ends_in_percent("đạt 45 Phần  Trăm", 4, 17)
    assert not values._ends_in_percent("đạt 45 phần", 4, 11)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_month_word_test_holds_wherever_the_month_pattern_matches(text: str) -> None:
    before = text[-20:]
    if values._THANG.search(before):
        assert before.rstrip()[-5:].lower() == "tháng"
