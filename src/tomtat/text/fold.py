"""The one folding of Vietnamese text and the one quote locator built on it.

Folding makes two spellings of the same words compare equal: case, Unicode form (NFC/NFD),
old and new tone-mark placement ("Thúy" = "Thuý", "hòa" = "hoà"), typographic quotes and
dashes, and whitespace runs. :func:`fold_text` keeps a map from every folded character back
to the original text, so a match in the folded form gives offsets in the original.
:func:`locate` finds a quote exactly, then folded (pieces around an ellipsis in order), then
fuzzily. The rules extractor, the LLM validators, the cross-check and the review page all
use these, so they agree on whether a quote is in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from tomtat.schemas import Alignment

__all__ = [
    "FoldedText",
    "Located",
    "fold_text",
    "fold_token",
    "fold_tone_marks",
    "fold_word_tones",
    "locate",
    "nearest_occurrence",
    "quote_parts",
    "unmoved_tone",
]

FUZZY_THRESHOLD = 85.0
"""Lowest partial-ratio score (0-100) accepted for a fuzzy match."""
MIN_FUZZY_CHARS = 12
"""Quotes shorter than this (normalised) are never matched fuzzily: too many false hits."""
MAX_FUZZY_TEXT = 400_000
"""Texts longer than this (folded) are not searched fuzzily: the alignment is quadratic."""

# Combining tone marks (NFD): huyền, sắc, ngã, hỏi, nặng.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Combining vowel modifiers (NFD): circumflex, breve, horn.
_MODIFIERS = frozenset("\u0302\u0306\u031b")
# Rhymes where the old style puts the tone on the first vowel and the new style on the second
# when nothing follows: hòa/hoà, khỏe/khoẻ, thúy/thuý. With a final consonant both styles agree.
_SHIFT_PAIRS = frozenset({("o", "a"), ("o", "e"), ("u", "y")})


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """Move the tone of a word-final oa/oe/uy from the first vowel to the second (new style)."""
    letters: list[list[str]] = []  # [base, modifiers..., tone?] per letter
    for ch in word:
        if unicodedata.combining(ch) and letters:
            letters[-1].append(ch)
        else:
            letters.append([ch])
    if len(letters) < 2:
        return word
    first, second = letters[-2], letters[-1]
    if (first[0].lower(), second[0].lower()) not in _SHIFT_PAIRS:
        return word
    marks = first[1:] + second[1:]
    if any(m in _MODIFIERS or m not in _TONES for m in marks):
        return word  # a modified vowel (ô, ơ, ư, ...) or a non-Vietnamese mark: leave it
    tones = [m for m in first[1:] if m in _TONES]
    if len(tones) != 1 or any(m in _TONES for m in second[1:]):
        return word
    first.remove(tones[0])
    second.append(tones[0])
    return "".join("".join(letter) for letter in letters)


def fold_tone_marks(s: str) -> str:
    """One spelling for old and new tone-mark placement ("Thúy" -> "Thuý", "ủy" -> "uỷ"), NFC.

    The canonical form is the new style: in a syllable ending in oa, oe or uy the tone sits on
    the second vowel. Other text is only NFC-normalised; case is kept.
    """
    if _TONED_O_U.search(s) is None and unicodedata.is_normalized("NFC", s):
        return s  # no tone to move (see _TONED_O_U): the NFC of s, s itself
    decomposed = unicodedata.normalize("NFD", s)
    folded = _SHIFT_TAIL.sub(lambda m: _fold_word(m.group(0)), decomposed)
    return unicodedata.normalize("NFC", folded)


def fold_word_tones(words: str) -> str:
    """:func:`fold_tone_marks` of a text of letters, digits and whitespace only (a name key).

    On such a text in NFC the fold is the pairs :data:`_TONE_TO_MOVE` finds rewritten: no
    character of it decomposes into a mark that a letter or digit (or a bare a/e/y before it)
    would not have in its place, so the pairs are where the decomposition's folding moves a
    tone; one scan instead of decomposing, folding and recomposing the text or each word."""
    if not unicodedata.is_normalized("NFC", words):
        return fold_tone_marks(words)
    return _TONE_TO_MOVE.sub(_moved_tone, words)


_TONED_O = "òóỏõọÒÓỎÕỌ"
_TONED_U = "ùúủũụÙÚỦŨỤ"
_TONED_O_U = re.compile(f"[{_TONED_O}{_TONED_U}]")
"""An o or u that bears a tone mark and nothing else, as NFC writes it: the only first vowel
whose tone :func:`_fold_word` moves (one tone, no modifier). In an NFC text without one, no
tone moves, and folding gives the text back (its decomposition, recomposed): a cheap test
spares most words the two normalisations, which cost more than the rest of the folding."""

_TONE_TO_MOVE = re.compile(
    rf"[{_TONED_O}{_TONED_U}](?:(?<=[{_TONED_O}])[aeAE]|(?<=[{_TONED_U}])[yY])"
    r"(?![^\W\d_]|[\u0300-\u036f])"
)
"""Where :func:`_fold_word` moves a tone, read on the NFC text: an o or u with one tone and
nothing else (:data:`_TONED_O_U`), then a bare a/e or y that no letter or mark follows, as
:data:`_SHIFT_TAIL` reads the decomposition. On an NFC text the fold is these pairs rewritten,
without decomposing and recomposing the whole text (one character class opens the pattern, so
the engine skips to a toned o or u). A text with other marks may differ: "ạ" and a Thai
tone mark after it decompose with the Thai mark first, where the dot below would be."""
_MOVED_TONE = {
    first + second: unicodedata.normalize(
        "NFC",
        unicodedata.normalize("NFD", first)[0] + second + unicodedata.normalize("NFD", first)[1],
    )
    for first in _TONED_O + _TONED_U
    for second in ("aeAE" if first in _TONED_O else "yY")
}
"""Each pair :data:`_TONE_TO_MOVE` finds, with its tone moved ("óa" -> "oá", "ủy" -> "uỷ")."""


def _moved_tone(match: re.Match[str]) -> str:
    return _MOVED_TONE[match.group()]


_UNMOVED_TONE = {moved: pair for pair, moved in _MOVED_TONE.items()}


def unmoved_tone(word: str) -> str | None:
    """``word`` (folded) as texts also write it, with the tone of its last pair back on the
    first vowel ("thuỷ" -> "thủy"): None where the folding moves no tone to that pair."""
    pair = _UNMOVED_TONE.get(word[-2:])
    return None if pair is None else word[:-2] + pair


# The end of a word (NFD) that may hold a tone to move: two vowels of an oa/oe/uy-like pair
# with their marks, nothing of the word after them. Only the last two letters of a word
# decide (see _fold_word), so folding these tails folds every word, and words without such
# an end (most of a text) are not looked at one by one.
_SHIFT_TAIL = re.compile(
    r"[oOuU][\u0300-\u036f]*[aAeEyY][\u0300-\u036f]*(?![^\W\d_]|[\u0300-\u036f])"
)


@lru_cache(maxsize=65536)
def ascii_fold(s: str) -> str:
    """``s`` in lower case with every diacritic removed and "đ" read as "d" ("Đạ Tẻh" -> "da
    teh"): for keys that join names written with and without their marks."""
    decomposed = unicodedata.normalize("NFD", s.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Case-, form- and tone-placement-insensitive key of one word (letters and digits).

    :func:`fold_tone_marks` of the casefolded word, so "Thuý" and "Thúy", "hoà" and "hòa"
    fold to the same key while "ma" and "má" stay apart. Cached: a text has a few thousand
    distinct syllables.
    """
    return fold_tone_marks(token.casefold())


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
        "\u2026": "...",
    }
)
_PIECE = re.compile(r"(\s+)|((?:[^\W_]|[\u0300-\u036f])+)|('')|(.)", re.DOTALL)


@dataclass(frozen=True, eq=False)
class FoldedText:
    """A folded copy of ``source`` with a map from folded offsets back to original offsets.

    ``folded[k]`` comes from ``source[starts[k]:ends[k]]``.
    """

    folded: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    source: str = ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded range ``[start, end)`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]

    def key(self) -> str:
        """The folded text alone: a comparison key of the whole source."""
        return self.folded


def _fold_piece(match: re.Match[str]) -> str:
    """Folded form of one lexical piece that is no whitespace (a word, "''", another mark)."""
    kind = match.lastindex
    if kind == 2:
        return fold_token(match[0])
    if kind == 3:
        return '"'
    return match[0].translate(_CHAR_FOLD)


def _add_piece(
    piece: str, a: int, b: int, parts: list[str], starts: list[int], ends: list[int]
) -> None:
    """Append the folded ``piece`` of ``text[a:b]`` and the original offsets of its characters."""
    n_orig, n_fold = b - a, len(piece)
    if n_fold == n_orig:
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))
    else:
        for k in range(n_fold):
            starts.append(a + min(k * n_orig // n_fold, n_orig - 1))
            ends.append(b if k == n_fold - 1 else a + min(k + 1, n_orig))
    parts.append(piece)


@lru_cache(maxsize=256)
def fold_text(text: str) -> FoldedText:
    """Fold ``text`` for tolerant matching: words by :func:`fold_token`,
    whitespace runs to one space (none at the ends), quotes, dashes and "…" unified.

    The pieces are those of :data:`_PIECE` read in order, found a cheaper way: a whitespace
    run is one piece (``\\s`` is ``str.split``'s whitespace) and no other piece holds
    whitespace, so the text is cut at whitespace by ``str.split`` first (each chunk found
    again by ``str.find``: only whitespace lies before it); a chunk of letters and digits alone
    is one word piece, and only the other chunks ("hội,", "(UBND)") are read by the pattern,
    within the chunk. A regular-expression match per piece cost more than the folding."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    find = text.find
    b = 0
    for chunk in text.split():
        a = find(chunk, b)
        if a > b and parts:  # the whitespace before it, as one space (none at the start)
            parts.append(" ")
            starts.append(b)
            ends.append(b)
        b = a + len(chunk)
        if chunk.isalnum():
            _add_piece(fold_token(chunk), a, b, parts, starts, ends)
            continue
        for match in _PIECE.finditer(text, a, b):
            _add_piece(_fold_piece(match), *match.span(), parts, starts, ends)
    return FoldedText("".join(parts), tuple(starts), tuple(ends), text)


@dataclass(frozen=True)
class Located:
    """Where a quote sits in the text: ``text[start:end]`` is ``span``."""

    start: int
    end: int
    alignment: Alignment
    score: float
    span: str


_ELLIPSIS = re.compile(r"\s*\.\.\.+\s*")
EDGE = " \t\n\"'.,;:!?()[]-"
"""Punctuation and spaces dropped at the ends of a quote piece."""


def quote_parts(quote: str) -> list[str]:
    """The folded pieces of a quote, split where the writer left words out ("a ... b")."""
    folded = fold_text(unicodedata.normalize("NFC", quote)).folded
    return [p.strip(EDGE) for p in _ELLIPSIS.split(folded) if p.strip(EDGE)]


def _find_all(haystack: str, needle: str, limit: int = 100_000) -> list[int]:
    found: list[int] = []
    pos = haystack.find(needle)
    while pos != -1 and len(found) < limit:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def _nearest(positions: list[int], hint: int | None) -> int:
    if hint is None:
        return positions[0]
    return min(positions, key=lambda p: abs(p - hint))


def nearest_occurrence(text: str, needle: str, hint: int | None = None) -> int | None:
    """Start of the verbatim occurrence of ``needle`` nearest to ``hint`` (first when None)."""
    if not needle:
        return None
    hits = _find_all(text, needle)
    return _nearest(hits, hint) if hits else None


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


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a fuzzy span to whole words."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _resolve(text: str, folded: FoldedText | Callable[[], FoldedText] | None) -> FoldedText:
    if folded is None:
        return fold_text(text)
    return folded if isinstance(folded, FoldedText) else folded()


def _folded_whole(
    text: str, folded: FoldedText, needle: str, hint: int | None
) -> tuple[int, int] | None:
    """The whole-word occurrence of the folded ``needle`` nearest to ``hint``, in original offsets."""
    hits = [
        h for h in _find_all(folded.folded, needle) if _whole(folded.folded, h, h + len(needle))
    ]
    if not hits:
        return None
    pos = _nearest([folded.starts[h] for h in hits], hint)
    hit = next(h for h in hits if folded.starts[h] == pos)
    return _trim(text, *folded.to_original(hit, hit + len(needle)))


def _starts_word(haystack: str, at: int) -> bool:
    return not (at > 0 and haystack[at - 1].isalnum() and haystack[at].isalnum())


def _ends_word(haystack: str, at: int) -> bool:
    return not (at < len(haystack) and haystack[at - 1].isalnum() and haystack[at].isalnum())


def _find_word(haystack: str, needle: str, begin: int, *, start: bool, end: bool) -> int:
    """First occurrence of ``needle`` from ``begin`` on that starts/ends on a word boundary."""
    pos = haystack.find(needle, begin)
    while pos >= 0:
        if (not start or _starts_word(haystack, pos)) and (
            not end or _ends_word(haystack, pos + len(needle))
        ):
            return pos
        pos = haystack.find(needle, pos + 1)
    return -1


def _parts_from(haystack: str, parts: list[str], origin: int) -> tuple[int, int] | None:
    """Folded ``[start, end)`` of the pieces in order from ``origin``; whole words at the ends."""
    last = len(parts) - 1
    first = _find_word(haystack, parts[0], origin, start=True, end=last == 0)
    if first < 0:
        return None
    end = first + len(parts[0])
    for k, part in enumerate(parts[1:], start=1):
        nxt = _find_word(haystack, part, end, start=False, end=k == last)
        if nxt < 0:
            return None
        end = nxt + len(part)
    return first, end


def _folded_parts(folded: FoldedText, parts: list[str], hint: int | None) -> tuple[int, int] | None:
    """Pieces of a quote found in order: first from the hint on, then from the start."""
    begin = 0
    if hint:
        begin = next((k for k, o in enumerate(folded.starts) if o >= hint), 0)
    for origin in (begin, 0) if begin else (0,):
        span = _parts_from(folded.folded, parts, origin)
        if span is not None:
            return folded.to_original(*span)
    return None


def _fuzzy(text: str, folded: FoldedText, needle: str) -> Located | None:
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


def locate(
    text: str,
    quote: str,
    hint_start: int | None = None,
    folded: FoldedText | Callable[[], FoldedText] | None = None,
    *,
    fuzzy: bool = True,
) -> Located | None:
    """Find ``quote`` in ``text``: exact, then folded, then fuzzy; None when not found.

    The folded search tries the whole quote on word boundaries, then its pieces around an
    ellipsis, in order, with edge punctuation dropped. ``hint_start`` picks among several
    occurrences the one nearest to it; ``folded`` may pass :func:`fold_text` of ``text``, or
    a function giving it (called only when needed). ``fuzzy=False`` stops after folding.
    """
    if not quote or not quote.strip() or not text:
        return None
    exact = nearest_occurrence(text, quote, hint_start)
    if exact is not None:
        return Located(exact, exact + len(quote), Alignment.EXACT, 100.0, quote)
    folded = _resolve(text, folded)
    needle = fold_text(unicodedata.normalize("NFC", quote)).folded
    if not needle:
        return None
    where = _folded_whole(text, folded, needle, hint_start)
    if where is None:
        parts = quote_parts(quote)
        where = _folded_parts(folded, parts, hint_start) if parts else None
    if where is not None:
        start, end = where
        return Located(start, end, Alignment.EXACT, 100.0, text[start:end])
    return _fuzzy(text, folded, needle) if fuzzy else None
