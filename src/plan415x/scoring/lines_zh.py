"""The lines of ``explain --score`` in Chinese: each English basis a scoring rule (or the engine)
writes, keyed by its source text, mapped to its Chinese with the same placeholders.

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
