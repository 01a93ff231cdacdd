"""Lenient reading of a summary written by tomtat or by another tool (FORMAT.md's keys).

A strict validation is tried first; when it fails, each field is coerced on its own ("17" ->
17, "bằng khen" -> Bằng khen, a bad date -> null) and each coercion is recorded as a warning,
so that a summary with a few odd values is still checked rather than refused.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from tomtat.schemas import ArticleSummary, AwardType, EventKind, PartOfDay, Qualifier
from tomtat.text.normalize import normalize_name
from tomtat.text.numbers import parse_number
from tomtat.text.vocab import award_type_of

log = logging.getLogger(__name__)


class SummaryReadError(ValueError):
    """The summary cannot be read at all; the message is one clear line."""


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return parse_number(value.strip())
        except ValueError:
            return None
    return None


def _count(value: Any) -> int | None:
    number = _number(value)
    if number is None or number < 0 or int(number) != number:
        return None
    return int(number)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


def _enum(enum: type[Any], value: Any) -> Any:
    text = _text(value)
    if text is None:
        return None
    for member in enum:
        if normalize_name(member.value) == normalize_name(text):
            return member.value
    return None


def _award_type(value: Any) -> str:
    found = award_type_of(_text(value) or "")
    return (found or AwardType.KHAC).value


def _items(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _year(value: Any) -> int | None:
    year = _count(value)
    return year if year is not None and 1900 <= year <= 2200 else None


def coerce_summary(data: Mapping[str, Any], article_id: str) -> dict[str, Any]:
    """FORMAT.md's fields of ``data`` with every value coerced to what the schema accepts."""
    event = data.get("event") if isinstance(data.get("event"), Mapping) else {}
    assert isinstance(event, Mapping)
    period = event.get("review_period")
    review = None
    if isinstance(period, Mapping):
        start, end = _year(period.get("start")), _year(period.get("end"))
        if start is not None and end is not None and start <= end:
            review = {"start": start, "end": end}
    kinds = event.get("kinds") if isinstance(event.get("kinds"), list) else []
    assert isinstance(kinds, list)
    return {
        "id": _text(data.get("id")) or article_id,
        "title": _text(data.get("title")),
        "source": _text(data.get("source")),
        "published": _text(data.get("published")),
        "author": _text(data.get("author")),
        "event": {
            "date": _text(event.get("date")),
            "part_of_day": _enum(PartOfDay, event.get("part_of_day")),
            "kinds": [k for k in (_enum(EventKind, k) for k in kinds) if k is not None],
            "organizer": _text(event.get("organizer")),
            "province": _text(event.get("province")),
            "district": _text(event.get("district")),
            "review_period": review,
            "evidence": event.get("evidence") if isinstance(event.get("evidence"), Mapping) else {},
        },
        "people": [
            {
                "name": _text(p.get("name")),
                "title": _text(p.get("title")),
                "evidence": p.get("evidence"),
            }
            for p in _items(data.get("people"))
            if _text(p.get("name"))
        ],
        "awards": [
            {
                "type": _award_type(a.get("type")),
                "issuer": _text(a.get("issuer")),
                "collectives": _count(a.get("collectives")),
                "individuals": _count(a.get("individuals")),
                "total": _count(a.get("total")),
                "recipients": [r for r in (_text(x) for x in a.get("recipients") or []) if r]
                if isinstance(a.get("recipients"), list)
                else [],
                "evidence": a.get("evidence"),
            }
            for a in _items(data.get("awards"))
        ],
        "statistics": [
            {
                "label": _text(s.get("label")) or "",
                "value": _number(s.get("value")),
                "unit": _text(s.get("unit")),
                "qualifier": _enum(Qualifier, s.get("qualifier")),
                "evidence": s.get("evidence"),
            }
            for s in _items(data.get("statistics"))
            if _number(s.get("value")) is not None
        ],
        "conflicts": [str(c) for c in data.get("conflicts") or [] if isinstance(c, (str, int))]
        if isinstance(data.get("conflicts"), list)
        else [],
        "metadata_evidence": data.get("metadata_evidence")
        if isinstance(data.get("metadata_evidence"), Mapping)
        else {},
    }


def _validate_field_by_field(coerced: dict[str, Any]) -> tuple[ArticleSummary, list[str]]:
    """Validate, dropping whatever single value still fails (bad dates, bad evidence)."""
    warnings: list[str] = []
    for _ in range(50):
        try:
            return ArticleSummary.model_validate(coerced), warnings
        except ValidationError as exc:
            loc = exc.errors()[0]["loc"]
            if not _drop(coerced, loc):
                raise SummaryReadError(f"summary: {_describe(exc)}") from None
            warnings.append(f"dropped invalid value at {'.'.join(str(p) for p in loc)}")
    raise SummaryReadError("summary: too many invalid values")


def _drop(data: Any, loc: tuple[Any, ...]) -> bool:
    """Null (or remove) the innermost droppable value at ``loc``; False when nothing can go."""
    for depth in range(len(loc), 0, -1):
        parent: Any = data
        try:
            for part in loc[: depth - 1]:
                parent = parent[part]
        except (KeyError, IndexError, TypeError):
            continue
        key = loc[depth - 1]
        if isinstance(parent, list) and isinstance(key, int) and key < len(parent):
            del parent[key]
            return True
        if isinstance(parent, dict) and key in parent and key != "id":
            if parent[key] is not None:
                parent[key] = None
            else:
                del parent[key]
            return True
    return False


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(part) for part in first.get("loc", ()))
    return f"{loc or 'summary'}: {first.get('msg', 'invalid')}"


def parse_summary(data: Any, article_id: str) -> tuple[ArticleSummary, list[str]]:
    """A summary from parsed JSON (ours or FORMAT.md's keys); warnings say what was coerced."""
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if isinstance(data, Mapping) and isinstance(data.get("summary"), Mapping):
        data = data["summary"]
    if not isinstance(data, Mapping):
        raise SummaryReadError("summary: expected a JSON object with FORMAT.md's keys")
    if not any(key in data for key in ("event", "awards", "statistics", "people", "id")):
        raise SummaryReadError("summary: none of FORMAT.md's keys (id, event, awards, ...)")
    try:
        return ArticleSummary.model_validate(data), []
    except ValidationError as exc:
        log.info("strict validation failed (%s); reading leniently", _describe(exc))
    summary, warnings = _validate_field_by_field(coerce_summary(data, article_id))
    return summary, ["read leniently", *warnings]


def read_summary_text(text: str, article_id: str) -> tuple[ArticleSummary, list[str]]:
    """Parse JSON text into a summary (see :func:`parse_summary`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SummaryReadError(f"not JSON: {exc.msg} at line {exc.lineno}") from None
    return parse_summary(data, article_id)
