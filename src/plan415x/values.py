"""The plan and its figures as plain frozen values (NamedTuples): what the engine, the rules,
the reports and the workbook work on.

pydantic validates at the edge (plan415x.model: every field checked, every problem located);
what comes out is converted once into these values, which import nothing but the standard
library. A dataset from the cache is rebuilt from them without importing pydantic or a YAML
parser at all (plan415x.codec). Each class mirrors the model of the same name field for field
(tests/test_values.py holds them together); the methods are the ones the rest of the code
asks of a target or a plan.
"""

# No `from __future__ import annotations`: the fields' types are objects the codec reads as they
# are (typing.get_type_hints would evaluate every one at each start).

import datetime as dt
from enum import Enum
from typing import NamedTuple

MAX_MAGNITUDE = 1e15
"""The largest figure, in magnitude: no figure of a county's plan comes near it, and sums and
ratios of larger ones overflow to infinity, which no report (JSON least of all) can carry."""


class Kind(str, Enum):
    """How a target is judged; each kind has one rule in ``plan415x.rules``."""

    annual = "annual"
    one_year = "one_year"
    cumulative = "cumulative"
    level = "level"
    share = "share"
    growth = "growth"
    relative = "relative"
    milestone = "milestone"
    composite = "composite"
    directional = "directional"
    monitor = "monitor"
    """A monitoring-only indicator (监测指标): recorded, validated and shown, never judged."""

    def said_in(self, lang: str) -> str:
        """A Phrase: 年度 in Chinese, the data's own annual otherwise."""
        return KIND_ZH[self] if lang == "zh" else self.value


FLOW_KINDS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})
FIGURELESS = frozenset({Kind.milestone, Kind.directional})
"""Kinds judged without a target figure: their ``value`` may be left out, with no note."""


KIND_ZH = {
    Kind.annual: "年度",
    Kind.one_year: "单年",
    Kind.cumulative: "累计",
    Kind.level: "水平",
    Kind.share: "比重",
    Kind.growth: "增速",
    Kind.relative: "相对",
    Kind.milestone: "节点",
    Kind.composite: "组合",
    Kind.directional: "方向",
    Kind.monitor: "监测",
}
"""Each kind in Chinese (explain and the score's lines say it the same way)."""


class Comparator(str, Enum):
    ge = ">="
    gt = ">"
    le = "<="
    lt = "<"
    eq = "=="
    approx = "approx"

    def said_in(self, lang: str) -> str:
        """A Phrase: ≥ in Chinese, the data's own >= otherwise."""
        return COMPARATOR_ZH[self] if lang == "zh" else self.value


COMPARATOR_ZH = {
    Comparator.ge: "≥",
    Comparator.gt: ">",
    Comparator.le: "≤",
    Comparator.lt: "<",
    Comparator.eq: "=",
    Comparator.approx: "≈",
}


class Hedge(str, Enum):
    ensure = "ensure"  # 确保/完成/实现: binding
    strive = "strive"  # 力争/争取: a stretch
    plain = "plain"

    def said_in(self, lang: str) -> str:
        """A Phrase: 确保 in Chinese, the data's own ensure otherwise."""
        return HEDGE_ZH[self] if lang == "zh" else self.value


DIRECTION_ZH = {"increase": "增加", "decrease": "减少"}
"""A directional target's direction in Chinese."""

HEDGE_ZH: dict[Hedge, str] = {Hedge.ensure: "确保", Hedge.strive: "力争", Hedge.plain: "一般"}


class Pace(str, Enum):
    linear = "linear"  # due in proportion to months elapsed
    deadline = "deadline"  # no interim pace: judged only at the deadline
    profile = "profile"  # the target's own cumulative share due by each month
    always = "always"  # levels and shares: a floor (or ceiling) to hold at every period

    def said_in(self, lang: str) -> str:
        """A Phrase: 线性 in Chinese, the data's own linear otherwise."""
        return PACE_ZH[self] if lang == "zh" else self.value


PACE_ZH = {Pace.linear: "线性", Pace.deadline: "期限", Pace.profile: "月度分布", Pace.always: "始终"}


class Frequency(str, Enum):
    """How often a target's figures are reported: a figure is owed at each period's end."""

    monthly = "monthly"
    quarterly = "quarterly"
    half_yearly = "half_yearly"
    annual = "annual"

    @property
    def months(self) -> int:
        return _MONTHS[self.value]

    def said_in(self, lang: str) -> str:
        """A Phrase: 按季报送 in Chinese, the data's own quarterly otherwise."""
        return FREQUENCY_ZH[self] if lang == "zh" else self.value


FREQUENCY_ZH = {
    Frequency.monthly: "按月报送",
    Frequency.quarterly: "按季报送",
    Frequency.half_yearly: "按半年报送",
    Frequency.annual: "按年报送",
}


_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "annual": 12}


class State(str, Enum):
    done = "done"
    pending = "pending"
    not_done = "not_done"

    def said_in(self, lang: str) -> str:
        """A Phrase: 推进中 in Chinese, the data's own pending otherwise."""
        return STATE_ZH[self] if lang == "zh" else self.value


STATE_ZH = {State.done: "已完成", State.pending: "推进中", State.not_done: "未完成"}
"""A milestone's state in Chinese: the words of the template's dropdown and of every report."""
STATE_WORDS_ZH = {word: state for state, word in STATE_ZH.items()}
"""The dropdown's words, accepted wherever a state is written."""


class Plausibility(str, Enum):
    """The codes of the plausibility warnings (docs/data-format.md): a record's ``checked``
    lists those it acknowledges."""

    unit_scale = "unit-scale"
    early_exceeded = "early-exceeded"
    ytd_doubled = "ytd-doubled"
    ytd_jump = "ytd-jump"
    yoy_jump = "yoy-jump"
    ytd_reaches_last_year = "ytd-reaches-last-year"
    part_year = "part-year"
    restatement_mismatch = "restatement-mismatch"


DERIVED = frozenset({"owner_is_default"})
"""Fields not in the data but set by the loader: left out where the data is shown as it is."""

# NamedTuples rather than dataclasses: a class is made in a twentieth of the time (a cached run
# imports this module first thing) and an instance in a third, and a tuple is smaller.


class PlausibilityLimits(NamedTuple):
    early_months: int = 3
    early_pct: float = 100
    unit_scale_pct: float = 100
    jump_factor: float = 3
    yoy_factor: float = 3
    jump_min_share_pct: float = 10
    min_items: int = 3
    ignore: tuple[Plausibility, ...] = ()


class PlanInfo(NamedTuple):
    id: str
    title_zh: str
    title_en: str
    doc_number: str
    issuer_zh: str
    issuer_en: str
    written: dt.date | None
    published: dt.date | None
    first_year: int
    last_year: int
    source: str | None = None
    language: str | None = None


class Action(NamedTuple):
    id: str
    clause: str
    name_zh: str
    name_en: str


class ResponsibleUnit(NamedTuple):
    id: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...] = ()


class Measure(NamedTuple):
    """A unit of measure. Units of one dimension convert by their factors."""

    id: str
    name_en: str
    symbol_en: str | None = None
    dimension: str = ""
    factor: float = 1.0
    min: float | None = None
    max: float | None = None
    whole: bool = False


class Thresholds(NamedTuple):
    """Points relative to the schedule (or to the target rate, for growth targets)."""

    ahead: float = 10
    watch: float = 10
    behind: float = 30


class ThresholdRule(NamedTuple):
    kind: Kind | None
    hedge: Hedge | None
    thresholds: Thresholds


class Assessment(NamedTuple):
    default: Thresholds = Thresholds()
    rules: tuple[ThresholdRule, ...] = ()
    approx_tolerance_pct: float = 5.0
    plausibility: PlausibilityLimits = PlausibilityLimits()

    def thresholds_for(self, kind: Kind, hedge: Hedge) -> "Thresholds":
        for rule in self.rules:
            if rule.kind in (None, kind) and rule.hedge in (None, hedge):
                return rule.thresholds
        return self.default


class Tolerance(NamedTuple):
    """How far from an approximate target (左右) still counts as meeting it: one of the two."""

    absolute: float | None = None
    relative_pct: float | None = None

    def width(self, target: float) -> float:
        if self.absolute is not None:
            return self.absolute
        return abs(target) * (self.relative_pct or 0.0) / 100


class DueDays(NamedTuple):
    """The day of the month after a period's end by which its figure is due, per frequency."""

    monthly: int = 10
    quarterly: int = 15
    half_yearly: int = 20
    annual: int = 31

    def day(self, frequency: Frequency) -> int:
        return int(getattr(self, frequency.value))


class Reporting(NamedTuple):
    """When figures are owed; a target can override the frequency and the due day."""

    frequency: Frequency = Frequency.monthly
    due: DueDays = DueDays()

    def due_day_of(self, target: "Target") -> int:
        """The day of the month after a period by which the target's figure is due: its own
        ``due_day``, else the calendar's for its frequency."""
        if target.due_day is not None:
            return target.due_day
        return self.due.day(target.frequency or self.frequency)


def due_date(period_year: int, end_month: int, day: int) -> dt.date:
    """The date a figure for the months to ``end_month`` of ``period_year`` is due: ``day`` of
    the next month, or that month's last day when it is shorter."""
    import calendar

    year, month = (period_year + 1, 1) if end_month == 12 else (period_year, end_month + 1)
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


class Baseline(NamedTuple):
    value: float
    year: int


class Component(NamedTuple):
    id: str
    name_zh: str
    name_en: str


class Target(NamedTuple):
    id: str
    action: str
    clause: str
    text_zh: str
    name_zh: str
    name_en: str
    kind: Kind
    value: float | None
    unit: str | None
    comparator: Comparator
    first_year: int
    last_year: int
    hedge: Hedge
    responsible: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    restates: str | None = None
    frequency: Frequency | None = None
    whole_items: bool | None = None
    full_year: bool = False
    due_day: int | None = None
    tolerance: Tolerance | None = None
    pace: Pace | None = None
    profile: tuple[float, ...] | None = None
    baseline: Baseline | None = None
    components: tuple[Component, ...] = ()
    basis: Kind | None = None
    direction: str | None = None
    range: tuple[float, float] | None = None
    note: str | None = None
    owner_is_default: bool = False
    """Its responsible unit is the plan's ``default_owner``, given because the target names
    none of its own (reports mark it as a default). Not in the data: set by the loader."""

    @property
    def lead_unit(self) -> str | None:
        return self.responsible[0] if self.responsible else None

    def with_default_owner(self, unit: str) -> "Target":
        """This target owned by ``unit`` as a default (marked: ``owner_is_default``)."""
        return self._replace(responsible=(unit,), owner_is_default=True)

    @property
    def effective_pace(self) -> Pace:
        if self.pace is not None:
            return self.pace
        if self.kind in FLOW_KINDS or self.baseline is not None:
            return Pace.linear
        return Pace.deadline

    @property
    def per_year(self) -> bool:
        """Judged year by year (its figures restart each January), not against a deadline."""
        return self.kind in (Kind.annual, Kind.one_year, Kind.growth, Kind.monitor) or (
            self.kind is Kind.composite and self.basis is not Kind.cumulative
        )


class PlanFile(NamedTuple):
    """The whole of targets.yaml."""

    schema_version: int
    plan: PlanInfo
    actions: tuple[Action, ...]
    responsible_units: tuple[ResponsibleUnit, ...]
    measures: tuple[Measure, ...]
    assessment: Assessment
    reporting: Reporting
    default_owner: str | None
    targets: tuple[Target, ...]


class Source(NamedTuple):
    document: str
    reported_by: str | None = None
    date: dt.date | None = None
    url: str | None = None


class Record(NamedTuple):
    target: str
    value: float | None = None
    unit: str | None = None
    as_of: dt.date | None = None
    source: Source | None = None
    note: str | None = None
    state: State | None = None
    evidence: str | None = None
    components: dict[str, float] | None = None
    reference: float | None = None
    checked: tuple[Plausibility, ...] = ()


class ActualsFile(NamedTuple):
    """One actuals/<PERIOD>.yaml file."""

    schema_version: int
    period: str
    illustrative: bool
    note: str | None
    source: Source | None
    records: tuple[Record, ...]
