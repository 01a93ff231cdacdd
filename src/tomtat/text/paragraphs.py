"""Paragraph blocks with a map back to the original, and the joined cleaned text.

A :class:`Block` is one paragraph of the cleaned text: whitespace collapsed to single
spaces, zero-width and control characters dropped. Its ``segments`` record which runs
were copied verbatim from the original, so :func:`assemble` can build an
:class:`~tomtat.text.article.OffsetMap` for the whole cleaned text. Everything is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tomtat.text.article import OffsetMap

__all__ = [
    "PARAGRAPH_SEPARATOR",
    "Block",
    "assemble",
    "block_from_spans",
    "block_from_text",
    "split_plain",
]

PARAGRAPH_SEPARATOR = "\n\n"

# Characters dropped from the cleaned text: zero-width, soft hyphen, BOM and C0/C1 controls.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f"
_VISIBLE_RUN = re.compile(rf"[^\s{_INVISIBLE}]+(?>(?: [^\s{_INVISIBLE}]+)*)")
_HAS_SPACE = re.compile(r"\s")
_TERMINAL = tuple('.!?…:;"”’»)]')


@dataclass
class Block:
    """One paragraph: cleaned text plus (offset in block, original offset, length) runs."""

    text: str
    segments: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def original_start(self) -> int | None:
        """Original offset of the first copied character, or None if nothing was copied."""
        return self.segments[0][1] if self.segments else None


def _append_runs(
    original: str,
    start: int,
    end: int,
    parts: list[str],
    segments: list[tuple[int, int, int]],
    length: int,
) -> int:
    """Append the visible runs of original[start:end] to ``parts``; returns the new length."""
    piece = original[start:end]
    core = piece.strip()
    if core and core.isprintable() and "  " not in core:
        # one visible run (the usual line): every whitespace but the space and every dropped
        # character is unprintable, so the scan below would find just ``core``
        if length:
            parts.append(" ")
            length += 1
        segments.append((length, start + len(piece) - len(piece.lstrip()), len(core)))
        parts.append(core)
        return length + len(core)
    previous_end: int | None = None
    for match in _VISIBLE_RUN.finditer(original, start, end):
        if previous_end is not None or length:
            gap = original[previous_end : match.start()] if previous_end is not None else " "
            if _HAS_SPACE.search(gap):
                parts.append(" ")
                length += 1
        segments.append((length, match.start(), match.end() - match.start()))
        parts.append(match.group())
        length += match.end() - match.start()
        previous_end = match.end()
    return length


def block_from_spans(original: str, spans: Iterable[tuple[int, int]]) -> Block | None:
    """A block from one or more spans of the original (joined by a space); None if empty."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    for start, end in spans:
        length = _append_runs(original, start, end, parts, segments, length)
    if not parts:
        return None
    return Block("".join(parts), segments)


def block_from_text(
    text: str, original: str, cursor: int, window: int = 4000
) -> tuple[Block | None, int]:
    """A block from text extracted elsewhere (HTML), mapped to ``original`` where it is verbatim.

    Each run (then each word, if the run is not verbatim, e.g. across inline tags) is
    searched for from ``cursor`` within ``window`` characters; unmatched words are left
    unmapped. Returns the block and the advanced cursor.
    """
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    for match in _VISIBLE_RUN.finditer(text):
        if length:
            parts.append(" ")
            length += 1
        run = match.group()
        found = original.find(run, cursor, cursor + window + len(run))
        if found >= 0:
            segments.append((length, found, len(run)))
            cursor = found + len(run)
            parts.append(run)
            length += len(run)
            continue
        for index, word in enumerate(run.split(" ")):
            if index:
                parts.append(" ")
                length += 1
            found = original.find(word, cursor, cursor + window + len(word))
            if found >= 0:
                segments.append((length, found, len(word)))
                cursor = found + len(word)
            parts.append(word)
            length += len(word)
    if not parts:
        return None, cursor
    return Block("".join(parts), segments), cursor


def _is_continuation(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one does not end a sentence and this starts lower-case."""
    stripped = previous.rstrip()
    first = line.lstrip()[:1]
    return bool(stripped) and not stripped.endswith(_TERMINAL) and first.islower()


def split_plain(original: str, start: int = 0) -> list[Block]:
    """Paragraph blocks of plain text from ``start``: one per line, hard-wrapped lines joined."""
    blocks: list[Block] = []
    current: list[tuple[int, int]] = []
    previous_line = ""
    offset = 0
    for line in original.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        if offset <= start:
            continue
        content = line
        if line_start < start:
            line_start = start
            content = original[start:offset]
        if content.isspace():
            if current:
                block = block_from_spans(original, current)
                if block is not None:
                    blocks.append(block)
                current = []
            previous_line = ""
            continue
        if current and _is_continuation(previous_line, content):
            current.append((line_start, offset))
        else:
            if current:
                block = block_from_spans(original, current)
                if block is not None:
                    blocks.append(block)
            current = [(line_start, offset)]
        previous_line = content
    if current:
        block = block_from_spans(original, current)
        if block is not None:
            blocks.append(block)
    return blocks


def assemble(blocks: Iterable[Block]) -> tuple[str, OffsetMap, list[int]]:
    """Join blocks with a blank line: (cleaned text, offset map, start offset of each block)."""
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    starts: list[int] = []
    position = 0
    for block in blocks:
        if parts:
            parts.append(PARAGRAPH_SEPARATOR)
            position += len(PARAGRAPH_SEPARATOR)
        starts.append(position)
        for clean_offset, original_start, length in block.segments:
            segments.append((position + clean_offset, original_start, length))
        parts.append(block.text)
        position += len(block.text)
    return "".join(parts), OffsetMap(tuple(segments)), starts
