"""Vietnamese numbers in words ("hai mươi mốt", "năm trăm", "hai triệu rưỡi") and written counts.

Part of the one number reader; :mod:`tomtat.text.numbers` re-exports the public names.
"""

from __future__ import annotations

import unicodedata

from tomtat.text.vocab import SCALE_WORDS

_DIGIT_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}

# Unit words allowed after "mươi" / "mười" (tens): "mốt" = 1, "tư" = 4, "lăm"/"nhăm" = 5.
_UNIT_AFTER_TENS: dict[str, int] = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}

_SCALES: dict[str, int] = SCALE_WORDS

NUMBER_VOCAB = (
    set(_DIGIT_WORDS)
    | set(_UNIT_AFTER_TENS)
    | set(_SCALES)
    | {"mười", "mươi", "trăm", "linh", "lẻ", "chục", "rưỡi", "rưởi"}
)


def _below_thousand(
    words: list[str], pos: int, zero_hundreds: bool = False
) -> tuple[int, int] | None:
    """Parse a number below 1000 starting at ``words[pos]``; (value, next position).

    ``zero_hundreds`` admits "không trăm ..." (only inside a larger number: "một nghìn
    không trăm linh năm").
    """
    n = len(words)
    value = 0
    i = pos
    has_hundreds = False
    if i + 1 < n and words[i] in _DIGIT_WORDS and words[i + 1] == "trăm":
        if words[i] == "không" and not zero_hundreds:
            return None
        value = _DIGIT_WORDS[words[i]] * 100
        i += 2
        has_hundreds = True
        if i < n and words[i] in ("rưỡi", "rưởi"):
            return value + 50, i + 1
    if i < n and words[i] in ("linh", "lẻ"):
        if not has_hundreds or i + 1 >= n or words[i + 1] not in _DIGIT_WORDS:
            return None
        digit = _DIGIT_WORDS[words[i + 1]]
        if digit == 0:
            return None
        return value + digit, i + 2
    if i < n and words[i] == "mười":
        value += 10
        i += 1
        if i < n and words[i] in _UNIT_AFTER_TENS and words[i] not in ("mốt", "tư"):
            value += _UNIT_AFTER_TENS[words[i]]
            i += 1
        return value, i
    if i + 1 < n and words[i] in _DIGIT_WORDS and words[i + 1] in ("mươi", "chục"):
        tens = _DIGIT_WORDS[words[i]]
        if tens < 2 and words[i + 1] == "mươi":
            return None
        if tens == 0:
            return None
        value += tens * 10
        i += 2
        if i < n and words[i] in _UNIT_AFTER_TENS:
            value += _UNIT_AFTER_TENS[words[i]]
            i += 1
        return value, i
    if has_hundreds:
        return value, i
    if i < n and words[i] in _DIGIT_WORDS:
        return _DIGIT_WORDS[words[i]], i + 1
    return None


def parse_scaled(words: list[str]) -> int | None:
    """Parse a whole phrase of number words, with nghìn/triệu/tỷ scales, or None."""
    if not words:
        return None
    # split at the largest scale word present (rightmost occurrence of it)
    best: tuple[int, int] | None = None
    for index, word in enumerate(words):
        scale = _SCALES.get(word)
        if scale is not None and (best is None or scale >= best[1]):
            best = (index, scale)
    if best is None:
        parsed = _below_thousand(words, 0)
        if parsed is None or parsed[1] != len(words):
            return None
        return parsed[0]
    index, scale = best
    left = parse_scaled(words[:index])
    if left is None or left == 0 or left >= scale:
        return None
    rest = words[index + 1 :]
    if not rest:
        return left * scale
    if rest in (["rưỡi"], ["rưởi"]):
        return left * scale + scale // 2
    if rest[0] == "không" and len(rest) > 1 and rest[1] == "trăm":
        # "một nghìn không trăm linh năm" = 1005, "hai nghìn không trăm hai mươi" = 2020
        tail = _below_thousand(rest, 0, zero_hundreds=True)
        if tail is None or tail[1] != len(rest):
            return None
        return left * scale + tail[0]
    right = parse_scaled(rest)
    if right is None or right >= scale:
        return None
    return left * scale + right


def word_key(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def parse_number_words(words: str) -> int | None:
    """Value of a Vietnamese numeral phrase ("hai mươi mốt" -> 21), or None if it is not one.

    Accepts digits không..chín (bảy/bẩy), mười/mươi, mốt/tư/lăm/nhăm after tens, trăm with
    linh/lẻ, chục, nghìn/ngàn, triệu, tỷ/tỉ and a closing rưỡi ("hai triệu rưỡi"). A bare
    scale word ("nghìn", as in "hàng nghìn") is not a number.
    """
    tokens = [word_key(t) for t in words.split()]
    if not tokens or any(t not in NUMBER_VOCAB for t in tokens):
        return None
    return parse_scaled(tokens)


_UNITS_TEXT = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words_below_thousand(value: int, full: bool) -> list[str]:
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    out: list[str] = []
    if hundreds or full:
        out += [_UNITS_TEXT[hundreds], "trăm"]
    if tens == 0:
        if units:
            if out:
                out.append("linh")
            out.append(_UNITS_TEXT[units])
        return out
    if tens == 1:
        out.append("mười")
    else:
        out += [_UNITS_TEXT[tens], "mươi"]
    if units == 1:
        out.append("một" if tens == 1 else "mốt")
    elif units == 4 and tens > 1:
        out.append("tư")
    elif units == 5:
        out.append("lăm")
    elif units:
        out.append(_UNITS_TEXT[units])
    return out


def number_to_words(value: int) -> str:
    """Vietnamese reading of a non-negative integer (21 -> "hai mươi mốt", 105 -> "một trăm linh năm")."""
    if value < 0:
        raise ValueError("negative numbers are not supported")
    if value == 0:
        return "không"
    out: list[str] = []
    scales = [(1_000_000_000, "tỷ"), (1_000_000, "triệu"), (1_000, "nghìn")]
    remaining = value
    started = False
    for size, name in scales:
        chunk, remaining = divmod(remaining, size)
        if chunk:
            out += (
                number_to_words(chunk).split()
                if chunk >= 1000
                else _words_below_thousand(chunk, False)
            )
            out.append(name)
            started = True
    if remaining:
        out += _words_below_thousand(remaining, started)
    return " ".join(out)


MAX_COUNT_DIGITS = 15

"""Longer digit runs are not counts (and int() of them is slow)."""

NUMBER_WORDS = "không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ"

"""Regex alternation of the words a spelled-out number is made of."""

WORD_NUMBER = (
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
    rf"(?:[^\S\n]+(?:{NUMBER_WORDS})(?!\w))*"
)

"""Regex fragment: a spelled-out count ("sáu", "hai mươi mốt")."""

DIGIT_COUNT = r"(?:\d{1,3}(?:\.\d{3})+(?![\d.]\d)|\d{1,15})"

"""Regex fragment: a count in digits, thousands grouped by dots ("1.131") or zero-padded ("02")."""


def parse_count(raw: str) -> int | None:
    """Integer value of a written count: "1.131" -> 1131, "02" -> 2, "sáu" -> 6; else None."""
    raw = raw.strip()
    if not raw:
        return None
    if raw[0].isdigit():
        digits = raw.replace(".", "")
        if not digits.isdigit() or len(digits) > MAX_COUNT_DIGITS:
            return None
        return int(digits)
    value = parse_number_words(raw)
    return value if isinstance(value, int) else None
