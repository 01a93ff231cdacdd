"""LLMExtractor: an Article in, an ArticleSummary out, through instructor and an OpenAI endpoint.

One article: cache look-up per chunk, else a request through instructor whose validators check
the answer against the article (re-asks bounded by ``max_retries``), transport retries below
it, then the answers merged and mapped onto ArticleSummary with usage, cost and prompt hashes in
``meta``. An answer still invalid after the last re-ask is kept with its problems as
``validation_error`` findings and is not cached.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import instructor
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

from tomtat.config import Settings
from tomtat.extract.base import ExtractionError
from tomtat.extract.llm.cache import AnswerCache, cache_key
from tomtat.extract.llm.chunking import merge, split_article
from tomtat.extract.llm.evidence import FoldedText, fold
from tomtat.extract.llm.lenient import completion_text, parse_json_loosely, salvage
from tomtat.extract.llm.mapping import to_facts, to_summary
from tomtat.extract.llm.modes import default_mode, instructor_mode
from tomtat.extract.llm.portal import Portal
from tomtat.extract.llm.prompts import load_prompts, schema_hash
from tomtat.extract.llm.schema import ArticleFacts
from tomtat.extract.llm.transport import (
    RetryPolicy,
    Tracker,
    Transport,
    TransportError,
    endpoint_of,
    is_openai,
    scrub,
)
from tomtat.schemas import ArticleSummary, Finding, FindingKind, Severity, Usage
from tomtat.text.article import Article

log = logging.getLogger(__name__)

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
_ERROR_FIELDS = ("collectives", "individuals", "total", "value", "$")


@dataclass
class _Outcome:
    facts: ArticleFacts
    problems: list[tuple[str, str]] = field(default_factory=list)
    cached: bool = False


def _finding(path: str, message: str) -> Finding:
    # An award or statistic that fails a check may be invented or wrong: an error. A person or
    # the event with a doubtful quote: a warning.
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


class LLMExtractor:
    """Extracts with an LLM behind any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama...)."""

    name = "llm"
    concurrent = True  # the batch runner may call extract() from many threads at once

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.endpoint = endpoint_of(settings.base_url)
        if settings.model:
            self.model = settings.model
        elif is_openai(settings.base_url):
            self.model = DEFAULT_OPENAI_MODEL
        else:
            raise ValueError("no model given for the LLM endpoint: set TOMTAT_MODEL or --model")
        if not settings.api_key and is_openai(settings.base_url):
            raise ValueError("no API key for api.openai.com: set OPENAI_API_KEY (or --base-url)")
        self.mode = settings.mode or default_mode(settings.base_url)
        self._mode = instructor_mode(self.mode)
        self.prompts = load_prompts(settings.prompt_version, settings.prompts_dir)
        self.prompt_hash = self.prompts.hash
        self.schema_hash = schema_hash(ArticleFacts)
        self._secret = settings.api_key.get_secret_value() if settings.api_key else None
        self.cache: AnswerCache | None = None
        if settings.use_cache:
            try:
                self.cache = AnswerCache(settings.cache_dir)
            except Exception as exc:  # unwritable folder: run without a cache, say so
                log.warning(
                    "cache disabled, cannot open %s: %s", settings.cache_dir, type(exc).__name__
                )
        self._portal: Portal | None = None
        self._portal_lock = threading.Lock()
        self._transport: Transport | None = None

    # -- public API --------------------------------------------------------------------------
    def fingerprint(self) -> dict[str, str | None]:
        """What an earlier output must share to be reused: backend, model, prompt hash."""
        return {"backend": self.name, "model": self.model, "prompt_hash": self.prompt_hash}

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
        """Close the HTTP client, the event loop and the cache."""
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
                base_url=s.base_url,
                api_key=self._secret,
                timeout=s.timeout,
                concurrency=s.concurrency,
                policy=RetryPolicy(
                    s.transport_retries, s.backoff_initial, s.backoff_max, s.retry_total
                ),
            )
        return self._transport

    def _key(self, text: str, purpose: str = "extract") -> str:
        return cache_key(
            endpoint=self.endpoint,
            model=self.model,
            mode=self.mode,
            prompt_version=self.prompts.version,
            prompt_hash=self.prompt_hash,
            schema_hash=self.schema_hash,
            text=text,
            purpose=purpose,
        )

    def _messages(self, extra: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        # Message text reaches instructor as template variables only, so that braces in an
        # article are never read as Jinja syntax by instructor's templating.
        if self.settings.system_role:
            messages: list[dict[str, Any]] = [
                {"role": "system", "content": "{{ tomtat_system }}"},
                {"role": "user", "content": "{{ tomtat_user }}"},
            ]
        else:
            messages = [{"role": "user", "content": "{{ tomtat_system }}\n\n{{ tomtat_user }}"}]
        return messages + list(extra or [])

    def _request_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": self.model}
        if self.settings.temperature is not None:
            kwargs["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            kwargs["max_tokens"] = self.settings.max_tokens
        return kwargs

    # -- one request (with re-asks) -----------------------------------------------------------
    async def _ask(
        self,
        text: str,
        tracker: Tracker,
        *,
        purpose: str = "extract",
        cache_text: str | None = None,
        extra: list[dict[str, Any]] | None = None,
        extra_context: dict[str, Any] | None = None,
    ) -> _Outcome:
        key = self._key(cache_text if cache_text is not None else text, purpose)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                try:
                    return _Outcome(ArticleFacts.model_validate(hit.facts), cached=True)
                except ValueError:
                    log.warning("cache entry %s does not fit the schema: recomputing", key[:12])
        folded = fold(text)
        context: dict[str, Any] = {
            "article": folded,
            "tomtat_system": self.prompts.system,
            "tomtat_user": self.prompts.user(text),
            **(extra_context or {}),
        }
        transport = self._transport_get()
        create: Any = instructor.patch(
            create=functools.partial(transport.create, tracker), mode=self._mode
        )
        try:
            facts: ArticleFacts = await create(
                response_model=ArticleFacts,
                messages=self._messages(extra),
                context=context,
                max_retries=self.settings.max_retries,
                strict=False,
                **self._request_kwargs(),
            )
        except InstructorRetryException as exc:
            return self._salvage(exc, folded)
        except IncompleteOutputException:
            raise ExtractionError(
                "the model's answer was cut off at its token limit (finish_reason=length): "
                "raise max_tokens or lower the token budget so articles are split"
            ) from None
        except TransportError as exc:
            raise ExtractionError(str(exc)) from None
        if self.cache is not None:
            raw: Any = getattr(facts, "_raw_response", None)
            completion = raw.model_dump(mode="json") if hasattr(raw, "model_dump") else None
            usage = {
                "prompt_tokens": tracker.prompt_tokens,
                "completion_tokens": tracker.completion_tokens,
                "requests": tracker.requests,
            }
            self.cache.set(key, facts.model_dump(mode="json"), completion, usage)
        return _Outcome(facts)

    def _salvage(self, exc: InstructorRetryException, folded: FoldedText) -> _Outcome:
        cause = exc.__cause__
        attempts = list(getattr(exc, "failed_attempts", None) or [])
        if not attempts:
            if isinstance(cause, TransportError):
                raise ExtractionError(str(cause)) from None
            reason = scrub(str(cause or exc), [self._secret])
            raise ExtractionError(f"LLM request failed: {reason[:300]}") from None
        best: tuple[int, ArticleFacts, list[tuple[str, str]]] | None = None
        for attempt in attempts:
            text = completion_text(attempt.completion)
            data = parse_json_loosely(text) if text else None
            if data is None:
                candidate = (10**6, ArticleFacts(), [("$", "the answer is not JSON")])
            else:
                facts, problems = salvage(data, folded)
                candidate = (len(problems), facts, problems)
            if best is None or candidate[0] <= best[0]:
                best = candidate
        assert best is not None
        _, facts, problems = best
        if isinstance(cause, TransportError):
            problems = [*problems, ("$", f"the last re-ask failed: {cause}")]
        log.info("answer kept with %d problem(s) after %d attempt(s)", len(problems), len(attempts))
        return _Outcome(facts, problems)

    # -- one article -------------------------------------------------------------------------
    async def _aextract(self, article: Article) -> ArticleSummary:
        started = time.perf_counter()
        tracker = Tracker()
        chunks = split_article(article.text, self.settings.token_budget)
        if len(chunks) > self.settings.max_chunks:
            raise ExtractionError(
                f"article too long for the LLM: {len(chunks)} chunks of about "
                f"{self.settings.token_budget} tokens, over the limit of {self.settings.max_chunks}"
                " (raise the token budget or max_chunks, or use --backend rules)"
            )
        if len(chunks) == 1:
            outcomes = [await self._ask(article.text, tracker)]
        else:
            log.info(
                "%s: %d chunks under a %d-token budget",
                article.id,
                len(chunks),
                self.settings.token_budget,
            )
            try:
                async with asyncio.TaskGroup() as group:
                    tasks = [group.create_task(self._ask(c.text, tracker)) for c in chunks]
            except* ExtractionError as failed:  # one chunk failed: the article fails, clearly
                raise failed.exceptions[0] from None
            outcomes = [t.result() for t in tasks]
        folded = fold(article.text)
        facts = merge([(c, o.facts) for c, o in zip(chunks, outcomes, strict=True)], folded)
        problems = [p for o in outcomes for p in o.problems]
        summary = to_summary(facts, article, folded)
        if len(chunks) > 1:
            summary.warnings.append(f"article split into {len(chunks)} chunks for the LLM")
        self._finish(summary, tracker, problems, all(o.cached for o in outcomes), started)
        return summary

    async def _arevise(
        self, article: Article, summary: ArticleSummary, findings: list[Finding]
    ) -> ArticleSummary:
        started = time.perf_counter()
        tracker = Tracker()
        previous = json.dumps(to_facts(summary), ensure_ascii=False)
        listed = "\n".join(f"- {f.path}: {f.message}" for f in findings) or "- (none given)"
        extra = [
            {"role": "assistant", "content": "{{ tomtat_previous }}"},
            {"role": "user", "content": "{{ tomtat_revise }}"},
        ]
        outcome = await self._ask(
            article.text,
            tracker,
            purpose="revise",
            cache_text=f"{article.text}\x00{previous}\x00{listed}",
            extra=extra,
            extra_context={
                "tomtat_previous": previous,
                "tomtat_revise": self.prompts.revise(listed),
            },
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
        )
        revised.meta.cost_usd = self._cost(revised.meta.usage)
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
        meta.cached = cached
        meta.usage = Usage(
            prompt_tokens=tracker.prompt_tokens,
            completion_tokens=tracker.completion_tokens,
            total_tokens=tracker.prompt_tokens + tracker.completion_tokens,
            requests=tracker.requests,
        )
        meta.cost_usd = self._cost(meta.usage)
        meta.duration_ms = round((time.perf_counter() - started) * 1000, 3)

    def _cost(self, usage: Usage) -> float | None:
        prices = self.settings.prices
        if not prices or self.model not in prices:
            return None
        entry = prices[self.model]
        cost = usage.prompt_tokens / 1000 * entry.get("prompt_per_1k", 0.0)
        cost += usage.completion_tokens / 1000 * entry.get("completion_per_1k", 0.0)
        return round(cost, 8)


__all__ = ["LLMExtractor"]
