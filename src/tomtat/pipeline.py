"""The pipeline as one line of calls: load -> extract -> ground and cross-check -> write.

``summarise`` handles one article; ``summarise_batch`` runs it over many inputs (article files,
folders, corpus files of JSONL/CSV/Parquet records, see :mod:`tomtat.corpus`), writing each
result as soon as it exists, so that one bad article never stops the others, and reusing
up-to-date outputs of an earlier run. The LLM backend runs under a bounded thread pool (its
concurrency); the CPU-bound rules backend runs in a pool of worker processes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, overload

from tomtat import __version__
from tomtat.config import Settings
from tomtat.corpus import ARTICLE_SUFFIXES, InputItem, expand_inputs, read_limited
from tomtat.extract.base import ExtractionError, Extractor
from tomtat.outputs import (
    json_text,
    output_path,
    output_paths,
    safe_stem,
    write_atomic,
    write_json_atomic,
)
from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article
from tomtat.text.dates import parse_publication_date
from tomtat.text.loading import InputError, load_article

log = logging.getLogger(__name__)

INPUT_SUFFIXES = ARTICLE_SUFFIXES
MAX_INPUT_BYTES = 64 * 1024 * 1024
POLICIES = ("report", "repair", "reask")
MAX_STEM_BYTES = 200  # + ".error.json" stays under the usual 255-byte name limit


PathArg = str | os.PathLike[str]


def iter_inputs(paths: Iterable[PathArg] | PathArg) -> list[Path]:
    """Expand folders to their .txt/.html files (sorted); keep files as given."""
    if isinstance(paths, str | os.PathLike):
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
    return read_limited(Path(path), MAX_INPUT_BYTES)


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
    # the extraction is ours alone: checked in place, not copied
    summary = cross_check(article, summary, policy=policy, reviser=extractor.revise, in_place=True)
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
    source: PathArg | bytes,
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
        summary.meta.source_path = os.fspath(source)
    return summary


class _SummaryField:
    """The ``summary`` of an :class:`ArticleResult`, which may arrive as JSON text.

    A worker process sends its result back as the JSON it wrote rather than as a pickled
    model: a string crosses the process boundary twenty times faster, which keeps the parent
    of many workers from becoming the bottleneck. The model is built from that text the first
    time ``summary`` is read (most batches only count results and never read it).

    A batch run in one process keeps its results the same way: a thousand finished summaries
    held as objects make every later collection of the garbage collector longer (about 3 % of
    a 1,000-article batch) and hold far more memory than their text.
    """

    @overload
    def __get__(self, obj: None, objtype: Any = None) -> None: ...

    @overload
    def __get__(self, obj: object, objtype: Any = None) -> ArticleSummary | None: ...

    def __get__(self, obj: object | None, objtype: Any = None) -> ArticleSummary | None:
        if obj is None:
            return None  # the dataclass default
        state = obj.__dict__
        summary = state.get("_summary")
        if summary is None and state.get("_summary_json") is not None:
            summary = ArticleSummary.model_validate_json(state.pop("_summary_json"))
            state["_summary"] = summary
        return summary

    def __set__(self, obj: Any, value: ArticleSummary | None) -> None:
        obj.__dict__["_summary"] = value
        obj.__dict__.pop("_summary_json", None)


@dataclass
class ArticleResult:
    """What happened to one input of a batch (an article file or a corpus record)."""

    path: Path
    article_id: str
    summary: _SummaryField = _SummaryField()  # reads as ArticleSummary | None
    error: str | None = None
    output: Path | None = None
    skipped: bool = False  # an up-to-date output from an earlier run was reused
    stem: str | None = None  # output file stem when it differs from the id (name clash)
    origin: str | None = None  # where the article is: the file, or "corpus.jsonl#3"
    findings: int = 0  # number of cross-check findings (``len(summary.checks)``)

    @property
    def ok(self) -> bool:
        """True when the article was summarised (reading this never builds the summary)."""
        state = self.__dict__
        return state.get("_summary") is not None or state.get("_summary_json") is not None

    @property
    def source(self) -> str:
        """The file or corpus record the article came from."""
        return self.origin or str(self.path)

    def for_transport(self, summary_json: str | None = None) -> ArticleResult:
        """This result with its summary as JSON text (``summary_json``, else serialised now),
        for sending from a worker process to the parent."""
        summary = self.__dict__.get("_summary")
        if summary is not None:
            self.__dict__["_summary_json"] = summary_json or summary_json_text(summary)
            del self.__dict__["_summary"]
        return self


def _scrub(message: str, secret: str | None) -> str:
    return message.replace(secret, "***") if secret and len(secret) >= 4 else message


def with_record_metadata(article: Article, item: InputItem) -> tuple[Article, dict[str, str]]:
    """``article`` with the corpus record's title, published date and source in place of what
    the text gave; returns it and the text's values that were replaced (to be recorded).

    A record's value is what the publisher says, so it wins; the text's evidence for a replaced
    value no longer supports it and is dropped. A published value that is not a date is ignored
    with a warning.
    """
    fields = dict(item.metadata)
    changes: dict[str, Any] = {}
    replaced: dict[str, str] = {}
    warnings = list(article.warnings)
    evidence = dict(article.metadata_evidence)
    for name in ("title", "published", "source"):
        value = fields.get(name)
        if value is None:
            continue
        if name == "published":
            parsed = parse_publication_date(value)
            if parsed is None:
                warnings.append(f"the record's published value {value[:40]!r} is not a date")
                continue
            value = parsed
        guess = getattr(article, name)
        if guess is not None and guess != value:
            replaced[name] = guess
            evidence.pop(name, None)
        changes[name] = value
    if not changes and len(warnings) == len(article.warnings):
        return article, replaced
    article = replace(article, **changes, metadata_evidence=evidence, warnings=tuple(warnings))
    return article, replaced


def _load_item(item: InputItem) -> tuple[Article, dict[str, str]]:
    """Read and clean one input; a corpus record's text is cleaned exactly like a file's."""
    if item.error is not None:
        raise InputError(item.error)
    if item.text is None:
        return load_article(read_source(item.path), item.article_id), {}
    data = item.text.encode("utf-8", "surrogatepass")
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"text is {len(data)} bytes, over the {MAX_INPUT_BYTES} byte limit")
    return with_record_metadata(load_article(data, item.article_id), item)


def summarise_item(
    item: InputItem,
    extractor: Extractor,
    out_dir: Path | None,
    policy: str,
    secret: str | None = None,
    stem: str | None = None,
) -> ArticleResult:
    """Summarise one input and write its JSON; every failure becomes ``error``, never a raise."""
    return _summarise_and_write(item, extractor, out_dir, policy, secret, stem)[0]


def _summarise_and_write(
    item: InputItem,
    extractor: Extractor,
    out_dir: Path | None,
    policy: str,
    secret: str | None,
    stem: str | None,
    resolved: bool = False,
) -> tuple[ArticleResult, str | None]:
    """:func:`summarise_item`, also returning the summary's JSON text if it was written
    (``resolved``: ``out_dir`` is resolved already, as a batch's is)."""
    result = ArticleResult(
        path=item.path, article_id=item.article_id, stem=stem, origin=item.origin
    )
    try:
        article, replaced = _load_item(item)
        summary = summarise_article(article, extractor, policy)
        summary.meta.source_path = item.origin
        result.findings = len(summary.checks)
        if item.metadata:
            summary.meta.record_metadata = dict(item.metadata)
            summary.meta.url = summary.meta.record_metadata.get("url")
            summary.meta.text_metadata = replaced
        result.summary = summary
    except (InputError, ExtractionError, ValueError) as exc:
        result.error = _scrub(str(exc) or type(exc).__name__, secret)
    except Exception as exc:  # one bad article must not stop the batch
        log.error("unexpected failure on %s: %s", item.origin, _scrub(repr(exc), secret))
        result.error = _scrub(f"internal error: {type(exc).__name__}: {exc}", secret)
    written = None
    if out_dir is not None:
        try:
            written = write_result(result, out_dir, resolved=resolved)
        except (OSError, ValueError) as exc:
            result.error = result.error or f"cannot write output: {exc}"
            result.summary = None
    return result, written


def _summarise_in_batch(
    item: InputItem, extractor: Extractor, options: BatchOptions, stem: str
) -> tuple[ArticleResult, str | None]:
    """:func:`_summarise_and_write` for a batch, whose output folder is resolved already."""
    return _summarise_and_write(
        item, extractor, options.out_dir, options.policy, options.secret, stem, resolved=True
    )


def _summarise_for_transport(
    item: InputItem, extractor: Extractor, options: BatchOptions, stem: str
) -> ArticleResult:
    """:func:`summarise_item` in a worker process: the summary goes back as the JSON written."""
    result, written = _summarise_in_batch(item, extractor, options, stem)
    return result.for_transport(written)


def summarise_file(
    path: Path,
    extractor: Extractor,
    out_dir: Path | None,
    policy: str,
    secret: str | None = None,
    stem: str | None = None,
) -> ArticleResult:
    """Summarise one article file and write its JSON (see :func:`summarise_item`)."""
    return summarise_item(InputItem.of_file(Path(path)), extractor, out_dir, policy, secret, stem)


def summary_json_text(summary: ArticleSummary) -> str:
    """The summary file's text: pretty UTF-8 JSON, identical to :func:`json_text` of
    ``to_json_dict()`` but serialised by pydantic's compiled encoder (five times faster)."""
    try:
        return summary.model_dump_json(indent=2) + "\n"
    except ValueError:  # a lone surrogate that pydantic refuses: the slower path copes
        return json_text(summary.to_json_dict())


def write_result(result: ArticleResult, out_dir: Path, *, resolved: bool = False) -> str | None:
    """Write ``<stem>.json`` for a summary or ``<stem>.error.json`` for a failure; returns the
    summary's JSON text (None for a failure). ``resolved``: ``out_dir`` is resolved already."""
    stem = result.stem or result.article_id
    ok_path, error_path = output_paths(out_dir, stem, (".json", ".error.json"), resolved=resolved)
    if result.summary is not None:
        text = summary_json_text(result.summary)
        write_atomic(ok_path, text, durable=False)
        error_path.unlink(missing_ok=True)
        result.output = ok_path
        return text
    else:
        write_json_atomic(
            error_path,
            {"id": result.article_id, "source_path": result.source, "error": result.error},
            durable=False,
        )
        result.output = error_path
        return None


def _unique_stems(keys: Iterable[tuple[str, str]]) -> list[str]:
    stems: list[str] = []
    taken: set[str] = set()
    for name, unique in keys:
        stem = safe_stem(name)
        if len(stem.encode("utf-8")) > MAX_STEM_BYTES or stem.casefold() in taken:
            digest = hashlib.sha256(unique.encode("utf-8", "surrogatepass")).hexdigest()[:10]
            head = stem.encode("utf-8")[: MAX_STEM_BYTES - 11].decode("utf-8", "ignore")
            stem = f"{head}-{digest}"
        taken.add(stem.casefold())
        stems.append(stem)
    return stems


def output_stems(inputs: list[Path] | list[InputItem]) -> list[str]:
    """One output stem per input, distinct within the batch (also without regard to case) and
    short enough for any file system: a clash or an over-long name gets a hash of the input's
    path (or corpus record). A corpus record's stem comes from its id."""
    return _unique_stems(
        item.name_key if isinstance(item, InputItem) else (item.stem, str(item)) for item in inputs
    )


def reuse_output(
    path: Path | InputItem,
    out_dir: Path,
    fingerprint: dict[str, str | None],
    stem: str | None = None,
) -> ArticleResult | None:
    """The earlier result for an input if ``out_dir/<stem>.json`` parses and was made by the
    same backend, model and prompt (``fingerprint``); None means it must be (re)done."""
    item = path if isinstance(path, InputItem) else InputItem.of_file(path)
    try:
        # ``stem`` comes from output_stems (already safe); the folder is resolved once by the
        # caller, so a re-run of many articles does no per-file path resolution.
        target = out_dir / f"{stem}.json" if stem else output_path(out_dir, item.article_id)
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("id") != item.article_id:
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
        path=item.path,
        article_id=item.article_id,
        summary=summary,
        output=target,
        skipped=True,
        stem=stem,
        origin=item.origin,
        findings=len(summary.checks),
    )


def default_workers() -> int:
    """The number of cores this process may use: the default size of the rules process pool."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class BatchOptions:
    """How a batch runs: passed whole to the batch loop and to worker processes."""

    out_dir: Path | None
    policy: str = "report"
    secret: str | None = field(default=None, repr=False)
    workers: int = 1
    concurrency: int = 1
    retry_invalid: bool = False


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
    paths: Iterable[PathArg | InputItem] | PathArg,
    out_dir: PathArg | None,
    *,
    backend: str | None = None,
    settings: Settings | None = None,
    policy: str = "report",
    on_result: Callable[[ArticleResult], None] | None = None,
    force: bool | None = None,
    workers: int | None = None,
    text_field: str = "text",
    id_field: str = "id",
) -> list[ArticleResult]:
    """Summarise every input, writing each result as it completes; returns them in input order.

    ``paths``: article files, folders of .txt/.html files, corpus files (``.jsonl``, ``.csv``,
    ``.parquet``; ``-`` is JSONL on standard input) whose records are read with ``text_field``
    and ``id_field``, or :class:`~tomtat.corpus.InputItem` objects. Extractors that declare
    ``concurrent = True`` (the LLM) run ``settings.concurrency`` articles at once in threads;
    others (rules) run in ``workers`` processes (default: the number of cores), with the same
    results in the same order as one. Unless ``force`` (default: ``settings.force``, or
    ``--no-cache``), an input whose output exists and was made by the same backend, model and
    prompt (the extractor's ``fingerprint()``) is reused. ``on_result`` is called from the
    calling thread as each article finishes.
    """
    settings = settings or Settings.from_env()
    if force is None:
        force = settings.force or not settings.use_cache
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    inputs = batch_items(paths, text_field, id_field)
    extractor = get_extractor(backend, settings)
    options = BatchOptions(
        out_dir=Path(out_dir) if out_dir is not None else None,
        policy=policy,
        secret=settings.api_key.get_secret_value() if settings.api_key else None,
        workers=workers or default_workers(),
        concurrency=settings.concurrency,
        retry_invalid=settings.retry_invalid,
    )
    try:
        return _run_batch(inputs, extractor, options, on_result, force)
    finally:
        extractor.close()


def batch_items(
    paths: Iterable[PathArg | InputItem] | PathArg, text_field: str = "text", id_field: str = "id"
) -> list[InputItem]:
    """The inputs of a batch: files, folders and corpus files expanded, items kept as given."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    items: list[InputItem] = []
    for entry in paths:
        if isinstance(entry, InputItem):
            items.append(entry)
        else:
            items.extend(expand_inputs(entry, text_field=text_field, id_field=id_field))
    return items


def _run_batch(
    inputs: list[InputItem],
    extractor: Extractor,
    options: BatchOptions,
    on_result: Callable[[ArticleResult], None] | None,
    force: bool,
) -> list[ArticleResult]:
    results: list[ArticleResult | None] = [None] * len(inputs)

    def done(index: int, result: ArticleResult) -> None:
        results[index] = result
        if on_result is not None:
            on_result(result)

    fingerprint = reuse_fingerprint(extractor, options.policy)
    stems = output_stems(inputs)
    out_base = options.out_dir.resolve() if options.out_dir is not None else None
    options = replace(options, out_dir=out_base)  # resolved once, not for every article
    todo: list[int] = []
    for index, item in enumerate(inputs):
        reused = None
        if out_base is not None and fingerprint and not force and item.error is None:
            reused = reuse_output(item, out_base, fingerprint, stems[index])
            reused = None if options.retry_invalid and still_invalid(reused) else reused
        if reused is not None:
            done(index, reused)
        else:
            todo.append(index)
    tasks = [(index, inputs[index], stems[index]) for index in todo]
    if extractor.concurrent:
        runner = _run_threads(tasks, extractor, options)
    else:
        runner = _run_processes(tasks, extractor, options)
    for index, result in runner:
        done(index, result)
    return [r for r in results if r is not None]


Task = tuple[int, InputItem, str]


def _run_serial(
    tasks: list[Task], extractor: Extractor, options: BatchOptions
) -> Iterator[tuple[int, ArticleResult]]:
    for index, item, stem in tasks:
        result, written = _summarise_in_batch(item, extractor, options, stem)
        # kept as the JSON written, as a worker's result is (see _SummaryField)
        yield index, result if written is None else result.for_transport(written)


def _run_threads(
    tasks: list[Task], extractor: Extractor, options: BatchOptions
) -> Iterator[tuple[int, ArticleResult]]:
    """The LLM path: ``concurrency`` articles in flight in threads, results as they finish."""
    workers = min(options.concurrency, len(tasks))
    if workers <= 1:
        yield from _run_serial(tasks, extractor, options)
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tomtat-batch")
    try:
        futures = {
            pool.submit(_summarise_in_batch, item, extractor, options, stem): index
            for index, item, stem in tasks
        }
        for future in as_completed(futures):
            yield futures[future], future.result()[0]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- the process pool of the CPU-bound path --------------------------------------------------

ARTICLES_PER_WORKER_MIN = 4  # fewer articles per worker than this: fewer workers
_WORKER_STATE: dict[str, Any] = {}


def _worker_init(extractor: Extractor, options: BatchOptions) -> None:
    _WORKER_STATE["extractor"] = extractor
    _WORKER_STATE["options"] = options


def _worker_run(task: Task) -> tuple[int, ArticleResult]:
    index, item, stem = task
    return index, _summarise_for_transport(
        item, _WORKER_STATE["extractor"], _WORKER_STATE["options"], stem
    )


# Two dates, one on each side of the 2025 reorganisation: the gazetteer keeps a table for each
# era, and a worker would otherwise read the second (about 1 MB of JSON) on its first article.
_WARM_UP_TEXTS = tuple(
    (
        f"Chiều 5/1/{year}, UBND huyện Krông Pa (tỉnh Gia Lai) tổ chức hội nghị tổng kết công tác "
        f"năm {year - 1}. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể và 12 cá nhân."
    ).encode()
    for year in (2024, 2026)
)


def warm_up(extractor: Extractor, policy: str) -> None:
    """Summarise two short articles with the rules extractor, discarding the results: the
    one-time work of the readers (the gazetteer, compiled patterns, word caches) is then done
    once in this process, and forked workers inherit it instead of each doing it again.

    Only the rules extractor is warmed (others may count or bill their calls); a failure is
    logged and ignored, since the batch does not need the warm-up.
    """
    from tomtat.extract.rules import RulesExtractor

    if not isinstance(extractor, RulesExtractor):
        return
    try:
        for text in _WARM_UP_TEXTS:
            summarise_article(load_article(text, "warm-up"), extractor, policy)
    except Exception as exc:  # the warm-up must never stop a batch
        log.debug("warm-up failed: %s", type(exc).__name__)


def _pool_context() -> Any:
    """fork where the platform has it (workers start at once, with tomtat already imported),
    else spawn. Callers that fork should not hold locks in other threads meanwhile: the CLI's
    progress bar therefore draws from the calling thread, not from a refresh thread."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _run_processes(
    tasks: list[Task], extractor: Extractor, options: BatchOptions
) -> Iterator[tuple[int, ArticleResult]]:
    """The rules path: ``workers`` processes, results yielded in input order.

    Each article is isolated inside its worker (:func:`summarise_item` never raises); should a
    worker process die (killed, out of memory), the articles it left are done here, one by one.
    """
    workers = min(options.workers, len(tasks) // ARTICLES_PER_WORKER_MIN)
    if workers <= 1:
        yield from _run_serial(tasks, extractor, options)
        return
    chunksize = max(1, min(32, len(tasks) // (workers * 8)))
    finished: set[int] = set()
    context = _pool_context()
    if context.get_start_method() == "fork":
        warm_up(extractor, options.policy)  # the workers start warm, sharing what it read
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_worker_init,
            initargs=(extractor, options),
        ) as pool:
            for index, result in pool.map(_worker_run, tasks, chunksize=chunksize):
                finished.add(index)
                yield index, result
    except BrokenProcessPool as exc:
        log.error("a worker process died (%s); finishing the batch in this process", exc)
        yield from _run_serial([t for t in tasks if t[0] not in finished], extractor, options)
