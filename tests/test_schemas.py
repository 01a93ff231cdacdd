"""The summary schema: gold labels load unchanged, and the committed JSON Schema is current."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from tomtat.cli.schema import SCHEMA_FILE, schema_text
from tomtat.schemas import FORMAT_KEYS, ArticleSummary, Award, AwardType, Evidence

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "examples" / "gold").glob("*.json"))


def test_there_are_gold_labels() -> None:
    assert len(GOLD) == 5


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_label_round_trips(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    summary = ArticleSummary.model_validate(data)
    assert summary.to_format_dict() == data
    assert tuple(summary.to_format_dict()) == FORMAT_KEYS


def test_json_dump_has_format_keys_then_extensions() -> None:
    summary = ArticleSummary(id="x")
    keys = list(summary.to_json_dict())
    assert keys[: len(FORMAT_KEYS)] == list(FORMAT_KEYS)
    assert {"checks", "warnings", "meta"} <= set(keys)


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(), "schemas/ is stale: run `tomtat schema`"


def test_invalid_values_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Award(type="Huy chương vàng", issuer="x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Award(type=AwardType.BANG_KHEN, collectives=-1)
    with pytest.raises(ValidationError):
        ArticleSummary(id="x", published="17/05/2023")
    with pytest.raises(ValidationError):
        Evidence(quote="a", start=5, end=2)
