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

Big tables (the 明细 rows) are written by ``FastRows`` instead of one openpyxl cell each: the
same values, number formats and styles, put straight into the sheet's XML when the workbook
is saved (``splice``); their strings go through ``text`` all the same.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from itertools import zip_longest

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.compat import NUMERIC_TYPES, safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import WINDOWS_EPOCH, to_excel
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.safetext import FORMULA_START

# The look every sheet shares: thin grey borders, a pale blue bold header row.
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FFDDEBF7")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)

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


Style = tuple[Font | None, PatternFill | None, Border | None, Alignment | None]
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>")


class FastRows:
    """The rows of a big table, below what openpyxl holds of the sheet, kept as XML text.

    openpyxl spends tens of µs on each styled cell, setting its styles and writing it out (about
    6 s for the 140,000 cells of 10,000 targets); these rows cost about 1 µs a cell. What is written
    is what ``put`` and openpyxl would have written: strings through ``text`` (``inlineStr``,
    the quote prefix where needed), numbers and empty cells with their number formats, the
    same cell styles (registered with the workbook through openpyxl), row heights.
    ``splice`` puts them into the saved file: use ``save`` (or a workbook that calls it).
    """

    def __init__(self, ws: Worksheet, first_row: int) -> None:
        if first_row <= ws.max_row:
            raise ValueError(f"row {first_row} is not below the rows openpyxl holds ({ws.max_row})")
        self.ws = ws
        self.first_row = first_row
        self.next_row = first_row
        self.max_column = 0
        self._scratch = Cell(ws, row=1, column=1)
        self._styles: list[Style] = []
        self._ids: dict[tuple[int, str | None, bool], int] = {}
        self._texts: dict[str, tuple[bool, str]] = {}
        self._letters = [""]
        self._rows: list[str] = []
        self._epoch = ws.parent.epoch if ws.parent is not None else WINDOWS_EPOCH

    def style(
        self,
        *,
        font: Font | None = None,
        fill: PatternFill | None = None,
        border: Border | None = None,
        alignment: Alignment | None = None,
    ) -> int:
        """A cell style for ``add`` (the number format and quote prefix are added per cell)."""
        self._styles.append((font, fill, border, alignment))
        return len(self._styles) - 1

    def _style_id(self, style: int, number_format: str | None, quote: bool) -> int:
        """The workbook's id of the cell style, registered by openpyxl (on a cell it never saves)."""
        cell = Cell(self.ws, row=1, column=1)
        font, fill, border, alignment = self._styles[style]
        if number_format:
            cell.number_format = number_format
        if border is not None:
            cell.border = border
        if alignment is not None:
            cell.alignment = alignment
        if fill is not None:
            cell.fill = fill
        if font is not None:
            cell.font = font
        if quote:
            cell.quotePrefix = True
        return cell.style_id

    def _text(self, value: str) -> tuple[bool, str]:
        """Whether the string ``text`` stores for ``value`` gets the quote prefix, and the
        cell's XML after its style."""
        cell = self._scratch
        cell.quotePrefix = False
        text(cell, value)
        stored = cell.value
        assert isinstance(stored, str)
        if not stored:
            return bool(cell.quotePrefix), ' t="inlineStr" />'
        stripped = stored.strip()
        space = ' xml:space="preserve"' if stripped and stripped != stored else ""
        body = stored.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return bool(cell.quotePrefix), f' t="inlineStr"><is><t{space}>{body}</t></is></c>'

    def add(
        self, cells: Sequence[tuple[object, str | None]], styles: Sequence[int], height: float | None = None
    ) -> int:
        """Append a row of (value, number format) in the given styles (from ``style``); returns
        its row number. ``height`` in points, None for the default."""
        row = self.next_row
        self.next_row += 1
        if len(cells) != len(styles):
            raise ValueError(f"{len(cells)} values and {len(styles)} styles")
        while len(self._letters) <= len(cells):
            self._letters.append(get_column_letter(len(self._letters)))
        letters, ids, texts = self._letters, self._ids, self._texts
        out = [
            f'<row r="{row}" ht="{safe_string(height)}" customHeight="1">' if height else f'<row r="{row}">'
        ]
        for column, (value, number_format) in enumerate(cells, start=1):
            style = styles[column - 1]
            if isinstance(value, bool):  # as ``put``: a bool is written as words
                value = str(value).lower()
            if isinstance(value, str):
                found = texts.get(value)
                if found is None:
                    found = texts[value] = self._text(value)
                key: tuple[int, str | None, bool] = (style, None, found[0])
                content = found[1]
            elif value is None:
                key = (style, number_format, False)
                content = ' t="n" />'
            else:
                if not isinstance(value, NUMERIC_TYPES):
                    if not isinstance(value, dt.date | dt.time | dt.timedelta):
                        raise TypeError(f"cannot write {value!r} to a cell")
                    # openpyxl's format for the type, unless one is given (as ``put`` does)
                    number_format = number_format or Cell(self.ws, row=1, column=1, value=value).number_format
                    value = to_excel(value, self._epoch)  # type: ignore[no-untyped-call]
                key = (style, number_format, False)
                shown = safe_string(value)  # "" for NaN and infinity, as openpyxl writes them
                content = f' t="n"><v>{shown}</v></c>' if shown else ' t="n"><v /></c>'
            s = ids.get(key)
            if s is None:
                s = ids[key] = self._style_id(*key)
            if s:
                out.append(f'<c r="{letters[column]}{row}" s="{s}"{content}')
            elif value is not None:  # style 0 is no style: openpyxl writes no s, and no empty cell
                out.append(f'<c r="{letters[column]}{row}"{content}')
        self.max_column = max(self.max_column, len(cells))
        out.append("</row>")
        self._rows.append("".join(out))
        return row

    def dimension(self) -> str:
        """The used range of the whole sheet: openpyxl's cells and these rows (from column A)."""
        ws = self.ws
        if not self._rows:
            return ws.calculate_dimension()
        right = get_column_letter(max(ws.max_column, self.max_column))
        return f"A{ws.min_row}:{right}{self.next_row - 1}"

    def xml(self, batch: int = 1000) -> Iterator[bytes]:
        """The rows' XML, ``batch`` rows at a time."""
        for start in range(0, len(self._rows), batch):
            yield "".join(self._rows[start : start + batch]).encode("utf-8")


def splice(xlsx: bytes, parts: Iterable[FastRows]) -> bytes:
    """The saved workbook with each part's rows added to its sheet (after openpyxl's rows)."""
    by_path = {part.ws.path.lstrip("/"): part for part in parts}
    if not by_path:
        return xlsx
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            part = by_path.pop(info.filename, None)
            if part is None:
                target.writestr(info, data)
                continue
            head, tail = _around_rows(data, part)
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type, entry.external_attr = info.compress_type, info.external_attr
            with target.open(entry, "w") as out_file:
                out_file.write(head)
                for chunk in part.xml():
                    out_file.write(chunk)
                out_file.write(tail)
    if by_path:
        raise ValueError(f"no sheet {', '.join(by_path)} in the workbook")
    return out.getvalue()


def _around_rows(sheet: bytes, part: FastRows) -> tuple[bytes, bytes]:
    """A sheet's XML as openpyxl wrote it, cut where ``part``'s rows go (after openpyxl's
    rows), with the sheet's used range made whole."""
    dimension = _DIMENSION.search(sheet)
    if dimension is not None:
        ref = f'<dimension ref="{part.dimension()}" />'.encode()
        sheet = sheet[: dimension.start()] + ref + sheet[dimension.end() :]
    end = sheet.find(b"</sheetData>")
    if end >= 0:
        return sheet[:end], sheet[end:]
    empty = _EMPTY_SHEET_DATA.search(sheet)
    if empty is None:
        raise ValueError(f"{part.ws.title}: no sheetData in the sheet's XML")
    return sheet[: empty.start()] + b"<sheetData>", b"</sheetData>" + sheet[empty.end() :]


def save(wb: Workbook, parts: Iterable[FastRows]) -> bytes:
    """The workbook as the bytes of an .xlsx file, with the rows of ``parts`` in their sheets."""
    parts = list(parts)
    for part in parts:
        if any(row >= part.first_row for row in part.ws.row_dimensions):
            raise ValueError(f"{part.ws.title}: openpyxl holds row settings below row {part.first_row}")
    buffer = io.BytesIO()
    Workbook.save(wb, buffer)  # not a subclass's save, which may call this
    return splice(buffer.getvalue(), parts)


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
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = CENTER
