"""Writing results safely: atomic files, output names that cannot escape the output folder."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
MAX_STEM_BYTES = 180


def safe_stem(name: str) -> str:
    """A file stem from any input name: no separators, no '..', never empty or hidden."""
    name = name.replace("\\", "/")
    # a plain name is its own last component (pathlib's parsing costs more than the rest)
    last = name if "/" not in name and name not in ("", ".") else Path(name).name
    stem = unicodedata.normalize("NFC", last)
    stem = _UNSAFE.sub("_", stem).strip("._") or "article"
    # File systems limit names in bytes (255 on ext4); leave room for suffixes like ".error.json".
    return (
        stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", errors="ignore").rstrip("._")
        or "article"
    )


def output_path(out_dir: Path, stem: str, suffix: str = ".json") -> Path:
    """``out_dir/<safe stem><suffix>``, checked to lie inside ``out_dir``."""
    return output_paths(out_dir, stem, (suffix,))[0]


def output_paths(
    out_dir: Path, stem: str, suffixes: Sequence[str], *, resolved: bool = False
) -> list[Path]:
    """:func:`output_path` of one stem with each of ``suffixes``: the folder is resolved once
    (a summary and its error file are both named for every article written), or not at all
    when ``resolved`` says the caller did (a batch resolves its folder once for all)."""
    base = out_dir if resolved else out_dir.resolve()
    safe = safe_stem(stem)
    paths = []
    for suffix in suffixes:
        path = base / f"{safe}{suffix}"
        if path.is_symlink():  # its one component not resolved yet (a safe stem is one name)
            path = path.resolve()
        if path.parent != base:
            raise ValueError(f"output name {stem!r} escapes the output folder")
        paths.append(path)
    return paths


_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_TEMP_TRIES = 100


def _create_temp(path: Path) -> tuple[int, str]:
    """A new private file next to ``path`` (".<name>.<8 hex>.tmp", mode 0600, as mkstemp makes
    it); the folder is made when missing."""
    for attempt in range(_TEMP_TRIES):
        tmp = os.path.join(path.parent, f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(tmp, _TEMP_FLAGS, 0o600), tmp
        except FileExistsError:
            continue
        except FileNotFoundError:
            if attempt:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                return os.open(tmp, _TEMP_FLAGS, 0o600), tmp
            except FileExistsError:
                continue
    raise FileExistsError(f"no free temporary name next to {path}")


def write_atomic(path: Path, content: str, *, durable: bool = True) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename: never partial.

    ``durable`` also flushes the file to the disk before the rename (an fsync), so that it
    survives a power loss. A batch's per-article outputs skip it: an fsync costs more than
    summarising a short article, and a file lost or emptied by a crash is simply redone by the
    next run (an unreadable output is never reused). The temporary file is written with plain
    system calls (a batch writes one file per article: a text stream and mkstemp's name
    generator cost as much as the write itself).
    """
    data = content.encode("utf-8")
    fd, tmp = _create_temp(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def json_text(data: Any) -> str:
    """Pretty UTF-8 JSON (Vietnamese kept readable) with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json_atomic(path: Path, data: Any, *, durable: bool = True) -> None:
    """Pretty UTF-8 JSON (Vietnamese kept readable), written atomically."""
    write_atomic(path, json_text(data), durable=durable)
