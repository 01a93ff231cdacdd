"""A text far beyond any report (> LARGE_TEXT) takes the on-demand paths and stays correct."""

from __future__ import annotations

from tomtat.check import cross_check
from tomtat.check.facts import LARGE_TEXT, LazyNumberIndex, build_number_index
from tomtat.schemas import Severity

from .checkkit import CEREMONY, award, kinds, make_article, make_summary

FILLER = (
    "Năm qua, lực lượng công an phối hợp với các ban, ngành tổ chức 12 đợt tuyên truyền "
    "về phòng, chống tội phạm tại các xã.\n\n"
)


def _big_text() -> str:
    repeats = LARGE_TEXT // len(FILLER) + 50
    return CEREMONY + "\n\n" + FILLER * repeats + "Có sáu mươi hai tổ tự quản được khen."


def test_large_text_uses_the_lazy_number_index() -> None:
    text = _big_text()
    index = build_number_index(text)
    assert isinstance(index, LazyNumberIndex)
    assert 1250 in index and 12 in index
    assert 62 in index  # a number written only in words: the full finder runs on demand
    assert 2_500_000_000 in index


def test_large_text_is_checked_quickly_and_correctly() -> None:
    article = make_article(_big_text())
    good = make_summary(
        awards=[
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 15),
            award("Giấy khen", "Giám đốc Công an tỉnh Đắk Lắk", 3, 8),
        ],
        statistics=[{"label": "tổ tự quản", "value": 62}],
    )
    checked = cross_check(article, good)  # its speed: benchmarks/bench_linear.py
    assert ("mismatch", "awards[1].individuals") in kinds(checked.checks)
    assert ("mismatch", "awards[1].issuer") in kinds(checked.checks)  # "Đắk Lắk" is not written
    assert not [f for f in checked.checks if f.path.startswith("statistics")]
    assert all(
        f.severity is not Severity.ERROR or f.path == "awards[1].individuals"
        for f in checked.checks
    )
