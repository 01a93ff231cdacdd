"""What the article itself says, gathered once per cross-check: numbers, grant clauses, headline.

Everything here is read from the cleaned text with the text layer's finders; the checks only
compare a summary against these facts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tomtat.check.grounding import FoldedText, fold_text
from tomtat.check.types import MentionLike, StatLike
from tomtat.text.article import Article
from tomtat.text.counts import find_award_mentions, find_statistics
from tomtat.text.normalize import normalize_name
from tomtat.text.numbers import iter_numbers, parse_number

log = logging.getLogger(__name__)

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def number_key(value: float) -> float:
    """Comparable key of a number: ints and floats that are equal give the same key."""
    return round(float(value), 6)


@dataclass(frozen=True)
class NumberAt:
    """One number of the text, with its value and its span."""

    value: float
    start: int
    end: int


@dataclass
class NumberIndex:
    """Every number value the text writes, in any Vietnamese form, with where it stands."""

    positions: dict[float, list[NumberAt]] = field(default_factory=dict)

    def add(self, value: float, start: int, end: int) -> None:
        """Record ``value`` at ``[start, end)``."""
        self.positions.setdefault(number_key(value), []).append(NumberAt(float(value), start, end))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, (int, float)) and number_key(value) in self.positions

    def where(self, value: float) -> list[NumberAt]:
        """Spans where ``value`` is written (empty when nowhere)."""
        return self.positions.get(number_key(value), [])


def _safe_parse(raw: str) -> float | None:
    try:
        return float(parse_number(raw))
    except (ValueError, TypeError, OverflowError):
        return None


def build_number_index(text: str) -> NumberIndex:
    """Index the numbers of ``text``: the finder's values (multipliers folded, number words)
    plus every digit group as written, so "5 tỷ" gives 5e9 and 5, "1.131" gives 1131 (not
    1 or 131), "73/126" gives 73 and 126."""
    index = NumberIndex()
    try:
        tokens = iter_numbers(text)
    except Exception:  # a finder bug must not hide the digits we can still read
        log.exception("number finder failed; using digit groups only")
        tokens = []
    for token in tokens:
        index.add(float(token.value), token.start, token.end)
    for match in _DIGITS.finditer(text):
        value = _safe_parse(match.group())
        if value is not None:
            index.add(value, match.start(), match.end())
    return index


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the cleaned text with its offsets."""

    start: int
    end: int
    text: str


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs separated by blank lines (lines too, when the text has no blank lines)."""
    out: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        chunk = match.group()
        if chunk.strip():
            out.append(Paragraph(match.start(), match.end(), chunk))
    return out


@dataclass
class TextFacts:
    """The facts of one article the cross-check compares a summary with."""

    text: str
    numbers: NumberIndex
    mentions: Sequence[MentionLike]
    stats: Sequence[StatLike]
    folded: FoldedText
    headline: Paragraph | None = None
    words: frozenset[str] = frozenset()
    """The text's words, normalised as names are (see ``matching.text_words``)."""


def _headline(article: Article, claimed: str | None) -> Paragraph | None:
    """The first paragraph, when the loader found a headline or the summary's title is it."""
    paragraphs = split_paragraphs(article.text)
    if not paragraphs:
        return None
    first = paragraphs[0]
    if article.title:
        return first
    if claimed and fold_text(claimed).folded == fold_text(first.text).folded:
        return first
    return None


def gather_facts(
    article: Article,
    mentions: Iterable[MentionLike] | None = None,
    stats: Iterable[StatLike] | None = None,
    title: str | None = None,
) -> TextFacts:
    """Read the facts of ``article``; ``mentions``/``stats`` replace the finders (tests).

    ``title`` is the summary's headline: it marks the first paragraph as the headline when
    the loader did not.
    """
    text = article.text
    if mentions is None:
        try:
            mentions = find_award_mentions(text)
        except Exception:  # a finder bug must not stop the other checks
            log.exception("award finder failed on %s", article.id)
            mentions = []
    if stats is None:
        try:
            stats = find_statistics(text)
        except Exception:
            log.exception("statistics finder failed on %s", article.id)
            stats = []
    return TextFacts(
        text=text,
        numbers=build_number_index(text),
        mentions=list(mentions),
        stats=list(stats),
        folded=fold_text(text),
        headline=_headline(article, title),
        words=frozenset(normalize_name(text).split()),
    )
