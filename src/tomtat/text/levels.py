"""The one reader of administrative levels in a name ("UBND huyện X" is at district level).

The unit words and their levels are :data:`tomtat.text.vocab.UNIT_LEVELS`. "xã" before
"hội" is the word "xã hội" (society: "Bảo hiểm xã hội", "Lao động - Thương binh và Xã hội",
"chính sách xã hội"), no commune. A city ("thành phố", "tp" in a name's matching key) is of
either level: :func:`unit_words` finds it for readers that place it themselves, and
:func:`unit_level` gives it none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tomtat.text.vocab import UNIT_LEVELS

__all__ = ["CITY_WORDS", "issuer_levels", "other_levels", "unit_level", "unit_words"]

CITY_WORDS: tuple[str, ...] = ("thành phố", "tp")
"""A city's unit word, written out or as a name's matching key writes it."""


def _word_pattern(word: str) -> str:
    pattern = r"\s+".join(map(re.escape, word.split()))
    if word.split()[-1] == "xã":
        pattern += r"(?!\s+hội(?!\w))"  # "xã hội": society, no commune
    return pattern


_UNIT_WORD = re.compile(
    r"(?i)(?<!\w)(?P<unit>"
    + "|".join(_word_pattern(w) for w in sorted((*UNIT_LEVELS, *CITY_WORDS), key=len, reverse=True))
    + r")(?!\w)"
)


def unit_words(text: str) -> Iterator[re.Match[str]]:
    """The unit words of ``text`` in order ("tỉnh", "thị xã", "tp", ...), group ``unit``."""
    return _UNIT_WORD.finditer(text)


def unit_level(word: str) -> str | None:
    """The level of a unit word ("huyện" -> "district", "Thị  xã" -> "district"); None for a
    city, whose level depends on which city it is."""
    return UNIT_LEVELS.get(" ".join(word.lower().split()))


def issuer_levels(name: str | None) -> frozenset[str]:
    """The levels a name places its body at ("Chủ tịch UBND thị xã" -> {"district"};
    "Bảo hiểm xã hội tỉnh" -> {"province"}); empty for a name with no unit word."""
    levels = (unit_level(m.group("unit")) for m in unit_words(name or ""))
    return frozenset(level for level in levels if level is not None)


def other_levels(a: str | None, b: str | None) -> bool:
    """Whether two names place their bodies at different levels only ("Chủ tịch UBND xã" and
    "Chủ tịch UBND huyện"): two authorities however alike their words."""
    levels_a, levels_b = issuer_levels(a), issuer_levels(b)
    return bool(levels_a and levels_b) and levels_a.isdisjoint(levels_b)
