"""What the finders report: grant clauses and counted facts, with offsets into the text.

Plain data, so every layer above ``text`` (the extractors, the cross-check, the review page)
can read them without importing the finders.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tomtat.schemas import AwardType
from tomtat.text.frozen import fast_frozen

__all__ = ["AwardMention", "StatMention"]


@fast_frozen
@dataclass(frozen=True)
class AwardMention:
    """One grant clause: a kind of award from an issuer, with the counts the text gives."""

    type: AwardType
    issuer: str | None
    collectives: int | None
    individuals: int | None
    total: int | None
    recipients: tuple[str, ...]
    start: int
    end: int
    quote: str
    count_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    at_event: bool = True
    typed: bool = True  # False: "biểu dương 24 tập thể" names no award word (type "Khác")
    sentence: int = -1  # the number of the sentence that holds the clause (-1: not known)
    caption: bool = False  # on a short line of its own with no closing period (a caption)


@fast_frozen
@dataclass(frozen=True)
class StatMention:
    """A counted fact: ``value`` ``unit`` of ``label`` ("618 tổ an ninh nhân dân")."""

    label: str
    value: int | float
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    quote: str
