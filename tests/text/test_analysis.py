"""The text read once (tomtat.text.analysis)."""

from __future__ import annotations

import pytest

import tomtat.text.analysis as analysis_module
from tomtat.check import cross_check
from tomtat.extract.rules import RulesExtractor
from tomtat.text.analysis import analyse
from tomtat.text.article import Article

TEXT = (
    "Sáng 12/1/2023, UBND huyện Phù Mỹ tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
    "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 20 cá nhân. "
    "Năm qua, huyện thu hồi hơn 5 tỷ đồng."
)


def test_one_analysis_per_text() -> None:
    assert analyse(TEXT) is analyse(TEXT)
    assert Article(id="a", text=TEXT).analysis is analyse(TEXT)


def test_analysis_holds_every_reading_with_offsets_into_the_text() -> None:
    found = analyse(TEXT)
    assert found.folded.source == TEXT
    assert found.sentences[0][0] == 0
    assert [m.collectives for m in found.award_mentions] == [12]
    money = [s for s in found.statistics if s.unit == "đồng"]
    assert money and money[0].value == 5_000_000_000 and money[0].qualifier == "hơn"
    assert any(n.value == 5_000_000_000 for n in found.numbers)


def test_extractor_and_cross_check_read_the_grants_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = analysis_module.find_award_mentions

    def counting(text: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text)

    monkeypatch.setattr(analysis_module, "find_award_mentions", counting)
    analysis_module.analyse.cache_clear()
    article = Article(id="a", text=TEXT + " ")
    summary = cross_check(article, RulesExtractor().extract(article))
    assert summary.awards and len(calls) == 1
