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


def build_statistics(found: Iterable[StatMention]) -> list[Statistic]:
    """The statistics finder's facts (award counts, dates, years excluded) as records, once each."""
    seen: set[tuple[float, str | None, str]] = set()
    stats: list[Statistic] = []
    for mention in found:
        key = (float(mention.value), mention.unit, normalize_name(mention.label))
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
