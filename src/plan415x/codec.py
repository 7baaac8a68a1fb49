"""The plain values (plan415x.values) to and from JSON, strictly, with the standard library only.

The cache keeps each validated file as these values. Reading one back must not need pydantic
(importing it is most of a cached run's start-up), and must never run code or let through a
value of the wrong type: every field is decoded by a converter made from its declared type
(``str``, ``int``, ``float``, ``bool``, ``X | None``, ``tuple[X, ...]``, ``tuple[X, Y]``,
``dict[str, X]``, an Enum, a date, a value class), and anything else raises ``Malformed``.
The converters are plain functions and closures: nothing is compiled or exec'd (issue 20
removed the decoders compiled for classes decoded many times: 0.14 s of a 1.40 s cached run at
10,000 × 12, within the budget without them).
A value class (a NamedTuple) is written as the list of its fields in order, without the
fields at the end that hold their defaults (a dataset holds a hundred
thousand records: names would double the entry), an Enum as its value, a date as ISO text.
"""

from __future__ import annotations

import datetime as dt
import operator
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from plan415x.values import DERIVED, MAX_MAGNITUDE

T = TypeVar("T")
Convert = Callable[[Any], Any]


class Malformed(ValueError):
    """The data does not have the shape and types of the value class."""


def encode(value: Any) -> Any:
    """``value`` as JSON-able data: value classes as lists of their fields, in order."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is tuple:
        return [encode(item) for item in value]
    if _is_value(kind):
        # Fields left at their defaults at the end are not written (a record is mostly its target
        # and its value): decoding fills them in, and has that much less to check.
        defaults = _DEFAULTS.get(kind)
        if defaults is None:
            defaults = _DEFAULTS[kind] = tuple(kind._field_defaults.get(name, _NONE) for name in kind._fields)
        n = len(value)
        while n and _is_default(value[n - 1], defaults[n - 1]):
            n -= 1
        # Text, numbers and None as they are, without a call each (most of a record's fields).
        return [item if type(item) in _JSON else encode(item) for item in value[:n]]
    if kind is dict:
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    if kind is dt.date:
        return value.isoformat()
    raise TypeError(f"cannot encode a {kind.__name__}")


_JSON = frozenset({str, int, float, bool, type(None)})


def as_json(value: Any) -> Any:
    """``value`` as a report's JSON shows it: value classes as objects of their fields, by name,
    with the fields that are None (and those not in the data, such as a default owner's mark)
    left out."""
    if _is_value(type(value)):
        return {
            name: as_json(item)
            for name, item in zip(type(value)._fields, value, strict=True)
            if item is not None and name not in DERIVED
        }
    if type(value) is tuple:
        return [as_json(item) for item in value]
    if type(value) is dict:
        return {key: as_json(item) for key, item in value.items() if item is not None}
    return encode(value)


_NONE = object()
_DEFAULTS: dict[type, tuple[Any, ...]] = {}
"""Each value class's defaults in field order (``_NONE`` for a field without one)."""


def _is_default(item: Any, default: Any) -> bool:
    # Only a scalar or an empty tuple, of the same type as well: 100.0 is not the default 100
    # (it would come back an int), and a value class equal to its default as a tuple may hold
    # floats where the default holds ints (Thresholds(10.0, 10.0, 30.0) == Thresholds()).
    if default is _NONE or type(item) is not type(default):
        return False
    return bool((type(item) in _JSON and item == default) or item == ())


def _is_value(kind: type) -> bool:
    return issubclass(kind, tuple) and hasattr(kind, "_fields")


def decode(cls: type[T], data: Any) -> T:
    """The value of class ``cls`` that ``data`` (from ``encode``) holds; ``Malformed`` if it
    does not hold one."""
    result: T = _converter(cls)(data)
    return result


_CONVERTERS: dict[Any, Convert] = {}


def _converter(tp: Any) -> Convert:
    found = _CONVERTERS.get(tp)
    if found is None:
        found = _CONVERTERS[tp] = _make(tp)
    return found


def _fail(expected: str, got: Any) -> typing.NoReturn:
    raise Malformed(f"expected {expected}, got {type(got).__name__}")


# Each scalar's check. An int stays an int (1800, not 1800.0: the value is what validation
# gave), and no number exceeds what a data file may hold (1e15: 10**400 would overflow where it
# is turned to float). NaN and the infinities fail the bounds (every comparison with NaN is
# false). Plain functions: nothing is compiled, from an entry or from the classes.
def _str(x: Any) -> Any:
    return x if type(x) is str else _fail("text", x)


def _int(x: Any) -> Any:
    return x if type(x) is int and -MAX_MAGNITUDE <= x <= MAX_MAGNITUDE else _fail("an integer", x)


def _bool(x: Any) -> Any:
    return x if type(x) is bool else _fail("true or false", x)


def _float(x: Any) -> Any:
    if (type(x) is float or type(x) is int) and -MAX_MAGNITUDE <= x <= MAX_MAGNITUDE:
        return x
    _fail("a finite number", x)


def _none(x: Any) -> Any:
    return x if x is None else _fail("null", x)


def _date(x: Any) -> Any:
    if type(x) is not str:
        _fail("a date", x)
    try:
        return dt.date.fromisoformat(x)
    except ValueError as error:
        raise Malformed(str(error)) from None


_SIMPLE: dict[Any, Convert] = {
    str: _str,
    int: _int,
    bool: _bool,
    float: _float,
    type(None): _none,
    dt.date: _date,
}


def _make(tp: Any) -> Convert:
    simple = _SIMPLE.get(tp)
    if simple is not None:
        return simple
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:  # what the edge checks (plan415x.fields): the type under it
        return _converter(tp.__origin__)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1 or len(args) != 2:
            raise TypeError(f"unsupported union {tp}")
        inner = _converter(rest[0])
        return lambda x: None if x is None else inner(x)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return lambda x: tuple(map(item, x)) if type(x) is list else _fail("a list", x)
        items = [_converter(a) for a in args]

        def fixed(x: Any) -> Any:
            if type(x) is not list or len(x) != len(items):
                _fail(f"a list of {len(items)}", x)
            return tuple(convert(v) for convert, v in zip(items, x, strict=True))

        return fixed
    if origin is dict:
        key, item = _converter(args[0]), _converter(args[1])
        return lambda x: {key(k): item(v) for k, v in x.items()} if type(x) is dict else _fail("a mapping", x)
    if isinstance(tp, type) and issubclass(tp, Enum):
        choices = {member.value: member for member in tp}

        def choice(x: Any) -> Any:
            try:
                return choices[x]
            except (KeyError, TypeError):
                raise Malformed(f"{x!r} is not a {tp.__name__}") from None

        return choice
    if isinstance(tp, type) and _is_value(tp):
        return _value_class(tp)
    raise TypeError(f"unsupported type {tp}")


def _value_class(cls: type[Any]) -> Convert:
    fields: tuple[str, ...] = cls._fields
    hints = cls.__annotations__
    # A module with postponed annotations (a NamedTuple keeps them as ForwardRefs).
    if any(isinstance(hint, str | typing.ForwardRef) for hint in hints.values()):
        hints = typing.get_type_hints(cls)
    # Filled in on first use: a class refers to itself or to later ones (Reporting to Target).
    converters: list[Convert] = []
    needed = len(fields) - len(cls._field_defaults)
    what = f"a {cls.__name__} ({len(fields)} fields)"

    def convert(x: Any) -> Any:
        if not converters:
            converters.extend(_converter(hints[name]) for name in fields)
        # A field left out at the end takes its default; one missing before them is a miss.
        if type(x) is not list or not needed <= len(x) <= len(fields):
            _fail(what, x)
        # map stops at the list's end: the fields after it take their defaults. (A call per
        # field through map: about 0.07 s more than the old exec-compiled decoders for 120,000
        # records, against 0.15 s for a comprehension over zip.)
        return cls(*map(operator.call, converters, x))

    return convert
