"""The text read once: one analysis of an article shared by the extractors and the cross-check.

An :class:`Analysis` holds what the readers of :mod:`tomtat.text` find in one text: its
folded form with the offset map, its sentences, its numbers, its grant clauses and its
statistics. Each part is computed on first use and kept, and :func:`analyse` hands out one
analysis per text (a small cache), so the rules extractor and the cross-check of the same
article read the text once.
"""

from __future__ import annotations

from functools import cached_property, lru_cache

from tomtat.text.award_mentions import find_award_mentions
from tomtat.text.fold import FoldedText, fold_text
from tomtat.text.mentions import AwardMention, StatMention
from tomtat.text.numbers import NumberToken, iter_numbers
from tomtat.text.segment import iter_sentences
from tomtat.text.stat_scan import find_statistics

__all__ = ["Analysis", "analyse"]


class Analysis:
    """What the text readers find in ``text``; every part is read on first use, then kept.

    The lists are shared: callers must not change them in place.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def folded(self) -> FoldedText:
        """The folded text with its map back to ``text`` (for tolerant quote matching)."""
        return fold_text(self.text)

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of every sentence."""
        return tuple(iter_sentences(self.text))

    @cached_property
    def numbers(self) -> tuple[NumberToken, ...]:
        """Every number of the text, classified (see :func:`tomtat.text.numbers.iter_numbers`)."""
        return tuple(iter_numbers(self.text))

    @cached_property
    def award_mentions(self) -> tuple[AwardMention, ...]:
        """Every grant clause (see :func:`tomtat.text.award_mentions.find_award_mentions`)."""
        return tuple(find_award_mentions(self.text))

    @cached_property
    def statistics(self) -> tuple[StatMention, ...]:
        """The counted facts other than award counts (reads the grant clauses first)."""
        return tuple(find_statistics(self.text, mentions=list(self.award_mentions)))


@lru_cache(maxsize=8)
def analyse(text: str) -> Analysis:
    """The analysis of ``text``; the same object for the same text while it is cached."""
    return Analysis(text)
