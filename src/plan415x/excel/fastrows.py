"""Big tables written fast: ``FastRows`` holds the rows of a table (the 明细 rows) as XML text
instead of one openpyxl cell each: the same values, number formats and styles, put straight
into the sheet's XML when the workbook is saved (``splice``, ``save``); their strings go
through ``cells.text`` all the same. The cells one at a time are in ``cells``."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.compat import NUMERIC_TYPES, safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import WINDOWS_EPOCH, to_excel
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import tostring

from plan415x.excel.cells import clean, text
from plan415x.safetext import FORMULA_START

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
        self._fonts: dict[int, tuple[object, str]] = {}
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

    def _rich(self, value: CellRichText) -> str:
        """Rich text as an inline string: its runs, each font's XML made once."""
        out = ["<is>"]
        for block in value:
            if isinstance(block, str):
                words, properties = block, ""
            else:
                words = block.text
                known = self._fonts.get(id(block.font))
                if known is None:  # kept with its font, so that its id is never another's
                    known = self._fonts[id(block.font)] = (
                        block.font,
                        _xml(block.font.to_tree(tagname="rPr")),
                    )
                properties = known[1]
            body = clean(words).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append(f'<r>{properties}<t xml:space="preserve">{body}</t></r>')
        out.append("</is>")
        return "".join(out)

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
            elif isinstance(value, CellRichText):  # runs (a figure in red): text all the same
                key = (style, None, str(value).startswith(FORMULA_START))
                content = f' t="inlineStr">{self._rich(value)}</c>'
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


def _xml(element: object) -> str:
    """An element as text (lxml's or ElementTree's ``tostring``: bytes, non-ASCII characters
    as references)."""
    data: object = tostring(element)  # type: ignore[call-overload]
    return data.decode() if isinstance(data, bytes) else str(data)


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
