"""The edge: one data file's bytes -> a YAML document -> a model validated by pydantic -> values.

Every problem is located (file:line:col) in the words of someone writing YAML; a file that
passes comes out as plain values (plan415x.values), and nothing past this room sees pydantic.
The loader (plan415x.loading) calls it only for files the cache does not already hold.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from plan415x import model, values, yamlfile
from plan415x.dataset import Actuals
from plan415x.i18n.phrases import Shown, Theirs, one_of
from plan415x.messages import located, problem
from plan415x.model import ActualsFile, PlanFile
from plan415x.periods import Period
from plan415x.problems import Arg, Problem, Said, SaidError, format_path, said

M = TypeVar("M", bound=BaseModel)

_CODES = {
    "missing": "missing-field",
    "extra_forbidden": "unknown-field",
    "enum": "invalid-choice",
    "literal_error": "invalid-choice",
    "value_error": "invalid-value",
    "string_pattern_mismatch": "invalid-value",
}


# A file's top as someone writing YAML would call it, by its Python type.
_TYPE_WORDS: dict[type, Said] = {
    list: said("file-python-list"),
    str: said("file-python-str"),
    int: said("file-python-int"),
    float: said("file-python-float"),
    bool: said("file-python-bool", values="true/false"),  # what the analyst types
}


def top_not_mapping(data: Any) -> Said:
    """What a file holds at its top when it is no mapping of fields."""
    if data is None:
        return said("file-top-empty")
    kind = type(data)
    return said("file-top-not-mapping", type=_TYPE_WORDS.get(kind, kind.__name__))


def validate_model(doc: yamlfile.Document, model: type[M]) -> M | list[Problem]:
    if not isinstance(doc.data, dict):
        return [problem(doc.display, 1, 1, "wrong-type", top_not_mapping(doc.data))]
    try:
        return model.model_validate(doc.data)
    except ValidationError as error:
        return [problem_of_error(doc, model, err) for err in error.errors(include_url=False)]


def recover(
    doc: yamlfile.Document,
    model: type[M],
    problems: list[Problem],
    section: str,
    optional: frozenset[str] = frozenset(),
) -> tuple[M, tuple[int, ...], dict[int, object]] | None:
    """What can still be checked of a file that failed its schema: the model without the
    elements of ``section`` that have problems of their own, where each kept element stands,
    and the raw ``id``/``target`` of each left out. ``optional``: top-level fields that nothing
    checked depends on, left to their defaults when they have problems. None when a problem
    lies elsewhere (the file's header: nothing in it can be trusted then)."""
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get(section), list):
        return None
    broken: set[int] = set()
    dropped: set[str] = set()
    for found in problems:
        parts = _SPLIT.findall(found.path)
        if parts and parts[0][0] in optional:
            dropped.add(parts[0][0])
            continue
        if len(parts) < 2 or parts[0][0] != section or not parts[1][1]:
            return None
        broken.add(int(parts[1][1]))
    elements = data[section]
    kept = tuple(i for i in range(len(elements)) if i not in broken)
    rest = {key: value for key, value in data.items() if key not in dropped}
    try:
        partial = model.model_validate({**rest, section: [elements[i] for i in kept]})
    except ValidationError:
        return None
    raw = {
        i: elements[i].get("target" if section == "records" else "id")
        for i in broken
        if isinstance(elements[i], dict)
    }
    return partial, kept, raw


_SPLIT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def problem_of_error(doc: yamlfile.Document, model: type[BaseModel], err: Any) -> Problem:
    """A pydantic error of ``model`` on ``doc`` as a located Problem, with our code for it,
    made from the error's ``type`` and ``ctx`` (stable across pydantic's versions), never from
    its English ``msg``."""
    loc = tuple(err["loc"])
    kind = err["type"]
    code = _CODES.get(kind, "wrong-type" if kind.endswith(("_type", "_parsing")) else "invalid-value")
    name = str(loc[-1]) if loc and isinstance(loc[-1], str) else format_path(loc) or "file"
    if kind == "missing":
        found = said("field-missing", name=name)
    elif kind == "extra_forbidden":
        known = _fields_at(model, loc[:-1])
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        if close:
            found = said("field-unknown-close", name=name, close=close[0])
        elif known:
            found = said("field-unknown-known", name=name, known=", ".join(known))
        else:
            found = said("field-unknown", name=name)
    else:
        found = _invalid(model, name, kind, err)
    return located(doc, loc, code, found, key=kind == "extra_forbidden")


def _invalid(model: type[BaseModel], name: str, kind: str, err: Any) -> Said:
    detail = detail_of(err)
    if kind.endswith(("_type", "_parsing")) and "input" in err:
        return said("field-invalid-got", name=name, detail=detail, value=Shown(err["input"]))
    # The plan's choices (kind, comparator, hedge, pace, …): where the words of a plan's
    # text are written. The figures' codes (checked:) keep their plain list for now.
    given = err.get("input")
    if kind == "enum" and model is not ActualsFile and isinstance(given, str):
        word, close = _choice_hint(given, _choices(err))
        if word is not None:
            return said("field-invalid-written", name=name, detail=detail, given=given, word=word)
        if close is not None:
            return said("field-invalid-close", name=name, detail=detail, close=close)
    return said("field-invalid", name=name, detail=detail)


def _choices(err: Any) -> list[str]:
    """The choices of an ``enum`` or ``literal_error``: pydantic lists them in its ctx as
    ``'a', 'b' or 'c'``."""
    return re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))


def _limit(value: Any) -> str:
    """A bound as pydantic shows it (Rust's display of a number): 0.0 as 0, 1e-15 in digits."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(Decimal(repr(value)), "f")
    return str(value)


def detail_of(err: Any) -> Said:
    """What a pydantic error says of a value (after its field's name), from its ``type`` and
    ``ctx``: a refusal of our validators (a ``SaidError``, or a ``PydanticCustomError`` whose
    ctx holds ``said``) by its own id, pydantic's own by the catalogues' ``pydantic-*``. The
    import (excel/reading) can say a record's refusals with it too."""
    kind = err["type"]
    ctx: dict[str, Any] = err.get("ctx") or {}
    if isinstance(ctx.get("said"), Said):
        return ctx["said"]  # type: ignore[no-any-return]
    if kind == "value_error" and isinstance(ctx.get("error"), SaidError):
        return ctx["error"].said  # type: ignore[no-any-return]
    simple = _SIMPLE.get(kind)
    if simple is not None:
        return simple
    if kind in ("enum", "literal_error") and "expected" in ctx:
        return said("field-pydantic-choice", expected=one_of(_choices(err)))
    if kind == "greater_than" and "gt" in ctx:
        return said("field-pydantic-greater-than", limit=_limit(ctx["gt"]))
    if kind == "greater_than_equal" and "ge" in ctx:
        return said("field-pydantic-greater-than-equal", limit=_limit(ctx["ge"]))
    if kind == "less_than" and "lt" in ctx:
        return said("field-pydantic-less-than", limit=_limit(ctx["lt"]))
    if kind == "less_than_equal" and "le" in ctx:
        return said("field-pydantic-less-than-equal", limit=_limit(ctx["le"]))
    if kind == "date_from_datetime_parsing" and "error" in ctx:
        return said("field-pydantic-date-from-datetime-parsing", reason=_date_reason(ctx["error"]))
    if kind == "date_parsing" and "error" in ctx:
        return said("field-pydantic-date-parsing", reason=_date_reason(ctx["error"]))
    if kind == "model_type" and "class_name" in ctx:
        return said("field-pydantic-model-type", model=str(ctx["class_name"]))
    if kind == "string_pattern_mismatch" and "pattern" in ctx:
        return said("field-pydantic-string-pattern-mismatch", pattern=str(ctx["pattern"]))
    if kind == "string_too_short" and "min_length" in ctx:
        if ctx["min_length"] == 1:
            return said("field-pydantic-string-too-short-1")
        return said("field-pydantic-string-too-short", limit=str(ctx["min_length"]))
    if kind == "string_too_long" and "max_length" in ctx:
        if ctx["max_length"] == 1:
            return said("field-pydantic-string-too-long-1")
        return said("field-pydantic-string-too-long", limit=str(ctx["max_length"]))
    if kind == "too_short" and ctx.get("field_type") == "Tuple":
        actual = str(ctx.get("actual_length"))
        if ctx.get("min_length") == 1:
            return said("field-pydantic-too-short-1", actual=actual)
        return said("field-pydantic-too-short", limit=str(ctx.get("min_length")), actual=actual)
    if kind == "too_long" and ctx.get("field_type") == "Tuple":
        actual = str(ctx.get("actual_length"))
        if ctx.get("max_length") == 1:
            return said("field-pydantic-too-long-1", actual=actual)
        return said("field-pydantic-too-long", limit=str(ctx.get("max_length")), actual=actual)
    if kind == "union_tag_not_found" and "discriminator" in ctx:
        return said("field-pydantic-union-tag-not-found", tag=str(ctx["discriminator"]))
    # An error no model of ours has given yet: pydantic's own words, as it wrote them.
    msg = str(err.get("msg", kind)).removeprefix("Value error, ")
    return said("field-pydantic-other", text=msg[:1].lower() + msg[1:])


def _date_reason(reason: Any) -> Arg:
    """speedate's reason for a date it refuses: its words (Chinese where theirs_zh knows them)."""
    return Theirs(str(reason), "date")


_SIMPLE: dict[str, Said] = {
    "bool_type": said("field-pydantic-bool-type"),
    "bool_parsing": said("field-pydantic-bool-parsing"),
    "date_type": said("field-pydantic-date-type"),
    "date_from_datetime_inexact": said("field-pydantic-date-from-datetime-inexact"),
    "dict_type": said("field-pydantic-dict-type"),
    "model_attributes_type": said("field-pydantic-model-attributes-type"),
    "finite_number": said("field-pydantic-finite-number"),
    "float_type": said("field-pydantic-float-type"),
    "float_parsing": said("field-pydantic-float-parsing"),
    "int_type": said("field-pydantic-int-type"),
    "int_from_float": said("field-pydantic-int-from-float"),
    "int_parsing": said("field-pydantic-int-parsing"),
    "int_parsing_size": said("field-pydantic-int-parsing-size"),
    "list_type": said("field-pydantic-list-type"),
    "tuple_type": said("field-pydantic-list-type"),
    "string_type": said("field-pydantic-string-type"),
}
"""pydantic's errors that say nothing of their ctx: in the words of someone writing YAML (a
list, a mapping, text, a whole number), not Python's."""


# The words of a plan's text and the choice each means. Hints only: the data keeps one word for
# each choice (the schema, every report and every other tool read that word), so 力争 is named
# and never taken for strive silently.
CHOICE_WORDS = {
    "左右": "approx",
    "约": "approx",
    "力争": "strive",
    "争取": "strive",
    "确保": "ensure",
    "完成": "ensure",
    "实现": "ensure",
    "以上": ">=",
    "不低于": ">=",
    "达到": ">=",
    "突破": ">",
    "超": ">",
    "超过": ">",
    "以内": "<=",
    "不高于": "<=",
    "控制在": "<=",
    "约束性": "binding",
    "预期性": "expected",
    "不超过": "<=",
    "以下": "<=",
    "低于": "<",
    "每年": "annual",
    "累计": "cumulative",
    "增长": "growth",
    "占比": "share",
    "比重": "share",
    "监测": "monitor",
}


def _choice_hint(given: str, choices: list[str]) -> tuple[str | None, str | None]:
    """``given`` in the words the data needs: the choice a Chinese word means (first), else the
    nearest choice (oneyear: one_year; second)."""
    word = CHOICE_WORDS.get(given.strip())
    if word in choices:
        return word, None
    folded = {c.replace("_", "").replace("-", "").lower(): c for c in choices}
    key = given.strip().replace("_", "").replace("-", "").replace(" ", "").lower()
    close = (
        folded.get(key)
        or (given.strip()[::-1] if given.strip()[::-1] in choices else None)
        or next(iter(difflib.get_close_matches(given.strip().lower(), choices, n=1, cutoff=0.6)), None)
    )
    return None, close


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model found at ``loc`` (for "did you mean"), or none."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, tuple, list, dict, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def recover_plan(
    doc: yamlfile.Document, problems: list[Problem], optional: frozenset[str]
) -> tuple[values.PlanFile, tuple[int, ...], dict[int, object]] | None:
    """``recover`` of a plan that failed its schema, as values: the plan without its targets
    that have problems of their own (``optional``: the sections nothing checked depends on)."""
    recovered = recover(doc, PlanFile, problems, "targets", optional)
    if recovered is None:
        return None
    partial, positions, broken = recovered
    return model.plan_values(partial), positions, broken


def document(path: Path, shown: str, raw: bytes | Problem) -> yamlfile.Document | Problem:
    """The parsed document of a file's bytes (or the problem reading, decoding or parsing them)."""
    if isinstance(raw, Problem):
        return raw
    text = yamlfile.decode(raw, shown)
    if isinstance(text, Problem):
        return text
    return yamlfile.parse(text, path, shown)


def plan_file(
    doc: yamlfile.Document, *, keep_data: bool = True
) -> tuple[values.PlanFile | None, list[Problem]]:
    """The plan's values, or the problems of its schema."""
    result = validate_model(doc, PlanFile)
    if isinstance(result, list):
        return None, result
    if not keep_data:
        doc.data = None  # the values hold it now; positions come from the text
    return model.plan_values(result), []


def actuals_file(
    path: Path, doc: yamlfile.Document, *, keep_data: bool = True, partial: bool = False
) -> tuple[Actuals | None, list[Problem]]:
    """An actuals file's values, or its problems.

    ``partial``: a file whose records have problems of their own comes back too, with the
    other records (``Actuals.positions`` says where each stands), so that they are still
    checked against the plan; it comes with its problems, and is never judged. Without it, a
    file with a problem comes back as None."""
    result = validate_model(doc, ActualsFile)
    problems: list[Problem] = []
    positions: tuple[int, ...] | None = None
    if isinstance(result, list):
        problems = result
        recovered = recover(doc, ActualsFile, problems, "records") if partial else None
        if recovered is None:
            return None, problems + _unchecked_file(doc, partial)
        result, positions, _ = recovered
    period = Period.parse(result.period)
    file = model.actuals_values(result)
    try:
        named = Period.parse(path.stem)
    except ValueError:
        return None, [
            *problems,
            located(
                doc,
                ("period",),
                "file-name",
                said("file-name-not-period", name=path.name, period=str(period)),
            ),
            *_unchecked_file(doc, partial),
        ]
    if str(named) != str(period):
        return None, [
            *problems,
            located(
                doc,
                ("period",),
                "period-mismatch",
                said("file-period-mismatch", period=str(period), name=path.name),
            ),
            *_unchecked_file(doc, partial),
        ]
    if not keep_data and not problems:
        doc.data = None  # the values hold it now; positions come from the text
    return Actuals(period, file, doc, positions), problems


def _unchecked_file(doc: yamlfile.Document, partial: bool) -> list[Problem]:
    """A note that a file's records were not checked against the plan (unknown targets,
    units, duplicates, year-to-date falls), when it has records at all."""
    data = doc.data
    if (
        not partial
        or not isinstance(data, dict)
        or not isinstance(data.get("records"), list)
        or not data["records"]
    ):
        return []
    return [problem(doc.display, 0, 0, NOT_CHECKED, said("file-not-checked"), level="note")]


NOT_CHECKED = "not-checked"
"""The code of a note saying what could not be checked because of another problem."""
