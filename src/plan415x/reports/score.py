"""年考评 reports of ``plan415x score``: table (terminal), json, markdown, csv.

Every amount is printed as it was computed (two decimals, see scoring/rules/common.py), so a
unit's lines, per target and per rule, add up to its total as printed. Text from the data
(names, notes, who approved an exemption) goes through safetext for where it is written.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, assert_never

from plan415x.options import CheckFormat
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.table import BOLD, paint, render_rows
from plan415x.results import Result
from plan415x.safetext import csv_text, markdown_text, terminal_text
from plan415x.scoring.points import BASE, CAP, FLOOR, ZERO, Line, pts
from plan415x.views.score import ScoreView, UnitView, deductions

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score, UnitScore

DEFAULT_RULES = {
    "zh": "注意: 使用默认考评细则(示例,未按考核办法调整),得分仅供参考",
    "en": "NOTE: scored by the DEFAULT rules (a starting point, not adjusted to the year's 考核办法)",
}
NO_YEAR_END = {
    "zh": "注意: {year}年尚无1-12月数据,年末判定为未填报",
    "en": "NOTE: no figures for Jan-Dec {year} yet: the year-end judgement is no_data",
}
PROVISIONAL = {"zh": "暂定得分(非最终): ", "en": "PROVISIONAL score (not final): "}
"""How every provisional score's first line starts, in every output."""


def provisional_lines(score: Score, lang: str) -> list[str]:
    """Why the score is provisional, the month its data runs to (截至N月), and the files used:
    two lines, the first starting with PROVISIONAL (none for a final score)."""
    state = score.provisional
    if state is None or state.at is None:
        return []
    at, zh = state.at, lang == "zh"
    names = dict(score.report.unit_names)
    silent = ("、" if zh else ", ").join(names.get(u, (u, u))[0 if zh else 1] for u in state.silent)
    if state.not_over:
        why = (
            f"{score.year}年度未结束(今天 {state.today.isoformat()}), 数据截至{at.end_month}月({at})"
            if zh
            else f"year not over (today {state.today.isoformat()}), data to month {at.end_month} ({at})"
        )
    else:
        why = (
            f"{score.year}年末数据未齐({silent} 未报任何年末数据; 年末应报{state.due}项, 缺{state.missing}项),"
            f" 数据截至{at.end_month}月({at})"
            if zh
            else f"{score.year}'s year-end figures are not in ({silent}: none of theirs;"
            f" {state.missing} of {state.due} missing), data to month {at.end_month} ({at})"
        )
    used = ("、" if zh else ", ").join(str(p) for p in state.used)
    if zh:
        second = (
            f"所用数据: {used} 各期实绩文件; 各指标按{at.label_zh()}判定, {at}尚无数据的指标不计分,"
            f" {at}缺报不计漏报"
        )
        if state.later:
            second += f"; 未用: {'、'.join(str(p) for p in state.later)}(该期未结束)"
    else:
        second = (
            f"Data used: the files of {used}; every target judged at {at}, a target with no figure"
            f" for {at} yet is not scored, and no figure of {at} counts as missing"
        )
        if state.later:
            second += f"; left out: {', '.join(str(p) for p in state.later)} (period not over)"
    return [PROVISIONAL[lang] + why, second]


def is_warning(line: str, lang: str) -> bool:
    """A header line shown in red: the default rules, illustrative data, no year end, provisional."""
    return (
        line in (DEFAULT_RULES[lang], ILLUSTRATIVE[lang])
        or line.startswith(NO_YEAR_END[lang][:3])
        or line.startswith(PROVISIONAL[lang])
    )


OWN = {
    BASE: ("基础分", "Base"),
    FLOOR: ("保底(扣完为止)", "Floor"),
    CAP: ("封顶", "Cap"),
}
HEAD = {
    "zh": ["位次", "单位", "得分", "满分", "得分率", "指标数"],
    "en": ["Rank", "Unit", "Score", "Full", "Rate", "Targets"],
}


def rate_text(rate: Fraction | None) -> str:
    if rate is None:
        return "—"
    value = (Decimal(rate.numerator) * 100 / Decimal(rate.denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    return f"{value}%".replace("-", "−")


def rule_name(score: Score, rule: str, lang: str) -> str:
    if rule in OWN:
        return OWN[rule][0 if lang == "zh" else 1]
    for r in score.scoring.rules:
        if r.id == rule:
            return r.name_zh if lang == "zh" else r.name_en
    return rule


def unit_name(u: UnitScore, lang: str) -> str:
    return u.name_zh if lang == "zh" else u.name_en


def target_name(score: Score, target: str | None, lang: str) -> str:
    if target is None:
        return "单位合计调整" if lang == "zh" else "Unit adjustments"
    names = score.target_names.get(target)
    if names is None:
        return target
    return names[0] if lang == "zh" else names[1]


def header_lines(score: Score, lang: str) -> list[str]:
    plan, s = score.report.plan, score.scoring
    if lang == "zh":
        title = f"{plan.title_zh}  {plan.doc_number}" if plan.doc_number.strip() else plan.title_zh
        lines = [title, f"年度考评 {score.year}年 · 细则: {s.title_zh}"]
        by = "按得分率排名" if s.rank_by == "rate" else "按得分排名"
        lines[-1] += f" · {by}"
    else:
        title = f"{plan.title_en}  ({plan.doc_number})" if plan.doc_number.strip() else plan.title_en
        lines = [title, f"Annual score {score.year} · rules: {s.title_en}"]
        lines[-1] += " · ranked by " + ("rate (score / full)" if s.rank_by == "rate" else "score")
    if s.default:
        lines.append(DEFAULT_RULES[lang])
    if score.illustrative:
        lines.append(ILLUSTRATIVE[lang])
    lines += provisional_lines(score, lang)
    if not score.year_end_reported and score.provisional is None:
        lines.append(NO_YEAR_END[lang].format(year=score.year))
    return lines


def ranking_rows(score: Score, lang: str) -> list[list[str]]:
    return [
        [str(u.rank), unit_name(u, lang), pts(u.total), pts(u.full), rate_text(u.rate), str(len(u.targets))]
        for u in score.units
    ]


def breakdown(view: ScoreView, uv: UnitView, lang: str) -> tuple[list[str], list[list[str]]]:
    """One row per target (and one for the unit's own adjustments), one column per rule,
    the row's subtotal last; the last row is the totals, which add up to the unit's score."""
    score, ids, u = view.score, view.rule_ids, uv.scored
    head = ["指标" if lang == "zh" else "Target", *(rule_name(score, r, lang) for r in ids)]
    head.append("小计" if lang == "zh" else "Subtotal")
    rows = []
    for target in uv.rows:
        row = [target_name(score, target, lang)]
        row += [pts(uv.cells[(target, r)]) if (target, r) in uv.cells else "" for r in ids]
        row.append(pts(uv.subtotals.get(target, ZERO)))
        rows.append(row)
    by_rule = uv.by_rule
    total_row = ["合计" if lang == "zh" else "Total"]
    total_row += [pts(by_rule[r]) if r in by_rule else "" for r in ids]
    total_row.append(pts(u.total))
    rows.append(total_row)
    return head, rows


def exemption_lines(score: Score, u: UnitScore, lang: str) -> list[str]:
    out = []
    for line in u.lines:
        if line.exemption is None:
            continue
        e = line.exemption
        what = f"{target_name(score, line.target, lang)} · {rule_name(score, line.rule, lang)}"
        if lang == "zh":
            out.append(
                f"豁免: {what} 免扣 {pts(-line.waived)} 分 — {e.note} (批准: {e.approved_by}{_on(e.approved_on)})"
            )
        else:
            out.append(
                f"Exempted: {what}, {pts(-line.waived)} waived — {e.note} (approved by {e.approved_by}{_on(e.approved_on)})"
            )
    return out


def _on(date: object) -> str:
    return f", {date}" if date else ""


def unscored_line(score: Score, u: UnitScore, lang: str) -> str | None:
    if not u.unscored:
        return None
    state = score.provisional

    def why(r: Result) -> str:
        if state is not None and state.at is not None and r.target.id in u.pending:
            return f"尚无{state.at}数据" if lang == "zh" else f"no figure for {state.at} yet"
        return r.status.label(lang)

    items = ", ".join(f"{target_name(score, r.target.id, lang)} ({why(r)})" for r in u.unscored)
    if state is not None and state.at is not None:
        at = state.at
        return (
            f"不计分(截至{at}未判定或尚无数据): "
            if lang == "zh"
            else f"Not scored (not judged, or no figure yet, at {at}): "
        ) + items
    return ("不计分(年末未判定): " if lang == "zh" else "Not scored (not judged at the year end): ") + items


def unit_title(u: UnitScore, lang: str) -> str:
    if lang == "zh":
        return f"{u.name_zh} ({u.unit}): 得分 {pts(u.total)} / 满分 {pts(u.full)} ({rate_text(u.rate)}) · 第{u.rank}位"
    return f"{u.name_en} ({u.unit}): {pts(u.total)} of {pts(u.full)} ({rate_text(u.rate)}) · rank {u.rank}"


NOTE = {
    "zh": "说明: 得分=各指标基础分+各规则扣分/加分+封顶与保底调整,逐行四舍五入到0.01分后相加,与所列各行之和一致;"
    "复述指标只计一次,监测指标不计分;公式见 docs/scoring.md,逐项依据: plan415x explain --score 单位 年份",
    "en": "Note: score = base points + each rule's lines + caps and floors, each line rounded to 0.01 and then"
    " added, so the lines printed add up to the total; a restatement counts once, monitoring indicators"
    " never; formulas: docs/scoring.md; every point: plan415x explain --score UNIT YEAR",
}


def format_table(view: ScoreView, lang: str = "zh", *, color: bool = False) -> str:
    score = view.score

    def shown(line: str) -> str:
        return paint(terminal_text(line), "1;31" if is_warning(line, lang) else BOLD, color)

    out = [shown(line) for line in header_lines(score, lang)]
    head = HEAD[lang]
    out.append(
        render_rows(head, ranking_rows(score, lang), color=color, right=frozenset({0, 2, 3, 4, 5})).rstrip(
            "\n"
        )
    )
    for uv in view.units:
        u = uv.scored
        out += ["", paint(terminal_text(unit_title(u, lang)), BOLD, color)]
        bhead, rows = breakdown(view, uv, lang)
        out.append(render_rows(bhead, rows, color=color, right=frozenset(range(1, len(bhead)))).rstrip("\n"))
        out += [terminal_text(x) for x in exemption_lines(score, u, lang)]
        if (extra := unscored_line(score, u, lang)) is not None:
            out.append(terminal_text(extra))
    out += ["", NOTE[lang]]
    return "\n".join(out) + "\n"


def format_markdown(view: ScoreView, lang: str = "zh") -> str:
    score = view.score

    def table(head: list[str], rows: list[list[str]]) -> list[str]:
        return [
            "| " + " | ".join(markdown_text(h) for h in head) + " |",
            "|" + "---|" * len(head),
            *("| " + " | ".join(markdown_text(c) for c in row) + " |" for row in rows),
        ]

    out = [f"{markdown_text(x)}  " for x in header_lines(score, lang)]
    out += ["", *table(HEAD[lang], ranking_rows(score, lang))]
    for uv in view.units:
        u = uv.scored
        out += ["", f"### {markdown_text(unit_title(u, lang))}", ""]
        out += table(*breakdown(view, uv, lang))
        extra = [*exemption_lines(score, u, lang)]
        if (line := unscored_line(score, u, lang)) is not None:
            extra.append(line)
        if extra:
            out += ["", *(f"- {markdown_text(x)}" for x in extra)]
    out += ["", NOTE[lang]]
    return "\n".join(out) + "\n"


def _line_dict(line: Line) -> dict[str, Any]:
    e = line.exemption
    return {
        "target": line.target,
        "rule": line.rule,
        "period": None if line.period is None else str(line.period),
        "points": float(line.amount),
        "basis": line.basis,
        "waived": float(line.waived) if e is not None else None,
        "exemption": None
        if e is None
        else {
            "note": e.note,
            "approved_by": e.approved_by,
            "approved_on": None if e.approved_on is None else e.approved_on.isoformat(),
        },
    }


def to_dict(view: ScoreView) -> dict[str, Any]:
    score = view.score
    units = []
    for uv in view.units:
        u = uv.scored
        statuses = {r.target.id: r.status.value for r in u.targets}
        targets = []
        for r in u.targets:
            lines = uv.groups.get(r.target.id, ())
            targets.append(
                {
                    "id": r.target.id,
                    "name_zh": r.target.name_zh,
                    "name_en": r.target.name_en,
                    "status": statuses[r.target.id],
                    "points": float(uv.subtotals.get(r.target.id, ZERO)),
                    "lines": [_line_dict(x) for x in lines],
                }
            )
        units.append(
            {
                "rank": u.rank,
                "unit": u.unit,
                "name_zh": u.name_zh,
                "name_en": u.name_en,
                "score": float(u.total),
                "full": float(u.full),
                "rate_pct": None
                if u.rate is None
                else float(rate_text(u.rate).rstrip("%").replace("−", "-")),
                "by_rule": {k: float(v) for k, v in uv.by_rule.items()},
                "targets": targets,
                "unit_lines": [_line_dict(x) for x in u.lines if x.target is None],
                "not_scored": [
                    {"id": r.target.id, "status": r.status.value, "pending": r.target.id in u.pending}
                    for r in u.unscored
                ],
            }
        )
    s = score.scoring
    state = score.provisional
    return {
        "year": score.year,
        "rules": {"title_zh": s.title_zh, "title_en": s.title_en, "default": s.default, "rank_by": s.rank_by},
        "illustrative": score.illustrative,
        "final": state is None,
        "provisional": None
        if state is None or state.at is None
        else {
            "why": state.why,
            "today": state.today.isoformat(),
            "data_to": str(state.at),
            "data_to_month": state.at.end_month,
            "periods_used": [str(p) for p in state.used],
            "left_out": [str(p) for p in state.later],
            "units_without_year_end": list(state.silent),
            "year_end_missing": state.missing,
            "year_end_due": state.due,
            "note_zh": " ".join(provisional_lines(score, "zh")),
            "note_en": " ".join(provisional_lines(score, "en")),
        },
        "year_end_reported": score.year_end_reported,
        "periods": [str(p) for p in score.periods],
        "units": units,
        "unassigned": list(score.unassigned),
    }


def format_json(view: ScoreView) -> str:
    return json.dumps(to_dict(view), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


CSV_HEAD = [
    "rank",
    "unit",
    "unit_name",
    "score",
    "full",
    "rate",
    "target",
    "target_name",
    "rule",
    "rule_name",
    "period",
    "points",
    "waived",
    "basis",
    "exemption_note",
    "approved_by",
    "default_rules",
    "illustrative",
    "provisional",
]


def format_csv(view: ScoreView, lang: str = "zh") -> str:
    """One row per line of every unit's breakdown: a unit's ``points`` add up to its ``score``."""
    score = view.score
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEAD)
    for u in score.units:
        for line in u.lines:
            e = line.exemption
            row = [
                str(u.rank),
                u.unit,
                unit_name(u, lang),
                f"{u.total:.2f}",
                f"{u.full:.2f}",
                rate_text(u.rate).replace("−", "-"),
                line.target or "",
                target_name(score, line.target, lang),
                line.rule,
                rule_name(score, line.rule, lang),
                "" if line.period is None else str(line.period),
                f"{line.amount:.2f}",
                f"{line.waived:.2f}" if e is not None else "",
                line.basis.replace("−", "-"),
                "" if e is None else e.note,
                "" if e is None else e.approved_by,
                str(score.scoring.default).lower(),
                str(score.illustrative).lower(),
                str(score.provisional is not None).lower(),
            ]
            writer.writerow([csv_text(cell) for cell in row])
    return buffer.getvalue()


def format_score(view: ScoreView, fmt: CheckFormat, lang: str = "zh", *, color: bool = False) -> str:
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            return format_json(view)
        case CheckFormat.csv:
            return format_csv(view, lang)
        case CheckFormat.markdown:
            return format_markdown(view, lang)
        case CheckFormat.table:
            return format_table(view, lang, color=color)
        case _:
            assert_never(fmt)


def brief_lines(score: Score, lang: str = "zh") -> list[str]:
    """A scoring section for ``brief``: only the score's own numbers, one line each."""
    out = list(header_lines(score, lang)[1:])
    if not score.units:
        return out
    first = [u for u in score.units if u.rank == score.units[0].rank]
    last = [u for u in score.units if u.rank == score.units[-1].rank]
    sep = "、" if lang == "zh" else ", "

    def names(us: list[UnitScore]) -> str:
        return sep.join(
            f"{unit_name(u, lang)} {pts(u.total)}/{pts(u.full)} ({rate_text(u.rate)})" for u in us
        )

    if lang == "zh":
        out.append(f"参评单位 {len(score.units)} 个; 第一: {names(first)}; 末位: {names(last)}")
    else:
        out.append(f"{len(score.units)} units scored; first: {names(first)}; last: {names(last)}")
    taken = deductions(score)
    if taken:
        parts = [f"{rule_name(score, k, lang)} {pts(v)}" for v, k in taken]
        out.append(("扣分: " if lang == "zh" else "Deductions: ") + (" · ".join(parts)))
    return out
