"""The plain values mirror the validated models field for field, so that converting one into
the other (model.values_of) loses nothing and the cache's values are the files' values."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from pydantic import BaseModel

from plan415x import model, values


def _plain(annotation: Any) -> Any:
    """A model field's type as the value class declares it: without pydantic's validators, and
    the model's own classes as their value classes."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _plain(typing.get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return getattr(values, annotation.__name__)
    if origin is None:
        return annotation
    args = tuple(_plain(a) for a in typing.get_args(annotation))
    if origin in (typing.Union, __import__("types").UnionType):
        return typing.Union[args]  # noqa: UP007 (rebuilt from parts)
    return origin[args]


@pytest.mark.parametrize("model_class", list(model._VALUE_CLASSES), ids=lambda c: c.__name__)
def test_each_value_class_is_its_model(model_class: type[BaseModel]) -> None:
    value_class = model._VALUE_CLASSES[model_class]
    extra = [name for name in value_class._fields if name in values.DERIVED]
    assert [n for n in value_class._fields if n not in extra] == list(model_class.model_fields)
    hints = value_class.__annotations__
    for name, field in model_class.model_fields.items():
        assert _plain(field.annotation) == _plain(hints[name]), name


def test_the_derived_field_is_the_loader_s() -> None:
    assert {"owner_is_default"} == values.DERIVED
    assert values.Target._field_defaults["owner_is_default"] is False
