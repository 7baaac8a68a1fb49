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
IMPORT: dict[str, str] = {
    # excel/container.py: the file, before any XML parser reads it
    "import-unsafe-reader": "openpyxl 未通过 defusedxml 读取 XML(未安装,或设置了 OPENPYXL_DEFUSEDXML=False):拒绝"
    "读取外来的工作簿",
    "import-cannot-read": "无法读取文件:{reason}",
    "import-too-large": "文件大小为 {size} 字节,上限为 {limit} 字节",
    "import-old-xls": "这是旧版 .xls 工作簿(或加了密码的工作簿):请另存为不设密码的 .xlsx(Excel 工作簿)",
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
    # excel/reading.py: the hidden sheet, the sheets and every cell
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
    "import-refused": "{file} 中有 {problems};未写入任何内容",
    "import-refused-strict": "{file} 中有 {problems};未写入任何内容(--strict:合理性警示视为错误)",
    "import-problems-one": "{count} 个问题",
    "import-problems": "{count} 个问题",
    "import-conflicts": "{file} 中有 {figures}与 {actuals} 不一致;未写入任何内容(--force 可替换)",
    "import-figures-one": "{count} 个数据",
    "import-figures": "{count} 个数据",
    "import-figure-reference": "{figure}(参照值 {reference})",
    "import-quoted-cut": "{head}…(共 {size} 个字符)",
    # the last line of an import of several workbooks
    "import-batch-taken": "批量导入:共 {count} 个工作簿,均已接受",
    "import-batch-refused": "批量导入:共 {count} 个工作簿,有工作簿被退回(见上)",
}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
