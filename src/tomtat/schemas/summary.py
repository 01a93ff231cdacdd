"""The summary of one article: exactly FORMAT.md's keys, plus evidence, checks, warnings, meta.

A gold label file loads into :class:`ArticleSummary` unchanged; :meth:`ArticleSummary.to_format_dict`
gives back only FORMAT.md's keys, so a prediction and a label compare key for key.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tomtat.schemas.enums import AwardType, EventKind, PartOfDay, Qualifier
from tomtat.schemas.evidence import Evidence
from tomtat.schemas.findings import Finding

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO_DATE_OR_MONTH = r"^\d{4}-\d{2}(-\d{2})?$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, use_enum_values=False)


class ReviewPeriod(_Model):
    """Years a meeting reviews; a one-year review has ``start == end``."""

    start: int = Field(ge=1900, le=2200)
    end: int = Field(ge=1900, le=2200)

    @model_validator(mode="after")
    def _ordered(self) -> ReviewPeriod:
        if self.end < self.start:
            raise ValueError(f"review period ends ({self.end}) before it starts ({self.start})")
        return self


class Event(_Model):
    """When, what and who of the meeting; every field null for a text that reports none."""

    date: str | None = Field(default=None, pattern=ISO_DATE, description="ISO date of the meeting.")
    part_of_day: PartOfDay | None = None
    kinds: list[EventKind] = Field(default_factory=list)
    organizer: str | None = Field(default=None, description="Who held it, as the text names it.")
    province: str | None = Field(default=None, description="Province, no 'tỉnh' prefix.")
    district: str | None = Field(default=None, description="District-level unit, no prefix.")
    review_period: ReviewPeriod | None = None
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Evidence per field name (date, organizer, ...)."
    )


class Person(_Model):
    """An official named in the text with the post the text gives; rank kept apart."""

    name: str
    title: str | None = None
    rank: str | None = Field(default=None, description="Military/police rank, e.g. 'Đại tá'.")
    evidence: Evidence | None = None


class Award(_Model):
    """One grant statement: one kind of award from one issuer, with its counts."""

    type: AwardType
    issuer: str | None = None
    collectives: int | None = Field(default=None, ge=0)
    individuals: int | None = Field(default=None, ge=0)
    total: int | None = Field(default=None, ge=0, description="Only when no split is given.")
    recipients: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class Statistic(_Model):
    """Another numeric fact of the article, with its unit and hedge."""

    label: str
    value: int | float
    unit: str | None = None
    qualifier: Qualifier | None = None
    evidence: Evidence | None = None


class Usage(_Model):
    """Tokens spent on one article (summed over re-asks; zero for a cache hit)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    requests: int = 0
    cached_tokens: int = Field(
        default=0,
        description="Prompt tokens the provider served from its prompt cache (of prompt_tokens).",
    )
    batch_requests: int = Field(
        default=0, description="Requests answered through the Batch API (at its price)."
    )


class Meta(_Model):
    """How the summary was made: backend, model, prompt, timing, usage, cache."""

    backend: str | None = None
    model: str | None = None
    mode: str | None = None
    prompt_version: str | None = None
    prompt_hash: str | None = None
    schema_hash: str | None = None
    tomtat_version: str | None = None
    source_path: str | None = None
    url: str | None = Field(
        default=None,
        description="Where the article was published: the corpus record's url, if it had one.",
    )
    record_metadata: dict[str, str] = Field(
        default_factory=dict,
        description="Metadata read from the corpus record (url, title, published, source); "
        "the record's title, published date and source win over what the text gives.",
    )
    text_metadata: dict[str, str] = Field(
        default_factory=dict,
        description="What the text gave for a field that the corpus record overrode.",
    )
    encoding: str | None = None
    duration_ms: float | None = None
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = None
    cached: bool = False
    error: str | None = Field(default=None, description="Why the article failed, if it did.")
    request_hash: str | None = Field(
        default=None,
        description="sha256 of the request settings (endpoint, mode, schema, temperature, "
        "max tokens, system role): an output is reused only by a run with the same.",
    )
    policy: str | None = Field(default=None, description="Cross-check policy of the run.")
    reasks: int = Field(default=0, description="Re-asks after a validation error (LLM).")
    structure_recovered: bool = Field(
        default=False,
        description="The mode's structure was missing (e.g. no tool call) and the JSON was "
        "read from the answer's text.",
    )


FORMAT_KEYS = (
    "id",
    "title",
    "source",
    "published",
    "author",
    "event",
    "people",
    "awards",
    "statistics",
    "conflicts",
)


class ArticleSummary(_Model):
    """The record of one article; FORMAT.md's keys first, then tomtat's additions."""

    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, pattern=ISO_DATE_OR_MONTH)
    author: str | None = None
    event: Event = Field(default_factory=Event)
    people: list[Person] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)
    checks: list[Finding] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    meta: Meta = Field(default_factory=Meta)
    metadata_evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Evidence for title, source, published, author."
    )

    def to_format_dict(self) -> dict[str, Any]:
        """Only FORMAT.md's keys, evidence removed: the shape of a gold label."""
        data = self.model_dump(mode="json")
        out = {key: data[key] for key in FORMAT_KEYS}
        out["event"].pop("evidence", None)
        for group in ("people", "awards", "statistics"):
            for item in out[group]:
                item.pop("evidence", None)
        for person in out["people"]:
            person.pop("rank", None)
        return out

    def to_json_dict(self) -> dict[str, Any]:
        """Everything, JSON-ready: what ``tomtat summarise`` writes per article."""
        return self.model_dump(mode="json")
