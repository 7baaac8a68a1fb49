"""The messages of problems and warnings in the analyst's language (``--lang zh|en``).

A message is a template per code (and variant) with named parameters, in both languages; the
code itself never changes with the language, so scripts match on it. Numbers are printed the
same way in both (``2,250``, ``125.0%``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from plan415x.i18n import say
from plan415x.problems import Problem, Said

if TYPE_CHECKING:
    from plan415x.documents import Document

Args = Mapping[str, str | float]


@dataclass(frozen=True)
class Saying:
    """A sentence said inside another (a hint, a reason, the word for a kind of id): a Phrase
    rendered from its own id in the language of the sentence that holds it, so that its words
    too are in the catalogues, never in the code."""

    said: Said

    def said_in(self, lang: str) -> str:
        return say(self.said, lang)


ACK_EN = "if it is right, import it with --accept {code}, or add checked: [{code}] to the record"
ACK_ZH = "如确属实,导入时加 --accept {code},或在该记录加 checked: [{code}]"

CATALOGUE: dict[str, tuple[str, str]] = {
    # plausibility warnings (plan415x.plausibility)
    "unit-scale": (
        "{typed} {typed_unit} is {value} {unit}, {pct} of the year's target {target} {unit} by"
        " {period}, while {typed} {unit} would be {typed_pct}: was {typed_unit} chosen by mistake?",
        "{typed} {typed_unit} 折合 {value} {unit},{period} 已达年度目标 {target} {unit} 的 {pct};"
        "若按 {unit} 计,{typed} 仅为 {typed_pct}:计量单位是否选错?",
    ),
    "early-exceeded": (
        "{value} {unit} is {pct} of the year's target {target} {unit} by {period}: the whole"
        " year's target beaten in its first months; check that it is year-to-date and in {unit}",
        "{period} 已达 {value} {unit},为年度目标 {target} {unit} 的 {pct}:年初即超全年目标,"
        "请核实是否为累计数、单位是否为 {unit}",
    ),
    "ytd-doubled": (
        "{value} {unit} is exactly twice the {previous} of {previous_period}: was the earlier"
        " figure added again? A year-to-date figure holds it once",
        "{value} {unit} 恰为上期({previous_period}){previous} 的两倍:是否把上期数重复累加?"
        "累计数只含上期数一次",
    ),
    "ytd-jump": (
        "{value} {unit} after {previous} in {previous_period}: {new_pace} a month since, {factor}"
        " times the {pace} a month before (the limit is {limit} times)",
        "{value} {unit},上期({previous_period}){previous}:此后每月增 {new_pace},"
        "为此前每月 {pace} 的 {factor} 倍(上限 {limit} 倍)",
    ),
    "yoy-jump": (
        "{value} {unit} is {factor} times the {last_year} of {last_period}, the same months last"
        " year (the limit is {limit} times)",
        "{value} {unit} 为上年同期({last_period}){last_year} 的 {factor} 倍(上限 {limit} 倍)",
    ),
    "ytd-reaches-last-year": (
        "{value} {unit} by {period} already reaches last year's total {last_total} {unit}"
        " ({last_period}): is it a running total since an earlier year, or last year's figure added"
        " in? A year-to-date figure counts from January of this year",
        "{period} 已达 {value} {unit},达到上年全年 {last_total} {unit}({last_period}):"
        "是否填成了跨年累计数或加上了上年数?本年累计数从本年1月起算",
    ),
    "part-year": (
        "{target_id} is a full-year total, judged on figures to December only: {value} {unit} of"
        " {period} covers part of the year and is not judged; report the year's figure at its end",
        "{target_id} 为全年总量指标,只按截至12月的数据判定:{period} 的 {value} {unit} 仅为部分月份,"
        "不作判定;请在年末报送全年数据",
    ),
    "restatement-mismatch": (
        "{value} {unit} for {period}, but {restated}, the target {target_id} restates, has {other}"
        " {unit} in the same file: both report the same figure, so one of the two is wrong",
        "{period} 填报 {value} {unit},而其所复述的 {restated} 同期为 {other} {unit}:"
        "两者是同一个数,必有一处有误",
    ),
}

_ACKNOWLEDGED = frozenset(
    {
        "unit-scale",
        "early-exceeded",
        "ytd-doubled",
        "ytd-jump",
        "yoy-jump",
        "ytd-reaches-last-year",
        "part-year",
        "restatement-mismatch",
    }
)
_PERCENT = frozenset({"pct", "typed_pct"})


def number(value: float) -> str:
    """2250 -> 2,250; 1.5 -> 1.5; 0.3333 -> 0.33: figures as an analyst writes them."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _shown(name: str, value: str | float) -> str:
    if isinstance(value, str):
        return value
    if name in _PERCENT:
        return f"{value:.1f}%"
    if name == "factor":
        return f"{value:.1f}"
    return number(value)


def text(code: str, args: Args, lang: str = "en") -> str:
    """The message of ``code`` in ``lang`` with ``args`` filled in."""
    en, zh = CATALOGUE[code]
    template = zh if lang == "zh" else en
    if code in _ACKNOWLEDGED:
        # After a question, a sentence of its own; else a clause of the same one.
        asked = template.endswith(("?", "?"))
        if lang == "zh":
            template += ("" if asked else ";") + ACK_ZH
        else:
            template += (" I" + ACK_EN[1:]) if asked else "; " + ACK_EN
    values = {name: _shown(name, value) for name, value in args.items()} | {"code": code}
    return template.format_map(values)


TITLES_ZH: dict[str, str] = {
    # Every problem code of docs/data-format.md: what it means, in Chinese, put before the
    # English detail of a message that messages_zh cannot match (a value from the data that
    # holds "; ", a library's words it does not know), so that nothing is ever lost.
    "io-error": "文件无法读取",
    "too-large": "文件过大",
    "unexpected-file": "actuals/ 中有不读取的文件",
    "encoding": "文件不是 UTF-8 编码",
    "not-text": "文件不是文本",
    "yaml-syntax": "YAML 语法错误",
    "too-deep": "嵌套过深",
    "alias-bomb": "别名展开过多",
    "duplicate-key": "键重复",
    "control-character": "含控制字符",
    "wrong-type": "类型错误",
    "missing-field": "缺少必填字段",
    "unknown-field": "未知字段",
    "invalid-choice": "取值不在可选范围内",
    "invalid-value": "取值无效",
    "file-name": "文件名不是期别",
    "period-mismatch": "文件名与期别不符",
    "period-outside-plan": "期别超出规划年限",
    "duplicate-period": "两个文件覆盖同一期",
    "unknown-target": "未知指标",
    "duplicate-record": "同一指标重复填报",
    "outside-target-period": "该年度不属于指标年限",
    "after-deadline": "里程碑记录晚于期限",
    "not-checked": "未能检查",
    "as-of-out-of-range": "数据截至日期不合理",
    "unknown-measure": "未知计量单位",
    "unit-mismatch": "计量单位无法换算",
    "negative-value": "数值为负",
    "out-of-range": "数值超出有效范围",
    "ytd-decrease": "累计数小于前期",
    "missing-source": "缺少来源",
    "missing-value": "缺少数值",
    "missing-state": "缺少状态",
    "missing-components": "缺少分项",
    "unknown-component": "未知分项",
    "unexpected-field": "字段不适用于该类指标",
    "duplicate-action": "行动重复",
    "duplicate-unit": "责任单位重复",
    "ambiguous-unit-name": "责任单位名称无法区分",
    "duplicate-measure": "计量单位重复",
    "duplicate-target": "指标重复",
    "unknown-action": "未知行动",
    "unknown-unit": "未知责任单位",
    "unknown-link": "未知关联指标",
    "unknown-restates": "restates 指向未知指标",
    "restates-restatement": "restates 指向的指标本身是重述",
    "conflict": "与已有数据不一致",
    "formula": "单元格含公式",
    "merged-cells": "单元格合并",
}


def located(
    doc: Document, loc: tuple[str | int, ...], code: str, said: Said, *, key: bool = False
) -> Problem:
    """A problem at ``loc`` of ``doc`` whose message is made as ``said``: its English is the
    message every output in English prints, and ``said`` renders it in another language."""
    return replace(doc.problem(loc, code, say(said), key=key), said=said)


def problem_text(code: str, message: str, lang: str, said: Said | None = None) -> str:
    """A problem's message in ``lang``. One made as a Said is rendered from its id. In Chinese,
    the rest from its template (messages_zh); one that no template matches keeps its English
    detail after the code's meaning. A warning of CATALOGUE is made in the analyst's language
    already."""
    if said is not None:
        return say(said, lang)
    if lang != "zh" or code in CATALOGUE:
        return message
    from plan415x.messages_zh import translate

    chinese = translate(message)
    if chinese is not None:
        return chinese
    title = TITLES_ZH.get(code)
    return f"{title}:{message}" if title else message
