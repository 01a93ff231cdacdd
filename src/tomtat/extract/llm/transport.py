"""HTTP to an OpenAI-compatible endpoint: one client, transport retries, safe error messages.

The openai client's own retries are off (``max_retries=0``); this module is the only retry
layer for transport faults: HTTP 429 (honouring Retry-After), 408/409/5xx, timeouts, dropped
connections and unreadable bodies are retried with exponential backoff and jitter, bounded in
count and total time. Any other 4xx fails at once. Re-asks after a validation error are
instructor's business and never pass through here as errors.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

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
        return f"request to {endpoint} timed out", None
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        why = f" ({type(cause).__name__})" if cause is not None else ""
        log.debug("connection failure detail: %r", cause)
        return f"connection to {endpoint} failed{why}", None
    if isinstance(exc, openai.APIResponseValidationError | ValueError):
        return f"unreadable answer from {endpoint}", None
    return f"request to {endpoint} failed: {type(exc).__name__}", None


@dataclass
class Tracker:
    """Per-article record of what the requests cost and returned."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    transport_retries: int = 0
    completions: list[Any] = field(default_factory=list)

    def add(self, completion: Any) -> None:
        """Count one answered request."""
        self.requests += 1
        usage = getattr(completion, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        self.completions.append(completion)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds of the transport retry loop."""

    retries: int = 5
    initial: float = 1.0
    maximum: float = 30.0
    total: float = 180.0

    def wait(self, state: RetryCallState) -> float:
        """Retry-After when the server gave one, else exponential backoff with jitter."""
        exc = state.outcome.exception() if state.outcome is not None else None
        asked = retry_after(exc)
        if asked is not None:
            delay = asked  # honoured as given; the total time bound still applies
        else:
            cap = min(self.maximum, self.initial * 2 ** (state.attempt_number - 1))
            delay = cap / 2 + random.uniform(0, cap / 2)
        elapsed = time.monotonic() - (state.start_time or time.monotonic())
        return max(0.0, min(delay, self.total - elapsed))

    def stop(self, state: RetryCallState) -> bool:
        """Stop after ``retries`` retries or when the total time is spent."""
        if stop_after_attempt(self.retries + 1)(state):
            return True
        elapsed = time.monotonic() - (state.start_time or time.monotonic())
        return elapsed >= self.total


class Transport:
    """An AsyncOpenAI client with a concurrency bound and the retry loop around each request."""

    def __init__(
        self,
        *,
        base_url: str | None,
        api_key: str | None,
        timeout: float,
        concurrency: int,
        policy: RetryPolicy,
    ) -> None:
        self.endpoint = endpoint_of(base_url)
        self._secret = api_key
        self.policy = policy
        self.client = openai.AsyncOpenAI(
            base_url=base_url or OPENAI_URL,
            api_key=api_key or "not-needed",
            timeout=timeout,
            max_retries=0,
        )
        self.semaphore = asyncio.Semaphore(concurrency)
        self.in_flight = 0
        self.max_in_flight = 0

    async def create(self, tracker: Tracker, /, *args: Any, **kwargs: Any) -> Any:
        """``chat.completions.create`` with retries; raises :class:`TransportError` in the end."""
        retrying = AsyncRetrying(
            stop=self.policy.stop,
            wait=self.policy.wait,
            retry=retry_if_exception(is_transient),
            before_sleep=self._log_retry,
            reraise=True,
        )
        tries = 0
        try:
            async for attempt in retrying:
                with attempt:
                    tries = attempt.retry_state.attempt_number
                    if tries > 1:
                        tracker.transport_retries += 1
                    async with self.semaphore:
                        self.in_flight += 1
                        self.max_in_flight = max(self.max_in_flight, self.in_flight)
                        try:
                            completion = await self.client.chat.completions.create(*args, **kwargs)
                        finally:
                            self.in_flight -= 1
                    if not hasattr(completion, "choices"):
                        raise ValueError("answer is not a chat completion")
        except Exception as exc:
            message, status = describe(exc, self.endpoint)
            if is_transient(exc):
                message = f"{message} (gave up after {tries} attempt{'s' if tries > 1 else ''})"
            log.warning("%s", scrub(message, [self._secret]))
            raise TransportError(
                scrub(message, [self._secret]), status=status, transient=is_transient(exc)
            ) from None
        tracker.add(completion)
        return completion

    def _log_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome is not None else None
        reason = describe(exc, self.endpoint)[0] if exc is not None else "unknown"
        wait = state.next_action.sleep if state.next_action is not None else 0.0
        log.info(
            "retrying in %.2fs after attempt %d: %s",
            wait,
            state.attempt_number,
            scrub(reason, [self._secret]),
        )

    async def close(self) -> None:
        """Close the HTTP client."""
        await self.client.close()
