"""The one folding and the one quote locator (tomtat.text.fold)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.schemas import Alignment
from tomtat.text import fold
from tomtat.text.fold import (
    fold_text,
    fold_token,
    fold_tone_marks,
    locate,
    nearest_occurrence,
    unmoved_tone,
)

TEXT = "Sáng 12/1, UBND huyện Hoà Vang tổ chức hội nghị… Bà Nguyễn Thị Thúy phát biểu."


def test_old_and_new_tone_placement_fold_to_one_key() -> None:
    assert fold_token("Thúy") == fold_token("THUÝ") == fold_token("thuý")
    assert fold_token("hòa") == fold_token("hoà")
    assert fold_token("ma") != fold_token("má")


def test_fold_tone_marks_keeps_case_and_other_words() -> None:
    assert fold_tone_marks("Hòa Vang") == "Hoà Vang"
    assert fold_tone_marks("Cục V05, 1.131 camera!") == "Cục V05, 1.131 camera!"


def test_nfd_input_folds_like_nfc() -> None:
    nfd = unicodedata.normalize("NFD", TEXT)
    assert fold_text(nfd).folded == fold_text(TEXT).folded


def test_folded_offsets_map_back_into_the_source() -> None:
    folded = fold_text(TEXT)
    assert folded.source == TEXT
    at = folded.folded.index("hội nghị")
    start, end = folded.to_original(at, at + len("hội nghị"))
    assert TEXT[start:end] == "hội nghị"


def test_locate_is_exact_then_folded() -> None:
    found = locate(TEXT, "huyện Hoà Vang")
    assert found is not None and found.span == "huyện Hoà Vang"
    found = locate(TEXT, "HUYỆN  HÒA VANG")
    assert found is not None and found.alignment is Alignment.EXACT
    assert found.span == "huyện Hoà Vang"


def test_locate_finds_pieces_around_an_ellipsis_in_order() -> None:
    found = locate(TEXT, "Sáng 12/1 ... Thị Thuý", fuzzy=False)
    assert found is not None and found.span.startswith("Sáng 12/1")
    assert found.span.endswith("Thị Thúy")
    assert locate(TEXT, "Thị Thuý ... Sáng 12/1", fuzzy=False) is None


def test_locate_does_not_match_inside_a_word() -> None:
    # "Hoa" is another name than "Hoà": the folded key keeps the tone.
    assert locate(TEXT, "huyện hoa vang", fuzzy=False) is None


def test_nearest_occurrence_prefers_the_hint() -> None:
    text = "khen ... khen ... khen"
    assert nearest_occurrence(text, "khen") == 0
    assert nearest_occurrence(text, "khen", 20) == text.rindex("khen")
    assert nearest_occurrence(text, "thưởng") is None


def test_ascii_fold_joins_names_written_with_and_without_marks() -> None:
    from tomtat.text.fold import ascii_fold

    assert ascii_fold("Đạ Tẻh") == "da teh"
    assert ascii_fold("Thừa Thiên Huế") == ascii_fold("thua thien hue")
    assert ascii_fold("ĐĂK NÔNG") == "dak nong"


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Thúy", "Thuý"),
        ("hòa", "hoà"),
        ("khỏe", "khoẻ"),
        ("hoàng", "hoàng"),  # a consonant follows: both styles agree
        ("thủy thủ", "thuỷ thủ"),
        ("quốc", "quốc"),
        ("Hòa-Bình", "Hoà-Bình"),
        ("xòa1", "xoà1"),  # a digit ends the word
    ],
)
def test_fold_tone_marks_moves_only_word_final_oa_oe_uy_tones(word: str, folded: str) -> None:
    assert fold_tone_marks(word) == unicodedata.normalize("NFC", folded)


_MARKS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u031b", "\u0323\u0301"]


def _folded_by_decomposition(s: str) -> str:
    """The folding spelt out: decompose, move the tones of the word tails, recompose."""
    decomposed = unicodedata.normalize("NFD", s)
    moved = fold._SHIFT_TAIL.sub(lambda m: fold._fold_word(m.group(0)), decomposed)
    return unicodedata.normalize("NFC", moved)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
@pytest.mark.parametrize("first", ["o", "U", "a"])
@pytest.mark.parametrize("mark", _MARKS)
def test_a_word_without_a_toned_o_or_u_folds_as_its_decomposition_does(
    form: str, first: str, mark: str
) -> None:
    """The shortcut for NFC text without a toned o/u ("ò", "ú", ...) gives what the full
    folding gives, for every mark on the first vowel, in either Unicode form."""
    for second in ("a", "e", "Y", "an", "a2", "ơ\u0301"):
        for mark2 in _MARKS[:3]:
            word = unicodedata.normalize(form, f"th{first}{mark}{second}{mark2} x")
            assert fold_tone_marks(word) == _folded_by_decomposition(word)


_TONE_CHARS = st.text(
    alphabet=st.sampled_from(
        list("oOuUaAeEyYxươôạáâ2_ .,\n\t\u00a0")
        + list(fold._TONED_O + fold._TONED_U)
        + ["\u0300", "\u0301", "\u0302", "\u0309", "\u031b", "\u0323", "\u0334", "\u0345"]
        + ["\u1dc0", "\u1dca", "\u0e49", "²", "٣", "İ", "ǰ", "\u0622", "\u0958"]
    ),
    max_size=24,
)


def _letters_digits_and_spaces(text: str) -> str:
    """``text`` with every character but a letter, digit or whitespace made a space, as the
    name key of :mod:`tomtat.text.normalize` is before its tones are folded."""
    return "".join(c if c.isalnum() or c.isspace() else " " for c in text)


@settings(max_examples=3000, deadline=None)
@given(_TONE_CHARS | st.text(max_size=24))
def test_words_fold_by_their_toned_pairs_as_by_decomposition(text: str) -> None:
    """fold_word_tones (the pairs rewritten on the NFC text) gives what the decomposition's
    folding gives on a text of letters, digits and whitespace, in either form, and what
    folding each word gives."""
    for form in ("NFC", "NFD"):
        words = _letters_digits_and_spaces(unicodedata.normalize(form, text))
        assert fold.fold_word_tones(words) == _folded_by_decomposition(words)
        assert fold.fold_word_tones(words).split() == [fold_tone_marks(w) for w in words.split()]


def test_every_pair_whose_tone_the_folding_moves_is_a_toned_pair() -> None:
    """Every precomposed vowel that decomposes to o/u and one mark, before every vowel:
    the decomposition's folding moves its tone exactly when _TONE_TO_MOVE names the pair."""
    vowels = [
        c
        for c in map(chr, range(0x80, 0x2000))
        if len(unicodedata.normalize("NFD", c)) == 2
        and unicodedata.normalize("NFD", c)[0] in "oOuU"
    ]
    for first in vowels:
        for second in "aeyAEYiou":
            pair = first + second
            moved = _folded_by_decomposition(pair) != pair
            assert moved == (fold._TONE_TO_MOVE.fullmatch(pair) is not None), pair


def _fold_text_piece_by_piece(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """fold_text spelt out: every piece of fold._PIECE read in turn over the whole text."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in fold._PIECE.finditer(text):
        a, b = match.span()
        if match.lastindex == 1:
            if parts:
                parts.append(" ")
                starts.append(a)
                ends.append(a)
            continue
        fold._add_piece(fold._fold_piece(match), a, b, parts, starts, ends)
    if parts and parts[-1] == " ":
        parts.pop()
        starts.pop()
        ends.pop()
    return "".join(parts), tuple(starts), tuple(ends)


_FOLD_CHARS = st.text(
    alphabet=st.sampled_from(
        list("aĐòÓuýß İﬁ\t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000'\"“”‘’–—….,;()-_05٣\u0301\u0323")
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_FOLD_CHARS | st.text(max_size=40))
def test_fold_text_reads_the_pieces_of_the_whole_text_in_order(text: str) -> None:
    folded = fold_text.__wrapped__(text)
    assert (folded.folded, folded.starts, folded.ends) == _fold_text_piece_by_piece(text)


def test_fold_text_of_a_whole_article_is_its_pieces_folded_in_order() -> None:
    text = (TEXT + "\n\n  “Chúng tôi”  –  ''UBND''(tỉnh)… Thuý\u00a0hoà,\tĐức Trọng.  ") * 3
    folded = fold_text.__wrapped__(text)
    assert (folded.folded, folded.starts, folded.ends) == _fold_text_piece_by_piece(text)


@pytest.mark.parametrize(
    ("word", "old"),
    [("thuỷ", "thủy"), ("hoá", "hóa"), ("khoẻ", "khỏe"), ("uỷ", "ủy"), ("hoà", "hòa")],
)
def test_unmoved_tone_gives_the_spelling_the_folding_turns_into_the_word(
    word: str, old: str
) -> None:
    assert unmoved_tone(word) == old
    assert fold_tone_marks(old) == word


@pytest.mark.parametrize("word", ["ủy", "thủy", "hóa", "quốc", "an", "", "y"])
def test_unmoved_tone_is_none_where_no_tone_was_moved(word: str) -> None:
    assert unmoved_tone(word) is None
