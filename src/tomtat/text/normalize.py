"""Name normalisation shared by matching and evaluation: NFC, tone marks, case, abbreviations.

FORMAT.md compares names case-insensitively, in Unicode NFC, with the old and new tone-mark
placements treated as equal ("Thúy" = "Thuý", "hòa" = "hoà"), "Ủy ban nhân dân" = "UBND" and
surrounding punctuation ignored. Everything here is a pure function of its input.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from tomtat.text.fold import ascii_fold, fold_tone_marks, fold_word_tones

__all__ = [
    "ALIAS_WORDS",
    "fold_tone_marks",
    "initials",
    "normalize_name",
    "same_initials",
    "similarity",
    "strip_admin_prefix",
]

# Long forms and spellings that name the same thing, written as keys (folded, no punctuation)
# and applied on whole words until nothing changes. Both sides of a comparison go through the
# same table, so it is symmetric.
_ALIASES: tuple[tuple[str, str], ...] = (
    ("ủy ban nhân dân", "ubnd"),
    ("hội đồng nhân dân", "hđnd"),
    ("ủy ban mặt trận tổ quốc", "ubmttq"),
    ("ub mttq", "ubmttq"),
    ("ủy ban mttq", "ubmttq"),
    # the Front's committee is named with or without its country ("UBMTTQ Việt Nam tỉnh X")
    ("ubmttq việt nam", "ubmttq"),
    ("mặt trận tổ quốc", "mttq"),
    ("an ninh tổ quốc", "antq"),
    ("an ninh trật tự", "antt"),
    ("công an nhân dân", "cand"),
    ("phòng cháy chữa cháy", "pccc"),
    ("an toàn giao thông", "atgt"),
    ("ban chỉ đạo", "bcđ"),
    ("liên hiệp phụ nữ", "lhpn"),
    ("liên đoàn lao động", "lđlđ"),
    ("cựu chiến binh", "ccb"),
    ("giáo dục và đào tạo", "gdđt"),
    ("gd đt", "gdđt"),
    ("bảo vệ antq", "bvantq"),
    ("bv antq", "bvantq"),
    ("thành phố", "tp"),
    ("tphcm", "tp hcm"),
    ("hồ chí minh", "hcm"),
)

# Quotes and apostrophes vanish ("Đắk R'Lấp" = "Đắk R’Lấp"); other punctuation becomes a space.
_APOSTROPHES = "'’‘`´ʼ\"“”„«»"
_PUNCT = re.compile(r"[^\w\s]")
r"""Punctuation but "_" (a word character to ``re``, punctuation here: replaced apart). One
character class, so a search tests it character by character; ``[^\w\s]|_``, a choice of
two, was tried as a whole match at every position of a text (three times the cost)."""


def _key_words(s: str) -> list[str]:
    """The words of :func:`_key` (letters and digits only: every other character parts them)."""
    key = unicodedata.normalize("NFC", unicodedata.normalize("NFC", s).casefold())
    for mark in _APOSTROPHES:
        if mark in key:  # a plain search per mark: a fifth of one class test per character
            key = key.replace(mark, "")
    if "_" in key:
        key = key.replace("_", " ")
    # split on whitespace runs (str.split's whitespace is re's \s); the tone marks of the
    # words folded at once (letters, digits and whitespace are left: see fold_word_tones)
    return fold_word_tones(_PUNCT.sub(" ", key)).split()


def _key(s: str) -> str:
    """NFC, casefolded, quotes dropped, punctuation to spaces, tone marks folded, spaces collapsed."""
    return " ".join(_key_words(s))


def _alias_pattern(literal: str) -> re.Pattern[str]:
    r"""``literal`` as a whole word: ``(?<!\w)literal(?!\w)``, with the look-behind written
    after the literal (it tests the same character before it), so that the pattern starts with
    the literal and the regex engine skips ahead to its occurrences instead of trying every
    position of a whole text."""
    escaped = re.escape(literal)
    return re.compile(rf"{escaped}(?<!\w{escaped})(?!\w)")


_ALIAS_PATTERNS: tuple[tuple[re.Pattern[str], str, str, frozenset[str]], ...] = tuple(
    (_alias_pattern(_key(long)), short, _key(long), frozenset(_key_words(long)))
    for long, short in _ALIASES
)
"""Each alias as (pattern, short form, the literal the pattern needs, the literal's words):
absent, or one of its words no word of the key, it cannot match."""

ALIAS_WORDS: frozenset[str] = frozenset().union(*(words for *_, words in _ALIAS_PATTERNS))
"""Every word of the long forms above: the only words :func:`normalize_name` takes out of a
key; a word of none of them stays wherever the key holds it, and no alias reaches across it."""


@lru_cache(maxsize=8192)  # one call, not two: the readers ask for the same names again and again
def normalize_name(s: str | None) -> str:
    """The matching key of a name: NFC, tone marks folded, casefolded, aliases, no punctuation.

    "Ủy ban nhân dân huyện Đức Trọng" and "UBND huyện Đức Trọng." give the same key;
    None gives "". Idempotent: ``normalize_name(normalize_name(x)) == normalize_name(x)``.
    """
    if s is None:
        return ""
    words = _key_words(s)
    key = " ".join(words)
    # every word the key has held: a whole-word match of a literal is made of the key's words
    # (they hold letters and digits only), so a literal with a word not among them is skipped
    # by a set test; a whole text is normalised too, where a substring search costs more
    seen = set(words)
    for _ in range(len(_ALIAS_PATTERNS) + 1):
        before = key
        for pattern, short, literal, literal_words in _ALIAS_PATTERNS:
            if literal_words <= seen and literal in key:
                key = pattern.sub(short, key)
                seen.update(short.split())
        if key == before:
            break
    return key


_INITIALS_SKIP = frozenset({"và", "&"})
MIN_INITIALS = 4
"""Fewest letters two names' initials must share to be the same name (shorter: chance)."""


def initials(s: str | None) -> str:
    """The letters a name abbreviates to: an abbreviation in capitals gives its letters, any
    other word its first letter ("Bộ Văn hóa, Thể thao và Du lịch" and "Bộ VHTTDL" both give
    "bvhttdl"; "Bộ NN&PTNT" and "Bộ Nông nghiệp và Phát triển nông thôn" "bnnptnt"), "và"
    skipped, tone marks and the stroke of "đ" dropped ("Ủy" gives "u", "Bộ đội" "bd")."""
    if not s:
        return ""
    letters: list[str] = []
    for word in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", s)):
        if word.casefold() in _INITIALS_SKIP:
            continue
        letters.append(word.casefold() if len(word) > 1 and word.isupper() else word[0].casefold())
    return ascii_fold("".join(letters))


def same_initials(a: str | None, b: str | None) -> bool:
    """Whether two names abbreviate to the same letters, at least :data:`MIN_INITIALS` of
    them, one of them written with an abbreviation in capitals: "Bộ VHTTDL" is "Bộ Văn hóa,
    Thể thao và Du lịch", "Bộ Tư lệnh BĐBP" is "Bộ Tư lệnh Bộ đội Biên phòng"."""
    if not a or not b:
        return False
    return _same_initials(a, b)


@lru_cache(maxsize=4096)  # the cross-check compares the same few issuers again and again
def _same_initials(a: str, b: str) -> bool:
    if not (_has_abbreviation(a) or _has_abbreviation(b)):
        return False
    ia, ib = initials(a), initials(b)
    return len(ia) >= MIN_INITIALS and ia == ib


_ABBREVIATED = re.compile(r"(?<!\w)[^\W\d_]{2,}(?!\w)")


@lru_cache(maxsize=4096)
def _has_abbreviation(name: str) -> bool:
    """Whether ``name`` holds a word of two letters or more written in capitals ("VHTTDL")."""
    return any(w.isupper() for w in _ABBREVIATED.findall(name))


# Administrative prefixes, longest first; matched case-insensitively on the folded text.
_ADMIN_PREFIXES = (
    "huyện đảo",
    "thành phố",
    "thị trấn",
    "thị xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "xã",
    "tp.",
    "tp",
    "tx.",
    "tx",
)
_ADMIN_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in _ADMIN_PREFIXES) + r")(?:\s+|(?<=\.)|(?=hcm\b))",
    re.IGNORECASE,
)


def strip_admin_prefix(s: str) -> str:
    """Drop a leading "tỉnh", "huyện", "thị xã"/"TX.", "thành phố"/"TP.", "quận", "xã", "phường", "thị trấn".

    "tỉnh Lâm Đồng" -> "Lâm Đồng", "TP.Bảo Lộc" -> "Bảo Lộc", "TPHCM" -> "HCM". The rest keeps its spelling
    (NFC); a bare prefix with nothing after it is returned unchanged.
    """
    text = unicodedata.normalize("NFC", s).strip()
    match = _ADMIN_PREFIX.match(text)
    if match is None:
        return text
    rest = text[match.end() :].strip()
    return rest or text


def similarity(a: str | None, b: str | None) -> float:
    """Token-set similarity (0-100) of two names after :func:`normalize_name`.

    Two missing names agree (100); one missing name agrees with nothing (0). A string that
    normalises to nothing counts as missing.
    """
    return _key_similarity(normalize_name(a), normalize_name(b))


@lru_cache(maxsize=8192)  # the extractor and the cross-check score the same few issuers again
def _key_similarity(key_a: str, key_b: str) -> float:
    if not key_a and not key_b:
        return 100.0
    if not key_a or not key_b:
        return 0.0
    return float(fuzz.token_set_ratio(key_a, key_b))
