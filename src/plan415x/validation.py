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
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from plan415x import model, values, yamlfile
from plan415x.dataset import Actuals
from plan415x.model import ActualsFile, PlanFile
from plan415x.periods import Period
from plan415x.problems import Problem, format_path
from plan415x.safetext import shown

M = TypeVar("M", bound=BaseModel)

_CODES = {
    "missing": "missing-field",
    "extra_forbidden": "unknown-field",
    "enum": "invalid-choice",
    "literal_error": "invalid-choice",
    "value_error": "invalid-value",
    "string_pattern_mismatch": "invalid-value",
}


# pydantic's words for Python types, in the words of someone writing YAML.
_PLAIN = {
    "a valid tuple": "a list",
    "a valid list": "a list",
    "a valid dictionary": "a mapping (key: value)",
    "a valid string": "text",
    "a valid number": "a number",
    "a valid integer": "a whole number",
    "a valid boolean": "true or false",
}


def validate_model(doc: yamlfile.Document, model: type[M]) -> M | list[Problem]:
    if not isinstance(doc.data, dict):
        got = "an empty file" if doc.data is None else f"a {type(doc.data).__name__}"
        return [
            Problem(doc.display, 1, 1, "wrong-type", f"expected a mapping of fields at the top, got {got}")
        ]
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
    for problem in problems:
        parts = _SPLIT.findall(problem.path)
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
    """A pydantic error of ``model`` on ``doc`` as a located Problem, with our code for it."""
    loc = tuple(err["loc"])
    kind = err["type"]
    code = _CODES.get(kind, "wrong-type" if kind.endswith(("_type", "_parsing")) else "invalid-value")
    name = str(loc[-1]) if loc and isinstance(loc[-1], str) else format_path(loc) or "file"
    if kind == "missing":
        message = f"missing required field {name!r}"
    elif kind == "extra_forbidden":
        message = f"unknown field {name!r}"
        known = _fields_at(model, loc[:-1])
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        if close:
            message += f"; did you mean {close[0]!r}?"
        elif known:
            message += f"; expected one of: {', '.join(known)}"
    else:
        msg = str(err["msg"]).removeprefix("Value error, ")
        for technical, plain in _PLAIN.items():
            msg = msg.replace(technical, plain)
        message = f"{name}: {msg[0].lower() + msg[1:] if msg else msg}"
        if kind.endswith(("_type", "_parsing")) and "input" in err:
            message += f" (got {shown(err['input'])})"
        # The plan's choices (kind, comparator, hedge, pace, …): where the words of a plan's
        # text are written. The figures' codes (checked:) keep their plain list for now.
        if kind == "enum" and model is not ActualsFile and isinstance(err.get("input"), str):
            message += _choice_hint(
                err["input"], re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
            )
    return doc.problem(loc, code, message, key=kind == "extra_forbidden")


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


def _choice_hint(given: str, choices: list[str]) -> str:
    """``given`` in the words the data needs: the choice a Chinese word means, else the
    nearest choice (oneyear: one_year)."""
    word = CHOICE_WORDS.get(given.strip())
    if word in choices:
        return f"; {given} is written {word!r}"
    folded = {c.replace("_", "").replace("-", "").lower(): c for c in choices}
    key = given.strip().replace("_", "").replace("-", "").replace(" ", "").lower()
    close = (
        folded.get(key)
        or (given.strip()[::-1] if given.strip()[::-1] in choices else None)
        or next(iter(difflib.get_close_matches(given.strip().lower(), choices, n=1, cutoff=0.6)), None)
    )
    return f"; did you mean {close!r}?" if close else ""


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
            doc.problem(
                ("period",),
                "file-name",
                f"the file name {path.name!r} is not a period; name it after its period, e.g. {period}.yaml",
            ),
            *_unchecked_file(doc, partial),
        ]
    if str(named) != str(period):
        return None, [
            *problems,
            doc.problem(
                ("period",),
                "period-mismatch",
                f"the file says period {period} but is named {path.name}; they must agree",
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
    return [
        Problem(
            doc.display,
            0,
            0,
            NOT_CHECKED,
            "its records were not checked against the plan (targets, units, duplicates): the"
            " problems of the file's period or source come first; fixed, they are checked",
            level="note",
        )
    ]


NOT_CHECKED = "not-checked"
"""The code of a note saying what could not be checked because of another problem."""
