"""The review page: one self-contained HTML file an analyst opens after a run.

Reads summaries (and the original articles for their cleaned text), never calls extractors.
"""

from tomtat.report.build import ReportStats, build_report, write_report
from tomtat.report.spans import Span, collect_spans, place, render_marked_text

__all__ = [
    "ReportStats",
    "Span",
    "build_report",
    "collect_spans",
    "place",
    "render_marked_text",
    "write_report",
]
