"""Name normalisation: tone marks, aliases, admin prefixes, similarity; property tests."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.text.normalize import (
    _key_words,
    fold_tone_marks,
    normalize_name,
    same_initials,
    similarity,
    strip_admin_prefix,
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Thúy", "Thuý"),
        ("hòa", "hoà"),
        ("hóa", "hoá"),
        ("ủy", "uỷ"),
        ("Ủy ban", "Uỷ ban"),
        ("khỏe mạnh", "khoẻ mạnh"),
        ("Tùy", "Tuỳ"),
        ("HÒA BÌNH", "HOÀ BÌNH"),
        ("Khánh Hòa", "Khánh Hoà"),
    ],
)
def test_old_and_new_tone_placement_fold_to_one_form(old: str, new: str) -> None:
    assert fold_tone_marks(old) == fold_tone_marks(new)
    assert fold_tone_marks(old) == unicodedata.normalize("NFC", new)


@pytest.mark.parametrize(
    "word",
    # A final consonant, a modified vowel or a tone already on the second vowel: nothing moves.
    ["hoàng", "thuyết", "quý", "Nguyễn", "thuế", "khuya", "của", "mía", "Đức", "Trọng", "toàn"],
)
def test_words_that_agree_in_both_styles_are_unchanged(word: str) -> None:
    assert fold_tone_marks(word) == word


def test_fold_keeps_non_vietnamese_text() -> None:
    assert fold_tone_marks("Cục V05, 1.131 camera!") == "Cục V05, 1.131 camera!"
    assert fold_tone_marks("") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Phạm Thị Thanh Thúy", "PHẠM THỊ THANH THUÝ"),
        ("Ủy ban nhân dân huyện Đức Trọng", "UBND huyện Đức Trọng"),
        ("Uỷ ban Nhân dân tỉnh", "UBND tỉnh"),
        ("Hội đồng nhân dân tỉnh Gia Lai", "HĐND tỉnh Gia Lai"),
        ("Ủy ban Mặt trận Tổ quốc xã", "UBMTTQ xã"),
        ("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam"),
        ("toàn dân bảo vệ an ninh Tổ quốc", "toàn dân bảo vệ ANTQ"),
        ("giữ gìn an ninh, trật tự", "giữ gìn ANTT"),
        ("“Công an tỉnh Lâm Đồng.”", "Công an tỉnh Lâm Đồng"),
        ("  Bộ   Công an ", "Bộ Công an"),
        ("N.Minh", "N. Minh"),
        ("Đắk R'Lấp", "Đắk R’Lấp"),
        ("Công an thành phố Hồ Chí Minh", "Công an TP.HCM"),
        ("UBND TP. Bảo Lộc", "Ủy ban nhân dân thành phố Bảo Lộc"),
        ("BCĐ 138 tỉnh", "Ban Chỉ đạo 138 tỉnh"),
        ("phong trào toàn dân BVANTQ", "phong trào toàn dân bảo vệ an ninh Tổ quốc"),
        ("phong trào toàn dân bảo vệ ANTQ", "Phong trào Toàn dân BV ANTQ"),
    ],
)
def test_normalize_name_equates_spellings_of_one_name(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bộ Công an", "Công an tỉnh"),
        ("Nguyễn Văn An", "Nguyễn Văn Ân"),
        ("huyện Đức Trọng", "huyện Đức Trọng 2"),
    ],
)
def test_normalize_name_keeps_different_names_apart(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_normalize_name_of_none_and_blank_is_empty() -> None:
    assert normalize_name(None) == ""
    assert normalize_name("  ... ") == ""


def test_normalize_name_exact_keys() -> None:
    assert normalize_name("Ủy ban nhân dân") == "ubnd"
    assert normalize_name("UBND") == "ubnd"
    assert normalize_name("Hội đồng nhân dân") == "hđnd"
    assert normalize_name("Mặt trận Tổ quốc") == "mttq"
    assert normalize_name("an ninh Tổ quốc") == "antq"
    assert normalize_name("an ninh trật tự") == "antt"
    assert normalize_name("(Chủ tịch UBND huyện)") == "chủ tịch ubnd huyện"


def test_an_alias_whose_short_form_makes_another_alias_applies_both_in_a_name_and_a_text() -> None:
    # "an ninh Tổ quốc" -> "antq" makes "bảo vệ antq"; "Ủy ban Mặt trận Tổ quốc" -> "ubmttq"
    # makes "ubmttq việt nam": the second alias's words are read from the key as it changes
    assert normalize_name("Phong trào Bảo vệ an ninh Tổ quốc") == "phong trào bvantq"
    assert (
        normalize_name("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng") == "ubmttq tỉnh lâm đồng"
    )
    text = (
        "Sáng 5/1, Ủy ban MTTQ Việt Nam huyện X tổng kết phong trào Bảo vệ an ninh Tổ quốc.\n" * 3
    )
    assert normalize_name(text).split().count("ubmttq") == 3
    assert "bvantq" in normalize_name(text).split() and "antq" not in normalize_name(text).split()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("tỉnh Lâm Đồng", "Lâm Đồng"),
        ("Tỉnh Quảng Trị", "Quảng Trị"),
        ("huyện Đạ Tẻh", "Đạ Tẻh"),
        ("thị xã An Khê", "An Khê"),
        ("TX.Ayun Pa", "Ayun Pa"),
        ("TX Ayun Pa", "Ayun Pa"),
        ("huyện đảo Lý Sơn", "Lý Sơn"),
        ("Txuân", "Txuân"),
        ("thành phố Bảo Lộc", "Bảo Lộc"),
        ("Thành phố Đà Lạt", "Đà Lạt"),
        ("TP. Pleiku", "Pleiku"),
        ("TP.Pleiku", "Pleiku"),
        ("TP Pleiku", "Pleiku"),
        ("TPHCM", "HCM"),
        ("quận Hoàn Kiếm", "Hoàn Kiếm"),
        ("xã Kim Long", "Kim Long"),
        ("phường 5", "5"),
        ("thị trấn Đạ Tẻh", "Đạ Tẻh"),
        ("Lâm Đồng", "Lâm Đồng"),
        ("Xuân Trường", "Xuân Trường"),  # starts like "xã"/"xuân" but is no prefix
        ("Tpxx", "Tpxx"),
        ("huyện", "huyện"),  # a bare prefix is kept
        ("  huyện  Đức Trọng ", "Đức Trọng"),
    ],
)
def test_strip_admin_prefix(raw: str, expected: str) -> None:
    assert strip_admin_prefix(raw) == expected


def test_similarity_nulls() -> None:
    assert similarity(None, None) == 100.0
    assert similarity(None, "UBND tỉnh") == 0.0
    assert similarity("UBND tỉnh", None) == 0.0
    assert similarity("", None) == 100.0


def test_similarity_values() -> None:
    assert similarity("Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh Quảng Trị") == 100.0
    # token set: one name's words inside the other's -> 100
    assert similarity("UBND tỉnh", "UBND tỉnh Lâm Đồng") == 100.0
    # "bộ công an" vs "công an tỉnh": common "an công" (7 chars); best of
    # ratio("an công", "an công bộ") = 2*7/(7+10) = 82.35 -> below the 85 threshold.
    assert similarity("Bộ Công an", "Công an tỉnh") == pytest.approx(82.35, abs=0.01)
    assert similarity("Bằng khen", "Giấy khen") < 85
    assert similarity("Đoàn Thanh niên tỉnh", "Đoàn Thanh niên huyện") == pytest.approx(
        85.71, abs=0.01
    )
    assert similarity("Công an huyện Đức Trọng", "Công an thị xã Đức Trọng") == 85.0
    assert similarity(
        "Chủ tịch UBND huyện Lạc Dương", "Chủ tịch UBND huyện Đạ Tẻh"
    ) == pytest.approx(84.44, abs=0.01)
    assert similarity("camera an ninh", "camera giám sát") == 60.0
    # "TX." is not expanded, yet the names agree: "an công khê" (11) + " tx" -> 22/25 = 88
    assert similarity("Công an TX. An Khê", "Công an thị xã An Khê") == 88.0
    assert similarity("số tiền hỗ trợ", "tiền ủng hộ") == 56.0


_VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯY"
_VI_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
_text = st.text(
    alphabet=st.sampled_from(list(_VI_LETTERS + _VI_MARKS + " .,-'\"()“”0123456789")),
    max_size=40,
)
_words = st.lists(
    st.sampled_from(
        [
            "Ủy",
            "ban",
            "nhân",
            "dân",
            "UBND",
            "an",
            "ninh",
            "Tổ",
            "quốc",
            "thành",
            "phố",
            "Hồ",
            "Chí",
            "Minh",
            "TPHCM",
            "hòa",
            "Thuý",
            "trật",
            "tự",
            ",",
            "TP.",
            "tỉnh",
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_text, _words, st.text(max_size=30)))
def test_normalize_name_is_idempotent(s: str) -> None:
    once = normalize_name(s)
    assert normalize_name(once) == once


@settings(max_examples=300, deadline=None)
@given(st.one_of(_text, _words, st.text(max_size=30)))
def test_normalize_name_ignores_nfc_vs_nfd(s: str) -> None:
    assert normalize_name(unicodedata.normalize("NFD", s)) == normalize_name(
        unicodedata.normalize("NFC", s)
    )


@settings(max_examples=200, deadline=None)
@given(_text)
def test_fold_is_idempotent_and_nfc(s: str) -> None:
    once = fold_tone_marks(s)
    assert fold_tone_marks(once) == once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_text, _words, st.text(max_size=30)))
def test_folding_a_text_word_by_word_gives_the_words_of_the_folded_text(s: str) -> None:
    # a name key folds each distinct word once instead of the whole text: the same words
    assert [fold_tone_marks(word) for word in s.split()] == fold_tone_marks(s).split()


@settings(max_examples=200, deadline=None)
@given(st.one_of(_text, _words), st.one_of(_text, _words))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert 0.0 <= similarity(a, b) <= 100.0
    assert similarity(a, b) == pytest.approx(similarity(b, a))


def test_every_unicode_whitespace_run_becomes_one_space_in_a_name_key() -> None:
    # no-break, ideographic, em and information-separator spaces all count as whitespace
    name = "\u3000 Ủy\u00a0ban\tnhân\u2003dân\x1c huyện  Đức\n\nTrọng. "
    assert normalize_name(name) == "ubnd huyện đức trọng"


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ Tư lệnh BĐBP", "Bộ Tư lệnh Bộ đội Biên phòng"),
        ("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ],
)
def test_an_abbreviation_in_capitals_has_the_initials_of_the_name_it_shortens(
    short: str, long: str
) -> None:
    assert same_initials(short, long) and same_initials(long, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bộ Quốc phòng", "Ban Quản lý"),  # no abbreviation, initials alike by chance
        ("Bộ VHTTDL", "Bộ Văn hóa và Thông tin"),  # another ministry
        ("BCA", "Ban Chỉ huy Ấp"),  # too few letters to tell
        ("Sở Y tế", "Sở Xây dựng"),
    ],
)
def test_names_of_other_bodies_do_not_share_initials(a: str, b: str) -> None:
    assert not same_initials(a, b)


_KEY_CHARS = st.text(
    alphabet=st.sampled_from(list("aAđĐòÓuýê_ \t\n\u00a0-–.,:;()/%'’‘`´ʼ\"“”„«»…·•@#&*+=07٣²")),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_KEY_CHARS | st.text(max_size=40))
def test_key_words_are_the_runs_of_letters_and_digits_with_quotes_dropped(s: str) -> None:
    # the definition the key was first written with: quotes and apostrophes deleted, every
    # other character that is neither a word character but "_" nor a space parts words
    key = unicodedata.normalize("NFC", unicodedata.normalize("NFC", s).casefold())
    key = re.sub(r"[^\w\s]|_", " ", re.sub(r"['’‘`´ʼ\"“”„«»]", "", key))
    assert _key_words(s) == [fold_tone_marks(word) for word in key.split()]
