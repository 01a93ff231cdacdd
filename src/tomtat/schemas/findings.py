"""Typed findings of the cross-check: what disagrees between a summary and its article."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tomtat.schemas.enums import Severity


class FindingKind(StrEnum):
    """Every kind of finding the cross-check (and the LLM validation) can report."""

    UNSUPPORTED_NUMBER = "unsupported_number"
    MISMATCH = "mismatch"
    SWAPPED = "swapped"
    MISSED_COUNT = "missed_count"
    CONFLICTING_MENTIONS = "conflicting_mentions"
    HEADLINE_MISMATCH = "headline_mismatch"
    TOTAL_MISMATCH = "total_mismatch"
    QUOTE_NOT_FOUND = "quote_not_found"
    REPAIRED = "repaired"
    REASKED = "reasked"
    VALIDATION_ERROR = "validation_error"


class Finding(BaseModel):
    """One cross-check finding; ``path`` points into the summary (``awards[2].collectives``)."""

    model_config = ConfigDict(extra="ignore")

    kind: FindingKind
    severity: Severity
    path: str = Field(description="Field path in the summary, e.g. awards[2].collectives.")
    message: str = Field(default="", description="One human-readable sentence.")
    value: Any = Field(default=None, description="The summary's value.")
    text_value: Any = Field(default=None, description="The article's value(s), if any.")
    start: int | None = Field(default=None, description="Offset of the text's evidence.")
    end: int | None = Field(default=None, description="End offset of the text's evidence.")
    quote: str | None = Field(default=None, description="The clause of the text concerned.")
