"""The fault soak: a fake-LLM responder that fails a share of requests, and a batch runner.

Shared by ``tests/reliability/test_soak.py`` and ``benchmarks/soak.py``. The responder answers
each request for the generated article it carries (:mod:`genre`), except that, drawn from a
seeded generator, ``fail_rate`` of requests fail at the transport level (429 with Retry-After,
500, a timeout, a dropped connection) and ``bad_rate`` get an unusable answer (a body that is
not JSON, a schema-invalid object, prose instead of JSON). Articles listed in ``always_fail``
get HTTP 400 every time, so that some articles fail for good.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
for _extra in (_HERE.parent / "llm", _HERE):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import fake_openai as fo  # noqa: E402
import genre  # noqa: E402

FAULTS = ("429", "500", "timeout", "drop")
BAD_ANSWERS = ("malformed", "schema_invalid", "prose")


class FaultyResponder:
    """A ``(Request) -> Reply`` callable for :class:`fake_openai.FakeOpenAI` with seeded faults."""

    def __init__(
        self,
        *,
        seed: int = 7,
        fail_rate: float = 0.30,
        bad_rate: float = 0.10,
        timeout_after: float = 1.0,
        always_fail: frozenset[int] = frozenset(),
        faults: tuple[str, ...] = FAULTS,
        bad_answers: tuple[str, ...] = BAD_ANSWERS,
    ) -> None:
        self.rng = random.Random(seed)
        self.fail_rate = fail_rate
        self.bad_rate = bad_rate
        self.timeout_after = timeout_after
        self.always_fail = always_fail
        self.faults = faults
        self.bad_answers = bad_answers
        self.outcomes: Counter[str] = Counter()
        self.articles: Counter[int] = Counter()
        self._lock = threading.Lock()

    def __call__(self, request: fo.Request) -> fo.Reply:
        """The reply for one request."""
        text = genre.article_of(request.text)
        index = genre.report_number(text)
        with self._lock:
            draw = self.rng.random()
            pick = self.rng.random()
            if index is not None:
                self.articles[index] += 1
        if index is None:
            self._count("unknown")
            return fo.error(400, "no article in the prompt")
        if index in self.always_fail:
            self._count("400")
            return fo.error(400, f"this model cannot process article {index}")
        if draw < self.fail_rate:
            kind = self.faults[int(pick * len(self.faults))]
            self._count(kind)
            if kind == "429":
                return fo.error(429, "rate limited", retry_after=0.01)
            if kind == "500":
                return fo.error(500, "upstream overloaded")
            if kind == "timeout":
                reply = self._good(text, request)
                reply.delay += self.timeout_after
                return reply
            return fo.drop()
        if draw < self.fail_rate + self.bad_rate:
            kind = self.bad_answers[int(pick * len(self.bad_answers))]
            self._count(kind)
            if kind == "malformed":
                return fo.malformed()
            if kind == "schema_invalid":
                broken = {"awards": [{"type": "Giấy khen", "collectives": "nhiều", "quote": 5}]}
                return self._resolve(fo.structured(broken), request)
            return fo.text("Xin lỗi, tôi không thể trích xuất thông tin từ bài viết này.")
        self._count("ok")
        return self._good(text, request)

    def _count(self, kind: str) -> None:
        with self._lock:
            self.outcomes[kind] += 1

    @staticmethod
    def _resolve(reply: fo.Reply, request: fo.Request) -> fo.Reply:
        while reply.builder is not None:
            reply = reply.builder(request)
        return reply

    def _good(self, text: str, request: fo.Request) -> fo.Reply:
        return self._resolve(fo.structured(genre.answer_for(text)), request)


def write_articles(folder: Path, count: int, seed: int = 20261122) -> dict[str, genre.GenreArticle]:
    """Write ``count`` generated articles into ``folder``; returns them by file stem."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for index in range(count):
        article = genre.make_article(index, seed)
        (folder / f"{article.stem}.txt").write_text(article.text, encoding="utf-8")
        made[article.stem] = article
    return made


@dataclass
class OutputCheck:
    """What a batch left in its output folder."""

    ok: dict[str, dict[str, Any]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    corrupt: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    both: list[str] = field(default_factory=list)
    temporary: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def inspect_outputs(out_dir: Path, articles: dict[str, genre.GenreArticle]) -> OutputCheck:
    """Parse every output file; sort articles into summarised, failed, missing; check figures.

    A summary counts as ``wrong`` when it holds no validation finding and yet its awards'
    counts differ from the article's: that would be an answer crossed between articles.
    """
    check = OutputCheck()
    for path in sorted(out_dir.iterdir()) if out_dir.exists() else []:
        if path.name.endswith(".tmp"):
            check.temporary.append(path.name)
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            check.corrupt.append(path.name)
            continue
        if path.name.endswith(".error.json"):
            check.failed[path.name.removesuffix(".error.json")] = str(data.get("error"))
        elif path.name.endswith(".json"):
            check.ok[path.name.removesuffix(".json")] = data
    for stem, article in articles.items():
        if stem in check.ok and stem in check.failed:
            check.both.append(stem)
        if stem not in check.ok and stem not in check.failed:
            check.missing.append(stem)
        data = check.ok.get(stem)
        if data is None:
            continue
        if any(f.get("kind") == "validation_error" for f in data.get("checks", [])):
            continue
        got = sorted((a.get("collectives"), a.get("individuals")) for a in data.get("awards", []))
        want = sorted((a["collectives"], a["individuals"]) for a in article.awards)
        if got != want:
            check.wrong.append(stem)
    return check


def soak_settings(base_url: str, cache_dir: Path, **overrides: Any) -> Any:
    """Settings for the fake server with small timeouts and backoffs (the soak runs in seconds)."""
    from tomtat.config import Settings

    values: dict[str, Any] = {
        "base_url": base_url,
        "model": "fake-model",
        "cache_dir": cache_dir,
        "timeout": 0.5,
        "max_retries": 1,
        "transport_retries": 3,
        "backoff_initial": 0.01,
        "backoff_max": 0.05,
        "retry_total": 10.0,
        "concurrency": 8,
    }
    values.update(overrides)
    return Settings(**values)


@dataclass
class SoakOutcome:
    """Figures of one soak: articles, outcomes, requests, time, and output-file problems."""

    articles: int
    summarised: int
    failed: int
    requests_first: int
    requests_second: int
    second_run_articles: list[int]
    failed_first: list[int]
    seconds: float
    faults: dict[str, int]
    check: OutputCheck
    second_check: OutputCheck
    reasons: list[str]


def run_soak(workdir: Path, count: int = 500, *, seed: int = 7) -> SoakOutcome:
    """Summarise ``count`` generated articles against a faulty fake server, then run again."""
    from tomtat.pipeline import summarise_batch

    in_dir, out_dir = workdir / "in", workdir / "out"
    articles = write_articles(in_dir, count)
    always_fail = frozenset(i for i in range(count) if i % 50 == 49)
    responder = FaultyResponder(seed=seed, always_fail=always_fail)
    with fo.FakeOpenAI(default=responder) as server:
        settings = soak_settings(server.base_url, workdir / "cache")
        started = time.perf_counter()
        results = summarise_batch([in_dir], out_dir, backend="llm", settings=settings)
        seconds = time.perf_counter() - started
        requests_first = len(server.chat_requests)
        check = inspect_outputs(out_dir, articles)
        faults = dict(responder.outcomes)
        failed_first = sorted(
            i for r in results if not r.ok if (i := int(r.article_id.split("_")[1])) >= 0
        )
        server.reset()
        responder.articles.clear()
        summarise_batch([in_dir], out_dir, backend="llm", settings=settings)
        requests_second = len(server.chat_requests)
        second_articles = sorted(responder.articles)
        second_check = inspect_outputs(out_dir, articles)
    return SoakOutcome(
        articles=count,
        summarised=sum(1 for r in results if r.ok),
        failed=sum(1 for r in results if not r.ok),
        requests_first=requests_first,
        requests_second=requests_second,
        second_run_articles=second_articles,
        failed_first=failed_first,
        seconds=seconds,
        faults=faults,
        check=check,
        second_check=second_check,
        reasons=[str(r.error) for r in results if not r.ok],
    )
