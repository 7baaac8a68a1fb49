"""The sections of the 通报 draft (``reports.brief``): 总体情况, 主要进展, 存在问题, 单位排名, 报送情况,
年度考评 and 下步要求, each as blocks of plain text made from the period's view; every number is
one of the report's, no cause is ever written but the units' own, quoted verbatim (``quoted``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from plan415x.reports.gap import (
    actual_head,
    items_words,
    lead_text,
    running_words,
    schedule_name,
    summary_counts,
)
from plan415x.reports.summary import light_counts, pct, red_rows, streak_text
from plan415x.reports.words import STALE, data_label, goal_text, marks, name_text, num, unit_name, unit_text
from plan415x.reports.zhtext import fullwidth
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.values import Kind
from plan415x.views.changes import newly_done

if TYPE_CHECKING:
    from plan415x.views.changes import Changes, Halves
    from plan415x.views.words import Words

PLACEHOLDERS = {"zh": "【待填写】", "en": "[TO BE WRITTEN]"}
"""Marks what the analyst writes; a draft that still holds it is not ready to send."""


TO_WIRE = {"zh": "【待接入】", "en": "[TO BE WIRED]"}
"""Marks a part whose data was not given to ``build`` (报送情况 without the reporting module's
report): the CLI always gives it, so a draft it writes never holds this mark."""


LIST_LIMIT = 30
"""At most this many targets named per list; the rest are counted (``另有 N 项``)."""


@dataclass(frozen=True)
class Block:
    kind: str
    """``para`` (text), ``sub`` (a second-level heading), ``items`` (a numbered list), ``table`` (head + rows), ``note`` (a
    marked placeholder or a caveat: shown apart)."""
    text: str = ""
    items: tuple[str, ...] = ()
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


def is_zh(lang: str) -> bool:
    return lang == "zh"


def _owner(report: Report, r: Result, lang: str) -> str:
    """The lead unit's name; in English `` (default)`` after it when it is only the plan's
    default owner (the Chinese 通报 keeps (默认) out: its 附件 says which targets have one)."""
    if is_zh(lang):
        return unit_name(report, r.target.lead_unit, lang) or "未指定牵头单位"
    return lead_text(r, report, lang) or "no lead unit"


FLOWS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def with_unit(text: str, unit: str, lang: str) -> str:
    """``≥3.75 (2025)`` with its unit before the due year: ``≥3.75% (2025)``."""
    if not unit or text in ("", "?"):
        return text
    unit = unit if lang == "zh" or unit == "%" else f" {unit}"
    return text.replace(" (", f"{unit} (", 1) if " (" in text else text + unit


def _figures(report: Report, r: Result, lang: str) -> str:
    """One target's figures in words, each a number of the report: 1-6月累计979.5亩, 应完成900亩,
    完成率54.4%, 序时进度50%, 高于序时进度4.4个百分点."""
    o, t = r.outcome, r.target
    zh = is_zh(lang)
    unit = "" if t.kind is Kind.relative else "%" if t.unit == "%" else unit_text(report, t.unit, lang)
    goal = with_unit(goal_text(r, lang), "" if t.kind is Kind.directional else unit, lang)  # ↑上升, no unit
    if zh:  # check's goal, (2027) after it: （2027年）
        goal = goal.replace(f" ({t.last_year})", f"（{t.last_year}年）")
    label = data_label(o.data_period, report, lang) if o.data_period is not None else ""
    older = "" if o.data_period is None or o.data_period.key == report.period.key else label
    older = f"（{older}）" if zh and older else f" ({older})" if older else ""
    if o.state is not None:
        state = (
            {"done": "已完成", "pending": "推进中", "not_done": "未完成"}[o.state.value]
            if zh
            else o.state.value
        )
        state += older + marks(r)
        return f"状态：{state}，应于{goal}完成" if zh else f"state: {state}, due by {goal}"
    if o.actual is None:
        return "本期应报未见数据" if zh else "no figure reported"
    figure = with_unit(num(o.actual, 2), "%" if t.kind is Kind.growth else unit, lang) + older + marks(r)
    if o.running_since is not None:
        this_year = with_unit(num(o.this_year, 2), unit, lang)
        parts = [running_words(r, report, lang, figure, this_year)]
    else:
        if t.kind is Kind.growth:
            head = "累计增长" if zh else "growth"
        elif t.kind is Kind.average_growth:
            head = "年均增长" if zh else "average growth"
        elif t.kind in FLOWS:
            head = actual_head(report, lang)
        else:
            head = "实际" if zh else "actual"
        parts = [f"{head}{figure}" if zh else f"{head} {figure}"]
    if t.kind in FLOWS and o.expected is not None and o.schedule_pct is not None and o.schedule_pct < 100:
        parts.append(
            f"应完成{with_unit(num(o.expected, 2), unit, lang)}"
            if zh
            else f"{with_unit(num(o.expected, 2), unit, lang)} due by now"
        )
    else:
        parts.append(f"目标{goal}" if zh else f"target {goal}")
    if o.completion_pct is not None:
        parts.append(f"完成率{num(o.completion_pct)}%" if zh else f"{num(o.completion_pct)}% done")
    schedule = schedule_name(r, lang)
    if o.schedule_pct is not None:
        parts.append(f"{schedule}{num(o.schedule_pct)}%" if zh else f"{schedule} {num(o.schedule_pct)}%")
    if o.gap_points is not None and o.gap_points != 0:
        gap = num(abs(o.gap_points))
        # a rate against the rate, never against 序时进度 (average_growth: 年均, issue 24)
        if t.kind in (Kind.growth, Kind.average_growth):
            parts.append(
                f"{'低于' if o.gap_points > 0 else '高于'}目标{gap}个百分点"
                if zh
                else f"{gap} points {'below' if o.gap_points > 0 else 'above'} the target"
            )
        elif zh:
            parts.append(f"{'低于' if o.gap_points > 0 else '高于'}{schedule}{gap}个百分点")
        else:
            parts.append(f"{gap} points {'behind' if o.gap_points > 0 else 'ahead of'} the {schedule}")
    if words := items_words(r, report, lang):
        parts.append(words)
    if zh:  # running_words, schedule_name and items_words are check's too, half-width there
        return fullwidth("，".join(parts), (unit,))
    return ", ".join(parts)


def _named(
    report: Report, results: list[Result], lang: str, *, streaks: dict[str, int] | None = None
) -> Block:
    zh = is_zh(lang)
    items = []
    for r in results[:LIST_LIMIT]:
        text = f"{name_text(r, lang)}（{_owner(report, r, lang)}）：{_figures(report, r, lang)}"
        if not zh:
            text = f"{name_text(r, lang)} ({_owner(report, r, lang)}): {_figures(report, r, lang)}"
        if streaks is not None:
            streak = streaks.get(r.target.id, 1)
            label = streak_text(streak, lang)
            text += (f"，{label}" if streak <= 1 else f"，{label}红灯") if zh else f", red: {label}"
        items.append(text + ("。" if zh else "."))
    if len(results) > LIST_LIMIT:
        rest = len(results) - LIST_LIMIT
        items.append(f"另有{rest}项，见检查表。" if zh else f"{rest} more: see the check report.")
    return Block("items", items=tuple(items))


def _names(results: tuple[Result, ...], lang: str) -> str:
    """Targets named in a sentence, at most ``LIST_LIMIT`` of them, the rest counted."""
    zh = is_zh(lang)
    shown = ("、" if zh else ", ").join(name_text(r, lang) for r in results[:LIST_LIMIT])
    more = len(results) - LIST_LIMIT
    if more > 0:
        shown += f"等（另有{more}项）" if zh else f" and {more} more"
    return shown


def changes_text(report: Report, changes: Changes, lang: str) -> str | None:
    """What changed since the previous period with a file (``check``'s 较上期), each kind of
    change counted and its targets named; None when there is no previous period."""
    previous = report.previous_period
    if previous is None:
        return None
    zh = is_zh(lang)
    kinds = (
        (changes.new_red, "新增红灯", "newly red"),
        (changes.red_better, "红灯转好", "no longer red"),
        (changes.new_done, "新完成", "newly achieved"),
        (changes.new_missing, "新增未报", "newly missing"),
    )
    said = [
        f"{zh_name}{len(rs)}项（{_names(rs, lang)}）" if zh else f"{en_name} {len(rs)} ({_names(rs, lang)})"
        for rs, zh_name, en_name in kinds
        if rs
    ]
    if zh:
        if not said:
            return f"与上期（{previous.label_zh()}）相比，无新增红灯、红灯转好、新完成或新增未报的指标。"
        return f"与上期（{previous.label_zh()}）相比：" + "；".join(said) + "。"
    if not said:
        return f"Since {previous.label_en()}: no target newly red, no longer red, newly achieved or newly missing."
    return f"Since {previous.label_en()}: " + "; ".join(said) + "."


def halves_text(report: Report, halves: Halves, lang: str) -> str:
    """双过半 at 1-6月: 时间过半 (序时进度 50%) and how many annual targets are at or past half."""
    behind = halves.judged - halves.past
    schedule = num(report.schedule_pct)
    if is_zh(lang):
        text = (
            f"双过半：时间过半（序时进度{schedule}%），按年度目标计的指标{halves.judged}项中"
            f"任务过半（完成率达到或超过50%）{halves.past}项，未过半{behind}项"
        )
        if halves.without:
            text += f"；另有{halves.without}项本期无完成率"
        return text + "。"
    text = (
        f"Half year: half the time gone (schedule {schedule}%); of {halves.judged} targets judged"
        f" against the annual goal, at or past half (done ≥ 50%): {halves.past}, short of half: {behind}"
    )
    if halves.without:
        text += f"; no completion rate this period: {halves.without} more"
    return text + "."


OVERALL_HEAD = {
    "zh": ("行动", "指标数", "绿灯", "黄灯", "红灯", "灰灯"),
    "en": ("Action", "Targets", "Green", "Yellow", "Red", "Grey"),
}
"""总体情况's table of lights by action."""


def counts_text(
    total: int,
    lights: Mapping[Light, int],
    grey: Mapping[Status, int],
    lang: str,
    *,
    restatements: int,
    monitoring: int,
    stale: int = 0,
) -> str:
    """总体情况's first sentence: the targets judged by light, the grey ones by status, and those
    counted apart (restatements once, monitoring not judged, stale figures at the months owed);
    the 通报 and the 通报 reprinted from its record (which keeps no stale mark) say it alike."""
    if is_zh(lang):
        text = f"纳入评价的指标共{total}项。其中" + "，".join(
            f"{light.label('zh')}{n}项，占{pct(n, total)}" for light, n in lights.items()
        )
        if grey:
            text += "（灰灯中" + "、".join(f"{s.label_zh}{n}项" for s, n in grey.items()) + "）"
        text += "。"
        extra = []
        if restatements:
            extra.append(f"另有复述指标{restatements}项不重复计数")
        if monitoring:
            extra.append(f"监测指标{monitoring}项只监测不评价")
        if stale:
            extra.append(f"{stale}项所用数据非本期应报（陈旧{STALE}），按应报月份判定，陈旧的状态不判绿灯")
        return text + ("；".join(extra) + "。" if extra else "")
    text = f"{total} targets are judged: " + ", ".join(
        f"{light.value} {n} ({pct(n, total)})" for light, n in lights.items()
    )
    if grey:
        text += " (grey: " + ", ".join(f"{s.label_en} {n}" for s, n in grey.items()) + ")"
    text += "."
    extra = []
    if restatements:
        extra.append(f"{restatements} restatements are counted once")
    if monitoring:
        extra.append(f"{monitoring} monitoring indicators are not judged")
    if stale:
        extra.append(
            f"{stale} rest on stale figures ({STALE}), judged at the months owed; a stale state is never green"
        )
    return text + (" " + "; ".join(extra) + "." if extra else "")


def overall_section(
    report: Report, lang: str, changes: Changes | None = None, halves: Halves | None = None
) -> Section:
    """总体情况: the lights counted, then what changed since the previous period (``changes``)
    and, at 1-6月, the 双过半 line (``halves``), then the lights by action."""
    zh = is_zh(lang)
    total, lights = light_counts(report)
    counts = summary_counts(report.results)
    by_status = counts["by_status"]
    grey = {s: by_status[s.value] for s in Status if s.light is Light.grey and by_status.get(s.value)}
    text = counts_text(
        total,
        lights,
        grey,
        lang,
        restatements=counts["restatements"],
        monitoring=counts["monitoring"],
        stale=counts["stale"],
    )
    head = OVERALL_HEAD["zh" if zh else "en"]
    rows = []
    for action, c in counts["by_action"].items():
        names = report.action_names.get(action, (action, action))
        rows.append(
            (names[0] if zh else names[1], str(c["total"]), *(str(c[light.value]) for light in Light))
        )
    blocks = [Block("para", text=text)]
    if changes is not None and (said := changes_text(report, changes, lang)) is not None:
        blocks.append(Block("para", text=said))
    if halves is not None:
        blocks.append(Block("para", text=halves_text(report, halves, lang)))
    blocks.append(Block("table", head=head, rows=tuple(rows)))
    return Section("总体情况" if zh else "Overall", tuple(blocks))


def progress_section(report: Report, lang: str) -> Section:
    """主要进展: 已完成 counted, and named only when new this period (a target 已完成 in the
    previous period too is counted, not listed again); 超进度 counted and named."""
    zh = is_zh(lang)
    kept = counted(report.results)
    done = [r for r in kept if r.status is Status.achieved]
    new = [r for r in done if newly_done(r, report)]
    ahead = [r for r in kept if r.status is Status.ahead]
    compared = report.previous_period is not None
    blocks: list[Block] = []
    if zh:
        of_which = f"（其中本期新完成{len(new)}项）" if compared and done else ""
        blocks.append(Block("para", text=f"已完成{len(done)}项{of_which}，超进度{len(ahead)}项。"))
    else:
        of_which = f" ({len(new)} new this period)" if compared and done else ""
        blocks.append(
            Block("para", text=f"{len(done)} achieved{of_which}, {len(ahead)} ahead of the schedule.")
        )
    if new:
        sub = (
            ("本期新完成：" if zh else "Newly achieved:") if compared else ("已完成：" if zh else "Achieved:")
        )
        blocks += [Block("sub", text=sub), _named(report, new, lang)]
    if ahead:
        blocks += [Block("sub", text="超进度：" if zh else "Ahead:"), _named(report, ahead, lang)]
    return Section("主要进展" if zh else "Progress", tuple(blocks))


def problems_text(
    reds: int, missed: int, yellow: Counter[Status], lang: str, *, published: bool = False
) -> str:
    """存在问题's first paragraph: the reds (missed at the deadline, off track) and the yellows
    by status, each then named by the 通报; ``published``: the 通报 reprinted from its record,
    whose yellows are listed by ``check --as-published``."""
    if is_zh(lang):
        text = f"红灯{reds}项（其中期限已到未完成{missed}项，严重滞后{reds - missed}项）。"
        if not reds:
            text = "本期无红灯指标。"
        if yellow:
            by_status = "、".join(
                f"{s.label_zh}{n}项" for s, n in sorted(yellow.items(), key=lambda kv: -kv[0].rank)
            )
            # The 通报 names every yellow below; the reprint as published points to where they are.
            see = "，详见发布记录的检查表" if published else ""
            text += f"黄灯{sum(yellow.values())}项（{by_status}）{see}。"
        return text
    text = f"{reds} red ({missed} missed at the deadline, {reds - missed} off track)."
    if not reds:
        text = "No target is red."
    if yellow:
        by_status = ", ".join(
            f"{s.label_en} {n}" for s, n in sorted(yellow.items(), key=lambda kv: -kv[0].rank)
        )
        see = ": see check --as-published" if published else ""
        text += f" {sum(yellow.values())} yellow ({by_status}){see}."
    return text


def problems_section(
    report: Report, lang: str, streaks: dict[str, int], *, words: Mapping[str, Words] | None = None
) -> Section:
    zh = is_zh(lang)
    reds = [row.result for row in red_rows(report, streaks, lang)]
    missed = sum(r.status is Status.missed for r in reds)
    kept = counted(report.results)
    yellow = Counter(r.status for r in kept if r.light is Light.yellow)
    blocks: list[Block] = []
    text = problems_text(len(reds), missed, yellow, lang)
    blocks.append(Block("para", text=text))
    if reds:
        blocks += [
            Block("sub", text="红灯指标：" if zh else "Red:"),
            quoted(_named(report, reds, lang, streaks=streaks), reds, words or {}, lang),
        ]
    if yellow:
        # Worse status first (as the count above), most behind first within it, as the reds.
        yellows = [r for r in kept if r.light is Light.yellow]
        yellows.sort(
            key=lambda r: (r.status.rank, r.outcome.gap_points is None, -(r.outcome.gap_points or 0.0))
        )
        named = quoted(_named(report, yellows, lang), yellows, words or {}, lang)
        blocks += [Block("sub", text="黄灯指标：" if zh else "Yellow:"), named]
    return Section("存在问题" if zh else "Problems", tuple(blocks))


def quoted(block: Block, results: list[Result], words: Mapping[str, Words], lang: str) -> Block:
    """The targets named in ``block`` (``_named``, in the order of ``results``), each followed
    on lines of its own by its unit's words, verbatim, the unit named (市经信局说明：…); a red
    target without a 滞后原因 says （未说明原因）. Never a word of the tool's own about a cause."""
    zh = is_zh(lang)
    items = list(block.items)
    for i, r in enumerate(results[: min(len(items), LIST_LIMIT)]):
        said = words.get(r.target.id)
        lines: list[str] = []
        unit = (said.unit_zh if zh else said.unit_en) if said is not None else ""
        if said is not None and said.reason is not None:
            lines.append(f"{unit}说明：{said.reason}" if zh else f"{unit} explains: {said.reason}")
        elif r.light is Light.red:
            lines.append("（未说明原因）" if zh else "(no reason given)")
        if said is not None and said.next_steps is not None:
            lines.append(
                f"{unit}下步措施：{said.next_steps}" if zh else f"{unit}'s next steps: {said.next_steps}"
            )
        if lines:
            items[i] = "\n".join([items[i], *lines])
    return replace(block, items=tuple(items))


def next_section(lang: str) -> Section:
    zh = is_zh(lang)
    note = (
        f"{PLACEHOLDERS[lang]}下步工作要求由分析人员撰写（本草稿不推断原因，不写措施）。"
        if zh
        else f"{PLACEHOLDERS[lang]} the next steps are for the analyst to write (this draft never infers a cause)."
    )
    return Section("下步要求" if zh else "Next steps", (Block("note", text=note),))
