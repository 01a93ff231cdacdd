"""Score one prediction against one gold label, field by field, as FORMAT.md says.

Counting rules (documented in the README's evaluation section):

* Scalars and ``event.organizer``: gold and prediction equal and non-null -> tp; both null ->
  not counted; prediction non-null but wrong -> fp, plus fn when gold is non-null;
  prediction null where gold is not -> fn.
* ``event.kinds``: a set; tp = shared kinds, fp = extra kinds, fn = missed kinds.
* ``people``, ``awards``, ``statistics``: one-to-one optimal matching; tp = matched pairs,
  fp = unmatched predictions, fn = unmatched gold items.
* ``people.title`` and ``award_counts`` (collectives, individuals, total): scalar rules on each
  matched pair; a title or count of an unmatched gold item is fn, of an unmatched prediction fp.
* ``conflicts``: per article; caught when the prediction reports any inconsistency.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from rapidfuzz import fuzz

from tomtat.evaluate.matching import optimal_pairs
from tomtat.evaluate.models import FIELDS, ArticleScore, Difference, FieldScore
from tomtat.evaluate.records import (
    AwardRecord,
    PersonRecord,
    Record,
    StatisticRecord,
    empty_record,
    load_gold,
    load_prediction,
)
from tomtat.text.normalize import normalize_name, similarity, strip_admin_prefix

FUZZY_THRESHOLD = 85.0  # organiser, person title, award issuer (FORMAT.md)
LABEL_THRESHOLD = 60.0  # statistic label (FORMAT.md)
NAME_THRESHOLD = 90.0  # person name: plain edit ratio, tolerates a one-letter typo
VALUE_REL_TOL = 1e-6  # statistic values: equal within this relative tolerance
COUNT_NAMES = ("collectives", "individuals", "total")


def _place_key(value: Any) -> str:
    return normalize_name(strip_admin_prefix(str(value)))


def _text_key(value: Any) -> str:
    return normalize_name(str(value))


def _exact_key(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _equal_by(key: Callable[[Any], Any]) -> Callable[[Any, Any], bool]:
    """Equality of two values after mapping both through ``key``."""
    return lambda a, b: bool(key(a) == key(b))


SCALAR_KEYS: dict[str, Callable[[Any], Any]] = {
    "event.date": _exact_key,
    "event.part_of_day": _text_key,
    "event.province": _place_key,
    "event.district": _place_key,
    "event.review_period": _exact_key,
    "published": _exact_key,
    "source": _text_key,
    "author": _text_key,
}


def names_match(a: str, b: str) -> float | None:
    """Similarity (0-100) of two person names, or None when they are different people.

    Names match when their normalised forms are equal or their plain edit ratio is at least
    :data:`NAME_THRESHOLD`. Token-set similarity is not used for names: it would equate
    "Nguyễn Văn Nam" with "Nam".
    """
    key_a, key_b = normalize_name(a), normalize_name(b)
    if key_a == key_b:
        return 100.0
    ratio = float(fuzz.ratio(key_a, key_b))
    return ratio if ratio >= NAME_THRESHOLD else None


def values_equal(a: float, b: float) -> bool:
    """Numeric equality with a small relative tolerance (2.5 == 2.5000001)."""
    return math.isclose(a, b, rel_tol=VALUE_REL_TOL, abs_tol=1e-9)


def fuzzy_equal(a: str | None, b: str | None, threshold: float = FUZZY_THRESHOLD) -> bool:
    """FORMAT.md's fuzzy equality: token-set similarity >= threshold; two nulls agree."""
    return similarity(a, b) >= threshold


class _Scorer:
    """Accumulates counts and differences for one article."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.fields = {name: FieldScore() for name in FIELDS}
        self.differences: list[Difference] = []

    def count(self, name: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        old = self.fields[name]
        self.fields[name] = FieldScore(tp=old.tp + tp, fp=old.fp + fp, fn=old.fn + fn)

    def diff(self, name: str, path: str, gold: Any, predicted: Any) -> None:
        self.differences.append(Difference(field=name, path=path, gold=gold, predicted=predicted))

    def scalar(
        self, name: str, path: str, gold: Any, pred: Any, equal: Callable[[Any, Any], bool]
    ) -> None:
        """Scalar rule: tp / fp / fn / fp+fn / not counted (see module docstring)."""
        if gold is None and pred is None:
            return
        if gold is not None and pred is not None and equal(gold, pred):
            self.count(name, tp=1)
            return
        self.count(name, fp=int(pred is not None), fn=int(gold is not None))
        self.diff(name, path, _jsonable(gold), _jsonable(pred))


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return {"start": value[0], "end": value[1]} if len(value) == 2 else list(value)
    return value


def score_records(gold: Record, pred: Record) -> tuple[dict[str, FieldScore], list[Difference]]:
    """Per-field counts and differences of a prediction record against a gold record."""
    s = _Scorer(gold.id)
    for name, key in SCALAR_KEYS.items():
        s.scalar(name, name, gold.scalars.get(name), pred.scalars.get(name), _equal_by(key))
    s.scalar("event.organizer", "event.organizer", gold.organizer, pred.organizer, fuzzy_equal)
    _score_kinds(s, gold.kinds, pred.kinds)
    _score_people(s, gold.people, pred.people)
    _score_awards(s, gold.awards, pred.awards)
    _score_statistics(s, gold.statistics, pred.statistics)
    _score_conflicts(s, gold, pred)
    return s.fields, s.differences


def _score_kinds(s: _Scorer, gold: list[str], pred: list[str]) -> None:
    gold_keys = {normalize_name(k) for k in gold}
    pred_keys = {normalize_name(k) for k in pred}
    shared = gold_keys & pred_keys
    s.count("event.kinds", tp=len(shared), fp=len(pred_keys - shared), fn=len(gold_keys - shared))
    if gold_keys != pred_keys:
        s.diff("event.kinds", "event.kinds", sorted(gold), sorted(pred))


def _score_people(s: _Scorer, gold: list[PersonRecord], pred: list[PersonRecord]) -> None:
    def pair(i: int, j: int) -> float | None:
        name_sim = names_match(gold[i].name, pred[j].name)
        if name_sim is None:
            return None
        # tie-break: closer name first, then an agreeing title
        return name_sim / 100 + (1.0 if fuzzy_equal(gold[i].title, pred[j].title) else 0.0)

    pairs = optimal_pairs(len(gold), len(pred), pair, max_secondary=2.0)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    s.count("people", tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, j in pairs:
        path = f"people[{i}]"
        if normalize_name(gold[i].name) != normalize_name(pred[j].name):
            s.diff("people", f"{path}.name", gold[i].name, pred[j].name)  # matched despite typo
        s.scalar("people.title", f"{path}.title", gold[i].title, pred[j].title, fuzzy_equal)
    for i, person in enumerate(gold):
        if i not in matched_gold:
            s.diff("people", f"people[{i}]", _person_json(person), None)
            if person.title is not None:
                s.count("people.title", fn=1)
    for j, person in enumerate(pred):
        if j not in matched_pred:
            s.diff("people", f"people[pred:{j}]", None, _person_json(person))
            if person.title is not None:
                s.count("people.title", fp=1)


def _person_json(person: PersonRecord) -> dict[str, Any]:
    return {"name": person.name, "title": person.title}


def _score_awards(s: _Scorer, gold: list[AwardRecord], pred: list[AwardRecord]) -> None:
    def pair(i: int, j: int) -> float | None:
        g, p = gold[i], pred[j]
        if normalize_name(g.type) != normalize_name(p.type):
            return None
        issuer_sim = similarity(g.issuer, p.issuer)
        if issuer_sim < FUZZY_THRESHOLD:
            return None
        # tie-break: counts that agree, then issuer closeness (duplicated grants of one issuer
        # with different figures pair up by their figures)
        agree = sum(
            1 for c in COUNT_NAMES if g.counts()[c] is not None and g.counts()[c] == p.counts()[c]
        )
        return agree + issuer_sim / 100

    pairs = optimal_pairs(len(gold), len(pred), pair, max_secondary=4.0)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    s.count("awards", tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, j in pairs:
        g_counts, p_counts = gold[i].counts(), pred[j].counts()
        for c in COUNT_NAMES:
            s.scalar(
                "award_counts", f"awards[{i}].{c}", g_counts[c], p_counts[c], lambda a, b: a == b
            )
    for i, award in enumerate(gold):
        if i not in matched_gold:
            s.diff("awards", f"awards[{i}]", award.as_json(), None)
            s.count("award_counts", fn=sum(v is not None for v in award.counts().values()))
    for j, award in enumerate(pred):
        if j not in matched_pred:
            s.diff("awards", f"awards[pred:{j}]", None, award.as_json())
            s.count("award_counts", fp=sum(v is not None for v in award.counts().values()))


def _score_statistics(s: _Scorer, gold: list[StatisticRecord], pred: list[StatisticRecord]) -> None:
    def pair(i: int, j: int) -> float | None:
        g, p = gold[i], pred[j]
        if not values_equal(g.value, p.value) or normalize_name(g.unit) != normalize_name(p.unit):
            return None
        label_sim = similarity(g.label, p.label)
        return label_sim / 100 if label_sim >= LABEL_THRESHOLD else None

    pairs = optimal_pairs(len(gold), len(pred), pair, max_secondary=1.0)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    s.count("statistics", tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, stat in enumerate(gold):
        if i not in matched_gold:
            s.diff("statistics", f"statistics[{i}]", stat.as_json(), None)
    for j, stat in enumerate(pred):
        if j not in matched_pred:
            s.diff("statistics", f"statistics[pred:{j}]", None, stat.as_json())


def _score_conflicts(s: _Scorer, gold: Record, pred: Record) -> None:
    g, p = gold.reports_conflict, pred.reports_conflict
    if g or p:
        s.count("conflicts", tp=int(g and p), fp=int(p and not g), fn=int(g and not p))
    if g != p:
        s.diff("conflicts", "conflicts", gold.conflicts, pred.conflicts)


def evaluate_pair(
    gold: Any, pred: Any | None, *, status: str = "ok", message: str | None = None
) -> ArticleScore:
    """Score one prediction (dict, ArticleSummary or None = empty) against one gold label.

    Raises :class:`~tomtat.evaluate.records.GoldError` if the label is invalid; a prediction of
    the wrong shape is read leniently (warnings on the result) or, if not an object, scored empty.
    """
    gold_record = load_gold(gold)
    article_id = gold_record.id
    warnings: list[str] = []
    if pred is None:
        pred_record = empty_record(article_id)
        if status == "ok":
            status = "missing"
    else:
        try:
            pred_record = load_prediction(pred, article_id)
        except ValueError as exc:
            pred_record = empty_record(article_id)
            status, message = "unparseable", str(exc)
        warnings.extend(pred_record.warnings)
    fields, differences = score_records(gold_record, pred_record)
    return ArticleScore(
        id=article_id,
        status=status,
        message=message,
        fields=fields,
        differences=differences,
        warnings=warnings,
    )
