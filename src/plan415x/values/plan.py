"""targets.yaml: the plan, its actions, units, measures, assessment and targets."""

# No `from __future__ import annotations`: the fields' types are objects the codec reads as they
# are (typing.get_type_hints would evaluate every one at each start).

import datetime as dt
from typing import Annotated, NamedTuple

from plan415x.fields import (
    ID,
    REQUIRED,
    VERSION,
    Default,
    Doc,
    Line,
    MinLength,
    Number,
    Pattern,
    Range,
    Text,
)
from plan415x.values.reporting import DAY, Publishing, Reporting
from plan415x.values.vocab import (
    FLOW_KINDS,
    Attribute,
    BaseChange,
    Comparator,
    Frequency,
    Good,
    Hedge,
    Kind,
    Pace,
    Plausibility,
    RankMeasure,
)

MAX_MAGNITUDE = 1e15
"""The largest figure, in magnitude: no figure of a county's plan comes near it, and sums and
ratios of larger ones overflow to infinity, which no report (JSON least of all) can carry."""


DERIVED = frozenset({"owner_is_default"})
"""Fields not in the data but set by the loader: left out where the data is shown as it is."""
_YEAR = Range(ge=1900, le=2200)

# NamedTuples rather than dataclasses: a class is made in a twentieth of the time (a cached run
# imports this module first thing) and an instance in a third, and a tuple is smaller.


class PlausibilityLimits(NamedTuple):
    """When a figure is implausible enough to warn (never to refuse): see docs/data-format.md."""

    early_months: Annotated[
        int,
        Range(ge=1, le=11),
        Doc("early-exceeded and ytd-reaches-last-year: periods ending at or before this month (3: 1-3月)."),
    ] = 3
    early_pct: Annotated[
        float, Range(gt=0), Doc("early-exceeded: completion above this % of the year's target that early.")
    ] = 100
    unit_scale_pct: Annotated[
        float,
        Range(gt=0),
        Doc(
            "unit-scale: converted figure above this % of the year's target before December,"
            " while the number as typed, read in the target's unit, is not."
        ),
    ] = 100
    jump_factor: Annotated[
        float,
        Range(gt=1),
        Doc("ytd-jump: the period's increase per month above this many times the pace so far."),
    ] = 3
    yoy_factor: Annotated[
        float, Range(gt=1), Doc("yoy-jump: the figure above this many times the same months of last year.")
    ] = 3
    jump_min_share_pct: Annotated[
        float,
        Range(ge=0),
        Doc("ytd-jump and yoy-jump: only when the increase is at least this % of the year's target."),
    ] = 10
    min_items: Annotated[
        int,
        Range(ge=1),
        Doc(
            "ytd-doubled, ytd-jump and yoy-jump of counts of whole items: only when the"
            " increase is at least this many items (1 project becoming 2 is no slip)."
        ),
    ] = 3
    ignore: Annotated[tuple[Plausibility, ...], Doc("Warning codes not checked at all.")] = ()


class PlanInfo(NamedTuple):
    id: Annotated[str, ID, Doc("Short id of the plan.")]
    title_zh: Line
    title_en: Annotated[Line, Default(""), Doc("The title in English (default: title_zh).")]
    doc_number: Annotated[
        Line, Default(""), Doc("文号, e.g. 瑞政办〔2023〕49号; none for a plan without one (a work report).")
    ]
    issuer_zh: Line
    issuer_en: Annotated[Line, Default(""), Doc("The issuer in English (default: issuer_zh).")]
    written: Annotated[dt.date | None, Default(None), Doc("成文日期.")]
    published: Annotated[dt.date | None, Default(None), Doc("发布日期.")]
    first_year: Annotated[int, _YEAR, Doc("First year of the plan's span.")]
    last_year: Annotated[int, _YEAR, Doc("Last year of the plan's span.")]
    source: Annotated[Text | None, Doc("Where the plan's text can be read.")] = None
    language: Annotated[
        str | None,
        Pattern("^(zh|en)$"),
        Doc(
            "zh or en: the language of validate, import, reporting and explain when --lang is not"
            " given (default: English for validate and import, Chinese for reporting)."
        ),
    ] = None


class Action(NamedTuple):
    id: Annotated[str, ID]
    clause: Annotated[Line, Doc("Where the action stands in the plan, e.g. 二(一).")]
    name_zh: Line
    name_en: Line


class ResponsibleUnit(NamedTuple):
    id: Annotated[str, ID]
    name_zh: Line
    name_en: Line
    aliases: Annotated[tuple[Line, ...], Doc("Other spellings found in documents.")] = ()
    group: Annotated[
        Line | None,
        Doc("Its peer group in the 季晾晒 (e.g. 综合部门, 专业部门): units are ranked within their group."),
    ] = None


class Measure(NamedTuple):
    """A unit of measure. Units of one dimension convert by their factors."""

    id: Annotated[Line, MinLength(1), Doc("The unit as written, e.g. 亩, 亿元, %.")]
    name_en: Line
    symbol_en: Annotated[
        Line | None, Doc("Short form in English reports (default: name_en), e.g. 10k tce.")
    ] = None
    # Required of the data; the default is for the built-in units (plan415x.units).
    dimension: Annotated[Line, MinLength(1), REQUIRED, Doc("Units convert only within a dimension.")] = ""
    # Bounded as figures are (1e-15 to 1e15): a figure (at most 1e15) converted between two
    # units stays below 1e45, finite, where a factor of 1e307 made 60 公顷 infinity (inf%, green).
    factor: Annotated[
        float,
        Range(ge=1 / MAX_MAGNITUDE, le=MAX_MAGNITUDE),
        Doc("Size in the dimension's base unit, from 1e-15 to 1e15."),
    ] = 1.0
    min: Annotated[float | None, Doc("Smallest valid actual value (0 for counts).")] = None
    max: Annotated[float | None, Doc("Largest valid actual value (100 for shares).")] = None
    whole: Annotated[
        bool,
        Doc(
            "Counts of whole items (个, 家, 项): a target in this unit is owed in whole items"
            " by each period, rounded down (a target of 1 a year is owed only in December)."
        ),
    ] = False


class Thresholds(NamedTuple):
    """Points relative to the schedule (or to the target rate, for growth targets)."""

    ahead: Annotated[float, Range(ge=0), Doc("At least this many points above: ahead.")] = 10
    watch: Annotated[float, Range(ge=0), Doc("Below schedule by at most this: watch.")] = 10
    behind: Annotated[float, Range(ge=0), Doc("Below by more than watch, at most this: behind.")] = 30


class ThresholdRule(NamedTuple):
    kind: Annotated[Kind | None, Default(None)]
    hedge: Annotated[Hedge | None, Default(None)]
    thresholds: Thresholds


class RankSettings(NamedTuple):
    """How the 季晾晒 (``plan415x rank``) ranks the responsible units (docs/collection.md)."""

    measure: Annotated[
        RankMeasure,
        Doc(
            "capped_gap: the mean over a unit's counted targets of how far each is behind"
            " the schedule (百分点), an early one counting 0: being early never offsets being behind."
        ),
    ] = RankMeasure.capped_gap
    min_targets: Annotated[
        int, Range(ge=1), Doc("A unit with fewer counted targets is listed as 不参与排名, not ranked.")
    ] = 3
    groups: Annotated[
        tuple[Line, ...],
        Doc(
            "The order of the peer groups (responsible_units' group); groups not listed follow"
            " in the order of their first unit."
        ),
    ] = ()


class Assessment(NamedTuple):
    default: Thresholds = Thresholds()
    rules: Annotated[
        tuple[ThresholdRule, ...], Doc("First rule whose kind and hedge match wins; else default.")
    ] = ()
    approx_tolerance_pct: Annotated[
        float,
        Range(ge=0),
        Doc("For comparator approx, in % of the target; at least one item for counts of whole items."),
    ] = 5.0
    plausibility: Annotated[
        PlausibilityLimits, Doc("Thresholds of the plausibility warnings (never errors).")
    ] = PlausibilityLimits()
    ranking: Annotated[RankSettings, Doc("How the 季晾晒 ranks the units.")] = RankSettings()

    def thresholds_for(self, kind: Kind, hedge: Hedge) -> "Thresholds":
        for rule in self.rules:
            if rule.kind in (None, kind) and rule.hedge in (None, hedge):
                return rule.thresholds
        return self.default


class Tolerance(NamedTuple):
    """How far from an approximate target (左右) still counts as meeting it: one of the two."""

    absolute: Annotated[float | None, Range(ge=0), Doc("In the target's unit, e.g. 1 for 15家左右.")] = None
    relative_pct: Annotated[float | None, Range(ge=0), Doc("In % of the target, e.g. 5.")] = None

    def width(self, target: float) -> float:
        if self.absolute is not None:
            return self.absolute
        return abs(target) * (self.relative_pct or 0.0) / 100


class Baseline(NamedTuple):
    value: Number
    year: Annotated[int, Doc("The level is taken as of the end of this year.")]


class Component(NamedTuple):
    id: Annotated[str, ID]
    name_zh: Line
    name_en: Line


class FromBase(NamedTuple):
    change: Annotated[BaseChange, Doc("How the target is written against the baseline's value.")]
    by: Annotated[Number, Range(gt=0), Doc("N, as the text gives it (a positive figure; 翻一番: times 2).")]

    def level(self, base: float) -> float:
        """The level due: base changed as the text says (降低13.5%: base × 0.865)."""
        n = float(self.by)
        match self.change:
            case BaseChange.points_up:
                return base + n
            case BaseChange.points_down:
                return base - n
            case BaseChange.pct_up:
                return base * (1 + n / 100)
            case BaseChange.pct_down:
                return base * (1 - n / 100)
            case BaseChange.times:
                return base * n


class Target(NamedTuple):
    id: Annotated[str, ID, Doc("Stable id, ascii.")]
    action: Annotated[Line, Doc("Id of the action (行动) it belongs to.")]
    clause: Annotated[Line, Doc("Where it stands, e.g. 二(一)1 or 附件 任务3.")]
    text_zh: Annotated[Text, Doc("The plan's wording, as printed, flaws included.")]
    name_zh: Line
    name_en: Line
    kind: Kind
    value: Annotated[
        Number | None,
        Default(None),
        Doc("The figure; null where the text lost it (say so in note); none for monitor."),
    ]
    unit: Annotated[Line | None, Default(None), Doc("A measure id; none for milestones.")]
    comparator: Annotated[Comparator, Default(Comparator.ge)]
    first_year: Annotated[int, Doc("First year it applies to (for a span, its start).")]
    last_year: Annotated[int, Doc("Last year it applies to (for a level, the year it is due).")]
    hedge: Hedge
    responsible: Annotated[tuple[Line, ...], Doc("Unit ids, the lead unit (牵头单位) first.")] = ()
    # Collection (issue 23): who supplies the figure, and in what unit a relative one is given.
    supplied_by: Annotated[
        str | None,
        ID,
        Doc(
            "The unit id that supplies its figures (填报单位: its template sheet, the record's"
            " reported_by, its 报送率); default the lead unit. The ranking still judges the lead unit."
        ),
    ] = None
    figure_unit: Annotated[
        Line | None,
        Doc(
            "Relative targets: the measure the figure and its reference are given in (万元/人),"
            " shown as the template's 计量单位; the target's own unit is its margin's (%)."
        ),
    ] = None
    links: Annotated[
        tuple[Line, ...], Doc("Ids of related targets (each links back); a restatement uses restates.")
    ] = ()
    reference_target: Annotated[
        str | None,
        ID,
        Doc(
            "Relative targets: the id of the target whose figure for the same period is the"
            " reference (居民收入增长和经济增长同步: gdp-growth), read from the data, never typed on"
            " the record; without that figure the target has none either (no_data)."
        ),
    ] = None
    restates: Annotated[
        str | None,
        ID,
        Doc(
            "Id of the target this one restates (the same target written again, e.g. in a"
            " year's task list): both are judged and shown, and the two count once, by the worse"
            " judgement of the two (a tie: this one, when it is for a single year)."
        ),
    ] = None
    frequency: Annotated[
        Frequency | None, Doc("How often its figures are reported (default: the plan's reporting frequency).")
    ] = None
    whole_items: Annotated[
        bool | None, Doc("Owed in whole items by each period (default: the unit's whole).")
    ] = None
    full_year: Annotated[
        bool,
        Doc(
            "A level or share whose figure is a whole year's total (产值, 集群规模, 亩均增加值):"
            " judged only on figures of periods ending in December, owed once a year (frequency annual);"
            " a part-year figure draws the warning part-year and is not judged."
        ),
    ] = False
    due_day: Annotated[
        int | None,
        DAY,
        Doc(
            "Day of the month after the period by which its figure is due (default: the"
            " plan's reporting.due for its frequency)."
        ),
    ] = None
    tolerance: Annotated[
        Tolerance | None,
        Doc(
            "With comparator approx (左右): how far from the target still meets it"
            " (default: assessment.approx_tolerance_pct of the target, at least one item for counts of"
            " whole items)."
        ),
    ] = None
    pace: Annotated[
        Pace | None,
        Doc(
            "Default: linear for flows; for levels, linear along the baseline's path when"
            " there is one, else deadline (judged when due). always: a level to hold at every period."
            " geometric: a level's change that compounds from its baseline (〔累计〕降低17%: due"
            " base × 0.83^(years/5), not pro-rated)."
        ),
    ] = None
    profile: Annotated[
        tuple[Number, ...] | None,
        Doc("With pace profile: 12 cumulative % of the year's target due by each month."),
    ] = None
    baseline: Annotated[Baseline | None, Doc("Levels/shares: judge against a path from it.")] = None
    components: Annotated[tuple[Component, ...], Doc("Composite: what is counted.")] = ()
    basis: Annotated[Kind | None, Doc("Composite: annual, one_year or cumulative.")] = None
    direction: Annotated[str | None, Pattern("^(increase|decrease)$"), Doc("Directional.")] = None
    range: Annotated[tuple[Number, Number] | None, Doc("Valid actual values, overriding the unit's.")] = None
    upper: Annotated[
        Number | None,
        Doc(
            "With comparator between (a range: 5%—5.5%, 保持在A-B之间): the upper bound; value is"
            " the lower. For growth, level and share targets."
        ),
    ] = None
    good: Annotated[
        Good | None,
        Doc(
            "With comparator approx (左右) or between (a range): which side is good. up (default; GDP增长5%左右): below"
            " the tolerance is a miss, above is met (▲); down (居民消费价格涨幅3%左右, 失业率5.5%左右):"
            " a ceiling in practice, above the tolerance is a miss; point: a miss on either side. A range"
            " reads the same with its bounds (努力争取更好结果: up, above the range is fine)."
        ),
    ] = None
    attribute: Annotated[
        Attribute | None,
        Doc(
            "属性 of an outline's or a work report's indicator: binding (约束性: binding as"
            " hedge ensure is, marked ★) or expected (预期性: judged the same, said as 预期性)."
        ),
    ] = None
    from_base: Annotated[
        FromBase | None,
        Doc(
            "Level and share: the target written against baseline (提高N个百分点, 降低N%, 翻一番): value is"
            " then the level this gives, computed (left out, or given equal)."
        ),
    ] = None
    note: Text | None = None
    owner_is_default: bool = False
    """Its responsible unit is the plan's ``default_owner``, given because the target names
    none of its own (reports mark it as a default). Not in the data: set by the loader."""

    @property
    def binding(self) -> bool:
        """Binding: 确保 (hedge ensure) or 约束性 (attribute binding), marked ★."""
        return self.hedge is Hedge.ensure or self.attribute is Attribute.binding

    @property
    def judged_hedge(self) -> Hedge:
        """The hedge its thresholds are looked up by: a 约束性 target's is ensure."""
        return Hedge.ensure if self.attribute is Attribute.binding else self.hedge

    @property
    def effective_good(self) -> Good:
        return self.good or Good.up

    @property
    def is_ceiling(self) -> bool:
        """A ceiling: <=, <, or 左右 whose good side is down (CPI 3%左右): a limit not to pass,
        of which a share used is not a share done."""
        return self.comparator in (Comparator.le, Comparator.lt) or (
            self.comparator in (Comparator.approx, Comparator.between) and self.good is Good.down
        )

    @property
    def goal_value(self) -> float | None:
        """The figure completion is taken against: a range's upper bound when it is a ceiling
        (good: down), else the value (a range's lower bound)."""
        if self.comparator is Comparator.between and self.good is Good.down:
            return self.upper
        return self.value

    @property
    def lead_unit(self) -> str | None:
        return self.responsible[0] if self.responsible else None

    @property
    def supplier(self) -> str | None:
        """The unit that supplies its figures: ``supplied_by``, else the lead unit."""
        return self.supplied_by or self.lead_unit

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

    schema_version: Annotated[int, VERSION, Default(1)]
    plan: PlanInfo
    actions: tuple[Action, ...]
    responsible_units: tuple[ResponsibleUnit, ...]
    measures: Annotated[
        tuple[Measure, ...],
        Default(()),
        Doc(
            "Units of measure of the plan's own, beyond the built-in ones (plan415x units"
            " lists them); one with a built-in id overrides it."
        ),
    ]
    assessment: Annotated[Assessment, Default(Assessment())]
    reporting: Annotated[Reporting, Default(Reporting())]
    default_owner: Annotated[
        str | None,
        ID,
        Default(None),
        Doc(
            "A unit id: the responsible unit of every target that names none (reports"
            " mark it as a default; `plan415x targets --no-owner` lists those targets)."
        ),
    ]
    publishing: Annotated[
        Publishing | None,
        Default(None),
        Doc("The 通报's 公文 parts: 发文机关, 文号, 主送, 落款, 抄送, 印发 (docs/publishing.md)."),
    ]
    targets: tuple[Target, ...]
