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

__all__ = [
    "by_first_letter",
    "literal_places",
    "lowered",
    "may_contain",
    "may_hold",
    "plain_twin",
    "spelt_out",
    "split_alternatives",
    "word_start_alternation",
    "word_start_alternation_twin",
    "word_start_branch",
    "word_start_twin",
]

_CASE_ODD = "ıſẛ"
"""Characters that ``re`` (IGNORECASE) matches to a letter that ``str.lower`` does not give
(:func:`lowered` tests each by name)."""


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``text.lower()`` when its offsets are those of ``text`` and ``(?i)`` matching of
    lower-case Latin/Vietnamese literals equals plain matching on it; else None."""
    low = text.lower()
    # the three of _CASE_ODD written out: a generator over them costs as much as lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text or "ẛ" in text:
        return None
    return low


def may_contain(text: str, *words: str) -> bool:
    """False only when none of ``words`` (lower-case literals) occurs in ``text`` under
    case-insensitive matching: a scan that needs one of them cannot match and can be skipped."""
    return may_hold(text, 0, len(text), words)


def may_hold(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """:func:`may_contain` of the stretch ``text[start:end]``, read on the :func:`lowered`
    copy at the same offsets (no slice). True for a text without a lower-cased copy."""
    low = lowered(text)
    if low is None:
        return True
    for word in words:
        if low.find(word, start, end) >= 0:
            return True
    return False


def literal_places(text: str, literals: str | tuple[str, ...]) -> list[int]:
    """Every place where one of ``literals`` (characters of a string, or strings) occurs in
    ``text``, in order, each once. ``str.find`` skips to them far faster than a regex scan that tests a
    class or a set of first letters at every position; a pattern whose every match opens with
    one of them need only be matched at these places (as ``finditer`` does: the first place at
    or after the last match's end where it matches)."""
    places: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            places.append(at)
            at = text.find(literal, at + 1)
    return sorted(set(places))


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


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _group_end(source: str, at: int) -> int:
    """The index of the ")" that closes the group opened at ``source[at]`` (escapes and
    character classes skipped); a ValueError when it is not closed."""
    depth, i, in_class = 0, at, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):
                i += 2 if source[i + 1] == "]" else 3  # a "]" first in a class is a literal
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"an unclosed group in {source!r}")


def split_alternatives(alternation: str) -> list[str]:
    """The branches of a regex ``alternation`` split at its top-level "|" (not inside a
    group or a character class, not an escaped one)."""
    branches: list[str] = []
    start = i = 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "([":
            i = _group_end(alternation, i) if ch == "(" else _class_end(alternation, i)
        elif ch == "|":
            branches.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*branches, alternation[start:]]


def _class_end(source: str, at: int) -> int:
    """The index of the "]" that closes the character class opened at ``source[at]``."""
    i = at + 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1  # a "]" first in a class is a literal
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "]":
            return i
        i += 1
    raise ValueError(f"an unclosed character class in {source!r}")


def spelt_out(branch: str) -> list[str]:
    r"""``branch`` as branches that each open with a letter, in the order the regex engine
    tries them: "(?:a|b)x" as "ax", "bx"; "(?:a\s+)?x" as "a\s+x", "x"; "p?x" as "px", "x";
    "(?:a\s+)*x" as "a\s+(?:a\s+)*x", "x" (a greedy repeat: one more round first).
    A ValueError for a branch that cannot be spelt so (a lazy or repeated group, a digit)."""
    if branch.startswith("(?:"):
        close = _group_end(branch, 0)
        inner, rest = branch[3:close], branch[close + 1 :]
        if rest.startswith("*") and not rest.startswith(("*?", "*+")):
            # greedy: one more round first (each branch in turn), then none
            forms = [alternative + branch for alternative in split_alternatives(inner)]
            return [spelt for form in [*forms, rest[1:]] for spelt in spelt_out(form)]
        if rest.startswith(("??", "*", "+", "{")):
            raise ValueError(f"a repeated or lazy group: {branch!r}")
        forms = [alternative + rest.removeprefix("?") for alternative in split_alternatives(inner)]
        if rest.startswith("?"):
            forms.append(rest[1:])  # greedy: with the group first, then without
        return [spelt for form in forms for spelt in spelt_out(form)]
    if len(branch) > 2 and branch[1] == "?" and branch[2] not in "?+*{" and branch[0].isalpha():
        return [*spelt_out(branch[0] + branch[2:]), *spelt_out(branch[2:])]
    if not branch[:1].isalpha():
        raise ValueError(f"a branch that does not open with a letter: {branch!r}")
    return [branch]


def word_start_branch(branch: str) -> str:
    r"""``(?<!\w)branch`` written as its first word, then the look-behind (``word(?<!\wword)``
    tests the same character before the word): a branch that opens with a literal."""
    word = _FIRST_WORD.match(branch)
    if word is None or branch[word.end() : word.end() + 1] in _QUANTIFIERS:
        raise ValueError(f"a branch that does not open with a whole word: {branch!r}")
    return rf"{word.group()}(?<!\w{word.group()}){branch[word.end() :]}"


_QUANTIFIERS = ("?", "*", "+", "{")


def _opens_with_letter(branch: str) -> bool:
    """Whether ``branch`` opens with a plain letter: one literal character, not repeated."""
    return branch[:1].isalpha() and branch[1:2] not in _QUANTIFIERS


def by_first_letter(branches: list[str]) -> str:
    r"""The alternation of ``branches`` (each opening with a plain letter) written as a tree
    of their leading letters, in their order: "(?:chủ\s+tịch|bí\s+thư|chánh|chính\s+ủy)" as
    "(?:ch(?:ủ\s+tịch|ánh|ính\s+ủy)|bí\s+thư)". An alternation that opens with letters is
    tried at every position holding one of them, each branch in turn; so joined, the engine
    tests one letter per group and goes on only where it fits (the post scan in half the
    time). The matches, spans and groups are the same, for a pattern without IGNORECASE:

    * branches that open with different letters never match at the same place, so their
      order does not matter; those with the same letter keep theirs under it;
    * a letter matches one way only, so "a(?:x|y)" tries what "ax|ay" tries, in that order;
    * a branch (or what is left of it) that opens with something else (a look-behind, a
      class, nothing) is left where it stands: only the letter-led ones between two such
      are joined, so none moves past it.

    The tree adds no group of its own ("(?:" only); where a branch holds a group, only
    neighbouring branches are joined, so that no group comes before another it followed:
    the group numbers and names are those of the flat alternation. A ValueError for a
    branch that does not open with a plain letter."""
    for branch in branches:
        if not _opens_with_letter(branch):
            raise ValueError(f"a branch that does not open with a plain letter: {branch!r}")
    return _alternation(_joined_by_letter(branches, any(map(_holds_groups, branches))))


def _holds_groups(branch: str) -> bool:
    """Whether ``branch`` holds a capturing group (or refers to one outside it)."""
    try:
        return re.compile(branch).groups > 0
    except re.error:  # a back-reference to a group of another branch
        return True


def _alternation(branches: list[str]) -> str:
    """``branches`` as one non-capturing group ("(?:a|b)")."""
    return "(?:" + "|".join(branches) + ")"


def _joined_by_letter(branches: list[str], in_order: bool) -> list[str]:
    """The branches of :func:`by_first_letter`'s tree at one level: each run of letter-led
    ``branches`` (between two others) grouped by first letter, the rest of each group
    joined the same way below it; ``in_order``: a run holds one letter only, so that no
    branch moves."""
    joined: list[str] = []
    run: dict[str, list[str]] = {}  # first letter -> the rests, in order

    def close_run() -> None:
        for first, rests in run.items():
            below = rests if len(rests) == 1 else _joined_by_letter(rests, in_order)
            joined.append(first + (below[0] if len(below) == 1 else _alternation(below)))
        run.clear()

    for branch in branches:
        if in_order and run and branch[:1] not in run:
            close_run()
        if _opens_with_letter(branch):
            run.setdefault(branch[0], []).append(branch[1:])
        else:
            close_run()
            joined.append(branch)
    close_run()
    return joined


def word_start_alternation(alternatives: tuple[str, ...], tail: str) -> re.Pattern[str]:
    r"""What ``(?i)(?<!\w)(?:a|b|...)tail`` finds, as a pattern for :func:`lowered` text whose
    every branch opens with its first word, the look-behind moved after it (as in
    :func:`word_start_twin`): the engine then skips to the places where one of their first
    letters occurs instead of testing the look-behind at every position (a third of the
    time for the commendation verbs). A branch that opens with a group or an optional word
    (``(?:được\s+)?trao``) is spelt out (:func:`spelt_out`) in the order the original tries it,
    and the branches are joined under their first letters (:func:`by_first_letter`).
    A ValueError when a branch cannot be spelt so, or for upper-case letters.
    """
    plain_twin(re.compile(rf"(?i)(?<!\w)(?:{'|'.join(alternatives)}){tail}"))  # the checks
    moved = [word_start_branch(form) for branch in alternatives for form in spelt_out(branch)]
    return re.compile(f"{by_first_letter(moved)}{tail}")


_WORD_START = "(?i)(?<!\\w)"


def word_start_alternation_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""The twin of a ``(?i)(?<!\w)...`` pattern for the :func:`lowered` text, each of its
    branches spelt out to open with a word and the look-behind moved after that word (see
    :func:`word_start_alternation`): the same matches, found faster. The pattern after the
    look-behind is ``(?:a|b|...)tail`` or one branch that :func:`spelt_out` can spell
    ("(?:đã\s+|vừa\s+)?tổ\s+chức"); a ValueError for another shape."""
    source = pattern.pattern
    if not source.startswith(_WORD_START):
        raise ValueError(f"not a (?i)(?<!\\w) pattern: {source[:60]!r}")
    body = source[len(_WORD_START) :]
    if len(split_alternatives(body)) != 1:
        raise ValueError(f"the look-behind covers only the first branch: {source[:60]!r}")
    if body.startswith("(?:"):
        close = _group_end(body, 0)
        if not body.startswith(_QUANTIFIERS, close + 1):
            return word_start_alternation(
                tuple(split_alternatives(body[3:close])), body[close + 1 :]
            )
    plain_twin(pattern)  # the checks
    return re.compile(by_first_letter([word_start_branch(form) for form in spelt_out(body)]))
