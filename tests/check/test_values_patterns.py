"""Property tests: the value checks' patterns written for speed (first digit or character
before the look-behind, cheap tests before a search) match exactly what their plain forms
match, on any text and any window of it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.check import values
from tomtat.text.figures import number_led_matches
from tomtat.text.segment import CLAUSE_BREAK, last_clause_break

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


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_counts_tried_at_digit_runs_are_the_counts_the_scans_find(
    text: str, pos: int, endpos: int
) -> None:
    for pattern in (values._ENDING_COUNT, values._EARLIER_COUNT):
        for window in ((0, len(text)), (pos, endpos)):
            led = number_led_matches(pattern, text, *window)
            scanned = list(pattern.finditer(text, *window))
            assert [(m.span(), m.groupdict()) for m in led] == [
                (m.span(), m.groupdict()) for m in scanned
            ]
            first = pattern.search(text, *window)
            assert (led[0].span() if led else None) == (first.span() if first else None)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_a_clause_opens_after_the_last_break_before_its_figure(
    text: str, reach: int, start: int
) -> None:
    # what _head_counts_another reads as the clause's opening, against the scan it replaced
    scanned = max((m.end() for m in CLAUSE_BREAK.finditer(text, reach, start)), default=reach)
    after_break = last_clause_break(text, reach, start)
    assert (reach if after_break is None else after_break) == scanned
