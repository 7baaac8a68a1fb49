"""The data model is declared once (issue 20): each field in plan415x.values, with what the edge
checks of it in typing.Annotated (plan415x.fields), and plan415x.model builds each pydantic model
from its value class. These tests hold the built models to the declarations, in place of a test
holding two declarations of every field together."""

from __future__ import annotations

import json
import typing
from typing import Annotated, Any, NamedTuple

import pytest
from pydantic import BaseModel, ValidationError

from plan415x import codec, edge, fields, model, values
from plan415x.fields import ID, LINE, TEXT, Default, Doc, Line, MinLength, Pattern, Range, Text
from plan415x.schemas import schema_json

FIELD_ARGUMENTS = {"description", "ge", "gt", "le", "min_length", "pattern"}
"""Every argument of ``Field`` that model.py gave a field of the data when both files declared
them (before issue 20): the markers say each of them."""


def _marks(value_class: type[Any], name: str) -> list[Any]:
    hint = typing.get_type_hints(value_class, include_extras=True)[name]
    return list(typing.get_args(hint)[1:]) if typing.get_origin(hint) is Annotated else []


@pytest.mark.parametrize("model_class", list(edge.VALUE_CLASSES), ids=lambda c: c.__name__)
def test_each_model_has_its_value_class_s_fields_and_descriptions(model_class: type[BaseModel]) -> None:
    value_class = edge.VALUE_CLASSES[model_class]
    assert model_class.__name__ == value_class.__name__
    assert list(model_class.model_fields) == [n for n in value_class._fields if n not in values.DERIVED]
    for name, field in model_class.model_fields.items():
        docs = [mark.text for mark in _marks(value_class, name) if isinstance(mark, Doc)]
        assert field.description == (docs[0] if docs else None), name


def test_the_twenty_classes_of_the_data_are_models() -> None:
    named = {
        cls.__name__
        for cls in edge.VALUE_CLASSES.values()
        if cls.__module__.startswith(values.__name__ + ".")
    }
    # the 18 of issue 20, RankSettings (21), Publishing (22), CalendarYear and Contact (23)
    assert len(named) == 23
    assert named == {
        name for name, cls in vars(values).items() if isinstance(cls, type) and codec._is_value(cls)
    }


def test_the_schemas_take_each_description_from_the_values() -> None:
    schema = json.loads(schema_json("targets"))
    target = schema["$defs"]["Target"]["properties"]
    assert target["restates"]["description"] == _marks(values.Target, "restates")[-1].text
    assert target["due_day"]["anyOf"][0] == {"maximum": 31, "minimum": 1, "type": "integer"}
    assert "owner_is_default" not in target  # set by the loader, not in the data


class Extra(NamedTuple):
    """A value class with a field of every kind of mark: a field added to plan415x.values."""

    id: Annotated[str, ID, Doc("Its id.")]
    share: Annotated[float, Range(ge=0, le=100), Doc("A share, in %.")]
    growth: Annotated[float, Range(gt=-100), Default(0.0)]
    name: Annotated[Line, MinLength(1), Doc("Its name.")]
    code: Annotated[str | None, Pattern("^[A-Z]{2}$")] = None
    tolerance: values.Tolerance | None = None
    note: Annotated[Text | None, Doc("A note.")] = None


class ExtraModel(edge.FromValues, values=Extra):
    """Its own docstring."""


def test_a_field_added_to_a_value_class_is_in_the_model_and_its_schema() -> None:
    schema = ExtraModel.model_json_schema()
    assert list(schema["properties"]) == list(Extra._fields)
    assert schema["required"] == ["id", "share", "name"]
    assert schema["description"] == "Its own docstring."
    properties = schema["properties"]
    assert properties["share"] == {
        "description": "A share, in %.",
        "maximum": 100,
        "minimum": 0,
        "title": "Share",
        "type": "number",
    }
    assert properties["id"]["pattern"] == ID.regex
    assert properties["growth"] == {
        "default": 0.0,
        "exclusiveMinimum": -100,
        "title": "Growth",
        "type": "number",
    }
    assert properties["name"]["minLength"] == 1
    assert properties["code"]["anyOf"][0]["pattern"] == "^[A-Z]{2}$"
    assert properties["tolerance"]["anyOf"][0] == {"$ref": "#/$defs/Tolerance"}
    used = {
        key
        for cls in (ExtraModel, *edge.VALUE_CLASSES)
        for field in cls.model_fields.values()
        for key in FIELD_ARGUMENTS
        if (key == "description" and field.description)
        or any(hasattr(meta, key) and getattr(meta, key) is not None for meta in field.metadata)
    }
    assert used == FIELD_ARGUMENTS


def test_the_marks_and_forms_are_checked_at_the_edge() -> None:
    good = {"id": "a", "share": 5, "name": "A"}
    made = ExtraModel.model_validate(good)
    assert model.values_of(made) == Extra("a", 5, 0.0, "A")
    assert isinstance(
        model.values_of(ExtraModel.model_validate({**good, "tolerance": {"absolute": 1}})).tolerance,
        values.Tolerance,
    )
    for bad in (
        {"id": "A b"},  # ID
        {"share": 101},  # Range
        {"growth": -100},  # Range(gt)
        {"name": ""},  # MinLength
        {"name": "a\nb"},  # LINE
        {"note": "\x1b[2J"},  # TEXT
        {"code": "abc"},  # Pattern
        {"tolerance": {}},  # the value class as its model, with its validator
        {"other": 1},  # Strict: no unknown field
    ):
        with pytest.raises(ValidationError):
            ExtraModel.model_validate({**good, **bad})


def test_the_values_import_no_pydantic_and_the_codec_reads_through_the_marks() -> None:
    assert {LINE, TEXT, fields.NUMBER, fields.PERIOD, fields.STATE} == set(edge._FORMS)
    entry = codec.encode(Extra("a", 5.0, 0.0, "A", "AB", None, "n"))
    assert codec.decode(Extra, entry) == Extra("a", 5.0, 0.0, "A", "AB", None, "n")
    with pytest.raises(codec.Malformed):
        codec.decode(Extra, ["a", "5", 0.0, "A"])


def test_a_model_declares_no_field_of_its_own() -> None:
    with pytest.raises(TypeError, match=r"declared in plan415x\.values only"):

        class Twice(edge.FromValues, values=Extra):
            id: str


def test_an_unknown_mark_is_refused() -> None:
    class Odd(NamedTuple):
        id: Annotated[str, "a description?"]

    with pytest.raises(TypeError, match="unknown mark"):

        class OddModel(edge.FromValues, values=Odd): ...


def test_the_derived_field_is_the_loader_s() -> None:
    assert {"owner_is_default"} == values.DERIVED
    assert values.Target._field_defaults["owner_is_default"] is False
