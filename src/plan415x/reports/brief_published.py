"""The 通报 as it was published (``brief --as-published``): the draft built from a publication
record (``views.published``) alone, never from the data as it is, so that what the leader read
can be printed again after a correction.

The record holds the judgements (status, light, the figure, completion, schedule and gap of each
target), the ranking with its counts and the date: 总体情况, 主要进展, 存在问题 and 单位排名 are
built from it. The names of the plan, its actions, targets and units are the plan's as it is (as
``check --as-published`` shows them). What the record does not hold is never taken from today's
data: 报送情况, 连续N期红灯, the targets' goals and amounts due, stale marks and, for a year,
年度考评 are left out, and the draft says so under its title."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from plan415x.periods import Period
from plan415x.problems import SaidError
from plan415x.reports.brief import NUMERALS, Brief
from plan415x.reports.brief_sections import (
    LIST_LIMIT,
    Block,
    Section,
    counts_text,
    is_zh,
    overall_head,
    problems_text,
)
from plan415x.reports.gap import DEFAULT_OWNER, ILLUSTRATIVE
from plan415x.reports.published import joined_head, joined_row
from plan415x.reports.words import RESTATES, num
from plan415x.results import Light, Status
from plan415x.values import Hedge

if TYPE_CHECKING:
    from plan415x.values import PlanFile


def _status(j: dict[str, Any]) -> Status | None:
    try:
        return Status(j["status"])
    except ValueError:
        return None


def _light(j: dict[str, Any]) -> Light | None:
    try:
        return Light(j["light"])
    except ValueError:
        return None


class _Names:
    """The plan's names as it is: a target, unit or action it no longer has shows its id."""

    def __init__(self, plan: PlanFile, lang: str) -> None:
        pick = 0 if is_zh(lang) else 1
        # The name as the draft writes it (``words.name_text``: ◇ a restatement, ★ 确保).
        self.targets = {
            t.id: (RESTATES if t.restates else "")
            + ("★" if t.hedge is Hedge.ensure else "")
            + (t.name_zh, t.name_en)[pick]
            for t in plan.targets
        }
        self.order = {t.id: i for i, t in enumerate(plan.targets)}
        self.default = {t.id for t in plan.targets if t.owner_is_default}
        self.actions = {t.id: t.action for t in plan.targets}
        self.action_names = {a.id: (a.name_zh, a.name_en)[pick] for a in plan.actions}
        self.units = {u.id: (u.name_zh, u.name_en)[pick] for u in plan.responsible_units}
        self.lang = lang

    def target(self, j: dict[str, Any]) -> str:
        return self.targets.get(j["target"], str(j["target"]))

    def unit(self, j: dict[str, Any]) -> str:
        lead = j.get("lead_unit")
        if not lead:
            return "未指定牵头单位" if is_zh(self.lang) else "no lead unit"
        marked = DEFAULT_OWNER[self.lang] if j["target"] in self.default else ""
        return self.units.get(lead, str(lead)) + marked

    def in_plan_order(self, judgements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The record's judgements (by id) in the plan's order, as the draft of the day listed
        them; a target the plan no longer has last."""
        return sorted(judgements, key=lambda j: self.order.get(j["target"], len(self.order)))


def _older(of: Any, period: Period, lang: str) -> str:
    """`` (1-3月)`` after a figure of months before ``period``'s, as the draft of the day wrote
    it (``words.data_label``); nothing for the period's own months (2023Q4's figure in 2023)."""
    if of is None:
        return ""
    try:
        then = Period.parse(str(of))
    except SaidError:
        return f" ({of})"  # a period this version cannot read: as the record has it
    if then.key == period.key:
        return ""
    if then.year == period.year:
        return f" ({then.months_zh() if is_zh(lang) else then.label_en().rsplit(' ', 1)[0]})"
    return f" ({then.label_zh() if is_zh(lang) else then.label_en()})"


def _figures(j: dict[str, Any], period: Period, lang: str) -> str:
    """One target's figures as published: 实际25, 完成率25%, 序时进度25%, 低于序时进度20个百分点;
    a figure of an earlier period than ``period`` with that period after it, as the record says."""
    zh = is_zh(lang)
    older = _older(j.get("data_period"), period, lang)
    if j.get("state") is not None:
        state = str(j["state"])
        if zh:
            state = {"done": "已完成", "pending": "推进中", "not_done": "未完成"}.get(state, state)
        return f"状态: {state}{older}" if zh else f"state: {state}{older}"
    if j.get("actual") is None:
        return "本期应报未见数据" if zh else "no figure reported"
    parts = [f"实际{num(j['actual'], 2)}{older}" if zh else f"actual {num(j['actual'], 2)}{older}"]
    if j.get("completion_pct") is not None:
        parts.append(f"完成率{num(j['completion_pct'])}%" if zh else f"{num(j['completion_pct'])}% done")
    if j.get("schedule_pct") is not None:
        parts.append(f"序时进度{num(j['schedule_pct'])}%" if zh else f"schedule {num(j['schedule_pct'])}%")
    gap = j.get("gap_points")
    if gap is not None and gap != 0:
        if zh:
            parts.append(f"{'低于' if gap > 0 else '高于'}序时进度{num(abs(gap))}个百分点")
        else:
            parts.append(f"{num(abs(gap))} points {'behind' if gap > 0 else 'ahead of'} the schedule")
    return ", ".join(parts)


def _named(judgements: list[dict[str, Any]], names: _Names, period: Period) -> Block:
    zh = is_zh(names.lang)
    items = []
    for j in judgements[:LIST_LIMIT]:
        head = f"{names.target(j)}({names.unit(j)})" if zh else f"{names.target(j)} ({names.unit(j)})"
        items.append(f"{head}: {_figures(j, period, names.lang)}" + ("。" if zh else "."))
    if len(judgements) > LIST_LIMIT:
        rest = len(judgements) - LIST_LIMIT
        items.append(
            f"另有 {rest} 项, 见 check --as-published。" if zh else f"{rest} more: see check --as-published."
        )
    return Block("items", items=tuple(items))


def _overall(kept: list[dict[str, Any]], judgements: list[dict[str, Any]], names: _Names) -> Section:
    zh = is_zh(names.lang)
    total = len(kept)
    lights = {light: sum(_light(j) is light for j in kept) for light in Light}
    by_status = Counter(_status(j) for j in kept)
    grey = {s: by_status[s] for s in Status if s.light is Light.grey and by_status.get(s)}
    monitoring = sum(j["status"] == Status.monitoring.value for j in judgements)
    restatements = len(judgements) - monitoring - total
    # The record keeps no stale mark: the line under the title says so, and none is counted here.
    text = counts_text(total, lights, grey, names.lang, restatements=restatements, monitoring=monitoring)
    head = overall_head(names.lang)
    by_action: dict[str, Counter[Light | None]] = {}
    for j in kept:
        by_action.setdefault(names.actions.get(j["target"], "—"), Counter())[_light(j)] += 1
    rows = tuple(
        (
            names.action_names.get(action, action),
            str(sum(c.values())),
            *(str(c[light]) for light in Light),
        )
        for action, c in by_action.items()
    )
    return Section(
        "总体情况" if zh else "Overall",
        (Block("para", text=text), Block("table", head=head, rows=rows)),
    )


def _progress(kept: list[dict[str, Any]], names: _Names, period: Period) -> Section:
    zh = is_zh(names.lang)
    done = [j for j in kept if _status(j) is Status.achieved]
    ahead = [j for j in kept if _status(j) is Status.ahead]
    blocks = [
        Block(
            "para",
            text=f"已完成 {len(done)} 项, 超进度 {len(ahead)} 项。"
            if zh
            else f"{len(done)} achieved, {len(ahead)} ahead of the schedule.",
        )
    ]
    if done:
        blocks += [Block("sub", text="已完成:" if zh else "Achieved:"), _named(done, names, period)]
    if ahead:
        blocks += [Block("sub", text="超进度:" if zh else "Ahead:"), _named(ahead, names, period)]
    return Section("主要进展" if zh else "Progress", tuple(blocks))


def _problems(kept: list[dict[str, Any]], names: _Names, period: Period) -> Section:
    zh = is_zh(names.lang)
    # The red list as the draft orders it: the furthest behind first.
    reds = sorted(
        (j for j in kept if _light(j) is Light.red),
        key=lambda j: (j.get("gap_points") is None, -(j.get("gap_points") or 0.0)),
    )
    missed = sum(_status(j) is Status.missed for j in reds)
    yellow = Counter(s for j in kept if _light(j) is Light.yellow and (s := _status(j)) is not None)
    text = problems_text(len(reds), missed, yellow, names.lang, published=True)
    blocks = [Block("para", text=text)]
    if reds:
        blocks.append(_named(reds, names, period))
    return Section("存在问题" if zh else "Problems", tuple(blocks))


def _ranking(record: dict[str, Any], lang: str) -> Section:
    """单位排名 as published: the first and last three of each group in ``rank``'s joined columns,
    the units 未报 and 不参与排名, the rule's minimum and what 位次变化 was against."""
    zh = is_zh(lang)
    title = "单位排名" if zh else "Units ranked"
    units: list[dict[str, Any]] = record["ranking"]
    grouped = any(u.get("group") is not None for u in units)
    ranked = [u for u in units if u["rank"] is not None]
    blocks: list[Block] = []
    if not ranked:
        blocks.append(Block("para", text="本期无可排名的单位。" if zh else "No unit can be ranked."))
    else:
        blocks.append(
            Block(
                "para",
                text=f"参与排名单位 {len(ranked)} 个, 按平均欠进度(各指标落后于序时进度的百分点, 不落后的计0)由小到大排名。"
                if zh
                else f"{len(ranked)} units ranked by average points behind schedule (0 when not behind), smallest first.",
            )
        )
    head = tuple(joined_head(lang, grouped=grouped))
    for group in dict.fromkeys(u.get("group") for u in ranked):
        in_group = [u for u in ranked if u.get("group") == group]
        top = in_group[:3]
        bottom = [u for u in in_group[-3:] if u not in top]
        label = "" if group is None else str(group)
        blocks += [
            Block("sub", text=f"{label}前三位:" if zh else f"{label + ': ' if label else ''}Top three:"),
            Block("table", head=head, rows=tuple(tuple(joined_row(u, lang, grouped=grouped)) for u in top)),
        ]
        if bottom:
            blocks += [
                Block(
                    "sub", text=f"{label}后三位:" if zh else f"{label + ': ' if label else ''}Bottom three:"
                ),
                Block(
                    "table",
                    head=head,
                    rows=tuple(tuple(joined_row(u, lang, grouped=grouped)) for u in bottom),
                ),
            ]
    name = "name_zh" if zh else "name_en"
    silent = [str(u[name]) for u in units if u["standing"] == "silent"]
    if silent:
        joined = ("、" if zh else ", ").join(silent)
        blocks.append(
            Block(
                "para",
                text=f"未报: {joined}(应报数据全部未报,列于所有报送单位之后)。"
                if zh
                else f"No report: {joined} (nothing due was reported; listed after every unit that reported).",
            )
        )
    n = record["min_targets"]
    excluded = [u for u in units if u["standing"] == "excluded"]
    if excluded:
        text = (
            "不参与排名: "
            + "、".join(f"{u['name_zh']}(计入排名的指标仅{u['counted']}个,少于{n}个)" for u in excluded)
            if zh
            else "Not ranked: "
            + "; ".join(
                f"{u['name_en']} (only {u['counted']} target{'s' if u['counted'] != 1 else ''} counted, fewer than {n})"
                for u in excluded
            )
        )
        blocks.append(Block("para", text=text))
    against = record.get("compared_with")
    if zh:
        rule = f"说明: 按发布时的规则排名(计入指标少于{n}个的单位不参与排名; 规则全文见 plan415x rank 的说明)"
        move = (
            "位次变化: 新年度首次晾晒,不与上年比较"
            if record.get("new_year")
            else f"位次变化: 与 {against} 相比"
            if against
            else "位次变化: 无上次同频次晾晒可比"
        )
    else:
        rule = (
            f"Note: ranked by the rule of the day it was published (a unit with fewer than {n} counted"
            " targets is not ranked; the rule in full: the note of plan415x rank)"
        )
        move = (
            "move: the year's first ranking, not compared with last year (新年度)"
            if record.get("new_year")
            else f"move: against {against}"
            if against
            else "move: no earlier ranking of the same cadence to compare with"
        )
    blocks.append(Block("note", text=f"{rule};{move}" if zh else f"{rule}; {move}"))
    return Section(title, tuple(blocks))


def _next(lang: str) -> Section:
    """下步要求 was the analyst's words, which no record holds: said, never a placeholder to fill."""
    zh = is_zh(lang)
    note = (
        "下步要求及落款由分析人员撰写,不在发布记录中,见印发的通报原件。"
        if zh
        else "The next steps and the signature were the analyst's words and are not in the record: see the 通报 as issued."
    )
    return Section("下步要求" if zh else "Next steps", (Block("note", text=note),))


def build_published(
    record: dict[str, Any], plan: PlanFile, period: Period, lang: str = "zh", *, scored: bool = False
) -> Brief:
    """The 通报 of ``period`` as ``record`` (``views.published.Publication.record``) holds it.
    ``scored``: the period is a year whose data folder has scoring rules, so the draft of the
    day may have had 年度考评, which the record does not hold (said, not added)."""
    zh = is_zh(lang)
    info = plan.plan
    title = (
        f"关于{info.title_zh}{period.label_zh()}目标进展情况的通报(已发布版本)"
        if zh
        else f"Progress of {info.title_en}, {period.label_en()} (as published)"
    )
    date = record["published"]
    line = (
        f"检查期 {period.label_zh()} ({period}) · 本通报为 {date} 发布的版本,"
        "按发布记录(published/" + f"{period}.json)重印,不按现有数据重算"
        if zh
        else f"Period {period.label_en()} ({period}) · the version published on {date}, printed again"
        f" from its record (published/{period}.json), not judged again from the data now"
    )
    left = (
        ["报送情况", "连续N期红灯", "各指标的目标值与应完成量", "数据陈旧标记"]
        if zh
        else ["the reporting (报送情况)", "red streaks", "the targets' goals and amounts due", "stale marks"]
    )
    if scored:
        left.append("年度考评" if zh else "the annual score")
    missing = (
        "发布记录未记载" + "、".join(left) + ",本版不含(不以现有数据补入)"
        if zh
        else "Not in the record, so left out (never filled in from the data now): " + ", ".join(left)
    )
    names = _Names(plan, lang)
    judgements = names.in_plan_order(record["judgements"])
    kept = [j for j in judgements if j["counted"]]
    parts = [
        _overall(kept, judgements, names),
        _progress(kept, names, period),
        _problems(kept, names, period),
        _ranking(record, lang),
        _next(lang),
    ]
    sections = tuple(
        Section(f"{NUMERALS[i]}、{s.title}" if zh else f"{i + 1}. {s.title}", s.blocks)
        for i, s in enumerate(parts)
    )
    footer = (
        (
            f"说明: 由 plan415x 据 published/{period}.json ({date} 发布) 生成,"
            f" 数字与 plan415x check {period} --as-published 及 plan415x rank {period} --as-published 一致; "
            "差值=序时进度−完成率(百分点, 正数为落后)。"
        )
        if zh
        else (
            f"Made by plan415x from published/{period}.json (published on {date}); every number is"
            f" that of plan415x check {period} --as-published and plan415x rank {period} --as-published;"
            " gap = schedule − done (points, positive: behind)."
        ),
    )
    return Brief(
        title=title,
        lines=(line, missing),
        banner=ILLUSTRATIVE[lang] if record.get("illustrative") else None,
        sections=sections,
        footer=footer,
    )
