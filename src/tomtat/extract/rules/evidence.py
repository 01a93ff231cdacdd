"""Evidence of a value the rules read verbatim from the text."""

from __future__ import annotations

from tomtat.schemas import Evidence


def exact_evidence(text: str, start: int, end: int, **extra: object) -> Evidence:
    return Evidence(quote=text[start:end], start=start, end=end, alignment="exact", **extra)  # type: ignore[arg-type]
