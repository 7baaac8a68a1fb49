"""The kind of a target from its wording: annual (每年), one_year (a year's list), cumulative
(累计, or a count added over the plan), level (达到, 产值…), share (占…比重, …率 in %), growth
(增长N%), relative (高于…平均N%), milestone (形成, 制定, 建成, 创成, 实现…全覆盖: no figure)."""

from __future__ import annotations

import re

from plan415x.draft.model import Guess
from plan415x.draft.scope import Period
from plan415x.problems import Said, said

RELATIVE = re.compile(r"高于.{0,20}平均")
GROWTH = re.compile(r"增长|增速|涨幅|提高|提升|下降|降低|减少")
# Rates of the economy, not a part of a whole: a level in %, not a share.
LEVEL_RATES = re.compile(r"失业率|利率|汇率|赤字率|负债率|杠杆率")
SHARE = re.compile(r"占|比重|比例|占比|率")
CUMULATIVE = re.compile(r"累计")
LEVEL_WORDS = re.compile(r"达到|产值|总值|增加值|营业收入|规模|容积率|亩均|总量|余额")
# Verbs of something added (a flow): without 每年 or a year, a total over the plan.
FLOW = re.compile(
    r"新增|新建|培育|引进|招引|实施|开工|竣工|建成|创建|完成|开展|组织|引导|取得|落地|认定|入选|培训|整治|腾出|减负|推进"
)
MILESTONES = (
    (re.compile(r"(?:实现.{0,30})?全覆盖$"), said("draft-why-milestone", words="实现…全覆盖")),
    (
        re.compile(r"^(?:基本|初步|每年|力争|确保|争取|全面)*(?:形成|建成|创成|成立|制定)"),
        said("draft-why-milestone-verb"),
    ),
    (re.compile(r"(?:基本形成|全面建成|基本建成)$"), said("draft-why-milestone", words="…基本形成")),
    (re.compile(r"创成|夺取"), said("draft-why-milestone", words="创成/夺取")),
    (re.compile(r"编制.{0,20}(?:规划|方案|计划)$"), said("draft-why-milestone", words="编制…规划")),
    (re.compile(r"完成.{0,40}(?:创建|编制|建设)工作"), said("draft-why-milestone", words="完成…工作")),
    (re.compile(r"构建.{0,40}(?:体系|机制)$"), said("draft-why-milestone", words="构建…体系")),
    (re.compile(r"达到.{0,12}(?:预期|目标|要求)$"), said("draft-why-milestone", words="达到…预期")),
)


# Directions without a figure (保持…增长势头, 提高…比重): the thing measured ends the clause.
DIRECTIONAL = re.compile(
    r"^(?P<verb>扩大|提高|提升|增加|保持|降低|减少|压减)(?P<what>.{1,30}?)(?P<end>规模|比重|比例|占比|增长势头|增长)$"
)
DECREASE = ("降低", "减少", "压减")
# The unit a direction is measured in, from the thing measured (比重: %, 贷款: 亿元).
DIRECTION_UNITS = (
    ("比重", "%"),
    ("比例", "%"),
    ("占比", "%"),
    ("贷款", "亿元"),
    ("融资", "亿元"),
    ("投资", "亿元"),
)


# 居民收入增长和经济增长同步: one growth in step with another (relative, +0%, 左右).
IN_STEP = re.compile(r"^(?P<a>.{1,16}?(?:增长|提高))(?:和|与|同)(?P<b>.{1,16}?(?:增长|提高))(?:基本)?同步$")


def in_step(clause: str) -> Said | None:
    """Why ``clause`` is a relative target of +0% (…增长和…增长同步), or None."""
    m = IN_STEP.search(clause)
    return None if m is None else said("draft-why-in-step", a=m["a"], b=m["b"])


def directional(clause: str) -> tuple[str, str | None, Said] | None:
    """(direction, unit, reason) of a clause that asks a thing to move, with no figure."""
    m = DIRECTIONAL.search(clause)
    if m is None:
        return None
    direction = "decrease" if m["verb"] in DECREASE else "increase"
    unit = next((u for word, u in DIRECTION_UNITS if word in m["what"] + m["end"]), None)
    return direction, unit, said("draft-why-directional", verb=m["verb"], end=m["end"])


def milestone(clause: str, hedge: str | None = None) -> Said | None:
    """Why ``clause`` (no figure in it) is a milestone, or None. ``hedge``: a hedge word in
    the clause itself (力争牵头或参与制修订国际标准: a commitment, even without a verb above)."""
    for pattern, reason in MILESTONES:
        if pattern.search(clause):
            return reason
    if hedge is not None and re.match(rf"^{hedge}", clause):
        return said("draft-why-milestone-hedge", word=hedge)
    return None


def kind_of(
    *,
    before: str,
    piece: str,
    clause_before: str,
    unit: str | None,
    period: Period | None,
    year_list: int | None,
    flow: str | None,
) -> tuple[str, Guess]:
    """``before``: the piece's words before the figure; ``piece``: all of them, the figure's
    comparator included (达到); ``clause_before``: the clause's words before the figure;
    ``flow``: the verb of something added last met in the sentence."""
    if unit in ("%", "个百分点") and RELATIVE.search(clause_before):
        return "relative", Guess(0.7, said("draft-why-relative"))
    if unit in ("%", "个百分点"):
        if unit == "%" and LEVEL_RATES.search(before):
            return "level", Guess(0.7, said("draft-why-level-rate", word=LEVEL_RATES.search(before)[0]))  # type: ignore[index]
        if GROWTH.search(before) and not SHARE.search(before):
            return "growth", Guess(0.8, said("draft-why-growth-pct", word=GROWTH.search(before)[0]))  # type: ignore[index]
        return "share", Guess(
            0.8, said("draft-why-share-of") if SHARE.search(before) else said("draft-why-share")
        )
    if unit == "倍":
        return "level", Guess(0.7, said("draft-why-ratio"))
    if CUMULATIVE.search(clause_before):
        return "cumulative", Guess(0.9, said("draft-why-cumulative"))
    if year_list is not None:
        return "one_year", Guess(0.85, said("draft-why-annex-year", year=str(year_list)))
    if period is not None and period.how == "every":
        return "annual", Guess(0.9, said("draft-why-every-year", word=period.word))
    if period is not None and period.how == "year":
        return "one_year", Guess(0.7, said("draft-why-that-year", word=period.word))
    level = LEVEL_WORDS.search(piece)
    if level:
        return "level", Guess(0.7, said("draft-why-level-word", word=level[0]))
    if flow is not None:
        return "cumulative", Guess(0.6, said("draft-why-flow", word=flow))
    return "level", Guess(0.5, said("draft-why-level-default"))
