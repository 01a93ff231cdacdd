"""Fixtures of the cross-check tests."""

from __future__ import annotations

import pytest

from tomtat.schemas import ArticleSummary
from tomtat.text.article import Article

from .checkkit import CEREMONY, award, make_article, make_summary


@pytest.fixture
def ceremony() -> Article:
    """A short award-ceremony report with two grants and three statistics."""
    return make_article(CEREMONY)


@pytest.fixture
def ceremony_summary() -> ArticleSummary:
    """The correct summary of :data:`CEREMONY`."""
    return make_summary(
        event={"date": "2023-03-12", "part_of_day": "sáng"},
        awards=[
            award("Giấy khen", "Chủ tịch UBND huyện Krông Pắc", 12, 15),
            award("Giấy khen", "Giám đốc Công an tỉnh", 3, 7),
        ],
        statistics=[
            {"label": "tổ tự quản", "value": 1250},
            {
                "label": "số tiền xây dựng mô hình",
                "value": 2500000000,
                "unit": "đồng",
                "qualifier": "hơn",
            },
            {"label": "xã đạt chuẩn an toàn về an ninh trật tự", "value": 6},
        ],
    )
