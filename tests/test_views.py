"""Views and renderers (issue 20): a view is computed once from the engine's results; a renderer
takes it and says it, and never imports the engine or the loader (so it can neither judge again
nor read the data folder). Read from the source with ast, so an import inside a function counts
too; one under ``if TYPE_CHECKING:`` (a type, never run) does not."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

SRC = REPO / "src" / "plan415x"

RENDERERS = [
    "excel/export.py",
    "reports/brief_formats.py",
    "excel/sheets.py",
    "excel/summary_sheet.py",
    "excel/detail_sheet.py",
    "excel/trend_sheet.py",
    "excel/reporting_sheet.py",
    "excel/units_sheet.py",
    "excel/notes_sheet.py",
    "excel/score_sheet.py",
    "reports/html.py",
    "reports/brief.py",
    "reports/brief_sections.py",
    "reports/brief_verdict.py",
    "reports/brief_docx.py",
    "reports/docx_look.py",
    "reports/brief_form.py",
    "reports/zhtext.py",
    "reports/gap.py",
    "reports/gap_table.py",
    "reports/gap_formats.py",
    "reports/summary.py",
    "reports/words.py",
    "reports/table.py",
    "reports/rank.py",
    "reports/reporting.py",
    "reports/trend.py",
    "reports/score.py",
    "reports/explain.py",
    "reports/catalog.py",
    "reports/listing.py",
    "reports/problems.py",
    "reports/notices.py",
    "reports/receipts.py",
    "reports/pdf.py",
    "reports/page_pdf.py",
    "reports/implementation.py",
]
"""The renderers that take a view (or a report, or the scoring engine's Score as a type)."""

FORBIDDEN = (
    "plan415x.engine",
    "plan415x.scoring.engine",
    "plan415x.loading",
    "plan415x.dataset",
    "plan415x.cache",
    "plan415x.validation",
)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def run_time_imports(tree: ast.AST) -> list[str]:
    """The modules a module imports when it runs, wherever the import stands (``from plan415x
    import engine`` names ``plan415x.engine``)."""
    out: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            out.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
            out.extend(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return out


def test_the_check_sees_every_kind_of_import() -> None:
    source = (
        "import plan415x.engine\n"
        "from plan415x import loading\n"
        "def f():\n    from plan415x.dataset import Dataset\n"
        "if TYPE_CHECKING:\n    from plan415x.cache import Cache\n"
    )
    found = [m for m in run_time_imports(ast.parse(source)) if m.startswith(FORBIDDEN)]
    assert found == ["plan415x.engine", "plan415x.loading", "plan415x.dataset", "plan415x.dataset.Dataset"]


@pytest.mark.parametrize("path", RENDERERS)
def test_a_renderer_imports_neither_the_engine_nor_the_loader(path: str) -> None:
    tree = ast.parse((SRC / path).read_text(encoding="utf-8"))
    found = [m for m in run_time_imports(tree) if m.startswith(FORBIDDEN)]
    assert found == [], f"{path} imports {found}: a renderer takes a view (views/) and says it"


def test_the_views_hold_no_words() -> None:
    """A view holds numbers, never a language: no module of views/ imports the words of a
    report or a catalogue of messages."""
    for path in sorted((SRC / "views").glob("*.py")):
        imported = run_time_imports(ast.parse(path.read_text(encoding="utf-8")))
        words = [m for m in imported if m.startswith(("plan415x.reports", "plan415x.i18n", "plan415x.excel"))]
        assert words == [], f"{path.name} imports {words}"


def test_every_renderer_listed_exists() -> None:
    assert [p for p in RENDERERS if not (SRC / p).is_file()] == []
    assert Path(SRC / "views" / "__init__.py").is_file()
