"""Hand-made labels for the evaluation tests: a small label and deep-merged variants of it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

# A label in the genre, small enough to count by hand.
# Scalars (8 fields): non-null event.date, part_of_day, province, review_period, source (5);
# null district, published, author (3, never counted when the prediction is null too).
# Plus organizer (1), one kind (1), one person (1) with a title (1), one award (1) with one
# non-null count (1), one statistic (1), no conflicts (0).
# Gold against itself: 5 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 12 true positives, nothing else.
BASE: dict[str, Any] = {
    "id": "a1",
    "title": None,
    "source": "LĐ online",
    "published": None,
    "author": None,
    "event": {
        "date": "2023-05-17",
        "part_of_day": "chiều",
        "kinds": ["tổng kết"],
        "organizer": "UBND huyện Đức Trọng",
        "province": "Lâm Đồng",
        "district": None,
        "review_period": {"start": 2014, "end": 2023},
    },
    "people": [{"name": "Phạm Thị Thanh Thúy", "title": "Phó Chủ tịch UBND huyện"}],
    "awards": [
        {
            "type": "Giấy khen",
            "issuer": "UBND huyện Đức Trọng",
            "collectives": 22,
            "individuals": None,
            "total": None,
            "recipients": [],
        }
    ],
    "statistics": [{"label": "tổ an ninh nhân dân", "value": 618, "unit": None, "qualifier": None}],
    "conflicts": [],
}


def _merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def label(**changes: Any) -> dict[str, Any]:
    """BASE with ``changes`` deep-merged (dicts merge, anything else replaces)."""
    return _merge(BASE, changes)


def write(folder: Path, name: str, data: Any) -> Path:
    """Write ``data`` as JSON (or a str verbatim) to ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    return path
