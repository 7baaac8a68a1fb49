"""One scoring rule per type, registered in a plain dict.

A rule is a module whose docstring states its formula (the user documentation: docs/scoring.md
and ``plan415x explain --score`` show it) and whose ``score(rule, facts, exempt)`` returns the
lines it proposes for one target of one unit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plan415x.scoring.rules import bonus, late, lights, limits, missing, shortfall
from plan415x.scoring.rules.common import Draft, Exempt, Facts

Scorer = Callable[[Any, Facts, Exempt], list[Draft]]

RULES: dict[str, Scorer] = {
    "shortfall": shortfall.score,
    "lights": lights.score,
    "missing": missing.score,
    "late": late.score,
    "bonus": bonus.score,
}
DOCS: dict[str, str | None] = {
    "shortfall": shortfall.__doc__,
    "lights": lights.__doc__,
    "missing": missing.__doc__,
    "late": late.__doc__,
    "bonus": bonus.__doc__,
    "limits": limits.__doc__,
}
