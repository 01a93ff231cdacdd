"""The answer cache: validated answers on disk, keyed by everything that shapes them.

Key: sha256 over the endpoint, model, mode, prompt version and hash, schema hash and the text
sent (never the API key). Value: JSON text holding the validated answer, the raw completion and
the usage. Only answers that passed validation are stored; an entry that cannot be read back
is deleted and recomputed. diskcache (SQLite) makes it safe to share between processes.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FORMAT = 1


def cache_key(
    *,
    endpoint: str,
    model: str,
    mode: str,
    prompt_version: str,
    prompt_hash: str,
    schema_hash: str,
    text: str,
    purpose: str = "extract",
) -> str:
    """sha256 hex of the request's identity."""
    identity = [
        CACHE_FORMAT,
        purpose,
        endpoint,
        model,
        mode,
        prompt_version,
        prompt_hash,
        schema_hash,
        text,
    ]
    return hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class CachedAnswer:
    """What a hit gives back."""

    facts: dict[str, Any]
    completion: dict[str, Any] | None
    usage: dict[str, int]


class AnswerCache:
    """A diskcache.Cache of validated answers (JSON strings, no pickles)."""

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
            return CachedAnswer(facts=facts, completion=data.get("completion"), usage=usage)
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("cache entry %s corrupt (%s): recomputing", key[:12], exc)
            self._discard(key)
            return None

    def set(
        self,
        key: str,
        facts: dict[str, Any],
        completion: dict[str, Any] | None,
        usage: dict[str, int],
    ) -> None:
        """Store a validated answer; a failure to write is logged, never raised."""
        value = json.dumps(
            {"format": CACHE_FORMAT, "facts": facts, "completion": completion, "usage": usage},
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
