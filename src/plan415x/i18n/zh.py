"""The Chinese catalogue (简体中文): the same ids as ``en``, the same arguments in each template."""

from __future__ import annotations

# the unit of measure (units.py, checks/)
UNITS: dict[str, str] = {
    "unknown-measure": "未知计量单位 {unit!r};请在 targets.yaml 的 measures: 下声明({{id: {unit},"
    " name_en: ..., dimension: ..., factor: 1}}),或改用已知单位(plan415x units 可列出)",
    "unknown-measure-nearest": "未知计量单位 {unit!r},最接近的已知单位:{nearest};请在 targets.yaml 的"
    " measures: 下声明({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}),或改用已知单位"
    "(plan415x units 可列出)",
    "unit-mismatch": "计量单位 {unit!r} 无法换算为指标的计量单位 {target_unit!r}",
}

# checks/: the checks across files; plausibility.py: the warnings of figures
CHECKS: dict[str, str] = {
    # checks/words.py: the words a sentence holds (the kind of an id, a unit's name, a hint)
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
    # checks/plan.py: the plan
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
    # checks/actuals.py: the actuals, file by file and record by record
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
    # the restatement's own id is not named in Chinese (其所复述的 says whose): given, left out
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
LOADING: dict[str, str] = {
    "file-top-empty": "文件顶层应为字段映射(字段: 值),但文件为空",
    "file-top-not-mapping": "文件顶层应为字段映射(字段: 值),实际为{type}",
    "file-python-list": "列表",
    "file-python-str": "文字",
    "file-python-int": "数字",
    "file-python-float": "数字",
    "file-python-bool": "{values}",  # what the analyst types: true/false
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
    "field-target-linear-baseline": "按线性进度({pace})判定的水平类指标需要 baseline 作为起点",
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
IMPORT: dict[str, str] = {
    # excel/container.py: the file, before any XML parser reads it
    "import-unsafe-reader": "openpyxl 未通过 defusedxml 读取 XML(未安装,或设置了 OPENPYXL_DEFUSEDXML=False):拒绝"
    "读取外来的工作簿",
    "import-cannot-read": "无法读取文件:{reason}",
    "import-too-large": "文件大小为 {size} 字节,上限为 {limit} 字节",
    "import-old-xls": "这是旧版 .xls 工作簿(或加了密码的工作簿):请另存为不设密码的 .xlsx(Excel 工作簿)",
    "import-format-xls": "这是 Excel 97-2003 工作簿(.xls),plan415x 不读取:请另存为 .xlsx(Excel 工作簿)后再导入",
    "import-format-et": "这是 WPS 表格文件(.et),plan415x 不读取:请在 WPS 中另存为 .xlsx(Excel 工作簿)后再导入",
    "import-format-xlsm": "这是启用宏的工作簿(.xlsm),plan415x 不读取:请另存为 .xlsx(Excel 工作簿,不含宏)后再导入",
    "import-format-xlsb": "这是二进制工作簿(.xlsb),plan415x 不读取:请另存为 .xlsx(Excel 工作簿)后再导入",
    "import-format-ods": "这是 OpenDocument 电子表格(.ods),plan415x 不读取:请另存为 .xlsx(Excel 工作簿)后再导入",
    "import-format-csv": "这是 CSV 文件,plan415x 不读取:请填写模板并保存为 .xlsx(Excel 工作簿)",
    "import-skipped-folder": "{folder}:所导入文件夹中的子文件夹,未读取(要导入其中的工作簿,请直接指定该文件夹)",
    "import-not-zip": "不是 xlsx 工作簿(xlsx 文件是 zip 压缩包,而这个文件不是)",
    "import-no-content-types": "是 zip 压缩包,但不是 xlsx 工作簿(没有 [Content_Types].xml)",
    "import-too-many-parts": "压缩包含 {count} 个部件,不予读取",
    "import-unpacks-too-large": "工作簿解压后将达 {total} 字节(上限 {limit}),不予读取",
    "import-zip-bomb": "部件 {part} 的压缩比为 {ratio} 比 1(上限 {limit}):是压缩炸弹,不予读取",
    "import-doctype": "部件 {part} 声明了 DOCTYPE 或实体(实体扩展);工作簿从不需要:不予读取",
    "import-strict-xlsx": "这是“Strict Open XML 电子表格”,plan415x 不读取这种格式:请在 Excel 中打开,另存为普通 .xlsx(另存为"
    " > Excel 工作簿),再导入该文件",
    "import-does-not-unpack": "工作簿已损坏,无法读取(有压缩部件无法解压)",
    "import-damaged": "工作簿已损坏,无法读取({error})",
    "import-unreadable": "工作簿无法读取({error})",
    # excel/reading.py, hidden.py, rows.py: the hidden sheet, the sheets and every cell
    "import-xml-entities": "工作簿无法读取(其中声明了 XML 实体,不予接受)",
    "import-missing-sheet-of-unit": "缺少模板的工作表 {title!r}(单位 {unit}):已被改名或删除;请恢复原名,或重新填写一份新模板",
    "import-missing-sheet": "缺少模板的工作表 {title!r}:已被改名或删除;请恢复原名,或重新填写一份新模板",
    "import-refused-value": "{refusal}",
    "import-other-sheet-head-renamed": "工作表 {title!r} 不是模板的工作表,却含有模板的表头行;其中数据不会被导入:如果它是模板的工作表"
    " {named} 改名而来,请恢复原名",
    "import-other-sheet-head-added": "工作表 {title!r} 不是模板的工作表,却含有模板的表头行;其中数据不会被导入:请把数据填到所属单位的工作表,并删"
    "除此表(复制或新增的表)",
    "import-other-sheet-target-renamed": "工作表 {title!r} 不是模板的工作表,却含有指标 {target!r};其中数据不会被导入:如果它是模板"
    "的工作表 {named} 改名而来,请恢复原名",
    "import-other-sheet-target-added": "工作表 {title!r} 不是模板的工作表,却含有指标 {target!r};其中数据不会被导入:请把数据填到所属"
    "单位的工作表,并删除此表(复制或新增的表)",
    "import-no-hidden-sheet": "不是 plan415x 模板(没有隐藏工作表 _plan415x);请用 plan415x template PERIOD -o"
    " FILE.xlsx 生成",
    "import-hidden-sheet-changed": "不是 plan415x 模板(其隐藏工作表 _plan415x 已被改动)",
    "import-template-version": "该模板的版式版本为 {version},本版 plan415x 读取版本 {ours}:请生成新模板",
    "import-other-plan": "该模板属于规划 {plan},而数据文件夹中的规划是 {ours!r}",
    "import-period-outside-plan": "期别 {period} 超出规划年限 {first}-{last}",
    "import-meta-edited": "隐藏工作表 _plan415x 在模板生成后被改动过(其校验值与其中的规划、期别和单位不符):其数据可能被导入到其他单位或期别;请用新模板填报",
    "import-meta-unknown-unit": "隐藏工作表 _plan415x 将工作表 {title!r} 归于单位 {unit!r},但规划中没有该单位;请用新模板填报",
    "import-title-mismatch": "工作表标题写的是 {named_unit!r}、{named_period},隐藏工作表 _plan415x 却将其归于"
    " {holder!r}、{period}:其数据会被导入到其他单位或期别;请用新模板填报",
    "import-not-a-worksheet": "不是普通工作表:请重新填写一份新模板",
    "import-header-changed": "表头行与模板不符({heads});有列被移动、增加或改名:请重新填写一份新模板",
    "import-too-many-rows": "第 {row} 行有值:一个工作表最多 {limit} 行指标(第 {first}-{last} 行),不予读取",
    "import-formula": "这是公式({formula});请填入数字本身,公式不会被导入",
    "import-no-target-id": "该行填了数据,却没有指标 id",
    "import-not-a-target-id": "{given} 不是指标 id",
    "import-unknown-target-close": "未知指标 id {target!r},是否应为 {close!r}?",
    "import-unknown-target": "未知指标 id {target!r}",
    "import-not-due": "指标 {target!r} 在 {period} 无须报送",
    "import-component-needed-got": "组合指标 {target!r} 此处须填分项 id,可选:{known}(实际为 {got!r})",
    "import-component-needed": "组合指标 {target!r} 此处须填分项 id,可选:{known}",
    "import-no-components": "{target!r} 没有分项",
    "import-component-twice": "{target} {component} 在 {first} 也有一行",
    "import-target-twice": "{target} 在 {first} 也有一行",
    "import-percent-format": "该单元格设为百分比格式,因此存的是 {held} 而不是 {meant};请清除百分比格式后填入数字本身",
    "import-merged": "单元格 {cells} 已合并,除第一个外都会读作空白;请取消合并,逐行填写各自的单元格",
    "import-first-row-only": "{head}只在第一个分项的行中填写;此处请留空",
    "import-not-applicable": "{head}不适用于 {target!r}({kind});请留空",
    "import-component-negative": "分项 {component!r} 不能为负数({value})",
    "import-missing-value": "必填单元格为空:{target!r} 需要填写数值(该行其他单元格已填写)",
    "import-missing-state": "必填单元格为空:里程碑 {target!r} 需要填写状态",
    "import-invalid-state": "状态 {state!r}:请选择 done、pending 或 not_done",
    "import-unit-mismatch": "计量单位 {unit!r} 无法换算为 {target_unit};可选:{choices}",
    "import-not-a-date": "应为日期,如 2023-06-30,实际为 {given}",
    "import-too-long": "共 {length} 个字符,上限为 {limit}",
    "import-missing-component-value": "必填单元格为空:{target!r} 的分项 {component!r} 需要填写数值",
    "import-missing-component-row": "没有 {target!r} 的分项 {component!r} 所在的行;请重新填写一份新模板",
    "import-boolean": "应为数字,实际为 TRUE/FALSE",
    "import-not-finite": "应为有限的数字",
    "import-too-large-a-figure": "{value} 过大,不可能是统计数(绝对值上限为 1e15)",
    "import-date-not-number": "应为数字,实际为日期({date});请把单元格设为数字格式",
    "import-text-full-width": "应为数字,实际为文字 {text};其中用了全角数字,请用半角数字输入",
    "import-text-magnitude": "应为数字,实际为文字 {text};其中数字带有万、亿等数量级,请按该行的计量单位填入数字本身",
    "import-text-thousands": "应为数字,实际为文字 {text};其中有千位分隔符,请去掉逗号",
    "import-text-percent": "应为数字,实际为文字 {text};百分比请填不带 % 的数字,如 12.5",
    "import-text-approximate": "应为数字,实际为文字 {text};是约数:请填入确数({figure}?)",
    "import-text-number": "应为数字,实际为文字 {text};单元格存的是文字而非数字:请把单元格设为数字格式后重新输入",
    "import-text": "应为数字,实际为文字 {text};请填入数字",
    "import-above-valid": "数值 {value} {unit} 高于有效上限 {high} {target_unit}",
    "import-below-valid": "数值 {value} {unit} 低于有效下限 {low} {target_unit}",
    # excel/merging.py: the merge into actuals/
    "import-not-a-folder": "不是文件夹;数据要写入 {path}:请移走文件 {folder}",
    "import-cannot-lock": "无法锁定文件夹:{reason}",
    "import-cannot-create": "无法创建文件夹:{reason}",
    "import-cannot-write": "无法写入文件:{reason}",
    "import-conflict": "{target}:此处为 {new},而 {file} 中已有 {old};如要替换,请加 --force",
    # the lines import prints about what it did
    "import-nothing-filled": "没有可导入的内容:{file} 中没有填写任何数据",
    "import-note-other-sheet": "注意:工作表 {title!r} 不是模板的工作表;其中没有指标行,未读取",
    "import-note-no-digest": "注意:该模板的隐藏工作表没有校验值(由较早版本的 plan415x 生成):仅按各工作表标题核对了单位和期别;下次请用新模板",
    "import-note-accept-unused": "注意:--accept {accept} 在 {file} 中没有对应的警示",
    "import-accepted": "已确认 {target} 的警示 {codes}:已记入该记录 checked: [{checked}]",
    "import-note-illustrative": "注意:{actuals} 标有 illustrative: true,这些数据将作为示例数据报告",
    "import-note-rewritten": "注意:{actuals} 已整体重写,原有注释未保留",
    "import-replaced": "已替换 {actuals} 中原有的 {count} 个数据(--force)",
    # the sentences of a merge and the clauses they hold (a count with its plural, a figure's
    # reference, a long value cut)
    "import-done": "已将 {file} 导入 {actuals}:{summary}",
    "import-dry-run-create": "试运行:将由 {file} 新建 {actuals}({summary});未写入任何内容",
    "import-dry-run-update": "试运行:将由 {file} 更新 {actuals}({summary});未写入任何内容",
    "import-nothing-new": "无须写入:{file} 中的数据都已在 {actuals} 中({summary})",
    "import-summary": "新增 {added} 项,未变 {unchanged} 项,替换 {replaced} 项",
    "import-summary-warned": "新增 {added} 项,未变 {unchanged} 项,替换 {replaced} 项,{warnings}",
    "import-warnings-one": "警示 {count} 条",
    "import-warnings": "警示 {count} 条",
    "import-left-out": "{file} 中有 {count} 格被退回、未导入(--accept-valid),其余数据已导入;回执列出须更正后重报的单元格",
    "import-refused": "{file} 中有 {problems};未写入任何内容",
    "import-refused-strict": "{file} 中有 {problems};未写入任何内容(--strict:合理性警示视为错误)",
    "import-problems-one": "{count} 个问题",
    "import-problems": "{count} 个问题",
    "import-conflicts": "{file} 中有 {figures}与 {actuals} 不一致;未写入任何内容(--force 可替换)",
    "import-figures-one": "{count} 个数据",
    "import-figures": "{count} 个数据",
    "import-figure-reference": "{figure}(参照值 {reference})",
    # the last line of an import of several workbooks
    "import-batch-taken": "批量导入:共 {count} 个工作簿,均已接受",
    "import-batch-refused": "批量导入:共 {count} 个工作簿,有工作簿被退回(见上)",
}

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
    # reports/explain.py: the lines around a target's steps
    "explain-clause": "  条款     {clause}: {text}",
    "explain-kind": "  类型     {kind}",
    "explain-kind-basis": "  类型     {kind},基础类型{basis}",
    "explain-target": "  目标     {comparator}{value}{unit},{years},{hedge},进度{pace}",
    "explain-units": "  责任单位 {units}",
    "explain-thresholds": "  阈值     超进度: 高于≥{ahead}个百分点 · 关注: 低于≤{watch}个百分点 · 滞后: 低于≤{behind}个百分点",
    "explain-reported-own": "  报送     {frequency}(该指标自定)",
    "explain-reported-default": "  报送     {frequency}(方案默认)",
    "explain-whole-items": "  按整数计(向下取整)",
    "explain-tolerance-default": "  允许偏差 ±目标的{pct}%(方案默认)",
    "explain-tolerance-default-items": "  允许偏差 ±目标的{pct}%,至少1{unit}(方案默认)",
    "explain-tolerance": "  允许偏差 ±{width}{unit}",
    "explain-tolerance-share": "  允许偏差 ±目标的{pct}%",
    "explain-restates": "  重复     重述{target}: 照常展示和判定,两者只计一次,按较差的判定计",
    "explain-note": "  备注     {note}",
    "explain-rule": "判定规则:",
    "explain-figures": "截至{months}({period})的数据:",
    "explain-no-figures": "  无",
    "explain-figure": "  {period}: {value}{unit}  — {source}{tag}",
    "explain-state": "  {period}: {state}  — {source}{tag}",
    "explain-illustrative-tag": "(示意数据)",
    "explain-record-note": "      备注: {note}",
    "explain-not-shown": "{period}不展示: 该指标期限为{first}-{last}年。",
    "explain-steps": "判定步骤:",
    "explain-caveat": "  说明: {caveat}",
    "explain-status": "状态: {label}({status}),{light}",
    "explain-counted-once": "计数: 与{others}只计一次,按较差的判定计: {who}({status})",
    "explain-this-one": "本指标",
    "explain-previous": "上期状态: {status}",
    "explain-illustrative": "注意: 本报告含示意数据(非官方统计),仅供演示",
    # each kind's formula (rules/: its FORMULA), what docs/rules.md and explain show
    "rule-annual": """年度 / 单年({kind}): 自1月起累计的流量,对照当年目标判定。

完成率 = 本年累计完成 / 当年目标;
序时进度 = 月数 / 12: 时间进度,不因取整改写(15家在1-6月为50%,而非整数计的 7/15 = 46.7%);
数据中自定的月度分布({profile})是另一个量,称计划进度(90%(计划));
差值 = 序时进度 - 完成率,单位为百分点(正数为落后),状态按阈值判定。
按个、家、项计的指标按整项计: 至今应完成数 = 目标 × 序时进度,向下取整(应完成7家),年底前以此为灯号
上限(整项计): 灯号不劣于按应完成数判定的结果,仅差1个最多判为关注,故每年1个的目标到12月才
应完成;此时该行注明(差1家,整项计),序时进度和差值仍按时间计。
数据为最新应报数据时按其自身月份判定(季报数据不按之后月份的进度判定);早于报送频率应报
数据的为滞后数据(※),按应报月份判定。年末为最后判定期: 未达到即未完成,12月前的数据在
年末不能判定(未填报)。""",
    "rule-cumulative": """累计({kind}): 自起始年至期限的累计数。

累计数 = 以往各年最终本年累计数之和 + 本年最新数;
时间进度 = 自起始以来的月数 / 期内总月数(线性进度),注明期间(时间进度(2023-2027年) 30%,
不是本年序时进度);期限进度则只在期限时判定;其余同年度流量: 完成率、差值、状态,按个计的
以应完成数为灯号上限,滞后数据按应报月份判定。各输出均注明累计起点和本年部分(2023年以来累计
696家(其中今年1-6月新增260家)),不写作1-6月累计。多年目标平均分摊是一种选择而非规定,可按
指标调整。期限所在期为最后判定期: 未达到即未完成。""",
    "rule-level": """水平 / 比重({kind}): 最新水平(或比率)对照期限应达水平。

达到(按比较符;"左右"在允许偏差内)即已完成。否则按进度:
- 线性,自基期值起: 完成率 = (实际 - 基期值) / (目标 - 基期值),时间进度 = 基期以来月数 /
  基期至期限的月数(注明期间),应达值 = 基期值 + (目标 - 基期值) × 时间进度(按个计的向下
  取整,以此为灯号上限);
- 始终(每期都须保持的水平): 完成率 = 实际 / 目标,对照100%;
- 期限(无基期值时的默认): 期限所在年底前为未到期(无序时进度和差值,显示距目标差距),
  到期后完成率 = 实际 / 目标。
上限类(<=、<)完成率 = 目标 / 实际。早于应报数据的为滞后数据,按应报月份读取路径。期限所在
期为最后判定期: 未达到即未完成,滞后数据不能判定(未填报)。

全年总量指标({full_year}: 产值、集群规模、亩均增加值)只按截至12月的数据判定: 其后的
部分月份数据(如1-6月)在步骤中列出,不作判定;按最新全年数据照上判定,每年报送一次(年报:
每年12月应报,缺上年数据即为滞后);尚无全年数据的,同其他无数据的水平指标,为未填报或未到期。""",
    "rule-growth": """增速({kind}): 累计同比增速(%)对照目标增速,不按序时折算。

差值 = 目标增速 - 实际增速,单位为百分点(正数为落后;增速上限类为 实际 - 目标),状态按增速
阈值判定。年末为最后判定期: 全年增速达到目标为已完成,未达到为未完成,12月前的增速在年末
不能判定(未填报)。早于应报数据的增速为滞后数据。""",
    "rule-relative": """相对({kind}): 实际值对照按目标百分比上浮后的参照值。

应达值 = 参照值 × (1 + 目标% / 100),如高于上年全省平均10%;完成率 = 实际 / 应达值;序时进度
100%;差值 = 100 - 完成率;达到("左右": 在允许偏差内或超出)即已完成。无参照值则无法判定。
期限所在期(末年年底)为最后判定期: 未达到即未完成,早于应报数据的不能判定(未填报)。""",
    "rule-milestone": """节点({kind}): 已完成 / 推进中 / 未完成,对照期限(末年年底)。

已完成: 已完成。期限前: 推进中为达进度,未完成(未开始)为关注,未报送为未到期。状态与数据
一样: 早于报送频率应报的状态为滞后数据(※),滞后的状态不判为绿灯: 数月前报送的推进中说明不了
当前进展,重新报送前最多判为关注(未完成仍为关注)。已完成的不算滞后: 完成即已完成。期限所在期
为最后判定期: 未完成的均为未完成,未报送(或只有滞后的报送)为未填报。""",
    "rule-composite": """组合({kind}): 先分项计数,再合计,按其基础类型判定。

合计 = 各分项之和(如超10亿元单体制造业项目 + 1亿美元以上制造业外资项目,每个项目只计一次);
合计数再按基础类型的规则判定: 年度或单年(对照当年目标的流量),或累计(对照应完成累计数)。""",
    "rule-directional": """方向({kind}): 数值须按要求的方向(增加或减少)变化,对照前一可比值:
记录的参照值({reference}),否则为上年同期数。

方向正确: 达进度(年末数据为已完成);否则为滞后,期限所在期(末年年底)为最后判定期,未达到即
未完成,早于应报数据的不能判定(未填报)。无可比较的值: 无法判定。""",
    "rule-monitor": """监测({kind}): 仅监测指标(如规上工业产值),不设目标。

记录、校验、展示和说明其本年最新数据(按报送的本年累计数),从不判定: 状态为仅监测,不计入
汇总、排名和考评。""",
}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {
    # scoring/engine.py: each target's base points, the caps and the floors
    "scoring-base": "{hedge} · {kind}: {points}分",
    "scoring-bonus-cap": "加分合计{bonus},封顶{cap}",
    "scoring-unit-floor": "总分{total}提到保底{floor}(不计负分)",
    "scoring-target-floor": "得分{net}提到保底{floor}(扣完为止)",
    "scoring-cap-per-target": "{rule} 每个指标封顶{limit}({moved} → {after})",
    # scoring/rules/: the lines each rule proposes
    "scoring-bonus": "完成率{completion}%: {points} × {rate} × {over}/100 = {amount}",
    "scoring-late": "{period}的数据{date}报送,应报日期{due}(迟报{days}天): {amount}",
    "scoring-lights": "{light}: {periods},共{count}期,每{every}期扣一次(向下取整): {times} × {each} = {total}",
    "scoring-lights-exempted": "{light}: {periods},共{count}期,每{every}期扣一次(向下取整): {times} × {each} ="
    " {total}(豁免{exempted}期)",
    "scoring-missing": "{period}未报送数据: {amount}",
    "scoring-shortfall": "{why}; {points} × {share} × {rate} = {amount}",
    "scoring-why-no-figure": "年末无数据",
    "scoring-why-no-completion": "{status},无完成率",
    "scoring-why-gap": "{status}: 差值{gap}个百分点,序时进度{schedule}%",
    "scoring-share-at-most": "1(至多为1)",
    # reports/explain.py: explain --score, the lines around a score's lines
    "score-explain-unit": "{unit}: {name_zh} / {name_en},{year}年",
    "score-explain-rules": "  细则     {title_zh} / {title_en}",
    "score-explain-score-by-rate": "  得分     {total} / 满分{full}({rate}),第{rank}位(共{among}个单位),按得分率排名",
    "score-explain-score-by-total": "  得分     {total} / 满分{full}({rate}),第{rank}位(共{among}个单位),按得分排名",
    "score-explain-periods": "  期别     {periods}(全年的状态记录)",
    "score-explain-adjustments": "单位合计调整:",
    "score-explain-at": "截至{period}",
    "score-explain-year-end": "年末",
    "score-explain-target": "{target}: {name_zh} / {name_en} — {end}{label}({status}){completion}",
    "score-explain-completion": ",完成率{pct}%",
    "score-explain-line": "{rule}({name}): {basis}",
    "score-explain-line-period": "{rule}({name}) {period}: {basis}",
    "score-explain-exempted": "      豁免: 免扣{waived}分 — {note}(批准: {by}{on})",
    "score-explain-total": "合计: {total}(以上{lines}行之和)",
    "score-explain-unscored": "不计分: {target}({status}: {why})",
    "score-explain-not-judged": "年末未判定",
    "score-explain-not-judged-at": "截至{period}未判定或尚无数据",
    "score-explain-rules-head": "考评规则:",
    # each scoring rule's formula (scoring/rules/: its FORMULA), and the floors' and caps'
    "scoring-rule-shortfall": """按比例扣分({type}): 年末未完成的指标,按差距的比例扣分。

扣分比例 = (序时进度 - 完成率) / 序时进度,取0到1,用年末判定的数据(当年到期的指标序时
进度为100%;期限在以后年份的,用年末的序时进度,如累计数落后40%的序时进度20个百分点,比例
为0.5);上限类指标的差距按其自身计算(已用 - 允许)。未完成而无完成率的(增速、节点、方向
类)或年末无数据的(未填报),比例为1。
扣分 = 分值 × 扣分比例 × 系数({rate},为1即按比例),每年一次,适用于年末状态为未完成、关注、
滞后、严重滞后或未填报的指标;已完成、超进度或达进度的不扣分。""",
    "scoring-rule-lights": """亮灯扣分({type}): 年内亮红灯或黄灯扣分。

{n} = 年内该指标亮出本规则灯色的期数(红灯: 严重滞后或未完成;黄灯: 关注或滞后):按季({at}:
{quarters},默认)时只计有实绩文件的季末,即每次季晾晒公布的灯色;按文件({at}: {files})时计每个
有实绩文件的期(月报方案的月监测也计)。年末不计,除非设了 {include_year_end}(年末由按比例
扣分计);扣分 = {floor}({n} / {every}) × 分值(如每个红灯期扣2分: {every} 1, {points} 2;每两个黄灯
扣1分: {every} 2, {points} 1)。豁免覆盖的期不计。""",
    "scoring-rule-missing": """漏报扣分({type}): 应报未报的数据扣分。

扣分 = 分值 × 年内有实绩文件、该指标应报(按其报送频率: 按季报送的指标5月无须报送)而未报的
期数,年末也计: 即 `{command}` 列为缺报的数据。(早一期的数据不能代替应报的数据。)""",
    "scoring-rule-late": """迟报扣分({type}): 晚于期限报送的数据扣分。

期限 = 该期最后一个月的下一个月的第 {due_day} 日(该月较短时为月末: {due_day} 为10时,1-6月的
期限为7月10日,1-12月为次年1月10日);规则设了 {due_day} 的用规则的,否则用方案的报送日历
(targets.yaml 中 {calendar} 按该指标报送频率的日期,或该指标自己的 {due_day}),逢周末或法定节假日
顺延至下一工作日;数据来源的
日期(记录的,否则文件的)晚于期限即为迟报;扣分 = 分值 × 年内迟报的数据个数。来源没有日期
的数据不算迟报。""",
    "scoring-rule-bonus": """超额加分({type}): 超额完成的指标加分,有上限。

加分 = 分值 × 系数 × (完成率 - 100) / 100,适用于年末已完成且完成率高于100%的指标;约数
(左右)或须恰好等于(==)的指标不加分,多了并不更好。受规则的 {max_per_target} 封顶,一个单位的
加分合计受 {unit_cap} 封顶。""",
    "scoring-rule-limits": """保底与封顶(扣完为止、不计负分、封顶): 各规则的扣分、加分到此为止。

每项都单列一行,各行相加仍等于总分:
- 规则的 {max_per_target}: 同一规则对一个指标的各行合计超过该值时,同一规则再加一行封顶,退回
超出部分(3个红灯期每期 -2、封顶4: -6,再 +2);
- {target_floor}(扣完为止,默认0): 指标分值加各行低于保底时,加一行保底,提到保底(一个指标
最多扣完其分值);
- {unit_cap}: 一个单位的加分行超过上限时,加一行封顶收回超出部分;
- {unit_floor}(不计负分,默认0): 单位总分低于保底时,加一行保底提到保底。
按此顺序执行。""",
}


PUBLISH: dict[str, str] = {
    "publish-invalid": "{period} 未发布: 数据有问题(见上),请先更正",
    "publish-warned": (
        "{period} 未发布: 其数据有 {count} 条合理性警示(见上);请与报送单位核实,"
        "再记为已核实(import --accept CODE,或在记录中写 checked:)"
    ),
    "publish-no-file": "{period} 未发布: actuals/ 中没有该期数据文件",
    "publish-exists": "{period} 已于 {date} 发布({path});再次发布请加 --force(原发布记录另存保留)",
    "publish-wrote": "已发布 {period}({date}): 判定 {judgements} 项,排名单位 {ranked} 个 -> {path}",
    "publish-kept": "{date} 的原发布记录另存为 {path}",
}


COLLECT: dict[str, str] = {
    "field-calendar-other-year": "{date} 不在 {year} 年内,而本条列出的是 {year} 年的日期",
    "field-calendar-both": "{date} 同时列为放假日(holidays)和上班日(workdays)",
    "collect-calendar-unknown": (
        "警告: {years}年的法定节假日安排未知(chinesecalendar 未收录,targets.yaml 的 reporting.calendar"
        " 也未列出): 该年的报送截止日只避开周末,未避开法定节假日;请在 reporting.calendar 中补入该年的放假和调休上班日期"
    ),
    "collect-backfill": (
        "{file}:{period} 的数据于 {date} 导入,已过该期次年(补录):记为未注明日期;如需记录收到日期,请用 --received DATE"
    ),
    "collect-source-date-out-of-range": (
        "{field} {date} 不在 {year} 年或 {next_year} 年内,{period} 的数据只能在这两年内收到(年份写错会使每项数据逾期数年)"
    ),
    "collect-received": "{file} 收到日期 {date}:新增或替换的每项数据以此为报送日期(source.date)",
    "collect-marked-illustrative": (
        "{actuals} 已标为示例数据(illustrative: true,--illustrative):据此生成的报告均注明其数据为示例,并非官方统计数据"
    ),
}


GWR: dict[str, str] = {
    # 第二类规划(issue 24): 约数目标(左右)哪一侧为好。
    "step-range-due": "{year}年应在区间{low}—{high}{unit}内",
    "step-range-gap": "差值 = {gap}个百分点(对照区间,正数为落后;增速不按序时折算)",
    "step-range": "区间{low}—{high},好的一侧 {good}",
    "step-range-above": "{actual} > {high}: 高于区间({good}): {status}",
    "step-range-below": "{actual} < {low}: 低于区间({good}): {status}",
    "step-range-within": "{low} ≤ {actual} ≤ {high}: 在区间内: {status}",
    "explain-good": "  好的一侧 {good}",
    "explain-attribute": "  属性     {attribute}",
    "rule-comparators": """比较符说明何种数值达到目标,各类型通用:
>=(以上、不低于、达到),>(突破、超、超过),<=(以内、不高于、不超过、控制在…以内、以下),
<(低于),==(恰好等于),approx(左右、约),between(区间: 5%—5.5%)。
approx 在允许偏差内即达到(指标自定的 tolerance,否则为目标的 assessment.approx_tolerance_pct,
默认5%,按整项计的指标至少1个);{good} 说明哪一侧为好,按经济分析的读法:
- up(默认,即一向对约数目标的判法;如GDP增长5%左右): 低于允许偏差为落后,最后判定期即未完成;
  高于允许偏差属超出目标(▲),算达到;
- down(实为上限: 居民消费价格涨幅3%左右、城镇调查失业率5.5%左右): 不高于目标加允许偏差即达到
  (CPI 0.2对3%左右);高于则按上限(<=)被突破判定: 增速按高出的百分点判定,水平和流量为严重滞后
  (最后判定期为未完成);完成率 = 目标 / 实际,同 <=;
- point: 任一侧超出允许偏差均为未达到;增速的差值为与目标的距离。
between 为区间(5%—5.5%、保持在A-B之间;用于 growth、level 和 share): value 为下限,upper 为上限,
{good} 的读法同 approx,以区间代替允许偏差: up(报告中"努力争取更好结果": 高于区间属超出目标,算达到),
down(不高于上限即达到;完成率对照上限),point(超出任一边界均为未达到)。增速的差值: up 对照下限,
down 对照上限,point 对照较近的边界(区间内为负数,即尚余的幅度)。
降低类目标(单位GDP能耗降低2.5%左右)按统计口径写作降低率,取正数(下降3.8%),good 取 up:
降低3.8%超出2.5%左右,算达到。
{attribute}(属性,规划纲要或政府工作报告的指标): binding(约束性)与 hedge ensure(确保)同样具有约束力:
标★,按确保的阈值判定,考评权重同确保;expected(预期性)判定与计数同其他指标,名称旁注明预期性。""",
    "field-target-good": "good(约数目标哪一侧为好)只用于比较符 approx(左右)或 between(区间),且不用于 kind relative",
    "field-target-between": "比较符 between(区间,如5%—5.5%)须有大于 value 的 upper,且只用于类型 growth、level 和 share",
    "field-target-upper": "upper(区间上限)只用于比较符 between",
    "step-approx-below": "{actual} ≤ {target} + {tolerance}: 不高于目标(越低越好,实为上限): 已完成",
    "step-approx-above": "{actual} > {target} + {tolerance}: 超出允许偏差({good}): {status}",
}


REVIEW: dict[str, str] = {
    # draft --apply:读回审核表(draft/review.py、cli/bodies/draft_apply.py)
    "review-not-a-workbook": "不是 .xlsx 工作簿:请使用 draft 生成的 review.xlsx",
    "review-not-a-review": "不是指标草稿审核表(缺少“审核”工作表或隐藏表,或格式不符):请使用 draft 生成的 review.xlsx",
    "review-meta-edited": "隐藏表已被修改(校验值不符):请重新生成草稿,在新的审核表中审核",
    "review-row-moved": "第 {row} 行应为草稿第 {number} 项指标:行被移动、插入或排序,请撤销(删除指标请填“删除”,不要删行)",
    "review-bad-verdict": "{given!r} 不是审核结论:请填 保留、修改 或 删除(留空即照建议)",
    "review-duplicate-id": "编号 {given!r} 与第 {row} 行重复:每项指标的编号须唯一",
    "review-years-reversed": "起始年 {first} 晚于截止年 {last}",
    "review-value-missing": "此类指标需要目标值:请在此格填写",
    "review-bad-choice": "{given!r} 不在可选项 {choices} 之中",
    "review-not-a-number": "{given!r} 不是数字",
    "review-bad-year": "{given!r} 不是规划期内的年份({first}-{last})",
    "review-bad-id": "{given!r} 不是有效编号(字母、数字、_ . -,以字母或数字开头)",
    "review-apply-alone": "--apply 只读取审核表:不要同时给出规划文本或 --compare",
    "review-apply-needs-out": "请用 -o DIR 指定审核后 targets.yaml 的写入位置",
    "review-nothing-written": "{file} 未应用,未写入任何文件",
    "review-proposal-edited": "此格的建议值被改动,应用时会丢失:请把修改填在本行 {column} 列,并在审核列填“修改”",
    "review-row-added": "草稿指标之下多了一行:新增指标请在 targets.yaml 中添加,不在此表",
    "review-applied": "已根据 {file} 写入审核后的草稿,共 {count} 项指标(已确认 {confirmed} 项),位于 {path}",
}


CLI: dict[str, str] = {
    # the command line's own lines: usage errors, "wrote FILE", notes (cli/bodies/)
    # cli/bodies/common.py: what every command's own lines share
    "cli-error": "plan415x: 错误: {message}",
    "cli-as-is": "{text}",
    "cli-no-plan": "{data}/ 中没有 targets.yaml(请用 --data DIR 指定数据文件夹)",
    "cli-no-plan-start": "{data}/ 中没有 targets.yaml: 请用 --data DIR 指定数据文件夹,或新建一份规划:"
    " plan415x init {data}(见 docs/new-plan.md)",
    "cli-unknown-unit": "未知单位 {unit};可选: {choices}",
    "cli-published-spoilt": "plan415x: {error};请从版本控制中恢复",
    "cli-period-outside": "期别 {period} 不在规划年份 {first}-{last} 之内",
    "cli-today-not-date": "{name}={text} 不是日期;请写成 2024-07-15 的形式",
    # cli/bodies/output.py: an output refused or not written
    "cli-what-workbook": "工作簿",
    "cli-what-report": "报告",
    "cli-what-draft": "稿件",
    "cli-what-page": "页面",
    "cli-what-notice": "催报通知",
    "cli-what-receipt": "回执",
    "cli-what-file": "文件",
    "cli-output-suffix": "{path}: {what}的文件名须以 {suffixes} 结尾",
    "cli-output-in-data": "{path} 位于数据文件夹 {data}/ 之内;请把{what}写到别处",
    "cli-output-no-folder": "{path}: 没有文件夹 {folder}/",
    "cli-output-is-folder": "{path} 是文件夹",
    "cli-output-exists": "{path} 已存在;要替换请加 --force",
    "cli-cannot-write": "无法写入 {path}: {reason}",
    "cli-folder-not-folder": "{option} {folder}: 不是文件夹",
    "cli-folder-in-data": "{option} {folder} 位于数据文件夹 {data}/ 之内;请把文件写到别处",
    "cli-folder-no-parent": "{option} {folder}: 没有文件夹 {parent}/",
    "cli-folder-not-regular": "{path} 不是普通文件;不会被替换",
    "cli-set-exists": "{path} 已存在;要替换请加 --force(未写入任何{what})",
    "cli-set-cannot-write": "无法写入 {folder}/: {reason}(未写入任何{what})",
    # the bodies of check, trend, publish, units, score and explain
    "cli-wrote-report": "已写入 {path}: 目标 {targets} 项",
    "cli-never-published": "{period} 从未发布(没有 published/{period}.json): plan415x publish {period}",
    "cli-trend-one-of": "请给出 TARGET 或 --unit U(二者选一)",
    "cli-trend-no-history": "没有 actuals 数据文件: 尚无历史",
    "cli-unknown-target": "未知目标 {target}",
    "cli-unknown-target-near": "未知目标 {target};是否指 {near}",
    "cli-unknown-target-near-q": "未知目标 {target};是否指 {near}?",
    "cli-publish-accept": "--accept {code}: 不是合理性警示的代码;可选: {codes}",
    "cli-units-no-plan": "{data}/ 中没有 targets.yaml(新建规划: plan415x init {data})",
    "cli-scored-on-none": "单位 {unit} 在 {year} 年没有计分的目标",
    "cli-provisional-alone": "--provisional 须与 --score 同用: explain --score UNIT YEAR --provisional",
    # the bodies of init, targets and reporting
    "cli-what-plan": "规划",
    "cli-what-work-report": "工作报告",
    "cli-init-a-file": "{folder} 是文件,不是文件夹",
    "cli-cannot-look": "{folder}: 无法查看其内容: {reason}",
    "cli-init-not-empty": "{folder}/ 不是空文件夹;请给出空的或新的文件夹,或加 --force 把示例文件写入其中",
    "cli-cannot-write-folder": "无法写入 {folder}/: {reason}",
    "cli-init-wrote": "已在 {folder}/ 写入一份示例{what}(示例县,虚构的县: 所有数字均为示意):",
    "cli-next": "下一步:",
    "cli-init-then": "然后按 docs/new-plan.md 所述,换成你们自己的{what}",
    "cli-unknown-unit-none": "未知单位 {unit};targets.yaml 未列出责任单位(responsible_units)",
    "cli-reporting-missing": "-o DIR 和 --by 用于写催报通知: 请与 --missing 同用",
    "cli-reporting-by": "--by 是通知要求报送的日期: 请用 -o DIR 指定文件夹",
    "cli-wrote-and-md": "已写入 {path}(及 .md)",
    "cli-reporting-none-owed": "{period}: 没有单位欠报数据或说明;未写通知",
    "cli-by-not-date": "--by {text} 不是日期;请写成 2024-07-15 的形式",
    # the bodies of export and brief
    "cli-export-no-output": "请用 -o FILE.xlsx 指定要写的工作簿(或用 --split DIR 指定文件夹)",
    "cli-wrote-workbook": "已写入 {path}: 目标 {targets} 项,工作表 {sheets}",
    "cli-wrote-part": "已写入 {path}: {unit}的目标 {targets} 项",
    "cli-brief-not-a-record": "plan415x: published/{period}.json: 不是发布记录(缺少或写错了 {error});"
    "请从版本控制中恢复",
    "cli-wrote-published-brief": "已写入 {path}: 按 {date} 发布的目标 {targets} 项,共 {sections} 节",
    "cli-brief-suffix": "{path}: 稿件的文件名须以 .md、.docx 或 .pdf 结尾",
    "cli-wrote-brief": "已写入 {path}: 目标 {targets} 项,共 {sections} 节",
    # the bodies of validate and import
    "cli-no-such-file": "没有这个文件: {path}",
    "cli-validate-outside": "{path} 不在数据文件夹 {data}/ 中: 文件要与其规划一起校验",
    "cli-import-none": "{paths} 中没有可导入的工作簿(.xlsx)",
    "cli-accept-code": "--accept {spec}: {code} 不是警示代码;可选: {codes}",
    "cli-accept-at": "--accept {spec}: 请在 @ 后写目标,或不写 @",
    "cli-received-not-date": "--received {spec}: {text} 不是日期;请写成 2024-07-15(或 FILE=2024-07-15)的形式",
    "cli-received-future": "--received {spec}: {date} 晚于今天({today});工作簿只能在今天或之前收到",
    "cli-received-twice": "--received {spec}: 本次导入的收到日期给了两次({first}, {second})",
    "cli-received-no-workbook": "--received {spec}: 本次导入中没有工作簿 {name}",
    "cli-received-two-dates": "--received {spec}: {name} 给了两个日期({first}, {second})",
    "cli-accept-no-target": "--accept: 规划中没有目标 {target}",
    # the bodies of export --html and draft
    "cli-page-suffix": "{path}: 页面的文件名须以 .html 或 .pdf 结尾",
    "cli-page-one": "--split 和 --by-unit 只用于工作簿;HTML 报告只有一页",
    "cli-wrote-page": "已写入 {path}: 目标 {targets} 项,一页",
    "cli-draft-folder": "{path} 是文件夹;请给出规划的文本文件",
    "cli-cannot-read": "无法读取 {path}: {reason}",
    "cli-draft-too-large": "{path} 大于 {mb} MB: 不是规划文本",
    "cli-draft-not-text": "{path} 不是文本文件;请把规划另存为纯文本(.txt)再起草",
    "cli-draft-encoding": "{path} 既不是 UTF-8 也不是 GB18030 文本",
    "cli-draft-what": "请说明如何处理草稿: -o DIR 写出,--compare FILE 比对",
    "cli-draft-no-year": "{path}: 文本中没有年份(规划期限,如(2023-2027年));这是规划吗?",
    "cli-draft-no-target": "{path}: 文本中没有找到目标(没有数字,也没有 形成/制定/实现…全覆盖);这是规划吗?",
    "cli-draft-not-empty": "{folder}/ 不是空文件夹;请给出新的或空的文件夹,或加 --force 替换其中的 targets.yaml",
    "cli-draft-wrote": "已从 {plan} 起草目标 {targets} 项,写入 {folder}/targets.yaml",
    "cli-draft-no-plan": "请给出规划文本文件(PLAN.txt),或用 --apply REVIEW.xlsx",
    "cli-draft-review": "  请在 {review} 中审核,然后运行: plan415x draft --apply {review} -o DIR",
    "cli-draft-low": "  其中 {low} 项有字段的推断置信度低于 {confidence}: 请先核对这些",
    "cli-not-utf8": "{path} 不是 UTF-8 文本",
    "cli-not-yaml": "{where}: 不是 YAML: {problem}",
    "cli-compare-no-targets": "{path}: 其中没有 targets: 列表(请给出数据文件夹的 targets.yaml)",
    "cli-compare-head": "{plan} 的草稿与 {path} 比对: 草拟 {drafted} 项,已编码 {encoded} 项",
    "cli-compare-missed": "未找到({count}):",
    "cli-compare-extra": "草拟了但编码中没有({count}):",
    # the bodies of score, template and the PDF's fonts
    "cli-not-a-year": "{text} 不是年份;考评按整年计,如 2023",
    "cli-year-outside": "{year} 年不在规划年份 {first}-{last} 之内",
    "cli-no-score": "plan415x: 无年度考评: {why}",
    "cli-template-no-output": "请用 -o FILE.xlsx 指定要写的工作簿",
    "cli-template-none-due": "{period} 没有应报的目标",
    "cli-template-none-due-of": "{period} 没有由 {unit} 报送的应报目标",
    "cli-wrote-template": "已写入 {path}: {period} 待填 {rows} 行,共 {sheets} 张工作表",
    "cli-template-no-contact": "规划中没有 reporting.contact: 模板上没有联系人(联系人/电话)",
    "cli-no-scoring": "{data}/ 中没有 scoring.yaml: 考评规则是数据;请以默认规则集(plan415x 仓库中的 data/scoring.yaml,"
    "每条规则及其公式见 docs/scoring.md)为起点,复制到 {data}/ 后按需修改",
    "cli-score-nothing-yet": "{year} 年尚未结束(今天是 {today}),且其中没有已结束并有数据的期别: 尚无可考评的内容",
    "cli-score-no-figures": "数据文件夹中没有 {year} 年的数据: 无可考评",
    "cli-score-not-over": "{year} 年尚未结束(今天是 {today};数据截至 {at},即 {month} 月): 现在考评,"
    "会以尚未到期的数据判定年末,并把它们计为缺报",
    "cli-score-silent": "{year} 年的年末数据未齐: {count} 个单位一项都未报送({silent});应报年末数据 {due} 项,"
    "缺 {missing} 项(据 {used} 的数据): 现在考评,会把每项都计为未完成和缺报",
    "cli-score-give-provisional": "{why};如需截至 {month} 月数据的预评分(会标明),请加 --provisional",
    # views/filters.py and reports/listing.py: a filter of check or targets that names nothing
    "cli-filter-unit-none": "未知单位 {unit}: targets.yaml 未列出责任单位(responsible_units)",
    "cli-unknown-action": "未知行动 {action};可选: {choices}",
    "cli-unknown-action-none": "未知行动 {action};targets.yaml 未列出行动(actions)",
    "cli-unknown-kind": "未知目标类型 {kind};规划中有: {kinds}",
    "cli-word-status": "状态",
    "cli-word-light": "灯色",
    "cli-unknown-word": "未知{word} {item};可选: {choices}",
}


FYP: dict[str, str] = {
    # 五年规划指标表的算法(issue 24 第2、3项): 基期、年均增长。
    "field-target-from-base": "from_base(以基期表述的目标)只用于类型 level 和 share,且须有 baseline",
    "field-target-from-base-value": "value {value} 不等于 from_base 算出的水平({level}): 省略 value,或写该水平",
    "field-target-from-base-side": "from_base {change} 与比较符方向相反: 降低(points_down、pct_down)为上限"
    "(<=,或 approx 加 good: down),提高为下限",
    "field-target-average-growth-base": "类型 average_growth(年均增长)须有 baseline: 基期水平,大于0",
    "field-target-average-growth-frequency": "类型 average_growth 按年度水平判定: 报送频率为 annual",
    "step-from-base": "应达水平: 基期值{base}({year}年底){change}{by} = {level}",
    "step-average-level": "{period}水平 = {actual}{unit}; 基期值{base}({year}年底)",
    "step-average-not-positive": "复合增速须水平大于0: 无法评估",
    "step-average-rate": "实际年均增速 = ({actual} / {base})^(1/{years}) - 1 = {rate}%",
    "step-average-path": "按年均{target}%: {year}年应达{expected}{unit},{last}年应达{level}{unit}",
    "step-average-gap": "差值 = {target} - {rate} = {gap}个百分点(增速对照增速,不按序时折算): {status}",
    "step-average-needed": "剩余{remaining}年须年均增长: ({level} / {actual})^(1/{remaining}) - 1 = {needed}%",
    "step-average-reached": "{actual} ≥ {level}: 已提前达到{last}年应达水平: 已完成",
    "step-average-final": "期末: 年均增速{rate}%,目标{comparator} {target}%: {status}",
    "rule-average-growth": """年均增速({kind}): 规划期年均增长(如2026-2030年年均增长5.5%以上),以基期水平起算的
实际复合增速对照目标增速,不按序时折算。

数据为指标各年水平(截至12月的期别;年中数据只列示、不判定),单位为 figure_unit;value 为目标增速(%),
baseline 为基期水平(如2025年底)。取最新年度水平,距基期 years 年:
实际年均增速 = ((水平 / 基期值)^(1/years) - 1) × 100;
差值 = 目标增速 - 实际年均增速,单位为个百分点(正数为落后;上限类为实际 - 目标);状态按阈值判定,同 growth:
每年均以增速对照增速,不按序时进度折算(年均5.5%时应达水平为 基期值 × 1.055^years: 一年后105.5,
两年后111.30;表中列增速,判定步骤列水平)。
分析人员读法: 实际年均增速不低于目标为达进度(on_track),高出超进度阈值为超进度(ahead),低于目标按差的百分点为
关注、滞后或严重滞后;提前达到期末应达水平为已完成(提前实现)。
explain 列出剩余年份还须达到的年均增速: ((基期值 × (1 + 目标/100)^规划年数 / 水平)^(1/剩余年数) - 1) × 100。
期末年份水平为最后判定: 达到目标增速为已完成,否则未完成;
缺该年水平则不判定(无数据)。""",
    "rule-from-base": """{from_base}(level 和 share): 以基期表述的目标,同五年规划指标表的写法;baseline 给出基期值和年份,
value 由此算出(省略,或写相等的值):
points_up(提高N个百分点): 基期值 + N;points_down(降低N个百分点): 基期值 - N;
pct_up(增长N%): 基期值 × (1 + N/100);pct_down(降低N%): 基期值 × (1 - N/100);
times(达到基期的N倍;翻一番: N = 2): 基期值 × N。
降低为上限(比较符 <=),提高为下限(>=)。之后按有基期的水平指标判定: 默认自基期起按时间进度(linear),pace 另有规定的除外。""",
}


FYP2: dict[str, str] = {
    # 五年规划指标表的〔累计〕和同步类指标(issue 24 第4、5项)。
    "field-target-pace-geometric": "pace: {pace}(自基期复合变化)只用于类型 level 和 share,且须有大于0的 baseline 和大于0的目标值",
    "step-geometric-schedule": "几何进度(自{base}至{target}): {total}个月已过{done}个月,应达"
    " {base} × ({target} / {base})^({done}/{total}) = {expected}{unit},即变化量的{schedule}%",
    "step-geometric-behind": "累计{change}{achieved}%,按进度应{change}{due}%,差{points}个百分点",
    "step-geometric-ahead": "累计{change}{achieved}%,按进度应{change}{due}%,快{points}个百分点",
    "rule-geometric": """{pace}(有基期的 level 和 share): 逐年复合的变化,如五年规划指标表〔累计〕降低的强度指标
(单位GDP二氧化碳排放降低〔17〕%,基期2025年,至2030年)。应达水平不按时间线性折算: 自基期年底起 T 个月中已过 t 个月,
应达水平 = 基期值 × (目标 / 基期值)^(t/T)(五年过两年: 100 × 0.83^(24/60) = 92.818,线性则为93.2);
完成率 = (实际 - 基期值) / (目标 - 基期值),即已完成的变化量比例;
进度 = (应达水平 - 基期值) / (目标 - 基期值),即按该水平应完成的变化量比例(五年过两年为42.25%,时间过40%),标"几何"及年限(42.2%(几何,2026-2030年));
差值 = 进度 - 完成率,状态按阈值判定,同其他有基期的水平指标。
explain 同时按分析人员的说法列出: 累计降低6%,按进度应降低7.18%,差1.18个百分点(累计变化占基期值的百分比,对照按进度
应有的变化)。期限按水平指标判定。
五年累计总量(2026-2030年〔累计〕N: 新增、完成投资)无须另设进度: 类型 {kind},first_year、last_year 为规划年限,
逐年数据(各年最后一期的累计数)相加,第 t 年末应完成总量的 t/T(2027年末: 24/60个月 = 40%),同其他累计指标。""",
    "field-target-reference-target-kind": "reference_target(参照值取另一指标的数)只用于类型 {kind}",
    "field-target-reference-target-self": "reference_target 指向指标自身",
    "check-unknown-reference-target": "{field} 指向未知指标 {target!r}{hint}",
    "check-reference-target-cycle": "{field} 循环指回本指标: {path}",
    "check-reference-typed": "{target!r} 的 {field} 取自 {reference_target!r} 同期的数(reference_target): 此处不填",
    "step-reference-target": "参照值 = {reference_target} {period}的数 = {reference}",
    "step-reference-target-none": "{reference_target} 无{period}的数,参照值取该数: 未填报",
    "rule-reference-target": """{reference_target}(relative): 参照值为另一指标同期的数,从数据中读取,不在记录中手填(记录填了
reference 即报错: 同一个数填两处,总有一天会不一致)。居民收入增长和经济增长同步: 类型 relative,value 0(参照值
上浮0%),比较符 approx(同步: 在本指标允许偏差内,未设时为参照值的 assessment.approx_tolerance_pct;基本同步可设更宽
的偏差),reference_target: gdp-growth;高于GDP增长: 比较符 >,value 0。所指指标须存在、不是本指标,且不得循环指回。
所指指标缺该期的数,本指标也无数: 未填报,explain 说明原因。所指的数及其出处列入判定所依据的数据。""",
}


DRAFT2: dict[str, str] = {
    "cli-draft-other-format": "{path}:起草只读取纯文本(.txt)或 Word 文档(.docx),不读取 {suffix};"
    "请用 Word 或 WPS 打开,另存为 .docx(或纯文本)后再起草",
    "cli-draft-not-docx": "{path} 不是可读取的 Word 文档({reason});请重新另存为 .docx,或纯文本(.txt)",
    "draft-why-unit-to-give": "未写单位且无从推断:暂记为“{unit}”(规划自定计量单位),请改为实际单位",
    "draft-why-report-year": "本年度报告中的新增数:当年",
    "draft-why-text": "{text}",
    "draft-why-relative": "百分比前有“高于…平均”",
    "draft-why-level-rate": "“{word}”:经济运行的比率,按水平值",
    "draft-why-growth-pct": "百分比前有“{word}”",
    "draft-why-share": "百分比:按比重",
    "draft-why-share-of": "比重或比率的百分比",
    "draft-why-ratio": "倍数:按水平值",
    "draft-why-cumulative": "写明“累计”",
    "draft-why-annex-year": "附件{year}年清单",
    "draft-why-every-year": "句中有“{word}”",
    "draft-why-that-year": "“{word}”:仅当年",
    "draft-why-level-word": "“{word}”:水平值",
    "draft-why-flow": "“{word}”而无“每年”:规划期累计",
    "draft-why-level-default": "没有新增类动词:按水平值",
    "draft-why-milestone": "{words}",
    "draft-why-milestone-verb": "完成类动词(形成、建成、制定…)",
    "draft-why-milestone-hedge": "“{word}”而无数字:一项要完成的事",
    "draft-why-directional": "“{verb}…{end}”而无数字",
    "draft-why-direction-unit": "所衡量的对象用{unit}",
    "draft-why-no-unit": "无单位",
    "draft-why-no-units": "文中没有责任单位",
    "draft-why-in-step": "{a}与{b}同步:相对指标,+0%",
    "draft-why-in-step-value": "同步:比对照高0%",
    "draft-why-in-step-unit": "增速的%",
    "draft-why-in-step-comparator": "同步:在允许偏差内(左右)",
    "draft-why-heading-kind": "工作事项没有其他可跟踪的内容:取其标题",
    "draft-why-heading-hedge": "标题中没有力争/争取/确保",
    "draft-why-heading-period": "标题中没有年份:取规划期{first}—{last}年",
    "draft-why-earlier": "{reason}(见句中前文)",
    "draft-why-range-floor": "区间:至少达到下限",
    "draft-why-hedge-here": "分句中有“{word}”",
    "draft-why-hedge-earlier": "句中前文有“{word}”",
    "draft-why-binding-verb": "分句动词为“{word}”",
    "draft-why-no-hedge": "句中没有力争/争取/确保",
    "draft-why-no-year": "句中没有年份:取规划期{first}—{last}年",
    "draft-why-every-year-plan": "“{word}”:规划期每一年",
    "draft-why-by-year": "“{word}”:到{year}年",
    "draft-why-range": "区间{words}:取下限",
    "draft-why-figure": "数字{figure}",
    "draft-why-after-figure": "数字后有“{word}”",
    "draft-why-before-figure": "数字前有“{word}”",
    "draft-why-no-measure": "未写单位,也没有可推断单位的名词",
    "draft-why-measure": "未写单位:“{noun}”用“{word}”",
    "draft-why-per-mu": "“{unit}”前有“亩均”:每亩{unit}",
    "draft-why-between": "区间:{low}至{high}之间",
    "draft-why-no-comparator": "未写比较词:至少达到该数",
    "draft-why-lost-number": "“{words}”:文中缺少数字",
    "draft-why-lost-unit": "“{before}”后有“{word}”:{unit}",
    "draft-why-lost-comparator": "缺失的数字前有“{word}”",
    "draft-why-units-lead": "该行责任单位,列第一位的为牵头单位",
    "draft-why-units-first": "该行责任单位,第一个视为牵头单位",
    "draft-why-restates": "与{clause}措辞相近:{text}",
    "draft-why-reference": "与{other}同步:取{name}的数",
    "draft-why-restated-units": "{clause}重述此目标,取其责任单位",
    "draft-why-ceiling": "“{word}”:实际为上限",
    "draft-why-more-fine": "所求之事的“左右”:多则更好",
    "draft-why-attribute": "属性:{words}",
    "draft-why-table-no-unit": "没有单位列,名称后也没有(单位)",
    "draft-why-row-unit": "{unit}:该行的单位",
    "draft-why-table-hedge": "表中数字:没有力争/确保",
    "draft-why-table-hedge-binding": "表中数字:没有力争/确保(约束性)",
    "draft-why-table-cumulative-pct": "〔{value}〕为五年累计数(〔累计〕);尚无对应类型:暂按增速",
    "draft-why-table-cumulative": "〔{value}〕为五年累计数(〔累计〕):{first}—{last}年累计",
    "draft-why-table-average": "年均{cell},自基期{base}{unit}起算",
    "draft-why-table-growth": "年均{cell}:逐年增速",
    "draft-why-table-rate": "比率{cell}:逐年保持",
    "draft-why-table-growth-rate": "“{name}”:增速",
    "draft-why-table-share": "百分比:比重或比率",
    "draft-why-table-level": "{year}年的数:水平值",
    "draft-why-table-from-base": "{change},相对基期{base}",
    "draft-why-cell": "单元格“{cell}”",
    "draft-why-table-years": "表列年份:{first}—{last}年",
    "draft-why-baseline": "基期{base}({year}年)",
}


IMPLEMENTATION: dict[str, str] = {
    # 年度量化指标任务落实情况(issue 24 第8项):brief YEAR --form implementation。
    "impl-title": "《{plan}》量化指标任务落实情况",
    "impl-title-year": "《{plan}》{year}年量化指标任务落实情况",
    "impl-as-of": "（数据截至{date}）",
    "impl-section-summary": "总体情况",
    "impl-section-table": "分项落实情况",
    "impl-head-no": "序号",
    "impl-head-name": "指标",
    "impl-head-goal": "目标",
    "impl-head-outcome": "完成情况",
    "impl-head-done": "是否完成",
    "impl-done-met": "完成",
    "impl-done-missed": "未完成",
    "impl-done-not-reported": "未填报",
    "impl-summary-all": "{count}项量化指标全部完成。",
    "impl-summary": "{count}项量化指标中，{parts}。",
    "impl-part-met": "完成{count}项",
    "impl-part-missed": "未完成{count}项：{names}",
    "impl-part-not-reported": "未填报{count}项：{names}",
    "impl-part-not-judged": "无法判定{count}项：{names}",
    "impl-converted": "{figure}（合{converted}）",
    "impl-reference": "{figure}（对照{reference}）",
    "impl-older": "{figure}（{period}，年末数据未报）",
    "impl-words": "{figure}（{words}）",
    "impl-note-words": "注{number}：{words}",
    "impl-note-older": "注明期间的数据为年末前最近一期数据（年末数据未报送）：累计数已达到目标的计为完成，其余按未填报计。",
    "impl-note-restated": "◇为复述另一指标，两者只计一项，按较差的判定计。",
    "impl-note-later": "另有{count}项指标期限在{year}年以后，尚未到期，不列入本表（进展见目标进展情况通报）。",
    "impl-note-unquantified": "另有{count}项节点任务、仅监测指标不属量化指标，不列入本表。",
    "impl-none": "本年度无到期的量化指标。",
    "impl-footer": "本表由plan415x根据方案和报送数据生成，数据均为报送数，是否完成与plan415x check {period}的判定相同。",
    "cli-brief-output": "brief --form {form} 写入文件:请给出 -o FILE.md、FILE.docx 或 FILE.pdf",
    "cli-brief-form-year": "{period}: 落实情况表按整年编制(是否完成到年末才知道):请给出 {year};年内按序时进度的判断见"
    "目标进展情况通报:plan415x brief {period} -o FILE",
    "cli-brief-form-published": "--as-published 仅用于目标进展情况通报:落实情况表由数据生成",
    "cli-wrote-implementation": "已写入 {path}: 量化指标 {rows} 项",
}


VERDICT: dict[str, str] = {
    # check's verdict line (reports/gap.verdict_line): one sentence, its parts said apart.
    "verdict-line": "{head}({first}-{last}年, 时间进度{pct}%): {judged} 项指标中, {parts}",
    "verdict-head": "评估",
    "verdict-head-halfway": "时间过半",
    "verdict-part": "{word} {n} 项",
    "verdict-part-named": "{word} {n} 项({names}{more})",
    "verdict-more": "等",
    "verdict-no-data": "未填报 {n} 项",
    "verdict-not-assessed": "未评估 {n} 项",
    "verdict-rule": """check 对跨年度的计划(first_year 早于 last_year),在检查期按国家规划中期评估的用语评价每项指标
(《十四五规划纲要》实施中期评估,2023-12-26:"时间过半、任务过半";20项主要指标中4项提前实现、5项快于预期、
7项基本符合预期、4项滞后)。不重新判定:评价由状态读出,状态已含该类指标的进度要求(序时进度、跨年度的时间进度、
自基期起的路径、年均增速的复合增长率)和计划的阈值。
- 提前实现:已完成,且完成的是该指标的最终要求,在到期之前。有期限的指标(level、share、cumulative、
  average_growth、relative、directional、milestone)在 last_year 年底到期;逐年判定的指标(annual、one_year、
  growth、composite)每年的要求在当年年底到期,只有最后一年的是最终要求。节点任务在到期年份12月之前报告完成为
  提前实现;在该年1-12月报告完成为按期。
- 快于预期:超进度(ahead:高于进度要求达到计划的 ahead 阈值,默认10个百分点;增速高于目标增速同样的点数),
  或某年非最终的年度要求在当年年底之前完成(当年1800亩在6月已完成)。
- 基本符合预期:达进度(on_track)或关注(watch:低于进度不超过 watch 阈值),或到期时按期完成(2025年到期的水平
  在2025年1-12月达到)。
- 滞后:滞后(behind:黄灯,低于进度超过 watch 阈值)、严重滞后(off_track)或未完成(missed)。表中称滞后的指标,
  不评为基本符合预期。
- 未填报:应报而未报,不作评价,另计。not_due、undefined、not_assessable 不作评价(未评估);监测指标不评价。
中国实践给出的是:四个用语及其顺序、五年中第三年称时间过半;评估未公布由进度到用语的规则,上述对应是本工具的约定。
计数范围为计入统计的指标(复述指标只计一次)。check 表下一行:评估(2023-2027年, 时间进度N%): M 项指标中,
提前实现 a 项, 快于预期 b 项, 基本符合预期 c 项, 滞后 d 项(前五项名称) · 未填报 e 项 · 未评估 f 项;
JSON 中每项结果有 verdict 和 verdict_zh,另有 verdict(elapsed_pct、halfway、counts、lagging)。
通报(brief)只在时间过半时于总体情况中写明各项计数(规划实施时间过半(2023-2027年,时间进度60%):…),如同双过半只在1-6月写明。
时间进度 = 自计划首年1月至检查期末的月数 / 计划期总月数。
在中间年份以"时间过半"代替"评估":中间年份为 first_year + (years - 1) // 2(五年中的第三年:2023-2027年的2025年;
国家中期评估在2021-2025年的第三年即2023年称时间过半),自期末超过计划期一半的检查期(2025年1-6月:60个月中的30个月)
至该年年底(60个月中的36个月,60%);年数为偶数的,在中间年份年底,恰好过半(2024-2027年的2025年)。
一年期的计划(当年的政府工作报告)不作此评价:其状态即说明已完成或未完成。""",
}


BRIEF_SAID: dict[str, str] = {
    # 通报自身的句子(reports/brief_sections.py、brief_units.py、brief.py;issue 20 第1项)。
    "brief-sep-list": "、",
    "brief-sep-clause": "，",
    "brief-sep-semi": "；",
    "brief-period-code": "{months}",
    "brief-day": "{year}年{month}月{day}日",
    "brief-no-lead": "未指定牵头单位",
    "brief-owner": "{name}",
    "brief-default-owner": "（默认）",
    "brief-unit": "{unit}",
    "brief-due-year": "（{year}年）",
    "brief-older": "（{months}）",
    "brief-state": "状态：{state}{older}{marks}，应于{goal}完成",
    "brief-no-figure": "本期应报未见数据",
    "brief-head-growth": "累计增长",
    "brief-head-average-growth": "年均增长",
    "brief-head-actual": "实际",
    "brief-actual": "{head}{figure}",
    "brief-expected": "应完成{expected}",
    "brief-target": "目标{goal}",
    "brief-done": "完成率{pct}%",
    "brief-schedule": "{schedule}{pct}%",
    "brief-gap-below-target": "低于目标{gap}个百分点",
    "brief-gap-above-target": "高于目标{gap}个百分点",
    "brief-gap-behind": "低于{schedule}{gap}个百分点",
    "brief-gap-ahead": "高于{schedule}{gap}个百分点",
    "brief-red-first": "，首次红灯",
    "brief-red-streak": "，连续{n}期红灯",
    "brief-named": "{name}（{owner}）：{figures}{streak}。",
    "brief-more-see-check": "另有{n}项，见检查表。",
    "brief-names-more": "{names}等（另有{n}项）",
    "brief-change": "{change}{n}项（{names}）",
    "brief-change-new-red": "新增红灯",
    "brief-change-red-better": "红灯转好",
    "brief-change-new-done": "新完成",
    "brief-change-new-missing": "新增未报",
    "brief-changes-none": "与上期（{period}）相比，无新增红灯、红灯转好、新完成或新增未报的指标。",
    "brief-changes": "与上期（{period}）相比：{changes}。",
    "brief-halves": "双过半：时间过半（序时进度{schedule}%），按年度目标计的指标{judged}项中任务过半"
    "（完成率达到或超过50%）{past}项，未过半{behind}项{without}。",
    "brief-halves-without": "；另有{n}项本期无完成率",
    "brief-col-action": "行动",
    "brief-col-targets": "指标数",
    "brief-col-green": "绿灯",
    "brief-col-yellow": "黄灯",
    "brief-col-red": "红灯",
    "brief-col-grey": "灰灯",
    "brief-light-count": "{light}{n}项，占{pct}",
    "brief-status-count": "{status}{n}项",
    "brief-grey": "（灰灯中{statuses}）",
    "brief-apart-restatements": "另有复述指标{n}项不重复计数",
    "brief-apart-monitoring": "监测指标{n}项只监测不评价",
    "brief-apart-stale": "{n}项所用数据非本期应报（陈旧{mark}），按应报月份判定，陈旧的状态不判绿灯",
    "brief-apart": "{parts}。",
    "brief-counts": "纳入评价的指标共{total}项。其中{lights}{grey}。{apart}",
    "brief-title-overall": "总体情况",
    "brief-progress-new": "（其中本期新完成{n}项）",
    "brief-progress": "已完成{done}项{of_which}，超进度{ahead}项。",
    "brief-sub-newly-achieved": "本期新完成：",
    "brief-sub-achieved": "已完成：",
    "brief-sub-ahead": "超进度：",
    "brief-title-progress": "主要进展",
    "brief-reds": "红灯{reds}项（其中期限已到未完成{missed}项，严重滞后{off_track}项）。",
    "brief-no-reds": "本期无红灯指标。",
    "brief-yellows": "黄灯{n}项（{statuses}）{see}。",
    "brief-yellows-see": "，详见发布记录的检查表",
    "brief-sub-red": "红灯指标：",
    "brief-sub-yellow": "黄灯指标：",
    "brief-title-problems": "存在问题",
    "brief-unit-explains": "{unit}说明：{reason}",
    "brief-no-reason": "（未说明原因）",
    "brief-unit-next-steps": "{unit}下步措施：{steps}",
    "brief-next-note": "{mark}下步工作要求由分析人员撰写（本草稿不推断原因，不写措施）。",
    "brief-title-next": "下步要求",
    "brief-title-ranking": "单位排名",
    "brief-ranking-none": "本期无可排名的单位。",
    "brief-ranking-by": "参与排名单位{n}个，按平均欠进度（各指标落后于序时进度的百分点，不落后的计0）由小到大排名。",
    "brief-group": "{group}",
    "brief-top-three": "{group}前三位：",
    "brief-bottom-three": "{group}后三位：",
    "brief-move-new-year": "位次变化：新年度首次晾晒，不与上年比较",
    "brief-move-against": "位次变化：与上次同频次晾晒（{period}）{published}排名相比",
    "brief-move-published": "已发布（{day}）的",
    "brief-move-none": "位次变化：无上次同频次晾晒可比",
    "brief-rule": "{clauses}；{compared}。",
    "brief-no-report": "未报：{names}（应报数据全部未报，列于所有报送单位之后）。",
    "brief-not-ranked": "{line}。",
    "brief-title-reporting": "报送情况",
    "brief-reporting-not-given": "{mark}报送情况（按时、逾期、未报）未提供。",
    "brief-reporting-none-due": "本期无应报数据。",
    "brief-reporting-counts": "本期应报指标数据{due}项，已报{received}项（按时{on_time}项、逾期{late}项、"
    "未注明日期{undated}项），未报{missing}项{end}",
    "brief-reporting-units": "，涉及{n}个单位。",
    "brief-stop": "。",
    "brief-missing-default-owner": "作为默认牵头单位",
    "brief-unit-missing": "{unit}{default}未报{n}项（截止{due}）：{names}。",
    "brief-sub-missing": "未报送的单位及指标：",
    "brief-all-reported": "各单位应报数据均已报送。",
    "brief-unowned": "另有{n}项指标方案未指定牵头单位，不在应报之列。",
    "brief-reporting-note": "{note}。",
    "brief-score-stop": "。",
    "brief-score-commands": "",
    "brief-title-score": "年度考评",
    "brief-title-score-provisional": "年度考评（暂定）",
    "brief-as-of": "数据截至{day}",
    "brief-no-data": "本期无数据",
    "brief-period": "{period}序时进度为{schedule}%，{as_of}。",
    "brief-section": "{n}、{title}",
    "brief-annex": "附件：{title}",
    "brief-draft-title": "{plan}{period}目标进展情况（草稿）",
    "brief-draft-line": "{period}（{code}）·序时进度{schedule}%·数据截至{as_of}",
    "brief-footer-defaults": "；（默认）= 方案未指定单位，由方案的默认牵头单位牵头",
    "brief-footer-sign": "{mark}发文单位    {mark}日期",
    "brief-footer-made": "由 plan415x 根据{source}和报送的数据生成；每个数字均为 plan415x check {period} 的数字；"
    "差值 = 序时进度 - 完成率（百分点，正数为落后）{defaults}。",
    "brief-published-default-owner": "(默认)",
    "brief-published-older": " ({months})",
    "brief-published-state": "状态: {state}{older}",
    "brief-published-actual": "实际{actual}{older}",
    "brief-published-schedule": "序时进度{pct}%",
    "brief-published-gap-behind": "低于序时进度{gap}个百分点",
    "brief-published-gap-ahead": "高于序时进度{gap}个百分点",
    "brief-published-sep": ", ",
    "brief-published-named": "{name}({unit}): {figures}。",
    "brief-published-more": "另有 {n} 项, 见 check --as-published。",
    "brief-published-progress": "已完成 {done} 项, 超进度 {ahead} 项。",
    "brief-published-sub-achieved": "已完成:",
    "brief-published-sub-ahead": "超进度:",
    "brief-published-ranking-by": "参与排名单位 {n} 个, 按平均欠进度(各指标落后于序时进度的百分点, 不落后的计0)由小到大排名。",
    "brief-published-top-three": "{group}前三位:",
    "brief-published-bottom-three": "{group}后三位:",
    "brief-published-no-report": "未报: {names}(应报数据全部未报,列于所有报送单位之后)。",
    "brief-published-excluded-one": "{unit}(计入排名的指标仅1个,少于{n}个)",
    "brief-published-excluded": "{unit}(计入排名的指标仅{counted}个,少于{n}个)",
    "brief-published-sep-units": "、",
    "brief-published-not-ranked": "不参与排名: {units}",
    "brief-published-move-new-year": "位次变化: 新年度首次晾晒,不与上年比较",
    "brief-published-move-against": "位次变化: 与 {against} 相比",
    "brief-published-move-none": "位次变化: 无上次同频次晾晒可比",
    "brief-published-rule": "说明: 按发布时的规则排名(计入指标少于{n}个的单位不参与排名; 规则全文见 plan415x rank 的说明)",
    "brief-published-note": "{rule};{move}",
    "brief-published-next": "下步要求及落款由分析人员撰写,不在发布记录中,见印发的通报原件。",
    "brief-published-title": "关于{plan}{period}目标进展情况的通报(已发布版本)",
    "brief-published-line": "检查期 {period} ({code}) · 本通报为 {date} 发布的版本,按发布记录(published/{code}.json)重印,"
    "不按现有数据重算",
    "brief-published-left-reporting": "报送情况",
    "brief-published-left-streaks": "连续{n}期红灯",
    "brief-published-left-goals": "各指标的目标值与应完成量",
    "brief-published-left-stale": "数据陈旧标记",
    "brief-published-left-score": "年度考评",
    "brief-published-left": "发布记录未记载{items},本版不含(不以现有数据补入)",
    "brief-published-footer": "说明: 由 plan415x 据 published/{code}.json ({date} 发布) 生成, 数字与 plan415x check"
    " {code} --as-published 及 plan415x rank {code} --as-published 一致; 差值=序时进度{minus}完成率(百分点, 正数为落后)。",
    "gongwen-title": "关于《{plan}》{period}目标进展情况的通报",
    "gongwen-issuer": "发文机关",
    "gongwen-doc-number": "文号",
    "gongwen-draft": "（草稿：数据未设{lacking}，见targets.yaml的publishing，不作正式文件印发）",
    "gongwen-illustrative-head": "（版头、文号、抄送、印发机关为示意，印发前由发文单位核定）",
    "gongwen-opening": "按照《{plan}》{number}要求，现将{period}目标进展情况通报如下：",
    "gongwen-to-fill": "{mark}主送机关",
    "gongwen-cc": "抄送：{cc}。",
    "gongwen-printed-date": "{mark}印发日期",
    "gongwen-signer": "{mark}发文机关署名",
    "gongwen-date": "{mark}成文日期",
    "gongwen-col-lead": "牵头单位",
    "gongwen-col-goal": "目标",
    "gongwen-col-done": "完成率",
    "gongwen-col-schedule": "序时进度",
    "gongwen-col-gap": "差值（百分点）",
    "gongwen-col-light": "亮灯",
    "gongwen-col-status": "状态",
    "gongwen-no-lead": "未指定",
    "gongwen-gap-note": "注：差值＝序时进度{minus}完成率，单位为百分点，正数为落后于序时进度。",
    "gongwen-default-owners": "序号{numbers}的指标方案未指定责任单位，由默认牵头单位{owners}负责。",
    "gongwen-annex-label": "附件{n}",
    "gongwen-annex-title": "{period}目标进展检查表",
    "gongwen-span": "{first}至{last}",
    "brief-item": "{n}.{item}",
}


OUTPUT_SAID: dict[str, str] = {
    # 输出文件写入前或写入时的拒绝(fsutil.py、reports/pdf_fonts.py;issue 20 第1项)。
    "file-special-refused": "{path} 是{kind},不是普通文件;plan415x 只写入文件、FIFO 或字符设备(如 /dev/null)",
    "file-kind-fifo": "命名管道(FIFO)",
    "file-kind-character-device": "字符设备",
    "file-kind-block-device": "块设备",
    "file-kind-socket": "套接字(socket)",
    "pdf-font-no-file": "{env}={named}: 文件不存在",
    "pdf-font-not-a-font": "{env}={named}: 不是 TrueType 或 OpenType 字体(.ttf、.otf、.ttc)",
    "pdf-font-no-chinese": "{env}={named}: 该字体不含汉字(没有“中”字);请指定中文字体",
    "pdf-font-none-found": "未找到可用于排版 PDF 的中文字体(在 {folders} 中查找了 {names});"
    "请安装一种(如 Noto Serif CJK 或 文泉驿),或在 {env} 中指定 .ttf/.otf/.ttc 字体文件",
}


NOTICE_SAID: dict[str, str] = {
    # 催报通知与回执(reports/notices.py、receipts.py;issue 20 第1项): 发给各单位,不论规划的语言均为中文(notices.LANG)。
    "notice-col-no": "序号",
    "notice-col-target": "指标",
    "notice-col-measure": "计量单位",
    "notice-col-due": "报送截止",
    "notice-contact": "如有疑问，请联系{name}，电话：{phone}。",
    "notice-title": "关于报送{period}监测数据的通知",
    "notice-title-again": "关于补报{period}监测数据的通知",
    "notice-doc-number": "（{number}）",
    "notice-opening": "根据《{plan}》{number}的监测安排，现将贵单位{period}数据报送情况通知如下。",
    "notice-ask": "请于{due}前按期报送。",
    "notice-passed-on": "报送截止日期{due}已过",
    "notice-passed": "报送截止日期已过",
    "notice-ask-again-by": "{passed}，请于{by}前补报。",
    "notice-ask-again": "{passed}，请尽快补报。",
    "notice-missing": "贵单位以下{n}项指标数据尚未收到，{ask}",
    "notice-section-missing": "尚未报送的指标数据",
    "notice-reds": "以下{n}项指标{period}为红灯（低于序时进度），尚未说明滞后原因。"
    "请在报送表的“滞后原因”“下步措施”栏中说明，随数据一并报送。",
    "notice-section-reds": "须说明滞后原因的红灯指标",
    "notice-to": "{unit}：",
    "notice-due": "{month}月{day}日",
    "receipt-added": "新增",
    "receipt-replaced": "替换",
    "receipt-unchanged": "未变（与已报数据相同）",
    "receipt-count-added": "新增{n}项",
    "receipt-count-replaced": "替换{n}项",
    "receipt-count-unchanged": "未变{n}项",
    "receipt-dry-run": "本次为预览，尚未导入。",
    "receipt-taken": "已导入：{counts}。{refused}",
    "receipt-taken-but": "以下{n}个单元格未通过校验，未导入，请更正后重新报送。",
    "receipt-whole-refused": "报送表本身未通过校验（{why}），整表未导入，请用新下载的报送表重新填报。",
    "receipt-cells-refused": "未导入：以下{n}个单元格未通过校验，整表未导入，请更正后重新报送。",
    "receipt-others-refused": "贵单位工作表未发现问题，但同一报送表的其他工作表有单元格未通过校验，整表未导入；"
    "待更正后随整表重新报送。",
    "receipt-col-result": "结果",
    "receipt-col-cell": "单元格",
    "receipt-col-problem": "问题",
    "receipt-col-hint": "提示",
    "receipt-section-result": "处理结果",
    "receipt-section-cells": "须更正的单元格",
    "receipt-section-check": "请核实的数据",
    "receipt-why-ytd-decrease": "{target}:累计数从{previous}({before})降至{value}({after});同一年内累计数不会减少,请核实本期数与此前已报的数",
    "receipt-why-conflict": "{target}:本次为{new},此前已报{old};如需更正已报数据,请在重新报送时说明",
    "receipt-check": "以下数据已接收，但与往期或目标相比异常，请核实；确认无误的无须重报。",
    "receipt-received": "（{day}收到）",
    "receipt-title": "{period}监测数据报送回执",
    "receipt-opening": "贵单位报送的{period}数据{received}已处理，结果如下。",
}


CATALOGUE: dict[str, str] = (
    UNITS
    | CHECKS
    | LOADING
    | FIELDS
    | IMPORT
    | STEPS
    | SCORING
    | PUBLISH
    | COLLECT
    | GWR
    | REVIEW
    | CLI
    | FYP
    | FYP2
    | DRAFT2
    | IMPLEMENTATION
    | VERDICT
    | BRIEF_SAID
    | OUTPUT_SAID
    | NOTICE_SAID
)
