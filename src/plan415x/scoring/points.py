"""Points as the annual score (年考评) writes them, and a line of a unit's breakdown: the exact
arithmetic every rule, the score's engine and its reports share.

Every amount is a Decimal rounded to 0.01 (half up) where it is made, and totals are sums of
those rounded lines: what is printed adds up exactly, on every machine.

Apart from the rules (``scoring.rules``, whose package reads the rule types off the pydantic
models of ``scoring.model``): a report of a score imports this without pydantic, so the 通报
and the workbook import the score's report at their top and a quarter's still loads no pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from plan415x.i18n import say
from plan415x.periods import Period
from plan415x.problems import Said

if TYPE_CHECKING:
    from plan415x.scoring.model import Exemption

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def dec(value: float | int | Decimal) -> Decimal:
    """A figure as a Decimal: a float through its shortest repr (the same on every machine)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def cents(value: float | int | Decimal) -> Decimal:
    return dec(value).quantize(CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=4096)
def pts(value: Decimal) -> str:
    """Points as printed: always two decimals, a sign only when negative (−, never -0.00)."""
    value = cents(value)
    if value == 0:
        return "0.00"
    return f"{value:.2f}".replace("-", "−")


def signed(value: Decimal) -> str:
    value = cents(value)
    if value == 0:
        return "0.00"
    return ("+" if value > 0 else "") + pts(value)


def num(value: float | Decimal, digits: int = 2) -> str:
    """A figure in a formula: at most ``digits`` decimals, no trailing zeros."""
    text = f"{dec(value):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace("-", "−")


BASE, FLOOR, CAP = "base", "floor", "cap"


@dataclass(frozen=True)
class Line:
    """One line of a unit's breakdown. ``target`` None: a line of the unit as a whole."""

    unit: str
    target: str | None
    rule: str
    """A rule id of the scoring file, or base, floor, cap."""
    amount: Decimal
    said: Said
    """How the amount was found, said where it was (templates: SCORING of each catalogue)."""
    period: Period | None = None
    waived: Decimal = ZERO
    exemption: Exemption | None = None

    @property
    def basis(self) -> str:
        """How the amount was found, in English (what JSON, CSV and the workbook carry)."""
        return say(self.said)
