"""Other people's words in Chinese: the phrases of PyYAML's and libyaml's errors, the system's
words for an OS error, the date parsers' reasons (speedate's, through pydantic, and Python's),
and the names of characters. They are not the program's sentences, so they cannot be made as ids
where their fact is found: they are looked up, and YAML's phrases matched back, when a sentence
that carries them (as a ``phrases.Theirs``) is said in Chinese. Anything not found here is shown
as its authors wrote it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

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
    "expected a mapping for merging, but found {node}": "合并(<<)需要映射,却发现{node}",
    "expected a mapping or list of mappings for merging, but found {node}": "合并(<<)需要映射或映射的列表,"
    "却发现{node}",
    "could not determine a constructor for the tag {tag}": "无法识别标签 {tag}(数据文件中不允许使用标签)",
    "found unconstructable recursive node": "发现无法构造的递归节点",
    "expected a scalar node, but found {node}": "应为标量,却发现{node}",
    "expected a sequence node, but found {node}": "应为列表,却发现{node}",
    "expected a mapping node, but found {node}": "应为映射,却发现{node}",
    "failed to decode base64 data: {error}": "无法解码 base64 数据:{error}",
    "failed to convert base64 data into ascii: {error}": "无法把 base64 数据转换为 ASCII:{error}",
    # PyYAML's constructor, as yamlfile's fast builder raises it too
    "while constructing a mapping": "构造映射时",
    "found unhashable key": "发现不能作键的值",
}
"""Phrases of PyYAML's and libyaml's errors (a context or a problem; yamlfile joins them with
"; "): English -> Chinese (written by hand from their sources). ``{node}`` is a node's kind."""

NODE_ZH = {"scalar": "标量", "sequence": "列表", "mapping": "映射"}
"""A YAML node's kind, as PyYAML names it."""

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


# -- matching YAML's phrases back ----------------------------------------------------------

# A part the phrase did not write never spans "; ", which joins a context and a problem.
_PART = "(?:(?!; ).)*?"


def _compile(
    english: str,
) -> tuple[int, re.Pattern[str], list[tuple[str, str | None, str | None, str | None]]]:
    """(its literal characters, its pattern, its Chinese parsed): the most literal phrase is
    tried first ("found undefined tag handle {handle}" before "found undefined tag handle")."""
    regex = ""
    weight = 0
    for literal, name, _, _ in string.Formatter().parse(english):
        regex += re.escape(literal)
        weight += len(literal)
        if name is not None:
            regex += f"(?P<{name}>{'.*?' if name == 'node' else _PART})"
    return weight, re.compile(regex, re.DOTALL), list(string.Formatter().parse(YAML_LIBRARY[english]))


_COMPILED: list[tuple[int, re.Pattern[str], list[tuple[str, str | None, str | None, str | None]]]] = []


def _phrase(text: str) -> str | None:
    """One phrase of a YAML error in Chinese, or None."""
    if not _COMPILED:  # compiled when first needed: nothing at start-up
        _COMPILED.extend(sorted((_compile(english) for english in YAML_LIBRARY), key=lambda m: -m[0]))
    for _, pattern, chinese in _COMPILED:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        out = ""
        for literal, name, _, _ in chinese:
            out += literal
            if name is not None:
                value = found.group(name)
                out += NODE_ZH.get(value, value) if name == "node" else value
        return out
    return None


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


def yaml(text: str) -> str | None:
    """A YAML error's phrases (joined by "; ") in Chinese, or None when one is not known."""
    found = _sequence(text, _phrase)
    return None if found is None else ";".join(found)


UNMATCHED_YAML = "YAML 语法错误:{}"
"""A YAML error whose phrases are not all known: what it is, then the library's own words."""
