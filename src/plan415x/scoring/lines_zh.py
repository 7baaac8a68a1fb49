"""The lines of ``explain --score`` in Chinese: each English basis a scoring rule (or the engine)
writes, keyed by its source text, mapped to its Chinese with the same placeholders; each
rule's formula in Chinese (the docstrings stay English: docs/scoring.md is generated from them).

The same means as the problems' (messages_zh.Catalogue): the English line is matched back,
every number carried as computed, so a line adds up in Chinese as it does in English.
tests/test_lines_zh.py reads every basis the scoring rules and the engine can write from their
source (ast) and fails on one without its Chinese, so a new rule cannot forget it.
"""

from __future__ import annotations

from collections.abc import Callable

from plan415x import values
from plan415x.messages_zh import Catalogue
from plan415x.periods import Period
from plan415x.results import Status

LINES: dict[str, str] = {
    # scoring/engine.py
    "{target.hedge.value} {target.kind.value}: {pts(points)} points": "{target.hedge.value@hedge}"
    " · {target.kind.value@kind}: {pts(points)}分",
    "bonuses {pts(bonus)} capped at {pts(cents(cap))}": "加分合计{pts(bonus)},封顶{pts(cents(cap))}",
    "total {pts(total)} raised to the floor {pts(cents(floor))} (不计负分)": "总分{pts(total)}提到保底"
    "{pts(cents(floor))}(不计负分)",
    "score {pts(net)} raised to the floor {pts(cents(floor))} (扣完为止)": "得分{pts(net)}提到保底"
    "{pts(cents(floor))}(扣完为止)",
    "{rule.id} capped at {pts(limit)} per target ({pts(moved)} → {pts(moved + back)})": "{rule.id}"
    " 每个指标封顶{pts(limit)}({pts(moved)} → {pts(moved + back)})",
    # scoring/rules/bonus.py
    "completion {num(completion, 1)}%: {pts(facts.points)} × {num(rule.rate)} × {num(over, 1)}/100 ="
    " {pts(amount)}": "完成率{num(completion, 1)}%: {pts(facts.points)} × {num(rule.rate)} ×"
    " {num(over, 1)}/100 = {pts(amount)}",
    # scoring/rules/late.py
    "{obs.period} reported {date.isoformat()}, due {due.isoformat()} ({(date - due).days} days late):"
    " {pts(amount)}": "{obs.period@period}的数据{date.isoformat()}报送,应报日期{due.isoformat()}"
    "(迟报{(date - due).days}天): {pts(amount)}",
    # scoring/rules/lights.py
    "{rule.light} at {shown}: {len(counted)} period(s), one deduction per {rule.every} (rounded down):"
    " {times} × {pts(each)} = {pts(-kept)} ({len(lit) - len(counted)} period(s) exempted)": "{rule.light@light}:"
    " {shown@periods},共{len(counted)}期,每{rule.every}期扣一次(向下取整): {times} × {pts(each)} ="
    " {pts(-kept)}(豁免{len(lit) - len(counted)}期)",
    "{rule.light} at {shown}: {len(counted)} period(s), one deduction per {rule.every} (rounded down):"
    " {times} × {pts(each)} = {pts(-kept)}": "{rule.light@light}: {shown@periods},共{len(counted)}期,"
    "每{rule.every}期扣一次(向下取整): {times} × {pts(each)} = {pts(-kept)}",
    # scoring/rules/missing.py
    "no figure for {period}: {pts(amount)}": "{period@period}未报送数据: {pts(amount)}",
    # scoring/rules/shortfall.py (``why`` and ``share_text`` are worked out before: WHY, SHARE)
    "{why}; {pts(facts.points)} × {share_text} × {num(rate)} = {pts(-amount)}": "{why@why};"
    " {pts(facts.points)} × {share_text@share} × {num(rate)} = {pts(-amount)}",
}
"""A basis (English source text) → Chinese."""

WHY: dict[str, str] = {
    "no figure at the year end": "年末无数据",
    "{status.value}, no completion": "{status.value@status},无完成率",
    "{status.value}: gap {num(gap, 1)} points of schedule {num(schedule, 1)}%": "{status.value@status}:"
    " 差值{num(gap, 1)}个百分点,序时进度{num(schedule, 1)}%",
}
"""shortfall's ``why``: the year-end status that costs points → Chinese."""

SHARE: dict[str, str] = {
    "1": "1",
    "{num(gap, 1)}/{num(schedule, 1)}": "{num(gap, 1)}/{num(schedule, 1)}",
    "1 (at most)": "1(至多为1)",
}
"""shortfall's ``share_text``: the share of the points lost → Chinese."""

# By the words' values, as the lines write them (one vocabulary: plan415x.values).
HEDGE_ZH = {hedge.value: word for hedge, word in values.HEDGE_ZH.items()}
KIND_ZH = {kind.value: word for kind, word in values.KIND_ZH.items()}
LIGHT_ZH = {"red": "红灯", "yellow": "黄灯"}


def period_zh(text: str) -> str | None:
    """2023Q2 as 2023年1-6月, the months a figure of the period covers."""
    try:
        return Period.parse(text).label_zh()
    except ValueError:
        return None


def _periods(text: str) -> str | None:
    """lights' periods, "2023Q1, 2023Q2" (or "none"), in Chinese."""
    if text == "none":
        return "无"
    shown = [period_zh(p) for p in text.split(", ")]
    return None if None in shown else "、".join(p for p in shown if p is not None)


def _status(text: str) -> str | None:
    try:
        status = Status(text)
    except ValueError:
        return None
    return f"{status.label_zh}({status.value})"


def _why(text: str) -> str | None:
    return _WHY.match(text)


def _share(text: str) -> str | None:
    return _SHARE.match(text)


HOW: dict[str, Callable[[str], str | None]] = {
    "hedge": HEDGE_ZH.get,
    "kind": KIND_ZH.get,
    "light": LIGHT_ZH.get,
    "period": period_zh,
    "periods": _periods,
    "status": _status,
    "why": _why,
    "share": _share,
}
"""How a placeholder ``{expr@how}`` of the Chinese is shown (None: the line is not matched)."""

_LINES = Catalogue(LINES, HOW)
_WHY = Catalogue(WHY, HOW)
_SHARE = Catalogue(SHARE, HOW)


def translate(basis: str) -> str:
    """A line's basis in Chinese; as it is if no template matches (the test makes sure every
    basis the source writes has one)."""
    return _LINES.match(basis) or basis


RULES_ZH: dict[str, str] = {
    "shortfall": """按比例扣分(shortfall): 年末未完成的指标,按差距的比例扣分。

扣分比例 = (序时进度 - 完成率) / 序时进度,取0到1,用年末判定的数据(当年到期的指标序时
进度为100%;期限在以后年份的,用年末的序时进度,如累计数落后40%的序时进度20个百分点,比例
为0.5);上限类指标的差距按其自身计算(已用 - 允许)。未完成而无完成率的(增速、节点、方向
类)或年末无数据的(未填报),比例为1。
扣分 = 分值 × 扣分比例 × 系数(rate,为1即按比例),每年一次,适用于年末状态为未完成、关注、
滞后、严重滞后或未填报的指标;已完成、超进度或达进度的不扣分。""",
    "lights": """亮灯扣分(lights): 年内亮红灯或黄灯扣分。

n = 年内该指标亮出本规则灯色的期数(红灯: 严重滞后或未完成;黄灯: 关注或滞后):按季(at:
quarters,默认)时只计有实绩文件的季末,即每次季晾晒公布的灯色;按文件(at: files)时计每个
有实绩文件的期(月报方案的月监测也计)。年末不计,除非设了 include_year_end(年末由按比例
扣分计);扣分 = floor(n / every) × 分值(如每个红灯期扣2分: every 1, points 2;每两个黄灯
扣1分: every 2, points 1)。豁免覆盖的期不计。""",
    "missing": """漏报扣分(missing): 应报未报的数据扣分。

扣分 = 分值 × 年内有实绩文件、该指标应报(按其报送频率: 按季报送的指标5月无须报送)而未报的
期数,年末也计: 即 `plan415x reporting` 列为缺报的数据。(早一期的数据不能代替应报的数据。)""",
    "late": """迟报扣分(late): 晚于期限报送的数据扣分。

期限 = 该期最后一个月的下一个月的第 due_day 日(该月较短时为月末: due_day 为10时,1-6月的
期限为7月10日,1-12月为次年1月10日);规则设了 due_day 的用规则的,否则用方案的报送日历
(targets.yaml 中 reporting.due 按该指标报送频率的日期,或该指标自己的 due_day);数据来源的
日期(记录的,否则文件的)晚于期限即为迟报;扣分 = 分值 × 年内迟报的数据个数。来源没有日期
的数据不算迟报。""",
    "bonus": """超额加分(bonus): 超额完成的指标加分,有上限。

加分 = 分值 × 系数 × (完成率 - 100) / 100,适用于年末已完成且完成率高于100%的指标;约数
(左右)或须恰好等于(==)的指标不加分,多了并不更好。受规则的 max_per_target 封顶,一个单位的
加分合计受 caps.bonus_per_unit 封顶。""",
    "limits": """保底与封顶(扣完为止、不计负分、封顶): 各规则的扣分、加分到此为止。

每项都单列一行,各行相加仍等于总分:
- 规则的 max_per_target: 同一规则对一个指标的各行合计超过该值时,同一规则再加一行封顶,退回
超出部分(3个红灯期每期 -2、封顶4: -6,再 +2);
- floors.target(扣完为止,默认0): 指标分值加各行低于保底时,加一行保底,提到保底(一个指标
最多扣完其分值);
- caps.bonus_per_unit: 一个单位的加分行超过上限时,加一行封顶收回超出部分;
- floors.unit(不计负分,默认0): 单位总分低于保底时,加一行保底提到保底。
按此顺序执行。""",
}
"""The formula of each scoring rule (and of the floors and caps), in Chinese: what
``explain --score --lang zh`` shows for the docstring."""
