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


def _date_findings(text: str, published: str, date: str) -> dict[str, tuple[str, str]]:
    summary = ArticleSummary(id="y", published=published, event=Event(date=date))
    return _event_findings(cross_check(Article(id="y", text=text, published=published), summary))


def test_year_written_with_a_date_of_a_reposted_article_is_accepted() -> None:
    # the page's stamp is a later copy's; the sentence of the meeting writes its year
    for text, published, date in (
        (
            "Chiều 24/3, Tỉnh đoàn tổ chức lễ kỷ niệm và trao giải thưởng Lý Tự Trọng năm 2016.",
            "2021-05",
            "2016-03-24",
        ),
        (
            "Sáng 9/1, Công an huyện tổ chức hội nghị tổng kết công tác năm 2018.\nCác đại biểu "
            "thảo luận.",
            "2024-02-01",
            "2018-01-09",
        ),
        (
            # an abbreviation's dot inside the sentence does not end it
            "Sáng 9/1, Công an TP. Hồ Chí Minh tổ chức hội nghị tổng kết công tác năm 2018.",
            "2024-02-01",
            "2018-01-09",
        ),
    ):
        assert _date_findings(text, published, date) == {}, text


def test_year_near_the_publication_year_still_follows_the_publication_date() -> None:
    # near misses: a year one off the publication's is an error, not a re-post; and a year
    # written in another sentence does not vouch for the meeting's
    text = "Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết công tác năm 2022."
    assert _date_findings(text, "2023-01-06", "2022-01-05") == {
        "event.date": (FindingKind.MISMATCH, Severity.ERROR)
    }
    text = "Sáng 5/1, UBND huyện tổ chức hội nghị.\nNăm 2016, huyện được tặng Huân chương."
    assert _date_findings(text, "2023-01-06", "2016-01-05") == {
        "event.date": (FindingKind.MISMATCH, Severity.ERROR)
    }
