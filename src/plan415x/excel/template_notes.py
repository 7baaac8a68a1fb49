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
    "本工作簿用于填报「{title}」{label}的数据,生成日期 {made}。",
    "报送截止日期:{due}。{contact}",
    "每个填报单位一张工作表,每行一个本期应报的指标;组合指标每个分项一行。",
    "只填写白色单元格;灰色单元格为指标信息或不适用的栏目,已锁定(工作表保护,无密码,仅防误改)。",
    "本期数值:年度、累计、组合指标填本年{months}累计数;水平、比重填最新值;增速填累计同比增速;"
    "百分数填数字,不带 %(12.5 表示 12.5%)。请输入数字,不要输入文字、千分位逗号或“万”“亿”。",
    "上期数/上年同期:年度、累计、组合指标为上年同期(同样月份)的累计数,供比较,不要把它加进本期数"
    "(本期数只含本年数);其他指标为最近一期的数据。「上期」栏为该数据的期别。",
    "计量单位:默认为指标的单位;按其他单位报送(如公顷)时从下拉列表选择,汇总时按方案换算。"
    "相对指标的本期数值与参照值用同一计量单位(如万元/人)。",
    "状态(里程碑类指标):从下拉列表选 已完成、推进中 或 未完成。",
    "参照值:相对指标填参照值(如上年全省同行业平均);方向性指标可填上期可比值,不填则与上年同期比较。",
    "数据截至:日期,如 {end};可不填(默认为期末)。来源:数据出处(报表名称或文号);不填则记为本文件名和工作表名。",
    "组合指标的计量单位、数据截至、来源、备注、滞后原因、下步措施只填第一行。",
    "滞后原因、下步措施：{words}请用本单位的话填写，通报原文引用，不改写；"
    "红灯指标未说明原因的，通报注明（未说明原因），并列入催报清单。",
    "整行未填视为本期未报送;只填了部分栏目的行会被指出。",
    "年度任务清单复述的指标(◇)与原指标是同一个数的,只列原指标一行,填一次。",
    "请保持 .xlsx 格式(不要另存为 .xls、.et 或其他格式);不要重命名、删除或复制工作表,"
    "不要插入、删除或移动行列,不要改动表头,不要输入公式。隐藏的列和信息页供汇总识别,请勿改动。",
    "每张工作表末尾请填写填报人、审核人、单位负责人及联系电话、填报日期。",
    "填好后请于{due}前交回。汇总时发现的问题会逐格列出(工作表!单元格: 说明),请按说明修改后重新交回。",
]


def _words_note(words: Asked) -> str:
    """Which rows ask for the words, said in the 说明 (the data decides: ``reporting.explanations``)."""
    if words.targets is None:
        return "每个指标的第一行均可填写；"
    if words.basis is None:
        return "本期之前没有已判定的期别，无须填写；"
    told = "通报" if words.published else "检查"
    return f"{words.basis.label_zh()}{told}中为黄灯、红灯的指标，其第一行可填写（白色），其他行为灰色；"


def due_text(due: dt.date) -> str:
    """A due date as the units write one: 2023年10月10日."""
    return f"{due.year}年{due.month}月{due.day}日"


def _due_note(dues: list[dt.date]) -> str:
    """The 说明's due date: the one date every sheet gives, or each sheet's own (row 2)."""
    if not dues:
        return "见各工作表"
    if len(set(dues)) == 1:
        return due_text(dues[0])
    return f"各工作表第2行所列日期(最早 {due_text(min(dues))})"


def notes_sheet(
    ws: Worksheet, dataset: Dataset, period: Period, made: dt.date, words: Asked, dues: list[dt.date]
) -> None:
    plan = dataset.plan.plan
    contact = dataset.plan.reporting.contact
    # No contact in the data: nothing is said (never a placeholder a unit would read as ours).
    told = "" if contact is None else f"联系人:{contact.name},电话:{contact.phone}。"
    xc.put(ws, 1, 1, "填报说明").font = Font(bold=True, size=14)
    for index, line in enumerate(NOTES, start=1):
        text = line.format(
            title=plan.title_zh,
            label=period.label_zh(),
            made=due_text(made),
            months=period.months_zh(),
            due=_due_note(dues),
            contact=told,
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
