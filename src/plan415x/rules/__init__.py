"""One rule per kind of target, registered in a plain dict.

A rule is a module whose docstring states its formula (the user documentation: docs/rules.md and
``plan415x explain`` show it) and whose ``judge(ctx)`` returns an Outcome.
"""

from __future__ import annotations

from collections.abc import Callable

from plan415x.results import Outcome
from plan415x.rules import (
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
}
DOCS: dict[Kind, str | None] = {
    Kind.annual: flow.__doc__,
    Kind.one_year: flow.__doc__,
    Kind.cumulative: cumulative.__doc__,
    Kind.level: level.__doc__,
    Kind.share: level.__doc__,
    Kind.growth: growth.__doc__,
    Kind.relative: relative.__doc__,
    Kind.milestone: milestone.__doc__,
    Kind.directional: directional.__doc__,
    Kind.composite: composite.__doc__,
    Kind.monitor: monitor.__doc__,
}


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
