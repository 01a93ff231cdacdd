"""Text that can always be written as UTF-8, and CSV cells that a spreadsheet will not run."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8_safe(text: str) -> str:
    """``text`` with lone surrogates (from ``\\ud800`` escapes in a bad JSON file) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


# OWASP "CSV injection": a cell starting with one of these is read as a formula by spreadsheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text rather than evaluates.

    A string starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
    ``'`` (OWASP's advice), unless it is a plain number such as ``-12`` or ``+3,5``, which a
    spreadsheet reads as that number and nothing else. Numbers and None are returned as they are.
    """
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_TRIGGERS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value
