"""What was published (``rank --as-published``): the ranking a publication record holds
(``views.published``), in the columns ``rank`` shows, never judged again from the data."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, assert_never

from plan415x.options import CheckFormat
from plan415x.reports.rank import GROUP_HEAD, JOINED_HEAD, SHORT_HEAD, SPLIT_HEAD, STANDING_WORDS
from plan415x.reports.table import natural_width, render_rows, wrap
from plan415x.results import Light, Status
from plan415x.safetext import csv_text, markdown_text, terminal_text
from plan415x.views.rank import Standing

JUDGEMENT_HEAD = {
    "zh": ["指标", "名称", "牵头单位", "状态", "实际", "完成率", "序时进度", "差值"],
    "en": ["Target", "Name", "Lead unit", "Status", "Actual", "Done", "Schedule", "Gap"],
}


def _place(u: dict[str, Any], lang: str) -> str:
    if u["rank"] is not None:
        return str(u["rank"])
    try:
        return STANDING_WORDS[lang].get(Standing(u["standing"]), "—")
    except ValueError:
        return "—"


def _number(value: Any, suffix: str = "") -> str:
    return "—" if value is None else f"{float(value):.1f}{suffix}"


def rows(record: dict[str, Any], lang: str, *, short: bool = False) -> tuple[list[str], list[list[str]]]:
    """The published ranking's rows under ``rank``'s split heads (组别 first when grouped), or
    its short heads with the counts joined (``short``: a narrow terminal), as ``rank`` does."""
    units = record["ranking"]
    grouped = any(u.get("group") is not None for u in units)
    head = ([{"zh": "组别", "en": "Group"}[lang]] if grouped else []) + (SHORT_HEAD if short else SPLIT_HEAD)[
        lang
    ]

    def counts(u: dict[str, Any]) -> list[str]:
        if short:
            return [f"{u['ahead']}/{u['on_track']}/{u['behind']}", f"{u['red']}/{u['yellow']}"]
        return [str(u[k]) for k in ("ahead", "on_track", "behind", "red", "yellow")]

    out = [
        [
            *([u.get("group") or "—"] if grouped else []),
            _place(u, lang),
            str(u["name_zh"] if lang == "zh" else u["name_en"]),
            str(u["targets"]),
            str(u["counted"]),
            *counts(u),
            _number(u["average_behind_points"]),
            _number(u["reporting_rate_pct"], "%"),
            str(u["move"]),
        ]
        for u in units
    ]
    return head, out


def joined_head(lang: str, *, grouped: bool) -> list[str]:
    """``rank``'s joined heads (超/达/欠进度 as 3/2/1), 组别 first when grouped: the 通报's."""
    return ([GROUP_HEAD[lang]] if grouped else []) + JOINED_HEAD[lang]


def joined_row(u: dict[str, Any], lang: str, *, grouped: bool) -> list[str]:
    """A unit of the published ranking in ``joined_head``'s columns."""
    return [
        *([u.get("group") or "—"] if grouped else []),
        _place(u, lang),
        str(u["name_zh"] if lang == "zh" else u["name_en"]),
        str(u["targets"]),
        str(u["counted"]),
        f"{u['ahead']}/{u['on_track']}/{u['behind']}",
        f"{u['red']}/{u['yellow']}",
        _number(u["average_behind_points"]),
        _number(u["reporting_rate_pct"], "%"),
        str(u["move"]),
    ]


def heading(record: dict[str, Any], lang: str) -> list[str]:
    period, date, against = record["period"], record["published"], record.get("compared_with")
    if lang == "zh":
        lines = [f"{period} 已发布的排名({date} 发布,按发布时的数据,不按现有数据重算)"]
        if record.get("new_year"):
            lines.append("位次变化: 新年度首次晾晒,不与上年比较")
        elif against:
            lines.append(f"位次变化: 与 {against} 相比")
        return lines
    lines = [f"The ranking of {period} as published on {date} (on the figures of then, not judged again)"]
    if record.get("new_year"):
        lines.append("move: the year's first ranking, not compared with last year (新年度)")
    elif against:
        lines.append(f"move: against {against}")
    return lines


def format_published(record: dict[str, Any], fmt: CheckFormat, lang: str, *, fit: int | None = None) -> str:
    match fmt:
        case CheckFormat.json:
            # The record itself: what was published is what the file holds.
            return json.dumps(record, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n"
        case CheckFormat.csv:
            return _csv(*rows(record, lang), record)
        case CheckFormat.markdown:
            head, body = rows(record, lang)
            out = [f"{markdown_text(x)}  " for x in heading(record, lang)]
            out += ["", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            out += ["| " + " | ".join(markdown_text(c) for c in row) + " |" for row in body]
            return "\n".join(out) + "\n"
        case CheckFormat.table:
            head, body = rows(record, lang)
            name = head.index(SPLIT_HEAD[lang][1])
            if fit is not None and sum(natural_width(head, body)) + 2 * (len(head) - 1) > fit:
                head, body = rows(record, lang, short=True)
            table = render_rows(
                head,
                body,
                color=False,
                right=frozenset(range(name + 1, len(head))),
                fit=fit,
                shrink=((name, 8),),
            )
            sep = "" if lang == "zh" else " "
            text = [y for x in heading(record, lang) for y in wrap(terminal_text(x), fit, sep=sep)]
            return "\n".join(text) + "\n" + table
        case _:
            assert_never(fmt)


def _status(status: str, light: str, lang: str) -> str:
    """红灯·严重滞后, as check writes it; a code this version does not know, as it is."""
    try:
        return f"{Light(light).label(lang)}·{Status(status).label(lang)}"
    except ValueError:
        return f"{light}·{status}"


def _figure(value: Any) -> str:
    if value is None:
        return "—"
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,.2f}".rstrip("0").rstrip(".")


def judgement_rows(
    record: dict[str, Any], lang: str, names: dict[str, tuple[str, str]], units: dict[str, tuple[str, str]]
) -> tuple[list[str], list[list[str]]]:
    """The published judgements, one row a target: its name and lead unit from the plan as it is
    (``names``, ``units``: id -> (zh, en); the id where the plan no longer has it)."""
    pick = 0 if lang == "zh" else 1
    out = [
        [
            str(j["target"]),
            names.get(j["target"], (j["target"], j["target"]))[pick],
            units.get(j["lead_unit"] or "", (j["lead_unit"] or "—", j["lead_unit"] or "—"))[pick],
            _status(j["status"], j["light"], lang),
            _figure(j["actual"]) if j.get("state") is None else str(j["state"]),
            _number(j["completion_pct"], "%"),
            _number(j["schedule_pct"], "%"),
            _number(j["gap_points"]),
        ]
        for j in record["judgements"]
    ]
    return JUDGEMENT_HEAD[lang], out


def format_judgements(
    record: dict[str, Any],
    fmt: CheckFormat,
    lang: str,
    names: dict[str, tuple[str, str]],
    units: dict[str, tuple[str, str]],
    *,
    fit: int | None = None,
) -> str:
    """``check --as-published``: the judgements the record holds, as they were published."""
    head, body = judgement_rows(record, lang, names, units)
    title = (
        f"{record['period']} 已发布的判定({record['published']} 发布,按发布时的数据,不按现有数据重算)"
        if lang == "zh"
        else f"The judgements of {record['period']} as published on {record['published']} (not judged again)"
    )
    match fmt:
        case CheckFormat.json:
            doc = {k: record[k] for k in ("period", "published", "digest", "judgements")}
            return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n"
        case CheckFormat.csv:
            return _csv(head, body, record)
        case CheckFormat.markdown:
            out = [f"{markdown_text(title)}  ", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            out += ["| " + " | ".join(markdown_text(c) for c in row) + " |" for row in body]
            return "\n".join(out) + "\n"
        case CheckFormat.table:
            table = render_rows(
                head, body, color=False, right=frozenset(range(4, len(head))), fit=fit, shrink=(1, 2)
            )
            sep = "" if lang == "zh" else " "
            return "\n".join(wrap(terminal_text(title), fit, sep=sep)) + "\n" + table
        case _:
            assert_never(fmt)


def _csv(head: list[str], body: list[list[str]], record: dict[str, Any]) -> str:
    """Rows of a publication record as CSV, each with the period and the day it was published."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*head, "period", "published"])
    writer.writerows([*(csv_text(c) for c in row), record["period"], record["published"]] for row in body)
    return buffer.getvalue()
