"""A report as a PDF: the 通报 (``brief -o x.pdf``) on A4 with the 公文 margins, and the page of
``export`` (``export -o x.pdf``) on a phone-wide page, for leaders who read it in 浙政钉.

The engine is fpdf2, a pure-Python library that embeds a subset of a TrueType or OpenType
(CFF) font, collections (.ttc) included: the analysts' machines run Windows or 统信UOS/麒麟 with
WPS, where LibreOffice is often absent, so converting the .docx cannot be counted on, and a
PDF made here must carry its own glyphs for a phone. reportlab embeds TrueType outlines only
(Noto/思源 CJK are CFF). The fonts are found by ``reports.pdf_fonts`` (a documented search
order, ``PLAN415X_PDF_FONT`` to override); fpdf2 is imported in ``render`` only.

The renderer takes a document as the other renderers do (``reports.brief.Brief``: a banner,
a title, lines under it, sections of blocks, a footer) and sets every block by its kind,
never by its section: a paragraph, a second-level heading (``sub``), a numbered list
(``items``), a table (``head`` and ``rows``); a block of another kind with text is a paragraph.
Text from the data is text: fpdf2 interprets no markup unless asked (never here), and control
characters are shown as escapes (``safetext.terminal_text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from plan415x.reports.brief_sections import PLACEHOLDERS, TO_WIRE, Block
from plan415x.reports.pdf_fonts import Face, Fonts, face_index
from plan415x.reports.table import width
from plan415x.safetext import close_char, terminal_text

if TYPE_CHECKING:
    from pathlib import Path

    from plan415x.reports.brief import Brief

PT = 25.4 / 72
"""One point in mm."""

RED = (192, 0, 0)
GREY = (95, 99, 104)


@dataclass(frozen=True)
class Paper:
    """A page's size and margins (mm) and the type on it (pt)."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    title_pt: float
    body_pt: float
    heading_pt: float
    line_pt: float
    table_pt: float
    wide_table_pt: float
    page_pt: float
    page_number_below: float
    """The page number's line, in mm below the text block (GB/T 9704: its dash 7 mm below)."""
    cards: bool
    """A table too wide for the text block is set as cards, a row each (the page's phone look);
    else (A4) its columns are narrowed and their text wraps."""
    sans: bool
    """All text in the heading (sans) font: a screen reads it better; the 公文 is 仿宋."""


GONGWEN = Paper(
    width=210,
    height=297,
    top=37,
    bottom=35,
    left=28,
    right=26,
    title_pt=22,
    body_pt=16,
    heading_pt=16,
    line_pt=28.95,
    table_pt=12,
    wide_table_pt=10.5,
    page_pt=14,
    page_number_below=7,
    cards=False,
    sans=False,
)
"""The 通报 as the .docx sets it (``brief_docx``, GB/T 9704-2012): A4, margins 37/35/28/26 mm,
title 2号 (22 pt), text 3号 (16 pt) on a fixed 28.95 pt line (22 lines a page), tables 小四
(12 pt; 五号 10.5 pt with more than six columns), page numbers 4号 (14 pt) as — 1 —."""

PHONE = Paper(
    width=100,
    height=216,
    top=8,
    bottom=10,
    left=6,
    right=6,
    title_pt=15,
    body_pt=10.5,
    heading_pt=13,
    line_pt=16,
    table_pt=10,
    wide_table_pt=10,
    page_pt=8,
    page_number_below=3,
    cards=True,
    sans=True,
)
"""The page's PDF: 100 × 216 mm, the shape of a 390 × 844 phone screen, one page a screen. A
phone shows a PDF fitted to its width, so 100 mm across 390 px sets 10.5 pt (3.7 mm) text at
about 14 px, as large as the HTML page's (15 px), with no zooming or sideways scrolling; an A4
page fitted to the same width would set it at 7 px."""

WIDE = 6
"""A table of more columns is set smaller (as in the .docx); on a phone, as cards."""


def _text(value: str, covered: frozenset[int] = frozenset()) -> str:
    """``value`` as text to set: control characters as visible escapes; with ``covered`` (the
    characters the fonts have), a character they lack as its close form where one is (− as -,
    ² as 2: 仿宋 and 黑体 hold GB2312's characters only), else as it is (fpdf2 says which it lacks)."""
    text = terminal_text(value)
    if not covered or all(ord(c) in covered for c in text):
        return text
    out = []
    for char in text:
        close = char if ord(char) in covered or char.isspace() else close_char(char, "ascii")
        out.append(char if close == "?" else close)
    return "".join(out)


Run = tuple[str, str, float, tuple[int, int, int]]
"""A piece of text in one look: its text, font family, size (pt) and colour."""

UNBROKEN = re.compile(r"[0-9A-Za-z.,%+\-−/:_'×~#&]+|\s+|.", re.DOTALL)
"""What a line never breaks inside: a run of Latin letters, digits and their signs (100.0%,
1-6月's 1-6, 2023Q2), a run of spaces; every other character (a Chinese one) stands alone."""

NO_START = frozenset("，。、；：？！）》」』】〕’”%)]},.;:?!…·")
"""Chinese punctuation that never starts a line (避头): it goes with the character before."""
NO_END = frozenset("（《「『【〔‘“([{")
"""Opening punctuation that never ends a line (避尾): it goes with what follows."""


def _units(runs: list[Run]) -> list[list[Run]]:
    """The runs cut into the units a line may break between (each a list of runs: a unit may
    hold a closing mark of another look), 避头尾 applied."""
    units: list[list[Run]] = []
    glue = False  # the last unit ends in an opening mark: the next joins it
    for text, font, size, colour in runs:
        for match in UNBROKEN.finditer(text):
            piece = match.group()
            run = (piece, font, size, colour)
            if units and (glue or piece[0] in NO_START) and not piece.isspace():
                units[-1].append(run)
            else:
                units.append([run])
            glue = piece[-1] in NO_END
    return units


def _width(pdf: Any, unit: list[Run], known: dict[tuple[str, str, float], float]) -> float:
    """The width of ``unit`` in mm, each piece measured once a document (``known``): a 通报
    sets the same few hundred characters thousands of times."""
    total = 0.0
    for text, font, size, _ in unit:
        key = (text, font, size)
        if key not in known:
            pdf.set_font(font, size=size)
            known[key] = pdf.get_string_width(text)
        total += known[key]
    return total


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbouring runs of one look as one: a line is drawn in a few pieces, not a character each."""
    out: list[Run] = []
    for run in runs:
        if out and out[-1][1:] == run[1:]:
            out[-1] = (out[-1][0] + run[0], *run[1:])
        else:
            out.append(run)
    return out


def _break(
    pdf: Any, runs: list[Run], first: float, rest: float, known: dict[tuple[str, str, float], float]
) -> list[list[Run]]:
    """Lines of runs: as many units as fit ``first`` mm (the first line), then ``rest`` mm; a
    unit wider than a whole line (a long run of Latin letters) is cut where it must be."""
    lines: list[list[Run]] = [[]]
    room, used = first, 0.0
    for unit in _units(runs):
        w = _width(pdf, unit, known)
        if used + w > room and lines[-1]:
            if unit[0][0].isspace():
                continue  # a space at a break is dropped
            lines.append([])
            room, used = rest, 0.0
        if w > room and len(unit) == 1 and len(unit[0][0]) > 1:
            text, font, size, colour = unit[0]
            for char in text:  # too long for any line: cut by characters
                cw = _width(pdf, [(char, font, size, colour)], known)
                if used + cw > room and lines[-1]:
                    lines.append([])
                    room, used = rest, 0.0
                lines[-1].append((char, font, size, colour))
                used += cw
            continue
        lines[-1] += unit
        used += w
    return lines


def render(doc: Brief, lang: str, fonts: Fonts, paper: Paper) -> bytes:
    """``doc`` as a PDF on ``paper``, in ``fonts`` (subsets embedded)."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode
    from fpdf.fonts import FontFace

    zh = lang == "zh"
    mm = PT
    line = paper.line_pt * mm
    black: tuple[int, int, int] = (0, 0, 0)

    class Pages(FPDF):
        def footer(self) -> None:
            self.set_y(self.h - paper.bottom + paper.page_number_below)  # a landscape page's too
            self.set_font(PAGE, size=paper.page_pt)
            self.set_text_color(0, 0, 0)
            self.cell(0, paper.page_pt * mm, f"— {self.page_no()} —", align="C")

    pdf = Pages(unit="mm", format=(paper.width, paper.height))
    pdf.set_margins(paper.left, paper.top, paper.right)
    pdf.set_auto_page_break(True, margin=paper.bottom)
    BODY, HEAD, PAGE, covered = _add_fonts(pdf, fonts, sans=paper.sans)
    pdf.set_title(_text(doc.title))
    pdf.set_author("plan415x")
    pdf.set_creator("plan415x")
    pdf.set_lang("zh-CN" if zh else "en")
    if paper.cards:
        pdf.set_display_mode("fullwidth", "continuous")
    pdf.add_page()

    def text_width() -> float:
        """The text block's width on the current page (a landscape 附件 page is wider)."""
        return float(pdf.w) - paper.left - paper.right

    def foot() -> float:
        return float(pdf.h) - paper.bottom

    marks = (PLACEHOLDERS[lang], TO_WIRE[lang])
    known: dict[tuple[str, str, float], float] = {}

    def runs(text: str, font: str, size: float, colour: tuple[int, int, int] = black) -> list[Run]:
        """``text`` as runs, a placeholder mark in red in the heading font (never missed)."""
        return [
            (piece, HEAD, size, RED) if is_mark else (piece, font, size, colour)
            for piece, is_mark in _pieces(_text(text, covered), marks)
        ]

    def lines_of(
        pieces: list[Run], *, height: float, indent: float = 0.0, align: str = "L", left: float = 0.0
    ) -> None:
        """Set ``pieces`` as lines ``height`` apart: the first indented ``indent`` mm, each
        aligned left, centred (C) or right (R) in the text block less ``left`` mm."""
        room = text_width() - left
        for i, cut in enumerate(_break(pdf, pieces, room - indent, room, known)):
            if pdf.get_y() + height > foot():
                pdf.add_page()
            while cut and cut[-1][0].isspace():
                cut.pop()
            runs_ = _merged(cut)
            used = _width(pdf, cut, known)
            x = paper.left + left + (indent if i == 0 else 0.0)
            if align == "C":
                x = paper.left + left + (room - used) / 2
            elif align == "R":
                x = paper.left + left + room - used
            y = pdf.get_y()
            for text, font, size, colour in runs_:
                pdf.set_font(font, size=size)
                pdf.set_text_color(*colour)
                pdf.set_xy(x, y)
                w = pdf.get_string_width(text)
                pdf.cell(w, height, text)
                x += w
            pdf.set_xy(paper.left, y + height)
        pdf.set_text_color(*black)

    def flow(
        text: str, *, indent: bool = True, font: str = BODY, colour: tuple[int, int, int] = black
    ) -> None:
        """A paragraph, its first line indented two characters."""
        lines_of(
            runs(text, font, paper.body_pt, colour),
            height=line,
            indent=2 * paper.body_pt * mm if indent else 0,
        )

    def pen() -> None:
        """Black hairlines again (a table's grid) after a coloured edge."""
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)

    def keep(lines: float) -> None:
        """A heading stays with what follows it: a new page when fewer than ``lines`` are left
        (on a phone, room for a card too: what follows a heading is often one)."""
        if pdf.get_y() + lines * line + (30 if paper.cards else 0) > foot():
            pdf.add_page()

    def table(block: Block) -> None:
        rows = [block.head, *block.rows]
        size = paper.wide_table_pt if len(block.head) > WIDE else paper.table_pt
        widths = [max(width(_text(row[c])) for row in rows) or 1 for c in range(len(block.head))]
        natural = sum(widths) * size * mm / 2 + 3 * len(widths)  # a CJK character is size wide
        # Each column at least two characters and its padding wide (fpdf2 cannot set a cell
        # narrower than a character); the rest shared by the widest text of each column.
        floor = 2 * size * mm + 2
        if (paper.cards and (len(block.head) > 3 or natural > text_width())) or floor * len(
            widths
        ) > text_width():
            cards(block, size)
            return
        room = text_width() - floor * len(widths)
        share = [floor + room * w / sum(widths) for w in widths]
        pdf.set_font(BODY, size=size)
        with pdf.table(
            col_widths=tuple(share),
            width=pdf.epw,  # the text block as fpdf2 computes it (text_width may differ by 1e-14)
            text_align="CENTER",
            line_height=size * mm * 1.4,
            wrapmode=WrapMode.CHAR if zh else WrapMode.WORD,
            headings_style=FontFace(family=HEAD, emphasis=""),
            padding=(0.6, 1.0),
        ) as grid:
            for row in rows:
                cells = grid.row()
                for value in row:
                    cells.cell(_text(value, covered))
        pdf.ln(line / 3)

    def cards(block: Block, size: float) -> None:
        """Each row as a card: its first cell as the card's title, then one line a column
        (``head: value``), an empty value left out, as the page's cards on a phone."""
        colon = "：" if zh else ": "
        height = size * mm * 1.45
        for row in block.rows:
            # A card is kept on one page when it fits on one: a leader reads it at a glance.
            need = (2 + sum(1 for value in row[1:] if value)) * height
            if pdf.get_y() + min(need, foot() - paper.top) > foot():
                pdf.add_page()
            top, page = pdf.get_y(), pdf.page_no()
            lines_of(runs(row[0], HEAD, size + 0.5), height=height, left=2)
            for head, value in zip(block.head[1:], row[1:], strict=True):
                if value:
                    label = runs(head + colon, BODY, size, GREY)
                    lines_of([*label, *runs(value, BODY, size)], height=height, left=2)
            if pdf.page_no() == page:  # the card's edge, when it stayed on one page
                pdf.set_draw_color(200, 200, 200)
                pdf.set_line_width(0.5)
                pdf.line(paper.left, top + 0.5, paper.left, pdf.get_y() - 0.5)
                pen()
            pdf.ln(height / 2)

    def block_of(block: Block) -> None:
        if block.kind == "sub":
            keep(4)
            flow(block.text, font=HEAD)
        elif block.kind == "items" or block.items:
            for i, item in enumerate(block.items, start=1):
                # an item's own lines (a unit's words quoted under its target) each start a line,
                # as in the .docx; only within a line is a control character shown as an escape
                first, *more = item.split("\n")
                flow(f"{i}.{first}" if zh else f"{i}. {first}")
                for line in more:
                    flow(line)
        elif block.kind == "table" or block.head:
            if block.head:
                table(block)
        elif block.kind == "note":
            flow(block.text, colour=GREY if paper.cards else black)
        elif block.text:
            flow(block.text)

    def rule(colour: tuple[int, int, int], width: float) -> None:
        """A rule across the text block (the 版头's red one, the 版记's black ones)."""
        y = pdf.get_y() + line / 4
        pdf.set_draw_color(*colour)
        pdf.set_line_width(width)
        pdf.line(paper.left, y, paper.left + text_width(), y)
        pen()
        pdf.set_y(y + line / 4)

    small = paper.body_pt - 1 if paper.cards else paper.body_pt
    if doc.banner:
        lines_of(runs(doc.banner, HEAD, small, RED), height=line, align="C")
    if doc.head:  # 版头: the 发文机关 in red, large, then the 文号 and the red rule (GB/T 9704)
        issuer, *numbers = doc.head
        size = paper.title_pt * 1.4
        lines_of(runs(issuer, HEAD, size, RED), height=size * mm * 1.5, align="C")
        for text in numbers:
            lines_of(runs(text, BODY, paper.body_pt), height=line, align="C")
        rule(RED, 0.8)
    lines_of(runs(doc.title, HEAD, paper.title_pt), height=paper.title_pt * mm * 1.45, align="C")
    pdf.ln(line / 2)
    for text in doc.lines:
        lines_of(runs(text, BODY, small), height=line, align="C")
    if doc.to:  # 主送 at the margin, then the 依据 sentence as the first paragraph
        flow(doc.to, indent=False)
        if doc.opening:
            flow(doc.opening)
    for section in doc.sections:
        keep(4)
        if paper.cards:  # on a phone a section's title stands out, as the page's h2
            pdf.ln(line / 3)
            top = pdf.get_y()
            lines_of(
                runs(section.title, HEAD, paper.heading_pt), height=paper.heading_pt * mm * 1.6, left=2.5
            )
            pdf.set_draw_color(26, 115, 232)
            pdf.set_line_width(1)
            pdf.line(paper.left + 0.5, top + 1, paper.left + 0.5, pdf.get_y() - 1)
            pen()
        else:
            flow(section.title, font=HEAD)
        for block in section.blocks:
            block_of(block)
    if doc.annexes:  # the 附件 list after the body, indented as a paragraph
        pdf.ln(line / 2)
        for text in doc.annexes:
            flow(text)
    if doc.signer or doc.date:  # 落款 and 成文日期 on lines of their own, to the right
        pdf.ln(line)
        for text in (doc.signer, doc.date):
            if text:
                lines_of(runs(text, BODY, paper.body_pt), height=line, align="R", left=4 * paper.body_pt * mm)
    for text in doc.footer:
        signature = PLACEHOLDERS[lang] in text and not paper.cards  # right-aligned, as in the .docx
        colour = GREY if paper.cards else black
        lines_of(runs(text, BODY, paper.body_pt, colour), height=line, align="R" if signature else "L")
    for annex in doc.annex:  # each 附件 on a page of its own: its label, its title, its table
        # a table wider than WIDE columns on landscape A4, as in the .docx: 100.0% never breaks
        wide = not paper.cards and any(len(b.head) > WIDE for b in annex.blocks)
        pdf.add_page(orientation="L" if wide else "P")
        flow(annex.label, indent=False, font=HEAD)
        lines_of(runs(annex.title, HEAD, paper.heading_pt), height=paper.heading_pt * mm * 1.6, align="C")
        for block in annex.blocks:
            block_of(block)
    if doc.record:  # 版记: 抄送 and 印发 between rules, the date to the right of its line
        keep(len(doc.record) + 1)
        rule(black, 0.3)
        for left_text, right_text in doc.record:
            y = pdf.get_y()
            lines_of(runs(left_text, BODY, small), height=line)
            if right_text:
                pdf.set_y(y)
                lines_of(runs(right_text, BODY, small), height=line, align="R")
        rule(black, 0.3)
    if doc.banner:
        lines_of(runs(doc.banner, HEAD, small, RED), height=line, align="C")
    return bytes(pdf.output())


def _add_fonts(pdf: Any, fonts: Fonts, *, sans: bool) -> tuple[str, str, str, frozenset[int]]:
    """Register the fonts; each falls back on the other for a glyph it lacks (仿宋 has GB2312's
    characters only, a unit's name may hold more). Returns the families of the text, the
    headings and the page numbers, and the characters the fonts have."""
    faces: dict[str, Face] = {"body": fonts.heading if sans else fonts.body, "heading": fonts.heading}
    added: dict[str, Path] = {}
    for family, face in faces.items():
        if face.path in added.values():
            continue
        pdf.add_font(family, "", str(face.path), collection_font_number=face_index(face.path))
        # The subset keeps the whole font's bounding box (still true of every glyph kept):
        # computing it again from a CJK font's outlines is a third of the time a PDF takes.
        pdf.fonts[family].ttfont.recalcBBoxes = False
        added[family] = face.path
    body = "body" if "body" in added else "heading"
    heading = "heading" if "heading" in added else body
    if heading != body:
        pdf.set_fallback_fonts([heading, body])
    covered: frozenset[int] = frozenset().union(*(pdf.fonts[family].cmap for family in added))
    return body, heading, body, covered


def _pieces(text: str, marks: tuple[str, ...]) -> list[tuple[str, bool]]:
    """``text`` cut at each placeholder mark: (piece, is it a mark)."""
    out: list[tuple[str, bool]] = []
    rest = text
    while rest:
        found = [(rest.find(m), m) for m in marks if m in rest]
        if not found:
            out.append((rest, False))
            break
        at, mark = min(found)
        if at:
            out.append((rest[:at], False))
        out.append((mark, True))
        rest = rest[at + len(mark) :]
    return out
