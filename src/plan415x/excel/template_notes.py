"""The template's 说明 sheet (what to fill in and how, in Chinese), and what ``template`` says
of the units' words it asks for (which rows, and why those: ``views.words.asked_rows``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.loading import Dataset
from plan415x.periods import Period
from plan415x.views.words import Asked

if TYPE_CHECKING:
    from plan415x.excel.template import Made

WORDS_HINT = " 白色的滞后原因、下步措施请用本单位的话填写，通报原文引用。"


NOTES = [
    "本工作簿由 plan415x template 生成,用于填报「{title}」{label}({period})的数据。生成日期 {made}。",
    "每个牵头单位一张工作表,每行一个本期应报的指标;组合指标每个分项一行(A 列为指标ID,B 列为分项)。",
    "只填写白色单元格;灰色单元格为指标信息或不适用的栏目,已锁定(工作表保护,无密码,仅防误改)。",
    "本期数值:年度、累计、组合指标填本年1-{month}月累计数;水平、比重填最新值;增速填累计同比增速;"
    "百分数填数字,不带 %(12.5 表示 12.5%)。请输入数字,不要输入文字、千分位逗号或“万”“亿”。",
    "上期数/上年同期:年度、累计、组合指标为上年同期(同样月份)的累计数,供比较,不要把它加进本期数"
    "(本期数只含本年数);其他指标为最近一期的数据。「上期」栏为该数据的期别。",
    "计量单位:默认为指标的单位;按其他单位报送(如公顷)时从下拉列表选择,导入时按方案换算。",
    "状态(里程碑类指标):从下拉列表选 已完成、推进中 或 未完成(也可填 done、pending、not_done)。",
    "参照值:相对指标填参照值(如上年全省同行业平均);方向性指标可填上期可比值,不填则与上年同期比较。",
    "数据截至:日期,如 {end};可不填(默认为期末)。来源:数据出处(报表名称或文号);不填则记为本文件名和工作表名。",
    "组合指标的计量单位、数据截至、来源、备注、滞后原因、下步措施只填第一行。",
    "滞后原因、下步措施：{words}请用本单位的话填写，通报原文引用，不改写；"
    "红灯指标未说明原因的，通报注明（未说明原因），并列入催报清单。",
    "整行未填视为本期未报送;只填了部分栏目的行会被指出。",
    "年度任务清单复述的指标(◇)与原指标是同一个数的,只列原指标一行,填一次;导入时同时记入两个指标。",
    "不要插入或删除行列、不要改动表头和指标ID、不要输入公式;隐藏的信息页供导入程序识别,请勿删除。",
    "填好后交回。分析人员运行 plan415x import 文件.xlsx 导入(可先加 --dry-run 查看将写入的内容);"
    "所有问题会一次列出,格式为 文件:工作表!单元格: 说明。",
]


def _words_note(words: Asked) -> str:
    """Which rows ask for the words, said in the 说明 (the data decides: ``reporting.explanations``)."""
    if words.targets is None:
        return "每个指标的第一行均可填写；"
    if words.basis is None:
        return "本期之前没有已判定的期别，无须填写；"
    told = "通报" if words.published else "检查"
    return f"{words.basis.label_zh()}{told}中为黄灯、红灯的指标，其第一行可填写（白色），其他行为灰色；"


def notes_sheet(ws: Worksheet, dataset: Dataset, period: Period, made: dt.date, words: Asked) -> None:
    plan = dataset.plan.plan
    xc.put(ws, 1, 1, "填报说明").font = Font(bold=True, size=14)
    for index, line in enumerate(NOTES, start=1):
        text = line.format(
            title=plan.title_zh,
            label=period.label_zh(),
            period=period,
            made=made.isoformat(),
            month=period.end_month,
            end=period.end_date.isoformat(),
            words=_words_note(words),
        )
        xc.put(ws, index + 2, 1, index, xc.INT).alignment = Alignment(vertical="top")
        cell = xc.put(ws, index + 2, 2, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[index + 2].height = 15 * xc.lines_needed(text, 100) + 4
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 100
    xc.print_setup(ws)


def words_line(made: Made) -> str:
    """What ``template`` says of the words it asks for: on how many rows, and why those."""
    words = made.asked
    if words.targets is None:
        why = "every row (reporting.explanations: all)"
    elif words.basis is None:
        why = "no period judged before this one"
    else:
        told = "published" if words.published else "judged"
        why = f"yellow or red in {words.basis}, the last period {told}"
    return f"滞后原因 and 下步措施 asked on {made.words} row(s): {why}"
