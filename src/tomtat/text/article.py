"""The cleaned article every extractor reads: text, metadata and a map back to the original."""

from __future__ import annotations

from dataclasses import dataclass, field

from tomtat.schemas import Evidence
from tomtat.text.analysis import Analysis, analyse


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets of the cleaned text back to offsets of the decoded original.

    ``segments`` holds ``(clean_start, original_start, length)`` triples, sorted by
    ``clean_start``: each is a run of characters copied unchanged from the original.
    """

    segments: tuple[tuple[int, int, int], ...] = ()

    def to_original(self, offset: int) -> int | None:
        """Offset in the original for a cleaned-text offset, or None if it was synthesised."""
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            clean_start, original_start, length = self.segments[mid]
            if offset < clean_start:
                hi = mid - 1
            elif offset > clean_start + length:
                lo = mid + 1
            else:
                # where two copied runs touch, the character at ``offset`` is the next run's
                if offset == clean_start + length and mid + 1 < len(self.segments):
                    following = self.segments[mid + 1]
                    if following[0] == offset:
                        return following[1]
                return original_start + (offset - clean_start)
        return None

    def span_to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """Original ``[start, end)`` of a cleaned span inside one copied run, else None.

        Unlike two :meth:`to_original` calls this is exact where two copied runs touch in
        the cleaned text (an invisible character was dropped between them).
        """
        if end < start:
            return None
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            clean_start, original_start, length = self.segments[mid]
            if start < clean_start:
                hi = mid - 1
            elif start >= clean_start + length and not (start == end == clean_start + length):
                lo = mid + 1
            else:
                if end > clean_start + length:
                    return None
                return original_start + (start - clean_start), original_start + (end - clean_start)
        return None


@dataclass(frozen=True)
class Article:
    """A cleaned article: NFC text without web furniture or repeated paragraphs.

    ``text`` is what every offset in a summary refers to. Paragraphs are separated by a
    blank line; the headline, when there is one, is the first paragraph.
    """

    id: str
    text: str
    original: str = ""
    title: str | None = None
    source: str | None = None
    published: str | None = None
    author: str | None = None
    encoding: str | None = None
    is_html: bool = False
    offset_map: OffsetMap = field(default_factory=OffsetMap)
    metadata_evidence: dict[str, Evidence] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # Values read from web furniture removed from ``text``, e.g. {"nguồn tin": "Phạm Mỹ Hạnh"}.
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def analysis(self) -> Analysis:
        """The text read once (:func:`tomtat.text.analysis.analyse`), shared by every reader."""
        return analyse(self.text)
