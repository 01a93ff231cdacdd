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


def duplicate_flags(paragraphs: Sequence[str]) -> list[bool]:
    """For each paragraph, True if it repeats earlier material and should be dropped."""
    seen_keys: set[str] = set()
    seen_sentences: set[str] = set()
    kept_keys: list[str] = []
    kept_numbers: list[tuple[str, ...]] = []
    index: dict[int, list[int]] = {}
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
        signature = _signature(key, numbers) if key else []
        if not duplicate and key:
            shared: dict[int, int] = {}
            for value in signature:
                for position in index.get(value, ())[-NEAR_WINDOW:]:
                    shared[position] = shared.get(position, 0) + 1
            # near-copies share most of their bottom-k hashes; one shared hash is chance
            needed = 2 if len(signature) >= _SIGNATURE_SIZE else 1
            candidates = {p: None for p, count in shared.items() if count >= needed}
            for position in range(max(0, len(kept_keys) - _RECENT), len(kept_keys)):
                candidates[position] = None
            size = len(key)
            for position in candidates:
                earlier = kept_keys[position]
                if (
                    kept_numbers[position] == numbers
                    and abs(len(earlier) - size) <= 0.1 * max(size, len(earlier))
                    and ratio(key, earlier, score_cutoff=NEAR_THRESHOLD) >= NEAR_THRESHOLD
                ):
                    duplicate = True
                    break
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
            for value in signature:
                index.setdefault(value, []).append(len(kept_keys))
            kept_keys.append(key)
            kept_numbers.append(numbers)
    return flags
