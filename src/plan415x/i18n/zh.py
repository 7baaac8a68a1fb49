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
CHECKS: dict[str, str] = {
    # checks.py: the words a sentence holds (the kind of an id, a unit's name, a hint)
    "check-word-action": "行动",
    "check-word-unit": "责任单位",
    "check-word-measure": "计量单位",
    "check-word-target": "指标",
    "check-word-rule": "规则",
    "check-unit-id": " {key}",
    "check-unit-name-zh": "中文名 {key}",
    "check-unit-name-en": "英文名 {key}",
    "check-unit-alias": "别名",
    "check-did-you-mean": ",是否应为 {nearest!r}?",
    # checks.py: the plan
    "check-duplicate-id": "{what} id {ident!r} 重复使用(首次出现在 {first})",
    "check-ambiguous-unit-name": "责任单位 {unit!r} 的{field} {name!r} 与责任单位 {other_id!r} 的"
    "{other_field} {other_name!r} 无法区分;请让每个单位有自己的名称({option}、排名和导入会把一个单位当成另一个)",
    "check-unknown-unit": "未知责任单位 {unit!r}{hint}",
    "check-unknown-action": "未知行动 {action!r}{hint}",
    "check-unknown-link": "关联了未知指标 {link!r}{hint}",
    "check-unknown-restates": "{field} 指向未知指标 {target!r}{hint}",
    "check-restates-restatement": "{field} 指向 {target!r},而它本身是 {first!r} 的重述;请改为指向最初写出的指标"
    "({first!r})",
    "check-years-outside-plan": "年限 {first_year}-{last_year} 的起始年不在规划年限 {first}-{last} 内",
    # checks.py: the actuals, file by file and record by record
    "check-period-outside-plan": "期别 {period} 超出规划年限 {first}-{last}",
    "check-duplicate-period": "{period} 与 {other}({file})覆盖相同月份,两个文件只能保留一个",
    "check-unknown-target": "未知指标 id {target!r}{hint}",
    "check-duplicate-record": "指标 {target!r} 在本文件中已有记录({first})",
    "check-as-of-out-of-range": "{field} {date} 不在 {year} 年或 {next_year} 年内,{period} 的数据只能是这两年的日期",
    "check-outside-target-period": "指标 {target!r} 的年限为 {first_year}-{last_year},不含 {year} 年",
    "check-record-after-deadline": "里程碑 {target!r} 的期限为 {deadline};{period} 的记录晚于期限,任何检查都不会"
    "显示它:{advice}",
    "check-done-after-deadline": "里程碑 {target!r} 的期限为 {deadline},但完成日期为 {date}:判为已完成会被当作"
    "按期完成;{advice}",
    "check-deadline-advice": "请在 {last_year} 年最后一个文件中记为 {not_done}(未按期完成),并在 {evidence}"
    " 中写明完成日期;如规划确有调整,则修改 {key}",
    "check-not-checked-one": "{count} 项指标的记录未对照规划检查({why});改正后即会检查",
    "check-not-checked": "{count} 项指标的记录未对照规划检查({why});改正后即会检查",
    "check-reason": "{target!r}:{reason}",
    "check-reasons-separator": ";",
    "check-ytd-decrease": "{target!r} 的累计数从 {previous}({before},{file})降至 {value}({after});"
    "同一年内累计数不会减少:{fix}",
    "check-ytd-decrease-component": "{target!r} 的分项 {part!r} 累计数从 {previous}({before},{file})降至"
    " {value}({after});同一年内累计数不会减少:{fix}",
    "check-slip": "可能填错的是 {period} 的 {figure}:去掉它,前后各期即逐期增加",
    "check-slip-total": "可能填错的是 {period} 的 {figure}:它已达上年全年 {total},像是填成了跨年累计数",
    "check-slip-unknown": "请改正其中一个",
    "check-missing-source": "缺少来源:请为该记录填写 {field},或为文件填写默认 {field}",
    "check-missing-state": "里程碑 {target!r} 需要填写 {field}:{done}、{pending} 或 {not_done}",
    "check-milestone-value": "里程碑 {target!r} 填 {field},不填数值",
    "check-state-not-milestone": "{field} 仅用于里程碑({milestone});{target!r} 为 {kind} 类指标",
    "check-composite-needs-components": "组合指标 {target!r} 需要填写 {field}:{names}",
    "check-composite-value": "组合指标的数值是各分项之和,只填 {field} 即可",
    "check-unknown-component": "{target!r} 没有分项 {name!r}{hint}",
    "check-negative-component": "分项 {name!r} 不能为负数({value})",
    "check-missing-components": "缺少分项:{missing}",
    "check-components-not-composite": "{field} 仅用于组合指标({composite});{target!r} 为 {kind} 类指标",
    "check-missing-value": "{target!r} 需要填写 {field}",
    "check-too-large": "数值 {value} {unit} 折合 {converted} {target_unit},过大,不可能是统计数(绝对值上限为 {limit})",
    "check-below": "数值 {value} {unit} 低于有效下限 {low} {target_unit}",
    "check-above": "数值 {value} {unit} 高于有效上限 {high} {target_unit}",
    # plausibility.py: the warnings, by code, each followed by what to do if the figure is right
    "unit-scale": "{typed} {typed_unit} 折合 {value} {unit},{period} 已达年度目标 {target} {unit} 的 {pct};"
    "若按 {unit} 计,{typed} 仅为 {typed_pct}:计量单位是否选错?{ack}",
    "early-exceeded": "{period} 已达 {value} {unit},为年度目标 {target} {unit} 的 {pct}:年初即超全年目标,"
    "请核实是否为累计数、单位是否为 {unit};{ack}",
    "ytd-doubled": "{value} {unit} 恰为上期({previous_period}){previous} 的两倍:是否把上期数重复累加?"
    "累计数只含上期数一次;{ack}",
    "ytd-jump": "{value} {unit},上期({previous_period}){previous}:此后每月增 {new_pace},"
    "为此前每月 {pace} 的 {factor} 倍(上限 {limit} 倍);{ack}",
    "yoy-jump": "{value} {unit} 为上年同期({last_period}){last_year} 的 {factor} 倍(上限 {limit} 倍);{ack}",
    "ytd-reaches-last-year": "{period} 已达 {value} {unit},达到上年全年 {last_total} {unit}({last_period}):"
    "是否填成了跨年累计数或加上了上年数?本年累计数从本年1月起算;{ack}",
    "part-year": "{target_id} 为全年总量指标,只按截至12月的数据判定:{period} 的 {value} {unit} 仅为部分月份,"
    "不作判定;请在年末报送全年数据;{ack}",
    # the restatement's own id is not named in Chinese (其所复述的 says whose): given, shown as nothing
    "restatement-mismatch": "{period} 填报 {value} {unit},而其所复述的 {restated} 同期为 {other}"
    " {unit}:两者是同一个数,必有一处有误;{ack}",
    "plausibility-ack": "如确属实,导入时加 {option} {code},或在该记录加 {key}: [{code}]",
    "plausibility-ack-asked": "如确属实,导入时加 {option} {code},或在该记录加 {key}: [{code}]",
    # scoring/load.py: scoring.yaml, and the names it uses checked against the plan
    "scoring-top-empty": "文件顶层应为字段映射(字段: 值),但文件为空",
    "scoring-top-not-mapping": "文件顶层应为字段映射(字段: 值),实际为{got}",
    "scoring-type-list": "列表",
    "scoring-type-str": "文字",
    "scoring-type-int": "数字",
    "scoring-type-float": "数字",
    "scoring-type-bool": "{values}",  # what the analyst types: true/false
    "scoring-unknown-field": "未知字段 {name!r}{hint}",
    "scoring-expected-one-of": ",可用字段:{known}",
    "scoring-not-a-rule-type": "{field}:{tag} 不是规则类型;可选:{types}",
    "scoring-duplicate-rule": "规则 id {rule!r} 重复",
    "scoring-reserved-id": "id:{rule!r} 为扣分明细自用,请另取一个",
    "scoring-unknown": "未知{what} {name!r}{hint}",
}

# loading.py, yamlfile.py, documents.py, fsutil.py: reading the files
LOADING: dict[str, str] = {}

# model.py, periods.py, scoring/load.py and pydantic's errors (from their type and ctx)
FIELDS: dict[str, str] = {}

# excel/: the workbook's container, reading, merging, and the lines import prints
IMPORT: dict[str, str] = {}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
