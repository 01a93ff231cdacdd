"""Salvage an answer that failed validation: parse what can be parsed, record the rest.

After the last re-ask instructor raises with the failed completions; this module reads their
JSON (through instructor's code-block extractor), keeps every item that is structurally
valid and lists each problem as a ``(path, message)`` pair, so nothing is dropped silently.
"""

from __future__ import annotations

import json
from typing import Any

from instructor.utils import extract_json_from_codeblock
from pydantic import ValidationError

from tomtat.extract.llm.evidence import FoldedText
from tomtat.extract.llm.schema import GROUPS, ArticleFacts, EventFacts, content_problems


def parse_json_loosely(text: str) -> Any:
    """The JSON object in ``text`` (bare, in a code fence, or with prose around it), read by
    instructor's own extractor; None if there is none."""
    try:
        return json.loads(extract_json_from_codeblock(text))
    except ValueError:
        return None


def _errors(exc: ValidationError, path: str, what: str) -> list[tuple[str, str]]:
    out = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(p) for p in err.get("loc", ()))
        where = f"{what}.{loc}" if loc else what
        out.append((path, f"dropped: {where}: {err.get('msg', 'invalid')}"))
    return out


def salvage(data: Any, article: FoldedText) -> tuple[ArticleFacts, list[tuple[str, str]]]:
    """Keep what validates structurally from ``data``; return it with every problem found."""
    problems: list[tuple[str, str]] = []
    if not isinstance(data, dict):
        return ArticleFacts(), [("$", "the answer is not a JSON object")]
    try:
        event = EventFacts.model_validate(data.get("event") or {})
    except ValidationError as exc:
        problems.extend(_errors(exc, "event", "event"))
        event = EventFacts()
    groups: dict[str, list[Any]] = {}
    for group, model in GROUPS:
        items = data.get(group) or []
        kept: list[Any] = []
        if not isinstance(items, list):
            problems.append((group, "expected a list"))
            items = []
        for index, raw in enumerate(items):
            try:
                kept.append(model.model_validate(raw))
            except ValidationError as exc:
                problems.extend(_errors(exc, group, f"item {index} of the answer's {group}"))
        groups[group] = kept
    conflicts = [str(c) for c in data.get("conflicts") or [] if isinstance(c, str | int | float)]
    facts = ArticleFacts(event=event, conflicts=conflicts, **groups)
    problems.extend(content_problems(facts, article))
    return facts, problems
