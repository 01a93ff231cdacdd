"""Fixtures for the LLM tests: a fake OpenAI-compatible server and settings that point at it."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fake_openai as fo

from tomtat.config import Settings

PLACES = ["Krông Búk", "Đức Trọng", "Cam Lộ", "An Khê", "Đạ Tẻh", "Phù Mỹ", "Lắk", "Hướng Hóa"]
_AWARD = re.compile(r"(Giám đốc Công an tỉnh tặng Giấy khen cho (\d+) tập thể và (\d+) cá nhân)")
_CASES = re.compile(r"(điều tra, làm rõ (\d+) vụ)")


def make_article(i: int, *, extra: str = "") -> str:
    """A short report in the genre, with numbers that vary with ``i``."""
    place = PLACES[i % len(PLACES)]
    return (
        f"Công an huyện {place} tổng kết công tác năm 2022\n\n"
        f"Chiều {1 + i % 27}/12, Công an huyện {place} tổ chức hội nghị tổng kết công tác năm 2022. "
        f"Dự hội nghị có đồng chí Trần Văn Bình{i}, Phó Chủ tịch UBND huyện.\n\n"
        f"Trong năm, lực lượng đã điều tra, làm rõ {20 + i} vụ phạm tội hình sự. {extra}\n\n"
        f"Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho {2 + i % 5} tập thể và "
        f"{3 + i % 7} cá nhân có thành tích xuất sắc."
    )


def article_of(request: fo.Request) -> str:
    """The article text inside the user prompt of a request."""
    match = re.search(r"<article>\n(.*?)\n</article>", request.text, re.DOTALL)
    return match.group(1) if match else ""


def answer_for(text: str) -> dict[str, Any]:
    """A correct answer for an article made by :func:`make_article` (or a chunk of one)."""
    answer: dict[str, Any] = {
        "event": {"kinds": ["tổng kết"]},
        "people": [],
        "awards": [],
        "statistics": [],
        "conflicts": [],
    }
    if m := _AWARD.search(text):
        answer["awards"].append(
            {
                "type": "Giấy khen",
                "issuer": "Giám đốc Công an tỉnh",
                "collectives": int(m.group(2)),
                "individuals": int(m.group(3)),
                "quote": m.group(1),
            }
        )
    if m := _CASES.search(text):
        answer["statistics"].append(
            {
                "label": "vụ phạm tội được làm rõ",
                "value": int(m.group(2)),
                "unit": "vụ",
                "quote": m.group(1),
            }
        )
    return answer


def smart(request: fo.Request) -> fo.Reply:
    """Answer any request correctly for the article it carries."""
    return fo.structured(answer_for(article_of(request))).builder(request)  # type: ignore[misc]


@pytest.fixture
def server() -> Iterator[fo.FakeOpenAI]:
    """A running fake server that answers correctly once its script is empty."""
    with fo.FakeOpenAI(default=smart) as fake:
        yield fake


@pytest.fixture
def make_settings(tmp_path: Path, server: fo.FakeOpenAI) -> Any:
    """Settings for the fake server with fast retries; keyword overrides."""

    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "base_url": server.base_url,
            "model": "fake-model",
            "cache_dir": tmp_path / "cache",
            "timeout": 2.0,
            "max_retries": 2,
            "transport_retries": 3,
            "backoff_initial": 0.01,
            "backoff_max": 0.05,
            "retry_total": 10.0,
            "concurrency": 4,
        }
        values.update(overrides)
        return Settings(**values)

    return build


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of six generated articles."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i:02d}.txt").write_text(make_article(i), encoding="utf-8")
    return folder
