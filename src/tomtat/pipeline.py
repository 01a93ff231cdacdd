"""The pipeline as one line of calls: load -> extract -> ground and cross-check -> write.

``summarise`` handles one article; ``summarise_batch`` runs it over many files under a bounded
pool (the LLM backend's concurrency), writing each result as soon as it exists, so that one bad
article never stops the others, and reusing up-to-date outputs of an earlier run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from tomtat import __version__
from tomtat.config import Settings
from tomtat.extract.base import ExtractionError, Extractor
from tomtat.outputs import output_path, safe_stem, write_json_atomic
from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article
from tomtat.text.loading import InputError, load_article

log = logging.getLogger(__name__)

INPUT_SUFFIXES = (".txt", ".html", ".htm")
MAX_INPUT_BYTES = 64 * 1024 * 1024
POLICIES = ("report", "repair", "reask")
MAX_STEM_BYTES = 200  # + ".error.json" stays under the usual 255-byte name limit


def iter_inputs(paths: Iterable[str | Path] | str | Path) -> list[Path]:
    """Expand folders to their .txt/.html files (sorted); keep files as given."""
    if isinstance(paths, str | Path):
        paths = [paths]
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
    summary = cross_check(article, summary, policy=policy, reviser=extractor.revise)
    for warning in article.warnings:
        if warning not in summary.warnings:
            summary.warnings.append(warning)
    summary.meta.backend = summary.meta.backend or extractor.name
    summary.meta.tomtat_version = __version__
    summary.meta.policy = policy
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
    extractor = get_extractor(backend, settings)
    try:
        summary = summarise_article(article, extractor, policy)
    finally:
        extractor.close()
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
    skipped: bool = False  # an up-to-date output from an earlier run was reused
    stem: str | None = None  # output file stem when it differs from the id (name clash)

    @property
    def ok(self) -> bool:
        """True when the article was summarised."""
        return self.summary is not None


def _scrub(message: str, secret: str | None) -> str:
    return message.replace(secret, "***") if secret and len(secret) >= 4 else message


def summarise_file(
    path: Path,
    extractor: Extractor,
    out_dir: Path | None,
    policy: str,
    secret: str | None = None,
    stem: str | None = None,
) -> ArticleResult:
    """Summarise one file and write its JSON; every failure becomes ``error``, never a raise."""
    result = ArticleResult(path=path, article_id=path.stem, stem=stem)
    try:
        article = load_article(read_source(path), path.stem)
        summary = summarise_article(article, extractor, policy)
        summary.meta.source_path = str(path)
        result.summary = summary
    except (InputError, ExtractionError, ValueError) as exc:
        result.error = _scrub(str(exc) or type(exc).__name__, secret)
    except Exception as exc:  # one bad article must not stop the batch
        log.error("unexpected failure on %s: %s", path.name, _scrub(repr(exc), secret))
        result.error = _scrub(f"internal error: {type(exc).__name__}: {exc}", secret)
    if out_dir is not None:
        try:
            write_result(result, out_dir)
        except (OSError, ValueError) as exc:
            result.error = result.error or f"cannot write output: {exc}"
            result.summary = None
    return result


def write_result(result: ArticleResult, out_dir: Path) -> None:
    """Write ``<stem>.json`` for a summary or ``<stem>.error.json`` for a failure."""
    stem = result.stem or result.article_id
    ok_path = output_path(out_dir, stem)
    error_path = output_path(out_dir, stem, ".error.json")
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


def output_stems(inputs: list[Path]) -> list[str]:
    """One output stem per input, distinct within the batch (also without regard to case) and
    short enough for any file system: a clash or an over-long name gets a hash of the path."""
    stems: list[str] = []
    taken: set[str] = set()
    for path in inputs:
        stem = safe_stem(path.stem)
        if len(stem.encode("utf-8")) > MAX_STEM_BYTES or stem.casefold() in taken:
            digest = hashlib.sha256(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:10]
            head = stem.encode("utf-8")[: MAX_STEM_BYTES - 11].decode("utf-8", "ignore")
            stem = f"{head}-{digest}"
        taken.add(stem.casefold())
        stems.append(stem)
    return stems


def reuse_output(
    path: Path, out_dir: Path, fingerprint: dict[str, str | None], stem: str | None = None
) -> ArticleResult | None:
    """The earlier result for ``path`` if ``out_dir/<stem>.json`` parses and was made by the same
    backend, model and prompt (``fingerprint``); None means the article must be (re)done."""
    try:
        # ``stem`` comes from output_stems (already safe); the folder is resolved once by the
        # caller, so a re-run of many articles does no per-file path resolution.
        target = out_dir / f"{stem}.json" if stem else output_path(out_dir, path.stem)
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("id") != path.stem:
        return None
    meta = data.get("meta")
    if not isinstance(meta, dict) or meta.get("error"):
        return None
    if any(meta.get(name) != value for name, value in fingerprint.items()):
        return None
    try:
        summary = ArticleSummary.model_validate(data)
    except ValueError:
        return None
    return ArticleResult(
        path=path, article_id=path.stem, summary=summary, output=target, skipped=True, stem=stem
    )


def reuse_fingerprint(extractor: Extractor, policy: str) -> dict[str, str | None] | None:
    """What an earlier output must share to be reused: the extractor's fingerprint (how the
    answer was made), the cross-check policy and the tomtat version that wrote it; None when
    the extractor declares none (its outputs are always redone)."""
    fingerprint = extractor.fingerprint()
    if fingerprint is None:
        return None
    return {**fingerprint, "policy": policy, "tomtat_version": __version__}


def still_invalid(result: ArticleResult | None) -> bool:
    """True when a reused output holds an LLM answer that stayed invalid (``--retry-invalid``
    redoes those)."""
    summary = result.summary if result is not None else None
    return summary is not None and any(f.kind == "validation_error" for f in summary.checks)


def summarise_batch(
    paths: Iterable[str | Path] | str | Path,
    out_dir: Path | None,
    *,
    backend: str | None = None,
    settings: Settings | None = None,
    policy: str = "report",
    on_result: Callable[[ArticleResult], None] | None = None,
    force: bool | None = None,
) -> list[ArticleResult]:
    """Summarise every input, writing each result as it completes; returns them in input order.

    Extractors that declare ``concurrent = True`` (the LLM) run ``settings.concurrency``
    articles at once; others (rules) run one at a time through the same loop. Unless ``force``
    (default: ``settings.force``, or ``--no-cache``), an input whose output exists and was made
    by the same backend, model and prompt (the extractor's ``fingerprint()``) is reused without
    a request. ``on_result`` is called from the calling thread as each article finishes.
    """
    settings = settings or Settings.from_env()
    if force is None:
        force = settings.force or not settings.use_cache
    inputs = iter_inputs(paths)
    extractor = get_extractor(backend, settings)
    secret = settings.api_key.get_secret_value() if settings.api_key else None
    try:
        return _run_batch(inputs, extractor, out_dir, policy, settings, on_result, force, secret)
    finally:
        extractor.close()


def _run_batch(
    inputs: list[Path],
    extractor: Extractor,
    out_dir: Path | None,
    policy: str,
    settings: Settings,
    on_result: Callable[[ArticleResult], None] | None,
    force: bool,
    secret: str | None,
) -> list[ArticleResult]:
    results: list[ArticleResult | None] = [None] * len(inputs)

    def done(index: int, result: ArticleResult) -> None:
        results[index] = result
        if on_result is not None:
            on_result(result)

    fingerprint = reuse_fingerprint(extractor, policy)
    stems = output_stems(inputs)
    out_base = out_dir.resolve() if out_dir is not None else None
    todo: list[int] = []
    for index, path in enumerate(inputs):
        reused = None
        if out_base is not None and fingerprint and not force:
            reused = reuse_output(path, out_base, fingerprint, stems[index])
            reused = None if settings.retry_invalid and still_invalid(reused) else reused
        if reused is not None:
            done(index, reused)
        else:
            todo.append(index)
    workers = min(settings.concurrency, len(todo)) if extractor.concurrent else 1
    if workers <= 1:
        for index in todo:
            done(
                index,
                summarise_file(inputs[index], extractor, out_dir, policy, secret, stems[index]),
            )
    else:
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tomtat-batch")
        try:
            futures = {
                pool.submit(
                    summarise_file, inputs[i], extractor, out_dir, policy, secret, stems[i]
                ): i
                for i in todo
            }
            for future in as_completed(futures):
                done(futures[future], future.result())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return [r for r in results if r is not None]
