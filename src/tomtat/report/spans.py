"""Evidence and finding spans of one article, placed in its cleaned text and rendered as marks.

Spans may nest or overlap; :func:`render_marked_text` emits well-formed HTML by splitting a
span into fragments where it crosses another. Every fragment carries the whole span's
``data-start``/``data-end`` and ``data-span`` id, so the page (and its tests) can rejoin them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pydantic import BaseModel

from tomtat.report.escape import esc, fmt_number, fmt_value
from tomtat.schemas import Alignment, ArticleSummary, Evidence, Finding
from tomtat.schemas.paths import item_path
from tomtat.text.fold import nearest_occurrence

KINDS = ("meta", "event", "person", "award", "statistic", "finding")
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Placement:
    """Where a quote sits in the text: offsets and how they were found."""

    start: int
    end: int
    status: (
        str  # exact | fuzzy (offsets kept, text differs) | moved (quote found elsewhere) | found
    )


@dataclass
class Span:
    """One highlight: a summary item (or finding) and where its evidence sits in the text."""

    ident: str
    kind: str
    path: str
    label: str
    start: int
    end: int
    status: str = "exact"
    derived: bool = False
    severity: str | None = None
    badge: str | None = None
    note: str | None = None
    claimed: tuple[int | None, int | None] | None = None


@dataclass
class Unplaced:
    """A summary item whose quote could not be found in the text."""

    path: str
    kind: str
    quote: str
    reason: str


@dataclass
class SpanSet:
    """All spans of one article, by summary path, plus the quotes that could not be placed."""

    spans: list[Span] = field(default_factory=list)
    by_path: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))
    unplaced: list[Unplaced] = field(default_factory=list)

    def add(self, span: Span) -> None:
        """Keep ``span`` and index it by its summary path."""
        self.spans.append(span)
        self.by_path[span.path].append(span)


def place(
    text: str, start: int | None, end: int | None, quote: str | None, *, fuzzy_ok: bool = False
) -> Placement | None:
    """Locate a quote: its offsets when they hold it, else its nearest exact occurrence, else
    (only when ``fuzzy_ok``: the grounder matched it approximately) the offsets as given."""
    valid = start is not None and end is not None and 0 <= start < end <= len(text)
    if valid and start is not None and end is not None:
        if not quote or text[start:end] == quote:
            return Placement(start, end, "exact")
    best = nearest_occurrence(text, quote, start if start is not None else 0) if quote else None
    if quote and best is not None:
        return Placement(best, best + len(quote), "moved" if start is not None else "found")
    if fuzzy_ok and valid and start is not None and end is not None:
        return Placement(start, end, "fuzzy")
    return None


def _award_label(summary: ArticleSummary, index: int) -> str:
    award = summary.awards[index]
    counts = []
    if award.collectives is not None:
        counts.append(f"{fmt_number(award.collectives)} tập thể")
    if award.individuals is not None:
        counts.append(f"{fmt_number(award.individuals)} cá nhân")
    if award.total is not None:
        counts.append(f"tổng {fmt_number(award.total)}")
    return f"{award.type} · {award.issuer or '?'} · {', '.join(counts) or 'no count'}"


def _evidence_items(summary: ArticleSummary) -> list[tuple[str, str, str, Evidence]]:
    """(kind, path, label, evidence) for every evidence of a summary."""
    items: list[tuple[str, str, str, Evidence]] = []
    for key, ev in summary.metadata_evidence.items():
        items.append(("meta", key, f"{key}: {fmt_value(getattr(summary, key, None))}", ev))
    event = summary.event
    for key, ev in event.evidence.items():
        value = getattr(event, key, None)
        if isinstance(value, BaseModel):
            value = value.model_dump()
        shown = fmt_value(value)
        items.append(("event", f"event.{key}", f"event.{key}: {shown}", ev))
    for i, person in enumerate(summary.people):
        if person.evidence:
            title = f" — {person.title}" if person.title else ""
            items.append(
                ("person", item_path("people", i), f"{person.name}{title}", person.evidence)
            )
    for i, award in enumerate(summary.awards):
        if award.evidence:
            items.append(
                ("award", item_path("awards", i), _award_label(summary, i), award.evidence)
            )
    for i, stat in enumerate(summary.statistics):
        if stat.evidence:
            unit = f" {stat.unit}" if stat.unit else ""
            label = f"{stat.label}: {fmt_number(stat.value)}{unit}"
            items.append(("statistic", item_path("statistics", i), label, stat.evidence))
    return items


PART_SEPARATOR = " … "
"""How the cross-check joins the quotes of a finding that sits in two places."""


def place_finding(text: str, finding: Finding) -> list[Placement]:
    """Where a finding sits: its whole quote; else each part of a "a … b" quote; else its
    offsets as given (marked fuzzy)."""
    whole = place(text, finding.start, finding.end, finding.quote)
    if whole is not None:
        return [whole]
    quote = finding.quote or ""
    if PART_SEPARATOR in quote:
        parts = [p for p in quote.split(PART_SEPARATOR) if p.strip()]
        found = []
        for k, part in enumerate(parts):
            anchor = finding.start if k == 0 else None
            if k == len(parts) - 1 and finding.end is not None:
                anchor = max(finding.end - len(part), 0)
            where = place(text, anchor, None if anchor is None else anchor + len(part), part)
            if where is not None:
                found.append(where)
        if found:
            return found
    fallback = place(text, finding.start, finding.end, None if not quote else quote, fuzzy_ok=True)
    return [fallback] if fallback is not None else []


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _note(badge: str, finding: Finding) -> str:
    """What the badge shows on hover: the summary's value against the text's."""
    return (
        f"{badge} · summary {_short(fmt_value(finding.value))}"
        f" · text {_short(fmt_value(finding.text_value))}"
    )


def _add_finding(result: SpanSet, text: str, finding: Finding, ident: str, badge: str) -> None:
    label = (
        f"{finding.severity}: {finding.message or finding.kind} (summary: "
        f"{fmt_value(finding.value)}; text: {fmt_value(finding.text_value)})"
    )
    for k, where in enumerate(place_finding(text, finding)):
        result.add(
            Span(
                ident if k == 0 else f"{ident}-{k + 1}",
                "finding",
                finding.path,
                label,
                where.start,
                where.end,
                where.status,
                severity=str(finding.severity),
                badge=badge,
                note=_note(badge, finding),
                claimed=(finding.start, finding.end),
            )
        )


def collect_spans(summary: ArticleSummary, text: str | None, prefix: str) -> SpanSet:
    """Every evidence and finding of ``summary`` placed in ``text`` (ids start with ``prefix``)."""
    result = SpanSet()
    for n, (kind, path, label, ev) in enumerate(_evidence_items(summary)):
        fuzzy_ok = ev.alignment == Alignment.FUZZY
        where = (
            place(text, ev.start, ev.end, ev.quote, fuzzy_ok=fuzzy_ok) if text is not None else None
        )
        if where is None:
            if ev.quote or ev.start is not None:
                reason = "no article text" if text is None else "quote not found in the text"
                result.unplaced.append(Unplaced(path, kind, ev.quote, reason))
            continue
        result.add(
            Span(
                f"{prefix}-s{n}",
                kind,
                path,
                label,
                where.start,
                where.end,
                where.status,
                ev.derived,
                claimed=(ev.start, ev.end),
            )
        )
    if text is not None:
        for j, finding in enumerate(summary.checks):
            _add_finding(result, text, finding, f"{prefix}-f{j}", str(j + 1))
    return result


def _open_tag(span: Span, first: bool, last: bool) -> str:
    classes = ["hl", f"k-{span.kind}"]
    if span.severity:
        classes.append(f"sev-{span.severity}")
    if span.status != "exact":
        classes.append(f"st-{span.status}")
    if span.derived:
        classes.append("derived")
    if not first:
        classes.append("cont")
    if last:
        classes.append("last")
    attrs = [
        f'class="{" ".join(classes)}"',
        f'data-span="{esc(span.ident)}"',
        f'data-kind="{esc(span.kind)}"',
        f'data-path="{esc(span.path)}"',
        f'data-start="{span.start}"',
        f'data-end="{span.end}"',
        f'title="{esc(span.label)}"',
    ]
    if first:
        attrs.insert(0, f'id="{esc(span.ident)}"')
    if span.badge:
        attrs.append(f'data-badge="{esc(span.badge)}"')
    if span.note:
        attrs.append(f'data-note="{esc(span.note)}"')
    if span.claimed and (span.claimed[0], span.claimed[1]) != (span.start, span.end):
        attrs.append(f'data-claimed="{esc(span.claimed[0])}-{esc(span.claimed[1])}"')
    return f"<mark {' '.join(attrs)}>"


def _tokens(text: str, spans: list[Span]) -> list[tuple[str, int, str]]:
    """('text', -1, chunk) / ('open', i, '') / ('close', i, '') with proper nesting."""
    order = sorted(
        (i for i, s in enumerate(spans) if 0 <= s.start < s.end <= len(text)),
        key=lambda i: (spans[i].start, -spans[i].end, _RANK.get(spans[i].kind, 99)),
    )
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, set[int]] = defaultdict(set)
    for i in order:
        starts[spans[i].start].append(i)
        ends[spans[i].end].add(i)
    tokens: list[tuple[str, int, str]] = []
    stack: list[int] = []
    pos = 0
    for boundary in sorted({0, len(text), *starts, *ends}):
        if boundary > pos:
            tokens.append(("text", -1, text[pos:boundary]))
            pos = boundary
        closing = ends.get(boundary, set())
        reopen: list[int] = []
        while any(i in closing for i in stack):
            i = stack.pop()
            tokens.append(("close", i, ""))
            if i not in closing:
                reopen.append(i)
        for i in [*reversed(reopen), *starts.get(boundary, [])]:
            tokens.append(("open", i, ""))
            stack.append(i)
    return tokens


def render_marked_text(text: str, spans: list[Span]) -> str:
    """``text`` HTML-escaped with a ``<mark>`` per span (fragments where spans cross)."""
    tokens = _tokens(text, spans)
    last_open = {i: n for n, (kind, i, _) in enumerate(tokens) if kind == "open"}
    seen: set[int] = set()
    out: list[str] = []
    for n, (kind, i, chunk) in enumerate(tokens):
        if kind == "text":
            out.append(esc(chunk))
        elif kind == "open":
            out.append(_open_tag(spans[i], i not in seen, last_open[i] == n))
            seen.add(i)
        else:
            out.append("</mark>")
    return "".join(out)
