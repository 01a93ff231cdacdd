"""Text that can always be written as UTF-8, whatever a summary file held."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8_safe(text: str) -> str:
    """``text`` with lone surrogates (from ``\\ud800`` escapes in a bad JSON file) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)
