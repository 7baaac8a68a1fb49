"""Writing cells: every user-supplied string goes through ``text``.

openpyxl stores any string that starts with ``=`` as a formula. A name, note or source taken
from the data must never become a live formula (``=HYPERLINK(...)``) in a sheet sent to other
people, nor turn into one when someone edits the cell in Excel. The scheme, chosen once:

- every string is written as a string cell (``data_type = "s"``), with its value unchanged:
  nothing is added to or removed from what the data says;
- a string that Excel or LibreOffice would read as a formula when typed (it starts with ``=``,
  ``+``, ``-``, ``@``, their full-width forms ``＝＋－＠`` as the CSV has them, a tab or a
  carriage return) also gets the cell style's *quote prefix*
  (``quotePrefix``), Excel's own marker for "text typed with a leading apostrophe": the cell
  shows the text, and editing it keeps it text;
- characters that XML cannot hold (control characters other than tab, CR and LF) are dropped,
  since openpyxl would refuse to save them.

Reading such a cell back gives the same string and ``data_type == "s"`` (tested).

Also here: the widths and heights that fit the text, and a sheet's print setup, title and
header row. Big tables (the 明细 rows) are written by ``fastrows.FastRows`` instead of one
openpyxl cell each, their strings through ``text`` all the same.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import zip_longest

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.safetext import FORMULA_START

# The look every sheet shares: thin grey borders, a pale blue bold header row.
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FFDDEBF7")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
FONT_NAME = "Calibri"
"""The font of every unstyled cell (openpyxl's default style). A styled cell names it too: a font
with no name is set in a serif by LibreOffice (DejaVu Serif), beside the sans of its neighbours."""


def font(*, bold: bool = False, size: float = 11, color: str | None = None) -> Font:
    """A font for a styled cell: the workbook's own, bold, sized or coloured."""
    return Font(name=FONT_NAME, size=size, bold=bold, color=color)


# A note under a table, or a line said by the way: small and grey, never italic (Chinese has no
# italic; a synthetic slant is what 公文 and Chinese typesetting avoid).
NOTE_FONT = font(size=9, color="FF595959")
ASIDE_FONT = font(color="FF595959")

INT = "#,##0"
DEC = "#,##0.0#"
PCT = "0.0%"
POINTS = "0.0"
DATE = "yyyy-mm-dd"

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
_SHEET_BREAK = re.compile(r"[\t\r\n\x85\u2028\u2029]+")


def clean(value: str) -> str:
    """The string without the characters XML cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def text(cell: Cell, value: str) -> Cell:
    """Store ``value`` as text, never as a formula (see the module's docstring)."""
    value = clean(value)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: str | float | dt.date | None,
    number_format: str | None = None,
) -> Cell:
    """Write one cell: strings through ``text``, numbers and dates as themselves."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell)  # never a merged cell: nothing here is merged
    if isinstance(value, str):
        text(cell, value)
    elif isinstance(value, bool):  # a bool is an int: write it as words
        text(cell, str(value).lower())
    else:
        cell.value = value
        if number_format:
            cell.number_format = number_format
    return cell


def number_format_for(value: float | None) -> str:
    """Thousands for whole numbers, up to two decimals otherwise."""
    if value is None or float(value).is_integer():
        return INT
    return DEC


def quoted(literal: str) -> str:
    """A literal for a number format: ``"≥"`` (quotes inside are dropped)."""
    return '"' + literal.replace('"', "") + '"' if literal else ""


def tidy_number(value: float) -> float | int:
    """1800.0 -> 1800, so whole numbers stay whole in cells and in YAML."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


class _CharWidths(dict[str, int]):
    """Width of each character met so far: 2 for wide (CJK) ones, else 1."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        return width


class _CharRoom(dict[str, float]):
    """Room a character takes on a wrapped line, in digits (see ``lines_needed``)."""

    def __missing__(self, ch: str) -> float:
        room = self[ch] = 1.8 if unicodedata.east_asian_width(ch) in ("W", "F") else 1.0
        return room


_WIDTH = _CharWidths()
_ROOM = _CharRoom()


def display_width(value: object) -> int:
    """Width of a value in character cells: CJK and other wide characters count 2."""
    if value is None:
        return 0
    if isinstance(value, float):
        value = f"{value:,.2f}"
    elif isinstance(value, int):
        value = f"{value:,}"
    text = str(value)
    if text.isascii():
        return max(map(len, text.splitlines()), default=0)
    return max((sum(map(_WIDTH.__getitem__, line)) for line in text.splitlines()), default=0)


def fit_columns(
    ws: Worksheet,
    rows: Iterable[Iterable[object]],
    *,
    minimum: int = 4,
    maximum: dict[int, int] | None = None,
    default_max: int = 30,
) -> dict[int, int]:
    """Set each column's width to its widest value (CJK counted twice), within limits.

    ``rows`` are the values written (so no cell is read back); ``maximum`` caps some columns
    (1-based index): longer text wraps there. Returns the widths set.
    """
    caps = maximum or {}
    widths: dict[int, int] = {}
    for index, column in enumerate(zip_longest(*rows), start=1):
        cap = caps.get(index, default_max)
        widest = minimum
        for value in column:
            widest = max(widest, display_width(value))
            if widest + 2 >= cap:  # capped: nothing further down can change it
                break
        widths[index] = min(widest + 2, cap)
        ws.column_dimensions[get_column_letter(index)].width = widths[index]
    return widths


def lines_needed(value: object, width: float) -> int:
    """Lines a wrapped value takes in a column ``width`` characters wide (a little generous:
    a cut line is worse than a spare one)."""
    if value is None or value == "":
        return 1
    # A column of width N holds about N digits; in the CJK fonts office suites pick, a wide
    # character takes about 1.8 digits (measured on LibreOffice's PDF output).
    room = max(width - 1.5, 1.0)
    total = 0
    for line in str(value).splitlines() or [""]:
        if len(line) * 2 <= room:  # fits, however wide its characters (each at most 1.8)
            total += 1
            continue
        used = len(line) if line.isascii() else sum(map(_ROOM.__getitem__, line))
        total += max(1, math.ceil(used / room))
    return total


def fit_heads(ws: Worksheet, *, line_height: float = 15.0) -> None:
    """Widen each column whose header (a cell in ``HEAD_FILL``) would be cut: it gets the lines
    its row's height holds (one at the default height, two at 30), a word of Latin letters
    never broken; a column already wide enough is left as it is."""
    for row in ws.iter_rows():
        for cell in row:
            value = cell.value
            if (
                not isinstance(cell, Cell)
                or not isinstance(value, str)
                or not value
                or cell.fill != HEAD_FILL
            ):
                continue
            height = ws.row_dimensions[cell.row].height
            lines = max(1, int((height or line_height) // line_height))
            letter = cell.column_letter
            known = letter in ws.column_dimensions and ws.column_dimensions[letter].customWidth
            width = float(ws.column_dimensions[letter].width) if known else DEFAULT_WIDTH
            word = max((display_width(w) for w in value.split() if w.isascii()), default=0)
            fitted = width
            while lines_needed(value, fitted) > lines or fitted < word + 2:
                fitted += 1
            if fitted > width:
                ws.column_dimensions[letter].width = fitted


DEFAULT_WIDTH = 8.43
"""The width of a column no one sized, in digits (Excel's and LibreOffice's default)."""


def row_heights(
    rows: Iterable[Sequence[object]],
    widths: dict[int, int],
    wrapped: Iterable[int],
    *,
    line_height: float = 15.5,
) -> list[float | None]:
    """The height each row needs for its wrapped text to show whole (None: one line)."""
    # known: the lines of each string met in the column (the same text often recurs)
    columns: list[tuple[int, int, dict[str, int]]] = [(c - 1, widths.get(c, 10), {}) for c in wrapped]
    heights: list[float | None] = []
    for values in rows:
        lines = 1
        for index, width, known in columns:
            if index < len(values):
                value = values[index]
                if type(value) is not str:
                    lines = max(lines, lines_needed(value, width))
                    continue
                found = known.get(value)
                if found is None:
                    found = known[value] = lines_needed(value, width)
                lines = max(lines, found)
        heights.append(line_height * lines + 2 if lines > 1 else None)
    return heights


def fit_rows(
    ws: Worksheet,
    rows: Iterable[Sequence[object]],
    first_row: int,
    widths: dict[int, int],
    wrapped: Iterable[int],
    *,
    line_height: float = 15.5,
) -> None:
    """Set row heights so wrapped text shows whole: openpyxl writes no heights, and LibreOffice
    (for one) prints an unsized row one line high, with the rest of the text spilling over."""
    heights = row_heights(rows, widths, wrapped, line_height=line_height)
    for row, height in enumerate(heights, start=first_row):
        if height is not None:
            ws.row_dimensions[row].height = height


def print_setup(
    ws: Worksheet,
    *,
    landscape: bool = True,
    title_row: int | None = None,
    header: dict[str, str] | None = None,
    footer: dict[str, str] | None = None,
    footer_colour: dict[str, str] | None = None,
) -> None:
    """A4, one page wide (as many pages down as needed), margins that leave room for the
    header and footer; ``title_row`` repeats on every page; header/footer text by position
    (``left``, ``center``, ``right``), escaped here."""
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    properties = ws.sheet_properties.pageSetUpPr
    if properties is None:
        from openpyxl.worksheet.properties import PageSetupProperties

        properties = ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    properties.fitToPage = True
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.75
    margins.header = margins.footer = 0.3
    if title_row is not None:
        ws.print_title_rows = f"{title_row}:{title_row}"
    for item, texts, colours in ((ws.oddHeader, header, None), (ws.oddFooter, footer, footer_colour)):
        if item is None or not texts:
            continue
        for position, value in texts.items():
            part = getattr(item, position)
            part.text = value if "&P" in value else header_footer_text(value)
            part.size = 9
            if colours and position in colours:
                part.color = colours[position]


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unused sheet name (at most 31 characters, none of []:*?/\\) for ``name``.

    Tabs and line breaks become one space: a name keeps them as written (``&#13;&#10;``) but a
    cell's text reads CR LF back as LF, so a title holding one would differ from the same text
    recorded in a cell (the template's hidden sheet)."""
    base = _SHEET_BAD.sub("_", _SHEET_BREAK.sub(" ", clean(name))).strip("' ") or "sheet"
    base = base[:31]
    title, n = base, 2
    while title.lower() in {u.lower() for u in used}:
        suffix = f"({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(title)
    return title


def header_footer_text(value: str) -> str:
    """Text for a page header or footer: ``&`` starts a code there, so it is doubled."""
    return clean(value).replace("&", "&&")


def head_row(ws: Worksheet, row: int, head: Sequence[str]) -> None:
    """A table's header row: bold, filled, boxed and centred."""
    for column, label in enumerate(head, start=1):
        cell = put(ws, row, column, label)
        cell.font = font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = CENTER
