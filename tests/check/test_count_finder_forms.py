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


def test_a_grant_told_again_by_class_misses_nothing() -> None:
    text = (
        "Dịp này, Bộ CHQS tỉnh trao Huân chương Chiến công cho 5 cá nhân. Cụ thể, thừa ủy quyền "
        "của Chủ tịch nước, trao Huân chương Chiến công hạng Nhì cho 2 cá nhân; Huân chương "
        "Chiến công hạng Ba cho 3 cá nhân."
    )
    summary = make_summary(awards=[award("Huân chương", "Chủ tịch nước", None, 5)])
    assert cross_check(make_article(text), summary).checks == []


def test_a_class_left_out_of_the_summary_is_still_missed() -> None:
    # near-miss: classes of another order adding up to the same figure are a grant of their own
    text = (
        "Dịp này, Bộ CHQS tỉnh trao Huân chương Chiến công cho 5 cá nhân. Đồng thời, Nhà nước "
        "tặng Huân chương Lao động hạng Nhì cho 1 cá nhân; Huân chương Lao động hạng Ba cho 4 "
        "cá nhân."
    )
    summary = make_summary(awards=[award("Huân chương", None, None, 5)])
    found = cross_check(make_article(text), summary).checks
    assert any(f.kind.value == "missed_count" for f in found)
