"""Raw bytes to a cleaned :class:`Article`: decode, HTML to text, drop furniture and repeats.

Steps: :func:`~tomtat.text.encoding.decode_bytes` (BOMs, UTF-16, UTF-8, Windows-1258,
NFC; binary refused) -> scraper prefix " date YYYY-MM" removed -> paragraphs (plain-text
lines or HTML blocks) -> web furniture removed (:mod:`tomtat.text.boilerplate`) ->
repeated paragraphs removed (:mod:`tomtat.text.dedupe`) -> headline first -> cleaned
text with an offset map -> metadata with evidence (:mod:`tomtat.text.metadata`).
Every step is linear in the input (the near-duplicate check looks at a bounded window).
"""

from __future__ import annotations

import logging

from tomtat.schemas import Evidence
from tomtat.text.article import Article
from tomtat.text.boilerplate import classify, is_comments_marker, is_tail_marker
from tomtat.text.dedupe import duplicate_flags
from tomtat.text.encoding import decode_bytes, looks_vietnamese
from tomtat.text.errors import InputError
from tomtat.text.html import html_to_paragraphs, looks_like_html
from tomtat.text.metadata import Found, extract_metadata, find_title, strip_scraper_prefix
from tomtat.text.paragraphs import Block, assemble, block_from_text, split_plain
from tomtat.text.segment import split_sentences

__all__ = ["InputError", "load_article"]

logger = logging.getLogger(__name__)

VIETNAMESE_MIN_RATIO = 0.02
_TAIL_RESET_CHARS = 250
_ARTICLE_SEEN_CHARS = 300


def _html_blocks(original: str, start: int) -> tuple[list[Block], str | None]:
    page = html_to_paragraphs(original[start:])
    blocks: list[Block] = []
    cursor = start
    for paragraph in page.paragraphs:
        block, cursor = block_from_text(paragraph, original, cursor)
        if block is not None:
            blocks.append(block)
    title = page.title
    if title:
        key = " ".join(title.split()).casefold()
        if not any(b.text.casefold() == key for b in blocks[:8]):
            block, _ = block_from_text(title, original, start, window=len(original))
            if block is not None:
                blocks.insert(0, block)
    return blocks, title


def _is_body_text(paragraph: str) -> bool:
    """Article prose rather than a link headline: long, several sentences, or a full sentence."""
    if len(paragraph) >= _TAIL_RESET_CHARS or len(split_sentences(paragraph)) >= 2:
        return True
    return paragraph.rstrip().endswith((".", "!", "?", "…", ";")) and len(paragraph.split()) >= 8


def _remove_furniture(blocks: list[Block]) -> tuple[list[Block], dict[str, str]]:
    """Drop web furniture; after a related-news header also drop its list of links.

    After the readers' comments header everything is dropped (comments are not the
    article), once the article proper has been seen (:data:`_ARTICLE_SEEN_CHARS`).
    """
    kept: list[Block] = []
    notes: dict[str, str] = {}
    in_tail = False
    kept_chars = 0
    for index, block in enumerate(blocks):
        furniture = classify(block.text)
        if furniture is not None:
            if furniture.note is not None:
                notes.setdefault(*furniture.note)
            if is_comments_marker(block.text) and kept_chars >= _ARTICLE_SEEN_CHARS:
                for later in blocks[index + 1 :]:
                    later_furniture = classify(later.text)
                    if later_furniture is not None and later_furniture.note is not None:
                        notes.setdefault(*later_furniture.note)
                break
            if is_tail_marker(block.text):
                in_tail = True
            continue
        if in_tail:
            if not _is_body_text(block.text):
                continue  # a headline link of another article
            in_tail = False
        kept.append(block)
        kept_chars += len(block.text)
    return kept, notes


def _evidence(text: str, starts: list[int], found: Found) -> Evidence:
    start = starts[found.paragraph] + found.start
    end = starts[found.paragraph] + found.end
    return Evidence(quote=text[start:end], start=start, end=end)


def load_article(data: bytes, article_id: str) -> Article:
    """Decode, normalise and clean ``data`` into an :class:`Article`.

    Raises :class:`InputError` (one clear line) for empty or binary input and for pages
    with no article text; everything else becomes an Article, with ``warnings`` for
    damaged encodings and text that does not look Vietnamese.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InputError(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data or data.isspace():  # as ``not data.strip()``, without copying the text
        raise InputError("empty file")
    decoded = decode_bytes(data)
    original = decoded.text
    if not original or original.isspace():
        raise InputError("empty file")
    warnings = list(decoded.warnings)

    prefix_date, body_start, prefix_raw = strip_scraper_prefix(original)
    is_html = looks_like_html(original[body_start:])
    title_hint: str | None = None
    if is_html:
        try:
            blocks, title_hint = _html_blocks(original, body_start)
        except Exception as exc:  # selectolax is robust, but never let a parser bug escape
            logger.warning("HTML parsing failed for %s: %s", article_id, exc)
            warnings.append("HTML could not be parsed; read as plain text")
            is_html = False
            blocks = split_plain(original, body_start)
    else:
        blocks = split_plain(original, body_start)
    if not blocks:
        raise InputError("empty file" if not is_html else "no text in the HTML document")

    blocks, notes = _remove_furniture(blocks)
    flags = duplicate_flags([b.text for b in blocks], single_spaced=True)
    removed = sum(flags)
    blocks = [b for b, duplicate in zip(blocks, flags, strict=True) if not duplicate]
    if not blocks:
        raise InputError("no article text (only web page furniture)")
    if removed:
        logger.debug("%s: dropped %d repeated paragraph(s)", article_id, removed)

    title = find_title([b.text for b in blocks], title_hint)
    title_read = True  # the paragraphs' own title, unless they are reordered below
    if title is not None and title.paragraph != 0:
        blocks.insert(0, blocks.pop(title.paragraph))
        title_read = False

    text, offset_map, starts = assemble(blocks)
    paragraphs = [b.text for b in blocks]
    metadata = extract_metadata(paragraphs, title_hint, title_read=title_read, title=title)

    evidence: dict[str, Evidence] = {}
    for name in ("title", "source", "published", "author"):
        found = getattr(metadata, name)
        if found is not None:
            evidence[name] = _evidence(text, starts, found)
    published = metadata.published.value if metadata.published is not None else None
    if published is None and prefix_date is not None:
        published = prefix_date
        evidence["published"] = Evidence(
            quote=prefix_raw,
            derived=True,
            note=f"scraper prefix {prefix_raw!r} before the article (removed from the text)",
        )

    if not looks_vietnamese(text, VIETNAMESE_MIN_RATIO):
        warnings.append("text does not look Vietnamese")

    return Article(
        id=article_id,
        text=text,
        original=original,
        title=metadata.title.value if metadata.title is not None else None,
        source=metadata.source.value if metadata.source is not None else None,
        published=published,
        author=metadata.author.value if metadata.author is not None else None,
        encoding=decoded.encoding,
        is_html=is_html,
        offset_map=offset_map,
        metadata_evidence=evidence,
        warnings=tuple(warnings),
        notes=notes,
    )
