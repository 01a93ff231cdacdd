"""A fast constructor for frozen dataclasses built per item on the hot path.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``
(its own ``__setattr__`` refuses), one C call per field: for the small records read once per
number, date, mention or clause that is most of their cost. :func:`fast_frozen` replaces that
``__init__`` by one that sets the instance's ``__dict__`` at once. Everything else the dataclass
generated (fields in order, equality, hash, repr, ordering, the frozen ``__setattr__`` and
``__delattr__``) is left untouched, and the new ``__init__`` takes exactly the same arguments
(positional or keyword, same defaults). A class it cannot reproduce exactly (not a frozen
dataclass, ``__post_init__``, ``init=False`` or keyword-only fields,
``InitVar``, ``__slots__``, a hand-written ``__init__``) is refused with an error at import.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar, cast

T = TypeVar("T")

_FACTORY_MARK: object | None = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", None)
"""The default the stock ``__init__`` gives a ``default_factory`` field: the factory is called
when the argument is this mark, so passing the mark itself behaves the same in both."""


class FastFrozenError(TypeError):
    """The class cannot be given a fast constructor with exactly the stock semantics."""


def _refusal(cls: type) -> str | None:
    """Why ``cls`` cannot have :func:`fast_frozen`'s constructor, or None when it can."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not dataclasses.is_dataclass(cls):
        return "not a dataclass"
    if not params.frozen:
        return "not frozen"
    if not params.init:
        return "init=False"
    if "__slots__" in cls.__dict__:
        return "uses __slots__"
    if hasattr(cls, "__post_init__"):
        return "has __post_init__"
    init = cls.__dict__.get("__init__")
    if (
        init is None
        or getattr(init, "__code__", None) is None
        or init.__code__.co_filename != "<string>"
    ):
        return "its __init__ is not the one dataclass generated"
    fields = dataclasses.fields(cls)
    if _FACTORY_MARK is None and any(f.default_factory is not dataclasses.MISSING for f in fields):
        return "a default_factory, and this Python's dataclasses has no factory mark"
    params_seen = list(inspect.signature(init).parameters.values())[1:]
    if [p.name for p in params_seen] != [f.name for f in fields]:
        return "its __init__ arguments are not its fields (InitVar or init=False field)"
    if any(p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params_seen):
        return "keyword-only fields"
    return None


def fast_frozen(cls: type[T]) -> type[T]:
    """Give the frozen dataclass ``cls`` an ``__init__`` that sets all fields at once.

    Apply above ``@dataclass(frozen=True)``. Raises :class:`FastFrozenError` for any class whose
    stock constructor it cannot reproduce exactly (see the module docstring).
    """
    refusal = _refusal(cls)
    if refusal is not None:
        raise FastFrozenError(f"fast_frozen cannot handle {cls.__qualname__}: {refusal}")
    fields = dataclasses.fields(cast(Any, cls))  # a dataclass: _refusal checked it
    namespace: dict[str, Any] = {"__fast_set__": object.__setattr__}
    arguments = []
    items = []
    for field in fields:
        name = field.name
        value = name
        if field.default_factory is not dataclasses.MISSING:
            namespace["__fast_mark__"] = _FACTORY_MARK
            namespace[f"__fast_factory_{name}__"] = field.default_factory
            arguments.append(f"{name}=__fast_mark__")
            value = f"__fast_factory_{name}__() if {name} is __fast_mark__ else {name}"
        elif field.default is not dataclasses.MISSING:
            namespace[f"__fast_default_{name}__"] = field.default
            arguments.append(f"{name}=__fast_default_{name}__")
        else:
            arguments.append(name)
        items.append(f"{name!r}: {value}")
    this = "__dataclass_self__" if any(field.name == "self" for field in fields) else "self"
    source = (
        f"def __init__({this}, {', '.join(arguments)}):\n"
        f"    __fast_set__({this}, '__dict__', {{{', '.join(items)}}})\n"
    )
    exec(source, namespace)
    init = namespace["__init__"]
    stock = cls.__dict__["__init__"]
    init.__qualname__ = stock.__qualname__
    init.__module__ = stock.__module__
    init.__annotations__ = dict(stock.__annotations__)
    init.__doc__ = stock.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
