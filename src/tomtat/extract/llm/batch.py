"""The Batch API's side of the LLM path: hold requests, submit them as one batch, replay the
answers.

The requests are the ones the online path builds: the run goes through the same instructor
client twice. First over :class:`CaptureTransport`, which records every chat request body and
answers "held for the Batch API" (no network); then, once the batch is done, over
:class:`ReplayTransport`, which answers each recorded body with the batch's answer, so that
every answer is validated, re-asked, cached, mapped and checked exactly as an online one.
Requests the batch did not hold (re-asks, revisions) go to the endpoint online; requests the
batch failed or left undone (expired) get the batch's error, so the article is written as an
error and a later run submits it again. Replayed answers carry :data:`BATCH_ID_PREFIX` in their
id, so usage and cost can count them at the batch price.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai

from tomtat.extract.llm.transport import BATCH_ID_PREFIX, http

log = logging.getLogger(__name__)

HELD = "held for the Batch API"
ENDPOINT = "/v1/chat/completions"
STATE_FILE = ".tomtat-batch.json"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


def request_key(body: bytes) -> str:
    """The batch ``custom_id`` of a chat request: sha256 of its canonical JSON body."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, ensure_ascii=False)
    except ValueError:
        canonical = body.decode("utf-8", "replace")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:40]


def _is_chat(request: http.Request) -> bool:
    return request.method == "POST" and request.url.path.rstrip("/").endswith("/chat/completions")


class CaptureTransport(http.AsyncBaseTransport):
    """Records every chat request body; answers each with HTTP 400 "held for the Batch API"."""

    def __init__(self) -> None:
        self.bodies: dict[str, dict[str, Any]] = {}

    async def handle_async_request(self, request: http.Request) -> http.Response:
        """Hold the request (never sent anywhere)."""
        content = await request.aread()
        if _is_chat(request):
            self.bodies[request_key(content)] = json.loads(content)
        return http.Response(
            400, json={"error": {"message": HELD, "type": "invalid_request_error"}}
        )


@dataclass
class BatchResults:
    """What a finished batch gave: answers and failures by ``custom_id``."""

    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    status: str = "completed"


class ReplayTransport(http.AsyncBaseTransport):
    """Answers held requests from the batch's results; sends any other request on."""

    def __init__(self, results: BatchResults, forward: http.AsyncBaseTransport) -> None:
        self.results = results
        self.forward = forward
        self.replayed = 0

    async def handle_async_request(self, request: http.Request) -> http.Response:
        """The batch's answer or error for a held body; the endpoint for anything else."""
        if _is_chat(request):
            key = request_key(await request.aread())
            answer = self.results.answers.get(key)
            if answer is not None:
                self.replayed += 1
                body = {**answer, "id": f"{BATCH_ID_PREFIX}{answer.get('id', key)}"}
                return http.Response(200, json=body)
            failure = self.results.failures.get(key)
            if failure is not None:
                message = f"the Batch API did not answer this request ({failure}); run again to resubmit it"
                return http.Response(
                    400, json={"error": {"message": message, "type": "batch_error"}}
                )
        return await self.forward.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the forwarding transport."""
        await self.forward.aclose()


def jsonl(bodies: dict[str, dict[str, Any]]) -> bytes:
    """The batch input file: one ``{custom_id, method, url, body}`` line per request."""
    lines = [
        json.dumps(
            {"custom_id": key, "method": "POST", "url": ENDPOINT, "body": body},
            ensure_ascii=False,
        )
        for key, body in sorted(bodies.items())
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _read_state(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("batch_id"), str) else None


def submit_or_resume(
    client: openai.OpenAI, bodies: dict[str, dict[str, Any]], state_path: Path
) -> str:
    """The id of the batch holding ``bodies``: the one saved in ``state_path`` when it holds
    them all (an interrupted run resumes polling instead of paying again), else a new one."""
    state = _read_state(state_path)
    if state is not None and set(bodies) <= set(state.get("keys") or []):
        log.info("resuming batch %s", state["batch_id"])
        return str(state["batch_id"])
    if state is not None:
        log.warning("batch %s holds other requests: submitting a new batch", state["batch_id"])
    upload = client.files.create(file=("tomtat-requests.jsonl", jsonl(bodies)), purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"tool": "tomtat"},
    )
    state_path.parent.mkdir(parents=True, exist_ok=True)
    state_path.write_text(
        json.dumps(
            {"batch_id": batch.id, "input_file_id": upload.id, "keys": sorted(bodies)}, indent=1
        ),
        encoding="utf-8",
    )
    log.info("submitted batch %s with %d requests", batch.id, len(bodies))
    return batch.id


def wait_for(
    client: openai.OpenAI,
    batch_id: str,
    poll: float,
    sleep: Callable[[float], None] = time.sleep,
) -> Any:
    """Poll the batch until it is completed, failed, expired or cancelled."""
    while True:
        batch = client.batches.retrieve(batch_id)
        if batch.status in TERMINAL:
            return batch
        counts = batch.request_counts
        log.info(
            "batch %s %s (%s/%s done)",
            batch_id,
            batch.status,
            getattr(counts, "completed", "?"),
            getattr(counts, "total", "?"),
        )
        sleep(poll)


def _line_failure(record: dict[str, Any]) -> str:
    error = record.get("error")
    if isinstance(error, dict):
        return f"{error.get('code') or 'error'}: {error.get('message') or ''}".strip()
    response = record.get("response") or {}
    body = response.get("body") if isinstance(response, dict) else None
    inner = body.get("error") if isinstance(body, dict) else None
    message = inner.get("message") if isinstance(inner, dict) else None
    return f"HTTP {response.get('status_code')}: {message or 'no answer'}"


def collect(client: openai.OpenAI, batch: Any, keys: set[str]) -> BatchResults:
    """Download the output and error files; every held key ends as an answer or a failure."""
    results = BatchResults(status=str(batch.status))
    for file_id in (batch.output_file_id, batch.error_file_id):
        if not file_id:
            continue
        for line in client.files.content(file_id).text.splitlines():
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                log.warning("unreadable line in batch file %s", file_id)
                continue
            key = str(record.get("custom_id"))
            response = record.get("response")
            if (
                isinstance(response, dict)
                and response.get("status_code") == 200
                and isinstance(response.get("body"), dict)
            ):
                results.answers[key] = response["body"]
            else:
                results.failures[key] = _line_failure(record)
    why = {
        "expired": "the batch expired before this request ran",
        "failed": "the batch failed validation",
        "cancelled": "the batch was cancelled",
    }.get(results.status, "no result in the batch's files")
    for key in keys - set(results.answers) - set(results.failures):
        results.failures[key] = why
    return results
