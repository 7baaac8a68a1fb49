"""What a draft proposes: targets whose every guessed field carries a confidence and a reason."""

from __future__ import annotations

from typing import NamedTuple

from plan415x.problems import Said


class Guess(NamedTuple):
    """One field's proposal: how sure the rule is (0-1) and why, quoting the text's own words:
    said in English in targets.yaml's comments, in the plan's language in the review workbook."""

    confidence: float
    reason: Said


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
    # The second kind of plan's fields (work reports and outlines, issue 24): values.Target's.
    upper: float | None = None
    """A range's ceiling (comparator between: 5%—5.5%)."""
    good: str | None = None
    """up, down or point: the good side of 左右 or a range (CPI, 失业率: down)."""
    attribute: str | None = None
    """binding (约束性) or expected (预期性), from a table's 属性 column."""
    baseline: tuple[float, int] | None = None
    """(value, year) of a table's 基期 column, for a level, a share or 年均 growth."""
    from_base: tuple[str, float] | None = None
    """(change, by): 提高N个百分点 (points_up), 降低N% (pct_down), 翻一番 (times 2)."""
    figure_unit: str | None = None
    """average_growth: the measure of its yearly levels (亿元); its unit is the rate's (%)."""
    reference: int | None = None
    """Index (in the draft) of the target whose figure is this relative target's reference
    (居民收入增长和经济增长同步: the GDP growth target's), written as ``reference_target``."""


class Action(NamedTuple):
    clause: str
    name_zh: str


class PlanHeader(NamedTuple):
    title_zh: str
    issuer_zh: str
    doc_number: str | None
    first_year: int
    last_year: int
    document: str = "plan"
    """plan (an action plan), report (a 政府工作报告) or outline (a 五年规划纲要): what
    ``draft.document`` read from its headings and words."""


class Draft(NamedTuple):
    header: PlanHeader
    actions: tuple[Action, ...]
    targets: tuple[Proposal, ...]
