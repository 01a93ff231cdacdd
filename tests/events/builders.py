"""Summaries for the event tests, written in our own words: one meeting per helper call."""

from __future__ import annotations

from typing import Any

from tomtat.schemas import ArticleSummary

Grant = tuple[str, str | None, int | None, int | None]


def report(
    id: str,
    *,
    source: str | None = "Báo A",
    date: str | None = "2024-01-12",
    organizer: str | None = "UBND huyện Đức Trọng",
    province: str | None = "Lâm Đồng",
    district: str | None = "Đức Trọng",
    awards: list[Grant] | None = None,
    part_of_day: str | None = None,
    review: tuple[int, int] | None = None,
    statistics: list[tuple[str, float]] | None = None,
    published: str | None = None,
    quotes: list[str] | None = None,
) -> ArticleSummary:
    """One report; ``awards`` are (type, issuer, collectives, individuals)."""
    grants: list[dict[str, Any]] = []
    for index, (kind, issuer, collectives, individuals) in enumerate(
        [("Giấy khen", "UBND huyện Đức Trọng", 22, 22)] if awards is None else awards
    ):
        grant: dict[str, Any] = {
            "type": kind,
            "issuer": issuer,
            "collectives": collectives,
            "individuals": individuals,
        }
        if quotes and index < len(quotes):
            grant["evidence"] = {"quote": quotes[index]}
        grants.append(grant)
    return ArticleSummary.model_validate(
        {
            "id": id,
            "source": source,
            "published": published or date,
            "event": {
                "date": date,
                "part_of_day": part_of_day,
                "kinds": ["tổng kết"],
                "organizer": organizer,
                "province": province,
                "district": district,
                "review_period": {"start": review[0], "end": review[1]} if review else None,
            },
            "awards": grants,
            "statistics": [{"label": k, "value": v} for k, v in statistics or []],
        }
    )
