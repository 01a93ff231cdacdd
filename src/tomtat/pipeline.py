"""The pipeline as one line of calls: load -> extract -> ground and cross-check -> write.

``summarise`` handles one article; ``summarise_batch`` runs it over many files, writing each
result as soon as it exists, so that one bad article never stops the others.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tomtat import __version__
from tomtat.config import Settings
from tomtat.extract.base import ExtractionError, Extractor
from tomtat.outputs import output_path, write_json_atomic
from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article
from tomtat.text.loading import InputError, load_article

log = logging.getLogger(__name__)

INPUT_SUFFIXES = (".txt", ".html", ".htm")
MAX_INPUT_BYTES = 64 * 1024 * 1024
POLICIES = ("report", "repair", "reask")


def iter_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to their .txt/.html files (sorted); keep files as given."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                )
            )
        else:
            found.append(path)
    return found


def read_source(path: Path) -> bytes:
    """Bytes of ``path``; an unreadable or oversized file is an :class:`InputError`."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"file is {size} bytes, over the {MAX_INPUT_BYTES} byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc}") from None


def get_extractor(backend: str | None, settings: Settings) -> Extractor:
    """The extractor for ``backend``; None picks llm when an endpoint is configured, else rules."""
    chosen = backend or ("llm" if settings.llm_configured else "rules")
    if chosen == "rules":
        from tomtat.extract.rules import RulesExtractor

        return RulesExtractor()
    if chosen == "llm":
        from tomtat.extract.llm import LLMExtractor

        return LLMExtractor(settings)
    raise ValueError(f"unknown backend {chosen!r}: use 'rules' or 'llm'")


def summarise_article(
    article: Article, extractor: Extractor, policy: str = "report"
) -> ArticleSummary:
    """Extract and cross-check one cleaned article."""
    from tomtat.check import cross_check

    started = time.perf_counter()
    summary = extractor.extract(article)
    reviser = getattr(extractor, "revise", None)
    summary = cross_check(article, summary, policy=policy, reviser=reviser)
    for warning in article.warnings:
        if warning not in summary.warnings:
            summary.warnings.append(warning)
    summary.meta.backend = summary.meta.backend or extractor.name
    summary.meta.tomtat_version = __version__
    summary.meta.encoding = article.encoding
    if summary.meta.duration_ms is None:
        summary.meta.duration_ms = round((time.perf_counter() - started) * 1000, 3)
    return summary


def summarise(
    source: str | Path | bytes,
    *,
    backend: str | None = None,
    settings: Settings | None = None,
    policy: str = "report",
    article_id: str | None = None,
) -> ArticleSummary:
    """Summarise one article given as a path or raw bytes. Raises InputError/ExtractionError."""
    settings = settings or Settings.from_env()
    if isinstance(source, bytes):
        data, name = source, article_id or "article"
    else:
        path = Path(source)
        data, name = read_source(path), article_id or path.stem
    article = load_article(data, name)
    summary = summarise_article(article, get_extractor(backend, settings), policy)
    if not isinstance(source, bytes):
        summary.meta.source_path = str(source)
    return summary


@dataclass
class ArticleResult:
    """What happened to one input file of a batch."""

    path: Path
    article_id: str
    summary: ArticleSummary | None = None
    error: str | None = None
    output: Path | None = None

    @property
    def ok(self) -> bool:
        """True when the article was summarised."""
        return self.summary is not None


def summarise_file(
    path: Path, extractor: Extractor, out_dir: Path | None, policy: str
) -> ArticleResult:
    """Summarise one file and write its JSON; every failure becomes ``error``, never a raise."""
    result = ArticleResult(path=path, article_id=path.stem)
    try:
        article = load_article(read_source(path), path.stem)
        summary = summarise_article(article, extractor, policy)
        summary.meta.source_path = str(path)
        result.summary = summary
    except (InputError, ExtractionError, ValueError) as exc:
        result.error = str(exc) or type(exc).__name__
    except Exception as exc:  # one bad article must not stop the batch
        log.exception("unexpected failure on %s", path.name)
        result.error = f"internal error: {type(exc).__name__}: {exc}"
    if out_dir is not None:
        write_result(result, out_dir)
    return result


def write_result(result: ArticleResult, out_dir: Path) -> None:
    """Write ``<stem>.json`` for a summary or ``<stem>.error.json`` for a failure."""
    ok_path = output_path(out_dir, result.article_id)
    error_path = output_path(out_dir, result.article_id, ".error.json")
    if result.summary is not None:
        write_json_atomic(ok_path, result.summary.to_json_dict())
        error_path.unlink(missing_ok=True)
        result.output = ok_path
    else:
        write_json_atomic(
            error_path,
            {"id": result.article_id, "source_path": str(result.path), "error": result.error},
        )
        result.output = error_path


def summarise_batch(
    paths: Iterable[str | Path],
    out_dir: Path | None,
    *,
    backend: str | None = None,
    settings: Settings | None = None,
    policy: str = "report",
    on_result: Callable[[ArticleResult], None] | None = None,
) -> list[ArticleResult]:
    """Summarise every input, writing each result as it completes."""
    settings = settings or Settings.from_env()
    extractor = get_extractor(backend, settings)
    results = []
    for path in iter_inputs(paths):
        result = summarise_file(path, extractor, out_dir, policy)
        if on_result is not None:
            on_result(result)
        results.append(result)
    return results
