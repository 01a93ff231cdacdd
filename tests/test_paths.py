"""Paths into a summary are built and read by one helper (tomtat.schemas.paths)."""

from __future__ import annotations

import pytest

from tomtat.schemas.paths import ItemPath, is_under, item_path, parse_item_path


def test_item_path_names_an_item_or_its_field() -> None:
    assert item_path("awards", 2) == "awards[2]"
    assert item_path("statistics", 0, "value") == "statistics[0].value"


@pytest.mark.parametrize(
    ("collection", "position", "field"),
    [("awards", 0, None), ("awards", 12, "collectives"), ("people", 3, "title")],
)
def test_parsing_reads_back_what_was_built(
    collection: str, position: int, field: str | None
) -> None:
    parsed = parse_item_path(item_path(collection, position, field))
    assert parsed == ItemPath(collection, position, field)


@pytest.mark.parametrize("path", ["awards", "event.date", "awards[x]", "awards[1].", ""])
def test_paths_of_other_shapes_are_not_item_paths(path: str) -> None:
    assert parse_item_path(path) is None


def test_a_field_is_under_its_item_but_a_longer_index_is_not() -> None:
    assert is_under("awards[1].total", "awards[1]")
    assert is_under("awards[1]", "awards[1]")
    assert not is_under("awards[10]", "awards[1]")
    assert not is_under("awards[10].total", "awards[1]")
