"""LLMExtractor: an Article in, an ArticleSummary out, through instructor and an OpenAI endpoint.

One article: cache look-up per chunk, else a request through the run's one instructor client
whose validators check the answer against the article (re-asks bounded by ``max_retries``,
stopped early when the model repeats itself), transport retries in the same tenacity loop, then
the answers merged and mapped onto ArticleSummary with usage (cached prompt tokens included),
cost and prompt hashes in ``meta``. An answer still invalid after the last re-ask is kept with
its problems as ``validation_error`` findings and cached as invalid, so a re-run does not pay
for it again unless ``retry_invalid``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

from tomtat.config import Settings
from tomtat.extract.base import ExtractionError, ExtractorBase
from tomtat.extract.llm.cache import AnswerCache, cache_key
from tomtat.extract.llm.chunking import merge, split_article
from tomtat.extract.llm.evidence import FoldedText, fold
from tomtat.extract.llm.lenient import parse_json_loosely, salvage
from tomtat.extract.llm.mapping import to_facts, to_summary
from tomtat.extract.llm.modes import default_mode, instructor_mode
from tomtat.extract.llm.portal import Portal
from tomtat.extract.llm.prompts import load_prompts, schema_hash
from tomtat.extract.llm.schema import ArticleFacts, event_field_problems
from tomtat.extract.llm.transport import (
    RetryPolicy,
    Tracker,
    Transport,
    TransportError,
    answer_text,
    default_timeout,
    endpoint_of,
    is_openai,
    scrub,
)
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity, Usage
from tomtat.text.article import Article

log = logging.getLogger(__name__)

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
_ERROR_FIELDS = ("collectives", "individuals", "total", "value", "province", "district", "$")


@dataclass
class _Outcome:
    facts: ArticleFacts
    problems: list[tuple[str, str]] = field(default_factory=list)
    cached: bool = False
    recovered: bool = False  # the mode's structure was missing; the JSON was read from text
    cacheable: bool = True  # False when a transport failure cut the re-asks short


def _finding(path: str, message: str) -> Finding:
    # An award or statistic that fails a check may be invented or wrong: an error. A person or
    # the event with a doubtful quote: a warning; a place that is not where the text says: error.
    leaf = path.rsplit(".", 1)[-1]
    item_error = path.startswith(("awards", "statistics"))
    severity = (
        Severity.ERROR
        if item_error or leaf in _ERROR_FIELDS or "dropped" in message
        else Severity.WARNING
    )
    item_path = path.removesuffix(".quote") if path.startswith("event") else path
    return Finding(
        kind=FindingKind.VALIDATION_ERROR,
        severity=severity,
        path=item_path,
        message=f"LLM answer still invalid after the last re-ask: {message}",
    )


def _structure_missing(completion: Any, mode: str) -> bool:
    """A ``tools`` request answered without a tool call (plain text holding the JSON)."""
    if mode != "tools":
        return False
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return False
    return not getattr(message, "tool_calls", None) and bool(getattr(message, "content", None))


class LLMExtractor(ExtractorBase):
    """Extracts with an LLM behind any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama...).

    ``client``: an ``openai.AsyncOpenAI`` of the caller's (Azure, a proxy, custom ``httpx``
    settings); None builds one from ``settings``. One client serves the whole run.
    """

    name = "llm"
    concurrent = True  # the batch runner may call extract() from many threads at once

    def __init__(self, settings: Settings, client: openai.AsyncOpenAI | None = None) -> None:
        self.settings = settings
        self._client = client if client is not None else settings.endpoint.client
        base_url = (
            str(self._client.base_url) if self._client is not None else settings.endpoint.base_url
        )
        self.endpoint = endpoint_of(base_url)
        if settings.endpoint.model:
            self.model = settings.endpoint.model
        elif is_openai(base_url):
            self.model = DEFAULT_OPENAI_MODEL
        else:
            raise ValueError("no model given for the LLM endpoint: set TOMTAT_MODEL or --model")
        if not settings.endpoint.api_key and self._client is None and is_openai(base_url):
            raise ValueError("no API key for api.openai.com: set OPENAI_API_KEY (or --base-url)")
        self.mode = settings.request.mode or default_mode(base_url)
        self._mode = instructor_mode(self.mode)
        self.timeout = settings.run.timeout or default_timeout(base_url)
        self.prompts = load_prompts(settings.request.prompt_version, settings.request.prompts_dir)
        self.prompt_hash = self.prompts.hash
        self.schema_hash = schema_hash(ArticleFacts)
        self.request_hash = self._request_hash()
        self._secret = (
            settings.endpoint.api_key.get_secret_value() if settings.endpoint.api_key else None
        )
        self.cache: AnswerCache | None = None
        if settings.run.use_cache:
            try:
                self.cache = AnswerCache(settings.run.cache_dir)
            except Exception as exc:  # unwritable folder: run without a cache, say so
                log.warning(
                    "cache disabled, cannot open %s: %s", settings.run.cache_dir, type(exc).__name__
                )
        self._portal: Portal | None = None
        self._portal_lock = threading.Lock()
        self._transport: Transport | None = None

    # -- public API --------------------------------------------------------------------------
    def fingerprint(self) -> dict[str, str | None] | None:
        """What an earlier output must share to be reused: backend, model, mode, prompt hash
        and the hash of every request setting (endpoint, schema, temperature, max tokens,
        system role); the pipeline adds the cross-check policy and the tomtat version."""
        return {
            "backend": self.name,
            "model": self.model,
            "mode": self.mode,
            "prompt_hash": self.prompt_hash,
            "request_hash": self.request_hash,
        }

    def extract(self, article: Article) -> ArticleSummary:
        """Summary of ``article``; raises :class:`ExtractionError` when no answer could be had."""
        return self._portal_run(self._aextract(article))

    async def aextract(self, article: Article) -> ArticleSummary:
        """``extract`` for callers with their own event loop."""
        return await asyncio.wrap_future(self._portal_get().submit(self._aextract(article)))

    def revise(
        self, article: Article, summary: ArticleSummary, findings: list[Finding]
    ) -> ArticleSummary:
        """Ask the model to correct ``summary`` given the cross-check's ``findings``."""
        return self._portal_run(self._arevise(article, summary, findings))

    def close(self) -> None:
        """Close the HTTP client (when built here), the event loop and the cache."""
        with self._portal_lock:
            if self._portal is not None:
                transport = self._transport
                self._portal.close(transport.close() if transport is not None else None)
                self._portal = None
                self._transport = None
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> LLMExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------------
    def _portal_get(self) -> Portal:
        with self._portal_lock:  # batch threads arrive together: exactly one loop
            if self._portal is None:
                self._portal = Portal()
            return self._portal

    def _portal_run(self, coro: Any) -> Any:
        return self._portal_get().run(coro)

    def _transport_get(self) -> Transport:
        if self._transport is None:
            s = self.settings
            self._transport = Transport(
                base_url=s.endpoint.base_url,
                api_key=self._secret,
                timeout=self.timeout,
                concurrency=s.run.concurrency,
                policy=RetryPolicy(
                    s.run.transport_retries,
                    s.run.backoff_initial,
                    s.run.backoff_max,
                    s.run.retry_total,
                ),
                mode=self._mode,
                client=self._client,
            )
        return self._transport

    def _params(self) -> dict[str, Any]:
        """Every request parameter sent besides the messages and the response model."""
        params: dict[str, Any] = {"model": self.model}
        if self.settings.request.temperature is not None:
            params["temperature"] = self.settings.request.temperature
        if self.settings.request.max_tokens is not None:
            params["max_tokens"] = self.settings.request.max_tokens
        return params

    def _request_hash(self) -> str:
        """sha256 of what shapes every request besides the article: for output reuse."""
        shape = {
            "endpoint": self.endpoint,
            "mode": self.mode,
            "schema_hash": self.schema_hash,
            "prompt_version": self.prompts.version,
            "system_role": self.settings.request.system_role,
            "params": self._params(),
        }
        data = json.dumps(shape, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    def _rendered(self, text: str, extra: list[tuple[str, str]]) -> list[dict[str, str]]:
        """The messages exactly as sent: static prompt first (system, field guide, example,
        schema), so providers' prompt caching applies, then the article and any follow-up."""
        user = self.prompts.user(text)
        if self.settings.request.system_role:
            messages = [
                {"role": "system", "content": self.prompts.system},
                {"role": "user", "content": user},
            ]
        else:
            messages = [{"role": "user", "content": f"{self.prompts.system}\n\n{user}"}]
        return messages + [{"role": role, "content": content} for role, content in extra]

    def _key(self, rendered: list[dict[str, str]], purpose: str, published: str | None) -> str:
        return cache_key(
            endpoint=self.endpoint,
            model=self.model,
            mode=self.mode,
            prompt_version=self.prompts.version,
            prompt_hash=self.prompt_hash,
            schema_hash=self.schema_hash,
            # the publication date is not sent but the validators read it (the date's year)
            request={"messages": rendered, **self._params(), "published": published},
            purpose=purpose,
        )

    def _from_cache(self, key: str) -> _Outcome | None:
        if self.cache is None:
            return None
        hit = self.cache.get(key)
        if hit is None:
            return None
        if hit.invalid and self.settings.run.retry_invalid:
            log.info("cache entry %s holds an invalid answer: asking again", key[:12])
            return None
        try:
            facts = ArticleFacts.model_validate(hit.facts)
        except ValueError:
            log.warning("cache entry %s does not fit the schema: recomputing", key[:12])
            return None
        return _Outcome(facts, problems=list(hit.problems), cached=True)

    # -- one request (with re-asks) -----------------------------------------------------------
    async def _ask(
        self,
        text: str,
        tracker: Tracker,
        *,
        purpose: str = "extract",
        extra: list[tuple[str, str]] | None = None,
        published: str | None = None,
    ) -> _Outcome:
        rendered = self._rendered(text, extra or [])
        key = self._key(rendered, purpose, published)
        hit = self._from_cache(key)
        if hit is not None:
            return hit
        folded = fold(text)
        # Message text reaches instructor as template variables only, so that braces in an
        # article are never read as Jinja syntax by instructor's templating.
        messages = [
            {"role": m["role"], "content": f"{{{{ tomtat_m{i} }}}}"} for i, m in enumerate(rendered)
        ]
        context: dict[str, Any] = {
            "article": folded,
            "text": text,
            "published": published,
            **{f"tomtat_m{i}": m["content"] for i, m in enumerate(rendered)},
        }
        mine = Tracker()
        try:
            facts, completion = await self._transport_get().ask(
                mine,
                response_model=ArticleFacts,
                messages=messages,
                context=context,
                reasks=self.settings.request.max_retries,
                **self._params(),
            )
            outcome = _Outcome(facts, recovered=_structure_missing(completion, self.mode))
        except InstructorRetryException as exc:
            outcome = self._salvage(exc, folded, mine)
            outcome.problems.extend(event_field_problems(outcome.facts.event, text, published))
            completion = exc.failed_attempts[-1].completion if exc.failed_attempts else None
        except IncompleteOutputException:
            raise ExtractionError(
                "the model's answer was cut off at its token limit (finish_reason=length): "
                "raise max_tokens or lower the token budget so articles are split"
            ) from None
        except TransportError as exc:
            raise ExtractionError(str(exc)) from None
        finally:
            tracker.merge(mine)
        if self.cache is not None and outcome.cacheable:
            dumped = (
                completion.model_dump(mode="json") if hasattr(completion, "model_dump") else None
            )
            self.cache.set(
                key,
                outcome.facts.model_dump(mode="json"),
                dumped,
                mine.usage_dict(),
                problems=outcome.problems,
                reasks=mine.reasks,
            )
        return outcome

    def _salvage(
        self, exc: InstructorRetryException, folded: FoldedText, tracker: Tracker
    ) -> _Outcome:
        cause = exc.__cause__
        attempts = list(exc.failed_attempts or [])
        if not attempts:
            reason = scrub(str(cause or exc), [self._secret])
            raise ExtractionError(f"LLM request failed: {reason[:300]}") from None
        best: tuple[int, ArticleFacts, list[tuple[str, str]], bool] | None = None
        for attempt in attempts:
            text = answer_text(attempt.completion)
            data = parse_json_loosely(text) if text else None
            recovered = _structure_missing(attempt.completion, self.mode)
            if data is None:
                candidate = (10**6, ArticleFacts(), [("$", "the answer is not JSON")], recovered)
            else:
                facts, problems = salvage(data, folded)
                candidate = (len(problems), facts, problems, recovered)
            if best is None or candidate[0] <= best[0]:
                best = candidate
        assert best is not None
        _, facts, problems, recovered = best
        outcome = _Outcome(facts, problems, recovered=recovered)
        if cause is not None and not isinstance(cause, ValueError):
            failure = self._transport_get().failure(cause, 1)
            outcome.problems = [*problems, ("$", f"the last re-ask failed: {failure}")]
            outcome.cacheable = False
        why = "it repeated its previous answer" if tracker.repeated else "the last re-ask"
        log.warning(
            "answer kept with %d problem(s) after %d attempt(s) (%s)",
            len(outcome.problems),
            len(attempts),
            why,
        )
        return outcome

    # -- one article -------------------------------------------------------------------------
    async def _aextract(self, article: Article) -> ArticleSummary:
        started = time.perf_counter()
        tracker = Tracker()
        chunks = split_article(article.text, self.settings.run.token_budget)
        if len(chunks) > self.settings.run.max_chunks:
            raise ExtractionError(
                f"article too long for the LLM: {len(chunks)} chunks of about "
                f"{self.settings.run.token_budget} tokens, over the limit of {self.settings.run.max_chunks}"
                " (raise the token budget or max_chunks, or use --backend rules)"
            )
        if len(chunks) == 1:
            outcomes = [await self._ask(article.text, tracker, published=article.published)]
        else:
            log.info(
                "%s: %d chunks under a %d-token budget",
                article.id,
                len(chunks),
                self.settings.run.token_budget,
            )
            # Every chunk runs to its end even when one fails (its answer is cached, and a run
            # through the Batch API holds every chunk's request); then the article fails clearly.
            done = await asyncio.gather(
                *(self._ask(c.text, tracker, published=article.published) for c in chunks),
                return_exceptions=True,
            )
            for result in done:
                if isinstance(result, BaseException):
                    raise result
            outcomes = [o for o in done if isinstance(o, _Outcome)]
        folded = fold(article.text)
        facts = merge([(c, o.facts) for c, o in zip(chunks, outcomes, strict=True)], folded)
        problems = [p for o in outcomes for p in o.problems]
        summary = to_summary(facts, article, folded)
        if len(chunks) > 1:
            summary.warnings.append(f"article split into {len(chunks)} chunks for the LLM")
        self._finish(summary, tracker, problems, all(o.cached for o in outcomes), started)
        summary.meta.structure_recovered = any(o.recovered for o in outcomes)
        return summary

    async def _arevise(
        self, article: Article, summary: ArticleSummary, findings: list[Finding]
    ) -> ArticleSummary:
        started = time.perf_counter()
        tracker = Tracker()
        previous = json.dumps(to_facts(summary), ensure_ascii=False)
        listed = "\n".join(f"- {f.path}: {f.message}" for f in findings) or "- (none given)"
        extra = [("assistant", previous), ("user", self.prompts.revise(listed))]
        outcome = await self._ask(
            article.text, tracker, purpose="revise", extra=extra, published=article.published
        )
        folded = fold(article.text)
        revised = to_summary(outcome.facts, article, folded)
        revised.warnings = list(summary.warnings)
        self._finish(revised, tracker, outcome.problems, outcome.cached, started)
        old = summary.meta.usage
        usage = revised.meta.usage
        revised.meta.usage = Usage(
            prompt_tokens=old.prompt_tokens + usage.prompt_tokens,
            completion_tokens=old.completion_tokens + usage.completion_tokens,
            total_tokens=old.total_tokens + usage.total_tokens,
            requests=old.requests + usage.requests,
            cached_tokens=old.cached_tokens + usage.cached_tokens,
            batch_requests=old.batch_requests + usage.batch_requests,
        )
        revised.meta.reasks += summary.meta.reasks
        revised.meta.structure_recovered = outcome.recovered or summary.meta.structure_recovered
        costs = [c for c in (summary.meta.cost_usd, revised.meta.cost_usd) if c is not None]
        revised.meta.cost_usd = round(sum(costs), 8) if costs else None
        revised.meta.cached = summary.meta.cached and outcome.cached
        if summary.meta.duration_ms is not None and revised.meta.duration_ms is not None:
            revised.meta.duration_ms = round(summary.meta.duration_ms + revised.meta.duration_ms, 3)
        return revised

    def _finish(
        self,
        summary: ArticleSummary,
        tracker: Tracker,
        problems: list[tuple[str, str]],
        cached: bool,
        started: float,
    ) -> None:
        summary.checks.extend(_finding(path, msg) for path, msg in problems)
        meta = summary.meta
        meta.backend = self.name
        meta.model = self.model
        meta.mode = self.mode
        meta.prompt_version = self.prompts.version
        meta.prompt_hash = self.prompt_hash
        meta.schema_hash = self.schema_hash
        meta.request_hash = self.request_hash
        meta.cached = cached
        meta.reasks = tracker.reasks
        meta.usage = Usage(
            prompt_tokens=tracker.prompt_tokens,
            completion_tokens=tracker.completion_tokens,
            total_tokens=tracker.prompt_tokens + tracker.completion_tokens,
            requests=tracker.requests,
            cached_tokens=tracker.cached_tokens,
            batch_requests=tracker.batch_requests,
        )
        meta.cost_usd = self._cost(tracker)
        meta.duration_ms = round((time.perf_counter() - started) * 1000, 3)

    def _cost(self, tracker: Tracker) -> float | None:
        """USD from the price table; answers through the Batch API at its discount (the
        entry's ``batch_discount``, default 0.5: half price)."""
        prices = self.settings.run.prices
        if not prices or self.model not in prices:
            return None
        entry = prices[self.model]
        prompt, completion = entry.get("prompt_per_1k", 0.0), entry.get("completion_per_1k", 0.0)
        discount = entry.get("batch_discount", 0.5)
        online = (tracker.prompt_tokens - tracker.batch_prompt_tokens) / 1000 * prompt
        online += (tracker.completion_tokens - tracker.batch_completion_tokens) / 1000 * completion
        batch = tracker.batch_prompt_tokens / 1000 * prompt
        batch += tracker.batch_completion_tokens / 1000 * completion
        return round(online + batch * discount, 8)


__all__ = ["LLMExtractor"]
