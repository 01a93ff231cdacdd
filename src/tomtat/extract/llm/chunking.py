"""Long articles: split on paragraph boundaries under a token budget, merge the answers.

Tokens are estimated as characters / 3 (Vietnamese runs about 2.5 to 3.5 characters a token
in common tokenizers). Neighbouring chunks share one paragraph, so a grant stated across a
paragraph break is seen whole at least once; duplicates from the overlap are removed by
their evidence offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tomtat.extract.llm.evidence import FoldedText, fold, locate_quote
from tomtat.extract.llm.schema import ArticleFacts, EventFacts
from tomtat.text.segment import iter_sentences

CHARS_PER_TOKEN = 3
_PARAGRAPH = re.compile(r"\n\s*\n")


def estimate_tokens(text: str) -> int:
    """Rough token count of ``text`` (characters / 3)."""
    return len(text) // CHARS_PER_TOKEN + 1


@dataclass(frozen=True)
class Chunk:
    """A piece of the article and where it starts in the full text."""

    start: int
    text: str


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """Paragraph spans; a paragraph over ``limit`` is cut at sentences, then hard."""
    spans: list[tuple[int, int]] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for gap_start, gap_end in bounds:
        if gap_start > pos:
            spans.extend(_split_long(text, pos, gap_start, limit))
        pos = gap_end
    return spans


def _sentence_gaps(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(end of a sentence, start of the next one's words)`` inside ``text[start:end]``."""
    gaps: list[tuple[int, int]] = []
    for s_start, s_end in iter_sentences(text[start:end]):
        if s_start == 0:
            continue
        body = text[start + s_start : start + s_end]
        gaps.append((start + s_start, start + s_start + len(body) - len(body.lstrip())))
    return gaps


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    if end - start <= limit:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    cur = start
    for stop, resume in _sentence_gaps(text, start, end):
        if stop - cur > limit:
            while stop - cur > limit:
                out.append((cur, cur + limit))
                cur += limit
        if resume - cur > limit and stop > cur:
            out.append((cur, stop))
            cur = resume
    while end - cur > limit:
        out.append((cur, cur + limit))
        cur += limit
    if end > cur:
        out.append((cur, end))
    return out


def split_article(text: str, token_budget: int) -> list[Chunk]:
    """One chunk when ``text`` fits the budget, else paragraph-aligned chunks that overlap by one."""
    limit = token_budget * CHARS_PER_TOKEN
    if len(text) <= limit:
        return [Chunk(0, text)]
    spans = _pieces(text, max(limit // 2, 1))
    chunks: list[Chunk] = []
    i = 0
    while i < len(spans):
        first = i
        end_index = i
        while end_index + 1 < len(spans) and spans[end_index + 1][1] - spans[first][0] <= limit:
            end_index += 1
        start, end = spans[first][0], spans[end_index][1]
        chunks.append(Chunk(start, text[start:end]))
        if end_index + 1 >= len(spans):
            break
        i = end_index if end_index > first else end_index + 1  # overlap one paragraph
    return chunks


def _span(quote: str | None, full: FoldedText, hint: int) -> tuple[int, int] | None:
    return locate_quote(quote, full, hint) if quote else None


def merge(parts: list[tuple[Chunk, ArticleFacts]], full: FoldedText) -> ArticleFacts:
    """One answer from per-chunk answers: first value wins for the event, lists deduplicated."""
    if len(parts) == 1:
        return parts[0][1]
    event: dict[str, object] = {}
    kinds: list[object] = []
    people: dict[str, object] = {}
    awards: dict[tuple[object, ...], object] = {}
    statistics: dict[tuple[object, ...], object] = {}
    conflicts: list[str] = []
    for chunk, facts in parts:
        for name, value in facts.event.model_dump(exclude={"kinds"}).items():
            if value is not None and event.get(name) is None:
                event[name] = value
        kinds.extend(k for k in facts.event.kinds if k not in kinds)
        for person in facts.people:
            key = fold(person.name).folded
            if key not in people or (person.title and not getattr(people[key], "title", None)):
                people[key] = person
        for award in facts.awards:
            span = _span(award.quote, full, chunk.start)
            award_key = (
                span,
                award.type,
                fold(award.issuer or "").folded,
                award.collectives,
                award.individuals,
                award.total,
            )
            awards.setdefault(award_key if span else (id(award),), award)
        for stat in facts.statistics:
            span = _span(stat.quote, full, chunk.start)
            stat_key = (span, stat.value, stat.unit)
            statistics.setdefault(stat_key if span else (id(stat),), stat)
        conflicts.extend(c for c in facts.conflicts if c not in conflicts)
    return ArticleFacts(
        event=EventFacts.model_validate({**event, "kinds": kinds}),
        people=list(people.values()),  # type: ignore[arg-type]
        awards=list(awards.values()),  # type: ignore[arg-type]
        statistics=list(statistics.values()),  # type: ignore[arg-type]
        conflicts=conflicts,
    )
