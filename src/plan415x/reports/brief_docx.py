"""The 通报 draft as a Word document with the usual 公文 look (GB/T 9704-2012): A4, margins
37/35/28/26 mm, title in 2号 (22 pt) 方正小标宋简体, body in 3号 (16 pt) 仿宋_GB2312 on a fixed
28.95 pt line (22 lines a page), first-level headings 黑体, second-level 楷体_GB2312, page
numbers in 4号 (14 pt) 宋体 at the foot (— 1 —).

Fonts are named for East Asian text too (``w:eastAsia``: Word on Chinese Windows picks the
East Asian font from it, not from ``w:ascii``), and the font table names the alternative a
machine without the 公文 fonts falls back to (``w:altName``: 方正小标宋简体 → 黑体, 仿宋_GB2312 →
仿宋, 楷体_GB2312 → 楷体). python-docx is imported here only, when a .docx is written.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from plan415x.reports.brief import Brief
from plan415x.reports.brief_sections import PLACEHOLDERS, TO_WIRE, Block
from plan415x.reports.table import width

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

TITLE_FONT, BODY_FONT, HEADING_FONT, SUBHEADING_FONT, PAGE_FONT = (
    "方正小标宋简体",
    "仿宋_GB2312",
    "黑体",
    "楷体_GB2312",
    "宋体",
)
FALLBACK = {TITLE_FONT: "黑体", BODY_FONT: "仿宋", SUBHEADING_FONT: "楷体"}
TITLE_PT, BODY_PT, PAGE_PT, TABLE_PT, WIDE_TABLE_PT = 22, 16, 14, 12, 10.5
"""A table of more than WIDE columns (报送情况 has nine) is set in 五号 (10.5 pt) to fit."""
WIDE = 6
LINE_PT = 28.95  # GB/T 9704: 22 lines in the 225 mm text block
TEXT_MM = 210 - 28 - 26  # the text block's width
CELL_MARGIN_MM = 3.8  # Word's default left and right cell margins (0.19 cm each)


def column_widths(rows: list[tuple[str, ...]], total_mm: float = TEXT_MM) -> list[float]:
    """Each column's width in mm: its margins, then the rest shared by the widest text of each
    column in display cells (a CJK character two), so no short number wraps while the unit's
    name has room."""
    widest = [max(width(row[c]) for row in rows) or 1 for c in range(len(rows[0]))]
    room = total_mm - CELL_MARGIN_MM * len(widest)
    return [CELL_MARGIN_MM + room * w / sum(widest) for w in widest]


def _fonts(target: Any, name: str, size: float | None = None, *, bold: bool | None = None) -> None:
    """Name ``name`` for every script of a run or style (ascii, hAnsi, eastAsia, cs)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = target.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _font_table(doc: DocumentObject) -> None:
    """Declare the 公文 fonts in the font table with the font each falls back to."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = doc.part.part_related_by(RT.FONT_TABLE)
    root = parse_xml(part.blob)
    for name, alt in FALLBACK.items():
        font = parse_xml(
            f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alt}"/>'
            '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
        )
        root.append(font)
    part._blob = serialize_part_xml(root)


def _page_number(paragraph: Any) -> None:
    """``— PAGE —`` as a field Word and LibreOffice fill in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field(kind: str, text: str | None = None) -> None:
        run = paragraph.add_run()
        _fonts(run, PAGE_FONT, PAGE_PT)
        if text is not None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)

    _fonts(paragraph.add_run("— "), PAGE_FONT, PAGE_PT)
    field("begin")
    field("", " PAGE ")
    field("separate")
    _fonts(paragraph.add_run("1"), PAGE_FONT, PAGE_PT)
    field("end")
    _fonts(paragraph.add_run(" —"), PAGE_FONT, PAGE_PT)


def _body(paragraph: Any, *, indent: bool = True) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(2 * BODY_PT)  # two characters


def _text(paragraph: Any, text: str, lang: str) -> None:
    """Runs of body text; a placeholder mark is bold and highlighted so it cannot be missed."""
    from docx.enum.text import WD_COLOR_INDEX

    for mark in (PLACEHOLDERS[lang], TO_WIRE[lang]):
        if mark in text:
            before, _, after = text.partition(mark)
            if before:
                _fonts(paragraph.add_run(before), BODY_FONT, BODY_PT)
            run = paragraph.add_run(mark)
            _fonts(run, HEADING_FONT, BODY_PT, bold=True)
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            _text(paragraph, after, lang)
            return
    if text:
        _fonts(paragraph.add_run(text), BODY_FONT, BODY_PT)


def to_docx(brief: Brief, lang: str = "zh") -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(28)
    _font_table(doc)
    styles = doc.styles
    _fonts(styles["Normal"], BODY_FONT, BODY_PT)
    for name, font in (("Title", TITLE_FONT), ("Heading 1", HEADING_FONT), ("Heading 2", SUBHEADING_FONT)):
        style = styles[name]
        _fonts(style, font, TITLE_PT if name == "Title" else BODY_PT, bold=False)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
        pf = style.paragraph_format
        pf.space_before, pf.space_after = Pt(0), Pt(0)
        pf.keep_with_next = True
        ppr = style.element.pPr
        border = None if ppr is None else ppr.find(qn("w:pBdr"))
        if border is not None:  # the template's Title has a rule under it; a 公文 title has none
            ppr.remove(border)

    props = doc.core_properties
    props.title = brief.title
    props.author = "plan415x"
    props.comments = brief.banner or ""

    if brief.banner:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(brief.banner)
        _fonts(run, HEADING_FONT, BODY_PT, bold=True)
        run.font.color.rgb = RGBColor(0xC0, 0, 0)
    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(LINE_PT)
    title.paragraph_format.space_after = Pt(LINE_PT)
    _fonts(title.add_run(brief.title), TITLE_FONT, TITLE_PT, bold=False)
    for line in brief.lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _body(p, indent=False)
        _fonts(p.add_run(line), SUBHEADING_FONT, BODY_PT)
    for part in brief.sections:
        heading = doc.add_paragraph(style="Heading 1")
        _body(heading)
        _fonts(heading.add_run(part.title), HEADING_FONT, BODY_PT, bold=False)
        for block in part.blocks:
            _block(doc, block, lang)
    for line in brief.footer:
        p = doc.add_paragraph()
        _body(p, indent=False)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if PLACEHOLDERS[lang] in line else WD_ALIGN_PARAGRAPH.LEFT
        _text(p, line, lang)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _block(doc: DocumentObject, block: Block, lang: str) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    if block.kind == "sub":
        p = doc.add_paragraph(style="Heading 2")
        _body(p)
        _fonts(p.add_run(block.text), SUBHEADING_FONT, BODY_PT, bold=False)
    elif block.kind in ("para", "note"):
        p = doc.add_paragraph()
        _body(p)
        _text(p, block.text, lang)
    elif block.kind == "items":
        for i, item in enumerate(block.items, start=1):
            p = doc.add_paragraph()
            _body(p)
            _text(p, f"{i}. {item}" if lang != "zh" else f"{i}.{item}", lang)
    elif block.kind == "table":
        from docx.shared import Mm

        rows = [block.head, *block.rows]
        table = doc.add_table(rows=len(rows), cols=len(block.head))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        size = WIDE_TABLE_PT if len(block.head) > WIDE else TABLE_PT
        widths = column_widths(rows)
        for c, width in enumerate(widths):
            table.columns[c].width = Mm(width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths[c])  # Word reads the cells' widths, LibreOffice the grid's
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(value)
                _fonts(run, HEADING_FONT if r == 0 else BODY_FONT, size, bold=False)
                p.paragraph_format.space_after = Pt(0)
