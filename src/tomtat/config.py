"""Where the LLM lives and how to run a batch: read from flags first, then the environment.

Kept apart from how requests are shaped (``tomtat.extract.llm``). The API key is held in a
``SecretStr`` so that it never shows in a repr, a log line or an error message.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr

DEFAULT_CACHE_DIR = Path(os.environ.get("TOMTAT_CACHE_DIR", ".tomtat-cache"))

Prices = Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class Settings:
    """Endpoint, model and batch options; ``from_env`` fills the gaps from the environment.

    LLM request shaping: ``mode`` (None: chosen from the endpoint), ``prompt_version`` and
    ``prompts_dir`` (None: the bundled prompts), ``temperature``, ``max_tokens``, ``system_role``
    (False folds the system prompt into the user message, for chat templates that drop it).
    Transport retries (HTTP 429/5xx/timeouts/dropped connections, separate from re-asks after a
    validation error, which ``max_retries`` bounds): ``transport_retries`` attempts after the
    first, exponential backoff from ``backoff_initial`` to ``backoff_max`` seconds with jitter,
    ``retry_total`` seconds in all. ``token_budget``: articles estimated above it (chars / 3) are
    split on paragraph boundaries, into at most ``max_chunks`` requests (a longer article fails
    clearly instead of sending hundreds of requests). ``prices``: ``{model: {prompt_per_1k, completion_per_1k}}`` in
    USD for ``meta.cost_usd``. ``force``: redo inputs whose output already exists.
    """

    base_url: str | None = None
    api_key: SecretStr | None = field(default=None, repr=False)
    model: str | None = None
    mode: str | None = None
    timeout: float | None = None
    max_retries: int = 2
    concurrency: int = 8
    cache_dir: Path = DEFAULT_CACHE_DIR
    use_cache: bool = True
    prompt_version: str = "v1"
    prompts_dir: Path | None = None
    temperature: float | None = 0.0
    max_tokens: int | None = None
    system_role: bool = True
    transport_retries: int = 5
    backoff_initial: float = 1.0
    backoff_max: float = 30.0
    retry_total: float = 180.0
    token_budget: int = 6000
    max_chunks: int = 24
    prices: Prices | None = field(default=None, repr=False)
    force: bool = False
    retry_invalid: bool = False
    client: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``TOMTAT_MODEL``; flags win.

        Also read: ``TOMTAT_MODE``, ``TOMTAT_PROMPTS_DIR``, ``TOMTAT_PRICES`` (a JSON file).
        """
        values: dict[str, object] = {
            "base_url": os.environ.get("OPENAI_BASE_URL") or None,
            "api_key": SecretStr(key) if (key := os.environ.get("OPENAI_API_KEY")) else None,
            "model": os.environ.get("TOMTAT_MODEL") or None,
        }
        if mode := os.environ.get("TOMTAT_MODE"):
            values["mode"] = mode
        if prompts := os.environ.get("TOMTAT_PROMPTS_DIR"):
            values["prompts_dir"] = Path(prompts)
        if prices := os.environ.get("TOMTAT_PRICES"):
            values["prices"] = load_prices(Path(prices))
        for name, value in overrides.items():
            if value is None:
                continue
            values[name] = (
                SecretStr(value) if name == "api_key" and isinstance(value, str) else value
            )
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise ValueError on settings that cannot work (bad counts, unknown mode)."""
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {self.concurrency}")
        if self.max_retries < 0 or self.transport_retries < 0:
            raise ValueError("retry counts cannot be negative")
        if self.timeout is not None and not (self.timeout > 0 and math.isfinite(self.timeout)):
            raise ValueError(f"timeout must be a positive number of seconds, not {self.timeout}")
        if self.max_chunks < 1:
            raise ValueError(f"max_chunks must be at least 1, not {self.max_chunks}")
        if self.token_budget < 100:
            raise ValueError(f"token budget {self.token_budget} is too small (at least 100)")
        if self.mode is not None and self.mode not in ("tools", "json_schema", "json", "md_json"):
            raise ValueError(f"unknown mode {self.mode!r}: use tools, json_schema, json or md_json")

    @property
    def llm_configured(self) -> bool:
        """True when an endpoint is configured, so ``summarise`` defaults to the LLM backend."""
        return bool(self.base_url or self.api_key)


def load_prices(path: Path) -> dict[str, dict[str, float]]:
    """A price table ``{model: {"prompt_per_1k": x, "completion_per_1k": y}}`` (USD) from JSON."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read price table {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"price table {path} must be a JSON object keyed by model")
    table: dict[str, dict[str, float]] = {}
    for model, entry in data.items():
        if not isinstance(entry, dict):
            raise ValueError(f"price table {path}: entry for {model!r} must be an object")
        try:
            table[str(model)] = {
                "prompt_per_1k": float(entry.get("prompt_per_1k", 0.0)),
                "completion_per_1k": float(entry.get("completion_per_1k", 0.0)),
            }
        except (TypeError, ValueError):
            raise ValueError(f"price table {path}: prices for {model!r} must be numbers") from None
    return table
