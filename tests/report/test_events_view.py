"""The review page's events view: reports side by side, disagreements marked, year charts once."""

from __future__ import annotations

import re

from events.builders import report
from tomtat.events import link_events
from tomtat.report.events_view import events_section, trend_charts


def _corpus():  # type: ignore[no-untyped-def]
    return [
        report("a", source="LĐ online"),
        report(
            "b",
            source="Báo <Lâm Đồng>",
            awards=[("Giấy khen", "Ủy ban nhân dân huyện Đức Trọng", 22, 25)],
        ),
        report("c", organizer="UBND tỉnh Lâm Đồng", district=None, date="2025-03-01"),
    ]


def test_reports_of_one_event_are_side_by_side_with_the_disagreement_marked() -> None:
    html = events_section(link_events(_corpus()), {"a": "art-a"})
    (block,) = re.findall(r'<article class="event".*?</article>', html)
    assert 'href="#art-a"' in block and "Báo &lt;Lâm Đồng&gt;" in block  # escaped outlet
    disputed = re.findall(r'<td class="disputed">(.*?)</td>', block)
    assert disputed == ["22 tập thể, 22 cá nhân", "22 tập thể, 25 cá nhân"]
    assert '<li class="sev-warning">' in block and "individuals 22 in LĐ online" in block


def test_year_charts_count_a_meeting_reported_twice_once() -> None:
    svg = trend_charts(link_events(_corpus()).events)
    bars = dict(re.findall(r'data-label="([^"]+)" data-recipients="(\d+)"', svg))
    # 2024: the Đức Trọng grant once, not 44 + 47; on a tie of two reports the kept count is
    # the fuller report's, then the later id's (b: 25 individuals) -> 22 + 25
    assert bars["2024"] == "47"
    assert bars["2025"] == "44"
    assert bars["2024 · district"] == bars["2024"]
    assert "1 grant(s) in 1 event(s)" in svg


def test_single_reports_are_counted_but_not_drawn_side_by_side() -> None:
    html = events_section(link_events([report("a")]), {})
    assert "1 events: 0 reported by several articles, 1 by one" in html
    assert '<article class="event"' not in html
