"""Fault soak against the fake OpenAI-compatible server: 500 generated articles with 30% of
requests failing and 10% of answers unusable; then a run killed half-way and restarted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import fake_openai as fo
import pytest
from faults import FaultyResponder, inspect_outputs, run_soak, write_articles
from genre import article_of, report_number

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_fault_soak_500(tmp_path: Path) -> None:
    """Every article ends summarised or failed with its reason; every file parses; answers are
    never crossed between articles; a second run asks only for the failed ones."""
    outcome = run_soak(tmp_path, 500)
    check = outcome.check
    print(
        f"\nsoak: {outcome.summarised} summarised, {outcome.failed} failed, "
        f"{outcome.requests_first} requests ({outcome.faults}) in {outcome.seconds:.1f} s; "
        f"second run {outcome.requests_second} requests for {len(outcome.failed_first)} failed"
    )
    assert outcome.summarised + outcome.failed == 500
    assert check.corrupt == [] and check.missing == [] and check.both == []
    assert check.temporary == []
    assert check.wrong == [], f"answers crossed between articles: {check.wrong[:5]}"
    assert len(check.ok) == outcome.summarised and len(check.failed) == outcome.failed
    # the faults really happened, at about the rates asked for
    faults = outcome.faults
    failing = sum(faults.get(k, 0) for k in ("429", "500", "timeout", "drop"))
    assert failing >= 0.2 * outcome.requests_first, faults
    assert sum(faults.get(k, 0) for k in ("malformed", "schema_invalid", "prose")) > 0
    # the permanent failures (every 50th article) failed with the server's reason
    assert set(range(49, 500, 50)) <= set(outcome.failed_first)
    for reason in outcome.reasons:
        assert reason and "\n" not in reason and "Traceback" not in reason
        assert not reason.startswith("internal error"), reason
    # most articles get through the faults
    assert outcome.summarised >= 0.9 * 500
    # second run: requests only for the articles that failed the first time
    assert set(outcome.second_run_articles) == set(outcome.failed_first)
    assert outcome.requests_second >= len(outcome.failed_first)
    assert outcome.second_check.corrupt == [] and outcome.second_check.missing == []


def _cli(in_dir: Path, out_dir: Path, base_url: str, cache: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tomtat",
        "summarise",
        str(in_dir),
        "--out",
        str(out_dir),
        "--backend",
        "llm",
        "--base-url",
        base_url,
        "--model",
        "fake-model",
        "--cache-dir",
        str(cache),
        "--concurrency",
        "2",
        "--timeout",
        "5",
        "--max-retries",
        "1",
    ]


def _env() -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _requested(server: fo.FakeOpenAI) -> set[int]:
    found = set()
    for request in server.chat_requests:
        index = report_number(article_of(request.text))
        if index is not None:
            found.add(index)
    return found


@pytest.mark.slow
def test_killed_run_resumes(tmp_path: Path) -> None:
    """SIGKILL ``python -m tomtat summarise`` half-way: no corrupt file is left; the restart
    does only the rest; a further run calls the LLM only for the articles that failed."""
    count = 120
    in_dir, out_dir, cache = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    articles = write_articles(in_dir, count)
    always_fail = frozenset(i for i in range(count) if i % 10 == 7)
    responder = FaultyResponder(
        seed=11,
        fail_rate=0.10,
        bad_rate=0.05,
        faults=("429",),  # Retry-After 0.01 s: the CLI's default backoff is never waited
        bad_answers=("schema_invalid",),  # a re-ask, not a transport retry
        always_fail=always_fail,
    )
    with fo.FakeOpenAI(default=responder, latency=0.05) as server:
        command = _cli(in_dir, out_dir, server.base_url, cache)
        process = subprocess.Popen(
            command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            done = list(out_dir.glob("*.json")) if out_dir.exists() else []
            if len(done) >= 15:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the run finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL

        first = inspect_outputs(out_dir, articles)
        assert first.corrupt == [], f"partial files after SIGKILL: {first.corrupt}"
        assert first.both == []
        done_before = {int(stem.split("_")[1]) for stem in first.ok}
        assert 15 <= len(first.ok) + len(first.failed) < count

        server.reset()
        rerun = subprocess.run(
            command, env=_env(), capture_output=True, text=True, timeout=180, check=False
        )
        assert "Traceback" not in rerun.stderr, rerun.stderr[-3000:]
        assert rerun.returncode == 1, rerun.stderr[-2000:]  # the always-failing articles
        second = inspect_outputs(out_dir, articles)
        assert second.corrupt == [] and second.missing == [] and second.both == []
        assert second.wrong == []
        asked_again = _requested(server) & done_before
        assert asked_again == set(), f"re-asked finished articles {sorted(asked_again)}"
        failed = {int(stem.split("_")[1]) for stem in second.failed}
        assert failed == set(always_fail), second.failed
        for reason in second.failed.values():
            assert "HTTP 400" in reason and "\n" not in reason

        server.reset()
        third = subprocess.run(
            command, env=_env(), capture_output=True, text=True, timeout=180, check=False
        )
        assert "Traceback" not in third.stderr
        requests = len(server.chat_requests)
        print(
            f"\nkill/resume: third run sent {requests} requests for {len(failed)} failed articles"
        )
        assert _requested(server) == failed
        assert requests == len(failed)  # a 400 is not retried
        assert f"{count - len(failed)} kept from an earlier run" in third.stderr
        for stem, data in inspect_outputs(out_dir, articles).ok.items():
            assert data["id"] == stem
            json.dumps(data)
