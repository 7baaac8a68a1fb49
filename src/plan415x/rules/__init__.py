"""One rule per kind of target, registered in a plain dict.

A rule is a module whose ``FORMULA`` says its formula (a Said of the STEPS of each catalogue: the
user documentation, docs/rules.md and ``plan415x explain`` show it in their language) and whose
``judge(ctx)`` returns an Outcome.
"""

from __future__ import annotations

from collections.abc import Callable

from plan415x.problems import Said, said
from plan415x.results import Outcome
from plan415x.rules import (
    average,
    composite,
    cumulative,
    directional,
    flow,
    growth,
    level,
    milestone,
    monitor,
    relative,
)
from plan415x.rules.common import Context, undefined
from plan415x.values import Kind

Rule = Callable[[Context], Outcome]

RULES: dict[Kind, Rule] = {
    Kind.annual: flow.judge,
    Kind.one_year: flow.judge,
    Kind.cumulative: cumulative.judge,
    Kind.level: level.judge,
    Kind.share: level.judge,
    Kind.growth: growth.judge,
    Kind.relative: relative.judge,
    Kind.milestone: milestone.judge,
    Kind.directional: directional.judge,
    Kind.composite: composite.judge,
    Kind.monitor: monitor.judge,
    Kind.average_growth: average.judge,
}
FORMULAS: dict[Kind, Said] = {
    Kind.annual: flow.FORMULA,
    Kind.one_year: flow.FORMULA,
    Kind.cumulative: cumulative.FORMULA,
    Kind.level: level.FORMULA,
    Kind.share: level.FORMULA,
    Kind.growth: growth.FORMULA,
    Kind.relative: relative.FORMULA,
    Kind.milestone: milestone.FORMULA,
    Kind.directional: directional.FORMULA,
    Kind.composite: composite.FORMULA,
    Kind.monitor: monitor.FORMULA,
    Kind.average_growth: average.FORMULA,
}


COMPARATORS: Said = said("rule-comparators", good="good", attribute="attribute")
"""How a target's comparator, the side of an approximate target that is good and its 属性 are
read, whatever its kind: docs/rules.md and ``plan415x kinds`` give it after the kinds."""

FROM_BASE: Said = said("rule-from-base", from_base="from_base")
"""A level written against its base year (提高N个百分点, 翻一番): after the comparators."""

GEOMETRIC: Said = said("rule-geometric", pace="pace: geometric", kind="cumulative")
"""A five-year table's 〔累计〕: a change compounding from the base year, and a five-year total."""

REFERENCE_TARGET: Said = said("rule-reference-target", reference_target="reference_target")
"""A relative target whose reference is another target's figure (同步, 高于GDP增长)."""


# Kinds judged without a target figure of their own: a null value there is not a lost figure.
VALUELESS = frozenset({Kind.milestone, Kind.directional, Kind.monitor})


def _or_undefined(rule: Rule) -> Rule:
    def judge(ctx: Context) -> Outcome:
        return undefined(ctx) if ctx.target.value is None else rule(ctx)

    judge.__doc__ = rule.__doc__
    return judge


_JUDGES: dict[Kind, Rule] = {
    kind: rule if kind in VALUELESS else _or_undefined(rule) for kind, rule in RULES.items()
}


def rule_for(kind: Kind) -> Rule:
    """The rule of a kind; a target whose figure the plan lost is undefined whatever the rule."""
    return _JUDGES[kind]
