"""The 通报's 公文 form (GB/T 9704-2012), in Chinese: 版头 (发文机关, 文号), the title, 主送, the
依据 sentence, 附件 (the full 检查表, as a table), 落款 and 成文日期, 版记 (抄送, 印发), from the
plan's ``publishing:`` (``values.Publishing``). Built once here as plain text for every renderer
of the 通报 (markdown, .docx, PDF). Without 发文机关 or 文号 the 通报 is a draft and says so;
nothing is ever made up for them.

Chinese text is written full-width at its source (，；：（）, no space beside a number); words
taken from the other outputs pass through ``zhtext.fullwidth`` (why: there).
"""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.periods import Period
from plan415x.reports.brief_sections import PLACEHOLDERS, Block
from plan415x.reports.gap import actual_head, schedule_text
from plan415x.reports.words import actual_text, goal_text, name_text, num, unit_name, unit_text
from plan415x.reports.zhtext import fullwidth
from plan415x.results import Report, Result
from plan415x.values import Kind, PlanInfo, Publishing

TO_FILL = PLACEHOLDERS["zh"]


def book(title: str) -> str:
    """The plan's title to put inside 《》: its own outer 《》 dropped, a title it quotes in 《》
    written 〈〉 (GB/T 15834: a 书名号 inside a 书名号), so no bracket is nested in its like."""
    title = title.strip()
    if title.startswith("《") and title.endswith("》"):
        title = title[1:-1]
    return title.replace("《", "〈").replace("》", "〉")


def title_zh(plan: PlanInfo, period: Period) -> str:
    """关于《plan》2024年1-6月目标进展情况的通报: 关于 once, the plan in 《》."""
    name = book(plan.title_zh)
    if name.startswith("关于"):
        name = name[2:]
    return f"关于《{name}》{period.label_zh()}目标进展情况的通报"


def issue_year(period: Period) -> int:
    """The year a 通报 of ``period`` is issued in: the period's own, the next for a period ending
    in December (its figures come in January)."""
    return period.year + (1 if period.end_month == 12 else 0)


@dataclass(frozen=True)
class Annex:
    """One 附件: its label (附件1), its title and its blocks (the table, its notes)."""

    label: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Form:
    """The 公文 parts of one 通报, each a line of plain Chinese (empty: left out)."""

    head: tuple[str, ...]
    """版头: 发文机关, then 文号 (none for a draft without them)."""
    notes: tuple[str, ...]
    """Under the title: that it is a draft (and what it lacks), that the 版头 is illustrative."""
    to: str
    """主送, with its colon."""
    opening: str
    """The 依据 sentence."""
    signer: str
    date: str
    """成文日期."""
    record: tuple[tuple[str, str], ...]
    """版记: (抄送 or 印发机关, 印发日期) a line each."""


def form(report: Report, publishing: Publishing | None) -> Form:
    """The 公文 parts of the 通报 of ``report`` from the plan's ``publishing:``."""
    pub = publishing or Publishing()
    p, plan = report.period, report.plan
    number = (
        pub.doc_number.replace("{year}", str(issue_year(p))).replace("{number}", TO_FILL)
        if pub.doc_number
        else ""
    )
    head = tuple(x for x in (pub.issuer or "", number) if x)
    lacking = [name for name, given in (("发文机关", pub.issuer), ("文号", pub.doc_number)) if not given]
    notes = []
    if lacking:
        notes.append(f"（草稿：数据未设{'、'.join(lacking)}，见targets.yaml的publishing，不作正式文件印发）")
    if pub.illustrative:
        notes.append("（版头、文号、抄送、印发机关为示意，印发前由发文单位核定）")
    doc = plan.doc_number.strip()
    opening = (
        f"按照《{book(plan.title_zh)}》{f'（{doc}）' if doc else ''}要求，"
        f"现将{p.label_zh()}目标进展情况通报如下："
    )
    to = (pub.to or f"{TO_FILL}主送机关").rstrip(":：") + "："
    record: list[tuple[str, str]] = []
    if pub.cc:
        record.append((f"抄送：{'，'.join(pub.cc)}。", ""))
    if pub.printed_by:
        record.append((pub.printed_by, f"{TO_FILL}印发日期"))
    return Form(
        head=head,
        notes=tuple(notes),
        to=to,
        opening=opening,
        signer=pub.signer or pub.issuer or f"{TO_FILL}发文机关署名",
        date=f"{TO_FILL}成文日期",
        record=tuple(record),
    )


CHECK_HEAD = (
    "序号",
    "指标",
    "牵头单位",
    "目标",
    "{actual}",
    "完成率",
    "序时进度",
    "差值（百分点）",
    "亮灯",
    "状态",
)


def _goal(r: Result, report: Report) -> str:
    t = r.target
    goal = goal_text(r, "zh")
    unit = "" if t.kind is Kind.relative or t.unit in (None, "%") else unit_text(report, t.unit, "zh")
    if t.unit == "%" and t.kind is not Kind.relative and goal not in ("", "?"):
        unit = "%"
    if unit and goal not in ("", "?") and t.kind not in (Kind.milestone, Kind.monitor, Kind.directional):
        goal = goal.replace(" (", f"{unit} (", 1) if " (" in goal else goal + unit
    return fullwidth(goal.replace(f" ({t.last_year})", f"（{t.last_year}年）"), (unit,))


def check_annex(report: Report) -> Annex:
    """附件1: the full 检查表 (every target of the period, as ``check`` judged it), and notes: the
    targets whose lead unit is only the plan's default owner (by 序号: ``(默认)`` stays out of
    the 通报 itself), what 差值 means."""
    label = report.period.label_zh()
    head = tuple(h.format(actual=actual_head(report, "zh")) for h in CHECK_HEAD)
    rows = []
    defaults: list[int] = []
    for i, r in enumerate(report.results, start=1):
        o, t = r.outcome, r.target
        lead = unit_name(report, t.lead_unit, "zh")
        if t.owner_is_default:
            defaults.append(i)
        unit = unit_text(report, t.unit, "zh")
        actual = actual_text(r, report, "zh")
        figure = num(o.actual, 2)
        if o.state is None and o.actual is not None and t.kind not in (Kind.growth, Kind.relative):
            actual = figure + unit + actual[len(figure) :]  # 979.5亩: the table has no unit column
        rows.append(
            (
                str(i),
                name_text(r, "zh"),
                lead or "未指定",
                _goal(r, report),
                fullwidth(actual, (unit,)),
                "" if o.completion_pct is None else f"{num(o.completion_pct)}%",
                fullwidth(schedule_text(r, "zh")),
                "" if o.gap_points is None else num(o.gap_points),
                r.light.label("zh"),
                r.status.label_zh,
            )
        )
    notes = ["注：差值＝序时进度−完成率，单位为百分点，正数为落后于序时进度。"]
    if defaults:
        owners = sorted({unit_name(report, report.results[i - 1].target.lead_unit, "zh") for i in defaults})
        notes.append(
            f"序号{_spans(defaults)}的指标方案未指定责任单位，由默认牵头单位{'、'.join(owners)}负责。"
        )
    blocks = (Block("table", head=head, rows=tuple(rows)), *(Block("para", text=n) for n in notes))
    return Annex("附件1", f"{label}目标进展检查表", blocks)


def _spans(numbers: list[int]) -> str:
    """3、5、7至12: runs of three or more written as a range."""
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        if prev - start >= 2:
            out.append(f"{start}至{prev}")
        else:
            out += [str(x) for x in range(start, prev + 1)]
        if n is not None:
            start = prev = n
    return "、".join(out)
