"""The cross-check of the event's place and date, for any summary."""

from __future__ import annotations

from tomtat.check import cross_check
from tomtat.schemas import ArticleSummary, Event, FindingKind, Severity
from tomtat.text.article import Article

TEXT = (
    "Công an huyện Đạ Tẻh tổng kết công tác năm 2022\n\n"
    "Chiều 28/12, Công an huyện Đạ Tẻh tổ chức hội nghị tổng kết công tác năm 2022."
)
ARTICLE = Article(id="x", text=TEXT, published="2023-01-03")


def _checked(**event: object) -> ArticleSummary:
    summary = ArticleSummary(id="x", published="2023-01-03", event=Event(**event))
    return cross_check(ARTICLE, summary)


def _event_findings(summary: ArticleSummary) -> dict[str, tuple[str, str]]:
    return {
        f.path: (f.kind, f.severity)
        for f in summary.checks
        if f.path in ("event.province", "event.district", "event.date")
    }


def test_district_given_as_province_is_an_error() -> None:
    found = _event_findings(_checked(province="Đạ Tẻh"))
    assert found == {"event.province": (FindingKind.MISMATCH, Severity.ERROR)}


def test_district_of_another_province_is_an_error() -> None:
    found = _event_findings(_checked(province="Lâm Đồng", district="Cam Lộ"))
    assert found == {"event.district": (FindingKind.MISMATCH, Severity.ERROR)}


def test_year_that_contradicts_the_publication_date_is_flagged() -> None:
    found = _event_findings(_checked(date="2023-12-28"))
    assert found == {"event.date": (FindingKind.MISMATCH, Severity.ERROR)}


def test_right_place_and_date_get_no_event_finding() -> None:
    checked = _checked(province="Lâm Đồng", district="Đạ Tẻh", date="2022-12-28")
    assert _event_findings(checked) == {}
