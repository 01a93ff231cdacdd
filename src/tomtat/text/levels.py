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
from functools import lru_cache

from tomtat.text.vocab import UNIT_LEVELS

__all__ = [
    "CITY_WORDS",
    "issuer_levels",
    "level_unit_pattern",
    "level_words",
    "other_levels",
    "unit_body_pattern",
    "unit_level",
    "unit_word_pattern",
    "unit_words",
]

CITY_WORDS: tuple[str, ...] = ("thành phố", "tp")
"""A city's unit word, written out or as a name's matching key writes it."""


def _word_pattern(word: str) -> str:
    pattern = r"\s+".join(map(re.escape, word.split()))
    for longer in (*UNIT_LEVELS, *CITY_WORDS):
        head, _, last = longer.rpartition(" ")
        if head and last == word:  # "xã" of "thị xã": a town, no commune
            # a look-behind has one width: one for each spacing a page writes (up to three)
            pattern = "".join(rf"(?<!{re.escape(head)}\s{{{n}}})" for n in (1, 2, 3)) + pattern
    if word.split()[-1] == "xã":
        pattern += r"(?!\s+hội(?!\w))"  # "xã hội": society, no commune
    return pattern


_UNIT_WORD = re.compile(
    r"(?i)(?<!\w)(?P<unit>"
    + "|".join(_word_pattern(w) for w in sorted((*UNIT_LEVELS, *CITY_WORDS), key=len, reverse=True))
    + r")(?!\w)"
)


def level_words(*levels: str) -> tuple[str, ...]:
    """The unit words of the given levels, longest first ("thị trấn", "phường", "xã" for
    "commune"): the vocabulary every reader of a level takes its words from."""
    return tuple(
        sorted((w for w, level in UNIT_LEVELS.items() if level in levels), key=len, reverse=True)
    )


def level_unit_pattern(*levels: str) -> str:
    """Regex fragment (a non-capturing group, case as the caller sets it) matching a unit
    word of the given levels however it is spaced ("thị  trấn"), "xã hội" excluded: the one
    way a reader spells out "a commune's unit word" or "a district's" in its own pattern."""
    return unit_word_pattern(*level_words(*levels))


def unit_word_pattern(*words: str) -> str:
    """Regex fragment (a non-capturing group) matching any of the unit ``words`` as a whole
    unit word ("xã" not inside "thị xã", nor in "xã hội"), however spaced."""
    return "(?:" + "|".join(_word_pattern(w) for w in sorted(words, key=len, reverse=True)) + ")"


def unit_body_pattern(*levels: str) -> str:
    """Regex fragment (a non-capturing group) matching the body of a unit of the given levels
    named by the unit's first word and then "ủy" or "đoàn" ("Huyện ủy", "Quận ủy", "Thị ủy",
    "Huyện đoàn"), or of a city ("Thành ủy", "Thành đoàn"), whose level the caller places."""
    heads = sorted({w.split()[0] for w in level_words(*levels)} | {CITY_WORDS[0].split()[0]})
    return r"(?:(?:" + "|".join(map(re.escape, heads)) + r")\s+(?:ủy|uỷ|đoàn))"


def unit_words(text: str) -> Iterator[re.Match[str]]:
    """The unit words of ``text`` in order ("tỉnh", "thị xã", "tp", ...), group ``unit``."""
    return _UNIT_WORD.finditer(text)


def unit_level(word: str) -> str | None:
    """The level of a unit word ("huyện" -> "district", "Thị  xã" -> "district"); None for a
    city, whose level depends on which city it is."""
    return UNIT_LEVELS.get(" ".join(word.lower().split()))


@lru_cache(maxsize=4096)  # the cross-check compares the same few issuers again and again
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
