"""Statistics of a report from the count finder: typed, with evidence, repeated facts once.

Units: null for a counted noun (the noun is the label: "618 tổ an ninh nhân dân"), "đồng" for
money (multipliers folded into the value: "gần 5 tỷ đồng" -> 5000000000), "%" for percentages,
and measures as written ("km", "ha", "kg", "tấn" ...). The hedge in front of the number is the
qualifier (hơn / trên / gần / khoảng / gần như).
"""

from __future__ import annotations

from collections.abc import Iterable

from tomtat.schemas import Evidence, Qualifier, Statistic
from tomtat.text.mentions import StatMention
from tomtat.text.normalize import normalize_name

__all__ = ["build_statistics"]

_QUALIFIERS = {q.value: q for q in Qualifier}


DISTINCT_FROM = 1000
"""A figure at least this large and not a round hundred ("27.235") names one fact however
often the text writes it: a headline and the body telling it in other words."""


def _distinct(value: float) -> bool:
    return value >= DISTINCT_FROM and not (float(value).is_integer() and int(value) % 100 == 0)


def _told_once(found: Iterable[StatMention]) -> list[StatMention]:
    """The mentions less the earlier tellings of a distinctive figure ("27.235 nông dân ...
    giỏi" in the headline, "27.235 hộ đạt danh hiệu ..." in the body): the last telling,
    usually the body's fuller one, stands for the fact."""
    mentions = list(found)
    last: dict[tuple[float, str | None], int] = {}
    for i, mention in enumerate(mentions):
        if _distinct(mention.value):
            last[(float(mention.value), mention.unit)] = i
    return [
        m
        for i, m in enumerate(mentions)
        if not _distinct(m.value) or last[(float(m.value), m.unit)] == i
    ]


def build_statistics(found: Iterable[StatMention]) -> list[Statistic]:
    """The statistics finder's facts (award counts, dates, years excluded) as records, once
    each: the same label and value once, a distinctive figure once (see :func:`_told_once`)."""
    seen: set[tuple[float, str | None, str, str | None]] = set()
    stats: list[Statistic] = []
    for mention in _told_once(found):
        key = (float(mention.value), mention.unit, normalize_name(mention.label), mention.qualifier)
        if key in seen:
            continue
        seen.add(key)
        stats.append(
            Statistic(
                label=mention.label,
                value=mention.value,
                unit=mention.unit,
                qualifier=_QUALIFIERS.get(mention.qualifier) if mention.qualifier else None,
                evidence=Evidence(
                    quote=mention.quote,
                    start=mention.start,
                    end=mention.end,
                    alignment="exact",  # type: ignore[arg-type]
                ),
            )
        )
    return stats
