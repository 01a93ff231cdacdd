"""A deep copy of the schema models that costs a fraction of :func:`copy.deepcopy`.

The cross-check works on a copy of every summary it checks (it grounds evidence in place),
so the copy is on the path of every article. ``model_copy(deep=True)`` goes through
:func:`copy.deepcopy`, which dispatches, memoises and keeps alive every string and number;
:func:`deep_copy` copies only what can change (models, lists, dicts) and shares what
cannot (strings, numbers, enum members, None), as ``deepcopy`` does. The result is the same
as ``model_copy(deep=True)``: equal values, nothing mutable shared with the original, an
object reached twice in the original reached twice in the copy, the same fields set.
"""

from __future__ import annotations

import copy
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["deep_copy"]

T = TypeVar("T")

_ATOMS = frozenset({str, int, float, bool, bytes, type(None), complex})
"""Types ``deepcopy`` returns as they are (an enum member is kept too)."""


def deep_copy(value: T) -> T:
    """A deep copy of ``value`` (a model, or lists and dicts of them), as ``deepcopy`` makes."""
    copied: T = _copy(value, {})
    return copied


def _copy(value: Any, memo: dict[int, Any]) -> Any:
    kind = type(value)
    if kind in _ATOMS:
        return value
    done = memo.get(id(value))
    if done is not None:
        return done
    if kind is list:
        items: list[Any] = []
        memo[id(value)] = items
        items.extend([_copy(item, memo) for item in value])
        return items
    if kind is dict:
        mapping: dict[Any, Any] = {}
        memo[id(value)] = mapping
        for key, item in value.items():
            mapping[key if type(key) is str else _copy(key, memo)] = _copy(item, memo)
        return mapping
    if isinstance(value, Enum):
        return value
    if isinstance(value, BaseModel) and _plain(value):
        model_type: type[BaseModel] = kind
        model = model_type.__new__(model_type)
        memo[id(value)] = model
        fields = {name: _copy(item, memo) for name, item in value.__dict__.items()}
        _set(model, "__dict__", fields)
        _set(model, "__pydantic_extra__", None)
        _set(model, "__pydantic_fields_set__", set(value.__pydantic_fields_set__))
        _set(model, "__pydantic_private__", None)
        return model
    return copy.deepcopy(value, memo)  # anything else (tuples, sets, extras): the general way


_set = object.__setattr__


def _plain(model: BaseModel) -> bool:
    """A model without extra or private values (every model of tomtat's schemas)."""
    return model.__pydantic_extra__ is None and getattr(model, "__pydantic_private__", None) is None
