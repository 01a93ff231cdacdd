"""``--batch``: the Batch API through the loopback server, answers handled as online ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import fake_openai as fo
import pytest
from conftest import answer_for, article_of, smart

from tomtat.batch_api import summarise_with_batch_api
from tomtat.cli import main
from tomtat.extract.llm.batch import STATE_FILE
from tomtat.pipeline import summarise_batch


def _no_sleep(_: float) -> None:
    return None


def _uploads(server: fo.FakeOpenAI) -> int:
    return sum(1 for r in server.requests if r.path.rstrip("/").endswith("/files"))


def _comparable(summary: Any) -> dict[str, Any]:
    data = summary.to_json_dict()
    return {k: data[k] for k in ("event", "people", "awards", "statistics", "conflicts", "checks")}


def test_batch_gives_the_online_summaries_with_no_online_request(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    online = summarise_batch(
        articles, tmp_path / "online", backend="llm", settings=make_settings(use_cache=False)
    )
    asked = len(server.chat_requests)
    settings = make_settings(cache_dir=tmp_path / "cache2", batch_poll=0.0)
    batched = summarise_with_batch_api(
        articles, tmp_path / "batch", settings=settings, sleep=_no_sleep
    )
    assert len(server.chat_requests) == asked  # not one online request
    assert len(server.batch_lines) == 6 and _uploads(server) == 1
    upload = next(r for r in server.requests if r.path.endswith("/files"))
    assert b'"purpose"' in upload.raw or b'name="purpose"' in upload.raw
    assert [_comparable(r.summary) for r in batched] == [_comparable(r.summary) for r in online]
    assert all(r.summary is not None and r.summary.meta.usage.batch_requests == 1 for r in batched)
    assert not (tmp_path / "batch" / STATE_FILE).exists()  # consumed
    again = summarise_with_batch_api(
        articles, tmp_path / "batch", settings=settings, sleep=_no_sleep
    )
    assert all(r.skipped for r in again) and _uploads(server) == 1  # nothing left to submit


def test_failed_lines_become_article_errors_and_are_resubmitted_next_run(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    def some_fail(request: fo.Request) -> fo.Reply:
        if "Krông Búk" in article_of(request):  # a00
            return fo.error(500, "model overloaded")
        return smart(request)

    server.default = some_fail
    out, settings = tmp_path / "out", make_settings(batch_poll=0.0)
    first = summarise_with_batch_api(articles, out, settings=settings, sleep=_no_sleep)
    failed = [r for r in first if not r.ok]
    assert [r.article_id for r in failed] == ["a00"] and len(server.chat_requests) == 0
    assert failed[0].error is not None and "Batch API" in failed[0].error
    assert "model overloaded" in failed[0].error
    assert (out / "a00.error.json").exists() and (out / "a05.json").exists()
    server.default = smart
    second = summarise_with_batch_api(articles, out, settings=settings, sleep=_no_sleep)
    assert all(r.ok for r in second) and len(server.batch_lines) == 7  # only a00 again


def test_expired_batch_keeps_the_answers_it_has_and_resubmits_the_rest(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    server.batch_expire_after = 2
    out, settings = tmp_path / "out", make_settings(batch_poll=0.0)
    first = summarise_with_batch_api(articles, out, settings=settings, sleep=_no_sleep)
    assert sum(r.ok for r in first) == 2
    assert all("expired" in (r.error or "") for r in first if not r.ok)
    server.batch_expire_after = None
    second = summarise_with_batch_api(articles, out, settings=settings, sleep=_no_sleep)
    assert all(r.ok for r in second) and len(server.batch_lines) == 6


def test_interrupted_run_resumes_polling_the_saved_batch(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    def interrupted(_: float) -> None:
        raise KeyboardInterrupt

    server.batch_polls = 1
    out, settings = tmp_path / "out", make_settings(batch_poll=0.0)
    with pytest.raises(KeyboardInterrupt):
        summarise_with_batch_api(articles, out, settings=settings, sleep=interrupted)
    state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
    assert state["batch_id"] in server.batches
    done = summarise_with_batch_api(articles, out, settings=settings, sleep=_no_sleep)
    assert all(r.ok for r in done)
    assert _uploads(server) == 1 and len(server.batches) == 1  # no second batch paid for


def test_invalid_batch_answer_is_reasked_online(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    served: set[str] = set()

    def wrong_once(request: fo.Request) -> fo.Reply:
        text = article_of(request)
        if "Cam Lộ" in text and text not in served:  # a02: first answer has a made-up count
            served.add(text)
            wrong = answer_for(text)
            wrong["awards"][0]["collectives"] = 99
            return fo.structured(wrong).builder(request)  # type: ignore[misc]
        return smart(request)

    server.default = wrong_once
    settings = make_settings(batch_poll=0.0, mode="json")
    done = summarise_with_batch_api(articles, tmp_path / "out", settings=settings, sleep=_no_sleep)
    assert len(server.chat_requests) == 1  # the one re-ask, online
    a02 = next(r for r in done if r.article_id == "a02")
    assert a02.summary is not None and a02.summary.awards[0].collectives != 99
    assert a02.summary.meta.usage.requests == 2 and a02.summary.meta.usage.batch_requests == 1


def test_batch_cost_gets_the_batch_discount(
    server: fo.FakeOpenAI, make_settings: Any, articles: Path, tmp_path: Path
) -> None:
    prices = {"fake-model": {"prompt_per_1k": 1.0, "completion_per_1k": 2.0, "batch_discount": 0.5}}
    settings = make_settings(batch_poll=0.0, prices=prices)
    done = summarise_with_batch_api(articles, tmp_path / "out", settings=settings, sleep=_no_sleep)
    online_price = (100 * 1.0 + 20 * 2.0) / 1000
    assert all(
        r.summary and r.summary.meta.cost_usd == pytest.approx(online_price / 2) for r in done
    )


def test_cli_batch_flag_runs_through_the_batch_api(
    server: fo.FakeOpenAI, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOMTAT_BATCH_POLL", "0.01")
    status = main(
        [
            "summarise",
            str(articles),
            "--out",
            str(tmp_path / "out"),
            "--base-url",
            server.base_url,
            "--model",
            "fake-model",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--batch",
        ]
    )
    assert status == 0 and len(server.batch_lines) == 6 and not server.chat_requests
    assert len(list((tmp_path / "out").glob("a0*.json"))) == 6


def test_long_article_sends_every_chunk_through_the_batch(
    server: fo.FakeOpenAI, make_settings: Any, tmp_path: Path
) -> None:
    from conftest import make_article

    folder = tmp_path / "long"
    folder.mkdir()
    filler = " ".join(["Lực lượng tiếp tục tuần tra, kiểm soát địa bàn."] * 40)
    paragraphs = [make_article(1)] + [filler] * 6
    (folder / "long.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    settings = make_settings(batch_poll=0.0, token_budget=400)
    done = summarise_with_batch_api(folder, tmp_path / "out", settings=settings, sleep=_no_sleep)
    assert done[0].ok and done[0].summary is not None
    assert len(server.batch_lines) > 1 and not server.chat_requests  # every chunk in the batch
    assert done[0].summary.meta.usage.batch_requests == len(server.batch_lines)
