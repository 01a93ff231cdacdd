"""From the LLM's lean answer to tomtat's ArticleSummary, and back (for a revision request)."""

from __future__ import annotations

from typing import Any

from tomtat.extract.base import summary_of
from tomtat.extract.llm.evidence import FoldedText, locate_quote, name_in_quote
from tomtat.extract.llm.schema import ArticleFacts
from tomtat.schemas import (
    Alignment,
    ArticleSummary,
    Award,
    Event,
    Evidence,
    Person,
    ReviewPeriod,
    Statistic,
)
from tomtat.text.article import Article

EVENT_FIELDS = ("date", "part_of_day", "organizer", "province", "district")
NAMED_FIELDS = ("organizer", "province", "district")


def evidence(quote: str | None, text: str, folded: FoldedText) -> Evidence | None:
    """Evidence for ``quote`` with its offsets in ``text`` when it can be found there."""
    if not quote or not quote.strip():
        return None
    exact = text.find(quote)
    if exact >= 0:
        return Evidence(quote=quote, start=exact, end=exact + len(quote), alignment=Alignment.EXACT)
    span = locate_quote(quote, folded)
    if span is None:
        return Evidence(quote=quote, alignment=Alignment.NOT_FOUND)
    return Evidence(quote=quote, start=span[0], end=span[1], alignment=Alignment.FUZZY)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def to_summary(facts: ArticleFacts, article: Article, folded: FoldedText) -> ArticleSummary:
    """The summary of ``article`` from ``facts``; metadata comes from the loaded article."""
    ev = facts.event
    review = None
    if (
        ev.review_start is not None
        and ev.review_end is not None
        and ev.review_start <= ev.review_end
    ):
        review = ReviewPeriod(start=ev.review_start, end=ev.review_end)
    event_evidence: dict[str, Evidence] = {}
    quote_ev = evidence(ev.quote, article.text, folded)
    if quote_ev is not None:
        for name in EVENT_FIELDS:
            value = getattr(ev, name)
            if value is None:
                continue
            if name in NAMED_FIELDS and not name_in_quote(str(value), quote_ev.quote):
                event_evidence[name] = quote_ev.model_copy(
                    update={
                        "derived": True,
                        "note": "inferred by the LLM; not written in the quote",
                    }
                )
            else:
                event_evidence[name] = quote_ev.model_copy()
    event = Event(
        date=ev.date,
        part_of_day=ev.part_of_day,
        kinds=list(dict.fromkeys(ev.kinds)),
        organizer=ev.organizer,
        province=ev.province,
        district=ev.district,
        review_period=review,
        evidence=event_evidence,
    )
    people = [
        Person(
            name=p.name,
            title=p.title,
            rank=p.rank,
            evidence=evidence(p.quote, article.text, folded),
        )
        for p in facts.people
    ]
    awards = [
        Award(
            type=a.type,
            issuer=a.issuer,
            collectives=a.collectives,
            individuals=a.individuals,
            total=a.total,
            recipients=list(a.recipients),
            evidence=evidence(a.quote, article.text, folded),
        )
        for a in facts.awards
    ]
    statistics = [
        Statistic(
            label=s.label,
            value=_number(s.value),
            unit=s.unit,
            qualifier=s.qualifier,
            evidence=evidence(s.quote, article.text, folded),
        )
        for s in facts.statistics
    ]
    return summary_of(
        article,
        event=event,
        people=people,
        awards=awards,
        statistics=statistics,
        conflicts=list(facts.conflicts),
    )


def to_facts(summary: ArticleSummary) -> dict[str, Any]:
    """The answer a summary stands for, in the LLM's shape (for asking it to revise)."""
    ev = summary.event
    quote = next((e.quote for e in ev.evidence.values()), None)

    def q(e: Evidence | None) -> str:
        return e.quote if e is not None else ""

    return {
        "event": {
            "date": ev.date,
            "part_of_day": ev.part_of_day,
            "kinds": list(ev.kinds),
            "organizer": ev.organizer,
            "province": ev.province,
            "district": ev.district,
            "review_start": ev.review_period.start if ev.review_period else None,
            "review_end": ev.review_period.end if ev.review_period else None,
            "quote": quote,
        },
        "people": [
            {"name": p.name, "title": p.title, "rank": p.rank, "quote": q(p.evidence)}
            for p in summary.people
        ],
        "awards": [
            {
                "type": a.type,
                "issuer": a.issuer,
                "collectives": a.collectives,
                "individuals": a.individuals,
                "total": a.total,
                "recipients": list(a.recipients),
                "quote": q(a.evidence),
            }
            for a in summary.awards
        ],
        "statistics": [
            {
                "label": s.label,
                "value": s.value,
                "unit": s.unit,
                "qualifier": s.qualifier,
                "quote": q(s.evidence),
            }
            for s in summary.statistics
        ],
        "conflicts": list(summary.conflicts),
    }
