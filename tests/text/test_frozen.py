"""fast_frozen: the fast constructor behaves exactly like the stock frozen dataclass's."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import InitVar, dataclass, field
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.text.frozen import FastFrozenError, fast_frozen


def _pair(**options: Any) -> tuple[type, type]:
    """The same frozen dataclass twice, stock and with :func:`fast_frozen`."""

    def make() -> type:
        @dataclass(frozen=True, **options)
        class Record:
            """A record with required fields, defaults and a factory."""

            value: int | float
            name: str
            tags: tuple[str, ...] = ()
            note: str | None = None
            extra: dict[str, int] = field(default_factory=dict, hash=False)
            hidden: bool = field(default=False, compare=False, repr=False)
            kind: ClassVar[str] = "record"

        return Record

    return make(), fast_frozen(make())


STOCK, FAST = _pair()
STOCK_ORDER, FAST_ORDER = _pair(order=True)

_ARGUMENTS = st.fixed_dictionaries(
    {"value": st.one_of(st.integers(), st.floats(allow_nan=False)), "name": st.text(max_size=8)},
    optional={
        "tags": st.lists(st.text(max_size=3), max_size=3).map(tuple),
        "note": st.one_of(st.none(), st.text(max_size=5)),
        "extra": st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        "hidden": st.booleans(),
    },
)


def _fields_of(record: object) -> dict[str, object]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}  # type: ignore[arg-type]


def _split(arguments: dict[str, Any], positional: int) -> tuple[list[Any], dict[str, Any]]:
    """The first ``positional`` fields (in field order) as positional arguments, the rest by name."""
    names = [f.name for f in dataclasses.fields(STOCK)]
    given_names = [n for n in names if n in arguments]
    cut = 0
    while cut < min(positional, len(given_names)) and given_names[cut] == names[cut]:
        cut += 1
    args = [arguments[n] for n in given_names[:cut]]
    return args, {n: arguments[n] for n in given_names[cut:]}


@given(_ARGUMENTS, st.integers(0, 6))
@settings(max_examples=300, deadline=None)
def test_fast_and_stock_records_agree_in_every_respect(
    arguments: dict[str, Any], positional: int
) -> None:
    args, kwargs = _split(arguments, positional)
    stock, fast = STOCK(*args, **kwargs), FAST(*args, **kwargs)
    assert _fields_of(fast) == _fields_of(stock)
    assert list(vars(fast)) == list(vars(stock))
    assert repr(fast) == repr(stock)
    assert fast == FAST(*args, **kwargs) and fast != FAST(**{**arguments, "name": "≠"})
    assert hash(fast) == hash(stock)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.name = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del fast.name  # type: ignore[misc]
    assert dataclasses.replace(fast, name="y") == FAST(**{**arguments, "name": "y"})
    assert dataclasses.astuple(fast) == dataclasses.astuple(stock)


def _outcome(compare: Any) -> object:
    """What a comparison gives: its result, or the type of the error it raises."""
    try:
        return compare()
    except TypeError as error:
        return type(error)


@given(_ARGUMENTS, _ARGUMENTS)
@settings(max_examples=200, deadline=None)
def test_ordering_agrees_with_the_stock_class(
    first: dict[str, Any], second: dict[str, Any]
) -> None:
    first.pop("extra", None)
    second.pop("extra", None)
    stock = (STOCK_ORDER(**first), STOCK_ORDER(**second))
    fast = (FAST_ORDER(**first), FAST_ORDER(**second))
    assert _outcome(lambda: fast[0] < fast[1]) == _outcome(lambda: stock[0] < stock[1])
    assert _outcome(lambda: fast[0] >= fast[1]) == _outcome(lambda: stock[0] >= stock[1])


def test_the_signature_is_the_stock_one() -> None:
    assert inspect.signature(FAST) == inspect.signature(STOCK)
    assert inspect.signature(FAST.__init__) == inspect.signature(STOCK.__init__)


def test_arguments_are_refused_as_the_stock_init_refuses_them() -> None:
    for args, kwargs in (((), {}), ((1,), {}), ((1, "a"), {"name": "b"}), ((1, "a"), {"bad": 0})):
        with pytest.raises(TypeError):
            STOCK(*args, **kwargs)
        with pytest.raises(TypeError):
            FAST(*args, **kwargs)
    with pytest.raises(TypeError):
        FAST(1, "a", (), None, {}, False, "one too many")


def test_each_record_gets_its_own_factory_value() -> None:
    first, second = FAST(1, "a"), FAST(1, "a")
    assert first.extra == {} and first.extra is not second.extra


@fast_frozen
@dataclass(frozen=True)
class _Pickled:
    value: float
    extra: dict[str, int] = field(default_factory=dict, hash=False)


def test_records_copy_and_pickle_like_the_stock_ones() -> None:
    record = FAST(2.5, "b", ("x",), "n", {"k": 1}, True)
    assert copy.deepcopy(record) == record and copy.copy(record) == record
    pickled = _Pickled(2.5, {"k": 1})
    assert pickle.loads(pickle.dumps(pickled)) == pickled


def test_a_field_named_self_is_handled() -> None:
    @fast_frozen
    @dataclass(frozen=True)
    class Odd:
        self: int
        other: str = "o"

    assert Odd(1) == Odd(self=1, other="o") and Odd(1).self == 1


@dataclass
class _Plain:
    value: int


@dataclass(frozen=True)
class _PostInit:
    value: int

    def __post_init__(self) -> None:
        pass


@dataclass(frozen=True)
class _WithInitVar:
    value: int
    scale: InitVar[int] = 1


@dataclass(frozen=True)
class _NotInInit:
    value: int
    derived: int = field(default=0, init=False)


@dataclass(frozen=True, kw_only=True)
class _KeywordOnly:
    value: int


@dataclass(frozen=True, slots=True)
class _Slots:
    value: int


@dataclass(frozen=True)
class _OwnInit:
    value: int

    def __init__(self, value: int) -> None:
        object.__setattr__(self, "value", value * 2)


@dataclass(frozen=True, init=False)
class _NoInit:
    value: int


class _NotADataclass:
    value: int


@pytest.mark.parametrize(
    "cls",
    [
        _Plain,
        _PostInit,
        _WithInitVar,
        _NotInInit,
        _KeywordOnly,
        _Slots,
        _OwnInit,
        _NoInit,
        _NotADataclass,
    ],
)
def test_a_class_it_cannot_reproduce_exactly_is_refused(cls: type) -> None:
    with pytest.raises(FastFrozenError, match=cls.__name__):
        fast_frozen(cls)


def test_the_hot_records_use_the_fast_constructor() -> None:
    from tomtat.check.facts import NumberAt
    from tomtat.text.dates import DateMention, YearMention
    from tomtat.text.mentions import AwardMention, StatMention
    from tomtat.text.metadata import Found
    from tomtat.text.numbers import NumberToken
    from tomtat.text.segment import Clause

    hot = (
        NumberAt,
        DateMention,
        YearMention,
        AwardMention,
        StatMention,
        Found,
        NumberToken,
        Clause,
    )
    for cls in hot:
        assert "__fast_set__" in cls.__init__.__code__.co_names, cls
