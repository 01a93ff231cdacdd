"""Fixtures of the report tests: one browser per module, sample runs under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .browser import chromium_browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless chromium (fails clearly if it is not installed)."""
    with chromium_browser() as b:
        yield b
