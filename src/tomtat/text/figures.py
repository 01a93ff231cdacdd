"""Figures in prose as the statistics finder reads them: digits, a decimal comma, a scale word.

Part of the one number reader; :mod:`tomtat.text.numbers` re-exports the public names.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from tomtat.text.vocab import SCALE_WORDS

__all__ = [
    "FIGURE",
    "digit_run_starts",
    "number_led",
    "number_led_matches",
    "read_figure",
    "scale_after",
]

FIGURE = re.compile(
    r"(?P<num>\d(?<![\w.,/\-–:]\d)(?:\d{0,2}(?:\.\d{3})+(?![\d])|\d*))(?:,(?P<frac>\d+))?"
    r"(?![\d]|[.,/:\-–]\d|[\-–]?[^\W\d_])"
)
"""A figure in prose: groups "num" (digits, dots between thousands) and "frac" (decimals)."""

_SCALE_AFTER = re.compile(r"[^\S\n]*(?P<mult>" + "|".join(SCALE_WORDS) + r")(?!\w)", re.I)

_COMPOUND_SCALE = re.compile(r"(?i)\s*(?:nghìn|ngàn)\s+(?:tỷ|tỉ)(?!\w)")


def read_figure(text: str, match: re.Match[str]) -> tuple[int | float, int] | None:
    """Value of a :data:`FIGURE` match with the scale words after it ("5 tỷ", "11 nghìn tỷ"),
    and where it ends."""
    raw = match.group("num")
    try:
        value: int | float = int(raw.replace(".", ""))
    except ValueError:
        return None
    if match.group("frac"):
        value = float(f"{int(raw.replace('.', ''))}.{match.group('frac')}")
    cursor = match.end()
    # "11 nghìn tỷ đồng": a compound scale multiplies both words (as in :func:`scale_after`)
    for _ in range(2):
        scale = _SCALE_AFTER.match(text, cursor)
        if scale is None:
            break
        value = value * float(SCALE_WORDS[scale.group("mult").lower()])
        cursor = scale.end()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value, cursor


def scale_after(text: str, end: int) -> int:
    """The scale of a scale word right after ``end`` ("nghìn tỷ" is 10^12), else 1."""
    if _COMPOUND_SCALE.match(text, end):
        return 10**12
    scale = _SCALE_AFTER.match(text, end)
    return SCALE_WORDS[scale.group("mult").lower()] if scale else 1


_RUN_START = re.compile(r"\d(?<!\d\d)")


@lru_cache(maxsize=32)  # per-text: the current article and its windows, not a corpus
def digit_run_starts(text: str) -> tuple[int, ...]:
    """Where each run of digits of ``text`` starts (no digit before it), in order: the one
    index of the places where a number can begin, read once per text for every reader."""
    return tuple([match.start() for match in _RUN_START.finditer(text)])


_NUMBER_LED = re.compile(r"(?:\(\?i\))?(?:\((?:\?P<\w+>)?)?\\d(?:\(\?<!\[\\[wd]|\+\+)")


def number_led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern``, checked to match only where a run of digits starts: it opens (perhaps in a
    group) with a digit whose look-behind rules out a digit before it (``\d(?<![\w...]\d)``,
    ``\d(?<![\d...]\d)``), or with a possessive run of digits (``\d++``, which a scan from
    the start of the text only ever tries at the first digit of a run); a ValueError
    otherwise, at import time, so that a pattern edited later cannot silently lose matches
    in :func:`number_led_matches`."""
    if _NUMBER_LED.match(pattern.pattern) is None:
        raise ValueError(f"not a pattern led by a run of digits: {pattern.pattern[:60]!r}")
    return pattern


def number_led_matches(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    r"""``list(pattern.finditer(text, pos, endpos))`` for a :func:`number_led` pattern, tried
    only where a run of digits starts (:func:`digit_run_starts`) instead of at every position:
    a scan that skips to digits still tests each character, and a text holds a few dozen
    numbers in thousands of characters. ``pos`` must not fall inside a run of digits that
    a possessive ``\d++`` would match from there."""
    starts = digit_run_starts(text)
    end = len(text) if endpos is None else min(endpos, len(text))
    found: list[re.Match[str]] = []
    last = pos
    for at in starts[bisect.bisect_left(starts, pos) : bisect.bisect_left(starts, end)]:
        if at >= last:
            match = pattern.match(text, at, end)
            if match is not None:
                found.append(match)
                last = match.end()
    return found
