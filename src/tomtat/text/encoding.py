"""Bytes to text: BOMs, UTF-16 without BOM, UTF-8 (also truncated), Windows-1258 and friends.

The result is always Unicode NFC. Windows-1258 writes tone marks as combining characters
after the vowel; NFC composes them into the precomposed letters the rest of the code uses.
Binary data (images, archives, executables) is refused with :class:`InputError`.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tomtat.text.errors import InputError

__all__ = ["DecodedText", "decode_bytes", "looks_vietnamese", "vietnamese_ratio"]

logger = logging.getLogger(__name__)

_SAMPLE = 64 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
)

# Letters that only Vietnamese (among Latin-script languages) uses this densely.
_VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
)
# Characters typical of a legacy text decoded with the wrong code page.
_MOJIBAKE = frozenset("ÃÂÐÞþðÌÒ¤¢£¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷ÆæØøÅåŸƒ€‚„†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œž")


@dataclass(frozen=True)
class DecodedText:
    """Decoded NFC text, the codec that produced it and any warnings about the bytes."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
"""Control bytes that plain text does not hold (tab, line breaks, form feed, ESC allowed)."""
_LETTER_RE = re.compile(r"[^\W\d_]")
_RATIO_SAMPLE = 200_000
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_COMMON_VIETNAMESE = "ươđộốệạàáả"
"""Vietnamese letters common enough that their count alone usually settles the ratio."""


def vietnamese_ratio(text: str) -> float:
    """Share of letters that are Vietnamese-specific (about 0.2-0.3 for Vietnamese prose).

    Long texts are sampled (start, middle and end) so the cost stays bounded.
    """
    if len(text) > _RATIO_SAMPLE:
        third = _RATIO_SAMPLE // 3
        middle = len(text) // 2
        text = text[:third] + text[middle - third // 2 : middle + third // 2] + text[-third:]
    # counted per distinct character (both patterns read one character without context, so
    # this is their match count), not per match: a findall builds one string per letter
    letters = vietnamese = 0
    for char, count in Counter(text).items():
        if _is_letter(char):
            letters += count
            if char in _VIETNAMESE_LETTERS:
                vietnamese += count
    return vietnamese / letters if letters else 0.0


def looks_vietnamese(text: str, min_ratio: float) -> bool:
    """``vietnamese_ratio(text) >= min_ratio``, mostly without counting every character.

    A few common Vietnamese letters (counted with ``str.count``) are fewer than the text's
    Vietnamese letters, and its ASCII letters plus all its other characters are more than its
    letters; when even that lower share reaches ``min_ratio`` so does the ratio. Otherwise
    (text in another language, a sampled long text) the ratio is computed.
    """
    if len(text) <= _RATIO_SAMPLE:
        ascii_part = text.encode("ascii", "ignore")
        letters_at_most = len(ascii_part.translate(None, _ASCII_NON_LETTERS)) + (
            len(text) - len(ascii_part)
        )
        vietnamese_at_least = 0
        for letter in _COMMON_VIETNAMESE:
            vietnamese_at_least += text.count(letter)
            if vietnamese_at_least and vietnamese_at_least / letters_at_most >= min_ratio:
                return True
    return vietnamese_ratio(text) >= min_ratio


@lru_cache(maxsize=4096)
def _is_letter(char: str) -> bool:
    """``char`` is a letter as :data:`_LETTER_RE` reads it (a word character, no digit or _)."""
    return _LETTER_RE.fullmatch(char) is not None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit on one parity only (ASCII-heavy UTF-16)."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None  # no NUL byte on either parity (most texts: found without copying)
    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.2 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.2 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _score(text: str) -> float:
    """How much a decoding looks like Vietnamese: Vietnamese letters minus mojibake signs."""
    sample = text[:_SAMPLE]
    letters = sum(1 for c in sample if c.isalpha()) or 1
    vietnamese = sum(1 for c in sample if c in _VIETNAMESE_LETTERS)
    bad = sum(
        1
        for c in sample
        if c in _MOJIBAKE or c == "\ufffd" or unicodedata.category(c) in ("Mn", "Cc", "Co")
    )
    return (vietnamese - 3 * bad) / letters


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _decode_utf8(data: bytes) -> DecodedText | None:
    """Strict UTF-8; a cut in the last character or a few bad bytes give a warning."""
    try:
        return DecodedText(_nfc(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            text = data.decode("utf-8", errors="replace")
            return DecodedText(
                _nfc(text),
                "utf-8",
                ("truncated UTF-8: the file ends in the middle of a character (replaced)",),
            )
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    good = sum(1 for c in text[: _SAMPLE * 4] if ord(c) > 127 and c != "\ufffd")
    if good >= 10 * broken:
        return DecodedText(
            _nfc(text),
            "utf-8",
            (f"invalid UTF-8: {broken} broken byte sequence(s) replaced",),
        )
    return None


def _decode_legacy(data: bytes) -> DecodedText:
    """Pick the legacy code page whose decoding looks most Vietnamese."""
    sample = data[:_SAMPLE]
    candidates: list[str] = ["cp1258"]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and best.encoding:
            candidates.append(best.encoding)
    except Exception:  # pragma: no cover - detector failure is not fatal
        logger.debug("charset-normalizer failed", exc_info=True)
    candidates += ["cp1252", "latin-1"]
    scored: list[tuple[float, int, str]] = []
    for index, name in enumerate(dict.fromkeys(candidates)):
        try:
            codecs.lookup(name)
            decoded = _nfc(sample.decode(name, errors="replace"))
        except LookupError:
            continue
        scored.append((_score(decoded), -index, name))
    _, _, chosen = max(scored)
    text = _nfc(data.decode(chosen, errors="replace"))
    warnings: tuple[str, ...] = ()
    if "\ufffd" in text:
        warnings = (f"decoded as {chosen} with undecodable bytes replaced",)
    return DecodedText(text, chosen, warnings)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode raw article bytes to NFC text, refusing binary data with a clear InputError."""
    if data.startswith(codecs.BOM_UTF8):
        return DecodedText(_nfc(data[3:].decode("utf-8", errors="replace")), "utf-8-sig")
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            text = body.decode(name, errors="replace")
            warnings = (
                ("truncated UTF-16/32: broken last character replaced",)
                if ("\ufffd" in text[-2:])
                else ()
            )
            return DecodedText(_nfc(text), name, warnings)
    kind = _binary_kind(data)
    if kind is not None:
        raise InputError(f"binary file ({kind}), not a text article")
    sample = data[:_SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        if _control_ratio(text[:4096].encode("utf-8", errors="replace")) < 0.05:
            return DecodedText(_nfc(text), utf16)
    if _control_ratio(sample) > 0.05:
        raise InputError("binary file (unrecognised data), not a text article")
    decoded = _decode_utf8(data)
    if decoded is not None:
        return decoded
    return _decode_legacy(data)
