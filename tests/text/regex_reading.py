"""Reading a regular expression's source in tests: which words every match must hold."""

from __future__ import annotations

import re

from tomtat.text.lowered import split_alternatives


def holds_one_of(source: str, words: tuple[str, ...]) -> bool:
    """Whether every match of the regex ``source`` holds one of ``words``: groups are read
    innermost first; one whose every branch holds a word holds one, an optional one or one of
    other alternatives holds nothing for sure, the words left are in every match."""
    group = re.compile(r"\((\?[:=!]|\?<[=!])?([^()]*)\)(\?)?")

    def read(m: re.Match[str]) -> str:
        kind, inner = m.group(1) or "", m.group(2)
        if kind.endswith("!"):
            return " "  # a negative look-around holds nothing
        if not m.group(3) and all(
            "\0" in branch or any(word in branch for word in words)
            for branch in split_alternatives(inner)
        ):
            return "\0"
        return " " if m.group(3) or "|" in inner else inner

    while True:
        shorter = group.sub(read, source)
        if shorter == source:
            return "\0" in source or any(word in source for word in words)
        source = shorter
