"""Issue 22, item 7: the gap workbook as a person reads it. 责任单位 has 报送率 and 位次变化, 明细's
来源 names units (not ids), 说明 is Chinese in the Chinese workbook, no text is italic (Chinese
has none: office suites slant it synthetically), and no header is cut.

Read back with openpyxl from ``plan415x export`` on the mini plan (tests/data/mini)."""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import yaml
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.excel.cells import HEAD_FILL, display_width

DEFAULT_WIDTH = 8.43  # a column no one sized, in digits


def export(data: Path, out: Path, *extra: str) -> openpyxl.Workbook:
    result = CliRunner().invoke(app, ["export", "2023Q2", "-o", str(out), "--data", str(data), *extra])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def own_source(mini: Path) -> None:
    """robots' 2023Q2 figure with a source of its own, reported by unit ub (乙局, Bureau B)."""
    path = mini / "actuals" / "2023Q2.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for record in doc["records"]:
        if record["target"] == "robots":
            record["source"] = {"document": "机器人台账", "reported_by": "ub", "date": "2023-07-12"}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")


def column(ws: object, title: str, head_row: int = 4) -> int:
    heads = [c.value for c in ws[head_row]]  # type: ignore[index]
    return heads.index(title) + 1


def test_units_sheet_shows_reporting_rate_and_move(mini: Path, tmp_path: Path) -> None:
    ws = export(mini, tmp_path / "gap.xlsx")["责任单位"]
    heads = [c.value for c in ws[4]]
    assert heads[-2:] == ["报送率", "位次变化"]
    rows = {ws.cell(row=r, column=2).value: r for r in range(5, 8)}
    rate, move = column(ws, "报送率"), column(ws, "位次变化")
    # as `plan415x rank 2023Q2` says them against 2023Q1 (test_excel_export compares the JSON);
    # 乙局 owes the factories figure: 1 of 2 due
    assert {u: ws.cell(row=r, column=move).value for u, r in rows.items()} == {
        "丙局": "—",
        "甲局": "新",
        "乙局": "↓1",
    }
    assert {u: ws.cell(row=r, column=rate).value for u, r in rows.items()} == {
        "丙局": 1,
        "甲局": 1,
        "乙局": 0.5,
    }
    assert ws.cell(row=rows["甲局"], column=rate).number_format == "0.0%"


def test_detail_source_names_the_unit(mini: Path, tmp_path: Path) -> None:
    own_source(mini)
    zh = export(mini, tmp_path / "zh.xlsx")
    ws = zh["明细"]
    source = column(ws, "来源/口径")
    robots = next(r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=3).value == "新增机器人")
    assert ws.cell(row=robots, column=source).value == "机器人台账, 乙局, 2023-07-12"
    notes = [c.value for row in zh["说明"].iter_rows() for c in row if c.value is not None]
    assert "机器人台账, 乙局, 2023-07-12" in notes  # 其他来源
    assert "测试数据, 甲局, 2023-07-15" in notes  # the file's default source
    en = export(mini, tmp_path / "en.xlsx", "--lang", "en")
    ws = en["Detail"]
    assert ws.cell(row=robots, column=source).value == "机器人台账, Bureau B, 2023-07-12"


def test_notes_sheet_is_chinese(mini: Path, tmp_path: Path) -> None:
    ws = export(mini, tmp_path / "gap.xlsx")["说明"]
    cells = {c.coordinate: c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    texts = set(cells.values())
    assert "增速" in texts  # the growth rule's scope, once "growth"
    assert "growth" not in texts
    assert "代码(JSON/CSV)" in texts  # the status codes' column says what they are
    assert "id" not in texts
    # Every line is Chinese but the codes, file names and the data's own words
    latin = [
        (k, v)
        for k, v in cells.items()
        if not any("\u4e00" <= ch <= "\u9fff" for ch in v)
        and not k.startswith("B")  # the status codes (achieved, ...): what JSON and CSV carry
        and not v.endswith(".yaml")
    ]
    assert latin == []
    en = export(mini, tmp_path / "en.xlsx", "--lang", "en")["Notes"]
    texts = {c.value for row in en.iter_rows() for c in row}
    assert {"growth", "id", "Statuses"} <= texts


def test_nothing_is_italic(mini: Path, tmp_path: Path) -> None:
    for lang in ("zh", "en"):
        wb = export(mini, tmp_path / f"{lang}.xlsx", "--lang", lang, "--by-unit")
        slanted = [
            (ws.title, c.coordinate)
            for ws in wb
            for row in ws.iter_rows()
            for c in row
            if c.value is not None and c.font is not None and c.font.i
        ]
        assert slanted == []
        # and every font is named: LibreOffice sets a font with no name in a serif (DejaVu Serif)
        unnamed = [
            (ws.title, c.coordinate)
            for ws in wb
            for row in ws.iter_rows()
            for c in row
            if c.value is not None and c.font.name is None
        ]
        assert unnamed == []
    # the notes that were italic are grey and small instead
    ws = wb["Summary"]
    note = next(c for row in ws.iter_rows() for c in row if str(c.value).startswith("Avg done:"))
    assert (note.font.color.rgb, note.font.sz) == ("FF595959", 9)


def test_no_header_is_cut(mini: Path, tmp_path: Path) -> None:
    """Each header fits its column in the lines its row holds (one at the default height, two at
    30 points): a wide character counts 1.8 digits and a column keeps 1.5 digits of margin, as
    ``cells.lines_needed`` measures. 报送情况's 计量单位 (now on 催报清单) showed 计量单."""
    for lang in ("zh", "en"):
        wb = export(mini, tmp_path / f"{lang}.xlsx", "--lang", lang)
        cut = []
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    if not isinstance(c.value, str) or c.fill != HEAD_FILL:
                        continue
                    dim = ws.column_dimensions.get(c.column_letter)
                    width = dim.width if dim is not None and dim.customWidth else DEFAULT_WIDTH
                    lines = max(1, int((ws.row_dimensions[c.row].height or 15) // 15))
                    room = sum(1.8 if display_width(ch) == 2 else 1 for ch in c.value)
                    words = [display_width(w) for w in c.value.split() if w.isascii()]
                    if math.ceil(room / (width - 1.5)) > lines or max(words, default=0) + 2 > width:
                        cut.append((ws.title, c.coordinate, c.value, width))
        assert cut == []
    assert wb is not None
    zh = openpyxl.load_workbook(tmp_path / "zh.xlsx")
    ws = zh["催报清单"]
    head = next(c for row in ws.iter_rows() for c in row if c.value == "计量单位")
    assert ws.column_dimensions[head.column_letter].width >= 9
