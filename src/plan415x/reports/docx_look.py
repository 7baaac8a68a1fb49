"""The 公文 look of the 通报's Word document (GB/T 9704-2012), for ``brief_docx``: the fonts
(named for East Asian text too, ``w:eastAsia``, each 公文 font with its fallback in the font
table, ``w:altName``: 方正小标宋简体 → 黑体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体), sizes and the
fixed 28.95 pt line, the page (A4 portrait, or landscape for an 附件's table), page numbers
(— 1 —), rules, the tables' column widths.

No style keeps the template's theme fonts (``w:asciiTheme`` and the like override a named font:
Word would set the text in the theme's Latin font), and the document's language is zh-CN. A
figure never breaks across lines: the language of Latin text (figures are Latin text) is en-US
(zh-CN there makes LibreOffice break 42 as 4|2), and a cell of figures (100.0%, -4.4) never wraps
(``w:noWrap``), its column made wide enough for it. python-docx is imported inside each
function: this module is loaded by every ``brief``, a .md one too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from plan415x.reports.brief_sections import PLACEHOLDERS, TO_WIRE
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
ISSUER_PT, ANNEX_TITLE_PT, ANNEX_TABLE_PT = 36, 18, 10.5
"""发文机关标志 (red 小标宋, larger than the title), an 附件's title (小二) and table (五号)."""
RED = (0xC0, 0, 0)
LANGUAGE = {"zh": "zh-CN", "en": "en-US"}
"""A table of more than WIDE columns (报送情况 has nine) is set in 五号 (10.5 pt) to fit."""
WIDE = 6
LINE_PT = 28.95  # GB/T 9704: 22 lines in the 225 mm text block
TEXT_MM = 210 - 28 - 26  # the text block's width
CELL_MARGIN_MM = 3.8  # Word's default left and right cell margins (0.19 cm each)
SLACK_MM = 1.0


def column_widths(
    rows: list[tuple[str, ...]], total_mm: float = TEXT_MM, *, size_pt: float = TABLE_PT
) -> list[float]:
    """Each column's width in mm, the text block shared so that nothing short breaks: a column
    of figures (``figures``: 100.0%, -4.4) as wide as its widest figure; a column of words at
    least four characters wide (a unit's name on one line) or its widest text if narrower; what
    is left goes to the words still wrapped (a target's name), in proportion to what they lack,
    then to every column by its widest text. Figures are measured at 0.6 em a character (the
    fallback fonts' digits and % are wider than half an em), a Chinese character at one."""
    em = size_pt * 25.4 / 72
    n = len(rows[0])
    body = rows[1:] or rows

    # Each text measured once (a cell is measured two or three times, and a column repeats its
    # words): the 检查表 of 10,000 targets measured 160,000 texts, character by character, in
    # 0.6 s. Text of ASCII only by its length (no ASCII character is wide): the same sum.
    needs: dict[str | int, float] = {}

    def need(text: str) -> float:  # and a little room: a renderer's glyphs are not exactly an em
        key: str | int = len(text) if text.isascii() else text
        got = needs.get(key)
        if got is None:
            got = needs[key] = sum(em if width(ch) == 2 else 0.6 * em for ch in text) + (
                SLACK_MM if text else 0.0
            )
        return got

    def token(text: str) -> float:  # the longest part no line may break: ≥3.75%, （2025年）
        return max((need(t) for t in UNBROKEN.findall(text)), default=0.0)

    fixed = figures(rows)
    widest = [max(need(row[c]) for row in rows) for c in range(n)]
    base = [
        max(max(need(row[c]) for row in body), min(need(rows[0][c]), 2 * em))  # a head two a line
        if c in fixed
        else min(widest[c], max(4 * em, max(token(row[c]) for row in body)))
        for c in range(n)
    ]
    free = total_mm - CELL_MARGIN_MM * n - sum(base)
    if free < 0:  # too many columns: the words give way, never a figure
        words = sum(b for c, b in enumerate(base) if c not in fixed) or 1
        base = [b if c in fixed else max(0.0, b + free * b / words) for c, b in enumerate(base)]
        free = 0.0
    lack = [0.0 if c in fixed else widest[c] - base[c] for c in range(n)]
    if sum(lack) > 0:
        given = min(free, sum(lack))
        base = [b + given * x / sum(lack) for b, x in zip(base, lack, strict=True)]
        free -= given
    total = sum(widest) or 1
    return [CELL_MARGIN_MM + b + free * w / total for b, w in zip(base, widest, strict=True)]


UNBROKEN = re.compile(r"（?[-−]?[\x21-\x2c\x2e-\x7e≥≤≈±]+-?[年月%个]?）?")
"""What no line breaks: a figure with its sign, unit sign and bracket (a range breaks after -)."""


def figures(rows: list[tuple[str, ...]]) -> set[int]:
    """The columns whose body cells hold figures only (no letter, no Chinese): never wrapped."""
    body = rows[1:]
    return {
        c
        for c in range(len(rows[0]))
        if body
        and all(cell.isascii() and not any(ch.isalpha() for ch in cell) for cell in (r[c] for r in body))
    }


def set_fonts(target: Any, name: str, size: float | None = None, *, bold: bool | None = None) -> None:
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


def font_table(doc: DocumentObject) -> None:
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


def page_number(paragraph: Any) -> None:
    """``— PAGE —`` as a field Word and LibreOffice fill in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field(kind: str, text: str | None = None) -> None:
        run = paragraph.add_run()
        set_fonts(run, PAGE_FONT, PAGE_PT)
        if text is not None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)

    set_fonts(paragraph.add_run("— "), PAGE_FONT, PAGE_PT)
    field("begin")
    field("", " PAGE ")
    field("separate")
    set_fonts(paragraph.add_run("1"), PAGE_FONT, PAGE_PT)
    field("end")
    set_fonts(paragraph.add_run(" —"), PAGE_FONT, PAGE_PT)


def body_format(paragraph: Any, *, indent: bool = True) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(2 * BODY_PT)  # two characters


RANGE = re.compile(r"(?<=\d)-(?=\d)")


def run_of(paragraph: Any, text: str) -> Any:
    """A run of ``text`` whose ranges (1-6月, 2023-2027年) never break at their hyphen: Word's
    non-breaking hyphen (``w:noBreakHyphen``, read back as -) between two digits; a line break
    (a unit's words quoted on lines of their own) as ``w:br``, as python-docx writes it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for n, line in enumerate(text.split("\n")):
        if n:
            run._r.append(OxmlElement("w:br"))
        for k, part in enumerate(RANGE.split(line)):
            if k:
                run._r.append(OxmlElement("w:noBreakHyphen"))
            if part:
                piece = OxmlElement("w:t")
                piece.set(qn("xml:space"), "preserve")
                piece.text = part
                run._r.append(piece)
    return run


def add_text(paragraph: Any, text: str, lang: str, *, size: float = BODY_PT) -> None:
    """Runs of body text; a placeholder mark is bold and highlighted so it cannot be missed."""
    from docx.enum.text import WD_COLOR_INDEX

    for mark in (PLACEHOLDERS[lang], TO_WIRE[lang]):
        if mark in text:
            before, _, after = text.partition(mark)
            if before:
                set_fonts(run_of(paragraph, before), BODY_FONT, size)
            run = paragraph.add_run(mark)
            set_fonts(run, HEADING_FONT, size, bold=True)
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            add_text(paragraph, after, lang, size=size)
            return
    if text:
        set_fonts(run_of(paragraph, text), BODY_FONT, size)


def no_theme_fonts(doc: DocumentObject, lang: str) -> None:
    """Every style and the document defaults name their fonts (the body font where the template
    named a theme's), and say the document's language."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), BODY_FONT)
    for element in styles.iter(qn("w:rFonts")):
        for attr in [a for a in element.attrib if a.endswith("Theme") or a.endswith("theme")]:
            del element.attrib[attr]
            named = qn("w:" + attr.split("}")[1].removesuffix("Theme").removesuffix("theme"))
            if element.get(named) is None:  # a heading's theme font: the body font, as named
                element.set(named, BODY_FONT)
    for element in [rpr, doc.styles["Normal"].element.get_or_add_rPr()]:
        language = element.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            element.append(language)
        # w:val is the language of Latin text, figures included: zh-CN there lets LibreOffice
        # break a figure between any two digits (灰灯4|2项), as it breaks Chinese. Word on Chinese
        # Windows writes the same: the document's (East Asian) language zh-CN, Latin en-US.
        language.set(qn("w:val"), "en-US")
        language.set(qn("w:eastAsia"), "zh-CN")
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), "en-US")
        theme.set(qn("w:eastAsia"), "zh-CN")


def add_rule(paragraph: Any, side: str, *, color: str = "000000", eighths: int = 8) -> None:
    """A line on one side of a paragraph (the 版头's red rule, the 版记's lines)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    line = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", str(eighths)), ("space", "1"), ("color", color)):
        line.set(qn(f"w:{key}"), value)
    borders.append(line)


def new_page(doc: DocumentObject, *, landscape: bool) -> None:
    """A new section on a new page: landscape for an 附件's table (GB/T 9704's 横排表格: the
    text block turned, 225 × 156 mm), portrait again for the 版记 after it. Page numbers go on."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.footer_distance = Mm(12)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        section.footer_distance = Mm(28)


LANDSCAPE_TEXT_MM = 297 - 37 - 35
