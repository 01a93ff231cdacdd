"""The lean model the LLM fills: no ids, meta or checks, and every item carries its quote.

Validators read the article through instructor's validation context (``context={"article":
FoldedText}``): a quote not found in the article, or a count or value not written in its
quote, is a validation error that instructor sends back to the model (a re-ask). Without a
context (the lenient path, a cached answer) only the structure is validated;
:func:`content_problems` then lists the same problems without raising.
"""

from __future__ import annotations

import json
import re
from typing import Any

from instructor import ResponseSchema
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from tomtat.extract.llm.evidence import FoldedText, name_in_quote, quote_problem, value_in_quote
from tomtat.extract.rules.people import person_name_problem
from tomtat.schemas import AwardType, EventKind, PartOfDay, Qualifier
from tomtat.text.event_checks import date_problem, place_problems
from tomtat.text.vocab import AWARD_SPELLINGS

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _all_required(schema: dict[str, Any]) -> None:
    """Every key required in the JSON schema (null allowed where the field is optional): a
    grammar-constrained server then cannot answer "{}", and OpenAI's tools get explicit nulls.
    Python-side validation keeps the defaults, so a salvaged partial answer still loads."""
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema["required"] = list(properties)


class _Item(BaseModel):
    model_config = ConfigDict(
        extra="ignore", populate_by_name=True, json_schema_extra=_all_required
    )

    def problems(self, article: FoldedText) -> list[tuple[str, str]]:
        """``(field, message)`` for every check that fails against ``article``."""
        return []

    @model_validator(mode="after")
    def _check_against_article(self, info: ValidationInfo) -> Any:
        context = info.context if isinstance(info.context, dict) else None
        article = context.get("article") if context else None
        if isinstance(article, FoldedText):
            found = self.problems(article)
            if found:
                raise ValueError("; ".join(f"{name}: {msg}" for name, msg in found))
        return self


class EventFacts(_Item):
    """When, where and by whom the meeting was held."""

    # No JSON-schema "pattern": llama.cpp's grammar converter rejects "\d" (the server then
    # fails the request), and other servers differ in regex support. Checked below instead.
    date: str | None = Field(
        default=None,
        description="ISO date YYYY-MM-DD of the meeting; year from context when unstated; null if none.",
    )
    part_of_day: PartOfDay | None = Field(default=None, description="sáng/trưa/chiều/tối or null.")
    kinds: list[EventKind] = Field(default_factory=list, description="What the meeting does.")
    organizer: str | None = Field(default=None, description="Who held it, as the text names it.")
    province: str | None = Field(default=None, description="Province, without 'tỉnh'/'thành phố'.")
    district: str | None = Field(
        default=None, description="District-level unit, no prefix; null for a provincial event."
    )
    review_start: int | None = Field(
        default=None, ge=1900, le=2200, description="First year reviewed (tổng kết/sơ kết only)."
    )
    review_end: int | None = Field(
        default=None, ge=1900, le=2200, description="Last year reviewed."
    )
    quote: str | None = Field(
        default=None,
        description="The sentence that states the meeting's date, place or organiser, copied verbatim.",
    )

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and not ISO_DATE.match(value):
            raise ValueError(f"date {value!r} is not an ISO date YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _check_fields_against_text(self, info: ValidationInfo) -> Any:
        # The raw text and publication date come in the validation context with the article.
        context = info.context if isinstance(info.context, dict) else None
        text = context.get("text") if context else None
        if isinstance(text, str):
            found = event_field_problems(self, text, context.get("published") if context else None)
            if found:
                raise ValueError("; ".join(f"{name}: {msg}" for name, msg in found))
        return self

    def problems(self, article: FoldedText) -> list[tuple[str, str]]:
        """The event quote must be in the article when any event field is set."""
        found: list[tuple[str, str]] = []
        stated = any((self.date, self.organizer, self.province, self.district))
        if stated or self.quote:
            problem = quote_problem(self.quote, article)
            if problem:
                found.append(("event.quote", problem))
        if (self.review_start is None) != (self.review_end is None):
            found.append(("event.review", "give both review_start and review_end, or neither"))
        elif self.review_start is not None and self.review_end is not None:
            if self.review_end < self.review_start:
                found.append(("event.review", "review_end is before review_start"))
        return found


def event_field_problems(
    event: EventFacts, text: str, published: str | None
) -> list[tuple[str, str]]:
    """The event's place against the gazetteer and its date against the dates of ``text``;
    the organiser must be written in the text."""
    found = [
        (f"event.{p.field}", p.message)
        for p in place_problems(event.province, event.district, date=event.date)
    ]
    date = date_problem(event.date, text, published=published)
    if date is not None:
        found.append((f"event.{date.field}", date.message))
    if event.organizer and not name_in_quote(event.organizer, text):
        found.append(("event.organizer", f"the organiser {event.organizer!r} is not in the text"))
    return found


class PersonFacts(_Item):
    """An official named in the text with the post the text gives."""

    name: str = Field(description="Full name as written, without rank or title.")
    title: str | None = Field(default=None, description="Post as the text gives it, without rank.")
    rank: str | None = Field(
        default=None, description="Military/police rank such as 'Đại tá', else null."
    )
    quote: str = Field(description="The words of the article naming this person, verbatim.")

    def problems(self, article: FoldedText) -> list[tuple[str, str]]:
        """The quote must be in the article and contain the name."""
        problem = quote_problem(self.quote, article)
        if problem:
            return [("quote", problem)]
        if not name_in_quote(self.name, self.quote):
            return [("name", f"the name {self.name!r} is not in its quote")]
        not_a_person = person_name_problem(self.name)
        return [("name", not_a_person)] if not_a_person else []


_CLASS_WORDS = re.compile(r"(?i)^\s*(?:các\s+|những\s+)?(?:tập\s+thể|cá\s+nhân)\s*$")


def recipient_problems(recipients: list[str], quote: str) -> list[tuple[str, str]]:
    """Each recipient must be named in the grant's quote, and be a name, not the bare words
    "tập thể" / "cá nhân" (which would let a count of 1 pass without a written number)."""
    found: list[tuple[str, str]] = []
    for index, recipient in enumerate(recipients):
        if _CLASS_WORDS.match(recipient):
            found.append(
                (
                    f"recipients[{index}]",
                    f"{recipient!r} is the kind of recipient, not a name: list named recipients only",
                )
            )
        elif not name_in_quote(recipient, quote):
            found.append((f"recipients[{index}]", f"{recipient!r} is not named in the quote"))
    return found


class AwardFacts(_Item):
    """One grant made at the event: one kind of award from one issuer, with its counts."""

    type: AwardType = Field(description="Kind of award; 'Khác' for anything not listed.")
    issuer: str | None = Field(default=None, description="Who grants it, as the text names it.")
    collectives: int | None = Field(
        default=None,
        ge=0,
        description="Number of collectives (tập thể); a single named collective is 1; null if not given.",
    )
    individuals: int | None = Field(
        default=None, ge=0, description="Number of individuals (cá nhân); null if not given."
    )
    total: int | None = Field(
        default=None, ge=0, description="Only when the text gives a total without the split."
    )
    recipients: list[str] = Field(default_factory=list, description="Recipients named in the text.")
    quote: str = Field(description="The sentence of the article that states this grant, verbatim.")

    def problems(self, article: FoldedText) -> list[tuple[str, str]]:
        """The quote must be in the article, and every count written in it."""
        problem = quote_problem(self.quote, article)
        if problem:
            return [("quote", problem)]
        found = recipient_problems(self.recipients, self.quote)
        names = AWARD_SPELLINGS.get(AwardType(self.type), ())
        if names and not any(name_in_quote(name, self.quote) for name in names):
            found.append(
                ("type", f"the quote does not name a {self.type.value}: quote the grant itself")
            )
        for name in ("collectives", "individuals", "total"):
            value = getattr(self, name)
            if value is None or value_in_quote(value, self.quote):
                continue
            if value == 1 and self.recipients and not found:
                continue  # one recipient named in the quote counts 1 without a written number
            found.append((name, f"{name}={value} is not written in the quote {self.quote!r}"))
        if self.total is not None and self.collectives is not None and self.individuals is not None:
            found.append(
                (
                    "total",
                    "set total only when the text gives no split into collectives and individuals",
                )
            )
        return found


class StatisticFacts(_Item):
    """Another numeric fact of the article."""

    label: str = Field(description="What is counted, in the article's words.")
    value: float = Field(
        description="The number as a plain number: 1.131 -> 1131, 2,5 -> 2.5, 5 tỷ -> 5000000000."
    )
    unit: str | None = Field(default=None, description="Unit such as 'đồng', '%', 'vụ', else null.")
    qualifier: Qualifier | None = Field(
        default=None, description="Hedge before the number (hơn, trên, gần, khoảng, gần như)."
    )
    quote: str = Field(description="The clause of the article that states the number, verbatim.")

    def problems(self, article: FoldedText) -> list[tuple[str, str]]:
        """The quote must be in the article and hold the value."""
        problem = quote_problem(self.quote, article)
        if problem:
            return [("quote", problem)]
        if not value_in_quote(self.value, self.quote):
            return [("value", f"value {self.value:g} is not written in the quote {self.quote!r}")]
        return []


_SCHEMAS: dict[str, str] = {}


class ArticleFacts(ResponseSchema):
    """Facts of one Vietnamese news report of an official meeting or award ceremony."""

    # A ResponseSchema already, so instructor does not derive a new class on every request.
    model_config = ConfigDict(extra="ignore", json_schema_extra=_all_required)

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The JSON schema, built once per argument set (instructor asks on every request)."""
        key = repr((cls.__qualname__, args, sorted(kwargs.items(), key=lambda kv: kv[0])))
        cached = _SCHEMAS.get(key)
        if cached is None:
            cached = json.dumps(super().model_json_schema(*args, **kwargs))
            _SCHEMAS[key] = cached
        result: dict[str, Any] = json.loads(cached)
        return result

    event: EventFacts = Field(default_factory=EventFacts)
    people: list[PersonFacts] = Field(default_factory=list)
    awards: list[AwardFacts] = Field(
        default_factory=list, description="Grants made at the reported event only."
    )
    statistics: list[StatisticFacts] = Field(default_factory=list)
    conflicts: list[str] = Field(
        default_factory=list, description="Places where the article contradicts itself."
    )


GROUPS: tuple[tuple[str, type[_Item]], ...] = (
    ("people", PersonFacts),
    ("awards", AwardFacts),
    ("statistics", StatisticFacts),
)


def content_problems(facts: ArticleFacts, article: FoldedText) -> list[tuple[str, str]]:
    """Every ``(path, message)`` the validators would raise for ``facts`` against ``article``."""
    found = [(path, msg) for path, msg in facts.event.problems(article)]
    for group, _ in GROUPS:
        for index, item in enumerate(getattr(facts, group)):
            found.extend((f"{group}[{index}].{name}", msg) for name, msg in item.problems(article))
    return found
