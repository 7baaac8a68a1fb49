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
    "restatement-mismatch": "{target_id:.0}{period} 填报 {value} {unit},而其所复述的 {restated} 同期为 {other}"
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
LOADING: dict[str, str] = {
    "file-top-empty": "文件顶层应为字段映射(字段: 值),但文件为空",
    "file-top-not-mapping": "文件顶层应为字段映射(字段: 值),实际为{type}",
    "file-python-list": "列表",
    "file-python-str": "文字",
    "file-python-int": "数字",
    "file-python-float": "数字",
    "file-python-bool": "true/false",
    "file-period-mismatch": "文件中的期别为 {period},文件名却是 {name};两者必须一致",
    "file-name-not-period": "文件名 {name!r} 不是期别;请按期别命名,如 {period}.yaml",
    "file-not-checked": "本文件的记录未对照规划检查(指标、计量单位、重复):须先改正本文件期别或来源的问题,改正后即会检查",
    "file-actuals-not-checked": "actuals/ 中的数据未对照规划检查:须先改正规划中 targets: 以外部分的问题,改正后即会检查",
    "file-reason-definition": "其定义 targets[{i}] 有问题",
    "file-reason-unit": "其计量单位 {unit!r} 未知或重复声明",
    "file-reason-id-twice": "其 id 在 targets.yaml 中重复使用",
    "file-not-read-folder": "未读取:这是文件夹;各期数据应放在 actuals/<PERIOD>.yaml",
    "file-not-read-case": "未读取:数据文件的扩展名应为 {suffix}(小写)",
    "file-not-read-other": "未读取:数据文件的扩展名应为 .yaml;请将其他文件移出 actuals/",
    "file-list-failed": "无法列出文件夹内容:{reason}",
    "file-list-broken-link": "无法列出文件夹内容:链接已失效",
    "file-actuals-a-file": "这是文件,不是文件夹:各期数据应放在 actuals/<PERIOD>.yaml",
    "file-read-folder": "这是文件夹,不是文件",
    "file-read-fifo": "这是命名管道(FIFO),不是文件",
    "file-read-device": "这是设备,不是文件",
    "file-read-socket": "这是套接字,不是文件",
    "file-read-special": "这是特殊文件,不是普通文件",
    "file-too-large": "文件大小为 {size} 字节,上限为 {limit} 字节",
    "file-grew-too-large": "读取期间文件增大,超过上限 {limit} 字节",
    "file-read-failed": "无法读取文件:{reason}",
    "file-lock-timeout": "另一个 plan415x import 占用 {path} 已超过 {seconds} 秒;请等它结束后再试(如并无导入在运行,请删除该文件)",
    "file-control-in-file": "文件中有 {char};控制字符、行分隔符和双向覆盖字符一律不接受(它们可能改写终端或 CI 日志,或使显示的文字与实际内容不符)",
    "file-not-xml-in-file": "文件中有 {char};非字符和单独的代理码位一律不接受(XML 无法容纳它们:含有它们就无法写出工作簿、模板或 .docx)",
    "file-control-in-text": "文字中含 {char};控制字符、行分隔符和双向覆盖字符一律不接受(它们可能改写终端或 CI 日志,或使显示的文字与实际内容不符)",
    "file-not-xml-in-text": "文字中含 {char};非字符和单独的代理码位一律不接受(XML 无法容纳它们:含有它们就无法写出工作簿、模板或 .docx)",
    "file-not-utf8-gbk": "文件不是 UTF-8 编码(字节 0x{byte}),看来是 GBK/GB18030(中文 Windows 上的 Excel 或记事本会这样保存)。请另存为"
    " UTF-8。",
    "file-not-utf8": "文件不是 UTF-8 编码(字节 0x{byte})。请另存为 UTF-8。",
    "file-nul-bytes": "文件含 NUL 字节:不是文本文件",
    "file-utf16": "文件为 UTF-16 编码,请另存为 UTF-8",
    "file-tag-refused": "不接受标签 {tag!r}:数据文件只写普通的值,不用 YAML 标签;请去掉标签(文字加引号,数字、日期和 true/false 照原样写)",
    "file-too-deep-brackets": "括号嵌套超过 {depth} 层",
    "file-alias-bomb": "锚点和别名展开后超过 {limit} 个值,不予读取",
    "file-nested-too-deeply": "文件嵌套过深,不像是数据",
    "file-value-unreadable": "有一个值无法读取:{error}",
    "file-key-twice": "同一映射中键 {key!r} 出现两次(首次在第 {line} 行);后一个会悄悄覆盖前一个",
    "file-exponent-text": "YAML 1.1 会把 {value} 读作文字而不是数字(指数形式需要小数点和正负号);请写成数字({digits})或"
    " {exponent};如本来就是文字,请加引号",
    "file-not-plain-decimal": "{value!r} 不是普通的十进制数字(YAML 会把它当作八进制、十六进制、六十进制或带分隔符的数字);请用十进制数字书写;如本来就是文字,请加引号",
    "file-not-a-date": "{value!r} 不是有效日期({error})",
    "file-yaml-error": "{error}",
    "file-yaml-tabs": "{error}(YAML 不允许用制表符缩进,请用空格)",
    "file-yaml-invalid": "YAML 无效",
    "file-quote-hint": "{error};第 {number} 行:以引号开头的值必须以同一引号结尾;如要在文字中保留引号,请给整个值加上引号:{key} {value}",
    "file-quote-hint-block": "{error};第 {number} 行:以引号开头的值必须以同一引号结尾;请把值写成块(key: |-,文字写在下一行)",
}

# model.py, periods.py, scoring/load.py and pydantic's errors (from their type and ctx)
FIELDS: dict[str, str] = {
    "field-missing": "缺少必填字段 {name!r}",
    "field-unknown": "未知字段 {name!r}",
    "field-unknown-close": "未知字段 {name!r},是否应为 {close!r}?",
    "field-unknown-known": "未知字段 {name!r},可用字段:{known}",
    "field-invalid": "{name}:{detail}",
    "field-invalid-got": "{name}:{detail}(实际为 {value})",
    "field-invalid-close": "{name}:{detail};是否应为 {close!r}?",
    "field-invalid-written": "{name}:{detail};{given} 应写作 {word!r}",
    "field-shown-cut": "{quoted}…(共 {size} 个字符)",
    "field-choices-last": "{choice} 或 {last}",
    "field-choices-more": "{choice}、{more}",
    "field-clauses": "{first};{more}",
    "field-pydantic-bool-type": "应为 true 或 false",
    "field-pydantic-bool-parsing": "应为 true 或 false,无法识别输入",
    "field-pydantic-date-from-datetime-inexact": "日期不能带时间,请只写日期",
    "field-pydantic-date-type": "应为有效日期",
    "field-pydantic-date-from-datetime-parsing": "应为有效日期,{reason}",
    "field-pydantic-date-parsing": "应为 YYYY-MM-DD 格式的有效日期,{reason}",
    "field-pydantic-dict-type": "应为映射(键: 值)",
    "field-pydantic-model-type": "应为映射(键: 值),即一个 {model}",
    "field-pydantic-model-attributes-type": "应为映射(键: 值)",
    "field-pydantic-choice": "应为 {expected}",
    "field-pydantic-finite-number": "应为有限的数字",
    "field-pydantic-float-type": "应为数字",
    "field-pydantic-float-parsing": "应为数字,无法把文字解析为数字",
    "field-pydantic-greater-than": "应大于 {limit}",
    "field-pydantic-greater-than-equal": "应大于或等于 {limit}",
    "field-pydantic-less-than": "应小于 {limit}",
    "field-pydantic-less-than-equal": "应小于或等于 {limit}",
    "field-pydantic-int-type": "应为整数",
    "field-pydantic-int-from-float": "应为整数,实际带有小数",
    "field-pydantic-int-parsing": "应为整数,无法把文字解析为整数",
    "field-pydantic-int-parsing-size": "无法解析为整数:超出最大长度",
    "field-pydantic-list-type": "应为列表",
    "field-pydantic-string-type": "应为文字",
    "field-pydantic-string-pattern-mismatch": "应符合格式 '{pattern}'",
    "field-pydantic-string-too-short": "至少应有 {limit} 个字符",
    "field-pydantic-string-too-short-1": "至少应有 1 个字符",
    "field-pydantic-string-too-long": "最多只能有 {limit} 个字符",
    "field-pydantic-string-too-long-1": "最多只能有 1 个字符",
    "field-pydantic-too-short": "至少应有 {limit} 项,实际为 {actual} 项",
    "field-pydantic-too-short-1": "至少应有 1 项,实际为 {actual} 项",
    "field-pydantic-too-long": "最多只能有 {limit} 项,实际为 {actual} 项",
    "field-pydantic-too-long-1": "最多只能有 1 项,实际为 {actual} 项",
    "field-pydantic-union-tag-not-found": "无法按 {tag} 判断类型",
    "field-pydantic-other": "{text}",
    "field-number-true-false": "应为数字,实际为 true/false",
    "field-number-full-width": "{value} 用了全角数字或标点;请用半角数字输入",
    "field-number-magnitude": "{value} 中数字带有万、亿等数量级;请按记录的计量单位写数字本身(如 1.35万吨标煤 -> value: 1.35, unit: 万吨标煤)",
    "field-number-separators": "{value} 含千位分隔符;请去掉逗号和引号",
    "field-number-text": "应为数字,实际为文字 {value};请写普通的十进制数字,不加引号",
    "field-number-not-finite": "应为有限的数字,实际为 NaN 或无穷大",
    "field-number-too-large": "{value} 过大,不可能是统计数(绝对值上限为 1e15)",
    "field-text-not-xml": "含 U+{code},这是非字符或单独的代理码位,XML 无法容纳;请删除",
    "field-text-control": "含控制字符 U+{code};请删除(只有换行符和制表符可用,且只能用在 note 等多行字段中)",
    "field-line-tab": "含制表符;该字段只能写一行",
    "field-line-break": "含换行;该字段只能写一行",
    "field-state-choice": "应为 'done'、'pending' 或 'not_done'(或 已完成、推进中、未完成)",
    "field-years-reversed": "last_year 早于 first_year",
    "field-thresholds-order": "behind 不能小于 watch",
    "field-tolerance-one": "请在 absolute 和 relative_pct 中给出一个",
    "field-target-one-year-span": "one_year 类指标的 first_year 必须等于 last_year",
    "field-target-needs-value": "{kind} 类指标需要 value(原文缺失目标值时写 null,并加 note)",
    "field-target-monitor-value": "监测指标(monitor)没有目标值(从不判定)",
    "field-target-value-note": "没有 value 的指标需要 note 说明原因",
    "field-target-tolerance": "tolerance 只用于比较符 approx(左右)",
    "field-target-restates": "restates 应指向另一个指标,且不能是其 links 中的指标",
    "field-target-needs-unit": "{kind} 类指标需要 unit",
    "field-target-composite-components": "组合指标至少需要两个分项",
    "field-target-composite-basis": "组合指标需要 basis:annual、one_year 或 cumulative",
    "field-target-components-composite": "components 和 basis 只用于组合指标(composite)",
    "field-target-direction": "方向类(directional)指标需要 direction:increase 或 decrease",
    "field-target-full-year-kind": "full_year 只用于 level 和 share 类指标(流量指标的数据本为本年累计数)",
    "field-target-full-year-frequency": "full_year 指标每年报送一次:frequency 应为 annual 或不填",
    "field-target-pace-always": "pace: always 只用于 level 和 share 类指标",
    "field-target-linear-baseline": "按线性进度(linear)判定的水平类指标需要 baseline 作为起点",
    "field-target-baseline-year": "baseline 的年份必须早于 last_year(应达到该水平的年份)",
    "field-target-profile-pace": "pace: profile 须与 12 个月度比例的 profile 同时给出",
    "field-target-profile-length": "profile 应有 12 个逐月累计比例",
    "field-target-profile-rises": "profile 应逐月递增,从 0 到 100",
    "field-exemption-names": "豁免须指明指标、单位或两者",
    "field-period-month": "{text!r}:月份必须为 01 到 12",
    "field-period-not": "{text!r} 不是期别;请写 2023(年)、2023H1(半年)、2023Q2(季度)或 2023-05(月)",
    "field-period-spelling": "{text!r} 不是 plan415x 的期别写法;请写 {meant}",
    "field-period-other-digit": "{text!r} 含其他文字的数字 {digit!r}(U+{code});期别请用数字 0-9 书写,如 2023Q2",
}

# excel/: the workbook's container, reading, merging, and the lines import prints
IMPORT: dict[str, str] = {}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
