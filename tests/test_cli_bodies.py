"""The command line's split (issue 20): a command module holds its commands' options and help,
which --help builds for every command, and imports its body inside the command; a body imports
what it needs at its top and never a command module (that would register its commands, and make
a circle through the imports inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

from plan415x.cli.commands import COMMAND_GROUPS
from tests.conftest import REPO

CLI = REPO / "src" / "plan415x" / "cli"
FACE_IMPORTS = {"plan415x.cli.shared", "plan415x.cli.files", "plan415x.options"}
"""What a command module may import of the package at its top: the options it declares."""


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    # ``from plan415x.cli.bodies import output``: the module plan415x.cli.bodies.output.
    return [f"{base}.{alias.name}" if base == "plan415x.cli.bodies" else base for alias in node.names]


def _top_imports(tree: ast.Module) -> set[str]:
    return {
        name
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in _imported(node)
        if name.startswith("plan415x")
    }


def _function_imports(tree: ast.Module) -> dict[str, list[str]]:
    """The package's modules each top-level function imports inside it."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = [
                name
                for inner in ast.walk(node)
                if isinstance(inner, ast.Import | ast.ImportFrom)
                for name in _imported(inner)
                if name.startswith("plan415x")
            ]
    return found


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def test_a_command_module_imports_only_options_at_its_top_and_its_body_inside() -> None:
    for group in COMMAND_GROUPS:
        tree = _tree(CLI / f"{group}.py")
        assert _top_imports(tree) <= FACE_IMPORTS, group
        for name, imports in _function_imports(tree).items():
            # Each function of a command module is a command, and runs its body.
            assert imports, (group, name)
            assert all(i.startswith("plan415x.cli.bodies.") for i in imports), (group, name, imports)


def test_a_body_imports_no_command_module() -> None:
    commands = {f"plan415x.cli.{group}" for group in COMMAND_GROUPS}
    bodies = {f"plan415x.cli.bodies.{p.stem}" for p in (CLI / "bodies").glob("*.py")}
    called = set()
    for group in COMMAND_GROUPS:
        for imports in _function_imports(_tree(CLI / f"{group}.py")).values():
            called.update(imports)
    assert called
    assert called <= bodies
    for path in (CLI / "bodies").glob("*.py"):
        tree = _tree(path)
        every = {
            name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for name in _imported(node)
        }
        assert not every & commands, (path.name, every & commands)
