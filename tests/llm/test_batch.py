"""The batch runner and the CLI with the LLM backend: concurrency, re-runs, failures, secrets."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import fake_openai as fo
import pytest
from conftest import answer_for as smart_answer
from conftest import article_of, make_article, smart

from tomtat.cli import main
from tomtat.pipeline import summarise_batch
from tomtat.schemas import ArticleSummary

SECRET = "sk-test-RECOGNISABLE-7f3a9c2e5b1d"


@pytest.fixture(autouse=True)
def _no_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "TOMTAT_MODEL",
        "TOMTAT_MODE",
        "TOMTAT_PRICES",
    ):
        monkeypatch.delenv(name, raising=False)


def test_concurrency_is_bounded(server: fo.FakeOpenAI, make_settings: Any, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"b{i:02d}.txt").write_text(make_article(i), encoding="utf-8")
    server.latency = 0.15
    results = summarise_batch(
        folder, tmp_path / "out", backend="llm", settings=make_settings(concurrency=3)
    )
    assert all(r.ok for r in results) and len(results) == 12
    assert server.max_in_flight == 3
    assert [r.article_id for r in results] == sorted(r.article_id for r in results)
    assert len(list((tmp_path / "out").glob("*.json"))) == 12


def test_one_failing_article_does_not_stop_the_batch(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    def respond(request: fo.Request) -> fo.Reply:
        if "Krông Búk" in article_of(request):  # article a00
            return fo.error(503, "down for this one")
        return smart(request)

    server.default = respond
    out = tmp_path / "out"
    seen: list[str] = []
    results = summarise_batch(
        articles,
        out,
        backend="llm",
        settings=make_settings(transport_retries=2),
        on_result=lambda r: seen.append(r.article_id),
    )
    failed = [r for r in results if not r.ok]
    assert [r.article_id for r in failed] == ["a00"]
    assert "HTTP 503" in (failed[0].error or "")
    error = json.loads((out / "a00.error.json").read_text(encoding="utf-8"))
    assert "gave up after 3 attempts" in error["error"]
    assert sorted(seen) == [f"a{i:02d}" for i in range(6)]
    assert len(list(out.glob("a0?.json"))) == 5
    # a re-run asks only for what failed, and fixes it
    server.default = smart
    server.reset()
    again = summarise_batch(articles, out, backend="llm", settings=make_settings())
    assert all(r.ok for r in again)
    assert len(server.chat_requests) == 1  # only the failed article is asked again
    assert [r.article_id for r in again if not r.skipped] == ["a00"]


def test_rerun_reuses_outputs_and_cache(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    settings = make_settings()
    first = summarise_batch(articles, tmp_path / "out", backend="llm", settings=settings)
    assert all(r.ok and not r.skipped for r in first) and len(server.chat_requests) == 6
    again = summarise_batch(articles, tmp_path / "out", backend="llm", settings=settings)
    assert all(r.skipped for r in again) and len(server.chat_requests) == 6
    fresh = summarise_batch(articles, tmp_path / "out2", backend="llm", settings=settings)
    assert len(server.chat_requests) == 6  # new output folder: all cache hits
    assert all(r.summary is not None and r.summary.meta.cached for r in fresh)
    assert all(r.summary is not None and r.summary.meta.usage.total_tokens == 0 for r in fresh)
    summarise_batch(
        articles, tmp_path / "out2", backend="llm", settings=make_settings(use_cache=False)
    )
    assert len(server.chat_requests) == 12  # --no-cache asks again
    changed = summarise_batch(
        articles, tmp_path / "out", backend="llm", settings=make_settings(model="m2")
    )
    assert not any(r.skipped for r in changed) and len(server.chat_requests) == 18


def test_cli_end_to_end_with_progress_free_output(
    server: fo.FakeOpenAI, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"fake-model": {"prompt_per_1k": 1.0, "completion_per_1k": 2.0}}))
    out = tmp_path / "out"
    argv = [
        "summarise",
        str(articles),
        "--out",
        str(out),
        "--base-url",
        server.base_url,
        "--model",
        "fake-model",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--concurrency",
        "3",
        "--mode",
        "json_schema",
        "--prices",
        str(prices),
    ]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "6 done, 0 failed" in captured.err
    assert (
        "LLM: 6 requests, 600 prompt + 120 completion tokens, 0 cached, about $0.8400"
        in captured.err
    )
    data = json.loads((out / "a03.json").read_text(encoding="utf-8"))
    summary = ArticleSummary.model_validate(data)
    assert summary.meta.backend == "llm" and summary.meta.mode == "json_schema"
    assert summary.awards[0].collectives == 5 and summary.meta.cost_usd == pytest.approx(0.14)
    assert main(argv) == 0
    assert "6 kept from an earlier run" in capsys.readouterr().err
    assert len(server.chat_requests) == 6
    assert main([*argv, "--force"]) == 0
    assert "6 cached" in capsys.readouterr().err
    assert len(server.chat_requests) == 6


def test_env_configures_the_llm_backend(
    server: fo.FakeOpenAI, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("TOMTAT_MODEL", "env-model")
    out = tmp_path / "out"
    assert (
        main(
            [
                "summarise",
                str(articles / "a01.txt"),
                "--out",
                str(out),
                "--cache-dir",
                str(tmp_path / "c"),
            ]
        )
        == 0
    )
    assert json.loads((out / "a01.json").read_text())["meta"]["model"] == "env-model"
    assert server.chat_requests[0].body["model"] == "env-model"
    assert "response_format" in server.chat_requests[0].body  # local endpoint: json_schema
    assert (
        main(
            [
                "summarise",
                str(articles / "a01.txt"),
                "--out",
                str(tmp_path / "r"),
                "--backend",
                "rules",
            ]
        )
        == 0
    )
    assert len(server.chat_requests) == 1


def test_api_key_never_leaks(
    server: fo.FakeOpenAI,
    articles: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    echoed: set[str] = set()

    def respond(request: fo.Request) -> fo.Reply:
        text = article_of(request)
        if "Krông Búk" in text:  # a server that echoes the key in its error
            return fo.error(401, f"Incorrect API key provided: {SECRET}")
        if "Đức Trọng" in text and not echoed:  # once, then fine: logged as a retry
            echoed.add(text)
            return fo.error(500, f"upstream said {SECRET}")
        return smart(request)

    server.default = respond
    out, cache = tmp_path / "out", tmp_path / "cache"
    caplog.set_level(logging.DEBUG)
    status = main(
        [
            "-vv",
            "summarise",
            str(articles),
            "--out",
            str(out),
            "--base-url",
            server.base_url,
            "--model",
            "fake-model",
            "--api-key",
            SECRET,
            "--cache-dir",
            str(cache),
            "--max-retries",
            "1",
            "--timeout",
            "5",
        ]
    )
    assert status == 1
    assert server.chat_requests[0].headers["authorization"] == f"Bearer {SECRET}"  # it was used
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    assert "RECOGNISABLE" not in caplog.text
    assert "upstream said ***" in caplog.text  # the retry was logged, scrubbed
    error = json.loads((out / "a00.error.json").read_text(encoding="utf-8"))["error"]
    assert "HTTP 401" in error and "API key" in error and "RECOGNISABLE" not in error
    files = [p for p in [*out.rglob("*"), *cache.rglob("*")] if p.is_file()]
    assert any(p.suffix == ".json" for p in files) and any("cache" in str(p) for p in files)
    for path in files:
        assert b"RECOGNISABLE" not in path.read_bytes(), path


def test_reask_policy_sends_cross_check_findings_back(
    server: fo.FakeOpenAI, make_settings: Any, tmp_path: Path
) -> None:
    text = make_article(1)  # 3 tập thể và 4 cá nhân
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    swapped = smart_answer(text)
    swapped["awards"][0]["collectives"], swapped["awards"][0]["individuals"] = 4, 3
    server.push(fo.structured(swapped))
    results = summarise_batch(
        tmp_path / "one.txt",
        tmp_path / "out",
        backend="llm",
        settings=make_settings(),
        policy="reask",
    )
    (result,) = results
    assert result.summary is not None
    assert len(server.chat_requests) == 2, [f.message for f in result.summary.checks]
    revise = server.chat_requests[1].body["messages"]
    assert revise[-2]["role"] == "assistant" and "awards[0]" in revise[-1]["content"]
    award = result.summary.awards[0]
    assert (award.collectives, award.individuals) == (3, 4)
    assert result.summary.meta.usage.requests == 2


def test_cli_flags_reach_the_requests(server: fo.FakeOpenAI, tmp_path: Path) -> None:
    long = "\n\n".join(
        [make_article(4)]
        + [f"Tổ công tác số {i} tăng cường tuần tra, kiểm soát địa bàn xã." for i in range(30)]
    )
    (tmp_path / "long.txt").write_text(long, encoding="utf-8")
    argv = [
        "summarise",
        str(tmp_path / "long.txt"),
        "--out",
        str(tmp_path / "out"),
        "--base-url",
        server.base_url,
        "--model",
        "m",
        "--no-cache",
        "--mode",
        "tools",
        "--no-system-role",
        "--token-budget",
        "300",
    ]
    assert main(argv) == 0
    assert len(server.chat_requests) > 1  # split under the budget
    for request in server.chat_requests:
        assert [m["role"] for m in request.body["messages"]] == ["user"]
        assert "tools" in request.body


def test_llm_backend_without_endpoint_is_a_clear_error(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["summarise", str(articles), "--out", str(tmp_path / "o"), "--backend", "llm"])
    assert status == 2
    assert "OPENAI_API_KEY" in capsys.readouterr().err


def test_cut_off_answer_fails_the_article_and_is_not_cached(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    def respond(request: fo.Request) -> fo.Reply:
        return fo.completion(
            {"role": "assistant", "content": '{"event": {"date": "2022-'}, finish_reason="length"
        )

    server.default = respond
    results = summarise_batch(
        articles / "a01.txt", tmp_path / "out", backend="llm", settings=make_settings()
    )
    assert "token limit" in (results[0].error or "")
    server.default = smart
    again = summarise_batch(
        articles / "a01.txt", tmp_path / "out", backend="llm", settings=make_settings()
    )
    assert again[0].ok and len(server.chat_requests) == 2


def test_output_stems_are_distinct_and_short() -> None:
    from tomtat.pipeline import output_stems

    paths = [
        Path("a/bao cao.txt"),
        Path("b/bao_cao.txt"),
        Path("c/BAO_CAO.txt"),
        Path("ữ" * 80 + ".txt"),
    ]
    stems = output_stems(paths)
    assert stems[0] == "bao_cao"
    assert len({s.casefold() for s in stems}) == 4
    assert all(len(s.encode("utf-8")) <= 200 for s in stems)
    assert output_stems(paths) == stems  # stable across runs, so re-runs find their outputs
