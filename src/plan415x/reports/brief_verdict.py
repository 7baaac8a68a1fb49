"""The 通报's 时间过半 paragraph (issue 24, item 7): a multi-year plan's verdicts
(``views.verdict``) said in 总体情况 in the plan's middle year, once half its span is past, as
双过半 is said only at 1-6月. At any other period the 通报 says nothing of them: ``check`` has
the line every period."""

from __future__ import annotations

from plan415x.reports.gap import NAMED_LAGGING, report_verdicts, verdict_word
from plan415x.reports.words import name_text, num
from plan415x.results import Report
from plan415x.views.verdict import JUDGED, Verdict


def halfway_text(report: Report, lang: str) -> str | None:
    """规划实施时间过半（2023-2027年，时间进度60%）：32项指标中，提前实现17项，快于预期0项，基本
    符合预期13项，滞后2项（…）；另有未填报30项、未评估19项。 None but at 时间过半."""
    seen = report_verdicts(report)
    if seen is None or not seen.midpoint.halfway:
        return None
    plan, zh = report.plan, lang == "zh"
    span, elapsed = f"{plan.first_year}-{plan.last_year}", num(seen.midpoint.elapsed_pct)
    names = [name_text(r, lang) for r in seen.lagging[:NAMED_LAGGING]]
    more = len(seen.lagging) > NAMED_LAGGING
    no_data, apart = seen.counts[Verdict.no_data], seen.not_assessed
    if zh:
        # A 公文's sentence, full-width; the names as the data writes them (they may hold 、).
        parts = [f"{verdict_word(v, lang)}{seen.counts[v]}项" for v in JUDGED]
        if names:
            parts[-1] += "（" + "；".join(names) + ("等" if more else "") + "）"
        text = f"规划实施时间过半（{span}年，时间进度{elapsed}%）：{seen.judged}项指标中，" + "，".join(parts)
        extra = [f"未填报{no_data}项" if no_data else "", f"未评估{apart}项" if apart else ""]
        extra = [x for x in extra if x]
        return text + ("；另有" + "、".join(extra) if extra else "") + "。"
    parts = [f"{seen.counts[v]} {verdict_word(v, lang)}" for v in JUDGED]
    if names:
        parts[-1] += " (" + "; ".join(names) + (", etc." if more else "") + ")"
    text = f"Halfway through the plan ({span}, {elapsed}% of the time elapsed): of {seen.judged} targets, "
    extra = [f"no data {no_data}" if no_data else "", f"not assessed {apart}" if apart else ""]
    extra = [x for x in extra if x]
    return text + ", ".join(parts) + ("; " + ", ".join(extra) if extra else "") + "."
