"""RulesExtractor end to end: the five seeds against their gold, evidence, no-meeting, speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from tomtat.check import cross_check
from tomtat.extract.rules import RulesExtractor
from tomtat.schemas import Evidence
from tomtat.text.article import Article
from tomtat.text.loading import load_article
from tomtat.text.normalize import normalize_name, similarity

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "examples" / "articles"
GOLD = ROOT / "examples" / "gold"
SEEDS = sorted(p.stem for p in GOLD.glob("*.json"))


def _summary(article_id: str):  # type: ignore[no-untyped-def]
    article = load_article((ARTICLES / f"{article_id}.txt").read_bytes(), article_id)
    return article, RulesExtractor().extract(article)


def test_there_are_seeds() -> None:
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_event_people_awards(article_id: str) -> None:
    gold = json.loads((GOLD / f"{article_id}.json").read_text(encoding="utf-8"))
    article, summary = _summary(article_id)
    pred = summary.to_format_dict()
    for key in ("date", "part_of_day", "province", "district", "review_period"):
        assert pred["event"][key] == gold["event"][key], key
    assert set(pred["event"]["kinds"]) == set(gold["event"]["kinds"])
    assert similarity(pred["event"]["organizer"], gold["event"]["organizer"]) >= 85
    people = {normalize_name(p["name"]): p["title"] for p in pred["people"]}
    gold_people = {normalize_name(p["name"]): p["title"] for p in gold["people"]}
    assert people.keys() == gold_people.keys()
    for name, title in gold_people.items():
        assert similarity(people[name], title) >= 85, name
    assert len(pred["awards"]) == len(gold["awards"])
    remaining = list(pred["awards"])
    for award in gold["awards"]:
        match = next(
            a
            for a in remaining
            if a["type"] == award["type"] and similarity(a["issuer"], award["issuer"]) >= 85
        )
        remaining.remove(match)
        for key in ("collectives", "individuals", "total"):
            assert match[key] == award[key], (award, match)
    checked = cross_check(article, summary).to_format_dict()  # conflicts are the check's
    assert bool(checked["conflicts"]) == bool(gold["conflicts"])
    for key in ("title", "source", "published", "author"):
        assert normalize_name(pred[key]) == normalize_name(gold[key]), key


def test_seed_statistics_recall_and_precision() -> None:
    found = expected = correct = 0
    for article_id in SEEDS:
        gold = json.loads((GOLD / f"{article_id}.json").read_text(encoding="utf-8"))
        _, summary = _summary(article_id)
        remaining = list(summary.statistics)
        found += len(remaining)
        expected += len(gold["statistics"])
        for stat in gold["statistics"]:
            match = next(
                (
                    s
                    for s in remaining
                    if (s.value, s.unit) == (stat["value"], stat["unit"])
                    and fuzz.token_set_ratio(normalize_name(s.label), normalize_name(stat["label"]))
                    >= 60
                ),
                None,
            )
            if match is not None:
                remaining.remove(match)
                correct += 1
    assert correct == expected  # every gold statistic found
    assert correct / found >= 0.85


@pytest.mark.parametrize("article_id", SEEDS)
def test_every_evidence_quotes_the_text(article_id: str) -> None:
    article, summary = _summary(article_id)
    evidences: list[Evidence] = list(summary.event.evidence.values())
    for group in (summary.people, summary.awards, summary.statistics):
        for item in group:
            assert item.evidence is not None
            evidences.append(item.evidence)
    assert evidences
    for ev in evidences:
        assert ev.start is not None and ev.end is not None
        assert article.text[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    "text",
    [
        "Tag: an ninh trật tự, Công an tỉnh, phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "UBND tỉnh thông báo lịch tiếp công dân tháng 5/2023 của lãnh đạo tỉnh.",
        "The provincial police held a conference on 5 January to review the year.",
    ],
)
def test_no_meeting_text(text: str) -> None:
    summary = RulesExtractor().extract(Article(id="x", text=text))
    assert summary.event.date is None and summary.event.organizer is None
    assert summary.event.kinds == [] and summary.awards == []
    assert summary.warnings


def test_metadata_is_copied() -> None:
    article = Article(
        id="m",
        text="Chiều 5/1/2023, UBND huyện Lâm Hà tổ chức hội nghị tổng kết.",
        title="T",
        source="LĐ online",
        published="2023-01-06",
        author="Nhật Minh",
    )
    summary = RulesExtractor().extract(article)
    assert (summary.title, summary.source, summary.published, summary.author) == (
        "T",
        "LĐ online",
        "2023-01-06",
        "Nhật Minh",
    )
    assert summary.meta.backend == "rules"


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "1" * 1000 + " ",
        ". . . ....",
        "tập thể ",
        "12 tập thể và 5 cá nhân được tặng giấy khen của Chủ tịch UBND huyện ",
        "Chiều 5/1, UBND huyện X tổ chức ",
        "Ông Nguyễn Văn A - Chủ tịch UBND huyện ",
        "Sáng 5/1 ",
        "Bằng khen của Bộ Công an cho ",
        "khen thưởng 5 tập thể, trong đó ",
    ],
)
def test_adversarial_megabyte_finishes(unit: str) -> None:
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    summary = RulesExtractor().extract(Article(id="big", text=text))  # speed: bench_rules.py
    assert summary.id == "big"
