"""The one error the text layer raises for input that cannot be read as an article."""

from __future__ import annotations

__all__ = ["InputError"]


class InputError(ValueError):
    """The input cannot be read as an article; the message is one clear line."""
