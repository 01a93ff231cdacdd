"""The one sentence and clause splitter (tomtat.text.segment)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.text.segment import (
    _SENTENCE_END,
    _sentence_spans,
    iter_clauses,
    iter_sentences,
    sentence_spans,
    split_sentences,
)


def test_sentences_end_at_stops_and_line_breaks() -> None:
    text = "Ông A phát biểu. Năm 2020, “Tốt” lắm! 5 tập thể được khen\nBà B nói tiếp."
    assert split_sentences(text) == [
        "Ông A phát biểu.",
        "Năm 2020, “Tốt” lắm!",
        "5 tập thể được khen",
        "Bà B nói tiếp.",
    ]


def test_abbreviation_dot_does_not_end_a_sentence() -> None:
    assert split_sentences("Hội nghị tại TP. Hồ Chí Minh. ThS. Nguyễn Văn A dự.") == [
        "Hội nghị tại TP. Hồ Chí Minh.",
        "ThS. Nguyễn Văn A dự.",
    ]


def test_bulleted_list_after_a_colon_stays_one_sentence() -> None:
    text = "Tặng Giấy khen cho:\n- 05 tập thể;\n- 08 cá nhân.\nHội nghị bế mạc."
    first = next(iter_sentences(text))
    assert text[first[0] : first[1]] == "Tặng Giấy khen cho:\n- 05 tập thể;\n- 08 cá nhân."


def test_sentence_offsets_cover_the_text() -> None:
    text = "Một. Hai! Ba"
    spans = list(iter_sentences(text))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))


def test_clauses_cut_on_semicolon_and_before_trong_do() -> None:
    text = "Tặng Bằng khen cho 3 tập thể; 5 cá nhân, trong đó 2 nữ."
    clauses = [text[c.start : c.end] for c in iter_clauses(text)]
    assert clauses == ["Tặng Bằng khen cho 3 tập thể", "5 cá nhân", "trong đó 2 nữ"]


def test_abbreviations_and_bulleted_lists_do_not_end_a_sentence() -> None:
    text = "ThS. Nguyễn Văn A dự. Khen thưởng cho:  \n- 05 tập thể;\n- 08 cá nhân\nTP. Huế và Tphố. Hết"
    assert split_sentences(text) == [
        "ThS. Nguyễn Văn A dự.",
        "Khen thưởng cho:  \n- 05 tập thể;\n- 08 cá nhân",
        "TP. Huế và Tphố.",  # "Tphố" is longer than every abbreviation: a sentence end
        "Hết",
    ]


_STOPS_AND_TEXT = st.text(alphabet="ab .!?…\n-:;TP", max_size=40)


@given(_STOPS_AND_TEXT)
def test_sentence_spans_of_a_text_without_inner_stops_equal_the_walk(text: str) -> None:
    # the shortcut for a text that nothing cuts before its last character gives the walk's cuts
    assert sentence_spans(text) == _sentence_spans.__wrapped__(text)
    assert tuple(iter_sentences(text)) == sentence_spans(text)


@given(st.text(alphabet='ab 1.!?…\n"”’)]', max_size=60))
def test_sentences_end_where_the_splitter_pattern_matches(text: str) -> None:
    # without abbreviations or bullet lines every match of the pattern is a cut: the walk
    # over the stops found by str.find cuts where finditer would
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    cuts = [end for _, end in _sentence_spans.__wrapped__(text)]
    assert cuts == (ends if text else [])


def test_one_sentence_paragraph_is_one_span() -> None:
    assert sentence_spans("Hội nghị tổng kết năm 2023.") == ((0, 27),)
    assert sentence_spans("Hội nghị tổng kết\n") == ((0, 18),)
    assert sentence_spans("") == ()


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="12 .,;:!?()\nab", max_size=40), data=st.data())
def test_the_last_clause_break_is_the_last_match_of_the_splitter(
    text: str, data: st.DataObject
) -> None:
    from tomtat.text.segment import CLAUSE_BREAK, last_clause_break

    end = data.draw(st.integers(min_value=0, max_value=len(text)))
    pos = data.draw(st.integers(min_value=0, max_value=end))
    matches = list(CLAUSE_BREAK.finditer(text, pos, end))
    assert last_clause_break(text, pos, end) == (matches[-1].end() if matches else None)


@pytest.mark.parametrize(
    ("lines", "one"),
    [
        ("cho:\n  - 05 tập thể;\n\t• 08 cá nhân.", True),  # bullets after spaces and a tab
        ("cho:\n\n– 05 tập thể;\n+ 08 cá nhân.", True),  # a blank line, then the bullets
        ("cho:\n05 tập thể;\n08 cá nhân.", False),  # lines that open with no bullet
        ("cho:\n-05 tập thể.", False),  # a dash glued to the count is no bullet
    ],
)
def test_a_list_hangs_off_its_colon_only_on_bullet_lines(lines: str, one: bool) -> None:
    """A line opening with a space or a bullet may continue the list; any other line ends
    the sentence before it."""
    text = f"Tặng Giấy khen {lines}\nHết."
    start, end = sentence_spans(text)[0]
    assert (text[start:end] == f"Tặng Giấy khen {lines}") is one
