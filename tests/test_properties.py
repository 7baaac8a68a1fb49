"""Properties that must hold for any input (hypothesis)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from plan415x import model, values, yamlfile
from plan415x.loading import load_actuals
from plan415x.model import ActualsFile, Baseline, Record, values_of
from plan415x.periods import Period
from plan415x.problems import Problem
from plan415x.reports.explain import render_steps
from plan415x.results import Status
from plan415x.rules import rule_for
from plan415x.rules.common import Context, Observation, year_schedule_pct
from plan415x.validation import validate_model
from plan415x.values import State

periods = st.builds(
    lambda year, month: Period.parse(f"{year}-{month:02d}"),
    st.integers(2023, 2027),
    st.integers(1, 12),
)
finite = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)
_BASE = {
    "id": "t",
    "action": "a",
    "clause": "c",
    "text_zh": "测",
    "name_zh": "测",
    "name_en": "t",
    "hedge": "plain",
}


def _target(**fields: Any) -> values.Target:
    """A target validated as a file's would be, as the value the engine works on."""
    converted: values.Target = values_of(model.Target(**fields))
    return converted


def _record(**fields: Any) -> values.Record:
    return model.record_values(model.Record(**fields))


@st.composite
def targets(
    draw: Any,
    kinds: tuple[str, ...] = ("annual", "one_year", "cumulative", "level", "share", "growth", "relative"),
) -> values.Target:
    kind = draw(st.sampled_from(kinds))
    first = draw(st.integers(2023, 2027))
    last = first if kind == "one_year" else draw(st.integers(first, 2027))
    fields: dict[str, Any] = _BASE | {
        "kind": kind,
        "value": draw(st.floats(min_value=0.5, max_value=1e6)),
        "unit": "%" if kind in ("share", "growth", "relative") else "个",
        "first_year": first,
        "last_year": last,
        "comparator": draw(st.sampled_from([">=", ">"])),
    }
    if kind == "level" and draw(st.booleans()):
        fields["baseline"] = Baseline(
            value=draw(st.floats(min_value=0, max_value=0.4)) * fields["value"], year=first - 1
        )
        fields["pace"] = "linear"
    return _target(**fields)


def _judge(
    target: values.Target, period: Period, history: list[tuple[Period, float]], reference: float | None = None
) -> Status:
    ctx = Context(
        target=target,
        period=period,
        thresholds=values.Thresholds(),
        approx_tolerance_pct=5,
        history=tuple(
            Observation(p, _record(target="t", value=v, reference=reference), v, None, False, reference)
            for p, v in history
        ),
    )
    return rule_for(target.kind)(ctx).status


# Whole percentages: hypothesis spreads integers more evenly over the bands than floats.
fractions = st.integers(0, 150).map(lambda n: n / 100)


@given(targets(), st.integers(0, 4), st.integers(1, 12), fractions, fractions)
@settings(max_examples=400)
def test_raising_an_actual_never_worsens_a_status(
    target: values.Target, year_offset: int, month: int, share: float, more: float
) -> None:
    # The period falls within the target's years and the actuals near the target, so that every
    # band of the thresholds is reached.
    assert target.value is not None
    year = min(target.first_year + year_offset, target.last_year)
    period = Period.parse(f"{year}-{month:02d}")
    scale = 110.0 if target.kind.value == "relative" else target.value
    history = [(Period.parse(f"{y}"), 0.0) for y in range(target.first_year, year)]
    low = _judge(target, period, [*history, (period, scale * share)], reference=100.0)
    high = _judge(target, period, [*history, (period, scale * (share + more))], reference=100.0)
    assert high.rank >= low.rank, (low, high)


def test_statuses_rise_with_the_actual_in_every_band() -> None:
    """A sweep over every month and 0-150% of the target, for each kind judged by pace."""
    for kind in ("annual", "cumulative", "level", "growth", "relative"):
        # relative: 10% above a reference of 100 requires 110, reached at n = 100
        value = 10 if kind == "relative" else 100
        target = _target(
            **_BASE,
            pace="always" if kind == "level" else None,
            kind=kind,
            value=value,
            unit="%" if kind != "annual" else "个",
            first_year=2023,
            last_year=2027,
        )
        for month in range(1, 13):
            period = Period.parse(f"2023-{month:02d}")
            statuses = [
                _judge(target, period, [(period, n * 1.1 if kind == "relative" else n)], reference=100.0)
                for n in range(0, 151)
            ]
            ranks = [s.rank for s in statuses]
            assert ranks == sorted(ranks), (kind, month, statuses)
            if month == 12 and kind in ("annual", "growth"):
                # the year's last chance: met or missed, nothing in between
                assert set(statuses) == {Status.missed, Status.achieved}, (kind, month, set(statuses))
            else:
                assert len(set(statuses)) >= 3, (kind, month, set(statuses))


@given(st.integers(2023, 2027), st.integers(1, 12), st.integers(1, 12))
def test_schedule_never_falls_within_a_year(year: int, m1: int, m2: int) -> None:
    early, late = sorted((m1, m2))
    assert (
        Period.parse(f"{year}-{early:02d}").schedule_pct()
        <= Period.parse(f"{year}-{late:02d}").schedule_pct()
    )
    target = _target(**_BASE, kind="annual", value=10, unit="个", first_year=2023, last_year=2027)
    a, b = year_schedule_pct(target, early), year_schedule_pct(target, late)
    assert a is not None
    assert b is not None
    assert a <= b


@st.composite
def any_target(draw: Any) -> values.Target:
    kind = draw(
        st.sampled_from(
            ["milestone", "directional", "composite", "annual", "cumulative", "level", "growth", "relative"]
        )
    )
    fields: dict[str, Any] = _BASE | {
        "kind": kind,
        "first_year": 2023,
        "last_year": draw(st.integers(2023, 2027)),
    }
    fields["value"] = draw(st.none() | st.floats(min_value=0, max_value=1e6))
    fields["note"] = "n"
    fields["comparator"] = draw(st.sampled_from([">=", ">", "<=", "<", "==", "approx"]))
    if kind != "milestone":
        fields["unit"] = "个"
    if kind == "composite":
        fields |= {
            "basis": draw(st.sampled_from(["annual", "one_year", "cumulative"])),
            "components": [
                {"id": "x", "name_zh": "x", "name_en": "x"},
                {"id": "y", "name_zh": "y", "name_en": "y"},
            ],
        }
        if fields["basis"] == "one_year":
            fields["last_year"] = 2023
    if kind == "directional":
        fields["direction"] = draw(st.sampled_from(["increase", "decrease"]))
    return _target(**fields)


@given(
    any_target(),
    periods,
    st.lists(
        st.tuples(periods, st.none() | finite, st.none() | finite, st.sampled_from(list(State))), max_size=6
    ),
)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_the_engine_never_crashes(
    target: values.Target, period: Period, raw: list[tuple[Period, float | None, float | None, State]]
) -> None:
    history = []
    for p, value, reference, state in sorted(raw, key=lambda r: r[0]):
        if p.key > period.key:
            continue
        if target.kind.value == "milestone":
            record = _record(target="t", state=state)
            value = None
        elif target.kind.value == "composite":
            record = _record(target="t", components={"x": value or 0, "y": 1})
            value = (value or 0) + 1
        else:
            record = _record(target="t", value=value, reference=reference)
        history.append(Observation(p, record, value, None, False, record.reference))
    ctx = Context(target, period, values.Thresholds(), 5, tuple(history))
    outcome = rule_for(target.kind)(ctx)
    assert isinstance(outcome.status, Status)
    assert all(isinstance(line, str) and line for line in render_steps(outcome.steps))


records = st.builds(
    Record,
    target=st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True),
    value=st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
    unit=st.none() | st.sampled_from(["亩", "公顷", "%", "亿元"]),
    as_of=st.none() | st.dates(dt.date(2023, 1, 1), dt.date(2027, 12, 31)),
    # C0/C1 controls and Unicode line separators are line breaks to YAML 1.1: not note text.
    note=st.none()
    # Unassigned characters (Cn) hold the noncharacters, which XML cannot hold: refused.
    | st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp")), max_size=20).filter(
        # an unquoted 1e3 (or 0E0) is YAML 1.1 text that the loader names rather than reads
        lambda t: not re.fullmatch(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)[eE][-+]?\d+\s*", t)
    ),
    state=st.none() | st.sampled_from(list(State)),
    reference=st.none() | st.integers(-1000, 1000).map(float),
)


@given(st.lists(records, max_size=8), st.booleans())
def test_actuals_survive_a_yaml_round_trip(items: list[Record], illustrative: bool) -> None:
    original = ActualsFile(period="2023Q2", illustrative=illustrative, records=tuple(items))
    text = yaml.safe_dump(
        original.model_dump(mode="json", exclude_none=True), allow_unicode=True, sort_keys=False
    )
    doc = yamlfile.parse(text, Path("2023Q2.yaml"), "2023Q2.yaml")
    assert not isinstance(doc, Problem)
    assert validate_model(doc, ActualsFile) == original


@given(st.binary(max_size=400))
@settings(max_examples=300)
@example(b"0_")  # found by hypothesis: yamlfile refuses it as invalid-value, a value
def test_any_bytes_give_a_value_never_an_exception(raw: bytes) -> None:
    text = yamlfile.decode(raw, "f.yaml")
    if isinstance(text, Problem):
        return
    doc = yamlfile.parse(text, Path("f.yaml"), "f.yaml")
    if isinstance(doc, Problem):
        # invalid-value: a number YAML 1.1 reads another way (b"0_", b"0o7", b"1:30"), refused by yamlfile
        assert doc.code in (
            "yaml-syntax",
            "duplicate-key",
            "too-deep",
            "alias-bomb",
            "control-character",
            "invalid-value",
        )
        return
    result = validate_model(doc, ActualsFile)
    if isinstance(result, list):
        for problem in result:
            assert problem.line >= 1


def test_load_actuals_of_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    entry, problems = load_actuals(tmp_path / "2023Q2.yaml")
    assert entry is None
    assert [p.code for p in problems] == ["io-error"]


_RATIO = re.compile(
    # the unit after b: "20 个" in English, "20个" in Chinese
    r"(?<![\w.])(-?[\d,]+(?:\.\d+)?) / (-?[\d,]+(?:\.\d+)?)(?: ?[^\s=\d.,%][^\s=]*)? = (-?[\d,]+(?:\.\d+)?)%"
)


def _number_shown(text: str) -> float:
    return float(text.replace(",", ""))


@given(
    any_target(),
    periods,
    st.lists(
        st.tuples(periods, st.none() | finite, st.none() | finite, st.sampled_from(list(State))), max_size=4
    ),
)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_explain_never_prints_a_false_ratio(
    target: values.Target, period: Period, raw: list[tuple[Period, float | None, float | None, State]]
) -> None:
    """Every "a / b = c%" that explain prints holds, to the rounding of the figures shown (two
    decimals): 41 / 20 must never be printed as -5%."""
    history = tuple(
        Observation(p, _record(target=target.id, value=v, reference=r, state=s), v, None, False, r)
        for p, v, r, s in sorted(raw, key=lambda item: item[0].key)
    )
    ctx = Context(
        target=target,
        period=period,
        thresholds=values.Thresholds(),
        approx_tolerance_pct=5.0,
        history=history,
    )
    steps = rule_for(target.kind)(ctx).steps
    _ratios_hold(render_steps(steps))
    _ratios_hold(render_steps(steps, "zh"))


def _ratios_hold(lines: list[str]) -> int:
    """Checks every "a / b = c%" of ``lines``; returns how many there were."""
    seen = 0
    for line in lines:
        for a, b, c in _RATIO.findall(line):
            x, y, shown = _number_shown(a), _number_shown(b), _number_shown(c)
            if y == 0:
                continue
            seen += 1
            # a and b are shown to 0.005 at most: the ratio may be off by that much of each
            slack = 0.005 * (1 + abs(x / y)) / abs(y) * 100 + 0.005
            assert abs(x / y * 100 - shown) <= slack, line
    return seen


def test_explain_prints_true_ratios_for_every_kind_and_comparator() -> None:
    """A sweep: each kind judged by a ratio, each comparator, actuals from 0 to 3x the target;
    the steps in English and in Chinese."""
    checked = checked_zh = 0
    for kind in ("annual", "cumulative", "level", "share", "relative"):
        for comparator in (">=", ">", "<=", "<", "==", "approx"):
            target = _target(
                **_BASE,
                kind=kind,
                value=20,
                unit="%" if kind in ("share", "relative") else "个",
                comparator=comparator,
                first_year=2023,
                last_year=2025 if kind in ("level", "share") else 2027,
            )
            for period in ("2023Q2", "2023Q4", "2025"):
                for actual in (0, 5, 19, 20, 21, 41, 60):
                    when = Period.parse(period)
                    record = _record(target="t", value=actual, reference=18)
                    ctx = Context(
                        target=target,
                        period=when,
                        thresholds=values.Thresholds(),
                        approx_tolerance_pct=5.0,
                        history=(Observation(when, record, float(actual), None, False, 18.0),),
                    )
                    steps = rule_for(target.kind)(ctx).steps
                    checked += _ratios_hold(render_steps(steps))
                    checked_zh += _ratios_hold(render_steps(steps, "zh"))
    assert checked > 400  # the sweep did meet the equations it is about
    # and met each of them in Chinese too, no fewer (a unit after the number, 20个, included)
    assert checked_zh == checked
