"""Evaluation of summaries against gold labels, with FORMAT.md's scoring rules.

``evaluate_dirs(gold_dir, pred_dir)`` scores a folder; ``evaluate_pair(gold, pred)`` one article.
Reads summaries only; never calls an extractor.

Decisions where FORMAT.md leaves room:

* Counting: a value equal to gold is tp; a wrong value is fp + fn; a value where gold is null
  is fp; a null where gold has a value is fn; null on both sides is not counted. A field with
  no judgement at all scores P = R = F1 = 1.0.
* Names: :func:`tomtat.text.normalize.normalize_name` (NFC, tone marks, case, UBND, ANTQ, ...);
  province/district also lose their "tỉnh"/"huyện"/... prefix. Dates compare as strings
  ("2023-05" is not "2023-05-17").
* People match on the name: equal after normalisation, or edit ratio >= 90 (a typo); never a
  token-set match, which would pair "Nam" with "Tống Giang Nam". ``people.title`` is then
  scored fuzzily (>= 85) on matched pairs.
* Awards match on type (normalised) and issuer (token-set >= 85, two nulls agree); among the
  matchings with the most pairs, the one whose counts agree most wins, so a grant repeated with
  different figures pairs figure to figure. ``award_counts`` scores each count of each pair.
* The titles and counts of unmatched items count too: fn for a missed gold item, fp for an
  extra prediction.
* Statistics match when value (relative tolerance 1e-6) and unit are equal and the labels'
  token-set similarity is >= 60.
* ``conflicts``: an article is caught when the prediction has a non-empty ``conflicts`` or a
  ``checks`` finding of kind ``conflicting_mentions`` or ``headline_mismatch``.
* micro = counts pooled over all fields; macro = mean over fields with any judgement;
  headline F1 = mean F1 of :data:`HEADLINE_FIELDS`.
* A missing, failed (``X.error.json``, which wins over a stale ``X.json``) or unreadable
  prediction is scored as an empty one; a bad gold label is an error naming the file.
"""

from tomtat.evaluate.folders import EvaluationError, evaluate_dirs
from tomtat.evaluate.models import (
    FIELDS,
    HEADLINE_FIELDS,
    ArticleScore,
    Averages,
    Difference,
    EvaluationReport,
    FieldScore,
)
from tomtat.evaluate.records import GoldError
from tomtat.evaluate.scoring import evaluate_pair

__all__ = [
    "FIELDS",
    "HEADLINE_FIELDS",
    "ArticleScore",
    "Averages",
    "Difference",
    "EvaluationError",
    "EvaluationReport",
    "FieldScore",
    "GoldError",
    "evaluate_dirs",
    "evaluate_pair",
]
