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

Tables, all that is left: every room makes its problems as ids now (the loader's in ``i18n``'s
``LOADING`` and ``FIELDS``, YAML's own phrases looked up in ``i18n.theirs_zh``).

- ``DETAILS``, ``PYDANTIC``: what a validator or pydantic says about a field's value, kept only
  while the import (excel/phrases' ``Refusal``) matches a record's refusals back: the loader
  says them as ids (``validation.detail_of``), which the import can use too;
- ``REASONS``: why a target's records were not checked, kept while checks.py's bridge reads it
  (loading gives checks the reasons as Saids now, so the bridge is never reached).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from plan415x.i18n import theirs_zh

MESSAGES: dict[str, str] = {}
"""Problem messages made as English text: none now (every room makes its problems as ids); kept
empty until the file goes, for ``translate``'s callers."""

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

REASONS: dict[str, str] = {
    "its definition, targets[{i}], has a problem": "其定义 targets[{i}] 有问题",
    "its unit {t.unit!r} is unknown or declared twice": "其计量单位 {t.unit!r} 未知或重复声明",
    "its id is used twice in targets.yaml": "其 id 在 targets.yaml 中重复使用",
}
"""Why a target's records were not checked: English → Chinese."""

# -- the words some placeholders hold -------------------------------------------------------

OS_ZH = theirs_zh.OS_ZH
"""The system's words for an OS error: other people's words, kept in i18n.theirs_zh."""


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
    return theirs_zh.yaml(text)


HOW: dict[str, Callable[[str], str | None]] = {
    "any": lambda text: _details(text) or _yaml(text),
    "detail": _details,
    "yaml": _yaml,
    "reasons": _reasons,
    "choices": _choices,
    "date": theirs_zh.DATE_ZH.get,
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
