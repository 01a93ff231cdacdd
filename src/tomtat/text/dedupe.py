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

from tomtat.text.segment import split_sentences

__all__ = ["NEAR_THRESHOLD", "NEAR_WINDOW", "duplicate_flags", "normalise_key", "split_sentences"]

NEAR_THRESHOLD = 95.0
NEAR_WINDOW = 4  # at most this many earlier paragraphs per shared shingle hash are compared
_RECENT = 4  # the previous few paragraphs are always compared
_SIGNATURE_SIZE = 4
_MIN_SENTENCE_CHARS = 12
_SCAN_LIMIT = 32  # kept paragraphs with the same numbers tested one by one before a lookup

_TRAILING_CHARS = " .…!?;:,"
_DIGITS = re.compile(r"\d+")


def normalise_key(text: str) -> str:
    """Comparison key: NFC, case-folded, whitespace collapsed, trailing punctuation dropped."""
    key = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return key.rstrip(_TRAILING_CHARS)


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
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.numbers: list[tuple[str, ...]] = []
        self._by_numbers: dict[tuple[str, ...], list[int]] = {}
        self._index: dict[int, list[int]] = {}
        self._indexed = 0  # kept paragraphs [0, _indexed) are in the index

    def keep(self, key: str, numbers: tuple[str, ...]) -> None:
        """Record a kept paragraph (indexed on the next lookup)."""
        self._by_numbers.setdefault(numbers, []).append(len(self.keys))
        self.keys.append(key)
        self.numbers.append(numbers)

    def _index_kept(self) -> None:
        while self._indexed < len(self.keys):
            position = self._indexed
            for value in _signature(self.keys[position], self.numbers[position]):
                self._index.setdefault(value, []).append(position)
            self._indexed += 1

    def is_near_copy(self, key: str, numbers: tuple[str, ...]) -> bool:
        """``key`` nearly equals a kept paragraph among its index candidates or the recent."""
        same = self._by_numbers.get(numbers)
        if same is None:
            return False  # a near copy has the same numbers
        keys = self.keys
        recent = max(0, len(keys) - _RECENT)
        if len(same) <= _SCAN_LIMIT:
            size = len(key)
            close = [p for p in same if _similar_size(len(keys[p]), size)]
            if not close or close[0] >= recent:
                # no earlier paragraph but the recent ones (always compared) can match: the
                # index would add none
                return any(_near(key, keys[p]) for p in close)
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
            self.numbers[position] == numbers
            and _similar_size(len(keys[position]), len(key))
            and _near(key, keys[position])
            for position in candidates
        )


def _similar_size(size: int, other: int) -> bool:
    """Lengths within 10 % (which a ratio of at least 95 implies)."""
    return abs(size - other) <= 0.1 * max(size, other)


def _near(key: str, earlier: str) -> bool:
    return ratio(key, earlier, score_cutoff=NEAR_THRESHOLD) >= NEAR_THRESHOLD


def duplicate_flags(paragraphs: Sequence[str]) -> list[bool]:
    """For each paragraph, True if it repeats earlier material and should be dropped."""
    seen_keys: set[str] = set()
    seen_sentences: set[str] = set()
    near = _NearIndex()
    flags: list[bool] = []
    for paragraph in paragraphs:
        key = normalise_key(paragraph)
        pieces = split_sentences(paragraph)
        # most paragraphs are one sentence: its key is the paragraph's (the pieces around it
        # are only whitespace, which the key drops)
        sentences = [key] if len(pieces) == 1 else [normalise_key(s) for s in pieces]
        sentences = [s for s in sentences if s]
        duplicate = key in seen_keys
        numbers = tuple(_DIGITS.findall(key))
        if not duplicate and key:
            duplicate = near.is_near_copy(key, numbers)
        if (
            not duplicate
            and sentences
            and sum(len(s) for s in sentences) >= _MIN_SENTENCE_CHARS
            and all(s in seen_sentences for s in sentences)
        ):
            duplicate = True
        flags.append(duplicate)
        seen_keys.add(key)
        seen_sentences.update(sentences)
        if not duplicate and key:
            near.keep(key, numbers)
    return flags
