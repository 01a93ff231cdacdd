"""Checks of an LLM answer against its article: quotes found in the text, numbers in quotes.

Pure functions shared by the Pydantic validators (which raise, so instructor re-asks) and by
the lenient path after the last attempt (which records the same problems as findings).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_PUNCT = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.+|…)\s*")
_EDGE = " \t\n\"'.,;:!?()[]-"
_RUN = re.compile(r"\S+")

# Scale words written after a number: "5 tỷ đồng" is 5 000 000 000.
_SCALES = (
    ("nghìn tỷ", 10**12),
    ("ngàn tỷ", 10**12),
    ("tỷ", 10**9),
    ("tỉ", 10**9),
    ("triệu", 10**6),
    ("nghìn", 10**3),
    ("ngàn", 10**3),
)


def _tone_table() -> dict[str, str]:
    """Old-style spellings of word-final oa/oe/uy (tone on the first vowel) -> new style."""
    table: dict[str, str] = {}
    for tone in "\u0300\u0301\u0303\u0309\u0323":
        for first, seconds in (("o", "ae"), ("u", "y")):
            for second in seconds:
                for f, sec in (
                    (first, second),
                    (first.upper(), second),
                    (first.upper(), second.upper()),
                ):
                    old = unicodedata.normalize("NFC", f + tone) + sec
                    table[old] = f + unicodedata.normalize("NFC", sec + tone)
    return table


_TONES = _tone_table()
_OLD_STYLE = re.compile("(?:" + "|".join(map(re.escape, _TONES)) + r")(?![^\W\d_])")


def fold_tones(text: str) -> str:
    """One tone-mark placement for word-final oa/oe/uy ("hòa" -> "hoà", "Thúy" -> "Thuý")."""
    return _OLD_STYLE.sub(lambda m: _TONES[m.group(0)], text)


@dataclass(frozen=True, eq=False)
class FoldedText:
    """A text folded for comparison, with the original offset of every folded character."""

    text: str
    origin: Sequence[int]


def _fold_char_level(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_PUNCT).replace("…", "...")
    folded = fold_tones(text).lower()
    return folded if len(folded) == len(text) else text.lower()


@lru_cache(maxsize=128)
def fold(text: str) -> FoldedText:
    """NFC, one tone-mark style, lower case, plain quotes, whitespace runs as one space."""
    base = unicodedata.normalize("NFC", text)
    chars = _fold_char_level(base)
    if len(chars) != len(base):  # NFC or "…" changed the length: offsets become approximate
        base = chars
    out: list[str] = []
    origin = array("l")
    for m in _RUN.finditer(chars):
        if out:
            out.append(" ")
            origin.append(m.start() - 1)
        out.append(m.group(0))
        origin.extend(range(m.start(), m.end()))
    return FoldedText("".join(out), origin)


def quote_parts(quote: str) -> list[str]:
    """The folded pieces of a quote, split where the model wrote an ellipsis."""
    folded = fold(quote).text
    return [p.strip(_EDGE) for p in _ELLIPSIS.split(folded) if p.strip(_EDGE)]


def locate_quote(quote: str, article: FoldedText, start_hint: int = 0) -> tuple[int, int] | None:
    """``[start, end)`` of ``quote`` in the original text behind ``article``, or None.

    Comparison is on folded text, so spacing, case, tone-mark style and typographic quotes do
    not matter; pieces separated by an ellipsis must appear in order.
    """
    parts = quote_parts(quote)
    if not parts:
        return None
    hint = 0
    if start_hint:
        hint = next((k for k, o in enumerate(article.origin) if o >= start_hint), 0)
    for begin in (hint, 0) if hint else (0,):
        pos = article.text.find(parts[0], begin)
        if pos < 0:
            continue
        first, end = pos, pos + len(parts[0])
        ok = True
        for part in parts[1:]:
            nxt = article.text.find(part, end)
            if nxt < 0:
                ok = False
                break
            end = nxt + len(part)
        if ok:
            return article.origin[first], article.origin[end - 1] + 1
    return None


def quote_problem(quote: str | None, article: FoldedText) -> str | None:
    """Why ``quote`` is not acceptable evidence, or None when it is found in the article."""
    if quote is None or not quote.strip():
        return "the evidence quote is empty: copy the sentence of the article that states it"
    if locate_quote(quote, article) is None:
        shown = quote if len(quote) <= 120 else quote[:117] + "..."
        return (
            f"the quote {shown!r} is not in the article: copy the supporting sentence "
            "verbatim from the article text"
        )
    return None


def numbers_in(quote: str) -> list[float]:
    """Every value a number in ``quote`` may stand for (with a following scale word applied)."""
    from tomtat.text.numbers import iter_numbers

    values: list[float] = []
    folded = quote.lower()
    for token in iter_numbers(quote):
        value = float(token.value)
        values.append(value)
        after = folded[token.end : token.end + 12].lstrip()
        for word, scale in _SCALES:
            if after.startswith(word):
                values.append(value * scale)
                break
    return values


def value_in_quote(value: float, quote: str) -> bool:
    """True when ``value`` is written in ``quote`` (Vietnamese forms: 1.131, 2,5, hai mươi, 5 tỷ)."""
    return any(abs(v - value) <= 1e-9 * max(1.0, abs(value)) for v in numbers_in(quote))


def name_in_quote(name: str, quote: str) -> bool:
    """True when the folded ``name`` occurs in the folded ``quote``."""
    wanted = fold(name).text.strip(_EDGE)
    return bool(wanted) and wanted in fold(quote).text
