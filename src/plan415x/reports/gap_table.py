"""The gap report of ``plan415x check`` as a table for the terminal: the summary block first, then
a row per target under its action, in the first layout that fits the terminal's width (else
stacked: one target a block). Statuses are always printed in words; colour only repeats them.
The words are ``reports.gap``'s."""

from __future__ import annotations

from collections.abc import Sequence

from plan415x.reports.gap import (
    ILLUSTRATIVE,
    TABLE_COLUMNS,
    cells,
    change_text,
    column_heads,
    header_lines,
    items_note,
    legend,
    summary_line,
    verdict_line,
)
from plan415x.reports.summary import RED_HEAD, overall_line, red_rows, red_table_rows
from plan415x.reports.table import (
    BOLD,
    DIM,
    STYLES,
    UNDERLINE,
    Cell,
    Styled,
    natural_width,
    paint,
    render_rows,
    width,
    wrap,
)
from plan415x.reports.words import (
    name_text,
    status_text,
)
from plan415x.results import Report, Result
from plan415x.safetext import terminal_text

SHORT_HEADS = {
    "zh": {"gap": "差值", "schedule": "序时", "lead": "牵头单位", "goal": "目标"},
    "en": {"gap": "Gap", "schedule": "Sched.", "lead": "Lead", "goal": "Goal"},
}


# Layouts tried in turn until the table fits the terminal: every column with its full words;
# short heads and the status without a not-due target's distance; then the least needed columns
# dropped first (the bar repeats 完成率 and 序时; the unit moves into the goal), then names cut
# (with …) to a floor, then the schedule (the header's for most rows) and the change (the red
# list has it) dropped. Each: the columns, compact words, the name's and the lead unit's floors.
_NO_BAR = tuple(c for c in TABLE_COLUMNS if c != "bar")


_NO_UNIT = tuple(c for c in _NO_BAR if c != "unit")


_NO_SCHEDULE = tuple(c for c in _NO_UNIT if c != "schedule")


_NARROW = tuple(c for c in _NO_SCHEDULE if c != "change")


LAYOUTS: tuple[tuple[tuple[str, ...], bool, int | None, int | None], ...] = (
    (TABLE_COLUMNS, False, None, None),
    (TABLE_COLUMNS, True, None, None),
    (_NO_BAR, True, None, None),
    (_NO_UNIT, True, None, None),
    (_NO_UNIT, True, 32, 12),
    (_NO_UNIT, True, 24, 10),
    (_NO_SCHEDULE, True, 24, 10),
    (_NO_SCHEDULE, True, 20, 8),
    (_NARROW, True, 20, 8),
)


# When no one-line layout fits (about 100 columns and less), each target takes two lines: its
# name, status and change, then its figures indented below, so names are never cut short.
STACKED = ("goal", "actual", "done", "schedule", "gap", "lead")


def _table_cells(result: Result, report: Report, lang: str, ids: tuple[str, ...], compact: bool) -> list[str]:
    full = dict(zip(TABLE_COLUMNS, cells(result, report, lang), strict=True))
    if compact:
        full["status"] = status_text(result.status, lang) + items_note(result, report, lang)
    if "unit" not in ids and full["unit"] and full["goal"] not in ("", "?"):
        unit = full["unit"]
        full["goal"] = (
            full["goal"].replace(" (", f"{unit} (", 1) if " (" in full["goal"] else full["goal"] + unit
        )
    return [full[i] for i in ids]


def _layout(
    report: Report, lang: str, fit: int | None, grouped: bool
) -> tuple[tuple[str, ...], list[str], list[list[str]], dict[int, int]]:
    """The first layout whose table fits ``fit`` once its name and lead columns are cut to their
    floors (the last one when none does): its columns, heads, rows' texts and floors."""
    action_names = {report.action_names.get(r.target.action, (r.target.action,) * 2) for r in report.results}
    section = (
        max((width_of(n[0] if lang == "zh" else n[1]) for n in action_names), default=0) if grouped else 0
    )
    built: dict[tuple[tuple[str, ...], bool], tuple[list[str], list[list[str]], list[int]]] = {}
    for ids, compact, name_floor, lead_floor in LAYOUTS:
        if (ids, compact) not in built:
            heads = _heads(ids, report, lang, compact)
            rows = [_table_cells(r, report, lang, ids, compact) for r in report.results]
            built[ids, compact] = heads, rows, natural_width(heads, rows)
        heads, rows, natural = built[ids, compact]
        lead = ids.index("lead")
        floors = {i: f for i, f in ((0, name_floor), (lead, lead_floor)) if f is not None}
        widths = list(natural)
        widths[0] = max(widths[0], section)
        total = sum(min(w, floors.get(i, w)) for i, w in enumerate(widths)) + 2 * (len(ids) - 1)
        if fit is None or total <= fit:
            return ids, heads, rows, floors
    return (), [], [], {}


def _stacked(report: Report, lang: str, fit: int, grouped: bool, color: bool) -> list[str]:
    """The narrow layout: per target a line with its name, status and change, then its figures
    indented below in aligned columns (the lead unit cut to fit, never the name: it wraps)."""
    heads = _heads(STACKED, report, lang, True)
    details = [_table_cells(r, report, lang, STACKED, True) for r in report.results]
    table = render_rows(
        heads, details, color=color, right=frozenset(range(5)), fit=fit - 2, shrink=((5, 8),)
    ).splitlines()
    title = "指标 · 状态 · 较上期" if lang == "zh" else "Target · status · change"
    out = [paint(title, BOLD, color), "  " + table[0]]
    previous_action: str | None = None
    for r, detail in zip(report.results, table[1:], strict=True):
        if grouped and r.target.action != previous_action:
            previous_action = r.target.action
            names = report.action_names.get(r.target.action, (r.target.action, r.target.action))
            out += [
                paint(x, f"{BOLD};{UNDERLINE}", color)
                for x in wrap(terminal_text(names[0 if lang == "zh" else 1]), fit)
            ]
        status = status_text(r.status, lang)
        change = change_text(r, lang)
        tail = "  " + status + (" " + change if change else "")
        name_lines = wrap(terminal_text(name_text(r, lang)), fit, sep="")
        last = name_lines[-1]
        if width_of(last + tail) > fit:
            name_lines.append("  " + tail.lstrip())
            tail = ""
            last = name_lines[-1]
        painted_tail = tail.replace(status, paint(status, STYLES[r.light.value], color), 1)
        if not tail:
            last = last.replace(status, paint(status, STYLES[r.light.value], color), 1)
        out += [*name_lines[:-1], last + painted_tail, "  " + detail]
    return out


def width_of(text: str) -> int:
    return width(terminal_text(text))


def _heads(ids: tuple[str, ...], report: Report, lang: str, compact: bool) -> list[str]:
    heads = column_heads(ids, report, lang)
    if not compact:
        return heads
    short = SHORT_HEADS[lang]
    actual = report.period.months_zh()
    return [
        (actual if lang == "zh" else "YTD") if i == "actual" else short.get(i, h)
        for i, h in zip(ids, heads, strict=True)
    ]


def _summary_lines(report: Report, lang: str, fit: int | None) -> list[str]:
    """The counts by status under the table, and a multi-year plan's verdict line."""
    verdict = verdict_line(report, lang)
    lines = wrap(summary_line(report, lang), fit)
    return lines if verdict is None else [*lines, *_wrap_clauses(terminal_text(verdict), fit)]


_CLAUSE_ENDS = (", ", "; ", " · ")
"""Where the verdict line breaks: after a count, a name or a part (never inside 提前实现 17 项)."""


def _wrap_clauses(text: str, fit: int | None, indent: str = "  ") -> list[str]:
    """``text`` in lines of at most ``fit`` columns, broken after a clause; a clause longer than
    a line (a long name) broken between characters, as ``wrap`` does."""
    if fit is None or width(text) <= fit:
        return [text]
    marked = text
    for end in _CLAUSE_ENDS:
        marked = marked.replace(end, end + "\x00")
    lines: list[str] = []
    line = ""
    for clause in marked.split("\x00"):
        room = fit - (width(indent) if lines else 0)
        if line and width(line + clause.rstrip()) > room:
            lines.append(line.rstrip())
            line = ""
        line += clause
    lines.append(line.rstrip())
    out: list[str] = []
    for i, part in enumerate(lines):
        room = fit - (width(indent) if i else 0)
        out += wrap(part, room, indent="", sep="")
    return [out[0], *(indent + x for x in out[1:])]


def summary_block(
    report: Report, lang: str, streaks: dict[str, int] | None, *, fit: int | None, color: bool
) -> list[str]:
    """What a leader reads first: counts and shares by light, then every red target with its
    figure against what was due, its lead unit and how many periods it has been red."""
    title = "总体情况: " if lang == "zh" else "Overall: "
    lines = [paint(x, BOLD, color) for x in wrap(terminal_text(title + overall_line(report, lang)), fit)]
    rows = red_rows(report, streaks, lang)
    if not rows:
        lines.append("红灯指标: 无" if lang == "zh" else "Red targets: none")
        return lines
    table = render_rows(
        RED_HEAD[lang],
        red_table_rows(rows, lang),
        color=color,
        right=frozenset({2, 3}),
        fit=fit,
        shrink=((0, 12), (4, 8), (1, 16)),
    )
    return [*lines, table.rstrip("\n")]


def format_table(
    report: Report,
    lang: str = "zh",
    *,
    color: bool = False,
    fit: int | None = None,
    streaks: dict[str, int] | None = None,
    grouped: bool = True,
    notes: Sequence[str] = (),
) -> str:
    """The terminal table, after the summary block (``notes``: lines under the header). ``fit``: the terminal's width; every line
    is kept within it (a narrower layout, cut names, wrapped prose). ``grouped``: rows under
    their action's title (the plan's order); False for another sort."""
    lines = [
        paint(part, "1;31" if line in ILLUSTRATIVE.values() else BOLD, color)
        for line in [*header_lines(report, lang), *notes]
        for part in wrap(terminal_text(line), fit)
    ]
    lines += summary_block(report, lang, streaks, fit=fit, color=color)
    ids, head, texts, floors = _layout(report, lang, fit, grouped)
    if not ids:
        tail = [*_summary_lines(report, lang, fit), *(paint(x, DIM, color) for x in wrap(legend(lang), fit))]
        return "\n".join([*lines, *_stacked(report, lang, fit or 80, grouped, color), *tail]) + "\n"
    status_at = ids.index("status")
    rows: list[list[Cell]] = []
    previous_action: str | None = None
    for r, text in zip(report.results, texts, strict=True):
        if grouped and r.target.action != previous_action:
            previous_action = r.target.action
            names = report.action_names.get(r.target.action, (r.target.action, r.target.action))
            rows.append(
                [Styled(terminal_text(names[0] if lang == "zh" else names[1]), f"{BOLD};{UNDERLINE}")]
            )
        row: list[Cell] = list(text)
        row[status_at] = Styled(str(row[status_at]), STYLES[r.light.value])
        rows.append(row)
    right = frozenset(i for i, c in enumerate(ids) if c in ("goal", "actual", "done", "schedule", "gap"))
    shrink = tuple(floors.items())
    table = render_rows(head, rows, color=color, right=right, fit=fit, shrink=shrink)
    tail = [*_summary_lines(report, lang, fit), *(paint(x, DIM, color) for x in wrap(legend(lang), fit))]
    return "\n".join([*lines, table.rstrip("\n"), *tail]) + "\n"
