"""``tomtat summarise --batch``: the pipeline's run with the LLM requests sent through the
Batch API (half price at OpenAI, answers within 24 hours) instead of one by one.

Three steps, each reusing the online machinery: (1) the pipeline runs with a client whose
transport holds every chat request (cache hits and up-to-date outputs need none, and are
written as usual); (2) the held requests go up as one JSONL file (``purpose="batch"``) and one
batch for ``/v1/chat/completions``, whose id is saved in the output folder, so an interrupted
run resumes polling instead of paying again; (3) once the batch is done its answers are
replayed through the same client and validated, re-asked (online), cached, cross-checked and
written exactly as online answers. Requests the batch failed, or left undone when it expired,
are written as per-article errors; the next run submits only those again.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import openai

from tomtat.config import Settings
from tomtat.corpus import InputItem
from tomtat.extract.llm.batch import (
    HELD,
    STATE_FILE,
    BatchResults,
    CaptureTransport,
    ReplayTransport,
    collect,
    submit_or_resume,
    wait_for,
)
from tomtat.extract.llm.transport import (
    OPENAI_URL,
    default_timeout,
    describe,
    endpoint_of,
    http,
    scrub,
)
from tomtat.pipeline import ArticleResult, batch_items, summarise_batch

log = logging.getLogger(__name__)


class _DropHeld(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return HELD not in record.getMessage()


@contextlib.contextmanager
def _held_requests_quiet() -> Iterator[None]:
    """The held requests are not failures: their "HTTP 400 ... held" lines are not logged."""
    logger = logging.getLogger("tomtat.extract.llm.transport")
    drop = _DropHeld()
    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)


def _secret(settings: Settings) -> str:
    key = settings.endpoint.api_key
    return key.get_secret_value() if key is not None else "not-needed"


def _timeout(settings: Settings) -> float:
    return settings.run.timeout or default_timeout(settings.endpoint.base_url)


def _over(settings: Settings, transport: http.AsyncBaseTransport) -> Settings:
    """``settings`` with a client for the same endpoint whose requests go to ``transport``."""
    timeout = _timeout(settings)
    client = openai.AsyncOpenAI(
        base_url=settings.endpoint.base_url or OPENAI_URL,
        api_key=_secret(settings),
        timeout=timeout,
        max_retries=0,
        http_client=openai.DefaultAsyncHttpxClient(transport=transport, timeout=timeout),
    )
    return settings.with_changes(client=client)


def summarise_with_batch_api(
    paths: Iterable[str | Path | InputItem] | str | Path,
    out_dir: Path,
    *,
    settings: Settings,
    policy: str = "report",
    on_result: Callable[[ArticleResult], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[ArticleResult]:
    """Summarise every input with its LLM requests sent as one batch; see the module doc."""
    if settings.endpoint.client is not None:
        raise ValueError("--batch builds its own client: do not pass one in the settings")
    inputs = batch_items(paths)
    capture = CaptureTransport()
    with _held_requests_quiet():
        summarise_batch(
            inputs, out_dir, backend="llm", settings=_over(settings, capture), policy=policy
        )
    state_path = out_dir / STATE_FILE
    results = BatchResults()
    if capture.bodies:
        api = openai.OpenAI(
            base_url=settings.endpoint.base_url or OPENAI_URL,
            api_key=_secret(settings),
            timeout=_timeout(settings),
        )
        try:
            batch_id = submit_or_resume(api, capture.bodies, state_path)
            batch = wait_for(api, batch_id, settings.run.batch_poll, sleep)
            results = collect(api, batch, set(capture.bodies))
        except openai.APIError as exc:
            endpoint = endpoint_of(settings.endpoint.base_url)
            reason = scrub(describe(exc, endpoint)[0], [_secret(settings)])
            raise ValueError(f"the Batch API failed: {reason}") from None
        finally:
            api.close()
        log.info(
            "batch %s %s: %d answers, %d failed",
            batch_id,
            results.status,
            len(results.answers),
            len(results.failures),
        )
    replay = ReplayTransport(results, http.AsyncHTTPTransport())
    done = summarise_batch(
        inputs,
        out_dir,
        backend="llm",
        settings=_over(settings, replay),
        policy=policy,
        on_result=on_result,
    )
    state_path.unlink(missing_ok=True)
    return done
