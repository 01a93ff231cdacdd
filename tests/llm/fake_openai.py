"""A scriptable OpenAI-compatible server on 127.0.0.1 for tests and benchmarks (stdlib only).

It answers ``POST /v1/chat/completions`` (and ``GET /v1/models``) over real HTTP, so the real
``openai`` and ``instructor`` clients are exercised end to end, with nothing patched.

API
---
``FakeOpenAI(script=None, *, latency=0.0, default=None)``
    ``script``: an iterable of replies consumed in order, one per request; ``default``: what to
    answer once the script is empty (a :class:`Reply` or a callable ``(Request) -> Reply``;
    without one an empty script answers HTTP 500 "script exhausted"). ``latency``: seconds added
    before every answer (configurable later through the attribute).
    Use as a context manager (``with FakeOpenAI(...) as server``) or ``start()`` / ``stop()``.

``server.base_url``      ``http://127.0.0.1:<port>/v1``, to give to the client.
``server.push(*replies)`` append replies (or callables ``Request -> Reply``) to the script.
``server.requests``      every :class:`Request` received, in arrival order (``body`` is the parsed
                         JSON, ``headers`` a lower-cased dict, ``raw`` the bytes).
``server.chat_requests`` only the ``/chat/completions`` ones.
``server.in_flight`` / ``server.max_in_flight``  requests being answered now / most seen at once.
``server.reset()``       forget requests and the in-flight peak (the script is kept).

Replies (all are :class:`Reply`):
``structured(obj, usage=...)``   the object as the request asked for it: a tool call when the
                                 request has ``tools``, else JSON message content (in a ```json
                                 fence when the request asks for one).
``text(content)``                a plain assistant message.
``completion(message, ...)``     a full chat.completion body around an assistant ``message`` dict.
``error(status, message, retry_after=None)``  an OpenAI-style error body (429/500/400...).
``malformed()``                  HTTP 200 whose body is not JSON.
``drop()``                       close the socket without any answer.
``slow(seconds, then)``          wait ``seconds`` and then send ``then`` (use past a client timeout).
``Reply(..., delay=s)``          any reply can carry its own extra delay.

Batch API (per OpenAI's reference): ``POST /v1/files`` (multipart, ``purpose=batch``) stores
the JSONL; ``POST /v1/batches`` creates a batch (``validating``) over it for
``/v1/chat/completions``; ``GET /v1/batches/{id}`` reports ``in_progress`` for
``server.batch_polls`` polls, then runs every line through the same script as online requests
and reports ``completed`` with ``output_file_id`` / ``error_file_id`` and ``request_counts``;
``GET /v1/files/{id}/content`` returns a file's bytes. A line whose reply is not HTTP 200 goes
to the error file with its status and body. ``server.batch_expire_after = n`` expires the batch
after ``n`` lines: the rest go to the error file with code ``batch_expired``.
``server.batch_lines`` holds every line run through a batch, ``server.batches`` the objects.

Run as a script (``python tests/llm/fake_openai.py --latency 0.3 --responder mod:func``) it prints
its base URL on the first stdout line and serves until killed: benchmarks use that to keep the
server's work out of the measured process.
"""

from __future__ import annotations

import argparse
import collections
import email.parser
import importlib
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    raw: bytes
    body: Any = None
    received_at: float = 0.0

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of a completion request ([] otherwise)."""
        if isinstance(self.body, dict):
            return list(self.body.get("messages") or [])
        return []

    @property
    def text(self) -> str:
        """All message contents joined: handy for finding the article in the prompt."""
        parts = []
        for message in self.messages:
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
        return "\n".join(parts)

    @property
    def mode(self) -> str:
        """How the request asks for structure: tools, json_schema, json_object or text."""
        body = self.body if isinstance(self.body, dict) else {}
        if body.get("tools"):
            return "tools"
        fmt = body.get("response_format") or {}
        return str(fmt.get("type") or "text")


@dataclass
class Reply:
    """What to answer: a status, headers and a body, or a fault (``drop``, ``malformed``)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fault: str | None = None  # "drop" or "malformed"
    builder: Callable[[Request], Reply] | None = None  # for replies shaped by the request


Script = Reply | Callable[[Request], Reply]

DEFAULT_USAGE = {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}


def completion(
    message: dict[str, Any],
    *,
    model: str = "fake-model",
    finish_reason: str = "stop",
    usage: dict[str, int] | None = None,
) -> Reply:
    """A chat.completion body around one assistant ``message``."""
    return Reply(
        body={
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
            "usage": dict(usage or DEFAULT_USAGE),
        }
    )


def text(content: str, **kwargs: Any) -> Reply:
    """A plain assistant message with ``content``."""
    return completion({"role": "assistant", "content": content}, **kwargs)


def structured(obj: Any, *, raw: str | None = None, **kwargs: Any) -> Reply:
    """``obj`` (or the literal string ``raw``) answered in the shape the request asked for."""

    def build(request: Request) -> Reply:
        payload = raw if raw is not None else json.dumps(obj, ensure_ascii=False)
        if request.mode == "tools":
            tools = request.body.get("tools") or []
            name = tools[0]["function"]["name"] if tools else "tool"
            call = {
                "id": f"call_{uuid.uuid4().hex[:8]}",
                "type": "function",
                "function": {"name": name, "arguments": payload},
            }
            message = {"role": "assistant", "content": None, "tool_calls": [call]}
            return completion(message, finish_reason="tool_calls", **kwargs)
        if "```json" in request.text:
            payload = f"```json\n{payload}\n```"
        return text(payload, **kwargs)

    return Reply(builder=build)


def error(status: int, message: str = "fake error", *, retry_after: float | None = None) -> Reply:
    """An OpenAI-style error answer; ``retry_after`` sets the Retry-After header (seconds)."""
    headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
    kind = (
        "rate_limit_error"
        if status == 429
        else "server_error"
        if status >= 500
        else "invalid_request_error"
    )
    return Reply(status=status, body={"error": {"message": message, "type": kind}}, headers=headers)


def malformed() -> Reply:
    """HTTP 200 with a body that is not JSON."""
    return Reply(fault="malformed")


def drop() -> Reply:
    """Close the connection without answering."""
    return Reply(fault="drop")


def slow(seconds: float, then: Script) -> Script:
    """Answer ``then`` after ``seconds`` (past the client's timeout, the client gives up first)."""

    def build(request: Request) -> Reply:
        reply = _resolve(then, request)
        reply.delay += seconds
        return reply

    return build


def _resolve(item: Script, request: Request) -> Reply:
    reply = item(request) if callable(item) and not isinstance(item, Reply) else item
    assert isinstance(reply, Reply)
    while reply.builder is not None:
        built = reply.builder(request)
        built.delay += reply.delay
        reply = built
    return Reply(reply.status, reply.body, dict(reply.headers), reply.delay, reply.fault)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # buffer headers and body, one flush per answer (no Nagle stalls)
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:
        """``/v1/models``, ``/v1/batches/{id}``, ``/v1/files/{id}/content``; else a 404."""
        path = self.path.split("?")[0].rstrip("/")
        fake = self.server.fake
        if path.endswith("/models"):
            self._send(
                Reply(body={"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
            )
        elif "/batches/" in path:
            self._send(fake._poll_batch(path.rsplit("/", 1)[1]))
        elif path.endswith("/content") and "/files/" in path:
            file_id = path.split("/files/")[1].split("/")[0]
            stored = fake.files.get(file_id)
            if stored is None:
                self._send(error(404, f"no file {file_id}"))
            else:
                self._send_bytes(stored["content"], "application/octet-stream")
        else:
            self._send(error(404, "not found"))

    def do_POST(self) -> None:
        """Record the request, take the next scripted reply, wait, answer (or fault)."""
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        request = Request(
            method="POST",
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            raw=raw,
            body=body,
            received_at=time.monotonic(),
        )
        fake = self.server.fake
        route = self.path.split("?")[0].rstrip("/")
        if route.endswith("/files") or route.endswith("/batches"):
            with fake._lock:
                fake.requests.append(request)
            if route.endswith("/files"):
                self._send(fake._store_file(self.headers.get("Content-Type", ""), raw))
            else:
                self._send(fake._create_batch(body))
            return
        with fake._lock:
            fake.requests.append(request)
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
            item = fake._next()
        try:
            if not self.path.rstrip("/").endswith("/chat/completions"):
                reply = error(404, f"no route {self.path}")
            elif item is None:
                reply = error(500, "script exhausted")
            else:
                try:
                    reply = _resolve(item, request)
                except Exception as exc:  # a broken script answers 500, visibly
                    reply = error(500, f"fake server script failed: {exc!r}")
            wait = fake.latency + reply.delay
            if wait > 0:
                time.sleep(wait)
            self._send(reply)
        finally:
            with fake._lock:
                fake.in_flight -= 1

    def _send_bytes(self, data: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _send(self, reply: Reply) -> None:
        try:
            if reply.fault == "drop":
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            if reply.fault == "malformed":
                data = b'{"id": "chatcmpl-broken", "choices": [ {"message": '
                content_type = "application/json"
            else:
                data = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
                content_type = "application/json"
            self.send_response(reply.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 512
    fake: FakeOpenAI


class FakeOpenAI:
    """The server: a script of replies, a record of requests, the in-flight peak."""

    def __init__(
        self,
        script: Iterable[Script] | None = None,
        *,
        latency: float = 0.0,
        default: Script | None = None,
    ) -> None:
        self.latency = latency
        self.default = default
        self.requests: list[Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._script: collections.deque[Script] = collections.deque(script or ())
        self._lock = threading.Lock()
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_lines: list[Request] = []
        self.batch_polls = 1
        self.batch_expire_after: int | None = None
        self._polls: dict[str, int] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle -----------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        """Bind 127.0.0.1 on a free port and serve in a daemon thread."""
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (answers still sleeping are abandoned)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # script --------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """The ``/v1`` base URL clients should use."""
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *items: Script) -> None:
        """Append replies (or callables) to the script."""
        with self._lock:
            self._script.extend(items)

    def _next(self) -> Script | None:
        if self._script:
            return self._script.popleft()
        return self.default

    @property
    def chat_requests(self) -> list[Request]:
        """Requests made to ``/chat/completions``."""
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    # Batch API -------------------------------------------------------------------------------
    def _store_file(self, content_type: str, raw: bytes) -> Reply:
        """``POST /v1/files``: a multipart upload with ``purpose`` and ``file``."""
        message = email.parser.BytesParser().parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + raw
        )
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.get_payload() if message.is_multipart() else []:
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
        if "file" not in fields:
            return error(400, "no file in the upload")
        purpose = fields.get("purpose", (None, b""))[1].decode()
        file_id = f"file-{uuid.uuid4().hex[:16]}"
        obj = {
            "id": file_id,
            "object": "file",
            "bytes": len(fields["file"][1]),
            "created_at": int(time.time()),
            "filename": fields["file"][0] or "upload.jsonl",
            "purpose": purpose,
        }
        with self._lock:
            self.files[file_id] = {"meta": obj, "content": fields["file"][1]}
        return Reply(body=obj)

    def _create_batch(self, body: Any) -> Reply:
        """``POST /v1/batches`` over an uploaded ``purpose=batch`` file."""
        if not isinstance(body, dict):
            return error(400, "expected a JSON body")
        stored = self.files.get(str(body.get("input_file_id")))
        if stored is None or stored["meta"]["purpose"] != "batch":
            return error(400, "input_file_id must name a file uploaded with purpose=batch")
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            return error(400, "endpoint must be /v1/chat/completions, completion_window 24h")
        lines = stored["content"].decode("utf-8").splitlines()
        batch_id = f"batch_{uuid.uuid4().hex[:16]}"
        obj: dict[str, Any] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "errors": None,
            "input_file_id": body["input_file_id"],
            "completion_window": "24h",
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": int(time.time()),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
        }
        with self._lock:
            self.batches[batch_id] = obj
            self._polls[batch_id] = 0
        return Reply(body=dict(obj))

    def _poll_batch(self, batch_id: str) -> Reply:
        """``GET /v1/batches/{id}``: in progress for ``batch_polls`` polls, then run it."""
        with self._lock:
            obj = self.batches.get(batch_id)
            if obj is None:
                return error(404, f"no batch {batch_id}")
            self._polls[batch_id] += 1
            if obj["status"] in ("validating", "in_progress"):
                if self._polls[batch_id] <= self.batch_polls:
                    obj["status"] = "in_progress"
                    return Reply(body=dict(obj))
            else:
                return Reply(body=dict(obj))
        self._run_batch(obj)
        return Reply(body=dict(obj))

    def _run_batch(self, obj: dict[str, Any]) -> None:
        content = self.files[obj["input_file_id"]]["content"].decode("utf-8")
        outputs: list[str] = []
        errors: list[str] = []
        for index, line in enumerate(content.splitlines()):
            item = json.loads(line)
            line_id = f"batch_req_{uuid.uuid4().hex[:12]}"
            if self.batch_expire_after is not None and index >= self.batch_expire_after:
                failure = {
                    "code": "batch_expired",
                    "message": "This request could not be executed before the completion window expired.",
                }
                errors.append(
                    json.dumps(
                        {
                            "id": line_id,
                            "custom_id": item["custom_id"],
                            "response": None,
                            "error": failure,
                        }
                    )
                )
                continue
            request = Request(
                method="POST",
                path=item["url"],
                headers={},
                raw=json.dumps(item["body"]).encode(),
                body=item["body"],
                received_at=time.monotonic(),
            )
            with self._lock:
                self.batch_lines.append(request)
                script = self._next()
            reply = (
                _resolve(script, request) if script is not None else error(500, "script exhausted")
            )
            response = {"status_code": reply.status, "request_id": line_id, "body": reply.body}
            record = json.dumps(
                {
                    "id": line_id,
                    "custom_id": item["custom_id"],
                    "response": response,
                    "error": None,
                },
                ensure_ascii=False,
            )
            (outputs if reply.status == 200 else errors).append(record)
        with self._lock:
            for kind, records in (("output_file_id", outputs), ("error_file_id", errors)):
                if records:
                    file_id = f"file-{uuid.uuid4().hex[:16]}"
                    data = ("\n".join(records) + "\n").encode("utf-8")
                    meta = {
                        "id": file_id,
                        "object": "file",
                        "bytes": len(data),
                        "created_at": int(time.time()),
                        "filename": f"{kind}.jsonl",
                        "purpose": "batch_output",
                    }
                    self.files[file_id] = {"meta": meta, "content": data}
                    obj[kind] = file_id
            expired = self.batch_expire_after is not None
            obj["status"] = "expired" if expired else "completed"
            obj["request_counts"] = {
                "total": len(outputs) + len(errors),
                "completed": len(outputs),
                "failed": len(errors),
            }

    def reset(self) -> None:
        """Forget recorded requests and the in-flight peak."""
        with self._lock:
            self.requests.clear()
            self.max_in_flight = self.in_flight


def main(argv: list[str] | None = None) -> None:
    """Serve until killed; print the base URL first (for benchmarks in another process)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--responder", required=True, help="module:function, (Request) -> Reply")
    args = parser.parse_args(argv)
    module_name, func_name = args.responder.split(":")
    responder = getattr(importlib.import_module(module_name), func_name)
    server = FakeOpenAI(latency=args.latency, default=responder).start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    # Run through the importable module, so replies built by a responder (which imports
    # ``fake_openai``) are instances of the same classes the server checks against.
    import fake_openai

    fake_openai.main()
