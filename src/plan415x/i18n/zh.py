"""The Chinese catalogue (简体中文): the same ids as ``en``, the same arguments in each template."""

from __future__ import annotations

# the unit of measure (units.py, checks.py)
UNITS: dict[str, str] = {
    "unknown-measure": "未知计量单位 {unit!r};请在 targets.yaml 的 measures: 下声明({{id: {unit},"
    " name_en: ..., dimension: ..., factor: 1}}),或改用已知单位(plan415x units 可列出)",
    "unknown-measure-nearest": "未知计量单位 {unit!r},最接近的已知单位:{nearest};请在 targets.yaml 的"
    " measures: 下声明({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}),或改用已知单位"
    "(plan415x units 可列出)",
    "unit-mismatch": "计量单位 {unit!r} 无法换算为指标的计量单位 {target_unit!r}",
}

# checks.py: the checks across files; plausibility.py: the warnings of figures
CHECKS: dict[str, str] = {}

# loading.py, yamlfile.py, documents.py, fsutil.py: reading the files
LOADING: dict[str, str] = {}

# model.py, periods.py, scoring/load.py and pydantic's errors (from their type and ctx)
FIELDS: dict[str, str] = {}

# excel/: the workbook's container, reading, merging, and the lines import prints
IMPORT: dict[str, str] = {}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {
    # rules/common.py: what every rule says
    "step-stale": "数据滞后: 该数据为{period},早于{checked}应报的数据({frequency},应报至{owed});按应报月份的"
    "序时进度判定,而非该数据自身的月份",
    "step-stale-figure": "数据滞后: 该数据为{period},早于{checked}应报的数据({frequency},应报至{owed})",
    "step-whole-owed": "整项计: {target} × {schedule}% = {exact},向下取整: 至今应完成{expected}(共{target})",
    "step-whole-allowed": "整项计: {target} × {schedule}% = {exact},向上取整: 至今允许{expected}(共{target})",
    "step-items-light-owed": "期限前灯号按整项计: 至今应完成{expected},实际{actual},差{short}: {status}",
    "step-items-light-allowed": "期限前灯号按整项计: 至今允许{expected},已用{actual},超出{short}: {status}",
    "step-completion": "完成率 = 实际 / 目标 = {actual} / {target}{unit} = {done}%",
    "step-still-needed": "尚需 = {remaining}{unit},余{left}个月,每月需{needed}{unit}",
    "step-schedule": "序时进度 = {done}/{total}个月 = {schedule}%",
    "step-span-elapsed": "时间进度 = {done}/{total}个月 = {schedule}%",
    "step-planned-schedule": "计划进度(该指标自定的月度分布)至{month}月 = {schedule}%",
    "step-expected": "至今应完成 = {target} × {schedule}% = {expected}{unit}",
    "step-forecast": "按此进度预计期末 = {actual} / {schedule}% = {forecast}{unit}",
    "step-exceeded": "已突破{comparator} {target}{unit}: {status}",
    "step-over": "{actual}超出目标{target},超过允许偏差±{tolerance}: 属超出目标,不算滞后",
    "step-within-tolerance": "|{actual} - {target}| ≤ {tolerance}: 在允许偏差内: 已完成",
    "step-met": "{actual} {comparator} {target}: 目标已达成: 已完成",
    "step-final-owed": "本期为最后判定期,但最新数据为{period}: 尚欠最终数据",
    "step-missed": "本期为最后判定期,{actual} {comparator} {target}未达到: 未完成",
    "step-no-interim-pace": "无序时进度(仅在期限时判定): 未到期",
    "step-gap-used": "差值 = 已用 - 序时进度 = {done} - {schedule} = {gap}",
    "step-gap": "差值 = 序时进度 - 完成率 = {schedule} - {done} = {gap}",
    "step-thresholds": "按百分点判定(超进度: 高于≥{ahead}; 关注: 低于≤{watch}; 滞后: 低于≤{behind}; 严重滞后:"
    " 更多): {status}",
    "step-no-figure": "{what}: {status}",
    "step-none-owed-yet": "{what}({frequency},尚无应报数据): {status}",
    "step-latest-figure": "最新数据({period}) = {value}{unit}",
    "step-undefined": "方案原文缺失该目标数值(见备注): 各期均为目标缺失",
    # engine.py: a target before its first year
    "step-starts-in": "{year}年起实施",
    # rules/flow.py, rules/cumulative.py
    "step-no-figure-for-year": "{year}年尚无数据",
    "step-year-to-date": "本年累计完成({period}) = {value}{unit}",
    "step-no-figure-in-span": "期内尚无数据",
    "step-no-running-total": "{year}年无数据: 无法计算累计数",
    "step-counted-to": "{year}年仅计至{period}",
    "step-year-total": "{year}年: {value}{unit}({period})",
    "step-running-total": "{year}年以来累计 = {total}{unit}",
    # rules/level.py
    "step-no-figure-yet": "尚未报送数据",
    "step-no-full-year-figure": "尚未报送全年数据",
    "step-part-year": "全年总量指标:{period}的数据({value}{unit})仅为部分月份,不作判定",
    "step-latest-level": "最新水平({period}) = {value}{unit}",
    "step-level-due": "{year}年底应达到: {comparator} {target}{unit}",
    "step-path": "自基期值{base}({year}年底)起: 完成率 = ({actual} - {base}) / ({target} - {base}) = {done}%",
    "step-level-schedule": "时间进度 = {done}/{total}个月 = {schedule}%; 至今应达到{expected}{unit}",
    "step-level-whole-items": "整项计: 至今应达到{expected}{unit}",
    "step-zero-target": "目标为0,无法计算比率",
    "step-level-completion": "完成率 = {actual} / {target} = {done}%(对应应达水平)",
    "step-within-ceiling": "水平{actual}在上限{target}以内: 完成率{done}%",
    "step-ceiling-completion": "完成率 = 上限 / 水平 = {target} / {actual} = {done}%",
    "step-level-final-owed": "期限所在期为最后判定期,但最新数据为{period}: 尚欠最终数据",
    "step-level-over": "{actual}超出目标水平{target},超过允许偏差±{tolerance}: 属超出目标,不算滞后",
    "step-exact-exceeded": "超过须恰好等于的目标{target}{unit}: {status}",
    "step-level-met": "{actual} {comparator} {target}: 已达到目标水平: 已完成",
    "step-level-missed": "期限所在期为最后判定期,{actual} {comparator} {target}未达到: 未完成",
    "step-judged-when-due": "到期时判定(期限进度,无基期值): {year}年底前为未到期; 距目标尚差{remaining}{unit}",
    "step-zero-target-not-assessable": "目标为0,无法计算比率: 无法判定",
    "step-level-gap": "差值 = {schedule} - {done} = {gap}个百分点: {status}",
    # rules/growth.py
    "step-no-growth-for-year": "{year}年尚无增速数据",
    "step-growth": "累计同比增长({period}) = {rate}%",
    "step-growth-final-owed": "年末为最后判定期,但最新增速为{period}: 尚欠全年增速",
    "step-growth-year-end": "全年增速{rate}%,目标{comparator} {target}%(增速不按序时折算): {status}",
    "step-growth-gap": "差值 = {gap}个百分点,目标{comparator} {target}%,实际{rate}%(增速不按序时折算): {status}",
    # rules/relative.py
    "step-actual": "实际({period}) = {value}",
    "step-no-reference": "未提供参照值: 无法判定",
    "step-required": "应达值 = 参照值 × (1 + {rate}%) = {reference} × {factor} = {required}",
    "step-reference-not-positive": "参照值 ≤ 0,无法计算比率: 无法判定",
    "step-relative-completion": "完成率 = {actual} / {required} = {done}%: {status}",
    # rules/directional.py
    "step-actual-in-unit": "实际({period}) = {value}{unit}",
    "step-same-months-last-year": "与上年同期({period})比较",
    "step-no-previous": "无可比较的前值: 无法判定",
    "step-change": "变化 = {value} - {reference} = {change}(要求{direction}): {status}",
    # rules/milestone.py
    "step-due-by": "{year}年底前完成",
    "step-due-last-chance": "{year}年底前完成(本期为最后判定期)",
    "step-no-report": "尚未报送: {status}",
    "step-reported": "报送为{state}({period}): {status}",
    "step-reported-evidence": "报送为{state}({period}) — {evidence}: {status}",
    "step-stale-state": "数据滞后: 该状态为{period}所报,早于{checked}应报的状态({frequency},应报至{owed});"
    "滞后的状态不判为绿灯: 最多判为关注",
    "step-stale-state-owed": "数据滞后: 该状态为{period}所报,早于{checked}应报的状态({frequency},应报至{owed});"
    "尚欠期限时的状态",
    # rules/monitor.py
    "step-monitoring-no-figure": "{year}年尚无数据;仅监测,不作判定",
    "step-monitoring": "仅监测: 只展示和说明,不作判定",
}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
