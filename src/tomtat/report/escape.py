"""Escaping for the review page: every string from an article or a summary goes through here."""

from __future__ import annotations

import html
import json
from typing import Any

_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def esc(value: Any) -> str:
    """HTML-escape ``value`` (quotes included, so it is safe in attributes too); None is ''."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def json_for_script(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, ``<!--`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escaped)
    return text


def fmt_number(value: int | float | None) -> str:
    """A number for reading: thousands grouped with a thin space, integral floats as ints."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return f"{value:,}".replace(",", "\u202f")


def fmt_value(value: Any) -> str:
    """Any finding value as short text: strings as they are, numbers grouped, rest as JSON."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return fmt_number(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
