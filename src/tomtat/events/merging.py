"""One event record from the reports of one meeting: agreed values, grants once, disagreements.

A grant reported by several outlets becomes one :class:`EventAward`; where they give different
counts the count most sources give is kept (on a tie, the fullest report's), the grant is marked
disputed and an :class:`EventFinding` names and quotes every source. Dates and statistics that
differ are findings too.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tomtat.events.linking import Report, grants_correspond
from tomtat.events.places import district_key, province_key
from tomtat.schemas import (
    ArticleSummary,
    Award,
    EventAward,
    EventFinding,
    EventFindingKind,
    EventKind,
    EventRecord,
    EventSource,
    EventStatistic,
    SourceValue,
    Statistic,
)
from tomtat.schemas.paths import item_path
from tomtat.text.normalize import normalize_name

__all__ = ["build_event", "event_id"]

COUNT_FIELDS = ("collectives", "individuals", "total")
T = TypeVar("T")


def event_id(article_ids: Sequence[str]) -> str:
    """A stable id of the event from its articles' ids: "ev-" and 12 hex digits."""
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


def _fullness(summary: ArticleSummary) -> int:
    return len(summary.awards) + len(summary.statistics) + len(summary.people)


@dataclass(frozen=True)
class _Said:
    """What one source says about one item."""

    summary: ArticleSummary
    value: Any
    quote: str | None = None

    def source_value(self) -> SourceValue:
        return SourceValue(
            article_id=self.summary.id,
            outlet=self.summary.source,
            value=self.value,
            quote=self.quote,
        )


def _agreed(said: Sequence[_Said]) -> tuple[Any, bool]:
    """The value most sources give (tie: the fullest report's) and whether they disagree."""
    given = [s for s in said if s.value is not None]
    if not given:
        return None, False
    counts = Counter(s.value for s in given)
    if len(counts) == 1:
        return given[0].value, False
    top = max(counts.values())
    leaders = {v for v, n in counts.items() if n == top}
    fullest = max(
        (s for s in given if s.value in leaders), key=lambda s: (_fullness(s.summary), s.summary.id)
    )
    return fullest.value, True


def _describe(said: Sequence[_Said]) -> str:
    return ", ".join(
        f"{s.value} in {s.summary.source or 'an unnamed outlet'} ({s.summary.id})" for s in said
    )


def _align(
    sources: Sequence[ArticleSummary],
    items: Callable[[ArticleSummary], Sequence[T]],
    same: Callable[[T, T], bool],
) -> list[list[tuple[ArticleSummary, T]]]:
    """Items of all sources grouped one-per-source by ``same`` (first fitting group wins)."""
    groups: list[list[tuple[ArticleSummary, T]]] = []
    for summary in sources:
        for item in items(summary):
            home = next(
                (
                    g
                    for g in groups
                    if all(s.id != summary.id for s, _ in g) and same(g[0][1], item)
                ),
                None,
            )
            if home is None:
                groups.append([(summary, item)])
            else:
                home.append((summary, item))
    return groups


def _award(
    index: int, group: list[tuple[ArticleSummary, Award]], sources: Sequence[ArticleSummary]
) -> tuple[EventAward, list[EventFinding]]:
    first = group[0][1]
    issuers = [a.issuer for _, a in group if a.issuer]
    record = EventAward(
        type=first.type,
        issuer=max(issuers, key=len) if issuers else None,
        articles=[s.id for s, _ in group],
    )
    findings: list[EventFinding] = []
    label = f"{first.type} of {record.issuer or 'an unnamed issuer'}"
    for name in COUNT_FIELDS:
        said = [
            _Said(s, getattr(a, name), a.evidence.quote if a.evidence else None) for s, a in group
        ]
        value, disputed = _agreed(said)
        setattr(record, name, value)
        if disputed:
            record.disputed = True
            given = [s for s in said if s.value is not None]
            findings.append(
                EventFinding(
                    kind=EventFindingKind.COUNT_DIFFERS,
                    path=item_path("awards", index, name),
                    message=f"{label}: {name} {_describe(given)}",
                    values=[s.source_value() for s in given],
                )
            )
    reporting = {s.id for s, _ in group}
    silent = [s for s in sources if s.awards and s.id not in reporting]
    if silent and len(sources) > 1:
        values = [
            _Said(
                s, a.model_dump(include=set(COUNT_FIELDS)), a.evidence.quote if a.evidence else None
            )
            for s, a in group
        ] + [_Said(s, None) for s in silent]
        findings.append(
            EventFinding(
                kind=EventFindingKind.GRANT_MISSING,
                path=item_path("awards", index),
                message=f"{label} is reported by {', '.join(s.id for s, _ in group)} "
                f"but not by {', '.join(s.id for s in silent)}",
                values=[v.source_value() for v in values],
            )
        )
    return record, findings


def _same_statistic(x: Statistic, y: Statistic) -> bool:
    return normalize_name(x.label) == normalize_name(y.label) and x.unit == y.unit


def _statistic(
    group: list[tuple[ArticleSummary, Statistic]], index: int
) -> tuple[EventStatistic, list[EventFinding]]:
    first = group[0][1]
    said = [_Said(s, st.value, st.evidence.quote if st.evidence else None) for s, st in group]
    value, disputed = _agreed(said)
    record = EventStatistic(
        label=first.label,
        value=None if disputed else value,
        unit=first.unit,
        disputed=disputed,
        articles=[s.id for s, _ in group],
    )
    if not disputed:
        return record, []
    finding = EventFinding(
        kind=EventFindingKind.STATISTIC_DIFFERS,
        path=item_path("statistics", index, "value"),
        message=f"{first.label}: {_describe(said)}",
        values=[s.source_value() for s in said],
    )
    return record, [finding]


def _date(sources: Sequence[ArticleSummary]) -> tuple[str | None, list[EventFinding]]:
    said = [_Said(s, s.event.date, None) for s in sources if s.event.date]
    counts = Counter(s.value for s in said)
    if not counts:
        return None, []
    top = max(counts.values())
    date = min(v for v, n in counts.items() if n == top)
    if len(counts) == 1:
        return date, []
    return date, [
        EventFinding(
            kind=EventFindingKind.DATE_DIFFERS,
            path="date",
            message=f"meeting date: {_describe(said)}",
            values=[s.source_value() for s in said],
        )
    ]


def _most_common(
    values: Sequence[str | None], key: Callable[[str], str] = normalize_name
) -> str | None:
    given = [v for v in values if v]
    if not given:
        return None
    keys = Counter(key(v) for v in given)
    best = max(keys, key=keys.__getitem__)  # on a tie, the first written (Counter keeps order)
    return next(v for v in given if key(v) == best)


def _organizer(reports: Sequence[Report]) -> str | None:
    """The organiser as the source that names a body writes it ("UBND huyện X" over "huyện X")."""
    with_body = [r.summary.event.organizer for r in reports if r.organizer and r.organizer.body]
    return _most_common(with_body) or _most_common([r.summary.event.organizer for r in reports])


def _source(summary: ArticleSummary) -> EventSource:
    return EventSource(
        article_id=summary.id,
        outlet=summary.source,
        url=summary.meta.url,
        published=summary.published,
        title=summary.title,
        date=summary.event.date,
        organizer=summary.event.organizer,
    )


def build_event(reports: Sequence[Report], note: str | None = None) -> EventRecord:
    """The event record of reports already judged to be of one meeting."""
    ordered = sorted(reports, key=lambda r: (r.summary.published or "9999", r.id))
    sources = [r.summary for r in ordered]
    date, findings = _date(sources)
    awards: list[EventAward] = []
    for index, group in enumerate(_align(sources, lambda s: s.awards, grants_correspond)):
        award, found = _award(index, group, sources)
        awards.append(award)
        findings.extend(found)
    statistics: list[EventStatistic] = []
    for index, stat_group in enumerate(_align(sources, lambda s: s.statistics, _same_statistic)):
        statistic, found = _statistic(stat_group, index)
        statistics.append(statistic)
        findings.extend(found)
    kinds = {k for s in sources for k in s.event.kinds}
    published_year = next((int(s.published[:4]) for s in sources if s.published), None)
    return EventRecord(
        event_id=event_id([s.id for s in sources]),
        date=date,
        year=int(date[:4]) if date else published_year,
        kinds=[k for k in EventKind if k in kinds],
        organizer=_organizer(ordered),
        province=_most_common([s.event.province for s in sources], province_key),
        district=_most_common([s.event.district for s in sources], district_key),
        review_period=next((s.event.review_period for s in sources if s.event.review_period), None),
        sources=[_source(s) for s in sources],
        awards=awards,
        statistics=statistics,
        findings=findings,
        note=note,
    )
