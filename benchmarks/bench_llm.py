"""Benchmark of the LLM path against the fake OpenAI server (in its own process).

    .venv/bin/python benchmarks/bench_llm.py [--articles 200] [--concurrency 32] [--latency 0.3]

Measures (1) a batch of N articles at concurrency C against a server that takes ``latency``
seconds per answer, versus the ideal N/C*latency; (2) the library's own time per article beyond
the HTTP round trip (LLMExtractor.extract minus a bare HTTP POST of the same request, both with
no server latency); (3) re-runs: the same batch again into the same output folder (outputs
reused) and into a fresh folder (answers from the cache), versus the first run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "llm"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fake_openai as fo  # noqa: E402

PLACES = ["Krông Búk", "Đức Trọng", "Cam Lộ", "An Khê", "Đạ Tẻh", "Phù Mỹ", "Lắk", "Hướng Hóa"]
_AWARD = re.compile(
    r"((?:Giám đốc Công an tỉnh|UBND huyện [^ ]+ ?[^ ]*) tặng Giấy khen cho (\d+) tập thể và (\d+) cá nhân)"
)
_CASES = re.compile(r"(điều tra, làm rõ (\d+) vụ)")
_PERSON = re.compile(r"(đồng chí ([A-ZĐ][^,]+), (Phó Chủ tịch UBND huyện))")


def make_article(i: int) -> str:
    """A report in the genre (about 1 500 characters) whose numbers vary with ``i``."""
    place = PLACES[i % len(PLACES)]
    filler = (
        "Công tác tuần tra, kiểm soát được tăng cường; phong trào toàn dân bảo vệ an ninh Tổ quốc "
        "tiếp tục phát triển sâu rộng, nhiều mô hình tự quản được duy trì hiệu quả. "
    ) * 4
    return (
        f"Công an huyện {place} tổng kết công tác năm 2022\n\n"
        f"Chiều {1 + i % 27}/12, Công an huyện {place} tổ chức hội nghị tổng kết công tác năm "
        f"2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Lê Văn Hùng, Phó Chủ tịch "
        f"UBND huyện.\n\n"
        f"Trong năm, lực lượng đã điều tra, làm rõ {20 + i} vụ phạm tội hình sự. {filler}\n\n"
        f"Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho {2 + i % 5} tập thể và "
        f"{3 + i % 7} cá nhân có thành tích xuất sắc."
    )


def respond(request: fo.Request) -> fo.Reply:
    """A correct answer for the article in ``request`` (used by the server process)."""
    match = re.search(r"<article>\n(.*?)\n</article>", request.text, re.DOTALL)
    text = match.group(1) if match else ""
    answer: dict[str, Any] = {
        "event": {"kinds": ["tổng kết", "triển khai"], "review_start": 2022, "review_end": 2022},
        "people": [],
        "awards": [],
        "statistics": [],
        "conflicts": [],
    }
    if m := _PERSON.search(text):
        answer["people"].append({"name": m.group(2), "title": m.group(3), "quote": m.group(1)})
    if m := _AWARD.search(text):
        answer["awards"].append(
            {
                "type": "Giấy khen",
                "issuer": "Giám đốc Công an tỉnh",
                "collectives": int(m.group(2)),
                "individuals": int(m.group(3)),
                "quote": m.group(1),
            }
        )
    if m := _CASES.search(text):
        answer["statistics"].append(
            {
                "label": "vụ phạm tội được làm rõ",
                "value": int(m.group(2)),
                "unit": "vụ",
                "quote": m.group(1),
            }
        )
    reply = fo.structured(answer)
    assert reply.builder is not None
    return reply.builder(request)


class Server:
    """The fake server in a child process (so its work is not measured with ours)."""

    def __init__(self, latency: float) -> None:
        env = dict(
            os.environ,
            PYTHONPATH=os.pathsep.join(
                [
                    str(ROOT / "tests" / "llm"),
                    str(Path(__file__).resolve().parent),
                    str(ROOT / "src"),
                ]
            ),
        )
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "llm" / "fake_openai.py"),
                "--latency",
                str(latency),
                "--responder",
                "bench_llm:respond",
            ],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert self.proc.stdout is not None
        self.base_url = self.proc.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            raise RuntimeError("fake server did not start")

    def close(self) -> None:
        """Stop the server process."""
        self.proc.terminate()
        self.proc.wait(timeout=5)


def settings(base_url: str, cache: Path, concurrency: int, **extra: Any) -> Any:
    """Settings for the benchmark's endpoint."""
    from tomtat.config import Settings

    return Settings(
        base_url=base_url,
        model="bench-model",
        cache_dir=cache,
        concurrency=concurrency,
        timeout=30.0,
        **extra,
    )


def batch_run(n: int, conc: int, latency: float, work: Path) -> dict[str, float]:
    """Time the extraction stage, the full batch and two kinds of re-run."""
    from tomtat.pipeline import summarise_batch

    inputs = work / "in"
    inputs.mkdir()
    for i in range(n):
        (inputs / f"art{i:04d}.txt").write_text(make_article(i), encoding="utf-8")
    server = Server(latency)
    try:
        # warm-up (imports, first connection), not measured
        warm = work / "warm"
        warm.mkdir()
        (warm / "w.txt").write_text(make_article(999), encoding="utf-8")
        summarise_batch(
            warm,
            work / "warm-out",
            backend="llm",
            settings=settings(server.base_url, work / "warm-cache", conc),
        )
        # the extraction stage alone, driven the way the batch runner drives it (worker
        # threads -> the extractor's event loop), without loading, cross-check or writing
        from concurrent.futures import ThreadPoolExecutor

        from tomtat.extract.llm import LLMExtractor
        from tomtat.text.article import Article

        arts = [Article(id=f"x{i}", text=make_article(i)) for i in range(n)]
        with LLMExtractor(settings(server.base_url, work / "xcache", conc)) as extractor:
            extractor.extract(Article(id="warm", text=make_article(998)))
            with ThreadPoolExecutor(conc) as pool:
                t0, c0 = time.perf_counter(), time.process_time()
                list(pool.map(extractor.extract, arts))
                extract_only = time.perf_counter() - t0
                extract_cpu = time.process_time() - c0
        s = settings(server.base_url, work / "cache", conc)
        t0 = time.perf_counter()
        results = summarise_batch(inputs, work / "out", backend="llm", settings=s)
        first = time.perf_counter() - t0
        assert all(r.ok for r in results), [r.error for r in results if not r.ok][:3]
        t0 = time.perf_counter()
        again = summarise_batch(inputs, work / "out", backend="llm", settings=s)
        reused = time.perf_counter() - t0
        assert all(r.skipped for r in again)
        t0 = time.perf_counter()
        cached = summarise_batch(inputs, work / "out2", backend="llm", settings=s)
        from_cache = time.perf_counter() - t0
        assert all(r.summary is not None and r.summary.meta.cached for r in cached)
    finally:
        server.close()
    return {
        "first": first,
        "extract": extract_only,
        "extract_cpu": extract_cpu,
        "reused": reused,
        "from_cache": from_cache,
        "ideal": n / conc * latency,
        "waves": math.ceil(n / conc) * latency,
    }


def overhead_run(samples: int, work: Path) -> dict[str, float]:
    """Median time per article of a bare HTTP POST, of extract(), of extract + cross-check."""
    import httpx2 as httpx

    from tomtat.extract.llm import LLMExtractor
    from tomtat.pipeline import summarise_article
    from tomtat.text.article import Article

    server = Server(0.0)
    try:
        articles = [Article(id=f"o{i}", text=make_article(i)) for i in range(samples + 5)]
        extractor = LLMExtractor(settings(server.base_url, work / "ocache", 1, use_cache=False))
        for a in articles[:5]:
            extractor.extract(a)  # warm-up
        lib = []
        c0 = time.process_time()
        for a in articles[5:]:
            t0 = time.perf_counter()
            extractor.extract(a)
            lib.append(time.perf_counter() - t0)
        lib_cpu = (time.process_time() - c0) / samples
        pipe = []
        for a in articles[5:]:
            t0 = time.perf_counter()
            summarise_article(a, extractor)
            pipe.append(time.perf_counter() - t0)
        extractor.close()
        # the same request body, posted bare over a keep-alive connection
        body = None
        with fo.FakeOpenAI(default=lambda r: fo.text("{}")) as probe:
            probe_ex = LLMExtractor(settings(probe.base_url, work / "pcache", 1, use_cache=False))
            try:
                probe_ex.extract(articles[0])
            except Exception:
                pass
            probe_ex.close()
            body = probe.chat_requests[0].raw
        raw = []
        c0 = time.process_time()
        with httpx.Client(base_url=server.base_url) as client:
            for _ in range(5):
                client.post(
                    "/chat/completions", content=body, headers={"Content-Type": "application/json"}
                )
            for _ in range(samples):
                t0 = time.perf_counter()
                r = client.post(
                    "/chat/completions", content=body, headers={"Content-Type": "application/json"}
                )
                json.loads(r.content)
                raw.append(time.perf_counter() - t0)
        raw_cpu = (time.process_time() - c0) / (samples + 5)
    finally:
        server.close()
    return {
        "library": statistics.median(lib),
        "pipeline": statistics.median(pipe),
        "http": statistics.median(raw),
        "library_cpu": lib_cpu,
        "http_cpu": raw_cpu,
    }


def main() -> None:
    """Run the three measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--samples", type=int, default=60)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tomtat-bench-"))
    try:
        b = batch_run(args.articles, args.concurrency, args.latency, work)
        o = overhead_run(args.samples, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    n, c = args.articles, args.concurrency
    print(f"batch: {n} articles, concurrency {c}, server latency {args.latency * 1000:.0f} ms")
    print(f"  ideal N/C*latency    {b['ideal']:.3f} s; in whole waves {b['waves']:.3f} s")
    print(
        f"  extraction stage     {b['extract']:.3f} s  -> {b['extract'] / b['ideal']:.3f}x ideal, "
        f"{b['extract'] / b['waves']:.3f}x waves"
    )
    print(
        f"  full summarise_batch {b['first']:.3f} s  -> {b['first'] / b['ideal']:.3f}x ideal, "
        f"{b['first'] / b['waves']:.3f}x waves (load + cross-check + atomic writes included)"
    )
    print(
        f"  extraction stage CPU {b['extract_cpu']:.3f} s in this process "
        f"({b['extract_cpu'] / n * 1000:.2f} ms per article)"
    )
    print(f"per article, no server latency (median of {args.samples}):")
    print(f"  bare HTTP round trip {o['http'] * 1000:.2f} ms")
    print(
        f"  LLMExtractor.extract {o['library'] * 1000:.2f} ms -> overhead {(o['library'] - o['http']) * 1000:.2f} ms"
    )
    print(
        f"  client CPU per request: extract {o['library_cpu'] * 1000:.2f} ms, bare POST "
        f"{o['http_cpu'] * 1000:.2f} ms -> overhead {(o['library_cpu'] - o['http_cpu']) * 1000:.2f} ms"
    )
    print(f"  + cross-check (summarise_article) {o['pipeline'] * 1000:.2f} ms")
    print("re-run of the same batch:")
    print(
        f"  outputs reused       {b['reused']:.3f} s  -> speed-up {b['first'] / b['reused']:.0f}x"
    )
    print(
        f"  answers from cache   {b['from_cache']:.3f} s  -> speed-up {b['first'] / b['from_cache']:.0f}x"
    )


if __name__ == "__main__":
    main()
