"""LLMExtractor over real HTTP (openai + instructor unpatched) against the fake server."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import fake_openai as fo
import pytest
from conftest import answer_for, article_of, make_article, smart
from pydantic import SecretStr

from tomtat.extract.base import ExtractionError
from tomtat.extract.llm import LLMExtractor
from tomtat.schemas import Finding, FindingKind, Severity
from tomtat.text.article import Article

ARTICLE = Article(id="a1", text=make_article(1))


def _extract(settings: Any, article: Article = ARTICLE) -> Any:
    with LLMExtractor(settings) as extractor:
        return extractor.extract(article)


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_request_shape_per_mode(server: fo.FakeOpenAI, make_settings: Any, mode: str) -> None:
    summary = _extract(make_settings(mode=mode, api_key=None))
    assert summary.meta.mode == mode and summary.awards and summary.awards[0].individuals == 4
    (request,) = server.chat_requests
    body = request.body
    assert body["model"] == "fake-model" and body["temperature"] == 0.0
    messages = body["messages"]
    assert messages[0]["role"] == "system" and "Dịp này" in messages[0]["content"]
    assert ARTICLE.text in messages[1]["content"]
    assert not any("{{" in m["content"] for m in messages if isinstance(m.get("content"), str))
    if mode == "tools":
        assert body["tools"][0]["function"]["name"] == "ArticleFacts"
        assert body["tool_choice"] == {"type": "function", "function": {"name": "ArticleFacts"}}
        assert "response_format" not in body
    elif mode == "json_schema":
        fmt = body["response_format"]
        assert fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "ArticleFacts"
        assert "awards" in fmt["json_schema"]["schema"]["properties"]
        assert "tools" not in body
    elif mode == "json":
        assert body["response_format"] == {"type": "json_object"}
        assert "json_schema" in messages[0]["content"]  # instructor appends the schema
    else:
        assert "response_format" not in body and "tools" not in body
        assert "```json" in messages[-1]["content"]


def test_system_role_off_folds_prompt_into_user_message(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    _extract(make_settings(mode="tools", system_role=False))
    messages = server.chat_requests[0].body["messages"]
    assert [m["role"] for m in messages] == ["user"]
    assert "Dịp này" in messages[0]["content"] and ARTICLE.text in messages[0]["content"]


def test_invalid_answer_is_reasked_with_the_error(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    wrong = answer_for(ARTICLE.text)
    wrong["awards"][0]["collectives"] = 99
    server.push(fo.structured(wrong))
    summary = _extract(make_settings(mode="tools"))
    assert len(server.chat_requests) == 2
    reask = server.chat_requests[1].body["messages"]
    assert (
        reask[-1]["role"] == "tool"
        and "collectives=99 is not written in the quote" in reask[-1]["content"]
    )
    assert summary.awards[0].collectives == 3
    assert not [f for f in summary.checks if f.kind == FindingKind.VALIDATION_ERROR]
    assert summary.meta.usage.requests == 2 and summary.meta.usage.prompt_tokens == 200


def test_schema_invalid_then_valid_json_schema_mode(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    server.push(fo.structured(None, raw='{"awards": [{"type": "Huy hiệu", "quote": 5}]}'))
    summary = _extract(make_settings(mode="json_schema"))
    second = server.chat_requests[1].body["messages"]
    assert second[-2]["role"] == "assistant" and "awards.0.type" in second[-1]["content"]
    assert summary.awards and not summary.checks


def test_still_invalid_after_last_reask_is_kept_with_findings(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    wrong = answer_for(ARTICLE.text)
    wrong["awards"][0]["collectives"] = 99
    wrong["statistics"].append({"label": "bịa", "value": 7, "quote": "câu không có trong bài"})
    server.default = fo.structured(wrong)
    settings = make_settings(mode="json", max_retries=1)
    summary = _extract(settings)
    assert len(server.chat_requests) == 2  # first try + one re-ask
    checks = [f for f in summary.checks if f.kind == FindingKind.VALIDATION_ERROR]
    assert {f.path for f in checks} == {"awards[0].collectives", "statistics[1].quote"}
    assert any(f.severity == Severity.ERROR for f in checks)
    assert summary.awards[0].collectives == 99  # kept, flagged, not dropped
    assert summary.meta.usage.requests == 2


def test_invalid_answer_is_cached_as_invalid_and_redone_only_when_asked(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    wrong = answer_for(ARTICLE.text)
    wrong["awards"][0]["collectives"] = 99
    server.default = fo.structured(wrong)
    settings = make_settings(mode="json", max_retries=1)
    first = _extract(settings)
    assert len(server.chat_requests) == 2
    again = _extract(settings)  # the same invalid answer, from the cache, with its findings
    assert len(server.chat_requests) == 2
    assert again.meta.cached and again.meta.usage.requests == 0
    assert [f.path for f in again.checks] == [f.path for f in first.checks]
    assert again.checks[0].kind == FindingKind.VALIDATION_ERROR
    server.default = smart
    fixed = _extract(make_settings(mode="json", max_retries=1, retry_invalid=True))
    assert len(server.chat_requests) == 3
    assert not fixed.checks and fixed.awards[0].collectives != 99
    assert not _extract(settings).checks  # the valid answer replaced the invalid one


def test_reask_that_repeats_the_previous_answer_stops_the_reasks(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    wrong = answer_for(ARTICLE.text)
    wrong["awards"][0]["collectives"] = 99
    server.default = fo.structured(wrong)
    summary = _extract(make_settings(mode="json", max_retries=4))
    assert len(server.chat_requests) == 2  # the first re-ask repeated it: no more
    assert summary.meta.reasks == 1 and summary.checks


def test_answer_that_is_never_json_is_kept_empty_with_a_finding(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    server.default = fo.text("Xin lỗi, tôi không thể.")
    summary = _extract(make_settings(mode="md_json", max_retries=1))
    assert summary.awards == [] and summary.checks[0].path == "$"


@pytest.mark.parametrize(
    "fault",
    [
        fo.error(429, "slow down", retry_after=0.3),
        fo.error(500, "boom"),
        fo.error(503, "overloaded"),
        fo.slow(1.5, fo.error(500, "late")),
        fo.drop(),
        fo.malformed(),
    ],
    ids=["429", "500", "503", "timeout", "drop", "malformed"],
)
def test_transport_faults_are_retried(
    server: fo.FakeOpenAI, make_settings: Any, fault: Any
) -> None:
    server.push(fault)
    started = time.monotonic()
    summary = _extract(make_settings(timeout=0.5))
    elapsed = time.monotonic() - started
    assert summary.awards and summary.meta.usage.requests == 1
    assert len(server.chat_requests) == 2
    if isinstance(fault, fo.Reply) and fault.status == 429:
        assert elapsed >= 0.3  # Retry-After honoured
        gap = server.chat_requests[1].received_at - server.chat_requests[0].received_at
        assert gap >= 0.29


def test_transport_gives_up_after_the_bound(server: fo.FakeOpenAI, make_settings: Any) -> None:
    server.default = fo.error(500, "always broken")
    with pytest.raises(ExtractionError, match=r"HTTP 500 .*gave up after 4 attempts"):
        _extract(make_settings(transport_retries=3))
    assert len(server.chat_requests) == 4


def test_transport_total_time_is_bounded(server: fo.FakeOpenAI, make_settings: Any) -> None:
    server.default = fo.error(429, "wait", retry_after=0.2)
    with pytest.raises(ExtractionError, match="HTTP 429"):
        _extract(make_settings(transport_retries=50, retry_total=0.5))
    # bounded by retry_total, not by the 50 retries allowed (no wall-clock bound: CI is loaded)
    assert 2 <= len(server.chat_requests) <= 5


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_client_errors_fail_at_once(server: fo.FakeOpenAI, make_settings: Any, status: int) -> None:
    server.default = fo.error(status, "no such thing")
    with pytest.raises(ExtractionError, match=f"HTTP {status}"):
        _extract(make_settings())
    assert len(server.chat_requests) == 1


def test_cache_hit_makes_no_request_and_reports_no_tokens(
    server: fo.FakeOpenAI, make_settings: Any, tmp_path: Path
) -> None:
    first = _extract(make_settings())
    assert first.meta.cached is False and first.meta.usage.total_tokens == 120
    second = _extract(make_settings())
    assert len(server.chat_requests) == 1
    assert second.meta.cached is True and second.meta.usage.total_tokens == 0
    assert second.meta.usage.requests == 0
    assert second.to_format_dict() == first.to_format_dict()
    _extract(make_settings(use_cache=False))
    assert len(server.chat_requests) == 2
    _extract(make_settings(model="other-model"))
    assert len(server.chat_requests) == 3
    _extract(make_settings(mode="json"))
    assert len(server.chat_requests) == 4
    prompts = tmp_path / "prompts" / "v1"
    prompts.mkdir(parents=True)
    for f in (Path(__file__).resolve().parents[2] / "prompts" / "v1").iterdir():
        prompts.joinpath(f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    _extract(make_settings(prompts_dir=tmp_path / "prompts"))
    assert len(server.chat_requests) == 4  # same prompt text: same hash, a hit
    (prompts / "field_guide.md").write_text("Another guide.", encoding="utf-8")
    changed = _extract(make_settings(prompts_dir=tmp_path / "prompts"))
    assert len(server.chat_requests) == 5 and changed.meta.prompt_hash != first.meta.prompt_hash


def test_corrupt_cache_entry_is_recomputed(server: fo.FakeOpenAI, make_settings: Any) -> None:
    import diskcache

    settings = make_settings()
    _extract(settings)
    with diskcache.Cache(str(settings.cache_dir)) as cache:
        keys = list(cache.iterkeys())
        assert len(keys) == 1
        cache.set(keys[0], "{not json")
    summary = _extract(settings)
    assert summary.meta.cached is False and len(server.chat_requests) == 2
    assert _extract(settings).meta.cached is True


def test_meta_records_prompt_schema_usage_and_cost(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    prices = {"fake-model": {"prompt_per_1k": 0.5, "completion_per_1k": 1.5}}
    summary = _extract(make_settings(prices=prices))
    meta = summary.meta
    assert meta.backend == "llm" and meta.model == "fake-model" and meta.prompt_version == "v1"
    assert len(meta.prompt_hash or "") == 64 and len(meta.schema_hash or "") == 64
    assert meta.cost_usd == pytest.approx(100 / 1000 * 0.5 + 20 / 1000 * 1.5)
    assert summary.awards[0].evidence is not None and summary.awards[0].evidence.start is not None
    quote = summary.awards[0].evidence
    assert ARTICLE.text[quote.start : quote.end] == quote.quote


def test_long_article_is_split_and_merged(server: fo.FakeOpenAI, make_settings: Any) -> None:
    filler = " ".join(["Lực lượng công an tăng cường tuần tra kiểm soát địa bàn."] * 12)
    text = "\n\n".join([make_article(3)] + [filler] * 6)
    summary = _extract(make_settings(token_budget=300), Article(id="long", text=text))
    assert len(server.chat_requests) > 2
    assert all(len(article_of(r)) <= 900 for r in server.chat_requests)
    assert len(summary.awards) == 1 and summary.awards[0].individuals == 6
    assert summary.meta.usage.requests == len(server.chat_requests)
    assert any("split into" in w for w in summary.warnings)


def test_revise_sends_findings_and_previous_answer(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    with LLMExtractor(make_settings()) as extractor:
        summary = extractor.extract(ARTICLE)
        finding = Finding(
            kind=FindingKind.MISMATCH,
            severity=Severity.ERROR,
            path="awards[0].collectives",
            message="the text says 3 tập thể",
        )
        revised = extractor.revise(ARTICLE, summary, [finding])
    request = server.chat_requests[-1].body["messages"]
    assert request[-2]["role"] == "assistant" and json.loads(request[-2]["content"])["awards"]
    assert "awards[0].collectives: the text says 3 tập thể" in request[-1]["content"]
    assert revised.meta.usage.requests == 2 and revised.awards[0].collectives == 3


def test_article_with_template_syntax_is_sent_verbatim(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    text = make_article(2, extra="Ký hiệu {{ x }} và {% if %} trong bài.")
    _extract(make_settings(), Article(id="braces", text=text))
    assert "{{ x }} và {% if %}" in server.chat_requests[0].body["messages"][1]["content"]


def test_missing_model_for_local_endpoint_is_a_clear_error(make_settings: Any) -> None:
    with pytest.raises(ValueError, match="TOMTAT_MODEL"):
        LLMExtractor(make_settings(model=None))


def test_schema_sent_has_no_regex_patterns(server: fo.FakeOpenAI, make_settings: Any) -> None:
    """llama.cpp's grammar converter rejects "\\d" patterns: the schema carries none."""
    _extract(make_settings(mode="json_schema"))
    schema = server.chat_requests[0].body["response_format"]["json_schema"]["schema"]
    assert "pattern" not in json.dumps(schema)


def test_bad_date_is_reasked(server: fo.FakeOpenAI, make_settings: Any) -> None:
    wrong = answer_for(ARTICLE.text)
    wrong["event"]["date"] = "2/12/2022"
    server.push(fo.structured(wrong))
    summary = _extract(make_settings())
    assert "not an ISO date" in server.chat_requests[1].text
    assert summary.event.date is None and not summary.checks


def test_failed_chunk_fails_the_article_cleanly(server: fo.FakeOpenAI, make_settings: Any) -> None:
    paragraphs = [f"Tổ công tác số {i} tăng cường tuần tra, kiểm soát địa bàn." for i in range(40)]
    text = "\n\n".join([make_article(5), *paragraphs])

    def respond(request: fo.Request) -> fo.Reply:
        if "Tổ công tác số 39" in article_of(request):
            return fo.error(400, "context length exceeded")
        return fo.structured(answer_for(article_of(request))).builder(request)  # type: ignore[misc]

    server.default = respond
    with pytest.raises(ExtractionError, match="HTTP 400"):
        _extract(make_settings(token_budget=300), Article(id="long", text=text))


def test_too_many_chunks_fail_before_any_request(server: fo.FakeOpenAI, make_settings: Any) -> None:
    paragraphs = [f"Tổ công tác số {i} tăng cường tuần tra, kiểm soát địa bàn." for i in range(40)]
    text = "\n\n".join([make_article(5), *paragraphs])
    with pytest.raises(ExtractionError, match="too long for the LLM"):
        _extract(make_settings(token_budget=300, max_chunks=2), Article(id="long", text=text))
    assert server.chat_requests == []


def test_caller_client_is_used_and_left_open(server: fo.FakeOpenAI, make_settings: Any) -> None:
    import openai

    client = openai.AsyncOpenAI(
        base_url=server.base_url, api_key="caller-key", default_headers={"X-Caller": "yes"}
    )
    settings = make_settings(base_url=None)
    with LLMExtractor(settings, client=client) as extractor:
        first = extractor.extract(ARTICLE)
        extractor.extract(Article(id="a2", text=make_article(2)))
    assert first.awards and len(server.chat_requests) == 2
    assert all(r.headers.get("x-caller") == "yes" for r in server.chat_requests)
    assert not client.is_closed()  # the caller's client stays the caller's to close


def test_cached_prompt_tokens_are_reported_in_usage(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    usage = {
        "prompt_tokens": 900,
        "completion_tokens": 50,
        "total_tokens": 950,
        "prompt_tokens_details": {"cached_tokens": 768},
    }
    server.push(fo.structured(answer_for(ARTICLE.text), usage=usage))
    summary = _extract(make_settings())
    assert summary.meta.usage.prompt_tokens == 900
    assert summary.meta.usage.cached_tokens == 768


def test_static_prompt_comes_first_and_is_the_same_for_every_article(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    settings = make_settings(mode="json")
    with LLMExtractor(settings) as extractor:
        extractor.extract(ARTICLE)
        extractor.extract(Article(id="a2", text=make_article(2)))
    one, two = server.chat_requests
    assert one.messages[0] == two.messages[0] and one.messages[0]["role"] == "system"
    assert ARTICLE.text not in one.messages[0]["content"]
    assert one.messages[1] != two.messages[1]


def test_tools_answer_given_as_plain_text_is_recovered_and_recorded(
    server: fo.FakeOpenAI, make_settings: Any
) -> None:
    payload = json.dumps(answer_for(ARTICLE.text), ensure_ascii=False)
    server.default = fo.text(f"Đây là kết quả:\n```json\n{payload}\n```")
    summary = _extract(make_settings(mode="tools", max_retries=1))
    assert summary.awards and summary.awards[0].individuals == 4
    assert summary.meta.structure_recovered


def test_timeout_error_says_to_raise_the_timeout(server: fo.FakeOpenAI, make_settings: Any) -> None:
    server.default = fo.slow(1.0, fo.error(500, "late"))
    with pytest.raises(ExtractionError, match=r"timed out.*raise --timeout"):
        _extract(make_settings(timeout=0.2, transport_retries=0))


def test_default_timeout_fits_the_endpoint(make_settings: Any) -> None:
    with LLMExtractor(make_settings(timeout=None)) as local:
        assert local.timeout == 600.0
    openai_settings = make_settings(timeout=None, base_url=None, api_key=SecretStr("sk-x" * 4))
    with LLMExtractor(openai_settings) as hosted:
        assert hosted.timeout == 60.0


def test_both_backends_implement_the_whole_extractor_protocol(make_settings: Any) -> None:
    from tomtat.extract.base import Extractor
    from tomtat.extract.rules import RulesExtractor

    rules = RulesExtractor()
    assert isinstance(rules, Extractor)
    assert rules.revise is None and rules.fingerprint() is None and not rules.concurrent
    with LLMExtractor(make_settings()) as llm:
        assert isinstance(llm, Extractor)
        assert llm.revise is not None and llm.concurrent
        fingerprint = llm.fingerprint()
        assert fingerprint is not None and fingerprint["mode"] == "json_schema"


def test_instructor_errors_stay_quiet_and_tomtat_says_it_in_one_line(
    server: fo.FakeOpenAI, make_settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    wrong = answer_for(ARTICLE.text)
    wrong["awards"][0]["collectives"] = 99
    server.default = fo.structured(wrong)
    caplog.set_level(logging.WARNING)
    _extract(make_settings(mode="json", max_retries=1))
    assert not [r for r in caplog.records if r.name.startswith("instructor")]
    kept = [r for r in caplog.records if "answer kept" in r.getMessage()]
    assert len(kept) == 1 and kept[0].levelno == logging.WARNING
