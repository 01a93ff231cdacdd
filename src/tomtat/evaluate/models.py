"""Result models of the evaluation: counts per field, differences, per-article and overall scores."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

# Every scored field, in report order. Names are FORMAT.md's paths; ``people.title`` and
# ``award_counts`` are the parts of a matched person / award scored on their own.
SCALAR_FIELDS = (
    "event.date",
    "event.part_of_day",
    "event.province",
    "event.district",
    "event.review_period",
    "published",
    "source",
    "author",
)
FIELDS = (
    *SCALAR_FIELDS,
    "event.organizer",
    "event.kinds",
    "people",
    "people.title",
    "awards",
    "award_counts",
    "statistics",
    "conflicts",
)
# The headline F1 is the plain mean of these fields' F1.
HEADLINE_FIELDS = (
    "event.date",
    "event.organizer",
    "event.district",
    "event.review_period",
    "people",
    "awards",
    "award_counts",
    "statistics",
)


class FieldScore(BaseModel):
    """True/false positives and false negatives of one field, with precision, recall and F1.

    A field with nothing on either side (tp = fp = fn = 0) scores 1.0: nothing to find and
    nothing wrongly found. Otherwise an empty denominator gives 0.0.
    """

    model_config = ConfigDict(extra="forbid")

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        """tp + fp + fn: how many judgements the field made."""
        return self.tp + self.fp + self.fn

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        if self.support == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        if self.support == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn), the harmonic mean of precision and recall."""
        if self.support == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def add(self, other: FieldScore) -> FieldScore:
        """The sum of two counts."""
        return FieldScore(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Difference(BaseModel):
    """One place where the prediction disagrees with the label."""

    field: str = Field(description="Scored field the difference counts against.")
    path: str = Field(description="Path in the label (awards[2].collectives); pred:N for extras.")
    gold: Any = None
    predicted: Any = None


class ArticleScore(BaseModel):
    """Scores of one article: per-field counts, differences, and how its prediction was read."""

    id: str
    status: str = Field(
        default="ok",
        description="ok | missing | failed | unparseable: how the prediction was read.",
    )
    message: str | None = Field(default=None, description="Why a prediction counts as empty.")
    fields: dict[str, FieldScore] = Field(default_factory=dict)
    differences: list[Difference] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def headline_f1(self) -> float:
        """Mean F1 of the headline fields on this article alone."""
        return headline_f1(self.fields)


class Averages(BaseModel):
    """Precision, recall and F1 of a micro or macro average."""

    precision: float
    recall: float
    f1: float


class EvaluationReport(BaseModel):
    """Scores of a prediction folder against a gold folder."""

    gold_dir: str | None = None
    pred_dir: str | None = None
    fields: dict[str, FieldScore] = Field(default_factory=dict)
    articles: list[ArticleScore] = Field(default_factory=list)
    unlabelled: list[str] = Field(
        default_factory=list, description="Prediction files with no gold label (not scored)."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def headline_f1(self) -> float:
        """Mean F1 over the headline fields (date, organiser, district, review period, lists)."""
        return headline_f1(self.fields)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def micro(self) -> FieldScore:
        """Counts summed over every field, then precision/recall/F1."""
        total = FieldScore()
        for score in self.fields.values():
            total = total.add(score)
        return total

    @computed_field  # type: ignore[prop-decorator]
    @property
    def macro(self) -> Averages:
        """Mean precision/recall/F1 over the fields that made any judgement."""
        scored = [s for s in self.fields.values() if s.support]
        if not scored:
            return Averages(precision=1.0, recall=1.0, f1=1.0)
        n = len(scored)
        return Averages(
            precision=sum(s.precision for s in scored) / n,
            recall=sum(s.recall for s in scored) / n,
            f1=sum(s.f1 for s in scored) / n,
        )

    def to_json_dict(self) -> dict[str, Any]:
        """JSON-ready report: fields, headline_f1, micro, macro, articles (+ dirs, unlabelled)."""
        return self.model_dump(mode="json")


def headline_f1(fields: dict[str, FieldScore]) -> float:
    """Mean F1 of :data:`HEADLINE_FIELDS` (a field absent from ``fields`` counts as empty, 1.0)."""
    return sum(fields.get(name, FieldScore()).f1 for name in HEADLINE_FIELDS) / len(HEADLINE_FIELDS)


def sum_fields(articles: list[ArticleScore]) -> dict[str, FieldScore]:
    """Per-field counts summed over articles, every field of :data:`FIELDS` present."""
    totals = {name: FieldScore() for name in FIELDS}
    for article in articles:
        for name, score in article.fields.items():
            totals[name] = totals.get(name, FieldScore()).add(score)
    return totals
