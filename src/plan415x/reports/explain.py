"""``plan415x explain``: every input and each step of a target's judgement, with numbers."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from typing import NamedTuple

from plan415x.engine import Engine, applies, source_text
from plan415x.i18n import say, shown, template
from plan415x.periods import Period
from plan415x.problems import Said
from plan415x.results import Result, Status, worse_first
from plan415x.rules import FORMULAS
from plan415x.rules.common import fmt
from plan415x.safetext import terminal_text
from plan415x.scoring.engine import Line, Score, UnitScore
from plan415x.scoring.rules.common import ZERO
from plan415x.values import COMPARATOR_ZH, HEDGE_ZH, KIND_ZH, STATE_ZH, Comparator, Kind, Pace, Target


def render_steps(steps: Iterable[Said], lang: str = "en") -> list[str]:
    """A rule's steps as lines in ``lang``."""
    return [_step_text(step, lang) for step in steps]


def _step_text(step: Said, lang: str) -> str:
    """A negative figure after a minus sign in parentheses: 37.5 − (-191.49), never the double
    minus 37.5 − -191.49 that reads as a typo. The minus is the template's own (− in English,
    - in Chinese), written just before the placeholder."""
    args = dict(step.args)
    out = []
    for literal, name, spec, conversion in string.Formatter().parse(template(step, lang)):
        out.append(literal)
        if name is None:
            continue
        text = shown(args[name], lang)
        text = format(repr(text) if conversion == "r" else text, spec or "")
        if literal.endswith(("− ", "- ")) and text[:1] == "-" and text[1:2].isdigit():
            text = f"({text})"
        out.append(text)
    return "".join(out)


def format_explain(
    engine: Engine, target: Target, period: Period, result: Result | None, lang: str = "en"
) -> str:
    if lang == "zh":
        return _format_explain_zh(engine, target, period, result)
    plan = engine.dataset.plan
    th = plan.assessment.thresholds_for(target.kind, target.hedge)
    lines = [
        f"{target.id}: {target.name_zh} / {target.name_en}",
        f"  clause   {target.clause}: {target.text_zh}",
        f"  kind     {target.kind.value}" + (f" (basis {target.basis.value})" if target.basis else ""),
        f"  target   {target.comparator.value} {'?' if target.value is None else fmt(target.value, 6)}"
        f" {target.unit or ''}, {target.first_year}-{target.last_year}, hedge {target.hedge.value},"
        f" pace {target.effective_pace.value}",
        f"  units    {', '.join(target.responsible) or '—'}",
        f"  thresholds  ahead ≥{th.ahead:g} · watch ≤{th.watch:g} below · behind ≤{th.behind:g} below",
        f"  reported {(target.frequency or plan.reporting.frequency).value}"
        + (" (the target's own)" if target.frequency else " (the plan's default)"),
    ]
    if engine.whole_items(target) and target.kind is not Kind.monitor:
        lines.append("  owed in whole items (rounded down)")
    if target.comparator is Comparator.approx:
        tolerance = target.tolerance
        if tolerance is None:
            least = f", at least 1 {target.unit or ''}".rstrip() if engine.whole_items(target) else ""
            lines.append(
                f"  tolerance ±{plan.assessment.approx_tolerance_pct:g}% of the target{least} (the plan's default)"
            )
        elif tolerance.absolute is not None:
            lines.append(f"  tolerance ±{fmt(tolerance.absolute)} {target.unit or ''}".rstrip())
        else:
            lines.append(f"  tolerance ±{tolerance.relative_pct:g}% of the target")
    if target.restates:
        lines.append(
            f"  restates {target.restates}: judged and shown; the two count once, by the worse judgement"
        )
    if target.note:
        lines.append(f"  note     {target.note}")
    lines += ["", "Rule:"]
    lines += [f"  {line.strip()}" for line in say(FORMULAS[target.kind]).strip().splitlines()]
    lines += ["", f"Figures up to {period} ({period.label_zh()}):"]
    history = [o for o in engine.history.get(target.id, ()) if o.period.key <= period.key]
    if not history:
        lines.append("  none")
    for obs in history:
        value = obs.record.state.value if obs.record.state else fmt(obs.value)
        tag = " [illustrative]" if obs.illustrative else ""
        lines.append(f"  {obs.period}: {value} {target.unit or ''}  — {source_text(obs.source)}{tag}")
        if obs.record.note:
            lines.append(f"      note: {obs.record.note}")
    if result is None:
        lines += ["", f"Not shown in {period}: the target covers {target.first_year}-{target.last_year}."]
        return _shown(lines)
    lines += ["", "Steps:"]
    lines += [f"  {i}. {line}" for i, line in enumerate(render_steps(result.outcome.steps), start=1)]
    lines += [f"  caveat: {say(c)}" for c in result.outcome.caveats]
    status = result.status
    lines += ["", f"Status: {status.value} ({status.label_zh}), light {result.light.value}"]
    pair = _pair(engine, result, period)
    if pair is not None:
        chosen, others = pair
        who = "this one" if chosen is result else chosen.target.id
        lines.append(
            f"Counted once with {', '.join(o.target.id for o in others)}, by the worse judgement of"
            f" the two: {who} ({chosen.status.value})"
        )
    if result.previous_status:
        lines.append(f"Previous period: {result.previous_status.value}")
    if result.illustrative:
        lines.append("NOTE: rests on ILLUSTRATIVE sample figures, not official statistics.")
    return _shown(lines)


PACE_ZH = {Pace.linear: "线性", Pace.deadline: "期限", Pace.profile: "月度分布", Pace.always: "始终"}


def _format_explain_zh(engine: Engine, target: Target, period: Period, result: Result | None) -> str:
    """The same facts and steps as the English, in Chinese: every number as computed, periods as
    2023年1-6月, statuses by their Chinese label with the code beside it."""
    from plan415x.reports.gap import ILLUSTRATIVE

    plan = engine.dataset.plan
    th = plan.assessment.thresholds_for(target.kind, target.hedge)
    unit = target.unit or ""
    value = "?" if target.value is None else fmt(target.value, 6)
    units = plan.responsible_units
    names = {u.id: u.name_zh for u in units}
    kind = f"{KIND_ZH[target.kind]}({target.kind.value})"
    if target.basis:
        kind += f",基础类型{KIND_ZH[target.basis]}({target.basis.value})"
    frequency = target.frequency or plan.reporting.frequency
    years = (
        f"{target.first_year}年"
        if target.first_year == target.last_year
        else f"{target.first_year}-{target.last_year}年"
    )
    lines = [
        f"{target.id}: {target.name_zh} / {target.name_en}",
        f"  条款     {target.clause}: {target.text_zh}",
        f"  类型     {kind}",
        f"  目标     {COMPARATOR_ZH[target.comparator]}{value}{unit},{years},"
        f"{HEDGE_ZH[target.hedge]},进度{PACE_ZH[target.effective_pace]}",
        f"  责任单位 {'、'.join(f'{names.get(u, u)}({u})' for u in target.responsible) or '—'}",
        f"  阈值     超进度: 高于≥{th.ahead:g}个百分点 · 关注: 低于≤{th.watch:g}个百分点"
        f" · 滞后: 低于≤{th.behind:g}个百分点",
        f"  报送     {frequency.said_in('zh')}" + ("(该指标自定)" if target.frequency else "(方案默认)"),
    ]
    if engine.whole_items(target) and target.kind is not Kind.monitor:
        lines.append("  按整数计(向下取整)")
    if target.comparator is Comparator.approx:
        tolerance = target.tolerance
        if tolerance is None:
            least = f",至少1{unit}" if engine.whole_items(target) else ""
            lines.append(f"  允许偏差 ±目标的{plan.assessment.approx_tolerance_pct:g}%{least}(方案默认)")
        elif tolerance.absolute is not None:
            lines.append(f"  允许偏差 ±{fmt(tolerance.absolute)}{unit}")
        else:
            lines.append(f"  允许偏差 ±目标的{tolerance.relative_pct:g}%")
    if target.restates:
        lines.append(f"  重复     重述{target.restates}: 照常展示和判定,两者只计一次,按较差的判定计")
    if target.note:
        lines.append(f"  备注     {target.note}")
    lines += ["", "判定规则:"]
    lines += [f"  {line.strip()}".rstrip() for line in say(FORMULAS[target.kind], "zh").strip().splitlines()]
    lines += ["", f"截至{period.label_zh()}({period})的数据:"]
    history = [o for o in engine.history.get(target.id, ()) if o.period.key <= period.key]
    if not history:
        lines.append("  无")
    for obs in history:
        shown = STATE_ZH[obs.record.state] if obs.record.state else f"{fmt(obs.value)}{unit}"
        tag = "(示意数据)" if obs.illustrative else ""
        lines.append(f"  {obs.period.label_zh()}: {shown}  — {source_text(obs.source)}{tag}")
        if obs.record.note:
            lines.append(f"      备注: {obs.record.note}")
    if result is None:
        lines += ["", f"{period.label_zh()}不展示: 该指标期限为{target.first_year}-{target.last_year}年。"]
        return _shown(lines)
    lines += ["", "判定步骤:"]
    lines += [f"  {i}. {line}" for i, line in enumerate(render_steps(result.outcome.steps, "zh"), start=1)]
    lines += [f"  说明: {say(c, 'zh')}" for c in result.outcome.caveats]
    status = result.status
    lines += ["", f"状态: {status.label_zh}({status.value}),{result.light.label('zh')}"]
    pair = _pair(engine, result, period)
    if pair is not None:
        chosen, others = pair
        who = "本指标" if chosen is result else chosen.target.id
        lines.append(
            f"计数: 与{'、'.join(o.target.id for o in others)}只计一次,按较差的判定计: {who}"
            f"({chosen.status.label_zh})"
        )
    if result.previous_status:
        lines.append(f"上期状态: {result.previous_status.label_zh}({result.previous_status.value})")
    if result.illustrative:
        lines.append(ILLUSTRATIVE["zh"])
    return _shown(lines)


def _pair(engine: Engine, result: Result, period: Period) -> tuple[Result, list[Result]] | None:
    """The half of a target and its restatements that counts at ``period`` (``results.counted``)
    and the other halves, when the target is one of such a group shown in the period."""
    target = result.target
    root = target.restates or target.id
    members = [
        t
        for t in engine.dataset.plan.targets
        if (t.id == root or t.restates == root) and t.kind is not Kind.monitor and applies(t, period)
    ]
    if len(members) < 2 or result.status is Status.monitoring:
        return None
    group = [
        result if t.id == target.id else Result(t, engine.judge(t, period), None, (), False, None)
        for t in members
    ]
    return min(group, key=worse_first), [r for r in group if r is not result]


def _shown(lines: list[str]) -> str:
    # Names, notes, sources and evidence are data: no control character reaches the terminal.
    return "\n".join(terminal_text(line) for line in lines) + "\n"


class _ScoreWords(NamedTuple):
    """How a unit's score is put in one language: everything else is the same in both."""

    head: list[str]
    adjustments: str
    target: Callable[[str, Result], str]
    line: Callable[[Line], str]
    """A line after its number and amount: the rule, its period and its basis."""
    exempted: Callable[[Line], str]
    total: Callable[[str, int], str]
    unscored: Callable[[Result], str]
    rules: str
    formula: Callable[[str], str]


def _words_en(score: Score, unit: UnitScore) -> _ScoreWords:
    from plan415x.reports.score import rate_text, rule_name, target_name
    from plan415x.scoring.rules import FORMULAS as SCORING_FORMULAS
    from plan415x.scoring.rules.common import pts

    s = score.scoring
    # a provisional score is judged where its data ends, not at the year end
    provisional = score.provisional is not None
    end = f"at {score.report.period}" if provisional else "year end"
    at = (
        f"not judged, or no figure yet, at {score.report.period}"
        if provisional
        else "not judged at the year end"
    )

    def target(target: str, r: Result) -> str:
        completion = r.outcome.completion_pct
        return (
            f"{target}: {target_name(score, target, 'zh')} / {target_name(score, target, 'en')} — {end}"
            f" {r.status.value} ({r.status.label_zh})"
            + ("" if completion is None else f", completion {fmt(completion, 1)}%")
        )

    def exempted(line: Line) -> str:
        e = line.exemption
        assert e is not None
        on = f", {e.approved_on}" if e.approved_on else ""
        return f"      exempted: {pts(-line.waived)} waived — {e.note} (approved by {e.approved_by}{on})"

    return _ScoreWords(
        head=[
            f"{unit.unit}: {unit.name_zh} / {unit.name_en}, {score.year}",
            f"  rules    {s.title_zh} / {s.title_en}",
            f"  score    {pts(unit.total)} of {pts(unit.full)} ({rate_text(unit.rate)}), rank {unit.rank} of"
            f" {_units_ranked(score)}, ranked by {s.rank_by}",
            f"  periods  {', '.join(str(p) for p in score.periods) or 'none'} (the year's status history)",
        ],
        adjustments="Unit adjustments:",
        target=target,
        line=lambda line: (
            f"{line.rule} ({rule_name(score, line.rule, 'en')})"
            + (f" {line.period}" if line.period else "")
            + f": {line.basis}"
        ),
        exempted=exempted,
        total=lambda total, n: f"Total: {total} (the sum of the {n} lines above)",
        unscored=lambda r: f"Not scored: {r.target.id} ({r.status.value}: {at})",
        rules="Rules:",
        formula=lambda kind: say(SCORING_FORMULAS[kind]),
    )


def _words_zh(score: Score, unit: UnitScore) -> _ScoreWords:
    """Every amount as computed (so they add up as printed), each basis said in Chinese, periods
    as 2023年1-6月, statuses by their Chinese label with the code
    beside it, the rules' formulas in Chinese."""
    from plan415x.reports.score import rate_text, rule_name, target_name
    from plan415x.scoring.rules import FORMULAS as SCORING_FORMULAS
    from plan415x.scoring.rules.common import pts

    s = score.scoring
    by = "按得分率排名" if s.rank_by == "rate" else "按得分排名"
    periods = "、".join(p.label_zh() for p in score.periods) or "无"
    end = f"截至{score.report.period.label_zh()}" if score.provisional is not None else "年末"
    unjudged = f"{end}未判定或尚无数据" if score.provisional is not None else "年末未判定"

    def target(target: str, r: Result) -> str:
        completion = r.outcome.completion_pct
        return (
            f"{target}: {target_name(score, target, 'zh')} / {target_name(score, target, 'en')} — {end}"
            f"{r.status.label_zh}({r.status.value})"
            + ("" if completion is None else f",完成率{fmt(completion, 1)}%")
        )

    def exempted(line: Line) -> str:
        e = line.exemption
        assert e is not None
        on = f", {e.approved_on}" if e.approved_on else ""
        return f"      豁免: 免扣{pts(-line.waived)}分 — {e.note}(批准: {e.approved_by}{on})"

    return _ScoreWords(
        head=[
            f"{unit.unit}: {unit.name_zh} / {unit.name_en},{score.year}年",
            f"  细则     {s.title_zh} / {s.title_en}",
            f"  得分     {pts(unit.total)} / 满分{pts(unit.full)}({rate_text(unit.rate)}),第{unit.rank}位"
            f"(共{_units_ranked(score)}个单位),{by}",
            f"  期别     {periods}(全年的状态记录)",
        ],
        adjustments="单位合计调整:",
        target=target,
        line=lambda line: (
            f"{line.rule}({rule_name(score, line.rule, 'zh')})"
            + (f" {line.period.label_zh()}" if line.period else "")
            + f": {say(line.said, 'zh')}"
        ),
        exempted=exempted,
        total=lambda total, n: f"合计: {total}(以上{n}行之和)",
        unscored=lambda r: f"不计分: {r.target.id}({r.status.label_zh}({r.status.value}): {unjudged})",
        rules="考评规则:",
        formula=lambda kind: say(SCORING_FORMULAS[kind], "zh"),
    )


def format_score_explain(score: Score, unit: UnitScore, lang: str = "en") -> str:
    """Every line of a unit's annual score: the rule, its formula's figures, what an exemption
    waived; then the rules' formulas. A disputed score is answered line by line, in ``lang``."""
    from plan415x.reports.gap import ILLUSTRATIVE
    from plan415x.reports.score import DEFAULT_RULES, provisional_lines
    from plan415x.scoring.rules.common import pts, signed

    words = _words_zh(score, unit) if lang == "zh" else _words_en(score, unit)
    lang = "zh" if lang == "zh" else "en"
    s = score.scoring
    lines = list(words.head)
    if s.default:
        lines.append(DEFAULT_RULES[lang])
    if score.illustrative:
        lines.append(ILLUSTRATIVE[lang])
    lines += provisional_lines(score, lang)
    n = 0
    running = ZERO
    statuses = {r.target.id: r for r in unit.targets}
    for target, group in _by_target(unit).items():
        lines.append("")
        lines.append(words.adjustments if target is None else words.target(target, statuses[target]))
        for line in group:
            n += 1
            running += line.amount
            lines.append(f"  {n:>3}. {signed(line.amount):>7}  {words.line(line)}")
            if line.exemption is not None:
                lines.append(words.exempted(line))
        subtotal = sum((x.amount for x in group), ZERO)
        lines.append(f"{'':>16}= {pts(subtotal)}")
    lines += ["", words.total(pts(running), n)]
    lines += [words.unscored(r) for r in unit.unscored]
    lines += ["", words.rules]
    used = dict.fromkeys(rule.type for rule in s.rules)
    for kind in [*used, "limits"]:
        for text in words.formula(kind).strip().splitlines():
            lines.append(f"  {text.strip()}".rstrip())
        lines.append("")
    return _shown(lines[:-1])


def _by_target(unit: UnitScore) -> dict[str | None, list[Line]]:
    """A unit's lines by the target they score (None: the unit's own adjustments), in order."""
    by_target: dict[str | None, list[Line]] = {}
    for line in unit.lines:
        by_target.setdefault(line.target, []).append(line)
    return by_target


def _units_ranked(score: Score) -> str:
    return str(score.ranked_among)
