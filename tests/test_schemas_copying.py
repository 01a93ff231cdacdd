"""deep_copy: the same result as model_copy(deep=True), nothing mutable shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tomtat.schemas import Alignment, ArticleSummary, Evidence
from tomtat.schemas.copying import deep_copy

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "examples" / "gold").glob("*.json"))


def _summary(path: Path) -> ArticleSummary:
    return ArticleSummary.model_validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_deep_copy_equals_pydantic_deep_copy(path: Path) -> None:
    summary = _summary(path)
    ours, theirs = deep_copy(summary), summary.model_copy(deep=True)
    assert ours == theirs == summary
    assert ours.model_dump_json() == theirs.model_dump_json()
    assert ours.model_fields_set == theirs.model_fields_set


def test_deep_copy_shares_nothing_mutable() -> None:
    summary = _summary(GOLD[0])
    copied = deep_copy(summary)
    assert copied.awards and copied.awards[0] is not summary.awards[0]
    assert copied.awards is not summary.awards
    copied.awards[0].evidence = Evidence(quote="changed", alignment=Alignment.NOT_FOUND)
    copied.event.evidence["date"] = Evidence(quote="changed")
    copied.warnings.append("changed")
    assert summary == _summary(GOLD[0])


def test_deep_copy_keeps_an_object_reached_twice_as_one() -> None:
    shared = Evidence(quote="Hội nghị", start=0, end=8)
    summary = ArticleSummary.model_validate(json.loads(GOLD[0].read_text(encoding="utf-8")))
    summary.event.evidence = {"date": shared, "organizer": shared}
    copied = deep_copy(summary)
    first, second = copied.event.evidence["date"], copied.event.evidence["organizer"]
    assert first is second and first is not shared
    assert (first.quote, first.start) == ("Hội nghị", 0)


def test_deep_copy_copies_plain_containers() -> None:
    value = {"a": [1, {"b": (2, [3])}], "c": {4, 5}}
    copied = deep_copy(value)
    assert copied == value
    assert copied["a"] is not value["a"] and copied["a"][1]["b"][1] is not value["a"][1]["b"][1]
