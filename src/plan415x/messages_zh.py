"""Every problem message in Chinese, applied when the output is written (``--lang zh``).

The messages are made in English where the problems are found (loading, yamlfile, the
import's rooms); this catalogue maps each English template, keyed by its source text as
tests/message_sites.py reads it from the source (``{expr}`` as written, literal braces doubled,
as in an f-string), to its Chinese template. At output time the English message is matched
back against the templates and each part it did not write (a value from the data, a number, a
path) is carried into the Chinese sentence as it is: text from the data is never translated
nor interpreted. A placeholder written ``{expr@how}`` in the Chinese is shown through one of
the translators of ``HOW`` (a pydantic message, a YAML error's phrases, a list of choices…).

A message made at the source as an id and its arguments (``problems.Said``: the unit of
measure's, so far) is not here: it is rendered from the catalogues of ``messages`` by its id,
never matched back. A message no template matches gives None, and the caller falls back to the code's title and the
English detail: nothing is ever lost. tests/test_messages_zh.py fails on a template of the
source without its Chinese, and on an entry the source no longer makes.

Tables:

- ``MESSAGES``: the messages of problems;
- ``DETAILS``: what a validator or pydantic says about a field's value (after ``name: ``);
- ``YAML``: the phrases of a YAML syntax error, PyYAML's and libyaml's, and yamlfile's own;
- ``REASONS``: why a target's records were not checked (the note ``not-checked``).

The import's problems and the lines it prints are made as ids (``i18n``'s ``IMPORT``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

MESSAGES: dict[str, str] = {
    # loading.py
    "expected a mapping of fields at the top, got an empty file": "文件顶层应为字段映射(字段: 值),但文件为空",
    "expected a mapping of fields at the top, got a {type(doc.data).__name__}": "文件顶层应为字段映射"
    "(字段: 值),实际为{type(doc.data).__name__@type}",
    "missing required field {name!r}": "缺少必填字段 {name!r}",
    "unknown field {name!r}; did you mean {close[0]!r}?": "未知字段 {name!r},是否应为 {close[0]!r}?",
    "unknown field {name!r}; expected one of: {', '.join(known)}": "未知字段 {name!r},可用字段:"
    "{', '.join(known)}",
    "unknown field {name!r}": "未知字段 {name!r}",
    "{name}: {msg[0].lower() + msg[1:] if msg else msg} (got {shown(err['input'])}); did you mean {close!r}?": "{name}:"
    "{msg[0].lower() + msg[1:] if msg else msg@detail}(实际为 {shown(err['input'])@value});是否应为 {close!r}?",
    "{name}: {msg[0].lower() + msg[1:] if msg else msg} (got {shown(err['input'])})": "{name}:"
    "{msg[0].lower() + msg[1:] if msg else msg@detail}(实际为 {shown(err['input'])@value})",
    "{name}: {msg[0].lower() + msg[1:] if msg else msg} (got {shown(err['input'])}); {given} is written {word!r}": "{name}:"
    "{msg[0].lower() + msg[1:] if msg else msg@detail}(实际为 {shown(err['input'])@value});{given} 应写作 {word!r}",
    "{name}: {msg[0].lower() + msg[1:] if msg else msg}; did you mean {close!r}?": "{name}:"
    "{msg[0].lower() + msg[1:] if msg else msg@detail};是否应为 {close!r}?",
    "{name}: {msg[0].lower() + msg[1:] if msg else msg}": "{name}:{msg[0].lower() + msg[1:] if msg else msg@detail}",
    "{name}: {msg[0].lower() + msg[1:] if msg else msg}; {given} is written {word!r}": "{name}:"
    "{msg[0].lower() + msg[1:] if msg else msg@detail};{given} 应写作 {word!r}",
    "the file says period {period} but is named {path.name}; they must agree": "文件中的期别为 {period},文件名却是"
    " {path.name};两者必须一致",
    "the file name {path.name!r} is not a period; name it after its period, e.g. {period}.yaml": "文件名"
    " {path.name!r} 不是期别;请按期别命名,如 {period}.yaml",
    "its records were not checked against the plan (targets, units, duplicates): the problems of the"
    " file's period or source come first; fixed, they are checked": "本文件的记录未对照规划检查(指标、计量单位、"
    "重复):须先改正本文件期别或来源的问题,改正后即会检查",
    "not read: a folder; the figures of each period go in actuals/<PERIOD>.yaml": "未读取:这是文件夹;"
    "各期数据应放在 actuals/<PERIOD>.yaml",
    "not read: data files end in {suffix.lower()} (lower case)": "未读取:数据文件的扩展名应为"
    " {suffix.lower()}(小写)",
    "not read: data files end in .yaml; move other files out of actuals/": "未读取:数据文件的扩展名应为 .yaml;"
    "请将其他文件移出 actuals/",
    "cannot list the folder: {error.strerror or error}": "无法列出文件夹内容:{error.strerror or error@os}",
    "cannot list the folder: a broken link": "无法列出文件夹内容:链接已失效",
    "a file, not a folder: the figures of each period go in actuals/<PERIOD>.yaml": "这是文件,不是文件夹:"
    "各期数据应放在 actuals/<PERIOD>.yaml",
    "a folder, not a file": "这是文件夹,不是文件",
    "a named pipe (FIFO), not a file": "这是命名管道(FIFO),不是文件",
    "a device, not a file": "这是设备,不是文件",
    "a socket, not a file": "这是套接字,不是文件",
    "a special file, not a file": "这是特殊文件,不是普通文件",
    "the file is {info.st_size} bytes; the limit is {limit}": "文件大小为 {info.st_size} 字节,上限为 {limit} 字节",
    "the file grew past the limit of {limit} bytes while read": "读取期间文件增大,超过上限 {limit} 字节",
    "cannot read the file: {error.strerror or error}": "无法读取文件:{error.strerror or error@os}",
    "the figures of actuals/ were not checked against the plan: its problems outside targets: come"
    " first; fixed, they are checked": "actuals/ 中的数据未对照规划检查:须先改正规划中 targets: 以外部分的"
    "问题,改正后即会检查",
    # yamlfile.py
    "U+{code:04X} ({name}) in the file; control characters, line separators and bidirectional overrides"
    " are refused (they can rewrite a terminal or a CI log, or show text other than it holds)": "文件中有"
    " U+{code:04X}({name@char});控制字符、行分隔符和双向覆盖字符一律不接受(它们可能改写终端或 CI 日志,"
    "或使显示的文字与实际内容不符)",
    "the file is not UTF-8 (byte 0x{raw[error.start]:02x}). It looks like GBK/GB18030 (as saved by Excel"
    " or Notepad on Chinese Windows). Save it as UTF-8.": "文件不是 UTF-8 编码(字节 0x{raw[error.start]:02x}),"
    "看来是 GBK/GB18030(中文 Windows 上的 Excel 或记事本会这样保存)。请另存为 UTF-8。",
    "the file is not UTF-8 (byte 0x{raw[error.start]:02x}). Save it as UTF-8.": "文件不是 UTF-8 编码"
    "(字节 0x{raw[error.start]:02x})。请另存为 UTF-8。",
    "the file holds NUL bytes: it is not a text file": "文件含 NUL 字节:不是文本文件",
    "U+{code:04X} ({name}) in the file; noncharacters and lone surrogates are refused (XML cannot hold them:"
    " no workbook, template or .docx could be written with one)": "文件中有 U+{code:04X}({name@char});"
    "非字符和单独的代理码位一律不接受(XML 无法容纳它们:含有它们就无法写出工作簿、模板或 .docx)",
    "the tag {shown!r} is refused: data files hold plain values, without YAML tags; write the value without it"
    " (quote text, write numbers, dates and true/false as they are)": "不接受标签 {shown!r}:数据文件只写普通的值,"
    "不用 YAML 标签;请去掉标签(文字加引号,数字、日期和 true/false 照原样写)",
    "the file is UTF-16; save it as UTF-8": "文件为 UTF-16 编码,请另存为 UTF-8",
    "the file is {size} bytes; the limit is {limit}": "文件大小为 {size} 字节,上限为 {limit} 字节",
    "brackets nest deeper than {MAX_DEPTH} levels": "括号嵌套超过 {MAX_DEPTH} 层",
    "anchors and aliases expand to more than {MAX_EXPANDED_NODES} values; refused": "锚点和别名展开后超过"
    " {MAX_EXPANDED_NODES} 个值,不予读取",
    "the file is nested too deeply to be data": "文件嵌套过深,不像是数据",
    "a value cannot be read: {error}": "有一个值无法读取:{error}",
    "{str(error)}": "{str(error)@any}",
    "{marked.message}; line {number}: a value that begins with a quote must end with it; to keep the"
    ' quotes inside the text, quote the whole value: {key.strip()} "{quote}{inner}{quote}{rest.rstrip()}"': "{marked.message@zh};"
    "第 {number} 行:以引号开头的值必须以同一引号结尾;如要在文字中保留引号,请给整个值加上引号:"
    '{key.strip()} "{quote}{inner}{quote}{rest.rstrip()}"',
    "{marked.message}; line {number}: a value that begins with a quote must end with it; to keep the"
    " quotes inside the text, quote the whole value: {key.strip()} '{quote}{inner}{quote}{rest.rstrip()}'": "{marked.message@zh};"
    "第 {number} 行:以引号开头的值必须以同一引号结尾;如要在文字中保留引号,请给整个值加上引号:"
    "{key.strip()} '{quote}{inner}{quote}{rest.rstrip()}'",
    "{marked.message}; line {number}: a value that begins with a quote must end with it; write the value"
    " as a block (key: |-, the text on the next line)": "{marked.message@zh};第 {number} 行:以引号开头的值必须"
    "以同一引号结尾;请把值写成块(key: |-,文字写在下一行)",
    "{'; '.join(parts)} (YAML does not allow tabs for indentation; use spaces)": "{'; '.join(parts)@yaml}"
    "(YAML 不允许用制表符缩进,请用空格)",
    "invalid YAML (YAML does not allow tabs for indentation; use spaces)": "YAML 无效(YAML 不允许用制表符缩进,"
    "请用空格)",
    "{'; '.join(parts)}": "{'; '.join(parts)@yaml}",
    "invalid YAML": "YAML 无效",
}
"""Problem messages: English template (source text) → Chinese."""

DETAILS: dict[str, str] = {
    # model.py: what the validators say of a value (after "name: ")
    "{value!r} is too large to be a figure (the limit is 1e15 in magnitude)": "{value!r} 过大,不可能是统计数"
    "(绝对值上限为 1e15)",
    "expected a finite number, got NaN or infinity": "应为有限的数字,实际为 NaN 或无穷大",
    "expected a number, got the text {quoted}; write a plain decimal number, without quotes": "应为数字,"
    "实际为文字 {quoted@value};请写普通的十进制数字,不加引号",
    "{quoted} has thousands separators; write it without commas or quotes": "{quoted@value} 含千位分隔符;"
    "请去掉逗号和引号",
    "{quoted} mixes a number with a Chinese magnitude; write the plain number in the record's unit (e.g."
    " 1.35万吨标煤 -> value: 1.35, unit: 万吨标煤)": "{quoted@value} 中数字带有万、亿等数量级;请按记录的计量单位写数字"
    "本身(如 1.35万吨标煤 -> value: 1.35, unit: 万吨标煤)",
    "{quoted} uses full-width digits or punctuation; type the number with ASCII digits": "{quoted@value}"
    " 用了全角数字或标点;请用半角数字输入",
    "expected a number, got true/false": "应为数字,实际为 true/false",
    "holds the control character U+{ord(found.group()):04X}; remove it (only a newline or a tab is allowed,"
    " and only in multi-line fields such as note)": "含控制字符 U+{ord(found.group()):04X};请删除(只有换行符"
    "和制表符可用,且只能用在 note 等多行字段中)",
    "holds a tab; this field is one line": "含制表符;该字段只能写一行",
    "holds U+{ord(found.group()):04X}, a noncharacter or a lone surrogate, which XML cannot hold; remove it": "含"
    " U+{ord(found.group()):04X},这是非字符或单独的代理码位,XML 无法容纳;请删除",
    "holds a line break; this field is one line": "含换行;该字段只能写一行",
    "input should be 'done', 'pending' or 'not_done' (or 已完成, 推进中, 未完成)": "应为 'done'、'pending'"
    " 或 'not_done'(或 已完成、推进中、未完成)",
    "last_year is before first_year": "last_year 早于 first_year",
    "behind must be at least watch": "behind 不能小于 watch",
    "give one of absolute or relative_pct": "请在 absolute 和 relative_pct 中给出一个",
    "a profile rises month by month from 0 to 100": "profile 应逐月递增,从 0 到 100",
    "a profile has 12 monthly cumulative shares": "profile 应有 12 个逐月累计比例",
    "pace: profile and a profile of 12 monthly shares go together": "pace: profile 须与 12 个月度比例的"
    " profile 同时给出",
    "the baseline's year must come before last_year (the year the level is due)": "baseline 的年份必须早于"
    " last_year(应达到该水平的年份)",
    "a level paced linearly needs a baseline to draw its path from": "按线性进度(linear)判定的水平类指标"
    "需要 baseline 作为起点",
    "pace: always is for level and share targets": "pace: always 只用于 level 和 share 类指标",
    "full_year is for level and share targets (a flow's figures are year-to-date)": "full_year 只用于 level"
    " 和 share 类指标(流量指标的数据本为本年累计数)",
    "a full_year target is reported once a year: frequency annual, or none": "full_year 指标每年报送一次:"
    "frequency 应为 annual 或不填",
    "a directional target needs direction: increase or decrease": "方向类(directional)指标需要 direction:"
    "increase 或 decrease",
    "components and basis belong to composite targets only": "components 和 basis 只用于组合指标(composite)",
    "a composite target needs basis: annual, one_year or cumulative": "组合指标需要 basis:annual、one_year"
    " 或 cumulative",
    "a composite target needs at least two components": "组合指标至少需要两个分项",
    "a {self.kind.value} target needs a unit": "{self.kind.value} 类指标需要 unit",
    "restates names another target, and not one of its links": "restates 应指向另一个指标,且不能是其 links"
    " 中的指标",
    "a tolerance belongs to comparator approx (左右)": "tolerance 只用于比较符 approx(左右)",
    "a target without a value needs a note saying why": "没有 value 的指标需要 note 说明原因",
    "a monitor indicator has no target value (it is never judged)": "监测指标(monitor)没有目标值(从不判定)",
    "a {self.kind.value} target needs value (null, with a note, where the text lost it)": "{self.kind.value}"
    " 类指标需要 value(原文缺失目标值时写 null,并加 note)",
    "a one_year target has first_year == last_year": "one_year 类指标的 first_year 必须等于 last_year",
    # scoring/model.py
    "an exemption names a target, a unit or both": "豁免须指明指标、单位或两者",
    # periods.py
    "{text!r}: the month must be 01 to 12": "{text!r}:月份必须为 01 到 12",
    "{text!r} is not a period; write 2023 (year), 2023H1 (half), 2023Q2 (quarter) or 2023-05 (month)": "{text!r}"
    " 不是期别;请写 2023(年)、2023H1(半年)、2023Q2(季度)或 2023-05(月)",
    "{text!r} is not a period as plan415x writes it; write {meant}": "{text!r} 不是 plan415x 的期别写法;"
    "请写 {meant}",
    "{text!r} has the digit {other!r} (U+{ord(other):04X}) of another script; write the period in the digits"
    " 0-9, e.g. 2023Q2": "{text!r} 含其他文字的数字 {other!r}(U+{ord(other):04X});期别请用数字 0-9 书写,如 2023Q2",
    # fsutil.py: why the actuals folder could not be locked
    "another plan415x import has held {path} for over {LOCK_TIMEOUT:g} s; try again once it has finished"
    " (if none is running, delete that file)": "另一个 plan415x import 占用 {path} 已超过 {LOCK_TIMEOUT:g}"
    " 秒;请等它结束后再试(如并无导入在运行,请删除该文件)",
}
"""Details of a value's problem (what the validators raise): English → Chinese."""

PYDANTIC: dict[str, str] = {
    # pydantic's own, in loading.problem_of_error's words (first letter lower, "a valid list"
    # as "a list"...). tests/test_messages_zh.py makes each error of every field and checks them.
    "input should be true or false": "应为 true 或 false",
    "input should be true or false, unable to interpret input": "应为 true 或 false,无法识别输入",
    "datetimes provided to dates should have zero time - e.g. be exact dates": "日期不能带时间,请只写日期",
    "input should be a valid date": "应为有效日期",
    "input should be a valid date or datetime, {reason}": "应为有效日期,{reason@date}",
    "input should be a valid date in the format YYYY-MM-DD, {reason}": "应为 YYYY-MM-DD 格式的有效日期,"
    "{reason@date}",
    "input should be a mapping (key: value)": "应为映射(键: 值)",
    "input should be a mapping (key: value) or instance of {model}": "应为映射(键: 值),即一个 {model}",
    "input should be a mapping (key: value) or object to extract fields from": "应为映射(键: 值)",
    "input should be {expected}": "应为 {expected@choices}",
    "input should be a finite number": "应为有限的数字",
    "input should be a number": "应为数字",
    "input should be a number, unable to parse string as a number": "应为数字,无法把文字解析为数字",
    "input should be greater than {limit}": "应大于 {limit}",
    "input should be greater than or equal to {limit}": "应大于或等于 {limit}",
    "input should be less than {limit}": "应小于 {limit}",
    "input should be less than or equal to {limit}": "应小于或等于 {limit}",
    "input should be a whole number": "应为整数",
    "input should be a whole number, got a number with a fractional part": "应为整数,实际带有小数",
    "input should be a whole number, unable to parse string as an integer": "应为整数,无法把文字解析为整数",
    "unable to parse input string as an integer, exceeded maximum size": "无法解析为整数:超出最大长度",
    "input should be a list": "应为列表",
    "input should be text": "应为文字",
    "string should match pattern {pattern}": "应符合格式 {pattern}",
    "string should have at least {limit} character{s}": "至少应有 {limit} 个字符",
    "string should have at most {limit} character{s}": "最多只能有 {limit} 个字符",
    "tuple should have at least {limit} item{s} after validation, not {actual}": "至少应有 {limit} 项,"
    "实际为 {actual} 项",
    "tuple should have at most {limit} item{s} after validation, not {actual}": "最多只能有 {limit} 项,"
    "实际为 {actual} 项",
    "unable to extract tag using discriminator {tag}": "无法按 {tag} 判断类型",
}
"""pydantic's own words for a value it refuses: English → Chinese (written by hand)."""

YAML: dict[str, str] = {
    # yamlfile.py's own (raised as YAML errors, so worded like them)
    "the text holds U+{code:04X} ({name}); noncharacters and lone surrogates are refused (XML cannot hold"
    " them: no workbook, template or .docx could be written with one)": "文字中含 U+{code:04X}({name@char});"
    "非字符和单独的代理码位一律不接受(XML 无法容纳它们:含有它们就无法写出工作簿、模板或 .docx)",
    "the text holds U+{code:04X} ({name}); control characters, line separators and bidirectional"
    " overrides are refused (they can rewrite a terminal or a CI log, or show text other than it holds)": "文字中含"
    " U+{code:04X}({name@char});控制字符、行分隔符和双向覆盖字符一律不接受(它们可能改写终端或 CI 日志,"
    "或使显示的文字与实际内容不符)",
    "the key {key_node.value!r} is given twice in one mapping (first at line {first.line + 1}); the second"
    " would silently replace the first": "同一映射中键 {key_node.value!r} 出现两次(首次在第 {first.line + 1}"
    " 行);后一个会悄悄覆盖前一个",
    "{value} is read as text, not a number, by YAML 1.1 (its exponent needs a decimal point and a sign);"
    " write the number in digits ({number:.0f}) or as {mantissa}e{exponent}, or quote it if it is"
    " text": "YAML 1.1 会把 {value} 读作文字而不是数字(指数形式需要小数点和正负号);请写成数字"
    "({number:.0f})或 {mantissa}e{exponent};如本来就是文字,请加引号",
    "{value} is read as text, not a number, by YAML 1.1 (its exponent needs a decimal point and a sign);"
    " write the number in digits ({number:.0f}) or as {mantissa}e+{exponent}, or quote it if it is"
    " text": "YAML 1.1 会把 {value} 读作文字而不是数字(指数形式需要小数点和正负号);请写成数字"
    "({number:.0f})或 {mantissa}e+{exponent};如本来就是文字,请加引号",
    "{value} is read as text, not a number, by YAML 1.1 (its exponent needs a decimal point and a sign);"
    " write the number in digits ({repr(number)}) or as {mantissa}e{exponent}, or quote it if it is"
    " text": "YAML 1.1 会把 {value} 读作文字而不是数字(指数形式需要小数点和正负号);请写成数字"
    "({repr(number)})或 {mantissa}e{exponent};如本来就是文字,请加引号",
    "{value} is read as text, not a number, by YAML 1.1 (its exponent needs a decimal point and a sign);"
    " write the number in digits ({repr(number)}) or as {mantissa}e+{exponent}, or quote it if it is"
    " text": "YAML 1.1 会把 {value} 读作文字而不是数字(指数形式需要小数点和正负号);请写成数字"
    "({repr(number)})或 {mantissa}e+{exponent};如本来就是文字,请加引号",
    "{node.value!r} is not a plain decimal number (YAML would read it as octal, hexadecimal, sexagesimal"
    " or with separators); write the number in decimal digits, or quote it if it is text": "{node.value!r}"
    " 不是普通的十进制数字(YAML 会把它当作八进制、十六进制、六十进制或带分隔符的数字);请用十进制数字书写;"
    "如本来就是文字,请加引号",
    "while constructing a mapping": "构造映射时",
    "found unhashable key": "发现不能作键的值",
    "{node.value!r} is not a valid date ({error})": "{node.value!r} 不是有效日期({error@date})",
}
"""yamlfile's own YAML errors: English → Chinese."""

YAML_LIBRARY: dict[str, str] = {
    # libyaml (the C parser PyYAML uses when built with it): scanner.c, parser.c, loader.c
    "while scanning a directive": "扫描指令时",
    "while scanning a block scalar": "扫描块标量时",
    "while parsing a tag": "解析标签时",
    "while parsing a %TAG directive": "解析 %TAG 指令时",
    "while scanning a tag": "扫描标签时",
    "while scanning a %YAML directive": "扫描 %YAML 指令时",
    "while parsing a quoted scalar": "解析引号内的标量时",
    "while scanning a simple key": "扫描简单键时",
    "while scanning a quoted scalar": "扫描引号内的标量时",
    "while scanning a plain scalar": "扫描普通标量时",
    "while scanning a %TAG directive": "扫描 %TAG 指令时",
    "while scanning for the next token": "扫描下一个记号时",
    "while scanning an anchor": "扫描锚点时",
    "while scanning an alias": "扫描别名时",
    "while scanning a tag directive": "扫描标签指令时",
    "while parsing": "解析时",
    "while parsing a tag directive": "解析标签指令时",
    "while parsing a node": "解析节点时",
    "while parsing a flow sequence": "解析方括号列表时",
    "while parsing a flow node": "解析流式节点时",
    "while parsing a flow mapping": "解析花括号映射时",
    "while parsing a block node": "解析块节点时",
    "while parsing a block mapping": "解析块映射时",
    "while parsing a block collection": "解析块集合时",
    "Maximum nesting level reached, set with yaml_set_max_nest_level())": "达到最大嵌套层数",
    "block sequence entries are not allowed in this context": "此处不允许列表项",
    "could not find expected ':'": "未找到应有的 ':'",
    "could not find expected directive name": "未找到应有的指令名",
    "did not find URI escaped octet": "未找到 URI 转义字节",
    "did not find expected '!'": "未找到应有的 '!'",
    "did not find expected ',' or ']'": "未找到应有的 ',' 或 ']'",
    "did not find expected ',' or '}}'": "未找到应有的 ',' 或 '}}'",
    "did not find expected '-' indicator": "未找到应有的 '-' 标记",
    "did not find expected <document start>": "未找到应有的文档开始标记",
    "did not find expected <stream-start>": "未找到应有的流开始标记",
    "did not find expected alphabetic or numeric character": "未找到应有的字母或数字",
    "did not find expected comment or line break": "未找到应有的注释或换行",
    "did not find expected digit or '.' character": "未找到应有的数字或 '.'",
    "did not find expected hexdecimal number": "未找到应有的十六进制数字",
    "did not find expected key": "未找到应有的键",
    "did not find expected node content": "未找到应有的节点内容",
    "did not find expected tag URI": "未找到应有的标签 URI",
    "did not find expected version number": "未找到应有的版本号",
    "did not find expected whitespace or line break": "未找到应有的空白或换行",
    "did not find expected whitespace": "未找到应有的空白",
    "did not find the expected '>'": "未找到应有的 '>'",
    "found a tab character that violates indentation": "发现违反缩进规则的制表符",
    "found a tab character where an indentation space is expected": "应为缩进空格处发现制表符",
    "found an incorrect leading UTF-8 octet": "发现错误的 UTF-8 首字节",
    "found an incorrect trailing UTF-8 octet": "发现错误的 UTF-8 后续字节",
    "found an indentation indicator equal to 0": "发现值为 0 的缩进标记",
    "found character that cannot start any token": "发现不能作为记号开头的字符",
    "found duplicate %TAG directive": "发现重复的 %TAG 指令",
    "found duplicate %YAML directive": "发现重复的 %YAML 指令",
    "found extremely long version number": "发现过长的版本号",
    "found incompatible YAML document": "发现不兼容的 YAML 文档",
    "found invalid Unicode character escape code": "发现无效的 Unicode 字符转义码",
    "found undefined alias": "发现未定义的别名",
    "found undefined tag handle": "发现未定义的标签句柄",
    "found unexpected ':'": "发现意外的 ':'",
    "found unexpected document indicator": "发现意外的文档标记",
    "found unexpected end of stream": "意外到达文件结尾",
    "found unexpected non-alphabetical character": "发现意外的非字母字符",
    "found unknown directive name": "发现未知的指令名",
    "found unknown escape character": "发现未知的转义字符",
    "mapping keys are not allowed in this context": "此处不允许映射键",
    "mapping values are not allowed in this context": "此处不允许映射值",
    "expected a single document in the stream": "文件中应只有一个文档",
    "but found another document": "却发现了另一个文档",
    "found duplicate anchor; first occurrence": "发现重复的锚点;首次出现",
    "second occurrence": "第二次出现",
    # PyYAML in pure Python (without libyaml), and its constructor (used with either)
    "found character {char} that cannot start any token": "发现不能作为记号开头的字符 {char}",
    "sequence entries are not allowed here": "此处不允许列表项",
    "mapping keys are not allowed here": "此处不允许映射键",
    "mapping values are not allowed here": "此处不允许映射值",
    "expected alphabetic or numeric character, but found {char}": "应为字母或数字,却发现 {char}",
    "expected a digit or '.', but found {char}": "应为数字或 '.',却发现 {char}",
    "expected a digit or ' ', but found {char}": "应为数字或空格,却发现 {char}",
    "expected a digit, but found {char}": "应为数字,却发现 {char}",
    "expected ' ', but found {char}": "应为空格,却发现 {char}",
    "expected a comment or a line break, but found {char}": "应为注释或换行,却发现 {char}",
    "expected '>', but found {char}": "应为 '>',却发现 {char}",
    "expected indentation indicator in the range 1-9, but found 0": "缩进标记应在 1-9 之间,却发现 0",
    "expected chomping or indentation indicators, but found {char}": "应为截断标记或缩进标记,却发现 {char}",
    "expected escape sequence of {count} hexadecimal numbers, but found {char}": "应为 {count} 位十六进制数的"
    "转义序列,却发现 {char}",
    "found unknown escape character {char}": "发现未知的转义字符 {char}",
    "found unexpected document separator": "发现意外的文档分隔符",
    "expected '!', but found {char}": "应为 '!',却发现 {char}",
    "expected URI, but found {char}": "应为 URI,却发现 {char}",
    "expected URI escape sequence of 2 hexadecimal numbers, but found {char}": "应为 2 位十六进制数的 URI"
    " 转义序列,却发现 {char}",
    "while scanning a double-quoted scalar": "扫描双引号内的标量时",
    "expected '<document start>', but found {token}": "应为文档开始标记,却发现 {token}",
    "found duplicate YAML directive": "发现重复的 YAML 指令",
    "found incompatible YAML document (version 1.* is required)": "发现不兼容的 YAML 文档(需要 1.* 版本)",
    "duplicate tag handle {handle}": "标签句柄 {handle} 重复",
    "found undefined tag handle {handle}": "发现未定义的标签句柄 {handle}",
    "expected the node content, but found {token}": "应为节点内容,却发现 {token}",
    "expected <block end>, but found {token}": "应为块结束,却发现 {token}",
    "expected ',' or ']', but got {token}": "应为 ',' 或 ']',却发现 {token}",
    "expected ',' or '}}', but got {token}": "应为 ',' 或 '}}',却发现 {token}",
    "found undefined alias {anchor}": "发现未定义的别名 {anchor}",
    "found duplicate anchor {anchor}; first occurrence": "发现重复的锚点 {anchor};首次出现",
    "expected a mapping for merging, but found {node}": "合并(<<)需要映射,却发现{node@node}",
    "expected a mapping or list of mappings for merging, but found {node}": "合并(<<)需要映射或映射的列表,"
    "却发现{node@node}",
    "could not determine a constructor for the tag {tag}": "无法识别标签 {tag}(数据文件中不允许使用标签)",
    "found unconstructable recursive node": "发现无法构造的递归节点",
    "expected a scalar node, but found {node}": "应为标量,却发现{node@node}",
    "expected a sequence node, but found {node}": "应为列表,却发现{node@node}",
    "expected a mapping node, but found {node}": "应为映射,却发现{node@node}",
    "failed to decode base64 data: {error}": "无法解码 base64 数据:{error}",
    "failed to convert base64 data into ascii: {error}": "无法把 base64 数据转换为 ASCII:{error}",
}
"""Phrases of PyYAML's and libyaml's errors (a context or a problem; yamlfile joins them with
"; "): English → Chinese (written by hand from their sources)."""

REASONS: dict[str, str] = {
    "its definition, targets[{i}], has a problem": "其定义 targets[{i}] 有问题",
    "its unit {t.unit!r} is unknown or declared twice": "其计量单位 {t.unit!r} 未知或重复声明",
    "its id is used twice in targets.yaml": "其 id 在 targets.yaml 中重复使用",
}
"""Why a target's records were not checked: English → Chinese."""

# -- the words some placeholders hold -------------------------------------------------------

DATE_ZH = {
    # pydantic's (speedate's) reasons for a date it refuses
    "input is too short": "输入过短",
    "input is too long": "输入过长",
    "invalid character in year": "年份含无效字符",
    "invalid character in month": "月份含无效字符",
    "invalid character in day": "日含无效字符",
    "invalid date separator, expected `-`": "日期分隔符无效,应为 `-`",
    "invalid datetime separator, expected `T`, `t`, `_` or space": "日期与时间的分隔符无效,应为 `T`、`t`、"
    "`_` 或空格",
    "month value is outside expected range of 1-12": "月份应在 1-12 之间",
    "day value is outside expected range": "日超出该月的天数",
    "hour value is outside expected range of 0-23": "小时应在 0-23 之间",
    "minute value is outside expected range of 0-59": "分钟应在 0-59 之间",
    "second value is outside expected range of 0-59": "秒应在 0-59 之间",
    "year 0 is out of range": "年份 0 超出范围",
    "NaN values not permitted": "不允许 NaN",
    "dates after 9999 are not supported as unix timestamps": "作为 Unix 时间戳,不支持 9999 年以后的日期",
    "dates before 1600 are not supported as unix timestamps": "作为 Unix 时间戳,不支持 1600 年以前的日期",
    "timezone offset must be less than 24 hours": "时区偏移必须小于 24 小时",
    "unexpected extra characters at the end of the input": "输入末尾有多余字符",
    # Python's (a date YAML read unquoted)
    "month must be in 1..12": "月份必须在 1-12 之间",
    "day is out of range for month": "日超出该月的天数",
}

TYPE_ZH = {"list": "列表", "str": "文字", "int": "数字", "float": "数字", "bool": "true/false"}
"""What a file holds at the top, by its Python type's name."""

NODE_ZH = {"scalar": "标量", "sequence": "列表", "mapping": "映射"}

CHAR_ZH = {
    "a noncharacter": "非字符",
    "a lone surrogate": "单独的代理码位",
    "a C1 control": "C1 控制字符",
    "NEL, next line": "NEL,下一行",
    "line separator": "行分隔符",
    "paragraph separator": "段分隔符",
    "left-to-right embedding": "从左到右嵌入",
    "right-to-left embedding": "从右到左嵌入",
    "pop directional formatting": "弹出方向格式",
    "left-to-right override": "从左到右覆盖",
    "right-to-left override": "从右到左覆盖",
    "left-to-right isolate": "从左到右隔离",
    "right-to-left isolate": "从右到左隔离",
    "first strong isolate": "首强字符隔离",
    "pop directional isolate": "弹出方向隔离",
}
"""Characters named by ``safetext.char_name``; the others (ESC, CR, DEL: abbreviations) stay."""

OS_ZH = {
    "Permission denied": "权限不足",
    "No such file or directory": "文件或文件夹不存在",
    "Is a directory": "这是文件夹",
    "Not a directory": "不是文件夹",
    "No space left on device": "磁盘空间不足",
    "Read-only file system": "文件系统只读",
    "Too many levels of symbolic links": "符号链接层数过多",
    "File exists": "文件已存在",
    "Input/output error": "输入输出错误",
    "Disk quota exceeded": "超出磁盘配额",
}
"""The system's words for an OS error (``strerror``); others are shown as the system gave them."""


def _choices(text: str) -> str | None:
    """pydantic's list of choices, 'a', 'b' or 'c', as 'a'、'b' 或 'c'; None if it is not one."""
    items: list[str] = re.findall(r"'[^']*'", text)
    if not items:
        return None
    if len(items) == 1:
        return text if text == items[0] else None
    if text != ", ".join(items[:-1]) + " or " + items[-1]:
        return None
    return "、".join(items[:-1]) + " 或 " + items[-1]


def _reasons(text: str) -> str | None:
    """checks' "'id': reason; 'id2': reason" with each reason in Chinese."""
    out = _sequence(text, _reason)
    return None if out is None else ";".join(out)


def _reason(part: str) -> str | None:
    m = re.fullmatch(r"('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"): (.*)", part, re.DOTALL)
    if m is None:
        return None
    reason = _REASONS.match(m.group(2))
    return None if reason is None else f"{m.group(1)}:{reason}"


def _value(text: str) -> str | None:
    """A value quoted by ``safetext.shown``, its count of characters in Chinese when it was cut;
    None when it holds "; " (as a value shown as it is never spans it: see ``_VERBATIM``)."""
    if "; " in text:
        return None
    return re.sub(r"…\((\d[\d,]*) characters\)$", r"…(共 \1 个字符)", text)


def _details(text: str) -> str | None:
    """A value's problem: one detail, or several a validator joined with "; "."""
    found = _sequence(text, _DETAILS.match)
    if found is None and text[:1].isupper():  # pydantic's own words, as the import gives them
        found = _sequence(text[0].lower() + text[1:], _DETAILS.match)
    return None if found is None else ";".join(found)


def _yaml(text: str) -> str | None:
    found = _sequence(text, _YAML.match)
    return None if found is None else ";".join(found)


HOW: dict[str, Callable[[str], str | None]] = {
    "zh": lambda text: translate(text),
    "any": lambda text: _details(text) or _yaml(text),
    "detail": _details,
    "yaml": _yaml,
    "reasons": _reasons,
    "choices": _choices,
    "date": DATE_ZH.get,
    "type": lambda text: TYPE_ZH.get(text, text),
    "node": lambda text: NODE_ZH.get(text, text),
    "char": lambda text: CHAR_ZH.get(text, text),
    "os": lambda text: OS_ZH.get(text, text),
    "value": _value,
}
"""How a placeholder written ``{expr@how}`` is shown; None when it cannot be (then the whole
message is not matched, and falls back to the English)."""


# -- matching an English message back to its template ----------------------------------------


def parts(template: str) -> list[str | tuple[str, str]]:
    """A template as literal text and (placeholder, how) pairs: ``{{``/``}}`` are braces, a
    placeholder runs to its matching brace (an expression may hold braces of its own)."""
    out: list[str | tuple[str, str]] = []
    text = ""
    i = 0
    while i < len(template):
        ch = template[i]
        if ch in "{}" and template[i + 1 : i + 2] == ch:
            text += ch
            i += 2
            continue
        if ch == "}":
            raise ValueError(f"a lone }} in {template!r}")
        if ch != "{":
            text += ch
            i += 1
            continue
        depth, j = 1, i + 1
        while depth:
            if j >= len(template):
                raise ValueError(f"an unclosed {{ in {template!r}")
            depth += {"{": 1, "}": -1}.get(template[j], 0)
            j += 1
        if text:
            out.append(text)
            text = ""
        inner = template[i + 1 : j - 1]
        name, _, how = inner.rpartition("@") if "@" in inner else (inner, "", "")
        out.append((name, how))
        i = j
    if text:
        out.append(text)
    return out


@dataclass(frozen=True)
class Template:
    english: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]  # the placeholder of each group
    chinese: tuple[str | tuple[str, str], ...]
    weight: int  # literal characters: the most specific template is tried first
    head: str  # the literal text it begins with


# A value shown as it is never spans "; ", which joins the clauses of a message: without the
# rule "a {kind} target needs a unit" would take a whole list of a validator's problems for one.
# A data value that holds "; " leaves its message unmatched (English, with the code's title).
_VERBATIM = "(?:(?!; ).)*?"
# A placeholder with a format spec ({value:g}, {total:,}) holds a number: no space, so that
# "{value:g} is too large" never takes "name: 1e+20" for its number.
_NUMBER = r"[-+0-9A-Za-z.,]+?"
_SPEC = re.compile(r":[<>^=]?[-+ ]?#?0?\d*[,_]?(?:\.\d+)?[bcdeEfFgGnosxX%]?$")


def _group(name: str, how: str) -> str:
    if how:
        return ".*?"  # its translator says whether it is what it should be
    spec = _SPEC.search(name)
    if (
        spec is not None
        and len(spec.group()) > 1
        and name[: spec.start()].count("[") == name[: spec.start()].count("]")
    ):
        return _NUMBER
    return _VERBATIM


def _template(english: str, chinese: str) -> Template:
    hows = {part[0]: part[1] for part in parts(chinese) if not isinstance(part, str)}
    groups: dict[str, str] = {}
    regex = ""
    names: list[str] = []
    for part in parts(english):
        if isinstance(part, str):
            regex += re.escape(part)
        elif part[0] in groups:  # the same expression twice holds the same text
            regex += f"(?P={groups[part[0]]})"
        else:
            groups[part[0]] = f"g{len(groups)}"
            names.append(part[0])
            regex += f"(?P<{groups[part[0]]}>{_group(part[0], hows.get(part[0], ''))})"
    english_parts = parts(english)
    head = english_parts[0] if english_parts and isinstance(english_parts[0], str) else ""
    weight = sum(len(p) for p in english_parts if isinstance(p, str))
    return Template(english, re.compile(regex, re.DOTALL), tuple(names), tuple(parts(chinese)), weight, head)


class Catalogue:
    """English templates mapped to Chinese ones, matched back: the most specific template (the
    most literal text) first. ``how``: the translators a ``{expr@how}`` of the Chinese names."""

    def __init__(self, entries: Mapping[str, str], how: Mapping[str, Callable[[str], str | None]]) -> None:
        self.entries = entries
        self.how = how
        self._templates: tuple[Template, ...] | None = None

    def templates(self) -> tuple[Template, ...]:
        if self._templates is None:  # compiled when first needed: nothing at start-up
            made = [_template(en, zh) for en, zh in self.entries.items()]
            self._templates = tuple(sorted(made, key=lambda t: -t.weight))
        return self._templates

    def match(self, text: str) -> str | None:
        """``text`` in Chinese, or None when no template matches it."""
        for t in self.templates():
            if not text.startswith(t.head):
                continue
            m = t.pattern.fullmatch(text)
            if m is None:
                continue
            out = self._render(t, dict(zip(t.names, m.groups(), strict=True)))
            if out is not None:
                return out
        return None

    def _render(self, t: Template, values: dict[str, str]) -> str | None:
        out = ""
        for part in t.chinese:
            if isinstance(part, str):
                out += part
                continue
            name, how = part
            value = values[name]
            if how:
                shown = self.how[how](value)
                if shown is None:
                    return None
                value = shown
            out += value
        return out


_MESSAGES = Catalogue(MESSAGES, HOW)
_DETAILS = Catalogue(DETAILS | PYDANTIC, HOW)
_YAML = Catalogue(YAML | YAML_LIBRARY, HOW)
_REASONS = Catalogue(REASONS, HOW)


def _sequence(text: str, one: Callable[[str], str | None], sep: str = "; ") -> list[str] | None:
    """``text`` as one or more parts joined by ``sep``, each translated by ``one`` (a part may
    hold ``sep`` itself: every way of cutting is tried, the longest first part first). What
    follows each cut is worked out once, so a long message costs cuts², never 2^cuts."""
    cuts = [i for i in range(len(text)) if text.startswith(sep, i)]
    starts = [0, *(c + len(sep) for c in cuts)]
    rest: dict[int, list[str] | None] = {}
    for start in reversed(starts):  # the shortest tails first: each longer one reads them
        found: list[str] | None = None
        whole = one(text[start:])
        if whole is not None:
            found = [whole]
        else:
            for cut in reversed([c for c in cuts if c > start]):
                tail = rest.get(cut + len(sep))
                if tail is None:
                    continue
                head = one(text[start:cut])
                if head is not None:
                    found = [head, *tail]
                    break
        rest[start] = found
    return rest[0]


def translate(message: str) -> str | None:
    """A problem's message in Chinese, or None when no template matches it."""
    return _MESSAGES.match(message)
