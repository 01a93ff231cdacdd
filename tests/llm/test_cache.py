"""The answer cache and output reuse: keyed on everything that shapes the answer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import fake_openai as fo
import pytest
from conftest import make_article

from tomtat import __version__
from tomtat.extract.base import ExtractionError
from tomtat.extract.llm import LLMExtractor
from tomtat.extract.llm.cache import AnswerCache, cache_key
from tomtat.pipeline import summarise_batch
from tomtat.text.article import Article

ARTICLE = Article(id="a1", text=make_article(1))
PROMPTS = Path(__file__).resolve().parents[2] / "prompts" / "v1"

BASE_KEY: dict[str, Any] = {
    "endpoint": "http://127.0.0.1:8080/v1",
    "model": "m",
    "mode": "json_schema",
    "prompt_version": "v1",
    "prompt_hash": "p",
    "schema_hash": "s",
    "request": {"messages": [{"role": "user", "content": "bài"}], "temperature": 0.0},
    "purpose": "extract",
}


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("endpoint", "http://other:8080/v1"),
        ("model", "m2"),
        ("mode", "tools"),
        ("prompt_version", "v2"),
        ("prompt_hash", "p2"),
        ("schema_hash", "s2"),
        ("request", {"messages": [{"role": "user", "content": "bài khác"}], "temperature": 0.0}),
        ("request", {"messages": [{"role": "user", "content": "bài"}], "temperature": 0.5}),
        ("request", {"messages": [{"role": "system", "content": "bài"}], "temperature": 0.0}),
        ("purpose", "revise"),
    ],
)
def test_cache_key_changes_with_each_part(part: str, value: Any) -> None:
    assert cache_key(**BASE_KEY) == cache_key(**dict(BASE_KEY))
    assert cache_key(**{**BASE_KEY, part: value}) != cache_key(**BASE_KEY)


def _prompts_copy(tmp_path: Path, version: str, edit: str = "") -> Path:
    root = tmp_path / f"prompts-{version}-{len(edit)}"
    shutil.copytree(PROMPTS, root / version)
    if edit:
        system = root / version / "system.md"
        system.write_text(system.read_text(encoding="utf-8") + edit, encoding="utf-8")
    return root


def _variations(server: fo.FakeOpenAI, tmp_path: Path) -> dict[str, dict[str, Any]]:
    return {
        "endpoint": {"base_url": server.base_url.replace("127.0.0.1", "localhost")},
        "model": {"model": "other-model"},
        "mode": {"mode": "json"},
        "system role": {"system_role": False},
        "temperature": {"temperature": 0.7},
        "max_tokens": {"max_tokens": 2048},
        "prompt version": {"prompt_version": "v2", "prompts_dir": _prompts_copy(tmp_path, "v2")},
        "prompt text": {"prompts_dir": _prompts_copy(tmp_path, "v1", "\nThêm một dòng.")},
    }


def _extract(settings: Any) -> Any:
    with LLMExtractor(settings) as extractor:
        return extractor.extract(ARTICLE)


def test_each_request_setting_change_misses_the_cache(
    server: fo.FakeOpenAI, make_settings: Any, tmp_path: Path
) -> None:
    _extract(make_settings())
    assert len(server.chat_requests) == 1
    _extract(make_settings())
    assert len(server.chat_requests) == 1  # the same request: a hit
    for name, change in _variations(server, tmp_path).items():
        before = len(server.chat_requests)
        summary = _extract(make_settings(**change))
        assert len(server.chat_requests) == before + 1, f"{name}: served from the cache"
        assert not summary.meta.cached
        _extract(make_settings(**change))
        assert len(server.chat_requests) == before + 1, f"{name}: its own answer not cached"


def test_system_role_choice_changes_what_is_sent(server: fo.FakeOpenAI, make_settings: Any) -> None:
    _extract(make_settings())
    _extract(make_settings(system_role=False))
    with_system, folded = server.chat_requests
    assert [m["role"] for m in with_system.messages][:2] == ["system", "user"]
    assert [m["role"] for m in folded.messages] == ["user"]


def test_transport_failure_is_never_cached(server: fo.FakeOpenAI, make_settings: Any) -> None:
    server.push(fo.error(400, "bad request"))
    with pytest.raises(ExtractionError, match="HTTP 400"):
        _extract(make_settings())
    summary = _extract(make_settings())
    assert len(server.chat_requests) == 2 and summary.awards and not summary.meta.cached


def test_reask_cut_short_by_a_transport_failure_is_not_cached(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    wrong = {"event": {}, "awards": [], "statistics": [{"label": "x", "value": 7, "quote": "?"}]}
    server.push(fo.structured(wrong), fo.error(400, "gone"))
    first = _extract(make_settings(mode="json"))
    assert any("last re-ask failed" in f.message for f in first.checks)
    second = _extract(make_settings(mode="json"))
    assert len(server.chat_requests) == 3 and not second.checks and not second.meta.cached


def test_cache_entry_keeps_invalid_marker_and_problems(tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "c")
    cache.set("k", {"event": {}}, None, {"prompt_tokens": 3}, problems=[("$", "bad")], reasks=2)
    hit = cache.get("k")
    cache.close()
    assert hit is not None and hit.invalid and hit.problems == [("$", "bad")] and hit.reasks == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"mode": "json_schema"}, {"mode": "json"}),
        ({}, {"temperature": 0.5}),
        ({}, {"max_tokens": 999}),
        ({}, {"system_role": False}),
    ],
    ids=["mode", "temperature", "max_tokens", "system_role"],
)
def test_rerun_with_another_request_setting_is_redone(
    server: fo.FakeOpenAI,
    make_settings: Any,
    articles: Path,
    tmp_path: Path,
    first: dict[str, Any],
    second: dict[str, Any],
) -> None:
    out = tmp_path / "out"
    summarise_batch(articles, out, backend="llm", settings=make_settings(**first))
    again = summarise_batch(articles, out, backend="llm", settings=make_settings(**second))
    assert not any(r.skipped for r in again) and len(server.chat_requests) == 12
    if "mode" in second:
        assert all(r.summary is not None and r.summary.meta.mode == "json" for r in again)


def test_rerun_with_another_policy_or_version_is_redone(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    out, settings = tmp_path / "out", make_settings()
    summarise_batch(articles, out, backend="llm", settings=settings, policy="report")
    same = summarise_batch(articles, out, backend="llm", settings=settings, policy="report")
    assert all(r.skipped for r in same)
    other = summarise_batch(articles, out, backend="llm", settings=settings, policy="repair")
    assert not any(r.skipped for r in other)
    assert all(r.summary is not None and r.summary.meta.policy == "repair" for r in other)
    target = out / "a00.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["meta"]["tomtat_version"] = "0.0.1-older"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    last = summarise_batch(articles, out, backend="llm", settings=settings, policy="repair")
    assert [r.article_id for r in last if not r.skipped] == ["a00"]
    assert last[0].summary is not None and last[0].summary.meta.tomtat_version == __version__


def test_rerun_after_invalid_answer_makes_no_request_unless_retry_invalid(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    server.default = fo.structured({"event": {}, "awards": [], "statistics": [], "people": []})
    server.push(
        fo.structured({"statistics": [{"label": "bịa", "value": 9, "quote": "không có"}]}),
    )
    settings = make_settings(mode="json", max_retries=0, concurrency=1)
    summarise_batch(articles, tmp_path / "out", backend="llm", settings=settings)
    asked = len(server.chat_requests)
    fresh_folder = summarise_batch(articles, tmp_path / "out2", backend="llm", settings=settings)
    assert len(server.chat_requests) == asked  # every answer, the invalid one too, cached
    assert sum(1 for r in fresh_folder if r.summary and r.summary.checks) >= 1
    summarise_batch(
        articles,
        tmp_path / "out2",
        backend="llm",
        settings=make_settings(mode="json", max_retries=0, concurrency=1, retry_invalid=True),
    )
    assert len(server.chat_requests) == asked + 1  # only the invalid one is asked again
