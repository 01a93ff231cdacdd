"""HTTP to an OpenAI-compatible endpoint: one client per run, retries, safe error messages.

One ``AsyncOpenAI`` (built here with its own retries off, or passed in by the caller: Azure, a
proxy, custom ``httpx`` settings) under one ``instructor.from_openai`` client. Each request
hands instructor one tenacity ``AsyncRetrying`` that does both jobs: re-asks after a validation
error (bounded by the re-ask count, stopped early when the model repeats its previous answer)
and transport retries (HTTP 429 honouring Retry-After, 408/409/5xx, timeouts, dropped
connections, unreadable bodies) with exponential backoff and jitter, bounded in count and total
time. Any other 4xx fails at once. Usage is counted through instructor's per-request hooks.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import instructor
import openai

try:  # the HTTP library of the installed openai client: httpx2 (openai 3), else httpx
    import httpx2 as http  # re-exported for the Batch API transports
except ImportError:  # pragma: no cover - older openai
    import httpx as http  # type: ignore[no-redef]  # noqa: F401
from instructor import Mode
from instructor.core.exceptions import InstructorRetryException, ResponseParsingError
from instructor.core.hooks import Hooks
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1"
TRANSIENT_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
_KEYLIKE = re.compile(r"\b(sk|pk|rk|key)-[A-Za-z0-9_\-]{6,}")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"']+")


class TransportError(Exception):
    """A request failed for good (after retries, or at once for a 4xx); message is scrubbed."""

    def __init__(self, message: str, *, status: int | None = None, transient: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.transient = transient


def scrub(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` with every given secret and anything shaped like an API key masked."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    text = _BEARER.sub(r"\1***", text)
    return _KEYLIKE.sub(lambda m: f"{m.group(1)}-***", text)


def endpoint_of(base_url: str | None) -> str:
    """The base URL with no trailing slash, query or credentials (used in cache keys, messages)."""
    url = (base_url or OPENAI_URL).strip()
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    path = parts.path.rstrip("/")
    return f"{parts.scheme}://{netloc}{path}" if parts.scheme else url.rstrip("/")


def is_openai(base_url: str | None) -> bool:
    """True for OpenAI's own API (no base URL, or a host under openai.com)."""
    host = urlsplit(endpoint_of(base_url)).hostname or ""
    return host == "openai.com" or host.endswith(".openai.com")


def default_timeout(base_url: str | None) -> float:
    """Seconds per request when none is given: 60 for api.openai.com, 600 for any other
    endpoint (a CPU llama-server takes 75-420 s per answer with a small model)."""
    return 60.0 if is_openai(base_url) else 600.0


def is_transient(exc: BaseException) -> bool:
    """Worth another try: rate limits, server errors, timeouts, dropped or garbled answers."""
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in TRANSIENT_STATUS or exc.status_code >= 500
    return isinstance(
        exc, openai.APIConnectionError | openai.APIResponseValidationError | ValueError
    )


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After / retry-after-ms), if it said."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    if ms := headers.get("retry-after-ms"):
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def describe(exc: BaseException, endpoint: str) -> tuple[str, int | None]:
    """A one-line, secret-free reason for a failed request, and its HTTP status if any."""
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = ""
        body = exc.body
        if isinstance(body, dict):
            inner = body.get("error", body)
            if isinstance(inner, dict):
                detail = str(inner.get("message") or "")
            elif isinstance(inner, str):
                detail = inner
        elif isinstance(body, str):
            detail = body
        detail = " ".join(detail.split())[:300]
        hint = {
            401: " (check OPENAI_API_KEY / --api-key)",
            403: " (the key may lack access to this model)",
            404: " (check --base-url and --model)",
        }.get(status, "")
        return f"HTTP {status} from {endpoint}{hint}: {detail or exc.__class__.__name__}", status
    if isinstance(exc, openai.APITimeoutError):
        return (
            f"request to {endpoint} timed out (a slow server, such as a CPU llama-server, "
            "needs a longer limit: raise --timeout)",
            None,
        )
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        why = f" ({type(cause).__name__})" if cause is not None else ""
        log.debug("connection failure detail: %r", cause)
        return f"connection to {endpoint} failed{why}", None
    if isinstance(exc, openai.APIResponseValidationError | ValueError):
        return f"unreadable answer from {endpoint}", None
    return f"request to {endpoint} failed: {type(exc).__name__}", None


class _InstructorLogs(logging.Filter):
    """instructor logs each failed attempt at ERROR with the server's message and the pydantic
    dump ("Max retries exceeded"), although tomtat keeps the answer and says so in one line.
    Its records are scrubbed of secrets, lowered to DEBUG and shown only when tomtat's own
    debug output is on (``-vv``)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage(), self.secrets)
        record.args = ()
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return logging.getLogger("tomtat").isEnabledFor(logging.DEBUG)


INSTRUCTOR_LOGS = _InstructorLogs()
for _name in ("instructor", "instructor.v2.retry", "instructor.retry"):
    logging.getLogger(_name).addFilter(INSTRUCTOR_LOGS)


BATCH_ID_PREFIX = "tomtat-batch:"
"""Prefix of the id of an answer that came through the Batch API (counted at its price)."""

_PARSE_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)


@dataclass
class Tracker:
    """Per-article record of what the requests cost and returned."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    requests: int = 0
    batch_requests: int = 0
    batch_prompt_tokens: int = 0
    batch_completion_tokens: int = 0
    transport_retries: int = 0
    reasks: int = 0
    repeated: bool = False

    def add(self, completion: Any) -> None:
        """Count one answered request, with the cached prompt tokens the provider reports."""
        self.requests += 1
        usage = getattr(completion, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        details = getattr(usage, "prompt_tokens_details", None)
        self.cached_tokens += int(getattr(details, "cached_tokens", 0) or 0)
        if str(getattr(completion, "id", "")).startswith(BATCH_ID_PREFIX):
            self.batch_requests += 1
            self.batch_prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.batch_completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def merge(self, other: Tracker) -> None:
        """Add ``other`` (one request's record) into this one (the article's)."""
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.cached_tokens += other.cached_tokens
        self.requests += other.requests
        self.batch_requests += other.batch_requests
        self.batch_prompt_tokens += other.batch_prompt_tokens
        self.batch_completion_tokens += other.batch_completion_tokens
        self.transport_retries += other.transport_retries
        self.reasks += other.reasks
        self.repeated = self.repeated or other.repeated

    def usage_dict(self) -> dict[str, int]:
        """The token counts, for the cache entry."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cached_tokens": self.cached_tokens,
            "requests": self.requests,
            "reasks": self.reasks,
        }


def answer_text(completion: Any) -> str | None:
    """The JSON-ish text of a chat completion: tool-call arguments or the message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        args = getattr(getattr(calls[0], "function", None), "arguments", None)
        if isinstance(args, str):
            return args
        if args is not None:
            return json.dumps(args)
    content = getattr(message, "content", None)
    return content if isinstance(content, str) else None


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds of the transport retry loop."""

    retries: int = 5
    initial: float = 1.0
    maximum: float = 30.0
    total: float = 180.0

    def backoff(self, exc: BaseException | None, tries: int, started: float) -> float:
        """Retry-After when the server gave one, else exponential backoff with jitter."""
        asked = retry_after(exc)
        if asked is not None:
            delay = asked  # honoured as given; the total time bound still applies
        else:
            cap = min(self.maximum, self.initial * 2 ** (tries - 1))
            delay = cap / 2 + random.uniform(0, cap / 2)
        return max(0.0, min(delay, self.total - (time.monotonic() - started)))


class _Attempts:
    """The retry state of one request: re-asks and transport retries counted apart."""

    def __init__(self, policy: RetryPolicy, reasks: int, tracker: Tracker, endpoint: str) -> None:
        self.policy = policy
        self.reasks = reasks
        self.tracker = tracker
        self.endpoint = endpoint
        self.answers: list[str | None] = []
        self.seen = 0  # answers already judged by ``stop``
        self.transport_tries = 0
        self.transport_started = 0.0
        self._judged: tuple[int, tuple[bool, float]] | None = None

    def answered(self, response: Any) -> None:
        """instructor's ``completion:response`` hook: count usage, keep the answer text."""
        self.tracker.add(response)
        self.answers.append(answer_text(response))

    def retryable(self, exc: BaseException) -> bool:
        """A validation error (re-ask) or a transient transport fault."""
        return isinstance(exc, _PARSE_ERRORS) or is_transient(exc)

    def _judge(self, state: RetryCallState) -> tuple[bool, float]:
        """Whether to stop after this failed attempt and how long to wait: decided once per
        attempt (tenacity asks ``wait`` before ``stop``)."""
        if self._judged is not None and self._judged[0] == state.attempt_number:
            return self._judged[1]
        exc = state.outcome.exception() if state.outcome is not None else None
        fresh = len(self.answers) > self.seen
        self.seen = len(self.answers)
        decision: tuple[bool, float]
        if isinstance(exc, _PARSE_ERRORS) and fresh:  # an answer that failed validation
            self.transport_tries = 0
            if len(self.answers) >= 2 and self.answers[-1] == self.answers[-2]:
                self.tracker.repeated = True
                log.info("the re-ask repeated the previous answer: no more re-asks")
                decision = (True, 0.0)
            elif self.tracker.reasks >= self.reasks:
                decision = (True, 0.0)
            else:
                self.tracker.reasks += 1
                decision = (False, 0.0)
        else:  # a transport fault
            if self.transport_tries == 0:
                self.transport_started = time.monotonic()
            self.transport_tries += 1
            elapsed = time.monotonic() - self.transport_started
            if self.transport_tries > self.policy.retries or elapsed >= self.policy.total:
                decision = (True, 0.0)
            else:
                self.tracker.transport_retries += 1
                delay = self.policy.backoff(exc, self.transport_tries, self.transport_started)
                decision = (False, delay)
        self._judged = (state.attempt_number, decision)
        return decision

    def stop(self, state: RetryCallState) -> bool:
        """Stop re-asks at the bound or on a repeated answer; transport retries at theirs."""
        return self._judge(state)[0]

    def wait(self, state: RetryCallState) -> float:
        """No wait before a re-ask; backoff before a transport retry."""
        return self._judge(state)[1]

    def log_retry(self, state: RetryCallState) -> None:
        """One line per transport retry (re-asks are logged by the caller)."""
        exc = state.outcome.exception() if state.outcome is not None else None
        if self.transport_tries == 0 or exc is None:
            return
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        log.info(
            "retrying in %.2fs after attempt %d: %s",
            wait,
            self.transport_tries,
            scrub(describe(exc, self.endpoint)[0], INSTRUCTOR_LOGS.secrets),
        )

    def retrying(self) -> AsyncRetrying:
        """The tenacity loop handed to instructor as ``max_retries``."""
        return AsyncRetrying(
            stop=self.stop,
            wait=self.wait,
            retry=retry_if_exception(self.retryable),
            before_sleep=self.log_retry,
            reraise=True,
        )


class Transport:
    """One AsyncOpenAI client under one instructor client, with a bound on requests in flight.

    ``client``: the caller's own ``AsyncOpenAI`` (kept open on close; its own retries, if any,
    run below ours); None builds one for ``base_url`` with the client's retries off.
    """

    def __init__(
        self,
        *,
        base_url: str | None,
        api_key: str | None,
        timeout: float,
        concurrency: int,
        policy: RetryPolicy,
        mode: Mode,
        client: openai.AsyncOpenAI | None = None,
    ) -> None:
        self._secret = api_key
        if api_key:
            INSTRUCTOR_LOGS.secrets.add(api_key)
        self.policy = policy
        self._owns_client = client is None
        self.client = client or openai.AsyncOpenAI(
            base_url=base_url or OPENAI_URL,
            api_key=api_key or "not-needed",
            timeout=timeout,
            max_retries=0,
        )
        self.endpoint = endpoint_of(str(self.client.base_url))
        self.instructor = instructor.from_openai(self.client, mode=mode)
        self.semaphore = asyncio.Semaphore(concurrency)
        self.in_flight = 0
        self.max_in_flight = 0

    async def ask(
        self,
        tracker: Tracker,
        *,
        response_model: type[Any],
        messages: list[dict[str, Any]],
        context: dict[str, Any],
        reasks: int,
        **params: Any,
    ) -> tuple[Any, Any]:
        """The validated answer and its completion; instructor's InstructorRetryException
        when still invalid after the re-asks, :class:`TransportError` when the request failed."""
        attempts = _Attempts(self.policy, reasks, tracker, self.endpoint)
        hooks = Hooks()
        hooks.on("completion:response", attempts.answered)
        async with self.semaphore:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                return await self.instructor.chat.completions.create_with_completion(
                    response_model=response_model,
                    messages=messages,  # type: ignore[arg-type]
                    context=context,
                    max_retries=attempts.retrying(),
                    hooks=hooks,
                    strict=False,
                    **params,
                )
            except InstructorRetryException as exc:
                cause = exc.__cause__
                if exc.failed_attempts or cause is None or isinstance(cause, _PARSE_ERRORS):
                    raise
                raise self.failure(cause, attempts.transport_tries) from None
            finally:
                self.in_flight -= 1

    def failure(self, exc: BaseException, tries: int) -> TransportError:
        """The :class:`TransportError` for a request that failed for good (logged once)."""
        message, status = describe(exc, self.endpoint)
        if is_transient(exc):
            message = f"{message} (gave up after {tries} attempt{'s' if tries > 1 else ''})"
        message = scrub(message, [self._secret])
        log.warning("%s", message)
        return TransportError(message, status=status, transient=is_transient(exc))

    async def close(self) -> None:
        """Close the HTTP client when this transport built it."""
        if self._owns_client:
            await self.client.close()
