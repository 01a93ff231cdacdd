"""Finding each summary's original article and rebuilding the cleaned text its offsets refer to."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from tomtat.corpus import CORPUS_SUFFIXES, read_corpus
from tomtat.schemas import ArticleSummary
from tomtat.text.loading import load_article

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    """The cleaned text of one article, or why there is none."""

    text: str | None
    path: Path | None = None
    problem: str | None = None


def _inside(folder: Path, candidate: Path) -> bool:
    try:
        candidate.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def candidate_paths(
    summary: ArticleSummary, articles_dir: Path | None, summaries_dir: Path | None
) -> list[Path]:
    """Where the original may be: ``meta.source_path`` as written (or next to the summaries),
    then ``--articles DIR`` by file name and by the article id with each known suffix."""
    found: list[Path] = []
    source = summary.meta.source_path
    if source:
        path = Path(source)
        found.append(path)
        if not path.is_absolute() and summaries_dir is not None:
            found.extend([summaries_dir / path, summaries_dir.parent / path])
    if articles_dir is not None:
        names = [Path(source.replace("\\", "/")).name] if source else []
        names += [f"{summary.id}{suffix}" for suffix in ARTICLE_SUFFIXES]
        for name in names:
            path = articles_dir / name
            if name and _inside(articles_dir, path):
                found.append(path)
    return found


_RECORD = re.compile(r"^(?P<file>.+)#(?P<row>\d+)$")


@functools.lru_cache(maxsize=4)
def _corpus_texts(path: Path, mtime: float) -> dict[str, str]:
    """Row number -> text of every usable record of a corpus file (read once per report)."""
    del mtime  # part of the cache key only: a changed file is read again
    return {
        item.origin.rsplit("#", 1)[1]: item.text
        for item in read_corpus(path)
        if item.text is not None
    }


def record_text(
    summary: ArticleSummary, articles_dir: Path | None, summaries_dir: Path | None
) -> tuple[str, Path] | None:
    """The text of a corpus record that ``meta.source_path`` names as ``corpus.jsonl#3`` (the
    corpus found like an article file), read with the default ``text`` field; None otherwise."""
    match = _RECORD.match(summary.meta.source_path or "")
    if match is None or Path(match["file"]).suffix.lower() not in CORPUS_SUFFIXES:
        return None
    probe = summary.model_copy(update={"meta": summary.meta.model_copy()})
    probe.meta.source_path = match["file"]
    for path in candidate_paths(probe, articles_dir, summaries_dir):
        try:
            if path.is_file():
                text = _corpus_texts(path.resolve(), path.stat().st_mtime).get(match["row"])
                return (text, path) if text is not None else None
        except OSError as exc:
            log.debug("cannot read %s: %s", path, exc)
    return None


def load_source_text(
    summary: ArticleSummary, articles_dir: Path | None = None, summaries_dir: Path | None = None
) -> SourceText:
    """The cleaned text (via ``tomtat.text.loading.load_article``) of the summary's article:
    from its file, or from its record of a corpus file (``corpus.jsonl#3``)."""
    record = record_text(summary, articles_dir, summaries_dir)
    if record is not None:
        text, path = record
        try:
            return SourceText(
                load_article(text.encode("utf-8", "surrogatepass"), summary.id).text, path
            )
        except Exception as exc:  # the loader's failure must not stop the report
            return SourceText(None, path, f"cannot load record {summary.meta.source_path}: {exc}")
    for path in candidate_paths(summary, articles_dir, summaries_dir):
        try:
            if not path.is_file():
                continue
            size = path.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                return SourceText(None, path, f"{path.name} is {size} bytes, over the limit")
            data = path.read_bytes()
        except OSError as exc:
            log.debug("cannot read %s: %s", path, exc)
            continue
        try:
            article = load_article(data, summary.id)
        except Exception as exc:  # the loader's failure must not stop the report
            log.warning("cannot load %s: %s", path, exc)
            return SourceText(None, path, f"cannot load {path.name}: {exc}")
        return SourceText(article.text, path)
    hint = "" if articles_dir else " (pass --articles DIR)"
    where = summary.meta.source_path or summary.id
    return SourceText(None, None, f"original article not found: {where}{hint}")
