"""Raw bytes to a cleaned Article (placeholder: decode + NFC; the full version replaces it)."""

from __future__ import annotations

import unicodedata

from tomtat.text.article import Article


class InputError(ValueError):
    """The input cannot be read as an article; the message is one clear line."""


def load_article(data: bytes, article_id: str) -> Article:
    """Decode, normalise and clean ``data`` into an :class:`Article`."""
    if not data.strip():
        raise InputError("empty file")
    text = unicodedata.normalize("NFC", data.decode("utf-8", errors="replace"))
    return Article(id=article_id, text=text, original=text, encoding="utf-8")
