"""The one sentence and clause splitter: offsets into the text, shared by every reader.

Sentences end after ". ", "!", "?", "…" and at line breaks, except after a known
abbreviation ("TP. Hồ Chí Minh", "ThS. Nguyễn") and inside a bulleted list hanging off a
colon ("cho:\n- 05 tập thể;\n- 08 cá nhân"). Clauses cut a sentence on ";" and before
", trong đó". :func:`split_sentences` gives the sentence texts of a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tomtat.text.frozen import fast_frozen
from tomtat.text.lowered import literal_places

__all__ = [
    "CLAUSE_BREAK",
    "Clause",
    "iter_clauses",
    "iter_sentences",
    "last_clause_break",
    "sentence_clauses",
    "sentence_spans",
    "split_sentences",
]

_MAX_CLAUSE = 4000  # longer "clauses" (no punctuation at all) are cut into windows


_ABBREVIATIONS = frozenset(
    {"tp", "q", "p", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "nxb", "st", "tt", "h", "x"}
)
_ABBREVIATION_CHARS = max(map(len, _ABBREVIATIONS))
# "[.!?…]+(?=[\s\"”’)\]]|$)|\n", written to open with one character class: the engine then
# skips straight to the next stop or line break instead of trying both branches everywhere
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<=[.!?…])[.!?…]*(?=[\s\"”’)\]]|$))")
CLAUSE_BREAK = re.compile(r"[;:!?()\n]|(?<!\d)[.,]|[.,](?!\d)")
"""Where a clause or an item of a list breaks, within a sentence or at its end: a semicolon,
colon, parenthesis, "!", "?", a line break, or a stop or comma that is no part of a figure
("351.536", "0,03%" are one number each)."""
_BREAK_MARK = re.compile(r"[;:!?()\n.,]")
"""Every character :data:`CLAUSE_BREAK` may break at (each of its matches is one of them)."""


def last_clause_break(text: str, pos: int, endpos: int) -> int | None:
    """Where the last :data:`CLAUSE_BREAK` of ``text[pos:endpos]`` ends, as
    ``CLAUSE_BREAK.finditer(text, pos, endpos)`` reads it; None where there is none.

    Read from the end: the marks are found by one plain character class and the splitter is
    tried at those alone, the last first, so its look-arounds are not tried at every position
    (the clause before a figure is asked for once per figure)."""
    marks = [mark.start() for mark in _BREAK_MARK.finditer(text, pos, endpos)]
    for at in reversed(marks):
        if CLAUSE_BREAK.match(text, at, endpos):
            return at + 1
    return None


_BULLETS = "-–•+*"
"""The marks a bullet line opens with, after spaces ("-" first: a literal in a class)."""
_BULLET_LINE = re.compile(rf"\s*[{_BULLETS}][^\S\n]")
# a ';'-list item that is only a count ("\n- 08 cá nhân"): part of the list's grant
_BARE_COUNT_ITEM = re.compile(
    rf"[^\S\n]*\n\s*[{_BULLETS}][^\S\n]*\d{{1,6}}[^\S\n]+(?:tập\s+thể|cá\s+nhân)[^\n;]{{0,80}}(?:[;.]|$)",
    re.I | re.M,
)


@fast_frozen
@dataclass(frozen=True)
class Clause:
    """A clause of the text: ``text[start:end]``; ``sentence`` numbers the sentence it is in."""

    start: int
    end: int
    sentence: int
    index: int  # position of the clause in its sentence


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence: cut after ". ", "!", "?", "…" and at line breaks."""
    return iter(sentence_spans(text))


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`iter_sentences` as a tuple (read once per text, shared by the callers)."""
    if not _stop_before_end(text):
        # nothing can cut it before its last character: one sentence (most paragraphs and
        # clauses, which are then neither walked nor cached in place of a whole text's cuts)
        return ((0, len(text)),) if text else ()
    return _sentence_spans(text)


def _stop_before_end(text: str) -> bool:
    """Whether one of ".!?…" or a line break (what every cut of :data:`_SENTENCE_END` opens
    with) occurs before the last character of ``text``: five ``str.find`` calls, written out,
    cost half a regular-expression scan and a quarter of a loop over the five."""
    end = len(text) - 1
    find = text.find
    return (
        find(".", 0, end) >= 0
        or find("\n", 0, end) >= 0
        or find("?", 0, end) >= 0
        or find("!", 0, end) >= 0
        or find("…", 0, end) >= 0
    )


_CUT_OPENERS = ".\n?!…"
"""The characters every match of :data:`_SENTENCE_END` opens with."""
if not _SENTENCE_END.pattern.startswith("[.!?…\\n]") or sorted(_CUT_OPENERS) != sorted(".!?…\n"):
    raise ValueError("_CUT_OPENERS is not the class _SENTENCE_END opens with")


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # cached: the extractor's parts all walk the same text's sentences
    spans: list[tuple[int, int]] = []
    start = 0
    in_list = False  # inside a bulleted list hanging off a colon ("cho:\n- 05 tập thể;\n- ...")
    match_at = _SENTENCE_END.match
    end = 0
    for stop in literal_places(text, _CUT_OPENERS):
        # ``_SENTENCE_END.finditer(text)``: a match opens with one of these characters, so the
        # next one is the first that matches at or after the last match's end
        match = match_at(text, stop) if stop >= end else None
        if match is None:
            continue
        end = match.end()  # past the last cut's end, so each span is non-empty
        if text[stop] == "\n":
            # the bullet first: rare, so the bounded look back is seldom taken; and a line
            # that opens with neither a space nor a bullet (most) is no bullet line
            after = text[end : end + 1]
            if (
                (after.isspace() or after in _BULLETS)
                and _BULLET_LINE.match(text, end)
                and (in_list or _ends_in_colon(text, start, stop))
            ):
                in_list = True
                continue
            in_list = False
        elif end - stop == 1 and text[stop] == "." and text[stop - 1 : stop].isalpha():
            # "TP. Hồ Chí Minh", "ThS. Nguyễn": an abbreviation, not a sentence end (a stop
            # after no letter ends one); a word longer than every abbreviation is none, so
            # the walk back stops there
            word_start = stop
            limit = max(start, stop - _ABBREVIATION_CHARS - 1)
            while word_start > limit and text[word_start - 1].isalpha():
                word_start -= 1
            if (
                stop - word_start <= _ABBREVIATION_CHARS
                and text[word_start:stop].lower() in _ABBREVIATIONS
            ):
                continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def _ends_in_colon(text: str, start: int, end: int) -> bool:
    """Whether ``text[max(start, end - 200):end]`` (bounded) ends in ":" before any whitespace."""
    limit = max(start, end - 200)
    i = end - 1
    while i >= limit and text[i].isspace():
        i -= 1
    return i >= limit and text[i] == ":"


def iter_clauses(text: str) -> Iterator[Clause]:
    """Sentences cut on ";" into clauses, whitespace-trimmed, in text order."""
    for number, (s_start, s_end) in enumerate(iter_sentences(text)):
        yield from sentence_clauses(text, number, s_start, s_end)


def sentence_clauses(text: str, number: int, s_start: int, s_end: int) -> Iterator[Clause]:
    index = 0
    piece_start = s_start
    cut = text.find(";", s_start, s_end)
    bounds = []
    while cut >= 0:
        if not _BARE_COUNT_ITEM.match(text, cut + 1, s_end):
            bounds.append(cut)  # "cho:\n- 05 tập thể;\n- 08 cá nhân": one grant, not two
        cut = text.find(";", cut + 1, s_end)
    if "trong đó" in text[s_start:s_end].lower():
        # ", trong đó ..." opens the parts of what came before: a clause of its own
        bounds.extend(m.start() for m in _TRONG_DO.finditer(text, s_start, s_end))
        bounds.sort()
    bounds.append(s_end)
    for cut in bounds:
        start, end = piece_start, cut
        while start < end and text[start] in " \t\n\r-–•*:,":
            start += 1
        while end > start and text[end - 1] in " \t\n\r.;…!?":
            end -= 1
        while end - start > _MAX_CLAUSE:
            window = text.rfind(" ", start, start + _MAX_CLAUSE)
            window = window if window > start else start + _MAX_CLAUSE
            yield Clause(start, window, number, index)
            index += 1
            start = window
        if end > start:
            yield Clause(start, end, number, index)
            index += 1
        piece_start = cut + 1


_TRONG_DO = re.compile(r"(?i),(?=\s*trong\s+đó(?!\w))")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of ``paragraph`` as whitespace-trimmed texts (empty ones dropped)."""
    pieces = (paragraph[start:end].strip() for start, end in iter_sentences(paragraph))
    return [piece for piece in pieces if piece]
