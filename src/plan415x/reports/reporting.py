"""报送情况 in words (``views.reporting`` holds the numbers): per unit, the figures due for a
period, received on time or late and missing, and the chase list (催报清单) of those still
missing, as a table, markdown, CSV or JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, assert_never

from plan415x.options import CheckFormat
from plan415x.reports.table import render_rows
from plan415x.safetext import csv_text, markdown_text, terminal_text
from plan415x.values import Target
from plan415x.views.reporting import LATE, MISSING, ON_TIME, UNDATED, Reporting, UnitReporting

if TYPE_CHECKING:
    from plan415x.views.words import Owed

STATE_ZH = {ON_TIME: "按时", LATE: "逾期", UNDATED: "未注明日期", MISSING: "未报"}
STATE_EN = {ON_TIME: "on time", LATE: "late", UNDATED: "no date", MISSING: "missing"}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


HEAD = {
    "zh": ["单位", "应报", "已报", "按时", "逾期", "未注明日期", "未报", "报送率", "及时率"],
    "en": ["Unit", "Due", "Received", "On time", "Late", "No date", "Missing", "Rate", "Timeliness"],
}
NOTE = {
    "zh": "说明: 报送率=已报/应报; 及时率=按时/注明日期的已报; 按时以来源日期不晚于报送截止日为准;"
    "未注明日期的计为已报、及时性不明; 复述指标(◇)与原指标同一个数的只报一次、计一次; 监测指标同样应报",
    "en": "Note: rate = received / due; timeliness = on time / received with a date; on time: the"
    " source date is on or before the due date; a figure with no date counts as received, its"
    " timeliness unknown; a restatement (◇) of the same figure as its restated target is due once; monitoring indicators are due too",
}


def _name(u: UnitReporting, lang: str) -> str:
    return u.name_zh if lang == "zh" else u.name_en


def _row(u: UnitReporting, lang: str) -> list[str]:
    return [
        _name(u, lang),
        str(len(u.figures)),
        str(u.received),
        *(str(u.count(s)) for s in (ON_TIME, LATE, UNDATED, MISSING)),
        _pct(u.rate),
        _pct(u.timeliness),
    ]


def _title(rep: Reporting, lang: str) -> str:
    p = rep.period
    return f"报送情况 · {p.label_zh()}" if lang == "zh" else f"Reporting · {p.label_en()}"


def _target_name(t: Target, lang: str) -> str:
    return t.name_zh if lang == "zh" else t.name_en


def format_reporting(rep: Reporting, fmt: CheckFormat, lang: str = "zh", *, color: bool = False) -> str:
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            return _reporting_json(rep)
        case CheckFormat.csv:
            return _reporting_csv(rep, lang)
        case CheckFormat.markdown:
            return _reporting_text(rep, lang, color, markdown=True)
        case CheckFormat.table:
            return _reporting_text(rep, lang, color, markdown=False)
        case _:
            assert_never(fmt)


def _reporting_json(rep: Reporting) -> str:
    doc = {
        "period": str(rep.period),
        "units": [
            {
                "unit": u.unit,
                "name_zh": u.name_zh,
                "name_en": u.name_en,
                "due": len(u.figures),
                "received": u.received,
                **{s: u.count(s) for s in (ON_TIME, LATE, UNDATED, MISSING)},
                "rate_pct": None if u.rate is None else round(u.rate, 4),
                "timeliness_pct": None if u.timeliness is None else round(u.timeliness, 4),
                "figures": [
                    {
                        "target": f.target.id,
                        "due_date": f.due.isoformat(),
                        "state": f.state,
                        "reported": None if f.date is None else f.date.isoformat(),
                    }
                    for f in u.figures
                ],
            }
            for u in rep.units
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _reporting_csv(rep: Reporting, lang: str) -> str:
    head = HEAD[lang]
    rows = [_row(u, lang) for u in rep.units]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["unit", *head])
    writer.writerows(
        [csv_text(u.unit), *(csv_text(c) for c in row)] for u, row in zip(rep.units, rows, strict=True)
    )
    return buffer.getvalue()


def _reporting_text(rep: Reporting, lang: str, color: bool, *, markdown: bool) -> str:
    """Markdown and the table share their rows and the lines of the figures missing."""
    head = HEAD[lang]
    rows = [_row(u, lang) for u in rep.units]
    missing_lines: list[str] = []
    for u in rep.units:
        for f in u.missing:
            label = "未报" if lang == "zh" else "missing"
            missing_lines.append(
                f"{_name(u, lang)} {label}: {_target_name(f.target, lang)} ({f.target.id})"
                f" · {'截止' if lang == 'zh' else 'due'} {f.due.isoformat()}"
            )
    if markdown:
        out = [
            f"{markdown_text(_title(rep, lang))}  ",
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
            *("| " + " | ".join(markdown_text(c) for c in row) + " |" for row in rows),
            "",
            *(f"- {markdown_text(line)}" for line in missing_lines),
        ]
        if missing_lines:
            out.append("")
        return "\n".join([*out, NOTE[lang]]) + "\n"

    table = render_rows(head, rows, color=color, right=frozenset(range(1, len(head))))
    tail = "".join(terminal_text(line) + "\n" for line in missing_lines)
    return terminal_text(_title(rep, lang)) + "\n" + table + tail + NOTE[lang] + "\n"


def chase_list(rep: Reporting, lang: str = "zh", *, owed: Sequence[Owed] = ()) -> str:
    """催报清单: per unit with figures missing, the figures to send and by when, to send as it is;
    then the red targets owed an explanation (``owed``: no 滞后原因 on the record)."""
    p = rep.period
    out: list[str] = []
    for u in rep.units:
        missing = u.missing
        if not missing:
            continue
        name = terminal_text(_name(u, lang))
        if lang == "zh":
            out.append(f"{name}:")
            out.append(f"    贵单位 {p.label_zh()} 以下 {len(missing)} 项指标数据尚未报送,请按期报送:")
        else:
            out.append(f"{name}:")
            out.append(
                f"    {len(missing)} figure(s) for {p.label_en()} have not been received; please send:"
            )
        for i, f in enumerate(missing, start=1):
            t = f.target
            unit = f", {t.unit}" if t.unit else ""
            when = "截止" if lang == "zh" else "due"
            out.append(
                f"    {i}. {terminal_text(_target_name(t, lang))} ({t.id}{terminal_text(unit)}) · {when} {f.due.isoformat()}"
            )
        out.append("")
    if not out:
        done = "各单位均已报送。" if lang == "zh" else "Every unit has reported."
        head = f"{'催报清单' if lang == 'zh' else 'Chase list'} · {p.label_zh() if lang == 'zh' else p.label_en()}"
        return f"{head}\n{done}\n" + owed_text(rep, owed, lang)
    title = f"催报清单 · {p.label_zh()}" if lang == "zh" else f"Chase list · {p.label_en()}"
    return title + "\n\n" + "\n".join(out) + owed_text(rep, owed, lang)


def owed_text(rep: Reporting, owed: Sequence[Owed], lang: str) -> str:
    """The chase list's second part: per unit, its red targets with no 滞后原因 on the record,
    owed an explanation (not a figure: the figure is in, the reason is not)."""
    p = rep.period
    by_unit: dict[str, list[Owed]] = {}
    for o in owed:
        by_unit.setdefault(o.unit, []).append(o)
    out: list[str] = []
    for items in by_unit.values():
        name = terminal_text(items[0].name_zh if lang == "zh" else items[0].name_en)
        out.append(f"{name}：" if lang == "zh" else f"{name}:")
        out.append(
            f"    贵单位以下{len(items)}项指标{p.label_zh()}为红灯，尚未说明滞后原因，请说明原因和下步措施："
            if lang == "zh"
            else f"    {len(items)} target(s) red at {p.label_en()} with no reason given; please explain"
            " the delay and the next steps:"
        )
        for i, o in enumerate(items, start=1):
            out.append(f"    {i}. {terminal_text(_target_name(o.target, lang))} ({o.target.id})")
        out.append("")
    if not out:
        return ""
    head = "须说明原因（红灯）" if lang == "zh" else "Explanations owed (red)"
    return "\n" + head + "\n\n" + "\n".join(out)
