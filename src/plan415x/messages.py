"""The messages of problems and warnings in the analyst's language (``--lang zh|en``).

A message is made where its fact is found as a ``Said`` (an id and its arguments; the
catalogues of ``i18n`` hold its words in each language) and given with ``located``;
``problem_text`` renders it in the language chosen at output time. The code of a problem never
changes with the language, so scripts match on it. Numbers are printed the same way in both
(``2,250``, ``125.0%``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from plan415x.i18n import say
from plan415x.problems import Problem, Said

if TYPE_CHECKING:
    from plan415x.documents import Document


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


def problem(
    file: str, line: int, column: int, code: str, said: Said, path: str = "", *, level: str = "error"
) -> Problem:
    """A problem at a position found without a document (a file's first line, a pydantic error's
    place), its message made as ``said``."""
    return Problem(file, line, column, code, say(said), path, level, said=said)


def problem_text(code: str, message: str, lang: str, said: Said | None = None) -> str:
    """A problem's message in ``lang``. One made as a Said is rendered from its id. In Chinese,
    the rest from its template (messages_zh); one that no template matches keeps its English
    detail after the code's meaning."""
    if said is not None:
        return say(said, lang)
    if lang != "zh":
        return message
    from plan415x.messages_zh import translate

    chinese = translate(message)
    if chinese is not None:
        return chinese
    title = TITLES_ZH.get(code)
    return f"{title}:{message}" if title else message
