"""composite: components counted first, then combined and judged as its basis.

value = Σ components (e.g. 超10亿元单体制造业项目 + 1亿美元以上制造业外资项目, each project once);
the sum is then judged by the rule of the target's basis: annual or one_year (a flow against
the year's target) or cumulative (a running total against the total due).
"""

from __future__ import annotations

from plan415x.results import Outcome
from plan415x.rules import cumulative, flow
from plan415x.rules.common import Context
from plan415x.values import Kind


def judge(ctx: Context) -> Outcome:
    # The engine has already summed the components into each observation's value.
    rule = cumulative.judge if ctx.target.basis is Kind.cumulative else flow.judge
    return rule(ctx)
