"""Tests for tomtat.text.numbers: parsing, formatting, words and the number finder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.text.numbers import (
    NumberToken,
    format_number,
    iter_numbers,
    number_to_words,
    parse_number,
    parse_number_words,
)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("1.131", 1131),
        ("1.131.000", 1131000),
        ("2,5", 2.5),
        ("72,6", 72.6),
        ("09", 9),
        ("0", 0),
        ("618", 618),
        ("1.131,5", 1131.5),
        ("1 131", 1131),
        ("1\u00a0131\u00a0000", 1131000),
        ("1,131", 1.131),  # the comma is always the decimal comma
        ("15.2", 15.2),  # a dot not followed by 3 digits: decimal point
        ("1.13", 1.13),
        ("-1.131", -1131),
        (" 45 ", 45),
    ],
)
def test_parse_number_examples(token: str, expected: float) -> None:
    value = parse_number(token)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("token", ["", "abc", "1.2.3a", "1..2", ".5", "1,2,3", "5%", "1 13"])
def test_parse_number_rejects(token: str) -> None:
    with pytest.raises(ValueError):
        parse_number(token)


def test_parse_number_rejects_absurd_lengths() -> None:
    with pytest.raises(ValueError):
        parse_number("9" * 5000)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1131, "1.131"),
        (2.5, "2,5"),
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (5_000_000_000, "5.000.000.000"),
        (-1131.25, "-1.131,25"),
        (2.0, "2,0"),
    ],
)
def test_format_number_examples(value: float, expected: str) -> None:
    assert format_number(value) == expected


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_format_parse_round_trip_ints(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_format_parse_round_trip_floats(value: float) -> None:
    assert parse_number(format_number(value)) == value


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("hai", 2),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("hai mươi bốn", 24),
        ("một trăm linh năm", 105),
        ("một trăm lẻ năm", 105),
        ("mười", 10),
        ("ba mươi", 30),
        ("một nghìn", 1000),
        ("một ngàn", 1000),
        ("Hai Mươi Mốt", 21),
        ("năm trăm", 500),
        ("hai chục", 20),
        ("một trăm rưỡi", 150),
        ("hai triệu rưỡi", 2_500_000),
        ("năm tỷ", 5_000_000_000),
        ("một nghìn không trăm linh năm", 1005),
        ("hai nghìn không trăm hai mươi ba", 2023),
        ("ba triệu hai trăm nghìn", 3_200_000),
        ("không", 0),
        ("bảy", 7),
        ("bẩy", 7),
    ],
)
def test_parse_number_words_examples(words: str, expected: int) -> None:
    assert parse_number_words(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "",
        "nghìn",
        "hàng nghìn",
        "một số",
        "mười năm",
        "hai ba",
        "tư",
        "mươi",
        "linh năm",
        "hai mươi năm người",
        "ba nghìn nghìn",
        "không trăm",
    ],
)
def test_parse_number_words_rejects(words: str) -> None:
    assert parse_number_words(words) is None


def test_number_to_words_examples() -> None:
    assert number_to_words(21) == "hai mươi mốt"
    assert number_to_words(105) == "một trăm linh năm"
    assert number_to_words(15) == "mười lăm"
    assert number_to_words(1005) == "một nghìn không trăm linh năm"
    assert number_to_words(0) == "không"


def test_number_words_round_trip_exhaustive_below_10000() -> None:
    for value in range(10_000):
        assert parse_number_words(number_to_words(value)) == value, value


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_number_words_round_trip_large(value: int) -> None:
    assert parse_number_words(number_to_words(value)) == value


def _by_raw(text: str) -> dict[str, NumberToken]:
    return {t.raw: t for t in iter_numbers(text)}


def test_iter_numbers_genre_sentence() -> None:
    text = (
        "Sáng 12/3/2024, Công an huyện Krông Pa tổ chức hội nghị sơ kết; lắp đặt 1.131 mắt "
        "camera với số tiền gần 5 tỷ đồng, tỷ lệ đạt 72,6%; 73/126 xã có mô hình."
    )
    tokens = iter_numbers(text)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    by_raw = _by_raw(text)
    assert [t.kind for t in tokens[:3]] == ["date_part"] * 3
    assert [t.value for t in tokens[:3]] == [12, 3, 2024]
    assert by_raw["1.131"].value == 1131 and by_raw["1.131"].kind == "plain"
    five = by_raw["5 tỷ"]
    assert five.value == 5_000_000_000 and five.qualifier == "gần"
    assert five.qualifier_start is not None and text[five.qualifier_start :].startswith("gần 5")
    assert by_raw["72,6%"].kind == "percent" and by_raw["72,6%"].value == 72.6
    ratio = [t for t in tokens if t.kind == "ratio"]
    assert [t.value for t in ratio] == [73, 126]
    for token in tokens:
        assert text[token.start : token.end] == token.raw


def test_iter_numbers_hedges() -> None:
    text = "hơn 30 mô hình, trên 200 hộ, khoảng 45 người, gần như 100% hộ dân, gần 7 tỷ đồng, 18 tập thể"
    found = {t.value: t.qualifier for t in iter_numbers(text)}
    assert found == {
        30: "hơn",
        200: "trên",
        45: "khoảng",
        100: "gần như",
        7_000_000_000: "gần",
        18: None,
    }


def test_iter_numbers_documents() -> None:
    text = (
        "Thực hiện Chỉ thị số 09-CT/TW, Chương trình phối hợp số 06/Ctr-CA-MT, Nghị quyết số "
        "12-NQ/TW, Quyết định 123/QĐ-UBND và Nghị định 37/2019/NĐ-CP; Cục V05 trao 5 giấy khen."
    )
    tokens = iter_numbers(text)
    kinds = {t.raw: t.kind for t in tokens}
    assert kinds["09"] == kinds["06"] == kinds["12"] == kinds["123"] == "document"
    assert kinds["37"] == kinds["2019"] == "document"
    assert kinds["05"] == "document"
    plain = [t for t in tokens if t.kind == "plain"]
    assert [t.value for t in plain] == [5]


def test_iter_numbers_dates_years_times() -> None:
    text = (
        "Chiều 18.8, tại hội nghị tổng kết 10 năm (2014 - 2023), giai đoạn 2007- 2022 và "
        "2021-2025, lúc 20:47 ngày 17 tháng 5 năm 2023, dịp 2-9; 3/5 xã và 5-7 người; năm 2020."
    )
    tokens = iter_numbers(text)
    by_kind: dict[str, list[int | float]] = {}
    for token in tokens:
        by_kind.setdefault(token.kind, []).append(token.value)
    assert by_kind["date_part"] == [18, 8, 17, 5, 2023, 2, 9]
    assert by_kind["year"] == [2014, 2023, 2007, 2022, 2021, 2025, 2020]
    assert by_kind["time"] == [20, 47]
    assert by_kind["ratio"] == [3, 5]
    assert by_kind["plain"] == [10, 5, 7]


def test_iter_numbers_words() -> None:
    text = (
        "Dịp này, sáu tập thể và hai mươi mốt cá nhân được khen; một số mô hình được nhân rộng; "
        "đây là một đơn vị tiêu biểu; một tập thể nhận cờ; năm năm qua; Năm 2023 là một năm khó; "
        "hàng nghìn người tham gia; khoảng hai nghìn hộ; một cách đồng bộ."
    )
    words = [(t.raw, t.value, t.qualifier) for t in iter_numbers(text) if t.is_word]
    assert words == [
        ("sáu", 6, None),
        ("hai mươi mốt", 21, None),
        ("một", 1, None),
        ("năm", 5, None),
        ("hai nghìn", 2000, "khoảng"),
    ]


def test_iter_numbers_multipliers() -> None:
    text = "hỗ trợ 2,5 triệu đồng, 3 nghìn người, 1,2 tỷ, 1,5 nghìn tỷ đồng"
    found = [(t.raw, t.value) for t in iter_numbers(text)]
    assert found == [
        ("2,5 triệu", 2_500_000),
        ("3 nghìn", 3000),
        ("1,2 tỷ", 1_200_000_000),
        ("1,5 nghìn tỷ", 1_500_000_000_000),
    ]


def test_iter_numbers_empty_and_no_numbers() -> None:
    assert iter_numbers("") == []
    assert iter_numbers("Không có số nào ở đây.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "adversarial",
    [
        "1.1," * 250_000,
        "1" * 1_000_000,
        "1.000." * 166_000,
        "12,3." * 200_000,
        "1/2-3:4" * 140_000,
        "9.99,9" * 170_000,
    ],
)
def test_iter_numbers_reads_adversarial_input(adversarial: str) -> None:
    # its speed (linear, no backtracking) is measured by benchmarks/bench_linear.py
    tokens = iter_numbers(adversarial)
    assert all(0 <= t.start < t.end <= len(adversarial) for t in tokens)


@pytest.mark.slow
def test_iter_numbers_dense_numbers_scale_linearly() -> None:
    # 1 MB of separate numbers means 200k tokens: bounded by per-token cost, not backtracking
    tokens = iter_numbers("1.1, " * 200_000)  # its speed: benchmarks/bench_linear.py
    assert len(tokens) == 200_000


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="0123456789.,/-–:% \nhtrệuỷgầnơkoảmộtháingàyămsáuchiềuhaimươimốtlămtrămnghìn",
        max_size=200,
    )
)
def test_iter_numbers_offsets_consistent(text: str) -> None:
    previous_end = 0
    for token in iter_numbers(text):
        assert text[token.start : token.end] == token.raw
        assert token.start >= previous_end  # in order, never overlapping
        previous_end = token.end
        assert token.kind in {"plain", "percent", "date_part", "year", "time", "document", "ratio"}
        if token.qualifier_start is not None:
            assert token.qualifier_start < token.start


def test_iter_numbers_named_bodies_and_clock_times() -> None:
    text = "Ban Chỉ đạo 138 và Đề án 06 họp lúc 14h30; 8 giờ 15 phút sáng có 3 tổ công tác."
    kinds = [(t.raw, t.kind) for t in iter_numbers(text)]
    assert kinds == [
        ("138", "document"),
        ("06", "document"),
        ("14", "time"),
        ("30", "time"),
        ("8", "time"),
        ("15", "time"),
        ("3", "plain"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "trong tháng 5/2023 có 73/126 xã",
            [("5", "date_part"), ("2023", "date_part"), ("73", "ratio"), ("126", "ratio")],
        ),
        ("quý I/2023 và khóa XII/2021", [("2023", "year"), ("2021", "year")]),
        (
            "đường dây nóng 0263.3822.123",
            [("0263", "document"), ("3822", "document"), ("123", "document")],
        ),
        ("Nghị quyết 12/2019/NQ-HĐND", [("12", "document"), ("2019", "document")]),
        ("tăng 72,6 phần trăm", [("72,6 phần trăm", "percent")]),
    ],
)
def test_iter_numbers_more_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.raw, t.kind) for t in iter_numbers(text)] == expected


# --- the count finder's forms, read by the same module ---------------------------------------


def test_parse_count_reads_grouped_padded_and_word_counts() -> None:
    from tomtat.text.numbers import parse_count

    assert parse_count("1.131") == 1131
    assert parse_count("02") == 2
    assert parse_count("sáu") == 6
    assert parse_count("1.2.3x") is None
    assert parse_count("9" * 16) is None


def test_read_figure_applies_the_scale_word_after_it() -> None:
    from tomtat.text.numbers import FIGURE, read_figure

    text = "thu hồi 2,5 tỷ đồng và 618 tổ"
    values = [read_figure(text, m) for m in FIGURE.finditer(text)]
    assert values[0] == (2_500_000_000, text.index(" đồng"))
    assert values[1] == (618, text.index(" tổ"))


def test_scale_after_knows_compound_scales() -> None:
    from tomtat.text.numbers import scale_after

    assert scale_after("5 nghìn tỷ", 1) == 10**12
    assert scale_after("5 triệu", 1) == 10**6
    assert scale_after("5 người", 1) == 1


def test_spelled_out_numbers_read_the_same_on_the_lowered_copy_and_on_the_text() -> None:
    # a final "ı" makes tomtat.text.lowered refuse the text: the (?i) scan runs instead
    text = "Huyện có HAI MƯƠI MỐT xã, Ba Trăm hộ dân và sáu tập thể được khen."
    tokens = iter_numbers(text)
    assert [t.value for t in tokens if t.is_word] == [21, 300, 6]
    assert iter_numbers(text + " ı") == tokens


def test_read_figure_multiplies_a_compound_scale() -> None:
    from tomtat.text.numbers import FIGURE, read_figure

    for text, value in (
        ("số thu khoảng 11 nghìn tỷ đồng", 11 * 10**12),
        ("tổng vốn 1,5 ngàn tỷ đồng", 1_500_000_000_000),
        ("doanh thu 3 nghìn tỉ đồng", 3 * 10**12),
    ):
        assert read_figure(text, next(FIGURE.finditer(text)))[0] == value, text  # type: ignore[index]
    # near misses: one scale word, and a scale word that starts the next phrase
    text = "quỹ 2 triệu đồng"
    assert read_figure(text, next(FIGURE.finditer(text)))[0] == 2_000_000  # type: ignore[index]
    text = "hỗ trợ 5 nghìn, tỷ lệ đạt"
    assert read_figure(text, next(FIGURE.finditer(text)))[0] == 5_000  # type: ignore[index]


_RUN_ALPHABET = st.sampled_from(
    [
        *("hai", "Mươi", "mốt", "ba", "bảy", "bẩy", "trăm", "tư", "tỷ", "nghìn", "ngàn", "năm"),
        *("bay", "a", "x", " ", " ", "\u00a0", ",", "đ", "1"),
    ]
)


@given(st.lists(_RUN_ALPHABET, max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_number_word_runs_on_the_lowered_copy_match_the_case_insensitive_scan(text: str) -> None:
    from tomtat.text.numbers import _WORD_RUN, _WORD_RUN_LOW

    low = [m.span() for m in _WORD_RUN_LOW.finditer(text.lower())]
    assert low == [m.span() for m in _WORD_RUN.finditer(text)]


def test_a_read_token_is_the_frozen_dataclass_its_fields_make() -> None:
    """The reader's tokens (their fields set at once) are what ``NumberToken(...)`` makes:
    equal, with the same hash and fields, and frozen."""
    for token in iter_numbers("Khoảng 1.131 người, 5 tỷ đồng, 20h30 và hai mươi mốt xã"):
        made = NumberToken(*(getattr(token, f.name) for f in dataclasses.fields(NumberToken)))
        assert token == made and hash(token) == hash(made) and repr(token) == repr(made)
        with pytest.raises(dataclasses.FrozenInstanceError):
            token.value = 0  # type: ignore[misc]


_NOUN_ALPHABET = st.sampled_from(
    [
        *("người", "Người", "tập thể", "TẬP THỂ", "CLB", "clb", "cá nhân", "m", "ha", "km", "năm"),
        *("tỷ", "Tỷ", "thị trấn", "thị", "câu lạc bộ", "hộ", "hội", "2024", "a", "đồng", "x"),
        *(" ", " ", "\u00a0", "\t", ",", "-", "_", "İ"),
    ]
)
_ARTICLES = sorted((Path(__file__).parents[2] / "examples" / "articles").glob("*.txt"))


def _assert_count_nouns_read_alike(text: str) -> None:
    from tomtat.text.lowered import lowered
    from tomtat.text.numbers import _COUNT_NOUN_AFTER, _COUNT_NOUN_AFTER_LOW

    low = lowered(text)
    if low is None:
        return  # the reader keeps the (?i) pattern for such a text
    for at in range(len(text) + 1):
        plain = _COUNT_NOUN_AFTER.match(text, at)
        twin = _COUNT_NOUN_AFTER_LOW.match(low, at)
        assert (plain and plain.span()) == (twin and twin.span()), (text, at)


@given(st.lists(_NOUN_ALPHABET, max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_a_counting_noun_after_a_number_word_reads_alike_on_the_lowered_copy(text: str) -> None:
    """The counting nouns joined under their letters, on the lower-cased copy, match where
    and as far as the (?i) alternation matches on the text."""
    _assert_count_nouns_read_alike(text)


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda p: p.stem[:3])
def test_a_counting_noun_of_an_article_reads_alike_on_the_lowered_copy(path: Path) -> None:
    _assert_count_nouns_read_alike(path.read_text(encoding="utf-8"))
