"""A .docx plan read as the text ``draft`` reads: its paragraphs and tables in document order.

Each paragraph is a line. A main-indicator table (a header row with 指标 and 属性, 年均/累计,
目标, 基期 or a year) is written a row a line, its cells between tabs, as ``draft.table``
reads a text's table. Any other table (an annex's 重点任务 | 序号 | 具体内容 | 主要目标 | 责任单位)
is written a cell a line, as a copy from a web page gives it and ``segment`` reads it; a cell
merged down a column is written once, in its first row. python-docx is imported inside the
function: ``draft`` of a .txt never loads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plan415x.draft.table import header

DOCX = ".docx"
OTHER_FORMATS = frozenset({".doc", ".wps", ".pdf", ".rtf", ".odt", ".wpt", ".dot", ".dotx", ".ofd"})
"""Formats ``draft`` does not read, known by their ending: refused with what to do."""


def _cell_text(cell: Any) -> str:
    # A cell's paragraphs run together: a web copy of the same table does the same.
    return "".join(p.text.strip() for p in cell.paragraphs)


def _table_lines(table: Any) -> list[str]:
    rows: list[list[tuple[Any, str]]] = []
    for row in table.rows:
        seen: list[tuple[Any, str]] = []
        for cell in row.cells:
            if seen and seen[-1][0] is cell._tc:
                continue  # merged across: python-docx gives the cell once per column
            seen.append((cell._tc, _cell_text(cell)))
        rows.append(seen)
    if rows and header([text for _, text in rows[0]]) is not None:
        return ["\t".join(text or "—" for _, text in row) for row in rows]
    lines: list[str] = []
    above: list[Any] = []
    for row in rows:
        for k, (tc, text) in enumerate(row):
            if k < len(above) and above[k] is tc:
                continue  # merged down: written in its first row only
            if text:
                lines.append(text)
        above = [tc for tc, _ in row]
    return lines


def text_of(path: Path) -> str:
    """The plan's text from a .docx (raises ValueError when it is no Word document)."""
    import docx  # python-docx: only for a .docx plan
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as error:  # its own message repeats the path: say what it is
        raise ValueError("no Word package in it") from error
    except Exception as error:  # a zip that is no Word document, or a broken one: one answer
        raise ValueError(str(error) or type(error).__name__) from error
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            lines.extend(_table_lines(Table(child, document)))
    return "\n".join(lines)
