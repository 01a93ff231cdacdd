"""The review page's view across articles: the reports of one event side by side, their
disagreements marked, and trend charts by year that count each event once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from tomtat.events import EventSet
from tomtat.events.places import issuer_level
from tomtat.report.charts import Bar, bar_chart_svg
from tomtat.report.escape import esc, fmt_number
from tomtat.schemas import EventAward, EventRecord, EventSource
from tomtat.schemas.paths import item_path

__all__ = ["events_section", "trend_charts", "year_bars"]

_COUNT_WORDS = (("collectives", "tập thể"), ("individuals", "cá nhân"), ("total", "tổng"))


def year_bars(
    events: Iterable[EventRecord], group: Callable[[EventRecord, EventAward], str]
) -> list[Bar]:
    """Bars of award recipients by ``group``, each event's grant once; sorted by label (year)."""
    bars: dict[str, Bar] = {}
    for event in events:
        for award in event.awards:
            label = group(event, award)
            bar = bars.setdefault(label, Bar(label=label))
            bar.grants += 1
            bar.collectives += award.collectives or 0
            bar.individuals += award.individuals or 0
            bar.total += award.total or 0
            bar.articles.add(event.event_id)
    return [bars[k] for k in sorted(bars)]


def _year(event: EventRecord, award: EventAward) -> str:
    return str(event.year) if event.year else "(year unknown)"


def _year_level(event: EventRecord, award: EventAward) -> str:
    return f"{_year(event, award)} · {issuer_level(award.issuer)}"


def trend_charts(events: Iterable[EventRecord]) -> str:
    """Two charts: recipients by year, and by year and issuer level (each event once)."""
    listed = list(events)
    return bar_chart_svg(
        year_bars(listed, _year), "Award recipients by year (each event once)", unit="event"
    ) + bar_chart_svg(
        year_bars(listed, _year_level),
        "Award recipients by year and issuer level (each event once)",
        unit="event",
    )


def _disputed_values(event: EventRecord) -> dict[str, dict[str, Any]]:
    """Finding path -> article id -> that source's value."""
    return {f.path: {v.article_id: v.value for v in f.values} for f in event.findings}


def _grant_cell(
    index: int, award: EventAward, source: EventSource, disputed: Mapping[str, Mapping[str, Any]]
) -> str:
    if source.article_id not in award.articles:
        return '<td class="muted">not reported</td>'
    parts, marked = [], False
    for name, word in _COUNT_WORDS:
        by_source = disputed.get(item_path("awards", index, name))
        value = by_source.get(source.article_id) if by_source else getattr(award, name)
        marked = marked or bool(by_source)
        if value is not None:
            parts.append(f"{esc(fmt_number(value))} {word}")
    css = ' class="disputed"' if marked else ""
    return f"<td{css}>{', '.join(parts) or '—'}</td>"


def _row(label: str, cells: Iterable[str]) -> str:
    return f"<tr><th>{esc(label)}</th>{''.join(cells)}</tr>"


def _event_block(event: EventRecord, anchors: Mapping[str, str]) -> str:
    disputed = _disputed_values(event)

    def link(source: EventSource) -> str:
        anchor = anchors.get(source.article_id)
        name = esc(source.outlet or source.article_id)
        return f'<a href="#{esc(anchor)}">{name}</a>' if anchor else name

    sources = event.sources
    mark = ' class="disputed"'
    date_cells = [
        f"<td{mark if s.date != event.date else ''}>{esc(s.date or '')}</td>" for s in sources
    ]
    rows = [
        _row("outlet", (f"<th>{link(s)}</th>" for s in sources)),
        _row("article", (f"<td>{esc(s.article_id)}</td>" for s in sources)),
        _row("published", (f"<td>{esc(s.published or '')}</td>" for s in sources)),
        _row("meeting date", date_cells),
        _row("organiser", (f"<td>{esc(s.organizer or '')}</td>" for s in sources)),
    ]
    for index, award in enumerate(event.awards):
        label = f"{award.type} · {award.issuer or 'issuer not given'}"
        rows.append(_row(label, (_grant_cell(index, award, s, disputed) for s in sources)))
    findings = "".join(f'<li class="sev-warning">{esc(f.message)}</li>' for f in event.findings)
    place = ", ".join(p for p in (event.district, event.province) if p)
    return (
        f'<article class="event" id="{esc(event.event_id)}" data-sources="{len(sources)}">'
        f"<h3>{esc(event.date or 'date unknown')} · {esc(event.organizer or '')}"
        f' <span class="muted">· {esc(place)}</span></h3>'
        f'<table class="side-by-side">{"".join(rows)}</table>'
        + (f'<ul class="findings">{findings}</ul>' if findings else "")
        + "</article>"
    )


def events_section(found: EventSet, anchors: Mapping[str, str]) -> str:
    """The events view: every event reported more than once, side by side, and the near pairs
    kept apart with their reason. ``anchors`` maps article ids to their sections' ids."""
    several = [e for e in found.events if len(e.sources) > 1]
    lone = len(found.events) - len(several)
    intro = (
        f'<p class="muted">{len(found.events)} events: {len(several)} reported by several '
        f"articles, {lone} by one. Cells that disagree between reports are marked.</p>"
    )
    blocks = "".join(_event_block(e, anchors) for e in several)
    apart = "".join(
        f"<li>{esc(k.article_a)} / {esc(k.article_b)}: {esc(k.reason)}</li>"
        for k in found.kept_apart
    )
    kept = f'<h3>Alike but kept apart</h3><ul class="kept-apart">{apart}</ul>' if apart else ""
    return (
        f'<section id="events"><h2>Events across articles</h2>{intro}{blocks}{kept}'
        f'<div class="charts">{trend_charts(found.events)}</div></section>'
    )
