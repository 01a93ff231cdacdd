"""Score a folder of predictions against a folder of gold labels.

Gold labels are the ``*.json`` files of the gold folder (``FORMAT.md`` and the like ignored).
The prediction for ``X.json`` is ``X.json`` in the prediction folder (or the name
``tomtat summarise`` gives it, :func:`tomtat.outputs.safe_stem`); an ``X.error.json`` there means
the article failed (scored as an empty prediction, even beside a stale ``X.json``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from tomtat.evaluate.models import ArticleScore, EvaluationReport, sum_fields
from tomtat.evaluate.records import GoldError
from tomtat.evaluate.scoring import evaluate_pair
from tomtat.outputs import safe_stem

log = logging.getLogger(__name__)

ERROR_SUFFIX = ".error.json"


class EvaluationError(ValueError):
    """The evaluation cannot run: a missing folder or no labels."""


def _is_label_file(path: Path) -> bool:
    return path.is_file() and path.suffix == ".json" and not path.name.endswith(ERROR_SUFFIX)


def gold_files(gold_dir: Path) -> list[Path]:
    """The label files of ``gold_dir``, sorted; :class:`EvaluationError` if there are none."""
    if not gold_dir.is_dir():
        raise EvaluationError(f"gold folder not found: {gold_dir}")
    files = sorted(p for p in gold_dir.iterdir() if _is_label_file(p))
    if not files:
        raise EvaluationError(f"no gold labels (*.json) in {gold_dir}")
    return files


def read_json(path: Path) -> Any:
    """Parsed JSON of ``path``; ``OSError``, ``UnicodeDecodeError`` or ``ValueError`` on failure."""
    return json.loads(path.read_text(encoding="utf-8-sig"))


def read_gold(path: Path) -> Any:
    """The parsed label at ``path``; :class:`GoldError` naming the file if it cannot be read."""
    try:
        return read_json(path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GoldError(f"{path}: cannot read gold label: {exc}") from None


def _error_message(path: Path) -> str:
    try:
        data = read_json(path)
    except (OSError, UnicodeDecodeError, ValueError):
        return f"{path.name} present"
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return f"{path.name} present"


def _prediction_paths(pred_dir: Path, stem: str) -> tuple[Path, Path]:
    """``X.json`` and ``X.error.json`` for label ``X``; tomtat's safe file name as a fallback."""
    candidates = [stem]
    safe = safe_stem(stem)
    if safe != stem:
        candidates.append(safe)
    for name in candidates:
        pred_path, error_path = pred_dir / f"{name}.json", pred_dir / f"{name}{ERROR_SUFFIX}"
        if pred_path.is_file() or error_path.is_file():
            return pred_path, error_path
    return pred_dir / f"{stem}.json", pred_dir / f"{stem}{ERROR_SUFFIX}"


def score_file(gold_path: Path, pred_dir: Path) -> ArticleScore:
    """Score the prediction for one label file (missing, failed and unreadable are empty)."""
    gold = read_gold(gold_path)
    stem = gold_path.stem
    pred_path, error_path = _prediction_paths(pred_dir, stem)
    pred: Any = None
    status, message, notes = "ok", None, []
    if error_path.is_file():
        status, message = "failed", _error_message(error_path)
        if pred_path.is_file():
            notes.append(f"{error_path.name} present: {pred_path.name} ignored as stale")
    elif not pred_path.is_file():
        status, message = "missing", f"no {pred_path.name} in {pred_dir}"
    else:
        try:
            pred = read_json(pred_path)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            status, message = "unparseable", f"{pred_path.name}: {exc}"
    try:
        score = evaluate_pair(gold, pred, status=status, message=message)
    except GoldError as exc:
        raise GoldError(f"{gold_path}: {exc}") from None
    if isinstance(gold, dict) and gold.get("id") not in (None, stem):
        notes.append(f"label id {gold.get('id')!r} differs from its file name {stem!r}")
    score.id = stem
    score.warnings = notes + score.warnings
    if score.status != "ok":
        log.info("%s: prediction %s (%s)", stem, score.status, score.message)
    return score


def evaluate_dirs(gold_dir: str | Path, pred_dir: str | Path) -> EvaluationReport:
    """Score every label of ``gold_dir`` against its prediction in ``pred_dir``.

    Raises :class:`GoldError` for an unreadable or invalid label (naming the file) and
    :class:`EvaluationError` for a missing folder or a gold folder without labels.
    """
    gold_path, pred_path = Path(gold_dir), Path(pred_dir)
    labels = gold_files(gold_path)
    if not pred_path.is_dir():
        raise EvaluationError(f"prediction folder not found: {pred_path}")
    articles = [score_file(label, pred_path) for label in labels]
    label_names = {p.stem for p in labels} | {safe_stem(p.stem) for p in labels}
    unlabelled = sorted(
        p.stem for p in pred_path.iterdir() if _is_label_file(p) and p.stem not in label_names
    )
    return EvaluationReport(
        gold_dir=str(gold_path),
        pred_dir=str(pred_path),
        fields=sum_fields(articles),
        articles=articles,
        unlabelled=unlabelled,
    )
