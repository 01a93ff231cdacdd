"""Inline SVG bar charts of awards by issuer and by district, drawn without a plotting library."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tomtat.report.escape import esc, fmt_number
from tomtat.schemas import ArticleSummary, Award
from tomtat.text.fold import ascii_fold

MAX_BARS = 20
SEGMENTS = (
    ("collectives", "tập thể", "#1b9e77"),
    ("individuals", "cá nhân", "#386cb0"),
    ("total", "tổng (no split)", "#999999"),
)


@dataclass
class Bar:
    """One bar: recipients of awards in a group, split into collectives, individuals, total."""

    label: str
    grants: int = 0
    collectives: int = 0
    individuals: int = 0
    total: int = 0
    articles: set[str] = field(default_factory=set)
    _names: Counter[str] = field(default_factory=Counter)

    @property
    def recipients(self) -> int:
        """Everyone honoured in the group (collectives + individuals + unsplit totals)."""
        return self.collectives + self.individuals + self.total


def group_key(name: str) -> str:
    """A key that joins spellings of one name: NFC, case, tone marks, UBND, spacing, punctuation."""
    text = ascii_fold(name)
    text = re.sub(r"\buy ban nhan dan\b", "ubnd", text)
    return re.sub(r"[\W_]+", " ", text).strip()


def issuer_of(summary: ArticleSummary, award: Award) -> str:
    """Group of an award in the issuer chart."""
    return award.issuer or "(issuer not given)"


def district_of(summary: ArticleSummary, award: Award) -> str:
    """Group of an award in the district chart: district (province), or the province alone."""
    event = summary.event
    if event.district:
        return f"{event.district} ({event.province})" if event.province else event.district
    if event.province:
        return f"{event.province} (province level)"
    return "(place not given)"


def aggregate(
    summaries: Iterable[ArticleSummary], group: Callable[[ArticleSummary, Award], str]
) -> list[Bar]:
    """Bars by ``group``, largest first (by recipients, then grants)."""
    bars: dict[str, Bar] = {}
    for summary in summaries:
        for award in summary.awards:
            name = unicodedata.normalize("NFC", " ".join(group(summary, award).split()))
            bar = bars.setdefault(group_key(name) or name, Bar(label=name))
            bar._names[name] += 1
            bar.grants += 1
            bar.collectives += award.collectives or 0
            bar.individuals += award.individuals or 0
            bar.total += award.total or 0
            bar.articles.add(summary.id)
    for bar in bars.values():
        bar.label = bar._names.most_common(1)[0][0]
    return sorted(bars.values(), key=lambda b: (-b.recipients, -b.grants, b.label))


def _fold_rest(bars: list[Bar], limit: int) -> list[Bar]:
    if len(bars) <= limit:
        return bars
    rest = Bar(label=f"({len(bars) - limit + 1} others)")
    for bar in bars[limit - 1 :]:
        rest.grants += bar.grants
        rest.collectives += bar.collectives
        rest.individuals += bar.individuals
        rest.total += bar.total
        rest.articles |= bar.articles
    return [*bars[: limit - 1], rest]


def _short(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart_svg(bars: list[Bar], title: str, limit: int = MAX_BARS, unit: str = "article") -> str:
    """A horizontal stacked bar chart as inline SVG; every label is escaped.

    ``unit`` names what ``Bar.articles`` holds in the tooltips ("article", or "event").
    """
    if not bars:
        return f'<p class="empty">{esc(title)}: no awards.</p>'
    shown = _fold_rest(bars, limit)
    label_w, bar_w, row_h, top = 300, 380, 24, 34
    width, height = label_w + bar_w + 150, top + row_h * len(shown) + 8
    peak = max(b.recipients for b in shown) or 1
    out = [
        f'<figure class="chart"><figcaption>{esc(title)}</figcaption>',
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}">',
        f"<title>{esc(title)}</title>",
    ]
    x = label_w
    for _, name, colour in SEGMENTS:
        out.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 16}" y="16" class="legend">{esc(name)}</text>')
        x += 16 + 8 * len(name) + 14
    for row, bar in enumerate(shown):
        y = top + row * row_h
        tip = (
            f"{bar.label}: {bar.grants} grant(s) in {len(bar.articles)} {unit}(s); "
            f"{bar.collectives} tập thể, {bar.individuals} cá nhân, {bar.total} unsplit"
        )
        out.append(
            f'<g class="bar" data-label="{esc(bar.label)}" data-recipients="{bar.recipients}">'
            f"<title>{esc(tip)}</title>"
        )
        out.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">'
            f"{esc(_short(bar.label))}</text>"
        )
        x0 = float(label_w)
        for attr, _, colour in SEGMENTS:
            value = getattr(bar, attr)
            if value:
                w = bar_w * value / peak
                out.append(
                    f'<rect x="{x0:.1f}" y="{y + 4}" width="{max(w, 1):.1f}" height="{row_h - 8}" '
                    f'fill="{colour}"/>'
                )
                x0 += w
        out.append(
            f'<text x="{x0 + 6:.1f}" y="{y + 16}" class="num">{esc(fmt_number(bar.recipients))}'
            f" · {bar.grants} grant{'s' if bar.grants != 1 else ''}</text></g>"
        )
    out.append("</svg></figure>")
    return "".join(out)
