"""One scoring rule per type, registered in a plain dict made from the types' one list.

A rule is a module named after its type (``type: shortfall`` is ``shortfall.py``) whose
``FORMULA`` says its formula (a Said of the SCORING of each catalogue: the user documentation,
docs/scoring.md and ``plan415x explain --score`` show it in their language) and whose ``score(rule, facts, exempt)`` returns the
lines it proposes for one target of one unit. The types are listed once, in
``plan415x.scoring.model.Rule``: a new rule is its model there and its module here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from plan415x.problems import Said
from plan415x.scoring.model import RULE_TYPES
from plan415x.scoring.rules import limits
from plan415x.scoring.rules.common import Draft, Exempt, Facts

Scorer = Callable[[Any, Facts, Exempt], list[Draft]]

_MODULES: dict[str, ModuleType] = {tag: importlib.import_module(f"{__name__}.{tag}") for tag in RULE_TYPES}
RULES: dict[str, Scorer] = {tag: module.score for tag, module in _MODULES.items()}
FORMULAS: dict[str, Said] = {
    **{tag: module.FORMULA for tag, module in _MODULES.items()},
    "limits": limits.FORMULA,  # the floors and caps: not a rule type, documented with them
}
