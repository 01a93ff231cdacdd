"""The review page as one self-contained HTML string: index, charts, one section per article.

Every string from an article or a summary passes through :func:`tomtat.report.escape.esc`;
the only script is our own (allowed by hash in the page's Content-Security-Policy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tomtat.events import EventSet
from tomtat.export.reading import FailedArticle
from tomtat.export.tables import check_status, findings_under
from tomtat.report.assets import CSS, JS, content_security_policy
from tomtat.report.charts import aggregate, bar_chart_svg, district_of, issuer_of
from tomtat.report.escape import esc, fmt_number, fmt_value, json_for_script
from tomtat.report.events_view import events_section
from tomtat.report.sources import SourceText
from tomtat.report.spans import SpanSet, render_marked_text
from tomtat.schemas import ArticleSummary, Finding
from tomtat.schemas.paths import item_path

KIND_NAMES = {
    "event": "event fields",
    "person": "people",
    "award": "awards",
    "statistic": "statistics",
    "meta": "title / source / date / author",
}
EVENT_FIELDS = (
    "date",
    "part_of_day",
    "kinds",
    "organizer",
    "province",
    "district",
    "review_period",
)


@dataclass
class ArticleView:
    """One article as the page shows it: its summary, its text and the spans placed in it."""

    number: int
    summary: ArticleSummary
    source: SourceText
    spans: SpanSet

    @property
    def anchor(self) -> str:
        """DOM id of the article's section."""
        return f"a{self.number}"


def _count(checks: Sequence[Finding], severity: str) -> int:
    return sum(1 for f in checks if str(f.severity) == severity)


def _chip(n: int, severity: str) -> str:
    cls = severity if n else "zero"
    return f'<span class="chip {cls}">{n}</span>'


def _num_cell(value: int | None) -> str:
    if value is None:
        return '<td class="num" data-sort=""></td>'
    return f'<td class="num" data-sort="{value}">{esc(fmt_number(value))}</td>'


def _search_text(summary: ArticleSummary) -> str:
    parts = [summary.title or "", summary.source or "", summary.author or ""]
    parts += [f"{p.name} {p.title or ''}" for p in summary.people]
    parts += [f"{a.type} {a.issuer or ''} {' '.join(a.recipients)}" for a in summary.awards]
    parts += [s.label for s in summary.statistics]
    parts += [str(f.kind) for f in summary.checks]
    return " ".join(p for p in parts if p)


def _sum(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def index_row(view: ArticleView) -> str:
    """One row of the index table."""
    s, event = view.summary, view.summary.event
    checks = s.checks
    cells = [
        f'<td data-sort="{esc(s.id)}"><a href="#{view.anchor}">{esc(s.id)}</a>'
        + (f'<div class="muted">{esc(s.title)}</div>' if s.title else "")
        + "</td>",
        f'<td data-sort="{esc(event.date or "")}">{esc(event.date or "")}</td>',
        f"<td>{esc(event.province or '')}</td>",
        f"<td>{esc(event.district or '')}</td>",
        f"<td>{esc(event.organizer or '')}</td>",
        _num_cell(len(s.awards)),
        _num_cell(_sum([a.collectives for a in s.awards])),
        _num_cell(_sum([a.individuals for a in s.awards])),
    ]
    for severity in ("error", "warning", "info"):
        n = _count(checks, severity)
        cells.append(f'<td class="num" data-sort="{n}">{_chip(n, severity)}</td>')
    return (
        f'<tr data-id="{esc(s.id)}" data-search="{esc(_search_text(s))}">'
        + "".join(cells)
        + "</tr>"
    )


def failed_row(failure: FailedArticle) -> str:
    """A failed article in the index: its id and error, no figures."""
    blank = '<td class="num" data-sort=""></td>'
    return (
        f'<tr class="failed" data-id="{esc(failure.id)}"><td data-sort="{esc(failure.id)}">'
        f'<a href="#failed">{esc(failure.id)}</a></td><td data-sort=""></td><td></td><td></td>'
        f"<td>failed: {esc(failure.error)}</td>" + blank * 6 + "</tr>"
    )


INDEX_HEAD = (
    ("Article", "text"),
    ("Date", "text"),
    ("Province", "text"),
    ("District", "text"),
    ("Organiser", "text"),
    ("Grants", "num"),
    ("Collectives", "num"),
    ("Individuals", "num"),
    ("Errors", "num"),
    ("Warnings", "num"),
    ("Info", "num"),
)


def index_table(views: Sequence[ArticleView], failures: Sequence[FailedArticle]) -> str:
    """The sortable, filterable index of every article (failures included)."""
    head = "".join(
        f'<th data-type="{kind}"{" class=num" if kind == "num" else ""}>'
        f'<button type="button">{esc(name)}</button></th>'
        for name, kind in INDEX_HEAD
    )
    rows = [index_row(v) for v in views] + [failed_row(f) for f in failures]
    return (
        '<div class="filterbar"><label>Filter <input id="filter" type="search" '
        'placeholder="id, place, organiser, issuer, person…" autocomplete="off"></label>'
        '<span id="shown" class="muted"></span></div>'
        f'<table id="index"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _jump(view: ArticleView, path: str) -> str:
    spans = [s for s in view.spans.by_path.get(path, []) if s.kind != "finding"]
    if not spans:
        return ""
    first = spans[0]
    return (
        f' <a class="jump" href="#{esc(first.ident)}" data-target="{esc(first.ident)}" '
        f'title="show in text">&#182;</a>'
    )


def _status(view: ArticleView, path: str) -> str:
    found = findings_under(view.summary.checks, path)
    if not found:
        return ""
    status = check_status(found)
    shown = status if status != "ok" else "info"
    return f' <span class="chip {shown}" title="{esc("; ".join(f.message for f in found))}">{len(found)}</span>'


def _event_panel(view: ArticleView) -> str:
    event = view.summary.event
    rows = []
    for name in EVENT_FIELDS:
        value = getattr(event, name)
        if name == "kinds":
            shown = ", ".join(str(k) for k in value)
        elif name == "review_period":
            shown = f"{value.start}–{value.end}" if value else ""
        else:
            shown = "" if value is None else str(value)
        path = f"event.{name}"
        rows.append(
            f'<tr><td class="key">{esc(name)}</td><td>{esc(shown) or "<span class=muted>—</span>"}'
            f"{_jump(view, path)}{_status(view, path)}</td></tr>"
        )
    meta = []
    s = view.summary
    for name in ("title", "source", "published", "author"):
        value = getattr(s, name)
        if value:
            meta.append(
                f'<tr><td class="key">{esc(name)}</td><td>{esc(value)}{_jump(view, name)}</td></tr>'
            )
    return f"<h3>Event</h3><table>{''.join(meta + rows)}</table>"


def _people_panel(view: ArticleView) -> str:
    people = view.summary.people
    if not people:
        return "<h3>People</h3><p class=empty>none</p>"
    items = []
    for i, p in enumerate(people):
        rank = f"{p.rank} " if p.rank else ""
        title = f" — {esc(p.title)}" if p.title else ""
        items.append(
            f"<li>{esc(rank)}<b>{esc(p.name)}</b>{title}{_jump(view, f'people[{i}]')}"
            f"{_status(view, f'people[{i}]')}</li>"
        )
    return f"<h3>People ({len(people)})</h3><ul>{''.join(items)}</ul>"


def _awards_panel(view: ArticleView) -> str:
    awards = view.summary.awards
    if not awards:
        return "<h3>Awards</h3><p class=empty>none</p>"
    rows = []
    for i, a in enumerate(awards):
        path = item_path("awards", i)
        status = check_status(findings_under(view.summary.checks, path))
        recipients = "; ".join(a.recipients)
        rows.append(
            f'<tr data-path="{path}"><td>{i + 1}{_jump(view, path)}</td><td>{esc(a.type)}</td>'
            f"<td>{esc(a.issuer or '')}</td><td class=num>{esc(fmt_number(a.collectives))}</td>"
            f"<td class=num>{esc(fmt_number(a.individuals))}</td><td class=num>{esc(fmt_number(a.total))}</td>"
            f'<td>{esc(recipients)}</td><td><span class="chip {status}">{status}</span></td></tr>'
        )
    head = (
        "<tr><th>#</th><th>Type</th><th>Issuer</th><th class=num>Tập thể</th>"
        "<th class=num>Cá nhân</th><th class=num>Total</th><th>Recipients</th><th>Check</th></tr>"
    )
    return f"<h3>Awards ({len(awards)})</h3><table class=awards>{head}{''.join(rows)}</table>"


def _statistics_panel(view: ArticleView) -> str:
    stats = view.summary.statistics
    if not stats:
        return "<h3>Statistics</h3><p class=empty>none</p>"
    rows = []
    for i, st in enumerate(stats):
        path = item_path("statistics", i)
        qualifier = f"{st.qualifier} " if st.qualifier else ""
        rows.append(
            f"<tr><td>{esc(st.label)}{_jump(view, path)}{_status(view, path)}</td>"
            f"<td class=num>{esc(qualifier)}{esc(fmt_number(st.value))}</td>"
            f"<td>{esc(st.unit or '')}</td></tr>"
        )
    return (
        f"<h3>Statistics ({len(stats)})</h3><table><tr><th>Label</th><th class=num>Value</th>"
        f"<th>Unit</th></tr>{''.join(rows)}</table>"
    )


def _findings_panel(view: ArticleView) -> str:
    checks = view.summary.checks
    if not checks:
        return "<h3>Findings</h3><p class=empty>none</p>"
    placed = {s.ident for s in view.spans.spans if s.kind == "finding"}
    items = []
    for j, f in enumerate(checks):
        ident = f"{view.anchor}-f{j}"
        where = (
            f' <a class="jump" href="#{ident}" data-target="{ident}">show in text</a>'
            if ident in placed
            else ' <span class="muted">(no place in the text)</span>'
        )
        quote = f'<div class="quote">“{esc(f.quote)}”</div>' if f.quote else ""
        items.append(
            f'<li class="sev-{esc(f.severity)}" id="{ident}-item"><span class="chip sev-{esc(f.severity)}">'
            f"{j + 1}</span> <b>{esc(f.kind)}</b> <code>{esc(f.path)}</code>{where}"
            f"<div>{esc(f.message)}</div><div class=vals>summary: <b>{esc(fmt_value(f.value))}</b>"
            f" · text: <b>{esc(fmt_value(f.text_value))}</b></div>{quote}</li>"
        )
    counts = ", ".join(
        f"{_count(checks, s)} {s}" for s in ("error", "warning", "info") if _count(checks, s)
    )
    return f'<h3>Findings ({esc(counts)})</h3><ol class="findings" style="list-style:none;padding:0">{"".join(items)}</ol>'


def _list_panel(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    return f"<h3>{esc(title)}</h3><ul>{''.join(f'<li>{esc(i)}</li>' for i in items)}</ul>"


def _unplaced_panel(view: ArticleView) -> str:
    if not view.spans.unplaced:
        return ""
    items = [
        f"<li><code>{esc(u.path)}</code> {esc(u.reason)}: <span class=quote>“{esc(u.quote)}”</span></li>"
        for u in view.spans.unplaced
    ]
    return f"<h3>Evidence not shown in the text</h3><ul>{''.join(items)}</ul>"


def _meta_line(view: ArticleView) -> str:
    s, m = view.summary, view.summary.meta
    bits = [
        f"source: {s.source}" if s.source else "",
        f"published: {s.published}" if s.published else "",
        f"author: {s.author}" if s.author else "",
        f"backend: {m.backend}" + (f" / {m.model}" if m.model else "") if m.backend else "",
        f"{m.duration_ms:.0f} ms" if m.duration_ms is not None else "",
        f"{m.usage.total_tokens} tokens" if m.usage.total_tokens else "",
        f"${m.cost_usd:.4f}" if m.cost_usd else "",
        "cached" if m.cached else "",
    ]
    shown = " · ".join(esc(b) for b in bits if b)
    return (
        f'<p class="muted">{shown} · <button type="button" class="dl" data-download="{view.number}">'
        f'download JSON</button> · <a href="#top">back to index</a></p>'
    )


def article_section(view: ArticleView) -> str:
    """The section of one article: marked text on the left, structured summary on the right."""
    s = view.summary
    if view.source.text is not None:
        body = (
            f'<div class="text" id="{view.anchor}-text">'
            f"{render_marked_text(view.source.text, view.spans.spans)}</div>"
        )
    else:
        body = ""
    notice = f'<p class="notice">{esc(view.source.problem)}</p>' if view.source.problem else ""
    title = f" <span class=muted>{esc(s.title)}</span>" if s.title else ""
    panel = "".join(
        [
            _event_panel(view),
            _findings_panel(view),
            _awards_panel(view),
            _people_panel(view),
            _statistics_panel(view),
            _list_panel("Conflicts", s.conflicts),
            _list_panel("Warnings", s.warnings),
            _unplaced_panel(view),
        ]
    )
    return (
        f'<section class="article" id="{view.anchor}" data-id="{esc(s.id)}">'
        f"<h2>{esc(s.id)}{title}</h2>{_meta_line(view)}"
        f'<div class="grid"><div><h3>Cleaned text</h3>{notice}{body}</div>'
        f'<div class="panel">{panel}</div></div></section>'
    )


def failures_section(failures: Sequence[FailedArticle], skipped: Sequence[str]) -> str:
    """Failed articles with their errors (and files that were not summaries)."""
    if not failures and not skipped:
        return '<section id="failed"><h2>Failed articles</h2><p class="empty">none</p></section>'
    rows = "".join(
        f"<tr><td>{esc(f.id)}</td><td>{esc(f.source_path or '')}</td><td>{esc(f.error)}</td></tr>"
        for f in failures
    )
    skip = _list_panel("Files skipped", skipped)
    return (
        f'<section id="failed"><h2>Failed articles ({len(failures)})</h2>'
        f"<table><tr><th>Article</th><th>Source</th><th>Error</th></tr>{rows}</table>{skip}</section>"
    )


def legend() -> str:
    """Which colour marks which kind of evidence."""
    marks = "".join(f'<mark class="hl k-{k}">{esc(name)}</mark>' for k, name in KIND_NAMES.items())
    return (
        f'<p class="legend-row">{marks}<mark class="hl k-finding sev-error">error</mark> '
        '<mark class="hl k-finding sev-warning">warning</mark> '
        '<span class="muted">(dashed: derived value; wavy: quote located approximately)</span></p>'
    )


def render_page(
    views: Sequence[ArticleView],
    failures: Sequence[FailedArticle],
    *,
    skipped: Sequence[str] = (),
    title: str = "tomtat review",
    generated: str = "",
    events: EventSet | None = None,
) -> str:
    """The whole page as one HTML string (inline CSS, JS, SVG; no external resource).

    With ``events``, the page gets the events view and trend charts by year (each event once).
    """
    summaries = [v.summary for v in views]
    checks = [f for s in summaries for f in s.checks]
    totals = [
        f"<span><b>{len(views)}</b> articles</span>",
        f"<span><b>{len(failures)}</b> failed</span>",
        f"<span><b>{sum(len(s.awards) for s in summaries)}</b> grants</span>",
        f"<span>{_chip(_count(checks, 'error'), 'error')} errors</span>",
        f"<span>{_chip(_count(checks, 'warning'), 'warning')} warnings</span>",
        f"<span>{_chip(_count(checks, 'info'), 'info')} info</span>",
    ]
    charts = bar_chart_svg(
        aggregate(summaries, issuer_of), "Award recipients by issuer"
    ) + bar_chart_svg(aggregate(summaries, district_of), "Award recipients by district")
    data = json_for_script([s.to_json_dict() for s in summaries])
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{esc(content_security_policy(JS))}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>",
            f'<header class="top" id="top"><h1>{esc(title)}</h1>',
            f'<p class="totals">{"".join(totals)}</p>',
            f'<p class="muted">{esc(generated)}</p>' if generated else "",
            '<nav class="toc"><a href="#articles-index">Index</a><a href="#charts">Charts</a>'
            '<a href="#failed">Failed</a>'
            + ('<a href="#events">Events</a>' if events is not None else "")
            + "</nav></header><main>",
            f'<section id="articles-index"><h2>Articles</h2>{index_table(views, failures)}</section>',
            f'<section id="charts"><h2>Awards</h2><div class="charts">{charts}</div></section>',
            events_section(events, {v.summary.id: v.anchor for v in views}) if events else "",
            failures_section(failures, skipped),
            f"<h2>Articles in full</h2>{legend()}",
            "".join(article_section(v) for v in views),
            f'</main><script type="application/json" id="tomtat-data">{data}</script>',
            f"<script>{JS}</script></body></html>\n",
        ]
    )
