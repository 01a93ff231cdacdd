"""Evidence: the quote a value came from and where it sits in the cleaned text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tomtat.schemas.enums import Alignment


class Evidence(BaseModel):
    """A quote of the cleaned article text with half-open ``[start, end)`` offsets.

    ``derived`` marks a value that is not written in the quote but inferred from it (a year
    taken from the publication date, a province found from its district); ``note`` says how.
    """

    model_config = ConfigDict(extra="ignore")

    quote: str = Field(description="Verbatim substring of the article supporting the value.")
    start: int | None = Field(default=None, ge=0, description="Start offset in the cleaned text.")
    end: int | None = Field(default=None, ge=0, description="End offset (exclusive).")
    alignment: Alignment | None = Field(
        default=None, description="exact / fuzzy / not_found once grounded; null before."
    )
    derived: bool = Field(default=False, description="True when the value is inferred, not read.")
    note: str | None = Field(default=None, description="How a derived value was inferred.")

    @model_validator(mode="after")
    def _offsets_ordered(self) -> Evidence:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self
