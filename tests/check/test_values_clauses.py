"""The clause a figure closes (tomtat.check.values): its start found from the end of the window
agrees with every break :data:`tomtat.text.segment.CLAUSE_BREAK` matches in that window."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.check.values import AFTER_CHARS, _clause_before, _clause_begin
from tomtat.text.segment import CLAUSE_BREAK


def _by_the_pattern(text: str, start: int) -> int:
    begin = max(0, start - AFTER_CHARS)
    window = text[begin:start]
    return begin + max((m.end() for m in CLAUSE_BREAK.finditer(window)), default=0)


_PIECES = st.sampled_from([*";:!?()\n.,", "1", "25", "٣", " ", "xã", "Hội", "a" * 40])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=30), data=st.data())
def test_the_clause_start_is_past_the_last_break_the_pattern_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert _clause_begin.__wrapped__(text, start) == _by_the_pattern(text, start)


def test_a_stop_or_comma_inside_a_figure_does_not_break_the_clause() -> None:
    text = "tổng kinh phí 351.536 triệu đồng, hỗ trợ 0,03 tỷ cho 12 xã"
    start = text.index("12")
    assert _clause_before(text, start) == frozenset({"hỗ", "trợ", "tỷ", "cho"})


def test_digits_beyond_the_window_do_not_join_a_stop_to_a_figure() -> None:
    # the "." opens the window (AFTER_CHARS before the figure): the digit before it is not read
    text = "9." + "x" * (AFTER_CHARS - 1) + "5"
    assert _clause_begin(text, len(text) - 1) == 2
