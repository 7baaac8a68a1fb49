"""Loading a data folder: files -> YAML documents -> validated models -> a Dataset.

Every file is read and validated even when another has failed, so one run reports every
problem of every file. A Dataset is only built when there are no problems at all: nothing is
ever judged on bad data.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from plan415x import model, values, yamlfile
from plan415x.model import ActualsFile, PlanFile
from plan415x.periods import Period
from plan415x.problems import Problem, format_path
from plan415x.units import Measures

PLAN_FILE = "targets.yaml"
ACTUALS_DIR = "actuals"

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


# Sections of targets.yaml that checking the figures does not depend on: a problem in one
# hides nothing else.
_PLAN_OPTIONAL = frozenset({"assessment", "reporting", "default_owner"})
_PLAN_CASCADES = frozenset({"duplicate-target", "duplicate-measure", "unknown-measure"})


@dataclass(frozen=True)
class Actuals:
    """One actuals file, validated on its own."""

    period: Period
    file: values.ActualsFile
    doc: yamlfile.Document
    positions: tuple[int, ...] | None = None
    """Where each record stands in the file, when some were left out for problems of their
    own (the rest are still checked against the plan, never judged): None when all are there."""

    def position(self, index: int) -> int:
        return index if self.positions is None else self.positions[index]


@dataclass(frozen=True)
class Dataset:
    """A plan and its actual figures, valid together."""

    root: Path
    plan: values.PlanFile
    plan_doc: yamlfile.Document
    actuals: tuple[Actuals, ...]  # ordered by period end
    measures: Measures
    targets: dict[str, values.Target]


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it,
    else absolute (../../../tmp/x is no help)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(Path(path).absolute()) if relative.startswith("..") else relative


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
            message += f" (got {err['input']!r})"
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


def load_plan(
    path: Path, *, keep_data: bool = True, raw: bytes | Problem | None = None
) -> tuple[yamlfile.Document | None, values.PlanFile | None, list[Problem]]:
    """``raw``: the file's bytes (or the problem reading them), when already read."""
    doc = _document(path, display_path(path), raw)
    if isinstance(doc, Problem):
        return None, None, [doc]
    result = validate_model(doc, PlanFile)
    if isinstance(result, list):
        return doc, None, result
    if not keep_data:
        doc.data = None  # the values hold it now; positions come from the text
    return doc, model.plan_values(result), []


def load_actuals(
    path: Path, *, keep_data: bool = True, raw: bytes | Problem | None = None, partial: bool = False
) -> tuple[Actuals | None, list[Problem]]:
    """``raw``: the file's bytes (or the problem reading them), when already read.

    ``partial``: a file whose records have problems of their own comes back too, with the
    other records (``Actuals.positions`` says where each stands), so that they are still
    checked against the plan; it comes with its problems, and is never judged. Without it, a
    file with a problem comes back as None."""
    shown = display_path(path)
    doc = _document(path, shown, raw)
    if isinstance(doc, Problem):
        return None, [doc]
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


def problems_of_files(problems: list[Problem], paths: list[Path]) -> list[Problem]:
    """The problems that belong to ``paths``; all of them when the plan is among the paths,
    since a change to the plan can break every file."""
    if any(p.name == PLAN_FILE for p in paths):
        return problems
    named = {p.resolve() for p in paths}
    return [p for p in problems if Path(p.file).resolve() in named]


# Names in actuals/ that are nobody's data: hidden files (.DS_Store, editors' swap and lock
# files, the temporary files of an import) and editor backups (2023Q2.yaml~). Any other name
# is either read or reported: a file of figures silently left out is a wrong report.
def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


_DATA_SUFFIXES = (".yaml", ".yml")


def actuals_paths(root: Path) -> list[Path]:
    """Every entry named *.yaml or *.yml in actuals/, files or not: one that cannot be read
    (a folder, a broken link) is reported when loaded, never skipped. Raises OSError when the
    folder itself cannot be listed."""
    folder = root / ACTUALS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if not _ignored(p.name) and p.suffix in _DATA_SUFFIXES)


def actuals_entries(root: Path) -> tuple[list[Path], list[Problem]]:
    """The files of actuals/ to read, and a problem for each entry that will not be read
    (hidden files and editor backups excepted) or for an actuals/ that is no folder."""
    folder = root / ACTUALS_DIR
    shown = display_path(folder)
    try:
        info = os.stat(folder)
        if not stat.S_ISDIR(info.st_mode):
            message = "a file, not a folder: the figures of each period go in actuals/<PERIOD>.yaml"
            return [], [Problem(shown, 0, 0, "io-error", message)]
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        if not os.path.islink(folder):
            return [], []  # no figures yet
        return [], [Problem(shown, 0, 0, "io-error", "cannot list the folder: a broken link")]
    except OSError as error:
        return [], [Problem(shown, 0, 0, "io-error", f"cannot list the folder: {error.strerror or error}")]
    paths: list[Path] = []
    problems: list[Problem] = []
    for name in names:
        path = folder / name
        suffix = path.suffix
        if _ignored(name):
            continue
        if suffix in _DATA_SUFFIXES:
            paths.append(path)
            continue
        if path.is_dir():
            message = "not read: a folder; the figures of each period go in actuals/<PERIOD>.yaml"
        elif suffix.lower() in _DATA_SUFFIXES:
            message = f"not read: data files end in {suffix.lower()} (lower case)"
        else:
            message = "not read: data files end in .yaml; move other files out of actuals/"
        problems.append(Problem(display_path(path), 0, 0, "unexpected-file", message))
    return paths, problems


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _unreadable(info: os.stat_result, shown: str, limit: int) -> Problem | None:
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if info.st_size > limit:
            return Problem(
                shown, 0, 0, "too-large", f"the file is {info.st_size} bytes; the limit is {limit}"
            )
        return None
    if stat.S_ISDIR(mode):
        what = "a folder"
    elif stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "a special file"
    return Problem(shown, 0, 0, "io-error", f"{what}, not a file")


def read_file(path: Path, shown: str) -> bytes | Problem:
    """The bytes of a regular file (a link to one is fine), never more than the size limit
    plus one: a FIFO, a device or a huge file is a problem, never a hang or gigabytes read."""
    limit = yamlfile.MAX_BYTES
    try:
        # Looked at before it is opened: opening a FIFO waits for a writer (O_NONBLOCK, which
        # prevents that, does not exist everywhere).
        problem = _unreadable(os.stat(path), shown, limit)
        if problem is not None:
            return problem
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)  # what was opened, which may not be what was looked at
            problem = _unreadable(info, shown, limit)
            if problem is not None:
                return problem
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                # The whole file and one byte more in one read (a file may grow meanwhile).
                chunk = os.read(fd, min(limit + 1 - total, max(info.st_size + 1 - total, 1 << 16)))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(fd)
    except OSError as error:
        return Problem(shown, 0, 0, "io-error", f"cannot read the file: {error.strerror or error}")
    if total > limit:
        return Problem(shown, 0, 0, "too-large", f"the file grew past the limit of {limit} bytes while read")
    return b"".join(chunks)


def _document(path: Path, shown: str, raw: bytes | Problem | None) -> yamlfile.Document | Problem:
    if raw is None:
        raw = read_file(path, shown)
    if isinstance(raw, Problem):
        return raw
    text = yamlfile.decode(raw, shown)
    if isinstance(text, Problem):
        return text
    return yamlfile.parse(text, path, shown)


Progress = Callable[[Path], None]
"""Called after each file is read (to show progress on long loads)."""


def load_dataset(
    root: Path,
    actual_paths: list[Path] | None = None,
    *,
    lean: bool = False,
    progress: Progress | None = None,
) -> tuple[Dataset | None, list[Problem]]:
    """Load the plan and actual figures of a data folder; ``actual_paths`` narrows the files.

    ``lean``: the caller needs the models only. The parsed documents are dropped once valid
    (their text and raw data double the memory), and the dataset may come from, and goes to,
    the cache.
    """
    listed: list[Problem] = []
    if actual_paths is None:
        actual_paths, listed = actuals_entries(root)
    if not lean:
        return _load(root, actual_paths, listed)
    from plan415x import cache

    # Every file is read once, here: the bytes of the cache key are the bytes parsed, so a
    # file replaced meanwhile can never be cached under its old content's key.
    raws = {path: read_file(path, display_path(path)) for path in [root / PLAN_FILE, *actual_paths]}
    cache_key: str | None = None
    if not listed and cache.folder() is not None:
        read = [(path, raw) for path, raw in raws.items() if isinstance(raw, bytes)]
        if len(read) == len(raws):  # else the load reports what cannot be read
            cache_key = cache.key(read)
            hit = cache.get(cache_key)
            if hit is not None:
                return hit, []
    dataset, problems = _load(root, actual_paths, listed, raws=raws, keep_data=False, progress=progress)
    if dataset is None:
        return None, problems
    dataset = _without_documents(dataset)
    if cache_key is not None:
        cache.put(cache_key, dataset)
    return dataset, []


def _without_documents(dataset: Dataset) -> Dataset:
    def bare(doc: yamlfile.Document) -> yamlfile.Document:
        return yamlfile.Document(doc.path, doc.display, "", None)

    return replace(
        dataset,
        plan_doc=bare(dataset.plan_doc),
        actuals=tuple(replace(a, doc=bare(a.doc)) for a in dataset.actuals),
    )


def with_default_owner(plan: values.PlanFile) -> values.PlanFile:
    """The plan with its ``default_owner`` responsible for every target that names no unit,
    each such target marked (``Target.owner_is_default``)."""
    owner = plan.default_owner
    if owner is None or all(t.responsible for t in plan.targets):
        return plan
    targets = tuple(t if t.responsible else t.with_default_owner(owner) for t in plan.targets)
    return replace(plan, targets=targets)


def dataset_of(
    root: Path, plan: values.PlanFile, plan_doc: yamlfile.Document, actuals: list[Actuals]
) -> Dataset:
    """The Dataset of a valid plan and valid actuals (from the files, or from the cache)."""
    actuals = sorted(actuals, key=lambda a: (a.period, a.doc.display))
    plan = with_default_owner(plan)
    return Dataset(
        root, plan, plan_doc, tuple(actuals), Measures(plan.measures), {t.id: t for t in plan.targets}
    )


def _load(
    root: Path,
    actual_paths: list[Path],
    listed: list[Problem],
    *,
    raws: dict[Path, bytes | Problem] | None = None,
    keep_data: bool = True,
    progress: Progress | None = None,
) -> tuple[Dataset | None, list[Problem]]:
    """``listed``: the problems of listing actuals/; ``raws``: files already read (each is
    parsed from those bytes and let go)."""
    from plan415x.checks import check_actuals, check_plan

    raws = {} if raws is None else raws
    problems: list[Problem] = list(listed)
    plan_doc, plan, plan_found = load_plan(
        root / PLAN_FILE, keep_data=keep_data, raw=raws.pop(root / PLAN_FILE, None)
    )
    problems += plan_found
    if progress is not None:
        progress(root / PLAN_FILE)
    loaded: list[Actuals] = []
    for path in actual_paths:
        entry, found = load_actuals(path, keep_data=keep_data, raw=raws.pop(path, None), partial=True)
        problems += found
        if progress is not None:
            progress(path)
        if entry is not None:
            loaded.append(entry)
    # Every problem in one pass: a target with a problem of its own is left out and the rest of
    # the plan is checked, and the figures against it; only records of the targets left out
    # (and a plan whose header is broken) cannot be checked, and a note says so.
    positions: tuple[int, ...] | None = None
    broken: dict[int, object] = {}
    if plan is None and plan_doc is not None and plan_found:
        recovered = recover(plan_doc, PlanFile, plan_found, "targets", _PLAN_OPTIONAL)
        if recovered is not None:
            partial, positions, broken = recovered
            plan = model.plan_values(partial)
    if plan is None or plan_doc is None:
        if loaded and plan_doc is not None:
            problems.append(
                Problem(
                    plan_doc.display,
                    0,
                    0,
                    NOT_CHECKED,
                    "the figures of actuals/ were not checked against the plan: its problems outside"
                    " targets: come first; fixed, they are checked",
                    level="note",
                )
            )
        return None, sorted(problems)
    unchecked = {str(ident): i for i, ident in broken.items() if isinstance(ident, str)}
    plan_problems = check_plan(plan, plan_doc, positions=positions, unchecked=frozenset(unchecked))
    problems += plan_problems
    measures = Measures(plan.measures)
    targets = {t.id: t for t in plan.targets}
    loaded.sort(key=lambda a: (a.period, a.doc.display))
    # Figures checked against targets or units the plan got wrong would only echo its errors:
    # their records are left out, with a note; the rest are checked.
    suspect = _suspect_targets(plan, measures, plan_problems)
    reasons = {
        ident: f"its definition, targets[{i}], has a problem" for ident, i in unchecked.items()
    } | suspect
    problems += check_actuals(plan, measures, targets, loaded, unchecked=reasons)
    if problems:
        return None, sorted(problems)
    return dataset_of(root, plan, plan_doc, loaded), []


def _suspect_targets(
    plan: values.PlanFile, measures: Measures, plan_problems: list[Problem]
) -> dict[str, str]:
    """Targets whose figures cannot be checked because of the plan's problems: a target id
    given twice, a unit unknown or declared twice. By id, with the reason."""
    codes = {p.code for p in plan_problems}
    if not codes & _PLAN_CASCADES:
        return {}
    ids = [t.id for t in plan.targets]
    twice = {i for i in ids if ids.count(i) > 1}
    units = [m.id for m in plan.measures]
    doubled = {u for u in units if units.count(u) > 1}
    out: dict[str, str] = {}
    for t in plan.targets:
        if t.id in twice:
            out[t.id] = "its id is used twice in targets.yaml"
        elif t.unit is not None and (t.unit not in measures or t.unit in doubled):
            out[t.id] = f"its unit {t.unit!r} is unknown or declared twice"
    return out
