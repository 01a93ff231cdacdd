"""Genre forms the cross-check needs from the count finder (tomtat.text.counts): found
missing during the cross-check work, read by the finder since."""

from __future__ import annotations

from tomtat.check import cross_check
from tomtat.text.counts import find_award_mentions

from .checkkit import award, make_article, make_summary


def test_passive_khen_thuong_with_counts_first() -> None:
    text = "Nhân dịp này, 15 tập thể, 32 cá nhân được UBND huyện Đam Rông khen thưởng."
    mentions = find_award_mentions(text)
    assert [(m.issuer, m.collectives, m.individuals) for m in mentions] == [
        ("UBND huyện Đam Rông", 15, 32)
    ]


def test_overall_figures_then_a_sub_grant() -> None:
    text = (
        "Hội nghị đã khen thưởng cho 6 tập thể và 12 cá nhân có thành tích xuất sắc, trong đó "
        "Giám đốc Công an tỉnh tặng Giấy khen cho 2 tập thể và 5 cá nhân."
    )
    summary = make_summary(awards=[award("Giấy khen", "Giám đốc Công an tỉnh", 2, 5)])
    # once a false mismatch (the overall 6/12 was read as the Giấy khen's figures)
    assert cross_check(make_article(text), summary).checks == []
