"""Where the LLM lives and how to run a batch: read from flags first, then the environment.

Kept apart from how requests are shaped (``tomtat.extract.llm``). The API key is held in a
``SecretStr`` so that it never shows in a repr, a log line or an error message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import SecretStr

DEFAULT_CACHE_DIR = Path(os.environ.get("TOMTAT_CACHE_DIR", ".tomtat-cache"))


@dataclass(frozen=True)
class Settings:
    """Endpoint, model and batch options; ``from_env`` fills the gaps from the environment."""

    base_url: str | None = None
    api_key: SecretStr | None = field(default=None, repr=False)
    model: str | None = None
    mode: str | None = None
    timeout: float = 60.0
    max_retries: int = 2
    concurrency: int = 8
    cache_dir: Path = DEFAULT_CACHE_DIR
    use_cache: bool = True

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``TOMTAT_MODEL``; flags win."""
        values: dict[str, object] = {
            "base_url": os.environ.get("OPENAI_BASE_URL") or None,
            "api_key": SecretStr(key) if (key := os.environ.get("OPENAI_API_KEY")) else None,
            "model": os.environ.get("TOMTAT_MODEL") or None,
        }
        for name, value in overrides.items():
            if value is None:
                continue
            values[name] = (
                SecretStr(value) if name == "api_key" and isinstance(value, str) else value
            )
        return cls(**values)  # type: ignore[arg-type]

    @property
    def llm_configured(self) -> bool:
        """True when an endpoint is configured, so ``summarise`` defaults to the LLM backend."""
        return bool(self.base_url or self.api_key)
