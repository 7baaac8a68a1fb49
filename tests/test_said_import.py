"""The import's messages and lines are made as ids where their facts are found (issue 20, item 1):
a sheet's name or a cell's text is carried whole in every language. Matched back from English,
a value holding "; " (the separator of a message's clauses) left the whole message unmatched,
printed in English under --lang zh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.i18n import say
from plan415x.problems import said
from tests import xlsx_cases
from tests.conftest import MINI


def _import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, book: bytes, lang: str) -> list[str]:
    data = tmp_path / lang
    shutil.copytree(MINI, data)
    (data / "book.xlsx").write_bytes(book)
    monkeypatch.chdir(data)
    result = CliRunner().invoke(app, ["import", "book.xlsx", "--data", ".", "--lang", lang])
    assert result.exit_code == 1, result.output
    return result.output.splitlines()


def _copied_sheet(title: str) -> bytes:
    """乙局's sheet copied under ``title`` with a figure on the copy (as sheet-copied does)."""
    wb = xlsx_cases.workbook()
    copy = wb.copy_worksheet(wb["乙局"])
    copy.title = title
    copy["I4"] = 7
    return _saved(wb)


def _saved(wb: object) -> bytes:
    import io

    buffer = io.BytesIO()
    wb.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def test_a_sheet_name_holding_a_semicolon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(Before: the Chinese was the English sentence, whole.)"""
    book = _copied_sheet("乙局; 副本")
    assert _import(tmp_path, monkeypatch, book, "en") == [
        "book.xlsx:'乙局; 副本'!A4: sheet '乙局; 副本' is not one of the template's sheets but holds target"
        " 'robots'; its figures would not be imported: put them on their unit's sheet and delete this one"
        " (a copy, or a sheet added) (unknown-sheet)",
        "1 problem in book.xlsx; nothing was written",
    ]
    assert _import(tmp_path, monkeypatch, book, "zh") == [
        "book.xlsx:'乙局; 副本'!A4: 工作表 '乙局; 副本' 不是模板的工作表,却含有指标 'robots';其中数据不会被导入:"
        "请把数据填到所属单位的工作表,并删除此表(复制或新增的表) (unknown-sheet)",
        "book.xlsx 中有 1 个问题;未写入任何内容",
    ]


def test_a_sheet_name_holding_an_enumeration_comma(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = _copied_sheet("乙局、丙局")
    assert _import(tmp_path, monkeypatch, book, "zh")[0] == (
        "book.xlsx:'乙局、丙局'!A4: 工作表 '乙局、丙局' 不是模板的工作表,却含有指标 'robots';其中数据不会被导入:"
        "请把数据填到所属单位的工作表,并删除此表(复制或新增的表) (unknown-sheet)"
    )


def test_a_cell_text_holding_a_semicolon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(Before: 类型错误: and the English sentence.)"""
    book = xlsx_cases.filled({("乙局", "I4"): "1; 2"})
    assert _import(tmp_path, monkeypatch, book, "en")[0] == (
        "book.xlsx:乙局!I4: expected a number, got the text '1; 2'; enter a number (wrong-type)"
    )
    assert _import(tmp_path, monkeypatch, book, "zh")[0] == (
        "book.xlsx:乙局!I4: 应为数字,实际为文字 '1; 2';请填入数字 (wrong-type)"
    )


def test_a_line_of_import_about_a_sheet_holding_a_semicolon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet with no target rows is said to be unread, on a line of its own. (Before: the
    line stayed English under --lang zh.)"""
    wb = xlsx_cases.workbook()
    wb.create_sheet("说明; 附表")["A1"] = "填表说明"
    wb["乙局"]["I4"] = "x"  # a refusal, so that the data folder is left as it is
    lines = _import(tmp_path, monkeypatch, _saved(wb), "zh")
    assert lines[0] == "注意:工作表 '说明; 附表' 不是模板的工作表;其中没有指标行,未读取"
    lines = _import(tmp_path, monkeypatch, _saved(wb), "en")
    assert lines[0] == (
        "note: sheet '说明; 附表' is not one of the template's sheets; it holds no target rows and was not read"
    )


def test_the_sentences_render_from_their_ids() -> None:
    missing = said("import-missing-sheet-of-unit", title="甲局; 乙局", unit="ua")
    assert (
        say(missing, "zh")
        == "缺少模板的工作表 '甲局; 乙局'(单位 ua):已被改名或删除;请恢复原名,或重新填写一份新模板"
    )
    assert say(missing, "en") == (
        "the template's sheet '甲局; 乙局' (unit ua) is missing: it was renamed or deleted; give it back its"
        " name, or fill in a fresh template"
    )
