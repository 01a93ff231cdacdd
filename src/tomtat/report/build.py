"""From a folder of summaries to the review page: read, find the texts, place spans, render."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from tomtat.events import link_events
from tomtat.export.reading import SummarySet, read_summaries
from tomtat.export.text import utf8_safe
from tomtat.outputs import write_atomic
from tomtat.report.page import ArticleView, render_page
from tomtat.report.sources import load_source_text
from tomtat.report.spans import collect_spans


@dataclass(frozen=True)
class ReportStats:
    """What went into a page: articles, failures, findings by severity, texts not found."""

    articles: int
    failed: int
    findings: int
    errors: int
    warnings: int
    missing_text: int
    highlights: int
    unplaced: int


def build_report(
    found: SummarySet,
    *,
    articles_dir: Path | None = None,
    summaries_dir: Path | None = None,
    title: str = "tomtat review",
) -> tuple[str, ReportStats]:
    """The page's HTML and its figures for the summaries and failures in ``found``."""
    views = []
    for number, summary in enumerate(found.summaries):
        source = load_source_text(summary, articles_dir, summaries_dir)
        spans = collect_spans(summary, source.text, f"a{number}")
        views.append(ArticleView(number, summary, source, spans))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    where = f" from {summaries_dir}" if summaries_dir else ""
    html = utf8_safe(
        render_page(
            views,
            found.failures,
            skipped=found.skipped,
            title=title,
            generated=f"generated {stamp}{where}",
            events=link_events(found.summaries),
        )
    )
    checks = [f for s in found.summaries for f in s.checks]
    stats = ReportStats(
        articles=len(found.summaries),
        failed=len(found.failures),
        findings=len(checks),
        errors=sum(1 for f in checks if f.severity == "error"),
        warnings=sum(1 for f in checks if f.severity == "warning"),
        missing_text=sum(1 for v in views if v.source.text is None),
        highlights=sum(len(v.spans.spans) for v in views),
        unplaced=sum(len(v.spans.unplaced) for v in views),
    )
    return html, stats


def write_report(
    summaries: Path,
    html_path: Path,
    articles_dir: Path | None = None,
    found: SummarySet | None = None,
) -> ReportStats:
    """Write the page of ``summaries`` (folder or JSONL; ``found`` if already read) atomically."""
    found = read_summaries(summaries) if found is None else found
    html, stats = build_report(
        found,
        articles_dir=articles_dir,
        summaries_dir=summaries if summaries.is_dir() else summaries.parent,
        title=f"tomtat review: {summaries.name}",
    )
    write_atomic(html_path, html)
    return stats
