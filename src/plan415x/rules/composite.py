"""composite: components counted first, then combined and judged as its basis.

The formula, as docs/rules.md and ``plan415x explain`` give it, is ``FORMULA``: ``rule-composite``
in the STEPS of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Outcome
from plan415x.rules import cumulative, flow
from plan415x.rules.common import Context
from plan415x.values import Kind

FORMULA = said("rule-composite", kind="composite")


def judge(ctx: Context) -> Outcome:
    # The engine has already summed the components into each observation's value.
    rule = cumulative.judge if ctx.target.basis is Kind.cumulative else flow.judge
    return rule(ctx)
