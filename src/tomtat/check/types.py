"""The shapes the checks read from the text layer's count finder, as protocols.

``tomtat.text.counts.AwardMention`` and ``StatMention`` satisfy them; tests may pass any
object with these attributes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from tomtat.schemas import AwardType


class MentionLike(Protocol):
    """One grant clause of the text (see ``tomtat.text.counts.AwardMention``)."""

    @property
    def type(self) -> AwardType: ...
    @property
    def issuer(self) -> str | None: ...
    @property
    def collectives(self) -> int | None: ...
    @property
    def individuals(self) -> int | None: ...
    @property
    def total(self) -> int | None: ...
    @property
    def recipients(self) -> Sequence[str]: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def quote(self) -> str: ...
    @property
    def count_spans(self) -> Mapping[str, tuple[int, int]]: ...
    @property
    def at_event(self) -> bool: ...


class StatLike(Protocol):
    """One statistic of the text (see ``tomtat.text.counts.StatMention``)."""

    @property
    def label(self) -> str: ...
    @property
    def value(self) -> int | float: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def quote(self) -> str: ...
