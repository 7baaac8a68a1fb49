"""Figures of the house that issue 20 sets goals for, measured from the source (standard library
only): in-function imports of the package's own modules (goal: at most 20), modules over 500
lines other than the catalogues (goal: at most 2), and import cycles among the package's modules,
at module level and counting the imports made inside functions too (goal: none).

    python scripts/house_facts.py [--src src/plan415x]

Imports under ``if TYPE_CHECKING:`` are never run, so they make no edge and are not counted.
``from plan415x.reports import gap`` is an import of the module ``plan415x.reports.gap`` when that
file exists (else of the package). A module's package ``__init__`` is not counted as imported by
it: only what the source writes is an edge.

Every import inside a function counts, whatever its reason. Two reasons stand in the design
(CONTRIBUTING.md, "where things are"): a command module imports its body when the command runs
(``plan415x.cli.X`` -> ``plan415x.cli.bodies.Y``, so that --help imports neither the loader nor
the model nor a heavy library; shown apart as "a command's body"), and one of our modules is
imported where it is used because its top imports a heavy third-party library that a run may
not need (pydantic through ``validation`` or ``scoring.model``, PyYAML through ``yamlfile``).

tests/test_house_facts.py checks that there is no import cycle at module level (which holds) and
that each figure can be told apart on a small made-up package.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "plan415x"
SRC = Path(__file__).resolve().parent.parent / "src" / PACKAGE
LONG = 500
"""A module is long past this many lines."""
CATALOGUES = frozenset({"i18n/en.py", "i18n/zh.py", "i18n/theirs_zh.py"})
"""Modules that are a language's words, keyed by what they translate: long by nature, and
left out of the count of long modules, as the issue says."""


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module of the package, dotted
    line: int
    in_function: bool


@dataclass
class Facts:
    imports: list[Import] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # relative path -> lines

    def in_function(self) -> list[Import]:
        return [i for i in self.imports if i.in_function]

    def long_modules(self) -> list[tuple[str, int]]:
        return sorted(
            ((path, n) for path, n in self.lines.items() if n > LONG and path not in CATALOGUES),
            key=lambda item: -item[1],
        )

    def cycles(self, *, in_functions: bool) -> list[list[str]]:
        """Each set of modules that import one another in a circle (a strongly connected
        component of two or more), with module-level imports only or with every import."""
        edges: dict[str, set[str]] = {name: set() for name in _modules(self.lines)}
        for i in self.imports:
            if in_functions or not i.in_function:
                edges.setdefault(i.source, set()).add(i.target)
                edges.setdefault(i.target, set())
        return [sorted(c) for c in _components(edges) if len(c) > 1]


def _modules(lines: dict[str, int]) -> list[str]:
    return [module_name(path) for path in lines]


def module_name(relative: str) -> str:
    """'reports/gap.py' -> 'plan415x.reports.gap'; 'reports/__init__.py' -> 'plan415x.reports'."""
    parts = relative.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([PACKAGE, *parts])


def measure(src: Path = SRC) -> Facts:
    facts = Facts()
    known: set[str] = set()
    files = sorted(src.rglob("*.py"))
    for path in files:
        relative = path.relative_to(src).as_posix()
        facts.lines[relative] = len(path.read_text(encoding="utf-8").splitlines())
        known.add(module_name(relative))
    for path in files:
        relative = path.relative_to(src).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        source = module_name(relative)
        package = source if relative.endswith("__init__.py") else source.rpartition(".")[0]
        for node, in_function in _imports(tree):
            for target in _targets(node, package, known):
                facts.imports.append(Import(source, target, node.lineno, in_function))
    return facts


def _imports(tree: ast.Module) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement that runs, and whether it is inside a function."""

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                # only its else runs
                for stmt in child.orelse:
                    yield from walk_one(stmt, in_function)
                continue
            yield from walk_one(child, in_function)

    def walk_one(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, in_function
            return
        inner = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield from walk(node, inner)

    yield from walk(tree, False)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom, package: str, known: set[str]) -> list[str]:
    """The package's own modules an import statement imports (none for another library's)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name == PACKAGE or a.name.startswith(PACKAGE + ".")]
    if node.level:
        base = package.split(".")
        base = base[: len(base) - (node.level - 1)]
        module = ".".join([*base, node.module] if node.module else base)
    else:
        module = node.module or ""
    if module != PACKAGE and not module.startswith(PACKAGE + "."):
        return []
    out: list[str] = []
    for alias in node.names:
        sub = f"{module}.{alias.name}"
        out.append(sub if sub in known else module)
    return list(dict.fromkeys(out))


def _components(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit to meet)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(component)
    return out


def report(facts: Facts) -> str:
    in_function = facts.in_function()
    long = facts.long_modules()
    level = facts.cycles(in_functions=False)
    every = facts.cycles(in_functions=True)
    lines = [
        f"modules: {len(facts.lines)}, lines: {sum(facts.lines.values()):,}",
        f"in-function imports of the package's own modules: {len(in_function)} (goal: at most 20)",
    ]
    by_module: dict[str, int] = {}
    for i in in_function:
        by_module[i.source] = by_module.get(i.source, 0) + 1
    bodies = [i for i in in_function if _is_body(i)]
    if bodies:
        lines.append(f"  of which a command's body, imported when the command runs: {len(bodies)}")
    for name, n in sorted(by_module.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {n:4}  {name}")
    lines.append(f"modules over {LONG} lines, catalogues left out: {len(long)} (goal: at most 2)")
    lines += [f"  {n:4}  {path}" for path, n in long]
    lines.append(f"import cycles at module level: {len(level)} (goal: none)")
    lines += ["  " + " <-> ".join(c) for c in level]
    lines.append(f"import cycles counting in-function imports: {len(every)} (goal: none)")
    lines += ["  " + " <-> ".join(c) for c in every]
    return "\n".join(lines) + "\n"


def _is_body(i: Import) -> bool:
    """A command module (``plan415x.cli.X``) importing a body (``plan415x.cli.bodies.Y``)."""
    cli, bodies = f"{PACKAGE}.cli.", f"{PACKAGE}.cli.bodies."
    return i.source.startswith(cli) and i.source.count(".") == 2 and i.target.startswith(bodies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--src", type=Path, default=SRC, help="the package's folder (default: src/plan415x)")
    args = parser.parse_args(argv)
    sys.stdout.write(report(measure(args.src)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
