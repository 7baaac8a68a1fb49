"""The edge where data becomes values: pydantic's type for each form of text and figure
(plan415x.fields: a number typed by hand, one line, text, a period, a milestone's state), and
``FromValues``, which builds each model of plan415x.model from its value class (plan415x.values),
where each field is declared once."""

from __future__ import annotations

import math
import re
import types
import typing
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
)
from pydantic._internal._model_construction import ModelMetaclass
from pydantic_core import PydanticCustomError

import plan415x.fields as fields
from plan415x import values
from plan415x.i18n.phrases import Shown
from plan415x.periods import Period
from plan415x.problems import SaidError, said
from plan415x.safetext import NOT_XML, not_xml
from plan415x.values import (
    MAX_MAGNITUDE,
    STATE_WORDS_ZH,
    State,
)

_ID = r"^[a-z0-9][a-z0-9_.-]*$"
_FULLWIDTH = re.compile(r"[\uff10-\uff19\uff0c\uff0e]")


def checked_number(value: Any) -> Any:
    """Accept real numbers only; numbers written as text are refused, never guessed.

    "1,800", "1.35万" and full-width "１８００" are refused with a message saying how to write
    them: a wrong conversion would be a wrong figure, and the data is typed by hand.
    """
    kind = type(value)
    # The common case first (a cached 10,000-target dataset runs this 160,000 times).
    if ((kind is float and math.isfinite(value)) or kind is int) and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        return value
    if isinstance(value, bool):
        raise SaidError(said("field-number-true-false"))
    if isinstance(value, str):
        text = value.strip()
        quoted = Shown(value)  # a 1.5 MB text is named, not printed whole
        if _FULLWIDTH.search(text):
            raise SaidError(said("field-number-full-width", value=quoted))
        if "万" in text or "亿" in text:
            raise SaidError(said("field-number-magnitude", value=quoted))
        if "," in text:
            raise SaidError(said("field-number-separators", value=quoted))
        raise SaidError(said("field-number-text", value=quoted))
    if isinstance(value, float) and not math.isfinite(value):
        raise SaidError(said("field-number-not-finite"))
    if isinstance(value, int | float) and abs(value) > MAX_MAGNITUDE:
        # No figure of a county's plan comes near it; sums and ratios of such numbers overflow
        # to infinity, which no report (JSON least of all) can carry.
        raise SaidError(said("field-number-too-large", value=repr(value)))
    return value


Number = Annotated[float, BeforeValidator(checked_number)]

# Control characters in text reach terminals (screen-clearing, window titles) and CI logs
# (a line of its own becomes an annotation). Names and other one-line fields refuse all of
# them; multi-line fields (notes, the plan's text, evidence) allow a newline and a tab only.
# What XML cannot hold (safetext.NOT_XML: U+FFFE, U+FDD0, lone surrogates) is refused too: the
# .docx, the workbook and the template could not be written with it.
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069{NOT_XML}]")
_LINE_BREAK = re.compile(r"[\t\n\r]")


def _text(value: Any) -> Any:
    # Run after pydantic has made the value a str (an AfterValidator): whatever it was made
    # from (bytes, a subclass), the text checked is the text kept.
    # isprintable() is decided in C and holds for nearly every name and note: no regex then
    # (a cached 10,000-target dataset runs this 170,000 times). Noncharacters, surrogates and
    # controls are all unprintable.
    if type(value) is str and value.isprintable():
        return value
    if isinstance(value, str) and (found := _CONTROL.search(value)):
        code = f"{ord(found.group()):04X}"
        if not_xml(found.group()):
            raise SaidError(said("field-text-not-xml", code=code))
        raise SaidError(said("field-text-control", code=code))
    return value


def _line(value: Any) -> Any:
    if type(value) is str and value.isprintable():  # no control character, no break, no tab
        return value
    value = _text(value)
    if isinstance(value, str) and (found := _LINE_BREAK.search(value)):
        raise SaidError(said("field-line-tab") if found.group() == chr(9) else said("field-line-break"))
    return value


Line = Annotated[str, AfterValidator(_line)]
"""One line of text: no control characters, no line break, no tab."""
Text = Annotated[str, AfterValidator(_text)]
"""Text that may run over several lines: a newline and a tab, no other control character."""


def _period(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        Period.parse(value)  # raises ValueError with a readable message
    return value


PeriodText = Annotated[str, BeforeValidator(_period)]


class Strict(BaseModel):
    # allow_inf_nan=False: no field of a plan is infinite (.inf passed as a measure's max, and
    # no report, JSON least of all, and no cache entry can carry it).
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False, allow_inf_nan=False)


_STATE_IDS = frozenset(s.value for s in State)


def _state(value: Any) -> Any:
    """``done``/``pending``/``not_done`` or the template's words 已完成/推进中/未完成; anything
    else is refused naming the exact words to write (完成 is not 已完成: a guess could be wrong)."""
    if isinstance(value, str):
        text = value.strip()
        if text in STATE_WORDS_ZH:
            return STATE_WORDS_ZH[text]
        if text not in _STATE_IDS:
            # "enum", as pydantic's own refusal of a choice: the code stays invalid-choice.
            raise PydanticCustomError(
                "enum",
                "input should be 'done', 'pending' or 'not_done' (or 已完成, 推进中, 未完成)",
                {"said": said("field-state-choice")},  # what validation.detail_of says, by its id
            )
        return text
    return value


StateField = Annotated[
    State,
    BeforeValidator(
        _state,
        # Editors (the JSON Schema) accept what the loader accepts.
        json_schema_input_type=Literal["done", "pending", "not_done", "已完成", "推进中", "未完成"],
    ),
]


_FORMS: dict[fields.Form, tuple[Any, Any]] = {
    fields.LINE: (str, Line),
    fields.TEXT: (str, Text),
    fields.NUMBER: (float, Number),
    fields.PERIOD: (str, PeriodText),
    fields.STATE: (State, StateField),
}
"""Each form of plan415x.fields: the plain type it is written on, and pydantic's type for it."""

_NONE = object()
"""A field without a default: the data must give it."""

VALUE_CLASSES: dict[type[BaseModel], type[Any]] = {}
"""Each model's value class (plan415x.values), of the same name, fields and order."""
_MODELS: dict[type[Any], type[BaseModel]] = {}
"""Each value class's model: a value class in a field's type is its model in the model's."""


def _edge_type(tp: Any) -> Any:
    """A value field's type as the model checks it: each form as pydantic's type for it, each
    value class as its model."""
    if tp in _MODELS:
        return _MODELS[tp]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Annotated:
        base, *marks = args
        if len(marks) != 1 or marks[0] not in _FORMS or _FORMS[marks[0]][0] is not base:
            raise TypeError(f"{tp}: a form only, on its plain type, within a field's type")
        return _FORMS[marks[0]][1]
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_edge_type(a) for a in args)]  # noqa: UP007 (rebuilt from parts)
    if origin in (tuple, dict):
        return origin[tuple(... if a is ... else _edge_type(a) for a in args)]
    return tp


def _edge_default(value: Any) -> Any:
    """A value field's default as the model's: a value class's own default as its model's."""
    kind = type(value)
    if kind in _MODELS:
        if value != kind():
            raise TypeError(f"a default {kind.__name__} other than its own defaults: {value!r}")
        return _MODELS[kind]()
    return value


def _edge_field(tp: Any, default: Any) -> tuple[Any, Any]:
    """The model's annotation and default (a ``Field`` where there is more to say, ``_NONE``
    where the data must give it) of a value field of type ``tp`` and default ``default``."""
    kwargs: dict[str, Any] = {}
    if typing.get_origin(tp) is Annotated:
        base, *marks = typing.get_args(tp)
        forms = [m for m in marks if isinstance(m, fields.Form)]
        tp = Annotated[(base, *forms)] if forms else base
        for mark in marks:
            if isinstance(mark, fields.Doc):
                kwargs["description"] = mark.text
            elif isinstance(mark, fields.Range):
                kwargs.update(
                    (k, getattr(mark, k)) for k in ("ge", "gt", "le") if getattr(mark, k) is not None
                )
            elif isinstance(mark, fields.Pattern):
                kwargs["pattern"] = mark.regex
            elif isinstance(mark, fields.MinLength):
                kwargs["min_length"] = mark.length
            elif isinstance(mark, fields.Default):
                default = mark.value
            elif isinstance(mark, fields.Required):
                default = _NONE
            elif not isinstance(mark, fields.Form):
                raise TypeError(f"unknown mark {mark!r}")
    annotation = _edge_type(tp)
    if default is not _NONE:
        default = _edge_default(default)
    if not kwargs:
        return annotation, default
    return annotation, Field(**kwargs) if default is _NONE else Field(default, **kwargs)


class _FromValuesMeta(ModelMetaclass):
    """Builds a model's fields from its value class (``class Target(FromValues,
    values=values.Target)``): each field declared once, in plan415x.values, with what the edge
    checks of it (plan415x.fields); the class body holds the model's validators only. A field
    not in the data (values.DERIVED) is left out. The value class's docstring, its own, is the
    model's (the JSON Schema's description of it)."""

    def __new__(
        mcs, cls_name: str, bases: tuple[type[Any], ...], namespace: dict[str, Any], **kwargs: Any
    ) -> type:
        value_class: type[Any] | None = kwargs.pop("values", None)
        if value_class is None:
            return super().__new__(mcs, cls_name, bases, namespace, **kwargs)
        if namespace.get("__annotations__"):
            raise TypeError(f"{cls_name}: its fields are declared in plan415x.values only")
        annotations: dict[str, Any] = {}
        hints = typing.get_type_hints(value_class, include_extras=True)  # its marks kept
        for name in value_class._fields:
            if name in values.DERIVED:
                continue
            default = value_class._field_defaults.get(name, _NONE)
            annotations[name], default = _edge_field(hints[name], default)
            if default is not _NONE:
                namespace[name] = default
        namespace["__annotations__"] = annotations
        doc = value_class.__doc__
        if "__doc__" not in namespace and doc != f"{value_class.__name__}({', '.join(value_class._fields)})":
            namespace["__doc__"] = doc  # its own, not namedtuple's list of its fields
        cls = super().__new__(mcs, cls_name, bases, namespace, **kwargs)
        VALUE_CLASSES[cls] = value_class
        _MODELS[value_class] = cls
        return cls


class FromValues(Strict, metaclass=_FromValuesMeta):
    """A model of a value class of plan415x.values, its fields built from the value class's."""

    if TYPE_CHECKING:
        # The fields are not declared in the class body for mypy to see: the validators read
        # them as Any (tests/test_fields.py holds the built fields to the value classes').
        def __getattr__(self, name: str) -> Any: ...
