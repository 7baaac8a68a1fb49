"""The .docx's tables as python-docx makes them, byte for byte: ``brief_docx._table`` sets a
table's head row through python-docx and writes its body rows as XML text from the first cell
of each column (issue 15's budget: the 检查表 of 10,000 targets in the 附件 took 9 s cell by
cell). Here every part of the file is compared with the same 通报 whose tables are set cell by
cell through python-docx, as they were before: text with spaces at either end (kept), XML's
own characters, an empty cell, a line break and a tab (a break and a tab of Word's), figures
(never wrapped), several tables in the sections and in an 附件, a table with a head only."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from plan415x.reports import brief_docx
from plan415x.reports.brief import Brief
from plan415x.reports.brief_form import Annex
from plan415x.reports.brief_sections import Block, Section

TRICKY = (
    "安阳街道智能装备产业产值",
    " 前有空格",
    "后有空格 ",
    "\u3000全角空格",  # str.strip() takes it: xml:space="preserve", as python-docx sets it
    "a&b<c>d\"e'f",
    "",
    "一行\n两行",
    "甲\t乙",
    "≥147.5亿元（2027年）",
    "😀 emoji",
)


def _brief() -> Brief:
    figures = tuple((str(i), f"{i * 1.5:.1f}%", f"-{i}.4") for i in range(1, 13))
    words = tuple(
        (TRICKY[i % len(TRICKY)], TRICKY[(i * 3) % len(TRICKY)], str(i)) for i in range(len(TRICKY) * 2)
    )
    return Brief(
        title="测试通报",
        lines=(),
        banner=None,
        sections=(
            Section(
                "一、表格",
                (
                    Block("table", head=("序号", "完成率", "差值"), rows=figures),
                    Block("para", text="段落"),
                    Block("table", head=("指标", "单位", "序号"), rows=words),
                    Block("table", head=("只有表头", "列"), rows=()),
                ),
            ),
        ),
        annex=(Annex("附件1", "检查表", (Block("table", head=("甲", "乙", "丙"), rows=words + figures),)),),
    )


def _by_python_docx(
    doc: Any, block: Block, number: int, *, size: float | None, total_mm: float
) -> dict[str, str]:
    """Every cell set through python-docx, as brief_docx did before it wrote rows as text."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt

    from plan415x.reports.docx_look import (
        BODY_FONT,
        HEADING_FONT,
        TABLE_PT,
        WIDE,
        WIDE_TABLE_PT,
        column_widths,
        figures,
        set_fonts,
    )

    rows = [block.head, *block.rows]
    table = doc.add_table(rows=len(rows), cols=len(block.head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    size = size or (WIDE_TABLE_PT if len(block.head) > WIDE else TABLE_PT)
    widths = column_widths(rows, total_mm, size_pt=size)
    whole = figures(rows)
    for c, mm in enumerate(widths):
        table.columns[c].width = Mm(mm)
    for r, row in enumerate(rows):
        props = table.rows[r]._tr.get_or_add_trPr()
        props.append(OxmlElement("w:cantSplit"))
        if r == 0:
            props.append(OxmlElement("w:tblHeader"))
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Mm(widths[c])
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_fonts(p.add_run(value), HEADING_FONT if r == 0 else BODY_FONT, size, bold=False)
            p.paragraph_format.space_after = Pt(0)
            if r > 0 and c in whole:
                cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))
    return {}


def _parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_docx_tables_as_python_docx_makes_them(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _parts(brief_docx.to_docx(_brief(), lang))
    monkeypatch.setattr(brief_docx, "_table", _by_python_docx)
    slow = _parts(brief_docx.to_docx(_brief(), lang))
    assert list(fast) == list(slow)  # the same parts in the same order
    for name in slow:
        assert fast[name] == slow[name], name
    document = fast["word/document.xml"].decode("utf-8")
    assert "plan415x-rows" not in document  # every table's rows in place of its comment
    assert document.count("<w:tbl>") == 4
    # 1 head row + 12 (figures) + 20 (words) + 1 (head only) + 1 + 32 (the 附件)
    assert document.count("<w:tr>") == 1 + 12 + 1 + 20 + 1 + 1 + 32
    assert "<w:t>a&amp;b&lt;c&gt;d\"e'f</w:t>" in document
    assert '<w:t xml:space="preserve">\u3000全角空格</w:t>' in document
