"""What the article itself says, gathered once per cross-check: numbers, grant clauses, headline.

Everything here is read from the cleaned text with the text layer's finders; the checks only
compare a summary against these facts.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from tomtat.check.types import MentionLike, StatLike
from tomtat.text.analysis import Analysis, analyse
from tomtat.text.article import Article
from tomtat.text.figures import number_led, number_led_matches
from tomtat.text.fold import FoldedText, fold_text
from tomtat.text.frozen import fast_frozen
from tomtat.text.normalize import normalize_name
from tomtat.text.numbers import NumberToken, parse_number

log = logging.getLogger(__name__)

# a digit group ("1.131", "2,5", "73"): led by a whole run of digits (possessive), so that it is
# tried only where a run starts (figures.number_led_matches), not scanned for
_DIGITS = number_led(re.compile(r"\d++(?:[.,]\d+)*"))


def number_key(value: float) -> float:
    """Comparable key of a number: ints and floats that are equal give the same key."""
    value = float(value)
    # a whole number is its own key (rounding one to 6 decimals gives it back, at many
    # times the cost of the test; most figures are whole)
    return value if value.is_integer() else round(value, 6)


LARGE_TEXT = 200_000
"""Above this many characters (far beyond any report) the costly readings run only on demand."""


@fast_frozen
@dataclass(frozen=True)
class NumberAt:
    """One number of the text, with its value and its span."""

    value: float
    start: int
    end: int


class NumberIndex:
    """Every number value the text writes, in any Vietnamese form, with where it stands.

    The spans are kept as plain tuples and turned into :class:`NumberAt` only for the values
    asked about: a text writes dozens of numbers and a summary asks about a handful.
    """

    def __init__(self) -> None:
        self._spans: dict[float, list[tuple[float, int, int]]] = {}
        self._made: dict[float, list[NumberAt]] = {}

    def add(self, value: float, start: int, end: int) -> None:
        """Record ``value`` at ``[start, end)``."""
        self.add_all(((value, start, end),))

    def add_all(self, found: Iterable[tuple[float, int, int]]) -> None:
        """Record each ``(value, start, end)`` of ``found``, in order (one loop for the
        hundred numbers of a text, not a call each)."""
        spans, made = self._spans, self._made
        for value, start, end in found:
            value = float(value)
            key = value if value.is_integer() else round(value, 6)  # number_key
            known = spans.get(key)
            if known is None:
                spans[key] = [(value, start, end)]
            else:
                known.append((value, start, end))
            if made:
                made.pop(key, None)

    @property
    def positions(self) -> dict[float, list[NumberAt]]:
        """Every value's spans, by :func:`number_key`."""
        return {key: self.where(key) for key in self._spans}

    def __contains__(self, value: object) -> bool:
        return isinstance(value, (int, float)) and number_key(value) in self._spans

    def where(self, value: float) -> list[NumberAt]:
        """Spans where ``value`` is written (empty when nowhere)."""
        key = number_key(value)
        made = self._made.get(key)
        if made is None:
            spans = self._spans.get(key)
            if spans is None:
                return []
            made = self._made[key] = [NumberAt(*span) for span in spans]
        return made


class LazyNumberIndex(NumberIndex):
    """For a very large text: digit groups first; the full number finder (number words,
    multipliers) runs once, only when a value is not among the digit groups."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text
        self._full = False
        _add_digit_groups(self, text)

    def _complete(self) -> None:
        if not self._full:
            self._full = True
            log.info("reading every number form of a %d-character text", len(self._text))
            _add_finder_tokens(self, analyse(self._text))

    def __contains__(self, value: object) -> bool:
        if super().__contains__(value):
            return True
        self._complete()
        return super().__contains__(value)

    def where(self, value: float) -> list[NumberAt]:
        """Spans where ``value`` is written (empty when nowhere)."""
        if not super().__contains__(value):
            self._complete()
        return super().where(value)


_MAX_DIGIT_RUN = 300  # a longer digit run overflows a float: parse_number's path refuses it


def _safe_parse(raw: str) -> float | None:
    if raw.isdigit() and len(raw) <= _MAX_DIGIT_RUN:  # most groups: plain digits, one int
        return float(int(raw))
    try:
        return float(parse_number(raw))
    except (ValueError, TypeError, OverflowError):
        return None


def _add_finder_tokens(index: NumberIndex, analysis: Analysis) -> None:
    try:
        tokens: Sequence[NumberToken] = analysis.numbers
    except Exception:  # a finder bug must not hide the digits we can still read
        log.exception("number finder failed; using digit groups only")
        tokens = []
    index.add_all((token.value, token.start, token.end) for token in tokens)


def _digit_groups(text: str) -> Iterator[tuple[float, int, int]]:
    """``(value, start, end)`` of every digit group of ``text`` that reads as a number. The
    places come from the text's index of digit runs, which its extraction has read already;
    a very large text is scanned instead (no list of its matches is kept)."""
    matches = (
        _DIGITS.finditer(text) if len(text) > LARGE_TEXT else number_led_matches(_DIGITS, text)
    )
    for match in matches:
        raw = match.group()
        # most groups: plain digits, one int (what _safe_parse gives them, without its call)
        value = (
            float(int(raw)) if raw.isdigit() and len(raw) <= _MAX_DIGIT_RUN else _safe_parse(raw)
        )
        if value is not None:
            yield value, match.start(), match.end()


def _add_digit_groups(index: NumberIndex, text: str) -> None:
    index.add_all(_digit_groups(text))


def build_number_index(text: str, analysis: Analysis | None = None) -> NumberIndex:
    """Index the numbers of ``text``: the finder's values (multipliers folded, number words)
    plus every digit group as written, so "5 tỷ" gives 5e9 and 5, "1.131" gives 1131 (not
    1 or 131), "73/126" gives 73 and 126. A very large text gets a :class:`LazyNumberIndex`."""
    if len(text) > LARGE_TEXT:
        return LazyNumberIndex(text)
    index = NumberIndex()
    _add_finder_tokens(index, analysis if analysis is not None else analyse(text))
    _add_digit_groups(index, text)
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


class TextFacts:
    """The facts of one article the cross-check compares a summary with.

    The folded text, the word set and the statistics are read on first use: a check that
    does not need them (most summaries need no tolerant grounding) does not pay for them.
    """

    def __init__(
        self,
        text: str,
        mentions: Sequence[MentionLike],
        stats: Sequence[StatLike] | None = None,
        headline: Paragraph | None = None,
        analysis: Analysis | None = None,
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.headline = headline
        self.analysis = analysis if analysis is not None else analyse(text)
        self.numbers = build_number_index(text, self.analysis)
        self._stats = stats
        self._words: frozenset[str] | None = None
        self._cut: tuple[int | None] | None = None

    @property
    def stats(self) -> Sequence[StatLike]:
        """The statistics finder's facts (read on first use)."""
        if self._stats is None:
            try:
                self._stats = list(self.analysis.statistics)
            except Exception:  # a finder bug must not stop the other checks
                log.exception("statistics finder failed")
                self._stats = []
        return self._stats

    def sentence_at(self, at: int) -> tuple[int, int] | None:
        """``(start, end)`` of the sentence holding offset ``at``, None outside any."""
        sentences = self.analysis.sentences
        k = bisect_right(sentences, (at, _END)) - 1
        if k >= 0 and sentences[k][0] <= at < sentences[k][1]:
            return sentences[k]
        return None

    @property
    def cut_from(self) -> int | None:
        """Where the sentence the text is cut off in starts (see :func:`cut_sentence_start`);
        None for a text that ends whole. Read on first use."""
        if self._cut is None:
            self._cut = (cut_sentence_start(self.text, self.analysis.sentences),)
        return self._cut[0]

    def in_cut(self, start: int | None) -> bool:
        """Whether offset ``start`` lies in the sentence the text is cut off in."""
        cut = self.cut_from
        return cut is not None and start is not None and start >= cut

    @property
    def folded(self) -> FoldedText:
        """The text folded for tolerant matching (built on first use)."""
        return self.analysis.folded

    @property
    def words(self) -> frozenset[str]:
        """The text's words, normalised as names are (built on first use)."""
        if self._words is None:
            self._words = text_words(self.text, [m.quote for m in self.mentions])
        return self._words


_END = 1 << 62
"""Above any offset: ``(at, _END)`` sorts after every sentence opening at ``at``."""
_CUT_END = re.compile(r"(?P<word>[^\W_]+)\s*$")


def cut_sentence_start(text: str, sentences: Sequence[tuple[int, int]]) -> int | None:
    """The start of the text's last sentence when the text is cut off inside it: it ends on
    a word with no closing punctuation ("... cho đồng c", "được Giám đốc Công"), that is not
    a byline in capitals ("LÊ THOA"). Stored pages are often cut at a fixed length, mid
    sentence, and often in the grants that close a report: what the cut hides (the rest of
    an issuer, a count, a name) the check cannot read, so it does not raise alarms there."""
    end = _CUT_END.search(text)
    if end is None or end.group("word").isupper() or end.group("word").isdigit():
        return None
    stop = end.end("word")
    starts = [start for start, finish in sentences if start < stop <= finish + 1]
    if starts:
        return starts[-1]
    line = text.rfind("\n", 0, stop)
    return line + 1


def text_words(text: str, quotes: Sequence[str] = ()) -> frozenset[str]:
    """The words of ``text`` as :func:`normalize_name` writes them ("UBND", "Ủy ban nhân dân"
    both give "ubnd"); a very large text is read token by token, plus the grant clauses."""
    if len(text) <= LARGE_TEXT:
        return frozenset(normalize_name(text).split())
    keys = {key for token in set(_TOKEN.findall(text)) for key in normalize_name(token).split()}
    for quote in quotes:
        keys.update(normalize_name(quote).split())
    return frozenset(keys)


_TOKEN = re.compile(r"(?:\w|[\u0300-\u036f])+")


def _headline(article: Article, claimed: str | None) -> Paragraph | None:
    """The first paragraph, when the loader found a headline or the summary's title is it."""
    match = _FIRST_PARAGRAPH.search(article.text)
    if match is None:
        return None
    first = Paragraph(match.start(), match.end(), match.group())
    if article.title:
        return first
    if claimed and fold_text(claimed).folded == fold_text(first.text).folded:
        return first
    return None


_FIRST_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*")


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
    analysis = article.analysis  # the same reading as the extractor's
    if mentions is None:
        try:
            mentions = analysis.award_mentions
        except Exception:  # a finder bug must not stop the other checks
            log.exception("award finder failed on %s", article.id)
            mentions = []
    return TextFacts(
        text=text,
        mentions=list(mentions),
        stats=None if stats is None else list(stats),
        headline=_headline(article, title),
        analysis=analysis,
    )
