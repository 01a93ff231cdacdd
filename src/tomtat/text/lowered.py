"""A lower-cased copy of a text with the same offsets, for the case-insensitive whole-text scans.

A ``(?i)`` pattern that starts with a letter (or a look-behind) cannot skip ahead: the regex
engine tries it at every position of the text. Two cheaper ways give the same answers:

* a substring test on the lower-cased copy (``"dương" in low``) tells that a word is absent,
  so a scan that needs it is skipped (:func:`may_contain`);
* a plain pattern with lower-case literals, run on the lower-cased copy, finds the same
  matches at the same offsets as the ``(?i)`` pattern on the text, and one that starts with a
  literal lets the engine skip to the places where that literal occurs.

Both hold when lower-casing keeps every offset (no character lowers to two, as "İ" does) and
the text holds none of the characters that ``re`` matches case-insensitively to a letter they
do not lower to ("ı" matches "i", "ſ" matches "s"). For any other text :func:`lowered` gives
None and the callers scan the text itself, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["lowered", "may_contain", "plain_twin", "word_start_alternation", "word_start_twin"]

_CASE_ODD = "ıſẛ"
"""Characters that ``re`` (IGNORECASE) matches to a letter that ``str.lower`` does not give."""


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``text.lower()`` when its offsets are those of ``text`` and ``(?i)`` matching of
    lower-case Latin/Vietnamese literals equals plain matching on it; else None."""
    low = text.lower()
    if len(low) != len(text) or any(ch in text for ch in _CASE_ODD):
        return None
    return low


def may_contain(text: str, *words: str) -> bool:
    """False only when none of ``words`` (lower-case literals) occurs in ``text`` under
    case-insensitive matching: a scan that needs one of them cannot match and can be skipped."""
    low = lowered(text)
    return low is None or any(word in low for word in words)


_NOT_LETTERS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.S)
"""Escapes ("\\S") and group names: letters that are no literal text of a pattern."""


def plain_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The ``(?i)`` ``pattern`` without the flag, to run on :func:`lowered` text: it finds the
    same matches at the same offsets, and faster. The pattern must begin with ``(?i)`` and
    write its letters in lower case (escapes such as ``\\S`` aside): a ValueError otherwise,
    at import time, so a pattern edited later cannot silently stop matching."""
    source = pattern.pattern
    if not source.startswith("(?i)") or pattern.flags & ~(re.I | re.U):
        raise ValueError(f"not a plain (?i) pattern: {source[:60]!r}")
    body = source[len("(?i)") :]
    if re.search(r"\(\?[a-zA-Z]*-", body):
        raise ValueError(f"a case-sensitive part in a (?i) pattern: {source[:60]!r}")
    if any(ch.isupper() for ch in _NOT_LETTERS.sub("", body)):
        raise ValueError(f"upper-case letters in a (?i) pattern: {source[:60]!r}")
    return re.compile(body)


_LEADING_WORD = re.compile(r"\(\?<!\\w\)([^\W\d_]+)")


def word_start_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""The :func:`plain_twin` of a ``(?i)(?<!\w)word...`` pattern with the look-behind moved
    after its first word (``word(?<!\wword)...``: it tests the same character before the
    word). Starting with a literal, the pattern lets the regex engine jump to the places where
    the word occurs instead of trying every position: a whole-text scan for "ngày 5 tháng 1"
    costs a tenth. A ValueError for a pattern of another shape."""
    body = plain_twin(pattern).pattern
    leading = _LEADING_WORD.match(body)
    if leading is None:
        raise ValueError(f"not a (?i)(?<!\\w)word pattern: {pattern.pattern[:60]!r}")
    word = leading.group(1)
    return re.compile(rf"{word}(?<!\w{word}){body[leading.end() :]}")


_OPTIONAL_WORD = re.compile(r"\(\?:([^\W\d_]+)\\s\+\)\?")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def word_start_alternation(alternatives: tuple[str, ...], tail: str) -> re.Pattern[str]:
    r"""What ``(?i)(?<!\w)(?:a|b|...)tail`` finds, as a pattern for :func:`lowered` text whose
    every alternative starts with its first word, the look-behind moved after it (as in
    :func:`word_start_twin`): the engine then skips to the places where one of their first
    letters occurs instead of testing the look-behind at every position (a third of the
    time for the commendation verbs). An alternative that opens with an optional word
    (``(?:được\s+)?trao``) is tried with the word, then without, as the original tries it.
    A ValueError when an alternative does not start with a word, or for upper-case letters.
    """
    plain_twin(re.compile(rf"(?i)(?<!\w)(?:{'|'.join(alternatives)}){tail}"))  # the checks
    moved: list[str] = []
    for alternative in alternatives:
        optional = _OPTIONAL_WORD.match(alternative)
        forms = (
            (
                rf"{optional.group(1)}\s+{alternative[optional.end() :]}",
                alternative[optional.end() :],
            )
            if optional
            else (alternative,)
        )
        for form in forms:
            word = _FIRST_WORD.match(form)
            if word is None:
                raise ValueError(f"an alternative that does not start with a word: {form!r}")
            moved.append(rf"{word.group()}(?<!\w{word.group()}){form[word.end() :]}")
    return re.compile(f"(?:{'|'.join(moved)}){tail}")
