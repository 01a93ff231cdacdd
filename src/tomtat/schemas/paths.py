"""Paths into a summary (``awards[2].collectives``): the one place that builds and reads them.

Findings, evidence maps, exports and the review page all name a value of a summary by its path;
building and parsing those strings here keeps their shape in one place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ITEM = re.compile(r"^(?P<collection>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<field>[a-z_]+))?$")


class ItemPath(NamedTuple):
    """The parts of an item path: ``awards[2].collectives`` is ("awards", 2, "collectives")."""

    collection: str
    position: int
    field: str | None


def item_path(collection: str, index: int, field: str | None = None) -> str:
    """``awards[2]`` or, with a field, ``awards[2].collectives``."""
    path = f"{collection}[{index}]"
    return f"{path}.{field}" if field else path


def parse_item_path(path: str) -> ItemPath | None:
    """The parts of ``awards[2].collectives`` (None for a path of another shape, e.g. ``awards``
    or ``event.date``)."""
    match = _ITEM.match(path)
    if match is None:
        return None
    return ItemPath(match["collection"], int(match["index"]), match["field"])


def is_under(path: str, prefix: str) -> bool:
    """Whether ``path`` is ``prefix`` or inside it (``awards[1].total`` is under ``awards[1]``,
    ``awards[10]`` is not)."""
    return path == prefix or path.startswith((prefix + ".", prefix + "["))
