"""The yearly 量化指标任务落实情况 (``brief YEAR --form implementation``): the view of
``views.implementation`` as a ``reports.brief.Brief`` (title, the summary sentence, the table
of 指标, 目标, 完成情况, 是否完成, its notes), so the 通报's renderers write it as .md, .docx and
.pdf unchanged; ``to_text`` prints it on stdout.

Every word is a catalogue id (``i18n``'s IMPLEMENTATION) but the data's own: the target's name,
its wording in the plan (``text_zh``), the figure as reported (its digits as typed: 5.0%, not 5%)
and the record's note or source, quoted verbatim, never cut: a long one goes under the table.
"""

from __future__ import annotations

import re

from plan415x.i18n import say
from plan415x.problems import Said, said
from plan415x.reports.brief import Brief
from plan415x.reports.brief_form import book
from plan415x.reports.brief_sections import Block, Section
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.table import render_rows
from plan415x.reports.words import goal_text, name_text, num
from plan415x.reports.zhtext import fullwidth, zh_date
from plan415x.results import Result
from plan415x.safetext import terminal_text
from plan415x.values import Comparator, Kind
from plan415x.views.implementation import Done, ImplementationView, Row

SHORT = 30
"""A note or source of at most this many characters is quoted in the 完成情况 cell; a longer
one under the table (verbatim either way: never cut)."""

_DONE = {
    Done.met: said("impl-done-met"),
    Done.missed: said("impl-done-missed"),
    Done.not_reported: said("impl-done-not-reported"),
}

_PARTS = (Done.missed, Done.not_reported, Done.not_judged)


def _part(done: Done, count: str, names: _Names) -> Said:
    """One part of the summary after 完成N项: 未完成M项：names, and the like."""
    if done is Done.missed:
        return said("impl-part-missed", count=count, names=names)
    if done is Done.not_reported:
        return said("impl-part-not-reported", count=count, names=names)
    return said("impl-part-not-judged", count=count, names=names)


_ZH_SUFFIX = {
    Comparator.ge: "以上",
    Comparator.gt: "以上",
    Comparator.le: "以内",
    Comparator.lt: "以下",
    Comparator.approx: "左右",
}


def figure(value: float, unit: str | None) -> str:
    """A figure as reported, its digits as typed (YAML's 5.0 stays 5.0: statistics give a rate
    to one decimal), no digit grouping (1256万人, as the reports print it), with its unit."""
    text = str(value)
    if isinstance(value, float) and text.endswith(".0") and unit != "%":
        text = text[:-2]
    if "e" in text or "E" in text:  # 1e-05 is no way to print a figure
        text = f"{value:f}".rstrip("0").rstrip(".")
    return text + (unit or "")


def _name(r: Result, lang: str) -> str:
    name = name_text(r, lang)
    return fullwidth(name, (r.target.name_zh,)) if lang == "zh" else name


_SUFFIX = re.compile(r"(?:及以上|以上|左右|以内|以下|之内)")


def goal_words(r: Result, lang: str, names: dict[str, str] | None = None) -> str:
    """目标 as the plan words it: the target's figure where its text prints it, with the unit and
    the 以上, 左右, 以内 or 以下 printed after it (国内生产总值增长5%左右: 5%左右; 力争每年开工增资扩产
    项目80个、竣工35个以上, for 竣工: 35个以上; a figure printed twice, 认证企业2家、出口名牌2个, the one
    in the target's unit, then the first after its name); else, for a relative target, its whole text
    (居民收入增长和经济增长同步), for any other its figure, unit and comparator in those words
    (a level from its base year: the level due). In English, the goal as ``check`` writes it,
    with its unit (its English name from ``names``, a report's ``measure_names``)."""
    t = r.target
    if lang != "zh":
        unit = _unit(t.unit, lang, names) if t.kind is not Kind.relative else ""
        goal = goal_text(r, lang)
        return goal.replace(" (", f"{unit} (", 1) if " (" in goal else goal + unit
    text = t.text_zh.strip()
    if t.value is None or t.kind is Kind.relative:
        return text
    number = figure(t.value, None)
    unit = t.unit or ""
    found = list(re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d.])", text))
    # A sentence of several targets prints the same figure for more than one (认证企业2家、出口名牌
    # 2个): the one in the target's unit first, then the first after its name.
    after = text.find(t.name_zh)
    after = -1 if after < 0 else after + len(t.name_zh)
    found.sort(key=lambda m: (not (unit and text.startswith(unit, m.end())), m.start() < after, m.start()))
    for match in found[:1]:
        end = match.end()
        if unit and text.startswith(unit, end):
            end += len(unit)
        suffix = _SUFFIX.match(text, end)
        return text[match.start() : suffix.end() if suffix else end]
    if t.comparator is Comparator.between and t.upper is not None:
        return f"{number}{unit}—{figure(t.upper, None)}{unit}"
    return f"{number}{unit}{_ZH_SUFFIX.get(t.comparator, '')}"


def _unit(unit: str | None, lang: str, names: dict[str, str] | None) -> str:
    """A unit after a figure: 亩 in Chinese, `` mu`` in English, % as it is."""
    if unit is None or unit == "%" or lang == "zh":
        return unit or ""
    return f" {(names or {}).get(unit, unit)}"


def _outcome(row: Row, lang: str, notes: list[str], number: int, names: dict[str, str]) -> str:
    """完成情况: the figure as reported, the reference beside a relative target's, its period
    when it is not the year's; the record's words after it when short, else under the table."""
    if row.value is None:
        return "—"
    unit = _unit(row.unit, lang, names)
    text = figure(row.value, unit)
    if row.converted is not None and row.result.target.unit is not None:
        unit = _unit(row.result.target.unit, lang, names)
        converted = num(row.converted, 3).replace(",", "") + unit
        text = say(said("impl-converted", figure=text, converted=converted), lang)
    if row.reference is not None:
        text = say(said("impl-reference", figure=text, reference=figure(row.reference, unit)), lang)
    if row.period is not None:
        when = row.period.label_zh() if lang == "zh" else row.period.label_en()
        text = say(said("impl-older", figure=text, period=when), lang)
    if row.words and len(row.words) <= SHORT:
        text = say(said("impl-words", figure=text, words=row.words), lang)
    elif row.words:
        notes.append(say(said("impl-note-words", number=str(number), words=row.words), lang))
    return text


def _done(row: Row, lang: str) -> str:
    if row.done is Done.not_judged:
        return row.result.status.label(lang)
    return say(_DONE[row.done], lang)


def summary(view: ImplementationView) -> Said:
    """The one line: N项量化指标全部完成, or 完成N项，未完成M项：names (未填报 and 无法判定 the
    same way, when any)."""
    total = len(view.counted)
    if not total:
        return said("impl-none")
    if view.count(Done.met) == total:
        return said("impl-summary-all", count=str(total))
    parts = [said("impl-part-met", count=str(view.count(Done.met)))]
    for done in _PARTS:
        names = [row.result for row in view.counted if row.done is done]
        if names:
            parts.append(_part(done, str(len(names)), _Names(names)))
    return said("impl-summary", count=str(total), parts=_Joined(tuple(parts)))


class _Joined:
    """The summary's parts, said in a language: 完成6项，未完成1项：甲；未填报1项：乙."""

    def __init__(self, parts: tuple[Said, ...]) -> None:
        self.parts = parts

    def said_in(self, lang: str) -> str:
        first, *rest = (say(p, lang) for p in self.parts)
        if not rest:
            return first
        head, tail = ("，", "；") if lang == "zh" else ("; ", "; ")
        return first + head + tail.join(rest)


class _Names:
    """Targets' names, said in a language: 甲、乙 / A, B."""

    def __init__(self, results: list[Result]) -> None:
        self.results = results

    def said_in(self, lang: str) -> str:
        return ("、" if lang == "zh" else ", ").join(_name(r, lang) for r in self.results)


def title(view: ImplementationView, lang: str) -> str:
    report = view.report
    plan, year = report.plan, report.period.year
    name = book(plan.title_zh) if lang == "zh" else plan.title_en
    # A plan of one year (a work report) names its year in its title: not said twice.
    if plan.first_year == plan.last_year == year:
        return say(said("impl-title", plan=name), lang)
    return say(said("impl-title-year", plan=name, year=str(year)), lang)


def build(view: ImplementationView, lang: str = "zh") -> Brief:
    """The 落实情况 of ``view`` as a document every 通报 renderer writes."""
    report = view.report
    zh = lang == "zh"
    notes: list[str] = []
    rows = tuple(
        (
            str(i),
            _name(row.result, lang),
            goal_words(row.result, lang, report.measure_names),
            _outcome(row, lang, notes, i, report.measure_names),
            _done(row, lang),
        )
        for i, row in enumerate(view.rows, start=1)
    )
    head = tuple(
        say(x, lang)
        for x in (
            said("impl-head-no"),
            said("impl-head-name"),
            said("impl-head-goal"),
            said("impl-head-outcome"),
            said("impl-head-done"),
        )
    )
    lines: list[str] = []
    if report.as_of is not None:
        day = zh_date(report.as_of) if zh else report.as_of.isoformat()
        lines.append(say(said("impl-as-of", date=day), lang))
    after: list[str] = []
    if any(row.period is not None for row in view.rows):
        after.append(say(said("impl-note-older"), lang))
    if not all(row.counted for row in view.rows):
        after.append(say(said("impl-note-restated"), lang))
    after += notes
    if view.later:
        after.append(say(said("impl-note-later", count=str(view.later), year=str(report.period.year)), lang))
    if view.unquantified:
        after.append(say(said("impl-note-unquantified", count=str(view.unquantified)), lang))
    table = (Block("table", head=head, rows=rows),) if rows else ()  # none: the summary says so
    number = ("一、", "二、") if zh else ("1. ", "2. ")
    blocks = (*table, *(Block("para", text=n) for n in after))
    sections = (
        Section(
            number[0] + say(said("impl-section-summary"), lang),
            (Block("para", text=say(summary(view), lang)),),
        ),
        *((Section(number[1] + say(said("impl-section-table"), lang), blocks),) if blocks else ()),
    )
    banner = ILLUSTRATIVE[lang] if view.illustrative else None
    footer = () if zh else (say(said("impl-footer", period=str(report.period)), lang),)
    return Brief(
        title=title(view, lang),
        lines=tuple(lines),
        banner=(fullwidth(banner) if zh else banner) if banner else None,
        sections=sections,
        footer=footer,
    )


def to_text(brief: Brief, *, color: bool = False, fit: int | None = None) -> str:
    """The document for a terminal or a pipe: its title, the banner, each section's text and
    its table in columns (``reports.table``), every text of the data made inert."""
    t = terminal_text
    out: list[str] = [t(brief.title)]
    if brief.banner:
        out.append(t(brief.banner))
    out += [t(x) for x in brief.lines]
    for section in brief.sections:
        out += ["", t(section.title)]
        for block in section.blocks:
            if block.kind == "table":
                out.append(
                    render_rows(
                        block.head, block.rows, color=color, fit=fit, shrink=((3, 16), (1, 12), (2, 10))
                    ).rstrip("\n")
                )
            else:
                out.append(t(block.text))
    out += [t(x) for x in brief.footer]
    if brief.banner:
        out += ["", t(brief.banner)]
    return "\n".join(out) + "\n"
