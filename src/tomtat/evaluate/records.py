"""Read a label or a prediction into a plain record for scoring.

Gold labels are validated against :class:`tomtat.schemas.ArticleSummary` (a bad label is an
error: it would silently change every score). Predictions come from tomtat or any other tool,
so they are read leniently: FORMAT.md's keys are used, everything else is ignored, and a value
of the wrong shape is dropped with a warning instead of voiding the whole article.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from tomtat.schemas import ArticleSummary

# Findings of tomtat's cross-check that mean "the article contradicts itself".
CONFLICT_FINDING_KINDS = frozenset({"conflicting_mentions", "headline_mismatch"})


class GoldError(ValueError):
    """A gold label that cannot be read or does not follow FORMAT.md."""


@dataclass(frozen=True)
class PersonRecord:
    """A person of a label or prediction."""

    name: str
    title: str | None


@dataclass(frozen=True)
class AwardRecord:
    """An award entry; ``type`` as written (compared after normalisation)."""

    type: str | None
    issuer: str | None
    collectives: int | None
    individuals: int | None
    total: int | None

    def counts(self) -> dict[str, int | None]:
        """The three counts by name."""
        return {
            "collectives": self.collectives,
            "individuals": self.individuals,
            "total": self.total,
        }

    def as_json(self) -> dict[str, Any]:
        """A dict for the differences list."""
        return {"type": self.type, "issuer": self.issuer, **self.counts()}


@dataclass(frozen=True)
class StatisticRecord:
    """A statistic: label, numeric value, unit."""

    label: str | None
    value: float
    unit: str | None

    def as_json(self) -> dict[str, Any]:
        """A dict for the differences list (integral values as ints)."""
        value: float | int = self.value
        if float(value).is_integer() and abs(value) < 2**63:
            value = int(value)
        return {"label": self.label, "value": value, "unit": self.unit}


@dataclass
class Record:
    """The scored content of one article."""

    id: str
    scalars: dict[str, Any] = field(default_factory=dict)
    organizer: str | None = None
    kinds: list[str] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    awards: list[AwardRecord] = field(default_factory=list)
    statistics: list[StatisticRecord] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def reports_conflict(self) -> bool:
        """True when the record reports at least one inconsistency of its article."""
        return bool(self.conflicts)


def empty_record(article_id: str) -> Record:
    """A prediction with nothing in it (missing, failed or unreadable)."""
    return Record(id=article_id)


def load_gold(data: Any, name: str | None = None) -> Record:
    """Validate a gold label (dict or ArticleSummary) and read it; :class:`GoldError` if invalid."""
    where = f"{name}: " if name else ""
    if isinstance(data, ArticleSummary):
        summary = data
    elif isinstance(data, Mapping):
        try:
            summary = ArticleSummary.model_validate(dict(data))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
                for err in exc.errors()[:5]
            )
            raise GoldError(f"{where}not a valid label: {problems}") from None
    else:
        raise GoldError(f"{where}a label must be a JSON object, not {type(data).__name__}")
    record = read_record(summary.to_format_dict(), use_checks=False)
    if record.warnings:  # cannot happen after validation; kept as a guard
        raise GoldError(f"{where}{'; '.join(record.warnings)}")
    return record


def load_prediction(data: Any, article_id: str) -> Record:
    """Read a prediction leniently (tomtat summary or any FORMAT-shaped dict)."""
    if isinstance(data, ArticleSummary):
        data = data.to_json_dict()
    if not isinstance(data, Mapping):
        raise ValueError(f"a prediction must be a JSON object, not {type(data).__name__}")
    record = read_record(data, use_checks=True)
    if not record.id:
        record.id = article_id
    return record


def read_record(data: Mapping[str, Any], *, use_checks: bool) -> Record:
    """Read FORMAT.md's keys of ``data``; shape problems become warnings on the record."""
    warnings: list[str] = []
    event = data.get("event")
    if event is None:
        event = {}
    elif not isinstance(event, Mapping):
        warnings.append(f"event: expected an object, got {type(event).__name__}")
        event = {}
    scalars: dict[str, Any] = {
        "event.date": _text(event.get("date"), "event.date", warnings),
        "event.part_of_day": _text(event.get("part_of_day"), "event.part_of_day", warnings),
        "event.province": _text(event.get("province"), "event.province", warnings),
        "event.district": _text(event.get("district"), "event.district", warnings),
        "event.review_period": _period(event.get("review_period"), warnings),
        "published": _text(data.get("published"), "published", warnings),
        "source": _text(data.get("source"), "source", warnings),
        "author": _text(data.get("author"), "author", warnings),
    }
    conflicts = [str(c) for c in _items(data.get("conflicts"), "conflicts", warnings) if c]
    if use_checks:
        for finding in _items(data.get("checks"), "checks", warnings):
            if isinstance(finding, Mapping) and finding.get("kind") in CONFLICT_FINDING_KINDS:
                message = finding.get("message") or finding.get("path") or ""
                conflicts.append(f"[{finding['kind']}] {message}".strip())
    raw_id = data.get("id")
    return Record(
        id=str(raw_id) if raw_id is not None else "",
        scalars=scalars,
        organizer=_text(event.get("organizer"), "event.organizer", warnings),
        kinds=[
            k
            for k in (
                _text(x, "event.kinds", warnings)
                for x in _items(event.get("kinds"), "event.kinds", warnings)
            )
            if k
        ],
        people=_people(data.get("people"), warnings),
        awards=_awards(data.get("awards"), warnings),
        statistics=_statistics(data.get("statistics"), warnings),
        conflicts=conflicts,
        warnings=warnings,
    )


def _items(value: Any, path: str, warnings: list[str]) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if isinstance(value, str):
        return [value] if value.strip() else []
    warnings.append(f"{path}: expected a list, got {type(value).__name__}")
    return []


def _text(value: Any, path: str, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        warnings.append(f"{path}: expected a string, got {type(value).__name__}")
        return None
    text = str(value).strip()
    return text or None


_THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")


def _number(value: Any) -> float | None:
    """A number from a JSON number or a numeric string ("1.131" = 1131, "2,5" = 2.5)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "")
        if _THOUSANDS.match(text):
            text = text.replace(".", "")
        elif text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _count(value: Any, path: str, warnings: list[str]) -> int | None:
    if value is None:
        return None
    number = _number(value)
    if number is None or not number.is_integer() or number < 0:
        warnings.append(f"{path}: not a count: {value!r}")
        return None
    return int(number)


def _year(value: Any) -> int | None:
    number = _number(value)
    if number is None or not number.is_integer():
        return None
    return int(number)


_YEARS = re.compile(r"\b(\d{4})\b")


def _period(value: Any, warnings: list[str]) -> tuple[int, int] | None:
    if value is None:
        return None
    start: int | None
    end: int | None
    if isinstance(value, Mapping):
        start, end = _year(value.get("start")), _year(value.get("end"))
    elif isinstance(value, list | tuple) and len(value) == 2:
        start, end = _year(value[0]), _year(value[1])
    elif isinstance(value, int) and not isinstance(value, bool):
        start = end = value
    elif isinstance(value, str) and 1 <= len(years := _YEARS.findall(value)) <= 2:
        start, end = int(years[0]), int(years[-1])
    else:
        start = end = None
    if start is None or end is None:
        warnings.append(f"event.review_period: not a period: {value!r}")
        return None
    return (start, end)


def _people(value: Any, warnings: list[str]) -> list[PersonRecord]:
    people = []
    for i, item in enumerate(_items(value, "people", warnings)):
        path = f"people[{i}]"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, Mapping):
            warnings.append(f"{path}: expected an object")
            continue
        name = _text(item.get("name"), f"{path}.name", warnings)
        if name is None:
            warnings.append(f"{path}: no name; ignored")
            continue
        people.append(
            PersonRecord(name=name, title=_text(item.get("title"), f"{path}.title", warnings))
        )
    return people


def _awards(value: Any, warnings: list[str]) -> list[AwardRecord]:
    awards = []
    for i, item in enumerate(_items(value, "awards", warnings)):
        path = f"awards[{i}]"
        if not isinstance(item, Mapping):
            warnings.append(f"{path}: expected an object")
            continue
        awards.append(
            AwardRecord(
                type=_text(item.get("type"), f"{path}.type", warnings),
                issuer=_text(item.get("issuer"), f"{path}.issuer", warnings),
                collectives=_count(item.get("collectives"), f"{path}.collectives", warnings),
                individuals=_count(item.get("individuals"), f"{path}.individuals", warnings),
                total=_count(item.get("total"), f"{path}.total", warnings),
            )
        )
    return awards


def _statistics(value: Any, warnings: list[str]) -> list[StatisticRecord]:
    stats = []
    for i, item in enumerate(_items(value, "statistics", warnings)):
        path = f"statistics[{i}]"
        if not isinstance(item, Mapping):
            warnings.append(f"{path}: expected an object")
            continue
        number = _number(item.get("value"))
        if number is None:
            warnings.append(f"{path}: no numeric value; ignored")
            continue
        stats.append(
            StatisticRecord(
                label=_text(item.get("label"), f"{path}.label", warnings),
                value=number,
                unit=_text(item.get("unit"), f"{path}.unit", warnings),
            )
        )
    return stats
