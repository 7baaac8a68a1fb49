"""Every rule case in cases/<kind>.yaml becomes one test (the sqlfluff way).

A case gives a target (over the file's defaults), the figures reported, the period judged and
the expected figures, computed by hand: the comment beside each case shows the arithmetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from plan415x.i18n import say
from plan415x.model import Record, Target, Thresholds, values_of
from plan415x.periods import Period
from plan415x.rules import rule_for
from plan415x.rules.common import Context, Observation

CASES = Path(__file__).parent / "cases"
_TARGET = {
    "id": "t",
    "action": "a",
    "clause": "二(一)1",
    "text_zh": "测试",
    "name_zh": "测试",
    "name_en": "test",
    "hedge": "plain",
}


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in doc["cases"]:
            out.append(pytest.param(doc.get("defaults", {}), case, id=f"{path.stem}:{case['name']}"))
    return out


def _observation(item: dict[str, Any]) -> Observation:
    fields = {k: v for k, v in item.items() if k != "period"}
    record = values_of(Record(target="t", **fields))
    value = float(sum(record.components.values())) if record.components else record.value
    return Observation(Period.parse(str(item["period"])), record, value, None, False, record.reference)


@pytest.mark.parametrize(("defaults", "case"), _cases())
def test_rule(defaults: dict[str, Any], case: dict[str, Any]) -> None:
    target = values_of(Target(**(_TARGET | defaults.get("target", {}) | case.get("target", {}))))
    thresholds = case.get("thresholds", defaults.get("thresholds", {}))
    ctx = Context(
        target=target,
        period=Period.parse(str(case["period"])),
        thresholds=values_of(Thresholds(**thresholds)),
        approx_tolerance_pct=5.0,
        history=tuple(_observation(item) for item in case.get("history", [])),
    )
    outcome = rule_for(target.kind)(ctx)
    expect = dict(case["expect"])
    assert outcome.status.value == expect.pop("status")
    for name, value in expect.items():
        got = getattr(outcome, name)
        if name == "data_period":
            assert str(got) == str(value)
        elif name == "caveats":
            assert [say(c) for c in got] == value
        elif value is None:
            assert got is None, name
        elif isinstance(value, bool):
            assert got is value, name
        elif name == "schedule_span":
            assert got == tuple(value), name
        else:
            assert got == pytest.approx(value, abs=1e-4), name
