"""The 通报 draft as a Word document with the usual 公文 look (GB/T 9704-2012): A4, margins
37/35/28/26 mm, title in 2号 (22 pt) 方正小标宋简体, body in 3号 (16 pt) 仿宋_GB2312 on a fixed
28.95 pt line (22 lines a page), first-level headings 黑体, second-level 楷体_GB2312, page
numbers in 4号 (14 pt) 宋体 at the foot (— 1 —).

The fonts, the page, the language and the tables' widths: ``docx_look``.

The 公文's parts (``brief_form``) as GB/T 9704 places them: the 版头 (发文机关 in red 小标宋,
文号, a red rule), the title, 主送 flush left, the 依据 sentence, the sections, the 附件 list,
落款 and 成文日期 right, then each 附件 on a page of its own (附件1 in 黑体, its title, its
table) and the 版记 (抄送, 印发机关 and 印发日期 between rules) at the end.
python-docx is imported here only, when a .docx is written.
"""

from __future__ import annotations

import io
import re
from copy import deepcopy
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from plan415x.i18n import say
from plan415x.problems import said
from plan415x.reports.brief import Brief
from plan415x.reports.brief_form import Annex
from plan415x.reports.brief_sections import PLACEHOLDERS, Block
from plan415x.reports.docx_look import (
    ANNEX_TABLE_PT,
    ANNEX_TITLE_PT,
    BODY_FONT,
    BODY_PT,
    HEADING_FONT,
    ISSUER_PT,
    LANDSCAPE_TEXT_MM,
    LANGUAGE,
    LINE_PT,
    PAGE_PT,
    RED,
    SUBHEADING_FONT,
    TABLE_PT,
    TEXT_MM,
    TITLE_FONT,
    TITLE_PT,
    WIDE,
    WIDE_TABLE_PT,
    add_rule,
    add_text,
    body_format,
    column_widths,
    figures,
    font_table,
    new_page,
    no_theme_fonts,
    page_number,
    run_of,
    set_fonts,
)
from plan415x.reports.table import width

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject


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
    font_table(doc)
    styles = doc.styles
    set_fonts(styles["Normal"], BODY_FONT, BODY_PT)
    for name, font in (("Title", TITLE_FONT), ("Heading 1", HEADING_FONT), ("Heading 2", SUBHEADING_FONT)):
        style = styles[name]
        set_fonts(style, font, TITLE_PT if name == "Title" else BODY_PT, bold=False)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.italic = False
        pf = style.paragraph_format
        pf.space_before, pf.space_after = Pt(0), Pt(0)
        pf.keep_with_next = True
        ppr = style.element.pPr
        border = None if ppr is None else ppr.find(qn("w:pBdr"))
        if border is not None:  # the template's Title has a rule under it; a 公文 title has none
            ppr.remove(border)
    no_theme_fonts(doc, lang)

    rows: dict[str, str] = {}  # the tables' body rows, written into the file as saved
    props = doc.core_properties
    props.title = brief.title
    props.author = "plan415x"
    props.comments = brief.banner or ""
    props.language = LANGUAGE[lang]

    def line(text: str, align: Any, *, font: str = BODY_FONT, indent: bool = False, color: Any = None) -> Any:
        p = doc.add_paragraph()
        body_format(p, indent=indent)
        p.alignment = align
        if font == BODY_FONT:
            add_text(p, text, lang)
        else:
            run = run_of(p, text)
            set_fonts(run, font, BODY_PT)
            if color is not None:
                run.font.color.rgb = color
        return p

    if brief.banner:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(brief.banner)
        set_fonts(run, HEADING_FONT, BODY_PT, bold=True)
        run.font.color.rgb = RGBColor(*RED)
    if brief.head:  # 版头: 发文机关标志 in red, 文号, the red rule under it
        issuer = doc.add_paragraph()
        issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        issuer.paragraph_format.space_after = Pt(LINE_PT)
        run = issuer.add_run(brief.head[0])
        set_fonts(run, TITLE_FONT, ISSUER_PT)
        run.font.color.rgb = RGBColor(*RED)
        for text in brief.head[1:]:
            number = line(text, WD_ALIGN_PARAGRAPH.CENTER)
        if len(brief.head) == 1:
            number = line("", WD_ALIGN_PARAGRAPH.CENTER)
        add_rule(number, "bottom", color="C00000", eighths=12)
    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(LINE_PT)
    title.paragraph_format.space_after = Pt(LINE_PT)
    set_fonts(run_of(title, brief.title), TITLE_FONT, TITLE_PT, bold=False)
    for text in brief.lines:
        line(text, WD_ALIGN_PARAGRAPH.CENTER, font=SUBHEADING_FONT)
    if brief.to:
        line(brief.to, WD_ALIGN_PARAGRAPH.LEFT)
        line(brief.opening, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
    for part in brief.sections:
        heading = doc.add_paragraph(style="Heading 1")
        body_format(heading)
        set_fonts(run_of(heading, part.title), HEADING_FONT, BODY_PT, bold=False)
        for block in part.blocks:
            _block(doc, block, lang, rows)
    if brief.annexes:
        line("", WD_ALIGN_PARAGRAPH.LEFT)  # GB/T 9704: the 附件说明 a line below the body
        for text in brief.annexes:
            line(text, WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    if brief.signer or brief.date:
        line("", WD_ALIGN_PARAGRAPH.LEFT)
        # 成文日期 four characters from the right, the signer centred over it
        date_chars, signer_chars = width(brief.date) / 2, width(brief.signer) / 2
        for text, chars in ((brief.signer, max(0.0, 4 + (date_chars - signer_chars) / 2)), (brief.date, 4)):
            p = line(text, WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(chars * BODY_PT)
    for text in brief.footer:
        p = line(text, WD_ALIGN_PARAGRAPH.LEFT)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if PLACEHOLDERS[lang] in text else WD_ALIGN_PARAGRAPH.LEFT
    for annex in brief.annex:
        new_page(doc, landscape=True)
        _annex(doc, annex, lang, rows)
    if brief.record:
        if brief.annex:
            new_page(doc, landscape=False)
        _record(doc, brief.record, lang)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_number(footer)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _with_rows(buffer.getvalue(), rows)


def _annex(doc: DocumentObject, annex: Annex, lang: str, rows: dict[str, str]) -> None:
    """An 附件 on a landscape page of its own: its label top left in 黑体, its title centred,
    its blocks (the table across the turned text block)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    label = doc.add_paragraph()
    body_format(label, indent=False)
    set_fonts(label.add_run(annex.label), HEADING_FONT, BODY_PT)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(LINE_PT / 2)
    title.paragraph_format.space_after = Pt(LINE_PT / 2)
    set_fonts(run_of(title, annex.title), TITLE_FONT, ANNEX_TITLE_PT)
    for block in annex.blocks:
        _block(doc, block, lang, rows, size=ANNEX_TABLE_PT, total_mm=LANDSCAPE_TEXT_MM)


def _record(doc: DocumentObject, record: tuple[tuple[str, str], ...], lang: str) -> None:
    """版记 on the last page: 抄送 and 印发机关 (with 印发日期 at the right) in 4号, a character in
    from each side, between rules (the first and last thicker). GB/T 9704 puts it at the foot of
    the page; a frame anchored there lost its rules in LibreOffice, so it stands at the top."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    for i, (left, right) in enumerate(record):
        p = doc.add_paragraph()
        body_format(p, indent=False)
        fmt = p.paragraph_format
        fmt.left_indent = fmt.right_indent = Pt(PAGE_PT)
        if i == 0:
            add_rule(p, "top", eighths=8)
        add_rule(p, "bottom", eighths=8 if i == len(record) - 1 else 4)
        set_fonts(p.add_run(left), BODY_FONT, PAGE_PT)
        if right:
            fmt.tab_stops.add_tab_stop(Mm(TEXT_MM) - Pt(2 * PAGE_PT), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run("\t")
            add_text(p, right, lang, size=PAGE_PT)


def _block(
    doc: DocumentObject,
    block: Block,
    lang: str,
    rows: dict[str, str],
    *,
    size: float | None = None,
    total_mm: float = TEXT_MM,
) -> None:
    """``size``: a table's (default: by its number of columns); ``total_mm``: its width;
    ``rows``: a table's body rows as XML, by the comment that stands for them (``_table``)."""

    if block.kind == "sub":
        p = doc.add_paragraph(style="Heading 2")
        body_format(p)
        set_fonts(run_of(p, block.text), SUBHEADING_FONT, BODY_PT, bold=False)
    elif block.kind in ("para", "note"):
        p = doc.add_paragraph()
        body_format(p)
        add_text(p, block.text, lang)
    elif block.kind == "items":
        for i, item in enumerate(block.items, start=1):
            p = doc.add_paragraph()
            body_format(p)
            add_text(p, say(said("brief-item", n=str(i), item=item), lang), lang)
    elif block.kind == "table":
        rows.update(_table(doc, block, len(rows), size=size, total_mm=total_mm))


W_DECLARED = ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
"""The one namespace a cell's XML declares when serialised alone (``nsdecls("w")``)."""
XML_TEXT = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")
"""Text lxml takes, written as lxml writes it: & < > and \r escaped (``ESCAPED``). Any other
is made by python-docx, which refuses it as it did."""
ESCAPED = {"\r": "&#13;"}
SPACE_KEPT = '<w:t xml:space="preserve">'
TEXT = re.compile(r'<w:t(?: xml:space="preserve")?>[^<]*</w:t>')


def _table(
    doc: DocumentObject, block: Block, number: int, *, size: float | None, total_mm: float
) -> dict[str, str]:
    """A table: its head row set through python-docx, its body rows written as XML text, which
    ``_with_rows`` puts in the saved file where a comment in the table stands for them. Each
    body cell is the cell python-docx makes for its column (width, no-wrap, centred, no space
    after, one run in the body font) holding its text: the first of each column (and its first
    empty one) is made by python-docx, and its XML is the template of the others; one with a
    line break or a tab is always made by python-docx. Set cell by cell through python-docx,
    then by copying lxml elements, the 检查表 of 10,000 targets took 9 s, then 3 s; as text,
    never parsed, 0.5 s. The file is the same, byte for byte
    (tests/test_brief_docx_tables.py)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt
    from docx.table import _Cell
    from lxml import etree

    rows = [block.head, *block.rows]
    table = doc.add_table(rows=1, cols=len(block.head))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    size = size or (WIDE_TABLE_PT if len(block.head) > WIDE else TABLE_PT)
    widths = column_widths(rows, total_mm, size_pt=size)
    whole = figures(rows)
    for c, mm in enumerate(widths):
        table.columns[c].width = Mm(mm)
    head = table._tbl.tr_lst[0]
    blank = deepcopy(head.tc_lst[0])  # a cell as python-docx adds it, before it is set

    def made(tc: Any, value: str, r: int, c: int) -> Any:
        cell = _Cell(tc, table)
        cell.width = Mm(widths[c])  # Word reads the cells' widths, LibreOffice the grid's
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(value)  # a range may break at its hyphen in a narrow cell
        set_fonts(run, HEADING_FONT if r == 0 else BODY_FONT, size, bold=False)
        p.paragraph_format.space_after = Pt(0)
        if r > 0 and c in whole:  # 100.0% on one line, whatever the reader's width
            tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))
        return tc

    # No row split across two pages; the head again on each page of a long table.
    props = head.get_or_add_trPr()
    props.append(OxmlElement("w:cantSplit"))
    props.append(OxmlElement("w:tblHeader"))
    for c, (tc, value) in enumerate(zip(list(head.tc_lst), block.head, strict=True)):
        made(tc, value, 0, c)
    if not block.rows:
        return {}

    def xml_of(tc: Any) -> str:
        return str(etree.tostring(tc, encoding="unicode")).replace(W_DECLARED, "", 1)

    # Per column: the XML before and after a cell's text (w:t), and an empty cell's XML.
    around: dict[int, tuple[str, str]] = {}
    empty: dict[int, str] = {}
    body: list[str] = []
    for r, row in enumerate(block.rows, start=1):
        body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for c, value in enumerate(row):
            if not value:
                if c not in empty:
                    empty[c] = xml_of(made(deepcopy(blank), value, r, c))
                body.append(empty[c])
            elif c in around and "\n" not in value and "\t" not in value and XML_TEXT.fullmatch(value):
                before, after = around[c]
                body += (
                    before,
                    SPACE_KEPT if value != value.strip() else "<w:t>",
                    escape(value, ESCAPED),
                    "</w:t>",
                    after,
                )
            else:
                xml = xml_of(made(deepcopy(blank), value, r, c))
                body.append(xml)
                if c not in around and "\n" not in value and "\t" not in value:
                    text = TEXT.search(xml)
                    assert text is not None  # a cell made with text holds it in one w:t
                    around[c] = xml[: text.start()], xml[text.end() :]
        body.append("</w:tr>")
    marker = f"plan415x-rows-{number}"  # the document's tables numbered
    table._tbl.append(etree.Comment(marker))
    return {f"<!--{marker}-->": "".join(body)}


def _with_rows(docx: bytes, rows: dict[str, str]) -> bytes:
    """The saved file with each table's body rows in place of the comment standing for them
    (text from the data is escaped, so no comment of its own can be taken for one). The other
    parts are written again as python-docx wrote them: same order, names, dates and
    compression."""
    if not rows:
        return docx
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as saved, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        for info in saved.infolist():
            data = saved.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                for marker, xml in rows.items():
                    at = text.index(marker)
                    text = text[:at] + xml + text[at + len(marker) :]
                data = text.encode("utf-8")
            made.writestr(info, data)
    return out.getvalue()
