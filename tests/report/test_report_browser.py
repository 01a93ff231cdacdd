"""The review page opened in a real headless Chromium: index, highlights, filter, sort, safety."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tomtat.cli import main
from tomtat.schemas import ArticleSummary

from .samples import HOSTILE_MARKUP, SampleRun, make_run

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MARKS_JS = """
(id) => {
  const sec = document.querySelector('section[data-id="' + CSS.escape(id) + '"]');
  const box = sec.querySelector('.text');
  const groups = {};
  for (const m of box.querySelectorAll('mark')) {
    (groups[m.dataset.span] = groups[m.dataset.span] || []).push(m);
  }
  return {
    text: box.textContent,
    spans: Object.values(groups).map((ms) => {
      const r = document.createRange();
      r.setStart(box, 0);
      r.setEndBefore(ms[0]);
      return {
        kind: ms[0].dataset.kind, path: ms[0].dataset.path,
        start: Number(ms[0].dataset.start), end: Number(ms[0].dataset.end),
        offset: r.toString().length, text: ms.map((m) => m.textContent).join(''),
        fragments: ms.length, classes: ms[0].className,
        badge: getComputedStyle(ms[ms.length - 1], '::after').content,
        border: getComputedStyle(ms[0]).borderBottomColor,
      };
    }),
  };
}
"""


def _evidence(summary: ArticleSummary) -> list[tuple[str, str, Any]]:
    items: list[tuple[str, str, Any]] = [
        ("meta", k, e) for k, e in summary.metadata_evidence.items()
    ]
    items += [("event", f"event.{k}", e) for k, e in summary.event.evidence.items()]
    for group, kind in (("people", "person"), ("awards", "award"), ("statistics", "statistic")):
        for i, item in enumerate(getattr(summary, group)):
            if item.evidence:
                items.append((kind, f"{group}[{i}]", item.evidence))
    return items


@pytest.fixture()
def run(tmp_path: Path) -> SampleRun:
    return make_run(tmp_path)


@pytest.fixture()
def page_path(run: SampleRun, tmp_path: Path) -> Path:
    html = tmp_path / "review.html"
    assert main(["report", str(run.summaries_dir), "--html", str(html)]) == 0
    return html


@pytest.fixture()
def page(browser: Any, page_path: Path) -> Any:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    context.set_default_timeout(5000)
    pg = context.new_page()
    pg.problems = []
    pg.on(
        "console",
        lambda m: (
            pg.problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
        ),
    )
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.on(
        "request",
        lambda r: (
            pg.problems.append(f"request: {r.url}")
            if not r.url.startswith(("file:", "data:", "blob:"))
            else None
        ),
    )
    pg.goto(page_path.as_uri())
    yield pg
    context.close()


def _seen(locator: Any) -> str:
    """The text a reader sees (sections off screen are not laid out: scroll to them first)."""
    locator.scroll_into_view_if_needed()
    locator.page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
    )
    return str(locator.inner_text())


def _index_ids(page: Any, visible_only: bool = False) -> list[str]:
    rows = page.locator("#index tbody tr")
    return [
        rows.nth(i).get_attribute("data-id")
        for i in range(rows.count())
        if not visible_only or rows.nth(i).is_visible()
    ]


def test_index_has_a_row_per_article_and_failure(page: Any, run: SampleRun) -> None:
    ids = _index_ids(page)
    assert sorted(ids) == sorted([s.id for s in run.summaries] + ["broken_encoding"])
    row = page.locator('#index tbody tr[data-id="krong_pac_2024"]')
    cells = row.locator("td").all_inner_texts()
    assert cells[1:5] == ["2024-03-12", "Đắk Lắk", "Krông Pắc", "Công an huyện Krông Pắc"]
    assert cells[5:8] == ["2", "15", "57"]  # grants, collectives 3+12, individuals 5+52
    assert cells[8:11] == ["1", "1", "1"]  # errors, warnings, info
    failed = page.locator('#index tbody tr[data-id="broken_encoding"]')
    assert "cannot decode" in failed.inner_text()
    assert "cannot decode" in page.locator("#failed").inner_text()
    assert page.problems == []


def test_every_evidence_is_highlighted_at_its_offsets(page: Any, run: SampleRun) -> None:
    for summary in run.summaries:
        found = page.evaluate(MARKS_JS, summary.id)
        assert found["text"] == run.texts[summary.id]  # the cleaned text, exactly, as text
        spans = found["spans"]
        for kind, path, ev in _evidence(summary):
            hits = [s for s in spans if s["path"] == path and s["kind"] == kind]
            assert len(hits) == 1, (summary.id, path, hits)
            hit = hits[0]
            assert hit["text"] == ev.quote
            assert (hit["start"], hit["end"]) == (ev.start, ev.end)
            assert hit["offset"] == ev.start  # the mark really sits at that offset
        for j, f in enumerate(summary.checks):
            hits = [s for s in spans if s["kind"] == "finding" and s["path"] == f.path]
            if f.start is None:
                assert not hits
                continue
            assert len(hits) == 1
            assert hits[0]["text"] == f.quote and hits[0]["offset"] == f.start
            assert f"sev-{f.severity}" in hits[0]["classes"]
            assert hits[0]["badge"] == f'"{j + 1}"'


def test_overlapping_and_nested_spans_render_as_fragments(page: Any) -> None:
    spans = page.evaluate(MARKS_JS, "krong_pac_2024")["spans"]
    # "25 cá nhân có thành tích" starts inside the award quote and ends after it.
    error = next(s for s in spans if s["kind"] == "finding" and "sev-error" in s["classes"])
    assert error["fragments"] == 2
    assert error["border"] == "rgb(198, 40, 40)"  # red underline for an error
    warning = next(s for s in spans if s["kind"] == "finding" and "sev-warning" in s["classes"])
    assert warning["border"] == "rgb(230, 149, 0)"  # amber for a warning
    # "tỉnh Đắk Lắk" (province) nests inside the person's quote; the derived value is marked.
    province = next(s for s in spans if s["path"] == "event.province")
    assert "derived" in province["classes"]
    person = page.locator('section[data-id="krong_pac_2024"] mark[data-path="people[0]"]')
    assert person.locator('mark[data-path="event.province"]').count() == 1


def test_findings_show_both_values(page: Any) -> None:
    panel = page.locator('section[data-id="krong_pac_2024"] .findings li').first
    text = _seen(panel)
    assert "mismatch" in text and "summary: 52" in text and "text: 25" in text
    mark = page.locator('section[data-id="krong_pac_2024"] mark.k-finding.sev-error.last')
    title = mark.get_attribute("title") or ""
    assert "52" in title and "25" in title
    mark.hover()  # the badge at the finding's place opens to show both values
    shown = mark.evaluate("m => getComputedStyle(m, '::after').content")
    assert shown == '"1 · summary 52 · text 25"'


def test_filter_hides_rows_that_do_not_match(page: Any) -> None:
    box = page.locator("#filter")
    box.fill("krông pắc")
    assert _index_ids(page, visible_only=True) == ["krong_pac_2024"]
    box.fill("GIA LAI")  # case-insensitive; matches province cells of two articles
    assert sorted(_index_ids(page, visible_only=True)) == ["gia_lai_2023", "hostile_markup"]
    box.fill("dak lak")  # without diacritics
    assert _index_ids(page, visible_only=True) == ["krong_pac_2024"]
    box.fill("Bộ Công an")  # an issuer: searched through the row's hidden search text
    assert _index_ids(page, visible_only=True) == ["gia_lai_2023"]
    box.fill("no such article anywhere")
    assert _index_ids(page, visible_only=True) == []
    assert "0 of 4" in page.locator("#shown").inner_text()
    box.fill("")
    assert len(_index_ids(page, visible_only=True)) == 4


def _header(page: Any, name: str) -> Any:
    return page.locator(f'#index thead th:has(button:text-is("{name}"))')


def test_sorting_by_clicking_headers(page: Any) -> None:
    _header(page, "Individuals").locator("button").click()
    assert _index_ids(page)[:3] == ["hostile_markup", "gia_lai_2023", "krong_pac_2024"]
    assert _index_ids(page)[-1] == "broken_encoding"  # blanks last
    assert _header(page, "Individuals").get_attribute("aria-sort") == "ascending"
    _header(page, "Individuals").locator("button").click()
    assert _index_ids(page)[:3] == ["krong_pac_2024", "gia_lai_2023", "hostile_markup"]
    assert _header(page, "Individuals").get_attribute("aria-sort") == "descending"
    _header(page, "Date").locator("button").click()
    assert _index_ids(page)[:3] == ["gia_lai_2023", "hostile_markup", "krong_pac_2024"]
    _header(page, "Article").locator("button").click()
    assert _index_ids(page) == sorted(_index_ids(page))


def test_injected_markup_never_runs_and_shows_literally(page: Any, run: SampleRun) -> None:
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.images.length") == 0
    section = page.locator('section[data-id="hostile_markup"]')
    assert "</script><script>window.pwned = 3</script>" in _seen(section.locator("h2"))
    panel = _seen(section.locator(".panel"))
    assert '<img src=x onerror="window.pwned = 4">Đảng ủy xã Ia Pa' in panel
    assert '"><script>window.pwned = 5</script>' in panel
    assert "<svg onload=alert(2)>" in panel
    text = run.texts["hostile_markup"]
    assert section.locator(".text").text_content() == text
    if HOSTILE_MARKUP in text:  # the cleaner kept the markup: it must show as text
        assert HOSTILE_MARKUP in _seen(section.locator(".text"))
    # only our own script elements exist; the embedded JSON is data, not code
    assert page.evaluate("document.scripts.length") == 2
    data = json.loads(page.evaluate("document.getElementById('tomtat-data').textContent"))
    assert {d["id"] for d in data} == {s.id for s in run.summaries}
    assert page.problems == []


def test_download_json_button_gives_the_summary(page: Any, tmp_path: Path) -> None:
    with page.expect_download() as info:
        page.locator('section[data-id="gia_lai_2023"] button[data-download]').click()
    saved = tmp_path / "download.json"
    info.value.save_as(saved)
    summary = ArticleSummary.model_validate_json(saved.read_text(encoding="utf-8"))
    assert summary.id == "gia_lai_2023" and len(summary.awards) == 3


def test_chart_bars_by_issuer_and_district(page: Any) -> None:
    bars = page.evaluate(
        "() => Array.from(document.querySelectorAll('svg.chart g.bar')).map("
        "g => [g.closest('svg').getAttribute('aria-label'), g.dataset.label, Number(g.dataset.recipients)])"
    )
    assert ["Award recipients by issuer", "Chủ tịch UBND huyện Krông Pắc", 64] in bars
    assert ["Award recipients by issuer", "Giám đốc Công an tỉnh", 31] in bars
    assert ["Award recipients by district", "Krông Pắc (Đắk Lắk)", 72] in bars
    assert ["Award recipients by district", "Gia Lai (province level)", 67] in bars


def test_screenshot_is_written(page: Any, tmp_path: Path) -> None:
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000
