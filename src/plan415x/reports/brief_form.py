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

from plan415x.i18n import say
from plan415x.periods import Period
from plan415x.problems import Arg, said
from plan415x.reports.brief_said import Borrowed, clauses, listed
from plan415x.reports.brief_sections import PLACEHOLDERS, Block
from plan415x.reports.gap import actual_head, schedule_text
from plan415x.reports.words import actual_text, goal_text, name_text, num, unit_name, unit_text
from plan415x.results import Report, Result
from plan415x.values import Kind, PlanInfo, Publishing

LANG = "zh"
"""The language of the 公文 form: the Chinese 通报's (``brief.GONGWEN``)."""

TO_FILL = PLACEHOLDERS[LANG]


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
    return say(said("gongwen-title", plan=name, period=period), LANG)


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
    lacking = [
        name
        for name, given in (
            (said("gongwen-issuer"), pub.issuer),
            (said("gongwen-doc-number"), pub.doc_number),
        )
        if not given
    ]
    notes = []
    if lacking:
        notes.append(say(said("gongwen-draft", lacking=listed(lacking)), LANG))
    if pub.illustrative:
        notes.append(say(said("gongwen-illustrative-head"), LANG))
    doc = plan.doc_number.strip()
    doc_number: Arg = said("notice-doc-number", number=doc) if doc else ""
    opening = say(said("gongwen-opening", plan=book(plan.title_zh), number=doc_number, period=p), LANG)
    to_whom = pub.to or say(said("gongwen-to-fill", mark=TO_FILL), LANG)
    to = say(said("notice-to", unit=to_whom.rstrip(":：")), LANG)
    record: list[tuple[str, str]] = []
    if pub.cc:
        record.append((say(said("gongwen-cc", cc=clauses(pub.cc)), LANG), ""))
    if pub.printed_by:
        record.append((pub.printed_by, say(said("gongwen-printed-date", mark=TO_FILL), LANG)))
    return Form(
        head=head,
        notes=tuple(notes),
        to=to,
        opening=opening,
        signer=pub.signer or pub.issuer or say(said("gongwen-signer", mark=TO_FILL), LANG),
        date=say(said("gongwen-date", mark=TO_FILL), LANG),
        record=tuple(record),
    )


CHECK_HEAD = (
    said("notice-col-no"),
    said("notice-col-target"),
    said("gongwen-col-lead"),
    said("gongwen-col-goal"),
    None,  # the actual's head: check's (1-6月累计)
    said("gongwen-col-done"),
    said("gongwen-col-schedule"),
    said("gongwen-col-gap"),
    said("gongwen-col-light"),
    said("gongwen-col-status"),
)
"""附件1's columns."""


def _goal(r: Result, report: Report) -> str:
    t = r.target
    goal = goal_text(r, LANG)
    unit = "" if t.kind is Kind.relative or t.unit in (None, "%") else unit_text(report, t.unit, LANG)
    if t.unit == "%" and t.kind is not Kind.relative and goal not in ("", "?"):
        unit = "%"
    if unit and goal not in ("", "?") and t.kind not in (Kind.milestone, Kind.monitor, Kind.directional):
        goal = goal.replace(" (", f"{unit} (", 1) if " (" in goal else goal + unit
    due = say(said("brief-due-year", year=str(t.last_year)), LANG)
    return Borrowed(goal.replace(f" ({t.last_year})", due), (unit,)).said_in(LANG)


def check_annex(report: Report) -> Annex:
    """附件1: the full 检查表 (every target of the period, as ``check`` judged it), and notes: the
    targets whose lead unit is only the plan's default owner (by 序号: ``(默认)`` stays out of
    the 通报 itself), what 差值 means."""
    head = tuple(actual_head(report, LANG) if h is None else say(h, LANG) for h in CHECK_HEAD)
    rows = []
    defaults: list[int] = []
    for i, r in enumerate(report.results, start=1):
        o, t = r.outcome, r.target
        lead = unit_name(report, t.lead_unit, LANG)
        if t.owner_is_default:
            defaults.append(i)
        unit = unit_text(report, t.unit, LANG)
        actual = actual_text(r, report, LANG)
        figure = num(o.actual, 2)
        if o.state is None and o.actual is not None and t.kind not in (Kind.growth, Kind.relative):
            actual = figure + unit + actual[len(figure) :]  # 979.5亩: the table has no unit column
        rows.append(
            (
                str(i),
                name_text(r, LANG),
                lead or say(said("gongwen-no-lead"), LANG),
                _goal(r, report),
                Borrowed(actual, (unit,)).said_in(LANG),
                "" if o.completion_pct is None else f"{num(o.completion_pct)}%",
                Borrowed(schedule_text(r, LANG)).said_in(LANG),
                "" if o.gap_points is None else num(o.gap_points),
                r.light.label(LANG),
                r.status.label(LANG),
            )
        )
    # The minus sign (U+2212) an argument: GBK, a Chinese catalogue's characters, lacks it.
    notes = [say(said("gongwen-gap-note", minus="−"), LANG)]
    if defaults:
        owners = sorted({unit_name(report, report.results[i - 1].target.lead_unit, LANG) for i in defaults})
        made = said("gongwen-default-owners", numbers=_spans(defaults), owners=listed(owners))
        notes.append(say(made, LANG))
    blocks = (Block("table", head=head, rows=tuple(rows)), *(Block("para", text=n) for n in notes))
    label = say(said("gongwen-annex-label", n="1"), LANG)
    return Annex(label, say(said("gongwen-annex-title", period=report.period), LANG), blocks)


def _spans(numbers: list[int]) -> Arg:
    """3、5、7至12: runs of three or more written as a range."""
    out: list[Arg] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        if prev - start >= 2:
            out.append(said("gongwen-span", first=str(start), last=str(prev)))
        else:
            out += [str(x) for x in range(start, prev + 1)]
        if n is not None:
            start = prev = n
    return listed(out)
