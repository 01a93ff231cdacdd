"""Helpers of the cross-check tests: articles and summaries written in the genre."""

from __future__ import annotations

from typing import Any

from tomtat.schemas import ArticleSummary, Finding
from tomtat.text.article import Article

CEREMONY = (
    "(BBT) - Sáng 12/3, Công an huyện Krông Pắc tổ chức hội nghị tổng kết công tác bảo đảm "
    "an ninh trật tự năm 2023.\n\n"
    "Dịp này, Chủ tịch UBND huyện Krông Pắc tặng giấy khen cho 12 tập thể và 15 cá nhân; "
    "Giám đốc Công an tỉnh tặng giấy khen cho 3 tập thể và 7 cá nhân có thành tích xuất sắc.\n\n"
    "Năm qua, toàn huyện có 1.250 tổ tự quản, huy động hơn 2,5 tỷ đồng xây dựng các mô hình; "
    "sáu xã đạt chuẩn an toàn về an ninh trật tự."
)


def make_article(text: str, title: str | None = None, article_id: str = "t") -> Article:
    """An Article as the loader makes it (headline = first paragraph when ``title`` is set)."""
    return Article(id=article_id, text=text, original=text, title=title)


def make_summary(**fields: Any) -> ArticleSummary:
    """A summary with FORMAT.md's keys; unspecified fields empty."""
    return ArticleSummary.model_validate({"id": "t", **fields})


def award(
    type_: str,
    issuer: str | None,
    c: int | None = None,
    i: int | None = None,
    t: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One award dict of FORMAT.md."""
    return {
        "type": type_,
        "issuer": issuer,
        "collectives": c,
        "individuals": i,
        "total": t,
        **extra,
    }


def kinds(findings: list[Finding]) -> list[tuple[str, str]]:
    """(kind, path) of each finding, for compact assertions."""
    return [(f.kind.value, f.path) for f in findings]
