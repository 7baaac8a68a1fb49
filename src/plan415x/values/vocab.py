"""The words of the data model: the enumerations a field takes (kinds, comparators, hedges,
paces, frequencies, states, plausibility codes, 属性, ...) and their Chinese names."""

from enum import Enum


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
    # levels and shares from a baseline: a change that compounds, due as base × (target/base)^(t/T)
    # (〔累计〕降低17%: 100 × 0.83^(2/5) after two of five years, not 100 − 17 × 2/5; issue 24)
    geometric = "geometric"

    def said_in(self, lang: str) -> str:
        """A Phrase: 线性 in Chinese, the data's own linear otherwise."""
        return PACE_ZH[self] if lang == "zh" else self.value


PACE_ZH = {
    Pace.linear: "线性",
    Pace.deadline: "期限",
    Pace.profile: "月度分布",
    Pace.always: "始终",
    Pace.geometric: "几何进度",
}


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


class RankMeasure(str, Enum):
    """How the 季晾晒 measures a unit (``views.rank``)."""

    capped_gap = "capped_gap"  # mean of each counted target's gap floored at 0 (平均欠进度)


class Explanations(str, Enum):
    """Which rows of the template ask for 滞后原因 and 下步措施."""

    lagging = "lagging"
    """The rows whose target was yellow or red in the last period published before the
    template's (``published/``), else in the last period judged before it."""
    all = "all"
    """Every row."""


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
