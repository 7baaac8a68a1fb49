"""The codec decodes strictly by the declared types, with plain functions: a wrong type, NaN or
a missing field is ``Malformed`` (a cache miss), never another exception, and nothing is
compiled or exec'd, however many records an entry holds."""

from __future__ import annotations

import datetime as dt
import enum
import math
import types
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan415x import codec, values

# JSON-like leaves of every type a field may hold, and a few that none may.
LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["t", "亩", "done", "已完成", "ytd-jump", "2023-06-30", "annual", ">="]),
    st.just([]),
    st.just(["ytd-jump"]),
    st.just({"a": 1.5}),
    st.just(["doc", None, "2023-07-01"]),
)
CLASSES = [values.Record, values.Source, values.Target, values.Measure, values.Thresholds]


def _outcome(decode: Any, row: Any) -> tuple[str, Any]:
    try:
        return ("value", decode(row))
    except codec.Malformed:
        return ("refused", None)


def _holds(tp: Any, value: Any) -> bool:
    """Whether ``value`` is of the declared type ``tp``: written apart from the codec, to check it."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is float:
        return type(value) in (float, int) and math.isfinite(value) and abs(value) <= values.MAX_MAGNITUDE
    if tp is int:
        return type(value) is int and abs(value) <= values.MAX_MAGNITUDE
    if tp in (str, bool, dt.date):
        return type(value) is tp
    if origin in (typing.Union, types.UnionType):
        return any(_holds(a, value) for a in args)
    if tp is type(None):
        return value is None
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return type(value) is tuple and all(_holds(args[0], v) for v in value)
        return type(value) is tuple and len(value) == len(args) and all(map(_holds, args, value))
    if origin is dict:
        return type(value) is dict and all(
            _holds(args[0], k) and _holds(args[1], v) for k, v in value.items()
        )
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return type(value) is tp
    hints = typing.get_type_hints(tp)
    return type(value) is tp and all(
        _holds(hints[name], v) for name, v in zip(tp._fields, value, strict=True)
    )


@settings(max_examples=600)
@given(cls=st.sampled_from(CLASSES), row=st.lists(LEAF, max_size=31))
def test_the_decoder_refuses_or_gives_the_declared_types(cls: type[Any], row: list[Any]) -> None:
    outcome, value = _outcome(lambda r: codec.decode(cls, r), row)  # any other exception fails
    assert outcome == "refused" or _holds(cls, value)


@pytest.mark.parametrize(
    "row",
    [
        ["t", float("nan")],  # NaN
        ["t", float("inf")],  # an infinity
        ["t", 10**16],  # past what a data file may hold (1e15)
        ["t", "342"],  # text for a number
        ["t", True],  # a bool is not a number here
        [],  # the target, which has no default, missing
        "t",  # not a list
        ["t", None, None, None, None, None, None, None, None, None, None, None],  # a field too many
    ],
)
def test_a_wrong_type_nan_or_a_missing_field_is_a_miss(row: Any) -> None:
    with pytest.raises(codec.Malformed):
        codec.decode(values.Record, row)


def test_a_province_of_records_is_decoded_without_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    # The decoders compiled with exec for a class decoded many times are gone (issue 20): a
    # province's records (more than the old threshold of 256 decodes) decode with exec refused.
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the codec compiled code")

    # Shadowed in the codec's own namespace only (pytest itself compiles code).
    monkeypatch.setattr(codec, "exec", refused, raising=False)
    monkeypatch.setattr(codec, "compile", refused, raising=False)
    monkeypatch.setattr(codec, "_CONVERTERS", {})
    rows = [["t", float(i)] for i in range(1000)]
    decoded = codec.decode(tuple[values.Record, ...], rows)
    assert decoded[-1] == values.Record("t", 999.0)
    assert [r.value for r in decoded] == [float(i) for i in range(1000)]


def test_a_record_with_every_field_round_trips() -> None:
    record = values.Record(
        "robots",
        342,
        "台",
        dt.date(2023, 12, 31),
        values.Source("经信局报表", "jxj", dt.date(2024, 1, 8), None),
        "口径",
        values.State.done,
        "文件",
        {"a": 1.5, "b": 2},
        18.0,
        (values.Plausibility.ytd_jump,),
    )
    data = codec.encode(record)
    assert data == [
        "robots",
        342,
        "台",
        "2023-12-31",
        ["经信局报表", "jxj", "2024-01-08"],  # the source's url, None by default, not written
        "口径",
        "done",
        "文件",
        {"a": 1.5, "b": 2},
        18.0,
        ["ytd-jump"],
    ]
    assert codec.decode(values.Record, data) == record
    assert type(codec.decode(values.Record, data).value) is int  # 342 stays 342, not 342.0


def test_a_value_class_equal_to_its_default_keeps_its_own_numbers() -> None:
    # Found in review: Thresholds(10.0, 10.0, 30.0) == Thresholds() as tuples, so the field was
    # left out and came back as the default's ints (the workbook's number format changed).
    assessment = values.Assessment(default=values.Thresholds(10.0, 10.0, 30.0))
    back = codec.decode(values.Assessment, codec.encode(assessment))
    assert [type(x) for x in back.default] == [float, float, float]
    limits = values.PlausibilityLimits(early_pct=100.0)
    assert type(codec.decode(values.PlausibilityLimits, codec.encode(limits)).early_pct) is float
    assert codec.encode(values.Record("t")) == ["t"]  # None and () at the end still left out
