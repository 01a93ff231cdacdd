"""Reading a folder of summaries written by ``tomtat summarise`` (or a JSONL export).

``<stem>.json`` files are summaries; ``<stem>.error.json`` files are failed articles. A file that
cannot be read or validated becomes a failure with a clear reason, never a traceback.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tomtat.schemas import ArticleSummary

log = logging.getLogger(__name__)

ERROR_SUFFIX = ".error.json"
MAX_SUMMARY_BYTES = 64 * 1024 * 1024


class SummaryInputError(ValueError):
    """The summaries folder (or file) cannot be read at all; the message is one clear line."""


@dataclass(frozen=True)
class FailedArticle:
    """An article that has no summary: what ``<stem>.error.json`` says, or why a file was bad."""

    id: str
    error: str
    source_path: str | None = None
    file: str | None = None


@dataclass
class SummarySet:
    """Every summary and failure found in one folder, sorted by article id."""

    summaries: list[ArticleSummary] = field(default_factory=list)
    failures: list[FailedArticle] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def findings(self) -> int:
        """Number of cross-check findings over all summaries."""
        return sum(len(s.checks) for s in self.summaries)

    def __len__(self) -> int:
        return len(self.summaries) + len(self.failures)


def _short(exc: ValidationError) -> str:
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": str(exc)}
    loc = ".".join(str(part) for part in first.get("loc", ()))
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{loc or 'summary'}: {first.get('msg', 'invalid')}{more}"


def parse_summary(data: Any, name: str) -> ArticleSummary | FailedArticle | None:
    """A summary, a failure, or None for a JSON object that is no summary at all."""
    if not isinstance(data, dict):
        return FailedArticle(id=name, error="not a JSON object", file=name)
    if "error" in data and "event" not in data and "id" in data:
        return FailedArticle(
            id=str(data.get("id") or name),
            error=str(data.get("error") or "unknown error"),
            source_path=str(data["source_path"]) if data.get("source_path") else None,
            file=name,
        )
    if "id" not in data:
        return None
    try:
        return ArticleSummary.model_validate(data)
    except ValidationError as exc:
        return FailedArticle(
            id=str(data.get("id") or name), error=f"invalid summary: {_short(exc)}", file=name
        )


def _read_json_file(path: Path) -> Any:
    size = path.stat().st_size
    if size > MAX_SUMMARY_BYTES:
        raise ValueError(f"file is {size} bytes, over the {MAX_SUMMARY_BYTES} byte limit")
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _add(result: SummarySet, item: ArticleSummary | FailedArticle | None, name: str) -> None:
    if item is None:
        log.warning("%s is not a summary (no 'id'); skipped", name)
        result.skipped.append(f"{name} (not a summary)")
    elif isinstance(item, FailedArticle):
        result.failures.append(item)
    else:
        result.summaries.append(item)


def _stale(path: Path, folder: Path) -> Path | None:
    """The newer twin that makes ``path`` stale: ``x.json`` vs ``x.error.json`` of one article."""
    if path.name.endswith(ERROR_SUFFIX):
        twin = folder / (path.name[: -len(ERROR_SUFFIX)] + ".json")
    else:
        twin = folder / (path.stem + ERROR_SUFFIX)
    try:
        if twin.is_file() and twin.stat().st_mtime > path.stat().st_mtime:
            return twin
    except OSError:
        return None
    return None


def _read_folder(folder: Path, result: SummarySet) -> None:
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() != ".json" or path.name.startswith("."):
            continue
        stem = path.name[: -len(ERROR_SUFFIX)] if path.name.endswith(ERROR_SUFFIX) else path.stem
        newer = _stale(path, folder)
        if newer is not None:
            log.warning("%s is older than %s; skipped", path.name, newer.name)
            result.skipped.append(f"{path.name} (older than {newer.name})")
            continue
        try:
            data = _read_json_file(path)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            result.failures.append(
                FailedArticle(id=stem, error=f"unreadable summary file: {reason}", file=path.name)
            )
            continue
        _add(result, parse_summary(data, stem), path.name)


def _read_jsonl(path: Path, result: SummarySet) -> None:
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            name = f"{path.name}:{number}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                result.failures.append(
                    FailedArticle(id=name, error=f"invalid JSON: {exc}", file=name)
                )
                continue
            _add(result, parse_summary(data, name), name)


def read_summaries(path: Path) -> SummarySet:
    """Read a summaries folder (``*.json``, ``*.error.json``) or a ``.jsonl`` file of summaries."""
    if not path.exists():
        raise SummaryInputError(f"{path} does not exist")
    result = SummarySet()
    try:
        if path.is_dir():
            _read_folder(path, result)
        else:
            _read_jsonl(path, result)
    except (OSError, UnicodeDecodeError) as exc:
        raise SummaryInputError(f"cannot read {path}: {exc}") from None
    result.summaries.sort(key=lambda s: s.id)
    result.failures.sort(key=lambda f: f.id)
    return result
