"""Figures in prose as the statistics finder reads them: digits, a decimal comma, a scale word.

Part of the one number reader; :mod:`tomtat.text.numbers` re-exports the public names.
"""

from __future__ import annotations

import re

from tomtat.text.vocab import SCALE_WORDS

__all__ = ["FIGURE", "read_figure", "scale_after"]

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
