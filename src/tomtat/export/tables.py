"""Flat tables from summaries: one row per article, grant, statistic, person and finding.

:func:`build_tables` is the Python entry point; the writers turn its result into files.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from tomtat.events import link_events
from tomtat.export.columns import LIST_SEPARATOR, TABLES
from tomtat.export.events import event_tables
from tomtat.export.reading import FailedArticle
from tomtat.export.text import utf8_safe
from tomtat.schemas import ArticleSummary, Evidence, Finding
from tomtat.schemas.paths import is_under, item_path

Row = dict[str, Any]


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", utf8_safe(value)) if isinstance(value, str) else value


def _join(items: Iterable[str]) -> str | None:
    parts = [str(item) for item in items if item]
    return LIST_SEPARATOR.join(parts) if parts else None


def _cell(value: Any) -> str | None:
    """A finding's value as text: strings as they are, anything else as compact JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def findings_under(checks: Sequence[Finding], path: str) -> list[Finding]:
    """The findings about ``path`` or anything inside it (``awards[1]`` not ``awards[10]``)."""
    return [f for f in checks if is_under(f.path, path)]


def check_status(findings: Iterable[Finding]) -> str:
    """``error`` / ``warning`` if any finding has that severity, else ``ok`` (info is ok)."""
    severities = {str(f.severity) for f in findings}
    if "error" in severities:
        return "error"
    if "warning" in severities:
        return "warning"
    return "ok"


def _messages(findings: Sequence[Finding]) -> str | None:
    return _join(f"{f.severity}: {f.message or f.kind}" for f in findings)


def _evidence(evidence: Evidence | None) -> Row:
    if evidence is None:
        return {"quote": None, "start": None, "end": None}
    return {"quote": evidence.quote, "start": evidence.start, "end": evidence.end}


def _place(summary: ArticleSummary) -> Row:
    event = summary.event
    return {
        "article_id": summary.id,
        "date": event.date,
        "province": event.province,
        "district": event.district,
        "organizer": event.organizer,
    }


def _award_rows(summary: ArticleSummary) -> list[Row]:
    rows = []
    for index, award in enumerate(summary.awards):
        found = findings_under(summary.checks, item_path("awards", index))
        rows.append(
            {
                **_place(summary),
                "type": str(award.type),
                "issuer": award.issuer,
                "collectives": award.collectives,
                "individuals": award.individuals,
                "total": award.total,
                "recipients": _join(award.recipients),
                "check_status": check_status(found),
                "award_index": index,
                "check_messages": _messages(found),
                **_evidence(award.evidence),
            }
        )
    return rows


def _statistic_rows(summary: ArticleSummary) -> list[Row]:
    rows = []
    for index, stat in enumerate(summary.statistics):
        found = findings_under(summary.checks, item_path("statistics", index))
        rows.append(
            {
                **_place(summary),
                "label": stat.label,
                "value": stat.value,
                "unit": stat.unit,
                "qualifier": str(stat.qualifier) if stat.qualifier else None,
                "check_status": check_status(found),
                "statistic_index": index,
                "check_messages": _messages(found),
                **_evidence(stat.evidence),
            }
        )
    return rows


def _people_rows(summary: ArticleSummary) -> list[Row]:
    return [
        {
            **_place(summary),
            "name": person.name,
            "title": person.title,
            "rank": person.rank,
            "person_index": index,
            **_evidence(person.evidence),
        }
        for index, person in enumerate(summary.people)
    ]


def _finding_rows(summary: ArticleSummary) -> list[Row]:
    return [
        {
            "article_id": summary.id,
            "kind": str(f.kind),
            "severity": str(f.severity),
            "path": f.path,
            "message": f.message,
            "value": _cell(f.value),
            "text_value": _cell(f.text_value),
            "quote": f.quote,
            "start": f.start,
            "end": f.end,
        }
        for f in summary.checks
    ]


def _sum(values: Iterable[int | None]) -> int:
    return sum(v for v in values if v is not None)


def _article_row(summary: ArticleSummary) -> Row:
    event, meta = summary.event, summary.meta
    severities = [str(f.severity) for f in summary.checks]
    return {
        "article_id": summary.id,
        "status": "ok",
        "error": None,
        "title": summary.title,
        "source": summary.source,
        "published": summary.published,
        "author": summary.author,
        "date": event.date,
        "part_of_day": str(event.part_of_day) if event.part_of_day else None,
        "kinds": _join(str(k) for k in event.kinds),
        "province": event.province,
        "district": event.district,
        "organizer": event.organizer,
        "review_start": event.review_period.start if event.review_period else None,
        "review_end": event.review_period.end if event.review_period else None,
        "grants": len(summary.awards),
        "collectives": _sum(a.collectives for a in summary.awards),
        "individuals": _sum(a.individuals for a in summary.awards),
        "total": _sum(a.total for a in summary.awards),
        "people": len(summary.people),
        "statistics": len(summary.statistics),
        "conflicts": len(summary.conflicts),
        "findings_error": severities.count("error"),
        "findings_warning": severities.count("warning"),
        "findings_info": severities.count("info"),
        "check_status": check_status(summary.checks),
        "warnings": _join(summary.warnings),
        "backend": meta.backend,
        "model": meta.model,
        "duration_ms": meta.duration_ms,
        "cost_usd": meta.cost_usd,
        "source_path": meta.source_path,
    }


def _failure_row(failure: FailedArticle) -> Row:
    row: Row = dict.fromkeys(name for name, _ in TABLES["articles"])
    row.update(
        article_id=failure.id, status="failed", error=failure.error, source_path=failure.source_path
    )
    return row


def _coerce(item: ArticleSummary | dict[str, Any]) -> ArticleSummary:
    return item if isinstance(item, ArticleSummary) else ArticleSummary.model_validate(item)


def _failure(item: FailedArticle | dict[str, Any]) -> FailedArticle:
    if isinstance(item, FailedArticle):
        return item
    return FailedArticle(
        id=str(item.get("id", "")),
        error=str(item.get("error", "")),
        source_path=item.get("source_path"),
    )


def _ordered(name: str, row: Row) -> Row:
    return {column: _nfc(row.get(column)) for column, _ in TABLES[name]}


def build_tables(
    summaries: Iterable[ArticleSummary | dict[str, Any]],
    failures: Iterable[FailedArticle | dict[str, Any]] = (),
) -> dict[str, list[dict[str, Any]]]:
    """Tables ``articles``, ``awards``, ``statistics``, ``people``, ``findings`` as lists of rows,
    then the event and trend tables of :mod:`tomtat.export.events` (each meeting counted once).

    Every row has every column of :data:`tomtat.export.columns.TABLES` in order; missing
    values are None; strings are NFC; list cells are joined with ``"; "``.
    """
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    coerced = [_coerce(item) for item in summaries]
    for summary in coerced:
        tables["articles"].append(_article_row(summary))
        tables["awards"].extend(_award_rows(summary))
        tables["statistics"].extend(_statistic_rows(summary))
        tables["people"].extend(_people_rows(summary))
        tables["findings"].extend(_finding_rows(summary))
    for failed in failures:
        tables["articles"].append(_failure_row(_failure(failed)))
    linked = link_events(coerced)  # events across articles: each meeting once
    tables.update(event_tables(linked))
    event_of = linked.event_of()
    for row in tables["articles"]:
        row["event_id"] = event_of.get(row["article_id"])
    tables["articles"].sort(key=lambda row: str(row["article_id"]))
    return {name: [_ordered(name, row) for row in rows] for name, rows in tables.items()}
