"""The codec's two decoders agree: the converters made from each field's type, and the decoder
compiled for a class decoded many times (a province's records). Same value, or both refuse."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


@settings(max_examples=600)
@given(cls=st.sampled_from(CLASSES), row=st.lists(LEAF, max_size=31))
def test_the_compiled_decoder_is_the_converters(cls: type[Any], row: list[Any]) -> None:
    fields = cls._fields
    hints = [cls.__annotations__[name] for name in fields]
    needed = len(fields) - len(cls._field_defaults)
    compiled = codec._compiled(cls, hints, needed)
    generic = codec._value_class(cls)
    assert _outcome(compiled, row) == _outcome(generic, row)


def test_a_class_decoded_many_times_gets_its_own_decoder() -> None:
    rows = [["t", float(i)] for i in range(codec._MANY + 10)]
    decoded = codec.decode(tuple[values.Record, ...], rows)
    assert decoded[-1] == values.Record("t", float(codec._MANY + 9))
    assert [r.value for r in decoded] == [float(i) for i in range(codec._MANY + 10)]


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
