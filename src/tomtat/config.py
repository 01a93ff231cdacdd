"""Settings of a run, in three groups: where the LLM lives, how requests are shaped, how a run
goes; read from flags first, then the environment.

The API key is held in a ``SecretStr`` so that it never shows in a repr, a log line or an error
message.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from pydantic import SecretStr

DEFAULT_CACHE_DIR = Path(os.environ.get("TOMTAT_CACHE_DIR", ".tomtat-cache"))

Prices = Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class EndpointSettings:
    """Where the LLM lives: ``base_url`` (None: api.openai.com), ``api_key``, ``model`` and,
    for library callers, ``client``: their own ``openai.AsyncOpenAI`` (Azure, a proxy, custom
    ``httpx`` settings), which then replaces ``base_url`` and ``api_key``."""

    base_url: str | None = None
    api_key: SecretStr | None = field(default=None, repr=False)
    model: str | None = None
    client: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class RequestSettings:
    """How each request is shaped: ``mode`` (None: chosen from the endpoint),
    ``prompt_version`` and ``prompts_dir`` (None: the bundled prompts), ``temperature``,
    ``max_tokens``, ``system_role`` (False folds the system prompt into the user message, for
    chat templates that drop it) and ``max_retries``, the re-asks after a validation error."""

    mode: str | None = None
    prompt_version: str = "v1"
    prompts_dir: Path | None = None
    temperature: float | None = 0.0
    max_tokens: int | None = None
    system_role: bool = True
    max_retries: int = 2


@dataclass(frozen=True)
class RunSettings:
    """How a run goes. ``timeout`` per request (None: 60 s for api.openai.com, 600 s for other
    endpoints, where a CPU server may take minutes per answer). Transport retries (HTTP
    429/5xx/timeouts/dropped connections, separate from re-asks): ``transport_retries`` after
    the first attempt, exponential backoff from ``backoff_initial`` to ``backoff_max`` seconds
    with jitter, ``retry_total`` seconds in all. ``concurrency``: requests (articles) in flight.
    ``cache_dir`` / ``use_cache``: the answer cache. ``token_budget``: articles estimated above
    it (chars / 3) are split on paragraph boundaries, into at most ``max_chunks`` requests.
    ``prices``: ``{model: {prompt_per_1k, completion_per_1k, batch_discount}}`` in USD for
    ``meta.cost_usd``. ``force``: redo inputs whose output already exists. ``retry_invalid``:
    ask again for answers that stayed invalid after the last re-ask. ``batch``: send the
    requests through the Batch API; ``batch_poll`` seconds between status checks."""

    timeout: float | None = None
    transport_retries: int = 5
    backoff_initial: float = 1.0
    backoff_max: float = 30.0
    retry_total: float = 180.0
    concurrency: int = 8
    cache_dir: Path = DEFAULT_CACHE_DIR
    use_cache: bool = True
    token_budget: int = 6000
    max_chunks: int = 24
    prices: Prices | None = field(default=None, repr=False)
    force: bool = False
    retry_invalid: bool = False
    batch: bool = False
    batch_poll: float = 30.0


_GROUPS: dict[str, str] = {
    f.name: group
    for group, cls in (
        ("endpoint", EndpointSettings),
        ("request", RequestSettings),
        ("run", RunSettings),
    )
    for f in fields(cls)
}


class Settings:
    """The three groups of settings: ``endpoint``, ``request`` and ``run``.

    Built from the groups (``Settings(endpoint=EndpointSettings(...), ...)``) or, as before the
    split, from flat names (``Settings(base_url=..., mode=..., concurrency=...)``), each routed
    to its group; flat names also read through (``settings.model``). Immutable.
    """

    __slots__ = ("endpoint", "request", "run")
    endpoint: EndpointSettings
    request: RequestSettings
    run: RunSettings

    def __init__(
        self,
        endpoint: EndpointSettings | None = None,
        request: RequestSettings | None = None,
        run: RunSettings | None = None,
        **flat: Any,
    ) -> None:
        parts: dict[str, dict[str, Any]] = {"endpoint": {}, "request": {}, "run": {}}
        for name, value in flat.items():
            group = _GROUPS.get(name)
            if group is None:
                raise TypeError(f"unknown setting {name!r}")
            parts[group][name] = value
        if isinstance(parts["endpoint"].get("api_key"), str):
            parts["endpoint"]["api_key"] = SecretStr(parts["endpoint"]["api_key"])
        object.__setattr__(
            self, "endpoint", replace(endpoint or EndpointSettings(), **parts["endpoint"])
        )
        object.__setattr__(
            self, "request", replace(request or RequestSettings(), **parts["request"])
        )
        object.__setattr__(self, "run", replace(run or RunSettings(), **parts["run"]))

    def __getattr__(self, name: str) -> Any:
        group = _GROUPS.get(name)
        if group is None:
            raise AttributeError(name)
        return getattr(object.__getattribute__(self, group), name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Settings is immutable: build a new one (or use with_changes)")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settings):
            return NotImplemented
        return (self.endpoint, self.request, self.run) == (other.endpoint, other.request, other.run)

    def __hash__(self) -> int:
        return hash((self.endpoint, self.request, self.run))

    def __repr__(self) -> str:
        return f"Settings(endpoint={self.endpoint!r}, request={self.request!r}, run={self.run!r})"

    def with_changes(self, **flat: Any) -> Settings:
        """A copy with the given flat settings changed."""
        return Settings(self.endpoint, self.request, self.run, **flat)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``TOMTAT_MODEL``; flags win.

        Also read: ``TOMTAT_MODE``, ``TOMTAT_PROMPTS_DIR``, ``TOMTAT_PRICES`` (a JSON file),
        ``TOMTAT_BATCH_POLL`` (seconds between Batch API status checks).
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
        if poll := os.environ.get("TOMTAT_BATCH_POLL"):
            try:
                values["batch_poll"] = float(poll)
            except ValueError:
                raise ValueError(f"TOMTAT_BATCH_POLL must be seconds, not {poll!r}") from None
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
        if not (self.batch_poll >= 0 and math.isfinite(self.batch_poll)):
            raise ValueError(f"batch poll interval must be seconds >= 0, not {self.batch_poll}")
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
                "batch_discount": float(entry.get("batch_discount", 0.5)),
            }
        except (TypeError, ValueError):
            raise ValueError(f"price table {path}: prices for {model!r} must be numbers") from None
    return table
