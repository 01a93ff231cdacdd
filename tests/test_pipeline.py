"""The batch pipeline's process pool (rules path): same results and order as one worker,
one failing or crashing article never takes the others down, paths as str or PathLike."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

import tomtat.pipeline as pipeline
from tomtat.corpus import InputItem
from tomtat.extract.rules import RulesExtractor
from tomtat.pipeline import ArticleResult, summarise_batch
from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
PARENT = os.getpid()


@pytest.fixture(autouse=True)
def _no_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TOMTAT_MODEL"):
        monkeypatch.delenv(name, raising=False)


def _corpus(path: Path, count: int) -> Path:
    """``count`` records cycling over the example articles, one broken line in the middle."""
    lines = []
    for i in range(count):
        text = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        lines.append(json.dumps({"id": f"r{i:03d}", "text": text}, ensure_ascii=False))
    lines.insert(count // 2, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _outputs(folder: Path) -> dict[str, dict[str, object]]:
    found = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "meta" in data:
            data["meta"].pop("duration_ms", None)
            data["meta"].pop("source_path", None)
        found[path.name] = data
    return found


def test_workers_give_the_same_results_in_the_same_order_as_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 24)
    seen: list[str] = []
    one = summarise_batch(corpus, tmp_path / "one", backend="rules", workers=1)
    three = summarise_batch(
        corpus,
        tmp_path / "three",
        backend="rules",
        workers=3,
        on_result=lambda r: seen.append(r.article_id),
    )
    assert [r.article_id for r in three] == [r.article_id for r in one] == seen
    assert len(three) == 25 and [r.ok for r in three].count(False) == 1
    assert _outputs(tmp_path / "three") == _outputs(tmp_path / "one")
    for a, b in zip(one, three, strict=True):
        if a.summary is not None and b.summary is not None:
            a.summary.meta.duration_ms = b.summary.meta.duration_ms = None
        assert (a.summary, a.error) == (b.summary, b.error)


class _FailsOnOne(RulesExtractor):
    def extract(self, article: Article) -> ArticleSummary:
        if article.id == "r005":
            raise RuntimeError("boom in r005")
        return super().extract(article)


class _DiesOnOne(RulesExtractor):
    def extract(self, article: Article) -> ArticleSummary:
        if article.id == "r007" and os.getpid() != PARENT:
            os._exit(3)  # a worker killed mid-article (out of memory, a signal)
        return super().extract(article)


def _with_extractor(monkeypatch: pytest.MonkeyPatch, extractor: RulesExtractor) -> None:
    monkeypatch.setattr(pipeline, "get_extractor", lambda backend, settings: extractor)


def test_an_article_failing_inside_a_worker_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_extractor(monkeypatch, _FailsOnOne())
    results = summarise_batch(_corpus(tmp_path / "c.jsonl", 16), tmp_path / "out", workers=2)
    failed = {r.article_id: r.error for r in results if not r.ok}
    assert set(failed) == {"r005", "9"}  # the failing article and the broken line
    assert "boom in r005" in str(failed["r005"])
    assert (tmp_path / "out" / "r005.error.json").exists()
    assert (tmp_path / "out" / "r006.json").exists()


def test_a_worker_process_dying_does_not_lose_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _with_extractor(monkeypatch, _DiesOnOne())
    results = summarise_batch(_corpus(tmp_path / "c.jsonl", 16), tmp_path / "out", workers=2)
    assert [r.article_id for r in results][:3] == ["r000", "r001", "r002"]
    assert len(results) == 17
    assert [r.article_id for r in results if not r.ok] == ["9"]
    assert all(isinstance(r, ArticleResult) and r.output is not None for r in results)
    assert "a worker process died" in caplog.text


def test_paths_may_be_str_or_pathlike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = os.path.relpath(tmp_path / "out", ROOT)
    by_str = summarise_batch(["examples/articles"], out, backend="rules", workers=1)
    by_path = summarise_batch(Path("examples/articles"), tmp_path / "out2", backend="rules")
    assert [r.ok for r in by_str] == [True] * len(ARTICLES)
    assert [r.article_id for r in by_path] == [r.article_id for r in by_str]
    summary = pipeline.summarise(Path(ARTICLES[0]))
    assert summary.meta.source_path == str(ARTICLES[0])


def test_workers_below_one_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        summarise_batch(ARTICLES[0], tmp_path, backend="rules", workers=0)


def test_a_result_sent_from_a_worker_builds_its_summary_on_first_read(tmp_path: Path) -> None:
    result = pipeline.summarise_item(
        InputItem.of_file(ARTICLES[0]), RulesExtractor(), tmp_path, "report"
    )
    original = result.summary
    assert original is not None
    sent = pickle.loads(pickle.dumps(result.for_transport()))
    assert sent.ok and "_summary" not in sent.__dict__  # not built until read
    assert sent.findings == len(original.checks)
    assert sent.summary == original
    written = (tmp_path / f"{ARTICLES[0].stem}.json").read_text(encoding="utf-8")
    assert sent.summary is not None and sent.summary.model_dump_json(indent=2) + "\n" == written


def test_a_batch_in_one_process_holds_each_summary_as_its_written_json(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 6)
    results = summarise_batch(corpus, tmp_path / "out", workers=1)
    done = [r for r in results if r.ok]
    assert len(done) == 6 and all("_summary" not in r.__dict__ for r in done)  # no model held
    for result in done:
        assert result.output is not None and result.summary is not None
        assert result.summary.model_dump_json(indent=2) + "\n" == result.output.read_text("utf-8")
        assert result.findings == len(result.summary.checks)


class _Counting(RulesExtractor):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def extract(self, article: Article) -> ArticleSummary:
        self.seen.append(article.id)
        if article.id == "warm-up":
            raise RuntimeError("a warm-up failure")
        return super().extract(article)


def test_the_warm_up_stops_at_its_first_failure_and_never_raises() -> None:
    extractor = _Counting()
    pipeline.warm_up(extractor, "report")  # its failure is swallowed
    assert extractor.seen == ["warm-up"]
    pipeline.warm_up(RulesExtractor(), "repair")


def test_the_warm_up_loads_the_gazetteer_of_both_eras() -> None:
    from tomtat.text import gazetteer

    gazetteer._data.cache_clear()
    pipeline.warm_up(RulesExtractor(), "report")
    assert gazetteer._data.cache_info().currsize == 2  # before and after the 2025 reorganisation


def test_the_warm_up_leaves_other_extractors_alone() -> None:
    class _NotRules:
        name = "other"

        def extract(self, article: Article) -> ArticleSummary:
            raise AssertionError("called")

    pipeline.warm_up(_NotRules(), "report")  # type: ignore[arg-type]


def test_a_pooled_batch_warms_the_parent_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = _Counting()
    _with_extractor(monkeypatch, extractor)
    results = summarise_batch(_corpus(tmp_path / "c.jsonl", 16), tmp_path / "out", workers=2)
    assert extractor.seen == ["warm-up"]  # the articles themselves ran in the workers
    assert sum(r.ok for r in results) == 16
