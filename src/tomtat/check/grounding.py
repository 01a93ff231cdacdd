"""Grounding: locate every evidence quote of a summary in the cleaned article text.

A quote is looked for exactly, then with whitespace, Unicode form, quotation marks and
tone-mark placement folded, then fuzzily (rapidfuzz partial alignment). Offsets already on
the evidence are verified, never trusted.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from tomtat.schemas import (
    Alignment,
    ArticleSummary,
    Award,
    Evidence,
    Finding,
    FindingKind,
    Person,
    Severity,
    Statistic,
)

log = logging.getLogger(__name__)

FUZZY_THRESHOLD = 85.0
"""Lowest partial-ratio score (0-100) accepted for a fuzzy match."""
MIN_FUZZY_CHARS = 12
"""Quotes shorter than this (normalised) are never matched fuzzily: too many false hits."""
MAX_FUZZY_TEXT = 400_000
"""Texts longer than this (folded) are not searched fuzzily: the alignment is quadratic."""


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_CHAR_FOLD = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Located:
    """Where a quote sits in the text: ``text[start:end]`` is ``span``."""

    start: int
    end: int
    alignment: Alignment
    score: float
    span: str


def fold_token(token: str) -> str:
    """Case-, form- and tone-placement-insensitive key of one word (letters and digits).

    Tone marks are moved to the end of the word, so "Thuý" and "Thúy", "hoà" and "hòa"
    fold to the same key while "ma" and "má" stay apart.
    """
    decomposed = unicodedata.normalize("NFD", token.casefold())
    tones = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base) + tones.translate(_TONE_NAMES)


_TONE_NAMES = str.maketrans(
    {"\u0300": "1", "\u0301": "2", "\u0303": "3", "\u0309": "4", "\u0323": "5"}
)
_PIECE = re.compile(r"(\s+)|((?:[^\W_]|[\u0300-\u036f])+)|('')|(.)", re.DOTALL)


@dataclass(frozen=True)
class FoldedText:
    """A folded copy of a text with a map from folded offsets back to original offsets."""

    folded: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded range ``[start, end)`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


def fold_text(text: str) -> FoldedText:
    """Fold ``text`` for tolerant matching: words by :func:`fold_token` (tone digits appended),
    whitespace runs to one space (none at the ends), quotes and dashes unified."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _PIECE.finditer(text):
        space, word, quotes, other = match.groups()
        a, b = match.start(), match.end()
        if space is not None:
            if parts:
                parts.append(" ")
                starts.append(a)
                ends.append(a)
            continue
        if word is not None:
            piece = fold_token(word)
        elif quotes is not None:
            piece = '"'
        else:
            piece = other.translate(_CHAR_FOLD)
        n_orig, n_fold = b - a, len(piece)
        if n_fold == n_orig:
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            for k in range(n_fold):
                starts.append(a + min(k * n_orig // n_fold, n_orig - 1))
                ends.append(b if k == n_fold - 1 else a + min(k + 1, n_orig))
        parts.append(piece)
    if parts and parts[-1] == " ":
        parts.pop()
        starts.pop()
        ends.pop()
    return FoldedText("".join(parts), tuple(starts), tuple(ends))


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a fuzzy span to whole words."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _nearest(positions: list[int], hint: int | None) -> int:
    if hint is None:
        return positions[0]
    return min(positions, key=lambda p: abs(p - hint))


def _find_all(haystack: str, needle: str) -> list[int]:
    found, pos = [], haystack.find(needle)
    while pos != -1:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def _whole(haystack: str, start: int, end: int) -> bool:
    """True when ``haystack[start:end]`` neither starts nor ends inside a word."""
    cut_start = start > 0 and haystack[start - 1].isalnum() and haystack[start].isalnum()
    cut_end = end < len(haystack) and haystack[end - 1].isalnum() and haystack[end].isalnum()
    return not cut_start and not cut_end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _folded(text: str, folded: FoldedText | Callable[[], FoldedText] | None) -> FoldedText:
    if folded is None:
        return fold_text(text)
    return folded if isinstance(folded, FoldedText) else folded()


def locate(
    text: str,
    quote: str,
    hint_start: int | None = None,
    folded: FoldedText | Callable[[], FoldedText] | None = None,
) -> Located | None:
    """Find ``quote`` in ``text``: exact, then folded, then fuzzy; None when not found.

    ``hint_start`` picks among several occurrences the one nearest to it; ``folded`` may
    pass :func:`fold_text` of ``text``, or a function giving it (called only when needed).
    """
    if not quote or not quote.strip() or not text:
        return None
    exact = _find_all(text, quote)
    if exact:
        start = _nearest(exact, hint_start)
        return Located(start, start + len(quote), Alignment.EXACT, 100.0, quote)
    folded = _folded(text, folded)
    needle = fold_text(unicodedata.normalize("NFC", quote)).folded
    if not needle:
        return None
    hits = [
        h for h in _find_all(folded.folded, needle) if _whole(folded.folded, h, h + len(needle))
    ]
    if hits:
        pos = _nearest([folded.starts[h] for h in hits], hint_start)
        hit = next(h for h in hits if folded.starts[h] == pos)
        start, end = folded.to_original(hit, hit + len(needle))
        start, end = _trim(text, start, end)
        return Located(start, end, Alignment.EXACT, 100.0, text[start:end])
    if len(needle) < MIN_FUZZY_CHARS or len(folded.folded) > MAX_FUZZY_TEXT:
        return None
    result = fuzz.partial_ratio_alignment(needle, folded.folded, score_cutoff=FUZZY_THRESHOLD)
    if result is None or result.dest_end <= result.dest_start:
        return None
    start, end = folded.to_original(result.dest_start, result.dest_end)
    start, end = _trim(text, *_widen(text, start, end))
    if end <= start:
        return None
    return Located(start, end, Alignment.FUZZY, float(result.score), text[start:end])


def verify_offsets(text: str, evidence: Evidence) -> bool:
    """True when the evidence's own offsets already point at its quote in ``text``."""
    start, end = evidence.start, evidence.end
    if start is None or end is None or end > len(text):
        return False
    return text[start:end] == evidence.quote


def iter_evidence(summary: ArticleSummary) -> Iterator[tuple[str, Evidence]]:
    """Every evidence of a summary with its path (``awards[2].evidence``)."""
    for name, ev in summary.metadata_evidence.items():
        yield f"metadata_evidence.{name}", ev
    for name, ev in summary.event.evidence.items():
        yield f"event.evidence.{name}", ev
    groups: tuple[tuple[str, Sequence[Person | Award | Statistic]], ...] = (
        ("people", summary.people),
        ("awards", summary.awards),
        ("statistics", summary.statistics),
    )
    for group, items in groups:
        for i, item in enumerate(items):
            if item.evidence is not None:
                yield f"{group}[{i}].evidence", item.evidence


def ground_evidence(
    text: str,
    evidence: Evidence,
    folded: FoldedText | Callable[[], FoldedText] | None = None,
) -> bool:
    """Set start/end/alignment of one evidence in place; False when its quote is not found.

    Exact and folded matches replace the quote by the verbatim span of the text; a fuzzy
    match keeps the extractor's quote so a reviewer can compare the two.
    """
    if verify_offsets(text, evidence):
        evidence.alignment = Alignment.EXACT
        return True
    found = locate(text, evidence.quote, evidence.start, folded)
    if found is None:
        evidence.start = evidence.end = None
        evidence.alignment = Alignment.NOT_FOUND
        return False
    evidence.start, evidence.end, evidence.alignment = found.start, found.end, found.alignment
    if found.alignment is Alignment.EXACT:
        evidence.quote = found.span
    return True


def ground_summary(
    text: str,
    summary: ArticleSummary,
    folded: FoldedText | Callable[[], FoldedText] | None = None,
) -> list[Finding]:
    """Ground every evidence of ``summary`` in place; one warning per quote not found.

    A derived value's evidence (``derived=True``) is grounded too, but a missing quote
    of a derived value is only an info note: the value was inferred, not read.
    """
    findings: list[Finding] = []
    cache: list[FoldedText] = []

    def lazy() -> FoldedText:
        if not cache:
            cache.append(_folded(text, folded))
        return cache[0]

    for path, evidence in iter_evidence(summary):
        if ground_evidence(text, evidence, lazy):
            continue
        findings.append(
            Finding(
                kind=FindingKind.QUOTE_NOT_FOUND,
                severity=Severity.INFO if evidence.derived else Severity.WARNING,
                path=path,
                message="evidence quote not found in the article text",
                value=evidence.quote,
            )
        )
    return findings
