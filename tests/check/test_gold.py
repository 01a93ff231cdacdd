"""Gold labels checked against their own articles: only the articles' own contradictions.

The labels carry no evidence, so this exercises the clause matching by type and issuer and the
number search on their own. Seeds 000 (one grant, two sets of figures) and 001 (headline year
against body year) contradict themselves; the others must give no finding at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tomtat.check import cross_check
from tomtat.schemas import ArticleSummary, Severity
from tomtat.text.loading import load_article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GOLD = sorted((EXAMPLES / "gold").glob("*.json"))
EXPECTED = {
    "000_b6fccb9031f66a28": ["conflicting_mentions"],
    "001_4194e5caf9f27628": ["headline_mismatch"],
    "002_ead0496fda770a65": [],
    "003_aed6a2dcafa1137c": [],
    "004_37574eb20f28bc80": [],
}


def _check(path: Path, policy: str = "report") -> ArticleSummary:
    article = load_article((EXAMPLES / "articles" / f"{path.stem}.txt").read_bytes(), path.stem)
    label = ArticleSummary.model_validate(json.loads(path.read_text(encoding="utf-8")))
    return cross_check(article, label, policy=policy)


def test_all_five_labels_are_present() -> None:
    assert [p.stem for p in GOLD] == sorted(EXPECTED)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_gold_label_gives_only_the_articles_contradictions(path: Path) -> None:
    checked = _check(path)
    assert [f.kind.value for f in checked.checks] == EXPECTED[path.stem]
    assert all(f.severity is not Severity.ERROR for f in checked.checks)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_gold_conflicts_are_not_duplicated(path: Path) -> None:
    label = json.loads(path.read_text(encoding="utf-8"))
    checked = _check(path)
    assert checked.conflicts == label["conflicts"]


def test_gold_conflicts_are_found_without_the_labels_description() -> None:
    for stem in ("000_b6fccb9031f66a28", "001_4194e5caf9f27628"):
        path = EXAMPLES / "gold" / f"{stem}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["conflicts"] = []
        article = load_article((EXAMPLES / "articles" / f"{stem}.txt").read_bytes(), stem)
        checked = cross_check(article, ArticleSummary.model_validate(data))
        assert len(checked.conflicts) == 1


def test_000_conflict_names_both_figures() -> None:
    path = EXAMPLES / "gold" / "000_b6fccb9031f66a28.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["conflicts"] = []
    article = load_article((EXAMPLES / "articles" / f"{path.stem}.txt").read_bytes(), path.stem)
    line = cross_check(article, ArticleSummary.model_validate(data)).conflicts[0]
    assert all(n in line for n in ("17", "21", "23", "28"))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem[:3])
def test_repair_leaves_a_correct_label_alone(path: Path) -> None:
    label = ArticleSummary.model_validate(json.loads(path.read_text(encoding="utf-8")))
    repaired = _check(path, policy="repair")
    assert repaired.awards == label.awards
    assert not [f for f in repaired.checks if f.kind.value == "repaired"]
