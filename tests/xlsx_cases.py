"""The bad workbooks of tests/examples/xlsx/: one function per case folder, same name.

Each function writes its workbook to the path it is given, built from a fresh template of
tests/data/mini (made with ``plan415x template``) or from raw bytes when the case is about the
file itself. tests/test_examples_xlsx.py imports each one into a copy of tests/data/mini and
compares the output with the folder's expected.txt.

Template rows of the mini plan for 2023Q3 (see tests/test_excel_template_import.py):
甲局 land (4), energy-cap (5), digital-growth (6), demo-zone (7); 乙局 robots (4), factories (5);
丙局 projects (4), rd-share (5), big-projects manufacturing (6) and foreign (7);
未指定牵头单位 output (4), productivity (5), loans (6), ev-output (7).
Columns: A id, B component, H unit, I value, J reference, K state, L as-of, M source, N note.

Regenerate the expected outputs (then read the diff!):
``PLAN415X_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_examples_xlsx.py -q``
"""

from __future__ import annotations

import functools
import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI

Cells = dict[tuple[str, str], Any]
CASES: dict[str, Callable[[Path], None]] = {}


def case(make: Callable[[Path], None]) -> Callable[[Path], None]:
    CASES[make.__name__.replace("_", "-")] = make
    return make


@functools.cache
def template_bytes(period: str = "2023Q3") -> bytes:
    """A fresh template of the mini plan, made by ``plan415x template`` (once per period)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "template.xlsx"
        result = CliRunner().invoke(app, ["template", period, "-o", str(out), "--data", str(MINI)])
        assert result.exit_code == 0, result.output
        return out.read_bytes()


def workbook(period: str = "2023Q3") -> Any:
    return openpyxl.load_workbook(io.BytesIO(template_bytes(period)))


def filled(cells: Cells, period: str = "2023Q3") -> bytes:
    """A template with ``cells`` filled in, as a user would type them."""
    wb = workbook(period)
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def fill(out: Path, cells: Cells, period: str = "2023Q3") -> None:
    out.write_bytes(filled(cells, period))


def rewrite_parts(out: Path, change: Callable[[str, bytes], bytes], source: bytes | None = None) -> None:
    """The template's zip with each part passed through ``change(name, data)``."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source or template_bytes())) as old,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for info in old.infolist():
            new.writestr(info, change(info.filename, old.read(info)))
    out.write_bytes(buffer.getvalue())


# --- the file itself ---------------------------------------------------------------------------


@case
def renamed_csv(out: Path) -> None:
    """A CSV file saved with an .xlsx name."""
    out.write_text("target,value\nland,900\nrobots,200\n", encoding="utf-8")


@case
def old_xls(out: Path) -> None:
    """An Excel 97-2003 workbook (an OLE compound file) renamed to .xlsx."""
    out.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)


@case
def zip_without_content_types(out: Path) -> None:
    """A zip archive that is not an Office document."""
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")


@case
def truncated_zip(out: Path) -> None:
    """A template cut off half-way (an interrupted download or copy)."""
    data = template_bytes()
    out.write_bytes(data[: len(data) // 2])


@case
def damaged_part(out: Path) -> None:
    """The zip's directory is intact, one sheet's compressed bytes are not."""
    data = template_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    broken = bytearray(data)
    for i in range(start, start + 40):
        broken[i] ^= 0xFF
    out.write_bytes(bytes(broken))


@case
def zip_bomb(out: Path) -> None:
    """A zip of under 1 MB that would unpack to more than 200 MB."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(200):
                part.write(chunk)


@case
def zip_bomb_ratio(out: Path) -> None:
    """One 8 MB part packed about 1000 to 1 (the ratio depends on zlib: normalised in the test)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 << 20))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="4"><c r="I4" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>
"""


@case
def xml_entity_bomb(out: Path) -> None:
    """ "Billion laughs" in the first unit's sheet of a real template."""
    bomb = BILLION_LAUGHS.encode("utf-8")
    rewrite_parts(out, lambda name, data: bomb if name == "xl/worksheets/sheet2.xml" else data)


@case
def xml_entity_bomb_utf16(out: Path) -> None:
    """ "Billion laughs" encoded as UTF-16 (a scan for ASCII ``<!DOCTYPE`` alone would miss it)."""
    bomb = BILLION_LAUGHS.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    rewrite_parts(out, lambda name, data: bomb if name == "xl/worksheets/sheet2.xml" else data)


@case
def broken_relationships(out: Path) -> None:
    """A relationship without its type (found by scripts/fuzz_import.py: openpyxl's warning about
    it was printed to stderr with openpyxl's file and line before the refusal)."""
    source = filled({("乙局", "I4"): 200})

    def change(name: str, data: bytes) -> bytes:
        if name != "xl/_rels/workbook.xml.rels":
            return data
        return re.sub(rb'Type="[^"]*/styles"', b"", data)

    rewrite_parts(out, change, source)


# --- the workbook ------------------------------------------------------------------------------


@case
def not_a_template(out: Path) -> None:
    """A workbook someone made by hand, laid out like the template but without its hidden sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "甲局"
    ws.append(["指标ID", "本期数值"])
    ws.append(["land", 900])
    wb.save(out)


@case
def other_plan(out: Path) -> None:
    """A template made from another data folder (another county's plan)."""
    wb = workbook()
    wb["_plan415x"]["B3"] = "other-county"
    wb.save(out)


@case
def template_version(out: Path) -> None:
    """A template of a layout this plan415x does not read."""
    wb = workbook()
    wb["_plan415x"]["B2"] = 2
    wb.save(out)


@case
def metadata_edited(out: Path) -> None:
    """The hidden sheet edited by hand (issue 26): 乙局's sheet given to 甲局 (ua), which would
    import 乙局's robots figure as reported by 甲局. Refused at the digest and at the title."""
    wb = workbook()
    wb["乙局"]["I4"] = 200
    meta = wb["_plan415x"]
    assert [meta["A8"].value, meta["B8"].value, meta["C8"].value] == ["sheet", "乙局", "ub"]
    meta["C8"] = "ua"
    wb.save(out)


@case
def columns_moved(out: Path) -> None:
    """A column inserted in a unit's sheet: every figure would be read from the wrong column."""
    wb = workbook()
    wb["甲局"].insert_cols(3)
    wb["甲局"]["J4"] = 900
    wb.save(out)


# --- cells -------------------------------------------------------------------------------------


@case
def formula_in_input(out: Path) -> None:
    """Formulas where figures belong (read-only, never evaluated): in a value and in a state."""
    fill(out, {("乙局", "I4"): "=100+100", ("甲局", "K7"): '=IF(1,"done","")', ("甲局", "I5"): 80})


@case
def text_in_value(out: Path) -> None:
    """Numbers typed as text: each refused with the reason, none converted."""
    wb = workbook()
    wb["甲局"]["I4"] = "1,300"
    wb["甲局"]["I5"] = "80"
    wb["甲局"]["I5"].data_type = "s"  # a number stored as text (Excel's green triangle)
    wb["甲局"]["I6"] = "12.5%"
    wb["乙局"]["I4"] = "２００"
    wb["乙局"]["I5"] = "约60"  # answered with 60?, not taken as 60
    wb["未指定牵头单位"]["I4"] = "3.5亿"
    wb["未指定牵头单位"]["I7"] = "about 7"
    wb.save(out)


@case
def wrong_types(out: Path) -> None:
    """A date, TRUE and 1E999 (infinite; written by another tool) as values; a text as-of date."""
    import datetime as dt

    source = filled(
        {
            ("乙局", "I4"): dt.datetime(2023, 9, 30),
            ("乙局", "I5"): True,
            ("丙局", "I4"): 123456789,
            ("未指定牵头单位", "I4"): 350,
            ("未指定牵头单位", "L4"): "end of September",
        },
    )
    rewrite_parts(out, lambda name, data: data.replace(b"<v>123456789</v>", b"<v>1E999</v>"), source)


@case
def negative_count(out: Path) -> None:
    """Negative counts: a robot count and a component of a composite."""
    fill(out, {("乙局", "I4"): -5, ("丙局", "I6"): -1, ("丙局", "I7"): 1})


@case
def percentage_over_100(out: Path) -> None:
    """An R&D share of 375% (the decimal point lost)."""
    fill(out, {("丙局", "I5"): 375})


@case
def percent_format(out: Path) -> None:
    """3.9% typed into a cell formatted as a percentage is stored as 0.039."""
    wb = workbook()
    wb["丙局"]["I5"] = 0.039
    wb["丙局"]["I5"].number_format = "0.0%"
    wb.save(out)


@case
def unknown_target_id(out: Path) -> None:
    """A target id retyped with a slip, and one that is not in the plan at all."""
    fill(
        out,
        {
            ("未指定牵头单位", "A4"): "outptu",
            ("未指定牵头单位", "I4"): 350,
            ("乙局", "A10"): "solar-panels",
            ("乙局", "I10"): 12,
        },
    )


@case
def blank_required_cell(out: Path) -> None:
    """Rows half filled: a source without a value, a note without a state, one component blank."""
    fill(
        out,
        {
            ("甲局", "M6"): "甲局 报表",
            ("甲局", "N7"): "已报省里",
            ("丙局", "I6"): 2,
            ("乙局", "I12"): 5,
        },
    )


@case
def milestone_unknown_state(out: Path) -> None:
    """A milestone's state that is none of done, pending, not_done (or 已完成, 推进中, 未完成)."""
    fill(out, {("甲局", "K7"): "基本完成"})


@case
def unit_mismatch(out: Path) -> None:
    """A unit that cannot be converted to the target's, and a unit on a directional target."""
    fill(out, {("甲局", "H4"): "台", ("甲局", "I4"): 900, ("未指定牵头单位", "H6"): "万元"})


@case
def not_due_and_duplicate(out: Path) -> None:
    """A target reported twice, and a 2023-only target added to a 2024 template."""
    wb = workbook("2024Q1")
    ws = wb["甲局"]
    ws["A5"] = "land"
    ws["I4"] = 300
    ws["I5"] = 320
    ws["A20"] = "robots"
    ws["I20"] = 30
    wb.save(out)


@case
def text_too_long(out: Path) -> None:
    """A note pasted from a report: over the 2,000-character limit."""
    fill(out, {("乙局", "I4"): 200, ("乙局", "N4"): "说明" * 1001})


# --- against the data --------------------------------------------------------------------------


@case
def ytd_decrease(out: Path) -> None:
    """1-9月 robots lower than the 1-6月 figure already in actuals/2023Q2.yaml."""
    fill(out, {("乙局", "I4"): 50})


@case
def conflict_with_full_period(out: Path) -> None:
    """A 2023Q2 template filled again with other figures: 2023Q2 already holds them."""
    fill(
        out,
        {("甲局", "I4"): 1000, ("乙局", "I4"): 120, ("乙局", "I5"): 4, ("丙局", "I4"): 5},
        period="2023Q2",
    )


# --- sheets ------------------------------------------------------------------------------------
# Before, a template sheet renamed, deleted or copied was passed over in silence: exit 0 and
# "N added", its figures dropped without a word.


@case
def sheet_renamed(out: Path) -> None:
    """乙局 renamed 乙局(已填) by the unit that filled it: the template's sheet is missing and the
    renamed one holds target rows."""
    wb = workbook()
    wb["甲局"]["I4"] = 1200
    wb["乙局"]["I4"] = 200
    wb["乙局"].title = "乙局(已填)"
    wb.save(out)


@case
def sheet_deleted(out: Path) -> None:
    """丙局's sheet deleted (its unit had nothing to report, or deleted it by mistake)."""
    wb = workbook()
    wb["乙局"]["I4"] = 200
    del wb["丙局"]
    wb.save(out)


@case
def sheet_copied(out: Path) -> None:
    """乙局 copied (Excel's "Move or Copy", as 乙局 (2)) and a figure typed on the copy."""
    wb = workbook()
    wb["乙局"]["I4"] = 200
    copy = wb.copy_worksheet(wb["乙局"])
    copy.title = "乙局 (2)"
    copy["I5"] = 7
    wb.save(out)


@case
def sheet_added(out: Path) -> None:
    """A sheet added by hand with target rows of its own (a figure the unit wanted to add)."""
    wb = workbook()
    wb["乙局"]["I4"] = 200
    extra = wb.create_sheet("补充")
    extra.append(["补充数据"])
    extra.append([])
    extra.append(["指标ID", "本期数值"])
    extra.append(["factories", 7])
    wb.save(out)


@case
def merged_input_cells(out: Path) -> None:
    """I4:I5 merged on 乙局 (one figure meant for both rows): I5 reads as blank, so factories
    was "not reported"."""
    wb = workbook()
    ws = wb["乙局"]
    ws["I4"] = 200
    ws.merge_cells("I4:I5")
    wb["甲局"]["M5"] = "甲局 1-9月 报表"
    wb["甲局"]["I5"] = 80
    wb["甲局"].merge_cells("M5:N5")  # 来源 and 备注 merged for a long source: refused all the same
    wb.save(out)


@case
def value_in_last_row(out: Path) -> None:
    """A value at row 1,048,576, Excel's last row (a stray keystroke after Ctrl+Down): refused at
    that cell without reading the million rows above it (before, 13 s)."""
    wb = workbook()
    wb["乙局"]["I4"] = 200
    wb["乙局"]["I1048576"] = 5
    wb.save(out)


@case
def strict_ooxml(out: Path) -> None:
    """A template saved as "Strict Open XML Spreadsheet" (namespaces http://purl.oclc.org/ooxml/):
    before, refused as "not a plan415x template"."""
    source = filled({("乙局", "I4"): 200})
    pairs = [
        (
            b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        ),
        (
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        ),
    ]

    def change(name: str, data: bytes) -> bytes:
        for old, new in pairs:
            data = data.replace(old, new)
        return data

    rewrite_parts(out, change, source)


@case
def figure_too_large(out: Path) -> None:
    """Found by scripts/fuzz_import.py: a figure over 1e15 (1E300, written by another tool) reached
    the record model, which refused it with a traceback."""
    source = filled({("乙局", "I4"): 123456789})
    rewrite_parts(out, lambda name, data: data.replace(b"<v>123456789</v>", b"<v>1E300</v>"), source)


@case
def line_separator_in_source(out: Path) -> None:
    """A source holding U+2028 (a line separator, pasted from a web page): the record model
    refuses it; a problem at its cell, never a traceback."""
    fill(out, {("甲局", "I4"): 900, ("甲局", "M4"): "甲局\u2028报表"})
