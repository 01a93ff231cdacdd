"""Property tests: a located span always lies inside the text and is exactly text[start:end]."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.schemas import Alignment
from tomtat.text.fold import fold_text, locate

WORDS = st.sampled_from(
    [
        "Chủ",
        "tịch",
        "UBND",
        "huyện",
        "Đức",
        "Trọng",
        "tặng",
        "giấy",
        "khen",
        "cho",
        "22",
        "tập",
        "thể",
        "và",
        "cá",
        "nhân",
        "Thúy",
        "Thuý",
        "hòa",
        "hoà",
        "“ANTQ”",
        "1.131",
        "5",
        "tỷ",
        "đồng;",
        "(LĐ",
        "online)",
        "-",
        "năm",
        "2023.",
        "''Đẩy",
        "mạnh''",
    ]
)
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", " \t", "\u00a0"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=40))
    seps = draw(st.lists(SEPARATORS, min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True)).strip()


@settings(max_examples=200, deadline=None)
@given(texts(), st.text(max_size=40))
def test_any_quote_gives_a_span_inside_the_text(text: str, quote: str) -> None:
    found = locate(text, quote)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.span


@settings(max_examples=200, deadline=None)
@given(texts(), st.data())
def test_a_substring_is_found_exactly(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    found = locate(text, quote, hint_start=start)
    if not quote.strip():
        assert found is None
        return
    assert found is not None and found.alignment is Alignment.EXACT
    assert text[found.start : found.end] == quote == found.span


@settings(max_examples=200, deadline=None)
@given(texts(), st.data())
def test_respaced_nfd_quote_of_whole_words_is_found(text: str, data: st.DataObject) -> None:
    words = text.split()
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    quote = unicodedata.normalize("NFD", " ".join(words[i:j]))
    found = locate(text, quote)
    assert found is not None and found.alignment is Alignment.EXACT
    assert text[found.start : found.end] == found.span
    assert fold_text(found.span).folded == fold_text(quote).folded


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_fold_map_stays_inside_any_text(text: str) -> None:
    folded = fold_text(text)
    assert len(folded.starts) == len(folded.folded)
    for s, e in zip(folded.starts, folded.ends, strict=True):
        assert 0 <= s <= e <= len(text)
