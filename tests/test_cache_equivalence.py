"""A dataset loaded from the cache is the dataset validated from its files (issue 15, item 5).

Random valid data folders (a plan with targets of every kind and figures for some periods, the
optional fields present, absent or null) are loaded without the cache, once more to fill an
empty cache, then from the cache alone (no file parsed), and, once one file is edited, partly
from it (that file alone parsed). The values must be the same every time, leaf by leaf and type
by type: 100 == 100.0 in Python, but a float that comes back an int (or -0.0 that comes back
0.0) is a different value. The codec is also held to it directly, on values validated by the
pydantic models."""

from __future__ import annotations

import datetime as dt
import json
import math
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from plan415x import codec, model, values, yamlfile
from plan415x.loading import Dataset, load_dataset
from plan415x.units import Measures

# ---------------------------------------------------------------------------------------------
# Leaf comparison: type and value of every number, text, date and enum.


def differences(a: Any, b: Any, where: str = "") -> Iterator[str]:
    """Where ``a`` and ``b`` differ in a leaf's type or value (floats by their repr: -0.0 is
    not 0.0), in order; nothing when they are the same all through."""
    if type(a) is not type(b):
        yield f"{where or '.'}: {type(a).__name__} {a!r} against {type(b).__name__} {b!r}"
        return
    if isinstance(a, tuple):
        names = getattr(type(a), "_fields", None)
        if len(a) != len(b):
            yield f"{where or '.'}: {len(a)} items against {len(b)}"
            return
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            yield from differences(x, y, f"{where}.{names[i]}" if names else f"{where}[{i}]")
    elif isinstance(a, list):
        yield from differences(tuple(a), tuple(b), where)
    elif isinstance(a, dict):
        if list(a) != list(b):  # the same keys, in the same order (JSON keeps it)
            yield f"{where or '.'}: keys {list(a)} against {list(b)}"
            return
        for key in a:
            yield from differences(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, float):
        if repr(a) != repr(b):
            yield f"{where}: {a!r} against {b!r}"
    elif a != b:
        yield f"{where}: {a!r} against {b!r}"


def assert_same(a: Any, b: Any, what: str) -> None:
    found = list(differences(a, b))
    assert not found, f"{what} differ:\n  " + "\n  ".join(found[:20])


def test_the_comparison_sees_what_equality_does_not() -> None:
    record = values.Record("t", 100.0, components={"a": 1.0})
    assert record == values.Record("t", 100, components={"a": 1})
    assert list(differences(record, values.Record("t", 100, components={"a": 1}))) == [
        ".value: float 100.0 against int 100",
        ".components['a']: float 1.0 against int 1",
    ]
    assert list(differences(values.Record("t", -0.0), values.Record("t", 0.0))) == [
        ".value: -0.0 against 0.0"
    ]
    assert list(differences({"a": 1.0, "b": 2.0}, {"b": 2.0, "a": 1.0})) == [
        ".: keys ['a', 'b'] against ['b', 'a']"
    ]
    assert list(differences(values.Source("d"), values.Source("d"))) == []


# ---------------------------------------------------------------------------------------------
# Strategies: the files of a valid data folder, as the data structures they are dumped from.

# Text of every sort YAML quotes (':', '#', quotes, brackets, '&', '*', '!', '|', '>', '%', '@',
# digits, words such as no and on), CJK and spaces; no 'e', so no 1e3 written plain (YAML 1.1 text,
# refused), no control character but the newline and the tab of multi-line fields.
_CHARS = "abdnoyXYZ 测试计划甲乙丙已完成:#-'\"{}[],&*!|>%@`?~0123456789."
lines = st.text(_CHARS, max_size=8)
names = st.text(_CHARS, min_size=1, max_size=8)
texts = st.text(_CHARS + "\n\t", max_size=16)
notes = st.text(_CHARS + "\n\t", min_size=1, max_size=16).filter(str.strip)
dates = st.dates(dt.date(2018, 1, 1), dt.date(2032, 12, 31))

KINDS = (
    "annual",
    "one_year",
    "cumulative",
    "level",
    "share",
    "growth",
    "relative",
    "milestone",
    "composite",
    "directional",
    "monitor",
)
FLOWS = frozenset({"annual", "one_year", "cumulative", "composite"})
YEAR_BOUND = FLOWS | {"growth"}
UNITS = {
    "annual": ("个", "亩", "亿元"),
    "one_year": ("个", "亩", "亿元"),
    "cumulative": ("个", "亩", "亿元"),
    "level": ("亿元", "亩", "个", "%"),
    "share": ("%",),
    "growth": ("%",),
    "relative": ("%",),
    "composite": ("个", "亩"),
    "directional": ("亿元", "个"),
    "monitor": ("个", "亩", "亿元", "%"),
}
OTHER_UNIT = {"亩": "公顷", "亿元": "万元"}
"""A unit a figure may be given in instead of the target's (converted on checking)."""
# A plan may declare these (with the built-in dimension and factor, so figures convert the same).
MEASURES = {
    "亩": ("mu", "land-area", 1, False),
    "公顷": ("hectare", "land-area", 15, False),
    "个": ("items", "count-ge", 1, True),
    "%": ("percent", "percent", 1, False),
    "亿元": ("100 million yuan", "cny", 10**8, False),
    "万元": ("10 thousand yuan", "cny", 10**4, False),
}
CONVERT = Measures(()).convert  # the built-in units: the same factors as MEASURES
STATES = ("done", "pending", "not_done", "已完成", "推进中", "未完成")
CODES = tuple(p.value for p in values.Plausibility)


def numbers(low: float, high: float) -> st.SearchStrategy[int | float]:
    """A figure as typed: 100, 100.0 or 99.75 (YAML reads the first as an int)."""
    return st.one_of(
        st.integers(math.ceil(low), math.floor(high)),
        st.integers(math.ceil(low), math.floor(high)).map(float),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


def option(draw: Any, into: dict[str, Any], key: str, strategy: Any, *, null: bool = True) -> None:
    """``key`` left out, given, or (for a field that may be none) given as null."""
    choice = draw(st.sampled_from(("out", "given", "null") if null else ("out", "given")))
    if choice == "given":
        into[key] = draw(strategy)
    elif choice == "null":
        into[key] = None


@st.composite
def thresholds(draw: Any) -> dict[str, Any]:
    # watch <= 10 <= 30 <= behind: any of them may be left to its default.
    found: dict[str, Any] = {}
    option(draw, found, "ahead", numbers(0, 20), null=False)
    option(draw, found, "watch", numbers(0, 10), null=False)
    option(draw, found, "behind", numbers(30, 60), null=False)
    return found


@st.composite
def assessments(draw: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    option(draw, found, "default", thresholds(), null=False)
    rules = st.fixed_dictionaries(
        {"thresholds": thresholds()},
        optional={"kind": st.sampled_from(KINDS), "hedge": st.sampled_from(("ensure", "strive", "plain"))},
    )
    option(draw, found, "rules", st.lists(rules, max_size=2), null=False)
    option(draw, found, "approx_tolerance_pct", numbers(0, 20), null=False)
    limits = st.fixed_dictionaries(
        {},
        optional={
            "early_months": st.integers(1, 11),
            "early_pct": numbers(1, 200),
            "unit_scale_pct": numbers(1, 200),
            "jump_factor": numbers(2, 10),
            "yoy_factor": numbers(2, 10),
            "jump_min_share_pct": numbers(0, 50),
            "min_items": st.integers(1, 10),
            "ignore": st.lists(st.sampled_from(CODES), max_size=2, unique=True),
        },
    )
    # Limits and thresholds equal in value to their defaults included: the codec once took
    # them for their defaults and gave back ints where validation gave floats (found here).
    option(draw, found, "plausibility", limits, null=False)
    return found


reportings = st.fixed_dictionaries(
    {},
    optional={
        "frequency": st.sampled_from(("monthly", "quarterly", "half_yearly", "annual")),
        "due": st.fixed_dictionaries(
            {},
            optional={key: st.integers(1, 31) for key in ("monthly", "quarterly", "half_yearly", "annual")},
        ),
    },
)


def measure(draw: Any, unit: str) -> dict[str, Any]:
    name, dimension, factor, whole = MEASURES[unit]
    found: dict[str, Any] = {"id": unit, "name_en": name, "dimension": dimension}
    if factor != 1 or draw(st.booleans()):
        found["factor"] = draw(st.sampled_from((factor, float(factor))))
    option(draw, found, "symbol_en", names)
    option(draw, found, "min", st.sampled_from((0, 0.0)))
    if unit == "%":
        option(draw, found, "max", st.sampled_from((100, 100.0)))
    if whole or draw(st.booleans()):
        found["whole"] = whole
    return found


def target(
    draw: Any,
    index: int,
    first: int,
    last: int,
    actions: list[str],
    units: list[str],
    earlier: list[dict[str, Any]],
) -> dict[str, Any]:
    """A valid target (model.Target._consistent), number ``index`` of its plan."""
    kind = draw(st.sampled_from(KINDS))
    start = draw(st.integers(first, last))
    end = start if kind == "one_year" else draw(st.integers(start, start + 3))
    found: dict[str, Any] = {
        "id": f"t{index}",
        "action": draw(st.sampled_from(actions)),
        "clause": draw(lines),
        "text_zh": draw(texts),
        "name_zh": draw(lines),
        "name_en": draw(lines),
        "kind": kind,
    }
    if kind != "milestone":
        found["unit"] = draw(st.sampled_from(UNITS[kind]))
    elif draw(st.booleans()):
        found["unit"] = draw(st.sampled_from(("个", None)))
    figure = numbers(0.5, 100) if found.get("unit") == "%" else numbers(0.5, 10**6)
    if kind in ("milestone", "directional"):
        option(draw, found, "value", figure)
    elif kind == "monitor":
        option(draw, found, "value", st.none())
    else:
        found["value"] = draw(st.one_of(figure, figure, figure, st.none()))
    if found.get("value", 0) is None and kind not in ("milestone", "directional", "monitor"):
        found["note"] = draw(notes)
    else:
        option(draw, found, "note", texts)
    comparator = draw(st.sampled_from((None, ">=", ">", "<=", "<", "==", "approx", "approx")))
    if comparator is not None:
        found["comparator"] = comparator
    if comparator == "approx":
        option(
            draw,
            found,
            "tolerance",
            st.one_of(
                st.fixed_dictionaries({"absolute": numbers(0, 10)}),
                st.fixed_dictionaries({"relative_pct": numbers(0, 10)}),
            ),
        )
    found |= {
        "first_year": start,
        "last_year": end,
        "hedge": draw(st.sampled_from(("ensure", "strive", "plain"))),
    }
    option(draw, found, "responsible", st.lists(st.sampled_from(units), max_size=2, unique=True), null=False)
    others = [t["id"] for t in earlier]
    if others:
        option(draw, found, "links", st.lists(st.sampled_from(others), max_size=2, unique=True), null=False)
        restatable = [
            t["id"] for t in earlier if t.get("restates") is None and t["id"] not in found.get("links", ())
        ]
        if restatable:
            option(draw, found, "restates", st.sampled_from(restatable))
    option(draw, found, "frequency", st.sampled_from(("monthly", "quarterly", "half_yearly", "annual")))
    option(draw, found, "whole_items", st.booleans())
    option(draw, found, "due_day", st.integers(1, 31))
    levels = kind in ("level", "share")
    pace = draw(
        st.sampled_from(
            (None, "deadline", "linear", "profile", "always")
            if levels
            else (None, "deadline", "linear", "profile")
        )
    )
    if pace is not None or draw(st.booleans()):
        found["pace"] = pace
    if pace == "profile":
        found["profile"] = sorted(draw(st.lists(numbers(0, 100), min_size=12, max_size=12)))
    elif draw(st.booleans()):
        found["profile"] = None
    if levels and (pace == "linear" or draw(st.booleans())):
        found["baseline"] = {"value": draw(figure), "year": draw(st.integers(start - 3, end - 1))}
    if kind == "composite":
        found["components"] = [
            {"id": f"c{i}", "name_zh": draw(lines), "name_en": draw(lines)}
            for i in range(draw(st.integers(2, 3)))
        ]
        found["basis"] = draw(st.sampled_from(("annual", "one_year", "cumulative")))
    if kind == "directional":
        found["direction"] = draw(st.sampled_from(("increase", "decrease")))
    else:
        option(draw, found, "direction", st.none())
    if kind != "milestone":  # far wider than any figure below
        option(draw, found, "range", st.tuples(numbers(-100, 0), numbers(10**5, 10**7)))
    keys = list(found)
    return {key: found[key] for key in draw(st.permutations(keys))}


def period_text(draw: Any, year: int, month: int) -> tuple[str, object]:
    """The canonical name of the period of ``year`` to ``month`` and a way of writing it."""
    spellings = [f"{year}-{month:02d}"]
    if month % 3 == 0:
        spellings.append(f"{year}Q{month // 3}")
    if month % 6 == 0:
        spellings.append(f"{year}H{month // 6}")
    if month == 12:
        spellings.append(str(year))
    name = draw(st.sampled_from(spellings))
    written = draw(st.sampled_from((name, name.lower(), int(name) if name.isdigit() else name)))
    return name, written


def figure_in(draw: Any, unit: str, at_least: float) -> tuple[int | float, str]:
    """A figure in ``unit`` or in another unit it converts from, at least ``at_least`` in ``unit``
    once converted (year-to-date figures never fall); the unit it is given in."""
    given = draw(st.sampled_from((unit, OTHER_UNIT.get(unit, unit))))
    step = draw(numbers(0, 10 if unit == "%" else 100))
    value: int | float = (
        at_least + step
        if given == unit
        else math.ceil(at_least * MEASURES[unit][2] / MEASURES[given][2]) + step
    )
    while CONVERT(value, given, unit) < at_least:
        value += 1
    if draw(st.booleans()):
        value = float(value)
    return value, given


def sources() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"document": names},
        optional={
            "reported_by": st.one_of(names, st.none()),
            "date": st.one_of(dates, st.none()),
            "url": st.one_of(lines, st.none()),
        },
    )


def record(
    draw: Any, plan_target: dict[str, Any], year: int, sourced: bool, reached: dict[tuple[str, ...], float]
) -> dict[str, Any]:
    """A valid record of ``plan_target`` for a period of ``year``; ``reached``: the year-to-date
    figures so far, by target, year (and component), in the target's unit."""
    kind, ident = plan_target["kind"], plan_target["id"]
    found: dict[str, Any] = {"target": ident}
    unit = plan_target.get("unit")
    if kind == "milestone":
        found["state"] = draw(st.sampled_from(STATES))
    elif kind == "composite":
        components = {}
        for component in plan_target["components"]:
            key = (ident, str(year), component["id"])
            value, _ = figure_in(draw, "个", reached.get(key, 0))  # a count: no conversion
            components[component["id"]] = reached[key] = value
        found["components"] = components
        option(draw, found, "unit", st.just(unit))
    elif kind in FLOWS:
        key = (ident, str(year))
        value, given = figure_in(draw, unit, reached.get(key, 0))
        reached[key] = CONVERT(value, given, unit)
        found["value"] = value
        if given != unit:
            found["unit"] = given
        else:
            option(draw, found, "unit", st.just(unit))
    else:
        low = -50 if kind in ("growth", "relative") and "range" not in plan_target else 0
        value, given = figure_in(draw, unit, 0) if draw(st.booleans()) else (draw(numbers(low, 100)), unit)
        found["value"] = value
        if given != unit:
            found["unit"] = given
        else:
            option(draw, found, "unit", st.just(unit))
        option(draw, found, "reference", numbers(0, 1000))
    done = found.get("state") in ("done", "已完成")
    latest = min(year + 1, plan_target["last_year"]) if done else year + 1
    option(draw, found, "as_of", st.dates(dt.date(year, 1, 1), dt.date(latest, 12, 31)))
    if sourced:
        found["source"] = draw(sources())
    else:
        option(draw, found, "source", sources())
    option(draw, found, "note", texts)
    option(draw, found, "evidence", texts)
    option(draw, found, "checked", st.lists(st.sampled_from(CODES), max_size=2, unique=True), null=False)
    return found


@st.composite
def folders(draw: Any) -> dict[str, Any]:
    """A valid data folder: ``{"targets.yaml": plan, "actuals/NAME": file, ...}`` as data."""
    first = draw(st.integers(2021, 2024))
    last = draw(st.integers(first, first + 4))
    info: dict[str, Any] = {"id": draw(st.sampled_from(("mini", "p-1", "x.y_z"))), "title_zh": draw(names)}
    option(draw, info, "title_en", lines, null=False)
    option(draw, info, "doc_number", lines, null=False)
    info["issuer_zh"] = draw(names)
    option(draw, info, "issuer_en", lines, null=False)
    option(draw, info, "written", dates)
    option(draw, info, "published", dates)
    info |= {"first_year": first, "last_year": last}
    option(draw, info, "source", texts)
    option(draw, info, "language", st.sampled_from(("zh", "en")))
    actions = [f"a{i}" for i in range(draw(st.integers(1, 3)))]
    units = [f"u{i}" for i in range(draw(st.integers(1, 3)))]
    plan: dict[str, Any] = {}
    option(draw, plan, "schema_version", st.just(1), null=False)
    plan |= {
        "plan": info,
        "actions": [
            {"id": a, "clause": draw(lines), "name_zh": draw(lines), "name_en": draw(lines)} for a in actions
        ],
        "responsible_units": [],
    }
    for u in units:
        unit = {"id": u, "name_zh": draw(lines), "name_en": draw(lines)}
        option(draw, unit, "aliases", st.lists(lines, max_size=2), null=False)
        plan["responsible_units"].append(unit)
    declared = draw(st.lists(st.sampled_from(sorted(MEASURES)), max_size=4, unique=True))
    if declared or draw(st.booleans()):
        plan["measures"] = [measure(draw, unit) for unit in declared]
    option(draw, plan, "assessment", assessments(), null=False)
    option(draw, plan, "reporting", reportings, null=False)
    option(draw, plan, "default_owner", st.sampled_from(units))
    targets: list[dict[str, Any]] = []
    for i in range(draw(st.integers(1, 7))):
        targets.append(target(draw, i, first, last, actions, units, targets))
    plan["targets"] = targets
    files: dict[str, Any] = {"targets.yaml": plan}
    periods = st.tuples(st.integers(first, last), st.integers(1, 12))
    keys = draw(st.lists(periods, min_size=draw(st.sampled_from((1, 2, 1, 0))), max_size=4, unique=True))
    reached: dict[tuple[str, ...], float] = {}
    for year, month in sorted(keys):  # in order: year-to-date figures never fall
        name, written = period_text(draw, year, month)
        file: dict[str, Any] = {}
        option(draw, file, "schema_version", st.just(1), null=False)
        file["period"] = written
        option(draw, file, "illustrative", st.booleans(), null=False)
        option(draw, file, "note", texts)
        sourced = not draw(st.booleans())  # no source for the file: one for each record
        if not sourced:
            file["source"] = draw(sources())
        eligible = [
            t
            for t in targets
            if (t["kind"] not in YEAR_BOUND or t["first_year"] <= year <= t["last_year"])
            and (t["kind"] != "milestone" or year <= t["last_year"])
        ]
        chosen = [t for t in eligible if draw(st.integers(0, 3))]  # each one in four left out
        records = [record(draw, t, year, sourced, reached) for t in draw(st.permutations(chosen))]
        if records or draw(st.booleans()):
            file["records"] = records
        files[f"actuals/{name}{draw(st.sampled_from(('.yaml', '.yaml', '.yml')))}"] = file
    return files


def write(folder: Path, files: dict[str, Any], style: bool | None) -> None:
    (folder / "actuals").mkdir(parents=True)
    for name, data in files.items():
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=style)
        (folder / name).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The property.


def _actuals(dataset: Dataset) -> list[tuple[Any, ...]]:
    return [(a.period, a.file, a.doc.path, a.doc.display, a.positions) for a in dataset.actuals]


def assert_same_dataset(loaded: Dataset, fresh: Dataset, how: str) -> None:
    assert loaded.root == fresh.root
    assert loaded.plan == fresh.plan
    assert loaded.targets == fresh.targets
    assert _actuals(loaded) == _actuals(fresh)
    assert loaded.measures.ids() == fresh.measures.ids()
    assert_same(loaded.plan, fresh.plan, f"the plan {how} and from its file")
    assert_same(loaded.targets, fresh.targets, f"the targets {how} and from the file")
    assert_same(
        [a.file for a in loaded.actuals],
        [a.file for a in fresh.actuals],
        f"the figures {how} and from the files",
    )


def validated(root: Path) -> Dataset:
    fresh, problems = load_dataset(root)
    if fresh is None:
        event(f"invalid: {sorted({p.code for p in problems})}")
    assume(fresh is not None)
    assert fresh is not None
    return fresh


def check_folder(
    files: dict[str, Any], style: bool | None, edit: int, drop: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Load the folder of ``files`` without the cache, to fill it, from it alone, and once one
    file is edited (``edit``: which; ``drop``: its last record taken out) partly from it: the
    same dataset every time."""
    with tempfile.TemporaryDirectory() as scratch, monkeypatch.context() as patch:
        root = Path(scratch) / "data"
        write(root, files, style)
        fresh = validated(root)
        event("valid")
        patch.setenv("PLAN415X_CACHE_DIR", str(Path(scratch) / "cache"))  # empty: made when written
        first, problems = load_dataset(root, lean=True)
        assert problems == []
        assert first is not None
        assert_same_dataset(first, fresh, "validated to fill the cache")
        parsed: list[str] = []
        real = yamlfile.parse

        def parse(text: str, path: Path, display: str, *args: Any, **kwargs: Any) -> Any:
            parsed.append(Path(display).name)
            return real(text, path, display, *args, **kwargs)

        patch.setattr(yamlfile, "parse", parse)
        second, problems = load_dataset(root, lean=True)
        assert problems == []
        assert second is not None
        assert parsed == []  # from the cache: no file parsed
        assert_same_dataset(second, fresh, "from the cache")
        event(f"{sum(len(a.file.records) for a in fresh.actuals)} records" if fresh.actuals else "no actuals")

        # One file edited (new bytes; one record fewer, if asked and it has one): that file alone
        # is validated, the others come from the cache (and their records' checks against the
        # plan too, unless the plan is the file edited).
        name = sorted(files)[edit % len(files)]
        data = files[name]
        if drop and data.get("records"):
            data = data | {"records": data["records"][:-1]}
        path = root / name
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=style)
        path.write_text(text + "# edited\n", encoding="utf-8")
        changed = validated(root)
        del parsed[:]
        third, problems = load_dataset(root, lean=True)
        assert problems == []
        assert third is not None
        assert parsed == [path.name]
        assert_same_dataset(third, changed, f"partly from the cache ({name} edited)")


@settings(
    max_examples=150,
    deadline=None,  # the first example computes the cache's fingerprint
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    files=folders(),
    style=st.sampled_from((False, None, True)),
    edit=st.integers(0, 4),
    drop=st.booleans(),
)
def test_a_dataset_from_the_cache_is_the_one_validated_from_its_files(
    files: dict[str, Any], style: bool | None, edit: int, drop: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    check_folder(files, style, edit, drop, monkeypatch)


# ---------------------------------------------------------------------------------------------
# The codec alone, on values as validation makes them.


def round_trip(value: Any) -> Any:
    """``value`` through the codec and JSON text, as the cache keeps it."""
    return codec.decode(type(value), json.loads(json.dumps(codec.encode(value), allow_nan=False)))


wide = st.one_of(
    numbers(-1e15, 1e15),
    st.sampled_from((0, 0.0, -0.0, 1e-300, 5e-324, 1e15, -1e15, 100, 100.0)),
)
records = st.fixed_dictionaries(
    {"target": lines},
    optional={
        "value": st.one_of(wide, st.none()),
        "unit": st.one_of(lines, st.none()),
        "as_of": st.one_of(dates, st.none()),
        "source": st.one_of(sources(), st.none()),
        "note": st.one_of(texts, st.none()),
        "state": st.one_of(st.sampled_from(STATES), st.none()),
        "evidence": st.one_of(texts, st.none()),
        "components": st.one_of(st.dictionaries(lines, wide, max_size=3), st.none()),
        "reference": st.one_of(wide, st.none()),
        "checked": st.lists(st.sampled_from(CODES), max_size=3),
    },
)


@st.composite
def plan_targets(draw: Any) -> dict[str, Any]:
    earlier = [{"id": "t0"}, {"id": "t1", "restates": "t0"}]
    return target(draw, 2, 2023, 2027, ["a"], ["u0", "u1"], earlier)


@settings(max_examples=200)
@given(fields=records)
def test_a_validated_record_round_trips(fields: dict[str, Any]) -> None:
    value = model.record_values(model.Record.model_validate(fields))
    assert_same(round_trip(value), value, "the record decoded and the one encoded")
    assert_same(value, model.values_of(model.Record.model_validate(fields)), "record_values and values_of")


@settings(max_examples=200)
@given(fields=plan_targets())
def test_a_validated_target_round_trips(fields: dict[str, Any]) -> None:
    value = model.values_of(model.Target.model_validate(fields))
    assert isinstance(value, values.Target)
    assert_same(round_trip(value), value, "the target decoded and the one encoded")
    owned = value.with_default_owner("u0")  # the loader's mark, never in the data, still a field
    assert_same(round_trip(owned), owned, "the target with a default owner")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=folders())
def test_validated_files_round_trip(files: dict[str, Any]) -> None:
    for name, data in files.items():
        if name == "targets.yaml":
            value: Any = model.plan_values(model.PlanFile.model_validate(data))
        else:
            value = model.actuals_values(model.ActualsFile.model_validate(data))
        assert_same(round_trip(value), value, f"{name} decoded and encoded")
