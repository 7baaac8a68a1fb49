"""What a draft proposes: targets whose every guessed field carries a confidence and a reason."""

from __future__ import annotations

from typing import NamedTuple


class Guess(NamedTuple):
    """One field's proposal: how sure the rule is (0-1) and why, in the text's own words."""

    confidence: float
    reason: str


class Proposal(NamedTuple):
    """A proposed target, tied to the clause it came from (``text_zh`` is an exact substring
    of the source)."""

    clause: str
    action: str
    """The clause of the action (行动) it belongs to, e.g. 二(一)."""
    text_zh: str
    name_zh: str
    kind: str
    value: float | None
    unit: str | None
    comparator: str | None
    hedge: str
    first_year: int
    last_year: int
    responsible: tuple[str, ...]
    """Unit names as the text writes them, the lead unit first."""
    why: dict[str, Guess]
    """The guessed fields (kind, value, unit, comparator, hedge, period, responsible)."""
    direction: str | None = None
    """increase or decrease, for a directional target (保持…增长势头)."""
    restates: int | None = None
    """Index (in the draft) of the target this one writes again (a year list's restatement)."""
    figure: tuple[int, int] | None = None
    """Where the figure is in ``text_zh`` (start, end), for the review workbook to mark it."""


class Action(NamedTuple):
    clause: str
    name_zh: str


class PlanHeader(NamedTuple):
    title_zh: str
    issuer_zh: str
    doc_number: str | None
    first_year: int
    last_year: int


class Draft(NamedTuple):
    header: PlanHeader
    actions: tuple[Action, ...]
    targets: tuple[Proposal, ...]
