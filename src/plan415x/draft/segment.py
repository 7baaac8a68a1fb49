"""A plan's text cut into numbered paragraphs, each with its clause (二(一)1, 附件 任务3) and the
action (行动) it belongs to, and the annex's task tables read as tables.

Plans number their parts 一、 / (一) / 1. and put a table of the year's tasks in an annex
(重点任务 | 序号 | 具体内容举措 | 主要目标 | 责任单位). Texts copied from web pages lose characters:
a heading that lost its numeral (、主要目标, )强化要素保障) takes the next one; a paragraph of a
section whose parts are all numbered, that starts with a short heading sentence and lost its
number, is the next part (with a lower confidence, said in the clause's reason).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plan415x.draft import document
from plan415x.draft.model import Action, PlanHeader
from plan415x.draft.table import Header as TableHeader
from plan415x.draft.table import cells as table_cells
from plan415x.draft.table import header as table_header
from plan415x.draft.table import row_cells

TOP = re.compile(r"^(?P<n>[一二三四五六七八九十]+)?、(?P<rest>.*)$")
SUB = re.compile(r"^(?:[(（](?P<n>[一二三四五六七八九十]+)?[)）]|(?P<lost>[)）]))(?P<rest>.*)$")
ITEM = re.compile(r"^(?P<n>\d+)[.．、](?P<rest>.*)$")
ANNEX = re.compile(r"^附\s*件\s*(?P<n>\d*)$")
PLAN_YEARS = re.compile(r"[(（]\s*((?:19|20)\d\d)\s*[-—–~～至]\s*((?:19|20)\d\d)\s*年?\s*[)）]")
NOTICE = re.compile(r"^(?P<issuer>\S+?)关于印发(?P<title>.+?)的通知")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号")
TASK_COLUMNS = ("主要目标", "目标任务", "预期目标", "工作目标", "目标")
UNIT_COLUMNS = ("责任单位", "牵头单位", "责任部门", "牵头部门")
HEADING_END = "。"
WHOLE = "全文"
"""The clause and action of a text whose parts are not numbered."""
# The words of a task table's header cells (the first cell, 重点任务 or 序号, may be anything short).
HEADER_WORDS = re.compile(r"序号|内容|举措|措施|目标|指标|单位|部门|时限|时间|备注|任务|事项")


class Paragraph(NamedTuple):
    clause: str
    action: str
    """The clause of its action."""
    text: str
    line: int
    year: int | None = None
    """The year of an annex's task list (2023年重点工作任务清单)."""
    units: str | None = None
    """The annex row's 责任单位 cell."""
    lost_number: bool = False
    heading: bool = False
    """A numbered work item (1.整治低效工业用地。…): its first sentence is its heading."""
    row: dict[str, str] | None = None
    """A main-indicator table's row, its cells by role (``draft.table``)."""
    columns: TableHeader | None = None
    """The header of that row's table."""


class Segmented(NamedTuple):
    header: PlanHeader
    actions: tuple[Action, ...]
    paragraphs: tuple[Paragraph, ...]


_DIGITS = "零一二三四五六七八九"


def _numeral(n: int) -> str:
    """一 … 九十九, as parts are numbered (cn2an is not needed for these, nor loaded)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (
        _DIGITS[ones] if ones or not tens else ""
    )


def _value(numeral: str | None, previous: int) -> int:
    """The number of a part (一 … 九十九); a numeral that is none (十十, 一二: a garbled copy)
    or missing (、主要目标) is the next after ``previous``."""
    if numeral:
        for n in range(1, 100):
            if _numeral(n) == numeral:
                return n
    return previous + 1


def _report_year(lines: list[str]) -> int | None:
    """A work report's year: that of its target parts' headings (二、2025年经济社会发展总体要求),
    else of its delivery (——2025年1月15日在…人民代表大会…上), else the latest year it names."""
    years = [
        int(m[1])
        for ln in lines
        if (h := TOP.match(ln.strip())) and not document.is_review(h["rest"])
        for m in re.finditer(r"((?:19|20)\d\d)年", h["rest"])
    ]
    if years:
        return max(years)
    for ln in lines[:15]:
        m = re.search(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日", ln)
        if m:
            return int(m[1])
    return None


def header(lines: list[str], kind: str = document.PLAN) -> PlanHeader:
    text = "\n".join(lines)
    years = PLAN_YEARS.search(text)
    span = document.five_year_span("\n".join(lines[:10])) if kind == document.OUTLINE else None
    report = _report_year(lines) if kind == document.REPORT else None
    if span is not None and not years:
        first, last = span
    elif report is not None:
        first = last = report  # 十五五 targets of the report reach further (到2030年): their own
    elif years:
        first, last = int(years[1]), int(years[2])
    else:  # a work report (2025年政府工作报告) or a plan without its span in the title
        found = sorted({int(y) for y in re.findall(r"((?:19|20)\d\d)年", text)})
        first, last = (found[0], found[-1]) if found else (0, 0)
    title, issuer = "", ""
    for line in lines:
        m = NOTICE.match(line.strip())
        if m:
            title, issuer = m["title"].strip("《》"), m["issuer"]
            break
    if not title:
        title = next((ln.strip() for ln in lines if ln.strip()), "")
    number = DOC_NUMBER.search(text)
    return PlanHeader(title, issuer, number[0] if number else None, first, last, kind)


def segment(text: str) -> Segmented:
    lines = text.splitlines()
    annex_at = next((i for i, ln in enumerate(lines) if ANNEX.match(ln.strip())), len(lines))
    actions: dict[str, Action] = {}
    kind = document.kind(lines[:annex_at])
    plan = header(lines[:annex_at], kind)
    # A report's or an outline's review parts (过去一年, 十四五时期发展成就): actuals, not drafted.
    review_top = review_sub = False
    paragraphs: list[Paragraph] = []

    def add(p: Paragraph) -> None:
        """A paragraph of the main text, unless it is a report's look back."""
        if kind == document.PLAN or not (
            review_top or review_sub or document.looks_back(p.text, plan.first_year)
        ):
            paragraphs.append(p)

    columns: TableHeader | None = None
    row_n = 0
    top: str | None = None
    top_n = 0
    sub: str | None = None
    sub_n = 0
    sub_pure = False  # the current (n) is a heading line of its own (an action)
    numbered_subs = False
    action = ""
    clause = ""
    if not any(TOP.match(ln.strip()) for ln in lines[:annex_at]):
        # No part is numbered 一、: the whole text is one part (its items numbered 1. 2. …).
        top = ""
        action = clause = WHOLE
        actions[WHOLE] = Action(WHOLE, WHOLE)
    for i, raw in enumerate(lines[:annex_at]):
        line = raw.strip()
        if not line:
            continue
        row = table_cells(raw) if ("\t" in raw or "  " in line or "\u3000\u3000" in line) else []
        found_header = table_header(row) if len(row) >= 3 else None
        if found_header is not None:
            columns, row_n = found_header, 0
            continue
        if columns is not None:
            by_role = row_cells(row, columns) if len(row) >= 2 else None
            if by_role is not None and top is None:
                continue  # a table before the first part: the preamble's, as its sentences are
            if by_role is not None:
                row_n += 1
                number = ITEM.match(by_role["name"])
                add(
                    Paragraph(
                        f"{clause} 指标{number['n'] if number else row_n}",
                        action,
                        line,
                        i + 1,
                        row=by_role,
                        columns=columns,
                    )
                )
                continue
            columns = None  # the table ended
        m = TOP.match(line)
        if m:
            top_n = _value(m["n"], top_n)
            top = _numeral(top_n)
            sub, sub_n, numbered_subs = None, 0, False
            heading, _, body = m["rest"].partition(HEADING_END)
            review_top, review_sub = document.is_review(heading), False
            actions[top] = Action(top, heading.strip())
            action = clause = top
            if body.strip():
                add(Paragraph(clause, action, body, i + 1))
            continue
        if top is None:
            continue  # the notice and the preamble: no targets before the first part
        m = ITEM.match(line)
        if m is not None:
            base = sub if sub is not None and sub_pure else top
            clause = f"{base}{m['n']}"
            add(Paragraph(clause, action, m["rest"], i + 1, heading=True))
            continue
        m = SUB.match(line)
        lost = False
        if (
            m is None
            and numbered_subs
            and not sub_pure
            and 0 < len(line.partition(HEADING_END)[0]) <= 12
            and HEADING_END in line
        ):
            lost = True  # 开展考核督导。… : a part that lost its (四)
        if m is not None or lost:
            sub_n = _value(m["n"] if m is not None else None, sub_n)
            sub = f"{top}({_numeral(sub_n)})"
            rest = m["rest"] if m is not None else line
            heading, end, body = rest.partition(HEADING_END)
            review_sub = len(heading) <= 30 and document.is_review(heading)
            numbered_subs = True
            if not end and len(rest) <= 30:
                sub_pure = True
                actions[sub] = Action(sub, heading.strip())
                action = clause = sub
            else:
                sub_pure = False
                action, clause = top or WHOLE, sub
                add(Paragraph(clause, action, rest, i + 1, lost_number=lost))
            continue
        add(Paragraph(clause, action, line, i + 1))
    paragraphs.extend(_annex(lines, annex_at, actions))
    return Segmented(plan, tuple(actions.values()), tuple(paragraphs))


def _annex(lines: list[str], start: int, actions: dict[str, Action]) -> list[Paragraph]:
    """The annex's task table: a title with the year (2023年重点工作任务清单), a header row of
    short cells that includes 序号, then rows that each start with their number. Cells before a
    row's number are the group's (重点任务, often broken over lines); the rest are the row's."""
    cells = [(i, ln.strip()) for i, ln in enumerate(lines) if i > start and ln.strip()]
    if not cells:
        return []
    label = "附件" + (ANNEX.match(lines[start].strip())["n"] or "")  # type: ignore[index]
    # The table's title (2023年重点工作任务清单), unless the table starts at once.
    titled = not (len(cells[0][1]) <= 8 and HEADER_WORDS.search(cells[0][1]))
    title = cells[0][1] if titled else label
    year_m = re.search(r"((?:19|20)\d\d)年", title)
    year = int(year_m[1]) if year_m else None
    header: list[str] = []
    k = 1 if titled else 0
    while k < len(cells) and len(cells[k][1]) <= 8 and (not header or HEADER_WORDS.search(cells[k][1])):
        header.append(cells[k][1])
        k += 1
    if "序号" not in header:
        return []
    after = header[header.index("序号") + 1 :]
    goal = next((after.index(c) for c in after if c in TASK_COLUMNS), None)
    units = next((after.index(c) for c in after if c in UNIT_COLUMNS), None)
    if goal is None:
        return []
    by_name = {a.name_zh: a.clause for a in actions.values()}
    found: list[Paragraph] = []
    group: list[str] = []
    action = label  # rows before any group's name belong to the annex itself
    actions.setdefault(label, Action(label, title))
    while k < len(cells):
        line_no, cell = cells[k]
        if cell.isdigit() and k + len(after) < len(cells):
            if group:
                name = "".join(group)
                # 数字产业提升行动 in the table is the main text's 实施数字产业提升行动.
                same = [c for n, c in by_name.items() if name in n or n in name]
                action = same[0] if len(same) == 1 else f"{label} {name}"
                if action not in actions and action not in by_name.values():
                    actions[action] = Action(action, name)
                group = []
            row = [c for _, c in cells[k + 1 : k + 1 + len(after)]]
            # The other cells (具体内容举措) state measures, and at times a target of their own.
            for n, content in enumerate(row):
                if n not in (goal, units):
                    found.append(
                        Paragraph(
                            f"{label} 任务{cell}",
                            action,
                            content,
                            cells[k + 1 + n][0] + 1,
                            year=year,
                            units=row[units] if units is not None else None,
                        )
                    )
            found.append(
                Paragraph(
                    f"{label} 任务{cell}",
                    action,
                    row[goal],
                    cells[k + 1 + goal][0] + 1,
                    year=year,
                    units=row[units] if units is not None else None,
                )
            )
            k += 1 + len(after)
            continue
        group.append(cell)
        del line_no
        k += 1
    return found
