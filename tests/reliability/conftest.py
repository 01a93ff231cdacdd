"""Fixtures for the reliability tests: a clean environment and the fake OpenAI-compatible server
of tests/llm (helpers live in :mod:`clikit`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for _extra in (
    ROOT / "tests" / "llm",
    ROOT / "tests" / "data" / "bad",
    Path(__file__).resolve().parent,
):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import fake_openai as fo  # noqa: E402


@pytest.fixture(autouse=True)
def _no_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No endpoint or key from the developer's environment: the rules backend unless asked."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TOMTAT_MODEL", "TOMTAT_MODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_server() -> Iterator[fo.FakeOpenAI]:
    """A fake OpenAI-compatible server with an empty script (tests push replies)."""
    with fo.FakeOpenAI() as server:
        yield server
