"""Batch inputs: article files, and corpus files (JSONL, CSV, Parquet) holding one article a record.

Analysts hold corpora as one file, a crawler's export with one article per row. Each record
becomes an :class:`InputItem` with its text (from ``text``, or the field named by
``text_field``; HTML in it is cleaned like an ``.html`` file), its id (from ``id``, or
``id_field``, else the record's 1-based row or line number) and the metadata fields
:data:`METADATA_FIELDS` when present. A record that cannot be used (broken JSON line, a row with
the wrong number of cells, no text, a duplicate id) becomes an item with ``error`` set, so the
batch reports it and goes on with the others. ``-`` reads JSONL from standard input.

Nothing here analyses text: it only finds the articles of a batch, so it sits beside the
pipeline and imports nothing but the text layer's error type.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from tomtat.text.errors import InputError

__all__ = [
    "ARTICLE_SUFFIXES",
    "CORPUS_SUFFIXES",
    "METADATA_FIELDS",
    "STDIN",
    "InputItem",
    "expand_inputs",
    "is_corpus",
    "read_corpus",
    "read_limited",
]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
METADATA_FIELDS = ("url", "title", "published", "source")
STDIN = "-"
STDIN_NAME = "<stdin>"  # how records read from standard input are named in errors and outputs
MAX_CORPUS_BYTES = 4 * 1024 * 1024 * 1024  # a corpus is read whole; refuse absurd sizes clearly
MAX_FIELD_CHARS = 64 * 1024 * 1024  # one CSV cell (an article) may be long


@dataclass(frozen=True)
class InputItem:
    """One article of a batch: a file to read, or a corpus record whose text is in memory.

    ``path`` is the article file, or the corpus file the record came from; ``origin`` says where
    the article is (``meta.source_path``): the file, or ``corpus.jsonl#3`` for its third record.
    ``metadata`` holds the record's ``url``/``title``/``published``/``source`` values.
    """

    path: Path
    article_id: str
    origin: str
    text: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    error: str | None = None
    from_corpus: bool = False

    @classmethod
    def of_file(cls, path: Path) -> InputItem:
        """The item for an article file (read when it is summarised)."""
        return cls(path=path, article_id=path.stem, origin=str(path))

    @property
    def name_key(self) -> tuple[str, str]:
        """(wanted output name, a string unique to this input) for choosing output stems."""
        if not self.from_corpus:
            return self.path.stem, str(self.path)
        # ids such as "2023/05/123" keep all their parts in the file name
        return self.article_id.replace("/", "_").replace("\\", "_"), self.origin


def _record_item(
    source: Path,
    row: int,
    record: Any,
    text_field: str,
    id_field: str,
    seen: dict[str, int],
) -> InputItem:
    """The item for one parsed record (a dict), or an error item saying what is wrong."""
    origin = f"{source}#{row}"
    if not isinstance(record, dict):
        return InputItem(
            source, str(row), origin, error=f"record {row} is not an object", from_corpus=True
        )
    raw_id = record.get(id_field)
    article_id = str(raw_id).strip() if raw_id not in (None, "") else str(row)
    if not article_id:
        article_id = str(row)
    if article_id in seen:
        return InputItem(
            source,
            article_id,
            origin,
            error=f"duplicate id {article_id!r} (first at record {seen[article_id]})",
            from_corpus=True,
        )
    seen[article_id] = row
    text = record.get(text_field)
    error = None
    if text is None:
        error = f"record {row} has no {text_field!r} field"
    elif not isinstance(text, str):
        error = f"record {row}: {text_field!r} is {type(text).__name__}, not text"
    elif not text.strip():
        error = f"record {row}: {text_field!r} is empty"
    metadata = tuple(
        (name, str(value).strip())
        for name in METADATA_FIELDS
        if (value := record.get(name)) not in (None, "") and str(value).strip()
    )
    return InputItem(
        source,
        article_id,
        origin,
        text=text if error is None else None,
        metadata=metadata,
        error=error,
        from_corpus=True,
    )


def _jsonl_records(data: bytes) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, record, error) per non-blank line of a JSONL text."""
    text = data.decode("utf-8-sig", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line), None
        except ValueError as exc:
            yield number, None, f"line {number} is not valid JSON ({exc.args[0].split(':')[0]})"


def _csv_records(data: bytes) -> Iterator[tuple[int, Any, str | None]]:
    """(row number, record, error) per data row of a CSV text with a header row."""
    text = data.decode("utf-8-sig", errors="replace")
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return
    row = 0
    while True:
        row += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield row, None, f"row {row} cannot be read as CSV ({exc})"
            continue
        if not any(cell.strip() for cell in cells):
            row -= 1
            continue
        if len(cells) != len(header):
            yield row, None, f"row {row} has {len(cells)} cells, the header has {len(header)}"
            continue
        yield row, dict(zip(header, cells, strict=True)), None


def _parquet_records(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """(row number, record, None) per row of a Parquet file (needs pyarrow)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading Parquet needs pyarrow: pip install 'tomtat[parquet]'") from None
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises many types for a damaged file
        raise InputError(f"cannot read {path.name} as Parquet: {exc}") from None
    for row, record in enumerate(table.to_pylist(), start=1):
        yield row, record, None


def read_limited(path: Path, limit: int) -> bytes:
    """Bytes of ``path``; an unreadable file or one over ``limit`` bytes is an InputError."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path.name} is {size} bytes, over the {limit} byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc}") from None


def _read_bytes(path: Path, stream: BinaryIO | None) -> bytes:
    return stream.read() if stream is not None else read_limited(path, MAX_CORPUS_BYTES)


def read_corpus(
    path: str | os.PathLike[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    stream: BinaryIO | None = None,
) -> list[InputItem]:
    """One item per record of a ``.jsonl``/``.ndjson``, ``.csv`` or ``.parquet`` corpus.

    ``path`` ``-`` (or any path with ``stream`` given) reads JSONL from ``stream``, by default
    standard input. A file that cannot be read at all gives one error item; a bad record gives
    an error item for that record only.
    """
    is_stdin = str(path) == STDIN
    source = Path(STDIN_NAME if is_stdin else path)
    if is_stdin and stream is None:
        stream = sys.stdin.buffer
    suffix = ".jsonl" if is_stdin else source.suffix.lower()
    records: Iterable[tuple[int, Any, str | None]]
    try:
        if suffix == ".parquet":
            records = list(_parquet_records(source))
        else:
            data = _read_bytes(source, stream)
            records = list(_csv_records(data) if suffix == ".csv" else _jsonl_records(data))
    except InputError as exc:
        return [InputItem(source, source.stem, str(source), error=str(exc), from_corpus=True)]
    seen: dict[str, int] = {}
    items = []
    for row, record, error in records:
        if error is not None:
            items.append(
                InputItem(source, str(row), f"{source}#{row}", error=error, from_corpus=True)
            )
        else:
            items.append(_record_item(source, row, record, text_field, id_field, seen))
    return items


def is_corpus(path: Path) -> bool:
    """True for ``-`` and for files whose suffix marks a corpus (:data:`CORPUS_SUFFIXES`)."""
    return str(path) == STDIN or path.suffix.lower() in CORPUS_SUFFIXES


def expand_inputs(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    stream: BinaryIO | None = None,
) -> list[InputItem]:
    """Every article of a batch: folders give their .txt/.html files (sorted), corpus files
    and ``-`` their records, other paths are article files (a missing one fails when read)."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    items: list[InputItem] = []
    for raw in paths:
        path = Path(raw)
        if is_corpus(path) and not path.is_dir():
            items.extend(read_corpus(raw, text_field=text_field, id_field=id_field, stream=stream))
        elif path.is_dir():
            items.extend(
                InputItem.of_file(p)
                for p in sorted(path.iterdir())
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        else:
            items.append(InputItem.of_file(path))
    return items
