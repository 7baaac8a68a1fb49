"""floors and caps (扣完为止, 不计负分, 封顶): where the rules' lines stop.

Not a rule type: the engine applies them (scoring/engine.py), documented with the rules. The
formula, as docs/scoring.md and ``plan415x explain --score`` give it, is ``FORMULA``:
``scoring-rule-limits`` in the SCORING of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said

FORMULA = said(
    "scoring-rule-limits",
    max_per_target="max_per_target",
    target_floor="floors.target",
    unit_cap="caps.bonus_per_unit",
    unit_floor="floors.unit",
)
