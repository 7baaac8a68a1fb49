"""The steps of ``explain`` in Chinese: each English template (the key, as the rules write it)
mapped to its Chinese form with the same placeholders, in the same order.

Three tables, all checked by tests/test_steps_zh.py, which reads every step the rules can emit
from their source (ast), so a new rule cannot forget its Chinese:

- ``STEPS``: ``step("...")`` templates and plain-string steps, caveats included;
- ``PATTERNS``: f-string steps, keyed by their source text (``{expr}`` as written); the English
  line is matched back and each placeholder translated by the kind ``EXPRESSIONS`` gives it;
- ``RULES``: a short Chinese statement of each kind's formula (the docstrings stay English:
  docs/rules.md is generated from them).

Every equation keeps its numbers and operators, so what is true in English is true in Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from plan415x import values
from plan415x.periods import Period
from plan415x.results import Status
from plan415x.values import Kind

STEPS: dict[str, str] = {
    # common.py
    "stale: the figure is of {}, older than the one owed by {} ({} reporting, owed to"
    " {}); it is judged against the months owed, not its own": "数据滞后: 该数据为{},早于{}应报的数据"
    "({},应报至{});按应报月份的序时进度判定,而非该数据自身的月份",
    "in whole items (整项计): {} × {}% = {}, rounded down: {} of {} owed by now": "整项计: {} × {}% = {},"
    "向下取整: 至今应完成{}(共{})",
    "in whole items (整项计): {} × {}% = {}, rounded up: {} of {} allowed by now": "整项计: {} × {}% = {},"
    "向上取整: 至今允许{}(共{})",
    "the light by whole items (整项计), before the deadline: {} owed by now, {} reached, {} short: {}": "期限前"
    "灯号按整项计: 至今应完成{},实际{},差{}: {}",
    "the light by whole items (整项计), before the deadline: {} allowed by now, {} used, {} over: {}": "期限前"
    "灯号按整项计: 至今允许{},已用{},超出{}: {}",
    "completion = actual / target = {} / {} {} = {}%": "完成率 = 实际 / 目标 = {} / {}{} = {}%",
    "still needed = {} {} over {} months = {} {}/month": "尚需 = {}{},余{}个月,每月需{}{}",
    "schedule (序时进度) = {}/{} months = {}%": "序时进度 = {}/{}个月 = {}%",
    "time elapsed of the span (时间进度) = {}/{} months = {}%": "时间进度 = {}/{}个月 = {}%",
    "planned schedule (计划进度, the target's profile) at month {} = {}%": "计划进度(该指标自定的月度分布)"
    "至{}月 = {}%",
    "expected by now = {} × {}% = {} {}": "至今应完成 = {} × {}% = {}{}",
    "forecast at this pace = {} / {}% = {} {}": "按此进度预计期末 = {} / {}% = {}{}",
    "{} {} {} is exceeded: {}": "已突破{} {}{}: {}",
    "{} is over the target {} by more than its tolerance ±{}: over the target, not behind": "{}超出目标{},"
    "超过允许偏差±{}: 属超出目标,不算滞后",
    "|{} − {}| ≤ {}: within the tolerance: achieved": "|{} - {}| ≤ {}: 在允许偏差内: 已完成",
    "{} {} {}: the target is met: achieved": "{} {} {}: 目标已达成: 已完成",
    "the period checked is the last chance, but the latest figure is of {}: the final"
    " figure is owed": "本期为最后判定期,但最新数据为{}: 尚欠最终数据",
    "the period checked is the last chance and {} {} {} is not met: missed": "本期为最后判定期,"
    "{} {} {}未达到: 未完成",
    "no interim pace (judged at the deadline only): not_due": "无序时进度(仅在期限时判定): 未到期",
    "gap = used − schedule = {} − {} = {}": "差值 = 已用 - 序时进度 = {} - {} = {}",
    "gap = schedule − completion = {} − {} = {}": "差值 = 序时进度 - 完成率 = {} - {} = {}",
    "points (ahead: ≥{} above; watch: ≤{} below; behind: ≤{} below; off_track: further): {}": "按百分点"
    "判定(超进度: 高于≥{}; 关注: 低于≤{}; 滞后: 低于≤{}; 严重滞后: 更多): {}",
    "latest figure ({}) = {} {}": "最新数据({}) = {}{}",
    "stale: the figure is of {}, older than the one owed by {} ({} reporting, owed to {})": "数据滞后:"
    " 该数据为{},早于{}应报的数据({},应报至{})",
    "the plan's text lost the target's figure (see its note): undefined in every period": "方案原文缺失"
    "该目标数值(见备注): 各期均为目标缺失",
    # flow.py, cumulative.py
    "year-to-date actual ({}) = {} {}": "本年累计完成({}) = {}{}",
    "{}: {} {} ({})": "{}年: {}{}({})",
    "running total since {} = {} {}": "{}年以来累计 = {}{}",
    "no figure since the span began": "期内尚无数据",
    # level.py
    "latest level ({}) = {} {}": "最新水平({}) = {}{}",
    "due by the end of {}: {} {} {}": "{}年底应达到: {} {}{}",
    "path from the baseline {} (end of {}): completion = ({} − {}) / ({} − {}) = {}%": "自基期值{}({}年底)"
    "起: 完成率 = ({} - {}) / ({} - {}) = {}%",
    "schedule = {}/{} months = {}%; expected = {} {}": "时间进度 = {}/{}个月 = {}%; 至今应达到{}{}",
    "in whole items (整项计): {} {} owed by now": "整项计: 至今应达到{}{}",
    "completion = {} / {} = {}% of the level due": "完成率 = {} / {} = {}%(对应应达水平)",
    "a level of {} is within the ceiling {}: completion {}%": "水平{}在上限{}以内: 完成率{}%",
    "completion = ceiling / level = {} / {} = {}%": "完成率 = 上限 / 水平 = {} / {} = {}%",
    "the deadline period is the last chance, but the latest figure is of {}: the final figure is owed": "期限"
    "所在期为最后判定期,但最新数据为{}: 尚欠最终数据",
    "{} is over the level {} by more than its tolerance ±{}: over the target, not behind": "{}超出目标水平{},"
    "超过允许偏差±{}: 属超出目标,不算滞后",
    "== {} {} is exceeded: {}": "超过须恰好等于的目标{}{}: {}",
    "{} {} {}: the level is reached: achieved": "{} {} {}: 已达到目标水平: 已完成",
    "the deadline period is the last chance and {} {} {} is not met: missed": "期限所在期为最后判定期,"
    "{} {} {}未达到: 未完成",
    "judged when due (pace deadline, no baseline): not_due until the end of {}; {} {} to go": "到期时判定"
    "(期限进度,无基期值): {}年底前为未到期; 距目标尚差{}{}",
    "a zero target gives no ratio: not_assessable": "目标为0,无法计算比率: 无法判定",
    "a zero target gives no ratio": "目标为0,无法计算比率",
    "gap = {} − {} = {} points: {}": "差值 = {} - {} = {}个百分点: {}",
    "no figure reported yet": "尚未报送数据",
    "no full-year figure reported yet": "尚未报送全年数据",
    "a full-year total: the figure of {} ({} {}) covers part of the year and is not judged": "全年总量指标:"
    "{}的数据({}{})仅为部分月份,不作判定",
    # growth.py
    "year-to-date growth ({}) = {}%": "累计同比增长({}) = {}%",
    "the year-end period is the last chance, but the latest rate is of {}: the final rate is owed": "年末"
    "为最后判定期,但最新增速为{}: 尚欠全年增速",
    "year-end rate {}% against the target {} {}% (rates are never pro-rated): {}": "全年增速{}%,目标"
    "{} {}%(增速不按序时折算): {}",
    "gap = {} points between the target {} {}% and the actual {}% (rates are never pro-rated): {}": "差值"
    " = {}个百分点,目标{} {}%,实际{}%(增速不按序时折算): {}",
    # relative.py
    "actual ({}) = {}": "实际({}) = {}",
    "no reference value given: not_assessable": "未提供参照值: 无法判定",
    "required = reference × (1 + {}%) = {} × {} = {}": "应达值 = 参照值 × (1 + {}%) = {} × {} = {}",
    "a reference ≤ 0 gives no ratio: not_assessable": "参照值 ≤ 0,无法计算比率: 无法判定",
    "completion = {} / {} = {}%: {}": "完成率 = {} / {} = {}%: {}",
    # directional.py
    "actual ({}) = {} {}": "实际({}) = {}{}",
    "compared with the same months of last year ({})": "与上年同期({})比较",
    "no previous value to compare with: not_assessable": "无可比较的前值: 无法判定",
    "change = {} − {} = {} ({} wanted): {}": "变化 = {} - {} = {}(要求{}): {}",
    # milestone.py
    "stale: the state is of {}, older than the one owed by {} ({} reporting, owed to {});"
    " a stale state is never green: watch at most": "数据滞后: 该状态为{}所报,早于{}应报的状态({},"
    "应报至{});滞后的状态不判为绿灯: 最多判为关注",
    "stale: the state is of {}, older than the one owed by {} ({} reporting, owed to {});"
    " the state at the deadline is owed": "数据滞后: 该状态为{}所报,早于{}应报的状态({},应报至{});"
    "尚欠期限时的状态",
    # monitor.py
    "monitoring only: shown and explained, never judged": "仅监测: 只展示和说明,不作判定",
}
"""English template (or plain step) → Chinese, same ``{}`` in the same order."""

PATTERNS: dict[str, str] = {
    # common.py: no_figure (``what`` is one of the fragments below), milestone, cumulative
    "{what}: {status.value}": "{what}: {status.value}",
    "{what} ({ctx.frequency.value} reporting: none owed yet): {status.value}": "{what}"
    "({ctx.frequency.value},尚无应报数据): {status.value}",
    "no figure for {ctx.period.year} yet": "{ctx.period.year}年尚无数据",
    "no growth rate for {ctx.period.year} yet": "{ctx.period.year}年尚无增速数据",
    "no figure for {year}: the running total cannot be formed": "{year}年无数据: 无法计算累计数",
    "{year} is counted to {last.period.label_en()} only": "{year}年仅计至{last.period.label_en()}",
    "due by the end of {target.last_year}": "{target.last_year}年底前完成",
    "due by the end of {target.last_year} (the last chance)": "{target.last_year}年底前完成(本期为最后判定期)",
    "no report yet: {status.value}": "尚未报送: {status.value}",
    "reported {state.value} ({obs.period.label_en()}): {status.value}": "报送为{state.value}"
    "({obs.period.label_en()}): {status.value}",
    "reported {state.value} ({obs.period.label_en()}) — {obs.record.evidence}: {status.value}": "报送为"
    "{state.value}({obs.period.label_en()}) — {obs.record.evidence}: {status.value}",
    "no figure for {ctx.period.year} yet; monitoring only, never judged": "{ctx.period.year}年尚无数据;"
    "仅监测,不作判定",
}
"""f-string steps by their source text → Chinese with the same placeholders."""

STATE_ZH = {state.value: word for state, word in values.STATE_ZH.items()}
FREQUENCY_ZH = {
    "monthly": "按月报送",
    "quarterly": "按季报送",
    "half_yearly": "按半年报送",
    "annual": "按年报送",
}
WORDS_ZH: dict[str, str] = {
    **{s.value: s.label_zh for s in Status},
    **FREQUENCY_ZH,
    "increase": "增加",
    "decrease": "减少",
    "approx": "≈",
    ">=": "≥",
    "<=": "≤",
    "==": "=",
}
"""Words passed to a template as strings (a status, a frequency, a direction), in Chinese."""

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PERIOD_EN = r"Jan(?:-(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))? \d{4}"


def word_zh(word: str) -> str:
    """A word passed to a template as a string, in Chinese: a status, a frequency, a direction,
    a month written 2024-03 (2024年3月); anything else (a unit, a year) as it is."""
    if re.fullmatch(r"\d{4}-\d{2}", word):
        return f"{word[:4]}年{int(word[5:])}月"
    return WORDS_ZH.get(word, word)


def _period_zh(text: str) -> str:
    months, year = text.rsplit(" ", 1)
    end = _MONTHS.index(months.rsplit("-", 1)[-1]) + 1
    return Period.parse(f"{year}-{end:02d}").label_zh()


def _alternatives(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# What each placeholder of PATTERNS holds: how it is matched in the English line and shown in
# Chinese. A placeholder not named here fails the test, so a new one is thought about.
EXPRESSIONS: dict[str, tuple[str, Callable[[str], str]]] = {
    "status.value": (_alternatives(s.value for s in Status), lambda v: WORDS_ZH[v]),
    "state.value": (_alternatives(STATE_ZH), lambda v: STATE_ZH[v]),
    "ctx.frequency.value": (_alternatives(FREQUENCY_ZH), lambda v: FREQUENCY_ZH[v]),
    "ctx.period.year": (r"\d{4}", str),
    "year": (r"\d{4}", str),
    "target.last_year": (r"\d{4}", str),
    "obs.period.label_en()": (_PERIOD_EN, _period_zh),
    "last.period.label_en()": (_PERIOD_EN, _period_zh),
    "obs.record.evidence": (r".*", str),  # the data's own words, as written
    "what": (r".+?", lambda v: translate(v)),
}

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _compile(key: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    parts: list[str] = []
    last = 0
    for m in _PLACEHOLDER.finditer(key):
        parts.append(re.escape(key[last : m.start()]))
        names.append(m.group(1))
        parts.append(f"({EXPRESSIONS[m.group(1)][0]})")
        last = m.end()
    parts.append(re.escape(key[last:]))
    return re.compile("".join(parts), re.DOTALL), names


# Longest first: a specific pattern wins over "{what}: {status.value}".
_COMPILED = [(_compile(key), zh) for key, zh in sorted(PATTERNS.items(), key=lambda kv: -len(kv[0]))]


def translate(line: str) -> str:
    """A plain-string step (or caveat) in Chinese; unchanged if the catalogue lacks it (the
    test makes sure it never does)."""
    if line in STEPS:
        return STEPS[line]
    for (pattern, names), zh in _COMPILED:
        m = pattern.fullmatch(line)
        if m is None:
            continue
        out = zh
        for name, value in zip(names, m.groups(), strict=True):
            out = out.replace("{" + name + "}", EXPRESSIONS[name][1](value))
        return out
    return line


RULES: dict[Kind, str] = {
    Kind.annual: """年度 / 单年(annual / one_year): 自1月起累计的流量,对照当年目标判定。

完成率 = 本年累计完成 / 当年目标;
序时进度 = 月数 / 12: 时间进度,不因取整改写(15家在1-6月为50%,而非整数计的 7/15 = 46.7%);
数据中自定的月度分布(pace: profile)是另一个量,称计划进度(90%(计划));
差值 = 序时进度 - 完成率,单位为百分点(正数为落后),状态按阈值判定。
按个、家、项计的指标按整项计: 至今应完成数 = 目标 × 序时进度,向下取整(应完成7家),年底前以此为灯号
上限(整项计): 灯号不劣于按应完成数判定的结果,仅差1个最多判为关注,故每年1个的目标到12月才
应完成;此时该行注明(差1家,整项计),序时进度和差值仍按时间计。
数据为最新应报数据时按其自身月份判定(季报数据不按之后月份的进度判定);早于报送频率应报
数据的为滞后数据(※),按应报月份判定。年末为最后判定期: 未达到即未完成,12月前的数据在
年末不能判定(未填报)。""",
    Kind.cumulative: """累计(cumulative): 自起始年至期限的累计数。

累计数 = 以往各年最终本年累计数之和 + 本年最新数;
时间进度 = 自起始以来的月数 / 期内总月数(线性进度),注明期间(时间进度(2023-2027年) 30%,
不是本年序时进度);期限进度则只在期限时判定;其余同年度流量: 完成率、差值、状态,按个计的
以应完成数为灯号上限,滞后数据按应报月份判定。各输出均注明累计起点和本年部分(2023年以来累计
696家(其中今年1-6月新增260家)),不写作1-6月累计。多年目标平均分摊是一种选择而非规定,可按
指标调整。期限所在期为最后判定期: 未达到即未完成。""",
    Kind.level: """水平 / 比重(level / share): 最新水平(或比率)对照期限应达水平。

达到(按比较符;"左右"在允许偏差内)即已完成。否则按进度:
- 线性,自基期值起: 完成率 = (实际 - 基期值) / (目标 - 基期值),时间进度 = 基期以来月数 /
  基期至期限的月数(注明期间),应达值 = 基期值 + (目标 - 基期值) × 时间进度(按个计的向下
  取整,以此为灯号上限);
- 始终(每期都须保持的水平): 完成率 = 实际 / 目标,对照100%;
- 期限(无基期值时的默认): 期限所在年底前为未到期(无序时进度和差值,显示距目标差距),
  到期后完成率 = 实际 / 目标。
上限类(<=、<)完成率 = 目标 / 实际。早于应报数据的为滞后数据,按应报月份读取路径。期限所在
期为最后判定期: 未达到即未完成,滞后数据不能判定(未填报)。

全年总量指标(full_year: true: 产值、集群规模、亩均增加值)只按截至12月的数据判定: 其后的
部分月份数据(如1-6月)在步骤中列出,不作判定;按最新全年数据照上判定,每年报送一次(年报:
每年12月应报,缺上年数据即为滞后);尚无全年数据的,同其他无数据的水平指标,为未填报或未到期。""",
    Kind.growth: """增速(growth): 累计同比增速(%)对照目标增速,不按序时折算。

差值 = 目标增速 - 实际增速,单位为百分点(正数为落后;增速上限类为 实际 - 目标),状态按增速
阈值判定。年末为最后判定期: 全年增速达到目标为已完成,未达到为未完成,12月前的增速在年末
不能判定(未填报)。早于应报数据的增速为滞后数据。""",
    Kind.relative: """相对(relative): 实际值对照按目标百分比上浮后的参照值。

应达值 = 参照值 × (1 + 目标% / 100),如高于上年全省平均10%;完成率 = 实际 / 应达值;序时进度
100%;差值 = 100 - 完成率;达到("左右": 在允许偏差内或超出)即已完成。无参照值则无法判定。
期限所在期(末年年底)为最后判定期: 未达到即未完成,早于应报数据的不能判定(未填报)。""",
    Kind.milestone: """节点(milestone): 已完成 / 推进中 / 未完成,对照期限(末年年底)。

已完成: 已完成。期限前: 推进中为达进度,未完成(未开始)为关注,未报送为未到期。状态与数据
一样: 早于报送频率应报的状态为滞后数据(※),滞后的状态不判为绿灯: 数月前报送的推进中说明不了
当前进展,重新报送前最多判为关注(未完成仍为关注)。已完成的不算滞后: 完成即已完成。期限所在期
为最后判定期: 未完成的均为未完成,未报送(或只有滞后的报送)为未填报。""",
    Kind.composite: """组合(composite): 先分项计数,再合计,按其基础类型判定。

合计 = 各分项之和(如超10亿元单体制造业项目 + 1亿美元以上制造业外资项目,每个项目只计一次);
合计数再按基础类型的规则判定: 年度或单年(对照当年目标的流量),或累计(对照应完成累计数)。""",
    Kind.directional: """方向(directional): 数值须按要求的方向(增加或减少)变化,对照前一可比值:
记录的参照值(reference),否则为上年同期数。

方向正确: 达进度(年末数据为已完成);否则为滞后,期限所在期(末年年底)为最后判定期,未达到即
未完成,早于应报数据的不能判定(未填报)。无可比较的值: 无法判定。""",
    Kind.monitor: """监测(monitor): 仅监测指标(如规上工业产值),不设目标。

记录、校验、展示和说明其本年最新数据(按报送的本年累计数),从不判定: 状态为仅监测,不计入
汇总、排名和考评。""",
}
RULES[Kind.one_year] = RULES[Kind.annual]
RULES[Kind.share] = RULES[Kind.level]
"""The formula of each kind, in Chinese: what ``explain --lang zh`` shows for the docstring."""
