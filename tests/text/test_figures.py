"""Tests for tomtat.text.figures: the digit-run index and the scans led by a number."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.text import dates, numbers, stat_scan
from tomtat.text.figures import FIGURE, digit_run_starts, number_led, number_led_matches

NUMBER_LED = [
    FIGURE,
    numbers._CLUSTER,
    dates._NUMERIC_DATE,
    dates._DAY_RANGE_DATE,
    dates._SPACED_DATE,
    dates._BARE_ANNIVERSARY_SPAN,
    dates._RANGE_DASH,
    dates._YEAR_TOKEN,
    stat_scan._PAIR_RE,
    stat_scan._SUM_RE,
    stat_scan._SECOND_COUNT,
    stat_scan._RATIO_RE,
    stat_scan._COUNT_NOUN,
    stat_scan._ITEMS_RE,
    stat_scan._GLUED_MEASURE,
]

TEXTS = [
    "Chiều 5/1/2024, UBND tặng 12 tập thể, 30 cá nhân; 73/126 xã (1945 - 2025) đạt 1.131,5 tỷ",
    "ngày 01-02/4/2019 và 15 và 16/8, Chiều 20 - 12 - 2023 có 3/9/1975 - 3/9/2025",
    "V05, Covid-19, 2020-2025: 46 tập thể và cá nhân; 47 đợt/5.210 lượt; 5 Huân chương",
    "14h30 ngày 7.10, 0263.3822.123 và 1.2.3; 20:47, 5-7 người, 2,5% và 100%",
    "110.000m2 đất, 45kg, 3,5ha, V5km, 1.2km2, 12 tấn và 7tấn; 2.500m²",
    "năm 2021, 1899-1900, 2100–2101, 20215, (2024), 2019/2020, 2.020, x2020 và 1990 - 2020",
]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in found]


@pytest.mark.parametrize("pattern", NUMBER_LED, ids=lambda p: p.pattern[:24])
@pytest.mark.parametrize("text", TEXTS)
def test_number_led_matches_are_the_scans_matches(pattern: re.Pattern[str], text: str) -> None:
    """Tried only where a run of digits starts, a scan finds what finditer finds, whole or in
    any window (every group at the same place)."""
    assert _spans(number_led_matches(pattern, text)) == _spans(list(pattern.finditer(text)))
    for pos in range(0, len(text), 7):
        for end in (pos + 5, pos + 40, len(text) + 3):
            if pattern is numbers._CLUSTER and pos and text[pos - 1].isdigit():
                continue  # a possessive run is only scanned from the start of the text
            got = number_led_matches(pattern, text, pos, end)
            assert _spans(got) == _spans(list(pattern.finditer(text, pos, end)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 .,/-–:()%ab\nnăm tập thể cá nhân", max_size=80))
def test_number_led_matches_agree_on_any_text(text: str) -> None:
    for pattern in NUMBER_LED:
        assert _spans(number_led_matches(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_digit_run_starts_are_the_first_digits_of_runs() -> None:
    assert digit_run_starts("a12 3.45,6 x7") == (1, 4, 6, 9, 12)
    assert digit_run_starts("") == ()


@pytest.mark.parametrize(
    "source",
    [r"(?<!\w)\d+", r"\d+", r"năm \d+", r"(?i)(?P<n>\d{1,3})", r"(?:19|20)\d{2}(?<![\w]\d{4})"],
)
def test_a_pattern_that_may_start_inside_a_run_is_refused(source: str) -> None:
    """Only a pattern that cannot match from a digit after a digit may skip to run starts."""
    with pytest.raises(ValueError, match="led by a run of digits"):
        number_led(re.compile(source))


@pytest.mark.parametrize(
    ("source", "digits"),
    [
        (r"(?P<y>\d(?<![\w]\d)\d{3})", (1, 2)),
        (r"(?P<d>\d(?<![\w]\d)\d?)/", (4,)),
        (r"(?P<d>\d(?<![\w]\d)\d*)/", (1, 2)),
        (r"\d++", (1, 2)),
        (r"(?P<d>\d(?<![\w]\d)\d?)/", (1, 2, 3)),
    ],
)
def test_a_run_length_the_opening_does_not_say_is_refused(
    source: str, digits: tuple[int, ...]
) -> None:
    """A pattern may skip the runs of other lengths only where its opening group says how
    many digits it reads (one or two, or four)."""
    with pytest.raises(ValueError, match="digits"):
        number_led(re.compile(source), digits=digits)


@pytest.mark.parametrize(
    ("pattern", "text", "end", "found"),
    [
        (dates._YEAR_TOKEN, "năm 20215 và 2021", 8, ["2021"]),
        (dates._YEAR_TOKEN, "năm 20215 và 2021", None, ["2021"]),
        (dates._NUMERIC_DATE, "ngày 123/4 và 12/4", None, ["12/4"]),
        (dates._SPACED_DATE, "Chiều 20 - 12", 7, []),
        (dates._RANGE_DASH, "2015-20201 và 2016 - 2020", None, ["2016 - 2020"]),
    ],
)
def test_a_scan_of_declared_run_lengths_finds_what_finditer_finds(
    pattern: re.Pattern[str], text: str, end: int | None, found: list[str]
) -> None:
    """Tried at runs of its declared lengths alone, a day or year pattern still finds every
    match, also in a run that the window's end cuts short ("2021" of "20215" up to 8)."""
    window = len(text) if end is None else end
    got = number_led_matches(pattern, text, 0, end)
    assert [m.group() for m in got] == found
    assert _spans(got) == _spans(list(pattern.finditer(text, 0, window)))


@pytest.mark.parametrize(
    ("pattern", "older"),
    [
        (dates._YEAR_TOKEN, rf"(?P<y>{dates._YEAR})(?<![\w.,/]\d{{4}})(?![\w]|[.,/]\d)"),
        (
            dates._RANGE_DASH,
            rf"(?P<a>{dates._YEAR})(?<![\w.,/\-–]\d{{4}})\s*[-–—]\s*(?P<b>{dates._YEAR})"
            r"(?![\w]|[.,/]\d)",
        ),
    ],
)
@pytest.mark.parametrize("text", TEXTS)
def test_a_year_led_by_its_digits_is_the_year_of_the_alternation(
    pattern: re.Pattern[str], older: str, text: str
) -> None:
    """The year patterns written digits first match where the year alternation did."""
    assert _spans(list(pattern.finditer(text))) == _spans(list(re.finditer(older, text)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="012919202100 -–—.,/(x", max_size=40))
def test_the_year_patterns_agree_with_the_alternation_on_any_text(text: str) -> None:
    older_year = rf"(?P<y>{dates._YEAR})(?<![\w.,/]\d{{4}})(?![\w]|[.,/]\d)"
    assert _spans(list(dates._YEAR_TOKEN.finditer(text))) == _spans(
        list(re.finditer(older_year, text))
    )


@pytest.mark.parametrize("text", TEXTS)
def test_the_glued_measure_led_by_its_digit_is_the_older_pattern(text: str) -> None:
    older = (
        r"(?<![\w.,/\-–:])(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?(?="
        + stat_scan._GLUED_UNITS
        + ")"
    )
    found = _spans(list(stat_scan._GLUED_MEASURE.finditer(text)))
    assert found == _spans(list(re.finditer(older, text)))
