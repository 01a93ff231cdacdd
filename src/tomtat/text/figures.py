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


_DIGIT_RUN = re.compile(r"\d(?<!\d\d)\d*+")
"""A run of digits: written first digit first (not "\\d+"), the scan is a third faster."""


@lru_cache(maxsize=32)  # per-text: the current article and its windows, not a corpus
def _digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each run of digits of ``text``, in order."""
    return tuple([match.span() for match in _DIGIT_RUN.finditer(text)])


@lru_cache(maxsize=32)
def digit_run_starts(text: str) -> tuple[int, ...]:
    """Where each run of digits of ``text`` starts (no digit before it), in order: the one
    index of the places where a number can begin, read once per text for every reader."""
    return tuple([start for start, _ in _digit_runs(text)])


@lru_cache(maxsize=64)
def _run_starts_of_length(text: str, lengths: frozenset[int]) -> tuple[int, ...]:
    """:func:`digit_run_starts` of the runs whose number of digits is one of ``lengths``."""
    return tuple([start for start, end in _digit_runs(text) if end - start in lengths])


_NUMBER_LED = re.compile(r"(?:\(\?i\))?(?:\((?:\?P<\w+>)?)?\\d(?:\(\?<!\[\\[wd]|\+\+)")

_RUN_OPENINGS = {
    frozenset({1, 2}): re.compile(r"\(\?P<\w+>\\d\(\?<!\[[^\]]*\]\\d\)\\d\?\)"),
    frozenset({4}): re.compile(r"\(\?P<\w+>\\d\(\?<!\[[^\]]*\]\\d\)\\d\{3\}\)"),
}
r"""The openings of a pattern that reads a run of one or two digits, or of exactly four, as
a named group: ``(?P<d>\d(?<![...]\d)\d?)``, ``(?P<y>\d(?<![...]\d)\d{3})``."""

_RUN_LENGTHS: dict[int, tuple[re.Pattern[str], frozenset[int]]] = {}
"""The run lengths a :func:`number_led` pattern declared, by the pattern's id (with the
pattern, so that a stale id is never taken for another pattern)."""


def number_led(pattern: re.Pattern[str], *, digits: tuple[int, ...] = ()) -> re.Pattern[str]:
    r"""``pattern``, checked to match only where a run of digits starts: it opens (perhaps in a
    group) with a digit whose look-behind rules out a digit before it (``\d(?<![\w...]\d)``,
    ``\d(?<![\d...]\d)``), or with a possessive run of digits (``\d++``, which a scan from
    the start of the text only ever tries at the first digit of a run); a ValueError
    otherwise, at import time, so that a pattern edited later cannot silently lose matches
    in :func:`number_led_matches`.

    ``digits`` declares that the pattern matches only a run of that many digits (a day
    ``(1, 2)``, a year ``(4,)``), as its opening group says (checked) and what follows it
    (a separator, a space, no further digit) ensures: :func:`number_led_matches` then tries
    it at those runs alone, a third of a text's numbers for a year."""
    if _NUMBER_LED.match(pattern.pattern) is None:
        raise ValueError(f"not a pattern led by a run of digits: {pattern.pattern[:60]!r}")
    if digits:
        opening = _RUN_OPENINGS.get(frozenset(digits))
        if opening is None or opening.match(pattern.pattern) is None:
            raise ValueError(f"not a pattern led by {digits} digits: {pattern.pattern[:60]!r}")
        _RUN_LENGTHS[id(pattern)] = (pattern, frozenset(digits))
    return pattern


def number_led_matches(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    r"""``list(pattern.finditer(text, pos, endpos))`` for a :func:`number_led` pattern, tried
    only where a run of digits starts (:func:`digit_run_starts`) instead of at every position:
    a scan that skips to digits still tests each character, and a text holds a few dozen
    numbers in thousands of characters. A pattern that declared its run lengths is tried at
    runs of those lengths alone, and at a run cut by ``endpos`` (shorter there). ``pos``
    must not fall inside a run of digits that a possessive ``\d++`` would match from there."""
    end = len(text) if endpos is None else min(endpos, len(text))
    declared = _RUN_LENGTHS.get(id(pattern))
    if declared is not None and declared[0] is pattern:
        starts = _run_starts_of_length(text, declared[1])
        cut = _run_cut_at(text, end)
        if cut is not None and cut >= pos:
            starts = (*starts[: bisect.bisect_left(starts, cut)], cut)
    else:
        starts = digit_run_starts(text)
    found: list[re.Match[str]] = []
    last = pos
    for at in starts[bisect.bisect_left(starts, pos) : bisect.bisect_left(starts, end)]:
        if at >= last:
            match = pattern.match(text, at, end)
            if match is not None:
                found.append(match)
                last = match.end()
    return found


def _run_cut_at(text: str, end: int) -> int | None:
    """The start of the run of digits that ``end`` cuts (a digit on either side), else None."""
    if not 0 < end < len(text) or not text[end].isdecimal() or not text[end - 1].isdecimal():
        return None
    runs = _digit_runs(text)
    return runs[bisect.bisect_right(runs, (end, end)) - 1][0]
