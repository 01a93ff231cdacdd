"""Drop repeated paragraphs: exact and near copies, and paragraphs made of earlier sentences.

Scraped news pages repeat the headline and the lead (image alt text, social cards), repeat
photo captions, and sometimes glue two earlier paragraphs into one. A paragraph is dropped
when, after whitespace/case normalisation, it

* equals an earlier paragraph (hash lookup, any distance),
* nearly equals an earlier paragraph (rapidfuzz ratio >= :data:`NEAR_THRESHOLD`; lengths
  within 10 %, which ratio >= 95 implies) and has the same numbers in the same order:
  "5 tập thể" and "6 tập thể" are different facts, never near-copies. Candidates come from a bottom-k index of word
  3-gram hashes (near-copies share most 3-grams) plus the previous few paragraphs, so
  each paragraph is compared with a bounded number of others, or
* consists only of sentences that all appeared earlier (hash lookup).

Cost is linear in the text plus a bounded number of fuzzy comparisons per paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.fuzz import ratio

from tomtat.text.segment import sentence_spans, split_sentences

__all__ = ["NEAR_THRESHOLD", "NEAR_WINDOW", "duplicate_flags", "normalise_key", "split_sentences"]

NEAR_THRESHOLD = 95.0
NEAR_WINDOW = 4  # at most this many earlier paragraphs per shared shingle hash are compared
_RECENT = 4  # the previous few paragraphs are always compared
_SIGNATURE_SIZE = 4
_MIN_SENTENCE_CHARS = 12
_SCAN_LIMIT = 32  # kept paragraphs with the same numbers tested one by one before a lookup

_TRAILING_CHARS = " .…!?;:,"
_DIGITS = re.compile(r"\d\d*")
r"""``\d+`` written to open with one digit: the engine then skips to a digit by a class test
instead of trying a match at every position (half the cost of a paragraph's figures)."""


def normalise_key(text: str) -> str:
    """Comparison key: NFC, case-folded, whitespace collapsed, trailing punctuation dropped."""
    return _folded(text)[0].rstrip(_TRAILING_CHARS)


def _folded(text: str, single_spaced: bool = False) -> tuple[str, bool]:
    """:func:`normalise_key` before its trailing punctuation is dropped, and whether that is
    ``text`` itself case-folded character for character (NFC already, single-spaced, every
    character folded to one): then each span of ``text`` folds to the same span of it.

    ``single_spaced``: the caller knows ``text`` is (as a cleaned paragraph is), so the test
    is not made; NFC and case folding neither add nor remove whitespace."""
    normal = unicodedata.normalize("NFC", text)
    folded = normal.casefold()
    if not single_spaced and not _single_spaced(folded):
        return " ".join(folded.split()), False
    return folded, len(folded) == len(text) and normal == text


def _single_spaced(text: str) -> bool:
    """Whether ``" ".join(text.split()) == text``: no whitespace but single inner spaces.

    Every whitespace character but the space is unprintable, so a printable text holds
    only spaces; a cleaned paragraph passes, and this test costs a sixth of the re-join.
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _signature(key: str, numbers: tuple[str, ...]) -> list[int]:
    """Bottom-k hashes of the word 3-grams, salted with the paragraph's numbers.

    Near-copies share most 3-grams, so at least one bottom-k hash with high odds; the salt
    means only paragraphs with the same numbers (the only ones that can be near-copies)
    ever meet in the index.
    """
    words = key.split()
    if len(words) < 3:
        return [hash((key, numbers))]
    shingles = sorted(set(map(hash, zip(words, words[1:], words[2:], strict=False))))
    return [hash((value, numbers)) for value in shingles[:_SIGNATURE_SIZE]]


class _NearIndex:
    """The kept paragraphs and the bottom-k index over them, for the near-copy test.

    A signature is computed only when a lookup needs it: a paragraph can be a near copy of
    an indexed one only if that one has the same numbers and a length within 10 %, and most
    paragraphs have no such earlier paragraph, so most signatures are never needed. A
    lookup first indexes every kept paragraph, so it sees the index an eager build would.
    Past :data:`_SCAN_LIMIT` kept paragraphs with the same numbers the lookup is simply
    made (the test stays bounded in a text of thousands of paragraphs).

    The numbers of a paragraph are read only when needed too: while at most
    :data:`_SCAN_LIMIT` paragraphs are kept, only a kept paragraph of a similar size that is
    near (ratio) can be a near copy, and most paragraphs have none, so most are never read.
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.sizes: list[int] = []
        self._numbers: list[tuple[str, ...] | None] = []  # None: not read yet
        self._by_numbers: dict[tuple[str, ...], list[int]] = {}
        self._grouped = 0  # kept paragraphs [0, _grouped) are in _by_numbers
        self._index: dict[int, list[int]] = {}
        self._indexed = 0  # kept paragraphs [0, _indexed) are in the index

    def keep(self, key: str, numbers: tuple[str, ...] | None) -> None:
        """Record a kept paragraph (its numbers, if read; indexed on the next lookup)."""
        self.keys.append(key)
        self.sizes.append(len(key))
        self._numbers.append(numbers)

    def _numbers_at(self, position: int) -> tuple[str, ...]:
        numbers = self._numbers[position]
        if numbers is None:
            numbers = self._numbers[position] = _numbers_of(self.keys[position])
        return numbers

    def _same_numbers(self, numbers: tuple[str, ...]) -> list[int] | None:
        """The kept paragraphs with ``numbers``, in order (all kept ones grouped first)."""
        while self._grouped < len(self.keys):
            self._by_numbers.setdefault(self._numbers_at(self._grouped), []).append(self._grouped)
            self._grouped += 1
        return self._by_numbers.get(numbers)

    def _index_kept(self) -> None:
        while self._indexed < len(self.keys):
            position = self._indexed
            for value in _signature(self.keys[position], self._numbers_at(position)):
                self._index.setdefault(value, []).append(position)
            self._indexed += 1

    def _close_in_size(self, size: int) -> list[int]:
        """Kept paragraphs whose length is within 10 % of ``size`` (:func:`_similar_size`).

        Lengths in ``[0.85 size, 1.2 size]`` hold every such one (as ``0.9 size <= n <=
        size / 0.9``, with a margin for rounding): only those are tested exactly.
        """
        low, high = 0.85 * size, 1.2 * size
        return [
            p
            for p, n in enumerate(self.sizes)
            if low <= n <= high and abs(size - n) <= 0.1 * max(size, n)
        ]

    def is_near_copy(self, key: str) -> tuple[bool, tuple[str, ...] | None]:
        """Whether ``key`` nearly equals a kept paragraph among its index candidates or the
        recent; and ``key``'s numbers, if they were read (None otherwise)."""
        keys = self.keys
        recent = max(0, len(keys) - _RECENT)
        if len(keys) <= _SCAN_LIMIT:
            # no more than that many kept paragraphs have the same numbers, so the scan of
            # those of a similar size applies, whichever numbers they have
            close = self._close_in_size(len(key))
            if not close:
                return False, None  # neither numbers nor signatures need be read
            # whichever way the lookup goes, a near copy is one of these with the same numbers
            # (reading numbers costs a tenth of a fuzzy comparison, which most pairs fail)
            numbers = _numbers_of(key)
            close = [p for p in close if self._numbers_at(p) == numbers]
            if not any(_near(key, keys[p]) for p in close):
                return False, numbers
        else:
            numbers = _numbers_of(key)
            same = self._same_numbers(numbers)
            if same is None:
                return False, numbers  # a near copy has the same numbers
            close = [p for p in same if _similar_size(len(keys[p]), len(key))]
            if len(same) > _SCAN_LIMIT:
                return self._indexed_near_copy(key, numbers, recent), numbers
        if not close or close[0] >= recent:
            # no earlier paragraph but the recent ones (always compared) can match: the
            # index would add none
            return any(_near(key, keys[p]) for p in close), numbers
        return self._indexed_near_copy(key, numbers, recent), numbers

    def _indexed_near_copy(self, key: str, numbers: tuple[str, ...], recent: int) -> bool:
        """``key`` nearly equals one of the kept paragraphs the index or recency proposes."""
        keys = self.keys
        self._index_kept()
        signature = _signature(key, numbers)
        shared: dict[int, int] = {}
        for value in signature:
            for position in self._index.get(value, ())[-NEAR_WINDOW:]:
                shared[position] = shared.get(position, 0) + 1
        # near-copies share most of their bottom-k hashes; one shared hash is chance
        needed = 2 if len(signature) >= _SIGNATURE_SIZE else 1
        candidates = {p: None for p, count in shared.items() if count >= needed}
        for position in range(recent, len(keys)):
            candidates[position] = None
        return any(
            self._numbers_at(position) == numbers
            and _similar_size(len(keys[position]), len(key))
            and _near(key, keys[position])
            for position in candidates
        )


def _numbers_of(key: str) -> tuple[str, ...]:
    """The figures written in ``key``, in order: near copies have the same."""
    return tuple(_DIGITS.findall(key))


def _similar_size(size: int, other: int) -> bool:
    """Lengths within 10 % (which a ratio of at least 95 implies)."""
    return abs(size - other) <= 0.1 * max(size, other)


def _near(key: str, earlier: str) -> bool:
    return ratio(key, earlier, score_cutoff=NEAR_THRESHOLD) >= NEAR_THRESHOLD


def _keys(paragraph: str, single_spaced: bool = False) -> tuple[str, list[str]]:
    """The key of ``paragraph`` and the non-empty keys of its sentences (``single_spaced`` as
    for :func:`_folded`).

    Most paragraphs are one sentence: its key is the paragraph's (the pieces around it are
    only whitespace, which the key drops), and the sentence is not cut out again. A
    paragraph folded character for character (:func:`_folded`) gives each sentence's key
    as the same span of its folded text, trimmed: a substring of an NFC text is NFC, and
    the only whitespace is single spaces, where the paragraph's are.
    """
    folded, aligned = _folded(paragraph, single_spaced)
    key = folded.rstrip(_TRAILING_CHARS)
    spans = sentence_spans(paragraph)
    if len(spans) > 1:
        source = folded if aligned else paragraph
        pieces = [piece for piece in (source[start:end].strip() for start, end in spans) if piece]
        if len(pieces) != 1:
            if aligned:
                keys = [piece.rstrip(_TRAILING_CHARS) for piece in pieces]
            else:
                keys = [normalise_key(piece) for piece in pieces]
            return key, [k for k in keys if k]
    return key, [key] if key else []


def duplicate_flags(paragraphs: Sequence[str], *, single_spaced: bool = False) -> list[bool]:
    """For each paragraph, True if it repeats earlier material and should be dropped.

    ``single_spaced``: the caller knows every paragraph has no whitespace but single inner
    spaces (the cleaned paragraphs of :mod:`tomtat.text.paragraphs`), so it is not tested.
    """
    seen_keys: set[str] = set()
    seen_sentences: set[str] = set()
    near = _NearIndex()
    flags: list[bool] = []
    for paragraph in paragraphs:
        key, sentences = _keys(paragraph, single_spaced)
        duplicate = key in seen_keys
        numbers = None
        if not duplicate and key:
            duplicate, numbers = near.is_near_copy(key)
        if (
            not duplicate
            and sentences
            and sentences[0] in seen_sentences  # seldom: the rest is then not tested
            and all(s in seen_sentences for s in sentences)
            and sum(map(len, sentences)) >= _MIN_SENTENCE_CHARS
        ):
            duplicate = True
        flags.append(duplicate)
        seen_keys.add(key)
        seen_sentences.update(sentences)
        if not duplicate and key:
            near.keep(key, numbers)
    return flags
