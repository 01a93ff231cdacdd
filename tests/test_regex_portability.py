"""Every regex of the package means the same on every Python 3.11: none repeats a group
possessively (``(?:...)*+``), which CPython 3.11.0-3.11.4 matched wrongly (gh-106052, fixed in
3.11.5; Debian 12 ships 3.11.2). An atomic group (``(?>(?:...)*)``) is the same match on all."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

import tomtat

_ONE_CHARACTER = {C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY}


def _possessive_groups(items: Any) -> Iterator[str]:
    """The possessive repeats in a parsed pattern whose body is more than one character."""
    for op, av in items:
        if op is C.POSSESSIVE_REPEAT:
            body = av[2]
            if not (len(body) == 1 and body[0][0] in _ONE_CHARACTER):
                yield str(body)
            yield from _possessive_groups(body)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            yield from _possessive_groups(av[2])
        elif op is C.SUBPATTERN:
            yield from _possessive_groups(av[3])
        elif op is C.ATOMIC_GROUP:
            yield from _possessive_groups(av)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _possessive_groups(av[1])
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _possessive_groups(branch)
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    yield from _possessive_groups(branch)


def _offending(pattern: str, flags: int = 0) -> list[str]:
    return list(_possessive_groups(_parser.parse(pattern, flags)))


def _package_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held by a module of tomtat, at its top level or one container deep."""
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(tomtat.__path__, "tomtat."):
        if info.name.endswith("__main__"):  # importing it runs the command line
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            inner = values if isinstance(values, list | tuple | frozenset | set) else ()
            for i, item in enumerate([value, *inner]):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[f"{info.name}.{name}[{i}]"] = item
    return found


def test_the_check_finds_possessive_groups_and_allows_atomic_groups_and_single_characters() -> None:
    assert _offending(r"(?:ab?c)*+")
    assert _offending(r"x(?: y+)++")
    assert not _offending(r"(?>(?:ab?c)*)")
    assert not _offending(r"\d++(?>(?:[.,]\d++)*)[^\S\n]*+")


def test_the_atomic_form_matches_as_the_possessive_form_should() -> None:
    # gh-106052: on 3.11.0-3.11.4 the possessive form matched "a"; the atomic form never does
    assert re.fullmatch(r"(?>(?:ab?c)*)", "a") is None
    assert re.fullmatch(r"(?>(?:ab?c)*)", "abcac") is not None


def test_no_pattern_of_the_package_repeats_a_group_possessively() -> None:
    patterns = _package_patterns()
    assert len(patterns) > 200  # the walk reaches the modules' patterns
    bad = {name: _offending(p.pattern, p.flags) for name, p in patterns.items()}
    assert {name: found for name, found in bad.items() if found} == {}


@pytest.mark.parametrize("text", ["a  b", "x\u00a0 y", "(PLO) -  Sáng", "hai  mươi   ba"])
def test_visible_runs_keep_single_spaces_only(text: str) -> None:
    from tomtat.text.paragraphs import _VISIBLE_RUN

    runs = _VISIBLE_RUN.findall(text)
    assert all("  " not in run for run in runs)
    assert " ".join(runs) == " ".join(text.split())
