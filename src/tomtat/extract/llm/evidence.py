"""Checks of an LLM answer against its article: quotes found in the text, numbers in quotes.

Pure functions shared by the Pydantic validators (which raise, so instructor re-asks) and by
the lenient path after the last attempt (which records the same problems as findings).
"""

from __future__ import annotations

from tomtat.text.fold import EDGE, FoldedText, fold_text, locate

__all__ = ["FoldedText", "fold", "locate_quote", "name_in_quote", "quote_problem", "value_in_quote"]

fold = fold_text
"""Fold an article once for the validators (the one folding, cached)."""


def locate_quote(quote: str, article: FoldedText, start_hint: int = 0) -> tuple[int, int] | None:
    """``[start, end)`` of ``quote`` in the original text behind ``article``, or None.

    The one locator (:func:`tomtat.text.fold.locate`) without its fuzzy stage: spacing, case,
    tone-mark style and typographic quotes do not matter; pieces around an ellipsis must
    appear in order.
    """
    found = locate(article.source, quote, start_hint or None, article, fuzzy=False)
    return None if found is None else (found.start, found.end)


def quote_problem(quote: str | None, article: FoldedText) -> str | None:
    """Why ``quote`` is not acceptable evidence, or None when it is found in the article."""
    if quote is None or not quote.strip():
        return "the evidence quote is empty: copy the sentence of the article that states it"
    if locate_quote(quote, article) is None:
        shown = quote if len(quote) <= 120 else quote[:117] + "..."
        return (
            f"the quote {shown!r} is not in the article: copy the supporting sentence "
            "verbatim from the article text"
        )
    return None


def numbers_in(quote: str) -> list[float]:
    """Every value a number in ``quote`` may stand for (with a following scale word applied)."""
    from tomtat.text.numbers import iter_numbers, scale_after

    values: list[float] = []
    for token in iter_numbers(quote):
        value = float(token.value)
        values.append(value)
        scale = scale_after(quote, token.end)
        if scale != 1:
            values.append(value * scale)
    return values


def value_in_quote(value: float, quote: str) -> bool:
    """True when ``value`` is written in ``quote`` (Vietnamese forms: 1.131, 2,5, hai mươi, 5 tỷ)."""
    return any(abs(v - value) <= 1e-9 * max(1.0, abs(value)) for v in numbers_in(quote))


def name_in_quote(name: str, quote: str) -> bool:
    """True when the folded ``name`` occurs in the folded ``quote``."""
    wanted = fold_text(name).folded.strip(EDGE)
    return bool(wanted) and wanted in fold_text(quote).folded
