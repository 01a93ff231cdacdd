"""The answer cache: answers on disk, keyed by everything that shapes them.

Key: sha256 over the endpoint, model, mode, prompt version and hash, schema hash and the full
rendered request (every message as sent, and every other parameter sent: temperature,
max_tokens...), never the API key. An answer made under one request is never served for
another. Value: JSON text holding the answer, the raw completion and the usage. An answer still
invalid after the last re-ask is stored too, marked ``invalid`` with its validation problems,
so a re-run does not pay for the same invalid answer again (``--retry-invalid`` redoes it).
Transport failures are never stored. An entry that cannot be read back is deleted and
recomputed. diskcache (SQLite) makes it safe to share between processes.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FORMAT = 2


def cache_key(
    *,
    endpoint: str,
    model: str,
    mode: str,
    prompt_version: str,
    prompt_hash: str,
    schema_hash: str,
    request: Mapping[str, Any],
    purpose: str = "extract",
) -> str:
    """sha256 hex of the request's identity; ``request`` is the rendered request as sent
    (``messages`` and the other parameters), without the response model and the model name."""
    identity = {
        "format": CACHE_FORMAT,
        "purpose": purpose,
        "endpoint": endpoint,
        "model": model,
        "mode": mode,
        "prompt_version": prompt_version,
        "prompt_hash": prompt_hash,
        "schema_hash": schema_hash,
        "request": request,
    }
    data = json.dumps(identity, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass
class CachedAnswer:
    """What a hit gives back; ``invalid`` answers carry their ``problems`` as (path, message)."""

    facts: dict[str, Any]
    completion: dict[str, Any] | None
    usage: dict[str, int]
    invalid: bool = False
    problems: list[tuple[str, str]] = field(default_factory=list)
    reasks: int = 0


def _read_problems(raw: Any) -> list[tuple[str, str]]:
    if not isinstance(raw, list):
        raise ValueError("problems is not a list")
    return [(str(path), str(message)) for path, message in raw]


class AnswerCache:
    """A diskcache.Cache of answers (JSON strings, no pickles)."""

    def __init__(self, directory: Path) -> None:
        import diskcache

        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self._cache = diskcache.Cache(str(directory), size_limit=2**32)

    def get(self, key: str) -> CachedAnswer | None:
        """The entry under ``key``, or None (a corrupt entry is deleted and counts as a miss)."""
        try:
            raw = self._cache.get(key)
        except Exception as exc:  # unreadable row, pickling error, locked file...
            log.warning("cache entry %s unreadable (%s): recomputing", key[:12], type(exc).__name__)
            self._discard(key)
            return None
        if raw is None:
            return None
        try:
            data = json.loads(raw) if isinstance(raw, str | bytes) else None
            if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
                raise ValueError("unexpected shape")
            facts = data["facts"]
            if not isinstance(facts, dict):
                raise ValueError("no facts")
            usage = {k: int(v) for k, v in dict(data.get("usage") or {}).items()}
            return CachedAnswer(
                facts=facts,
                completion=data.get("completion"),
                usage=usage,
                invalid=bool(data.get("invalid", False)),
                problems=_read_problems(data.get("problems") or []),
                reasks=int(data.get("reasks") or 0),
            )
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("cache entry %s corrupt (%s): recomputing", key[:12], exc)
            self._discard(key)
            return None

    def set(
        self,
        key: str,
        facts: dict[str, Any],
        completion: dict[str, Any] | None,
        usage: Mapping[str, int],
        *,
        problems: list[tuple[str, str]] | None = None,
        reasks: int = 0,
    ) -> None:
        """Store an answer (``problems`` given: still invalid after ``reasks`` re-asks); a
        failure to write is logged, never raised."""
        value = json.dumps(
            {
                "format": CACHE_FORMAT,
                "facts": facts,
                "completion": completion,
                "usage": dict(usage),
                "invalid": bool(problems),
                "problems": [list(p) for p in problems or []],
                "reasks": reasks,
            },
            ensure_ascii=False,
        )
        try:
            self._cache.set(key, value)
        except Exception as exc:
            log.warning("cannot write cache entry %s: %s", key[:12], type(exc).__name__)

    def _discard(self, key: str) -> None:
        try:
            self._cache.delete(key)
        except Exception:
            pass

    def close(self) -> None:
        """Close the SQLite handles."""
        self._cache.close()
