"""The plan and its figures as plain frozen values (NamedTuples): what the engine, the rules,
the reports and the workbook work on.

pydantic validates at the edge (plan415x.model: every field checked, every problem located);
what comes out is converted once into these values, which import nothing but the standard
library. A dataset from the cache is rebuilt from them without importing pydantic or a YAML
parser at all (plan415x.codec). Each field is declared here only, with what the edge checks of
it in ``typing.Annotated`` (plan415x.fields: its description, its bounds, the form of its text):
plan415x.model builds each model from its class, and the JSON Schemas take the descriptions
from there. The methods are the ones the rest of the code asks of a target or a plan.
"""

# No `from __future__ import annotations`: the fields' types are objects the codec reads as they
# are (typing.get_type_hints would evaluate every one at each start).

import datetime as dt
from enum import Enum
from typing import Annotated, NamedTuple

from plan415x.fields import (
    ID,
    REQUIRED,
    STATE,
    Default,
    Doc,
    Line,
    MinLength,
    Number,
    Pattern,
    PeriodText,
    Range,
    Text,
)

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
    average_growth = "average_growth"
    """年均增长 over a five-year span (issue 24): the compound rate from the base year's level."""

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
    Kind.average_growth: "年均增速",
}
"""Each kind in Chinese (explain and the score's lines say it the same way)."""


class Comparator(str, Enum):
    ge = ">="
    gt = ">"
    le = "<="
    lt = "<"
    eq = "=="
    approx = "approx"
    between = "between"  # a range, 5%—5.5%: value the lower bound, upper the upper (issue 24)

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
    Comparator.between: "区间",
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

# What the edge checks of fields of several classes (plan415x.fields; plan415x.model builds the
# models from these declarations).
_DAY = Range(ge=1, le=31)
_YEAR = Range(ge=1900, le=2200)
_VERSION = Range(ge=1, le=1)

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


class RankMeasure(str, Enum):
    """How the 季晾晒 measures a unit (``views.rank``)."""

    capped_gap = "capped_gap"  # mean of each counted target's gap floored at 0 (平均欠进度)


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


class DueDays(NamedTuple):
    """The reporting calendar: the day of the month after a period's end by which its figure is
    due, per reporting frequency (a day past the month's end is its last day: 31 in February is
    the 28th or 29th)."""

    monthly: Annotated[int, _DAY, Doc("Monthly figures: due on this day of the next month.")] = 10
    quarterly: Annotated[int, _DAY, Doc("Quarterly figures (1-3月, 1-6月, 1-9月).")] = 15
    half_yearly: Annotated[int, _DAY, Doc("Half-yearly figures (1-6月, 1-12月).")] = 20
    annual: Annotated[int, _DAY, Doc("Annual figures: due on this day of January.")] = 31

    def day(self, frequency: Frequency) -> int:
        return int(getattr(self, frequency.value))


class CalendarYear(NamedTuple):
    """One year's official arrangement of days off and days worked (国务院办公厅关于YYYY年部分节假日
    安排的通知), for a year the built-in calendar does not know yet, or to correct it."""

    year: Annotated[int, Range(ge=1900, le=2100), Doc("The year, e.g. 2027.")]
    holidays: Annotated[
        tuple[dt.date, ...],
        Doc("Every day off of the year's public holidays (放假), weekends among them or not."),
    ] = ()
    workdays: Annotated[
        tuple[dt.date, ...], Doc("Weekend days worked in exchange (调休上班), e.g. a Saturday before 春节.")
    ] = ()


class Explanations(str, Enum):
    """Which rows of the template ask for 滞后原因 and 下步措施."""

    lagging = "lagging"
    """The rows whose target was yellow or red in the last period published before the
    template's (``published/``), else in the last period judged before it."""
    all = "all"
    """Every row."""


class Contact(NamedTuple):
    """Whom a unit calls about its template: the office that collects the figures (联系人, 电话)."""

    name: Annotated[Line, MinLength(1), Doc("The person, as the template's 联系人 gives it.")]
    phone: Annotated[Line, MinLength(1), Doc("The telephone, as the template's 电话 gives it.")]


class Reporting(NamedTuple):
    """When figures are owed; a target can override the frequency and the due day. A due date on
    a weekend or a public holiday moves to the next working day by China's official calendar."""

    frequency: Annotated[Frequency, Doc("monthly, quarterly, half_yearly or annual.")] = Frequency.monthly
    contact: Annotated[
        Contact | None,
        Doc("Whom units call about the template (its 联系人/电话); none: the template names no one."),
    ] = None
    due: Annotated[
        DueDays, Doc("Day of the month after the period by which figures are due, per frequency.")
    ] = DueDays()
    merge_january: Annotated[
        bool,
        Doc(
            "True when January's figures are not reported alone (statistics merge 1-2月): no figure is"
            " owed for January, the first of the year is 1-2月's."
        ),
    ] = False
    calendar: Annotated[
        tuple[CalendarYear, ...],
        Doc(
            "Days off and days worked of years the built-in calendar (the chinesecalendar package)"
            " does not know, or corrections to it: a due date falls on the next working day."
        ),
    ] = ()
    explanations: Annotated[
        Explanations,
        Doc(
            "Which rows of the template ask for 滞后原因 and 下步措施: lagging (those yellow or red"
            " in the last period published, else the last judged, before the template's) or all."
        ),
    ] = Explanations.lagging

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
    value: Number
    year: Annotated[int, Doc("The level is taken as of the end of this year.")]


class Component(NamedTuple):
    id: Annotated[str, ID]
    name_zh: Line
    name_en: Line


class Good(str, Enum):
    """Which side of an approximate target (左右) is the good one: the way an economist reads
    the report's figure (issue 24)."""

    up = "up"
    """A floor in practice (GDP增长5%左右): below the tolerance is a miss; above it is over the
    target (▲) and met. The default: what an approximate target has always meant here."""
    down = "down"
    """A ceiling in practice (居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右): above the
    tolerance is a miss; below it is met."""
    point = "point"
    """A true point target: beyond the tolerance on either side is a miss."""

    def said_in(self, lang: str) -> str:
        """A Phrase: 越高越好 in Chinese, the data's own up otherwise."""
        return GOOD_ZH[self] if lang == "zh" else self.value


GOOD_ZH = {Good.up: "越高越好", Good.down: "越低越好", Good.point: "越接近越好"}


class Attribute(str, Enum):
    """属性 of a target in a five-year outline or a work report."""

    binding = "binding"
    """约束性: binding, as 确保 is (★): a miss is a failure."""
    expected = "expected"
    """预期性: judged and counted as any other target, and said as 预期性 wherever it is listed."""

    def said_in(self, lang: str) -> str:
        """A Phrase: 约束性 in Chinese, the data's own binding otherwise."""
        return ATTRIBUTE_ZH[self] if lang == "zh" else self.value


ATTRIBUTE_ZH = {Attribute.binding: "约束性", Attribute.expected: "预期性"}


# A five-year table's arithmetic (issue 24, items 2 and 3): a target written against its base year.
class BaseChange(str, Enum):
    """How a target is written against its base (基期) value, in the table's own words."""

    points_up = "points_up"
    """提高N个百分点: base + N."""
    points_down = "points_down"
    """降低N个百分点: base − N."""
    pct_up = "pct_up"
    """增长N%: base × (1 + N/100)."""
    pct_down = "pct_down"
    """降低N%: base × (1 − N/100)."""
    times = "times"
    """达到基期的N倍 (翻一番: N = 2): base × N."""

    def said_in(self, lang: str) -> str:
        """A Phrase: 提高(个百分点) in Chinese, the data's own points_up otherwise."""
        return BASE_CHANGE_ZH[self] if lang == "zh" else self.value


BASE_CHANGE_ZH = {
    BaseChange.points_up: "提高(个百分点)",
    BaseChange.points_down: "降低(个百分点)",
    BaseChange.pct_up: "增长(%)",
    BaseChange.pct_down: "降低(%)",
    BaseChange.times: "乘以(倍)",
}


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
        _DAY,
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


class Publishing(NamedTuple):
    """How the 通报 goes out as a 公文 (GB/T 9704-2012): its 版头, 主送, 落款 and 版记. Every
    field may be left out; a 通报 without 发文机关 or 文号 is a draft and says so, and what is
    left out is never made up."""

    issuer: Annotated[Line | None, Doc("发文机关, as the 版头 prints it, e.g. 瑞安市经济和信息化局.")] = None
    doc_number: Annotated[
        Line | None,
        Doc(
            "文号 of the 通报: 发文机关代字〔年份〕序号号, e.g. 瑞经信〔{year}〕{number}号. {year} is"
            " the year the 通报 is issued (the period's, or the next for a period ending in"
            " December), {number} the 序号 the office assigns at issue: the draft leaves it to"
            " fill (【待填写】). Other text is printed as written."
        ),
    ] = None
    to: Annotated[Line | None, Doc("主送机关, e.g. 各有关单位 (the colon is added).")] = None
    signer: Annotated[Line | None, Doc("落款 (发文机关署名); default: the issuer.")] = None
    cc: Annotated[tuple[Line, ...], Doc("抄送机关, in order.")] = ()
    printed_by: Annotated[
        Line | None, Doc("印发机关 of the 版记, e.g. 瑞安市经济和信息化局办公室; the date is the analyst's.")
    ] = None
    illustrative: Annotated[
        bool, Doc("True when these are examples, not the office's real 版头: every 通报 says so.")
    ] = False


class PlanFile(NamedTuple):
    """The whole of targets.yaml."""

    schema_version: Annotated[int, _VERSION, Default(1)]
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


class Source(NamedTuple):
    document: Annotated[Line, MinLength(1), Doc("Which document or report the figure is from.")]
    reported_by: Annotated[Line | None, Doc("The unit that reported it (an id or a name).")] = None
    date: dt.date | None = None
    url: Line | None = None


class Record(NamedTuple):
    target: Annotated[Line, Doc("A target id from targets.yaml.")]
    value: Annotated[Number | None, Doc("Year-to-date for flows, as reported; latest for levels.")] = None
    unit: Annotated[Line | None, Doc("Defaults to the target's unit; converted if compatible.")] = None
    as_of: dt.date | None = None
    source: Annotated[Source | None, Doc("Defaults to the file's source.")] = None
    note: Annotated[Text | None, Doc("口径 and caveats.")] = None
    state: Annotated[
        Annotated[State, STATE] | None,
        Doc("Milestones: done, pending or not_done (or 已完成, 推进中, 未完成)."),
    ] = None
    evidence: Text | None = None
    components: Annotated[dict[Line, Number] | None, Doc("Composite: value per component id.")] = None
    reference: Annotated[Number | None, Doc("Relative/directional: the value compared with.")] = None
    checked: Annotated[
        tuple[Plausibility, ...],
        Doc("Plausibility warnings checked and found right (e.g. [ytd-jump]): not shown again."),
    ] = ()
    reason: Annotated[
        Text | None,
        Doc("滞后原因: the unit's own words on why the target lags, quoted verbatim by the 通报."),
    ] = None
    next_steps: Annotated[
        Text | None,
        Doc("下步措施: the unit's own words on what it will do, quoted verbatim by the 通报."),
    ] = None


class ActualsFile(NamedTuple):
    """One actuals/<PERIOD>.yaml file."""

    schema_version: Annotated[int, _VERSION, Default(1)]
    period: Annotated[PeriodText, Doc("Must match the file name, e.g. 2023Q2.")]
    illustrative: Annotated[bool, Default(False), Doc("True for sample figures that are not official.")]
    note: Annotated[Text | None, Default(None)]
    source: Annotated[Source | None, Default(None), Doc("Default source of every record.")]
    records: Annotated[tuple[Record, ...], Default(())]
