"""What a cached ``check`` imports: our modules for the check, typer, and nothing heavy.

Issue 15: a run on data that has not changed must not pay for pydantic, a YAML parser, rich or
openpyxl (their imports were most of its time). The list of our modules is exact, so a new
import on this path is a decision someone sees here, not a slow start nobody notices.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

_PROBE = """
import atexit, json, sys
def _show():
    sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n")
atexit.register(_show)
sys.argv = ["plan415x", *sys.argv[1:]]
from plan415x.cli import main
main()
"""

# Split out of modules already here (issue 20), light, and paid for when they were part of them:
# plan415x.views.filters and .history out of plan415x.engine, plan415x.reports.gap_formats and
# .gap_table out of plan415x.reports.gap; plan415x.cli.bodies.check (with its package, a docstring)
# out of plan415x.cli.report, which keeps only the command's options. New and light:
# plan415x.fields, the markers of what the edge checks written beside each field of
# plan415x.values (its data model declared once); plan415x.numbers, how a figure is written, out
# of plan415x.rules.common. Issue 20's own modules imported at the top, light (no third-party
# library): plan415x.cli.bodies.common holds what bodies share (loading the data or saying its
# problems, reading a period), out of plan415x.cli.shared which --help imports, and with it the
# catalogues (plan415x.i18n, .en, .zh, through plan415x.messages), plan415x.reports.problems
# and plan415x.views.published (hashlib, which loads OpenSSL, imported where they digest);
# check's body and the gap report's formats import plan415x.cli.bodies.output with
# plan415x.fsutil (-o; tempfile where it writes) and plan415x.reports.corrections; the loader
# imports plan415x.checks (.actuals, .plan, .words). Measured with valgrind (callgrind, .pyc
# written): a cached check of the repository's data, 514 -> 534 million instructions (+3.8%),
# 109 -> 113 ms (median of 10, interleaved with the code before). Issue 24: plan415x.views.verdict,
# a multi-year plan's verdict line under the table (light: what it imports is here already;
# callgrind, a cached check of the repository's data: 1,015 -> 1,019 million instructions, +0.3%).
CHECK_MODULES = [
    "plan415x",
    "plan415x.cache",
    "plan415x.checks",
    "plan415x.checks.actuals",
    "plan415x.checks.plan",
    "plan415x.checks.words",
    "plan415x.cli",
    "plan415x.cli.bodies",
    "plan415x.cli.bodies.check",
    "plan415x.cli.bodies.common",
    "plan415x.cli.bodies.output",
    "plan415x.cli.commands",
    "plan415x.cli.report",
    "plan415x.cli.run",
    "plan415x.cli.shared",
    "plan415x.codec",
    "plan415x.dataset",
    "plan415x.documents",
    "plan415x.engine",
    "plan415x.fields",
    "plan415x.fsutil",
    "plan415x.i18n",
    "plan415x.i18n.en",
    "plan415x.i18n.zh",
    "plan415x.loading",
    "plan415x.messages",
    "plan415x.numbers",
    "plan415x.options",
    "plan415x.periods",
    "plan415x.problems",
    "plan415x.reports",
    "plan415x.reports.corrections",
    "plan415x.reports.gap",
    "plan415x.reports.gap_formats",
    "plan415x.reports.gap_table",
    "plan415x.reports.problems",
    "plan415x.reports.summary",
    "plan415x.reports.table",
    "plan415x.reports.words",
    "plan415x.results",
    "plan415x.rules",
    "plan415x.rules.average",
    "plan415x.rules.common",
    "plan415x.rules.compare",
    "plan415x.rules.composite",
    "plan415x.rules.cumulative",
    "plan415x.rules.directional",
    "plan415x.rules.flow",
    "plan415x.rules.growth",
    "plan415x.rules.level",
    "plan415x.rules.milestone",
    "plan415x.rules.monitor",
    "plan415x.rules.relative",
    "plan415x.safetext",
    "plan415x.units",
    "plan415x.values",
    "plan415x.values.actuals",
    "plan415x.values.plan",
    "plan415x.values.reporting",
    "plan415x.values.vocab",
    "plan415x.views",
    "plan415x.views.filters",
    "plan415x.views.history",
    "plan415x.views.published",
    "plan415x.views.verdict",
]
HEAVY = ("pydantic", "pydantic_core", "yaml", "_yaml", "rich", "openpyxl", "docx", "lxml", "defusedxml")


def _modules(args: list[str], cache: Path) -> tuple[int, list[str]]:
    env = {**os.environ, "PLAN415X_CACHE_DIR": str(cache), "CI": "1"}
    env.pop("PLAN415X_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    [line] = [line for line in done.stderr.splitlines() if line.startswith("MODULES ")]
    return done.returncode, json.loads(line.removeprefix("MODULES "))


def test_a_cached_check_imports_only_what_it_uses(tmp_path: Path) -> None:
    first, cold = _modules(["check", "2023Q2"], tmp_path)
    assert first == 0
    assert "pydantic" in cold  # the first run validated the files (and wrote the cache)
    code, modules = _modules(["check", "2023Q2"], tmp_path)
    assert code == 0
    assert [m for m in modules if m.startswith("plan415x")] == CHECK_MODULES
    assert [m for m in modules if m.split(".")[0] in HEAVY] == []
    # The only library beyond the standard one: typer (with what it needs to start).
    outside = {m.split(".")[0] for m in modules} - set(sys.stdlib_module_names) - {"plan415x", "__main__"}
    assert outside <= {"typer", "shellingham", "annotated_doc", "_distutils_hack", "colorama"}


def test_help_imports_no_heavy_library(tmp_path: Path) -> None:
    code, modules = _modules(["--help"], tmp_path)
    assert code == 0
    assert [m for m in modules if m.split(".")[0] in HEAVY] == []
    # --help lists every command: each group module is there, and no model, loader or report.
    assert {"plan415x.cli.export", "plan415x.cli.collect"} <= set(modules)
    assert [m for m in modules if m in ("plan415x.model", "plan415x.loading", "plan415x.engine")] == []


def test_the_command_table_says_where_each_command_is() -> None:
    from importlib import import_module

    from plan415x.cli import COMMAND_GROUPS, COMMANDS, app

    where = {}
    for group in COMMAND_GROUPS:
        module = import_module(f"plan415x.cli.{group}").__name__
        for info in app.registered_commands:
            assert info.callback is not None
            if info.callback.__module__ == module:
                where[info.name or info.callback.__name__] = group
    assert where == COMMANDS


def test_a_run_registers_the_command_it_names(tmp_path: Path) -> None:
    code, modules = _modules(["check", "--help"], tmp_path)
    assert code == 0
    groups = sorted(m for m in modules if m.startswith("plan415x.cli.") and m.count(".") == 2)
    assert groups == [
        "plan415x.cli.commands",
        "plan415x.cli.report",
        "plan415x.cli.run",
        "plan415x.cli.shared",
    ]


def test_a_cached_validate_imports_no_heavy_library(tmp_path: Path) -> None:
    # The scoring rules are checked against the plan once; unchanged, they are not again. The
    # repository's data carries one warning (restatement-mismatch in 2023Q2), located by parsing
    # that file again: here it is acknowledged, so nothing is parsed.
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    q2 = data / "actuals" / "2023Q2.yaml"
    text = q2.read_text(encoding="utf-8")
    acknowledged = text.replace(
        "  - target: t2023-01-land-renovation\n    value: 980\n",
        "  - target: t2023-01-land-renovation\n    value: 980\n    checked: [restatement-mismatch]\n",
    )
    assert acknowledged != text
    q2.write_text(acknowledged, encoding="utf-8")
    cache = tmp_path / "cache"
    assert _modules(["validate", "--data", str(data)], cache)[0] == 0
    code, modules = _modules(["validate", "--data", str(data)], cache)
    assert code == 0
    assert [m for m in modules if m.split(".")[0] in HEAVY] == []


def test_a_cached_validate_parses_only_to_locate_a_warning(tmp_path: Path) -> None:
    # The repository's data as it is: its one warning is located with the YAML parser alone.
    assert _modules(["validate"], tmp_path)[0] == 0
    code, modules = _modules(["validate"], tmp_path)
    assert code == 0
    assert {m.split(".")[0] for m in modules if m.split(".")[0] in HEAVY} <= {"yaml", "_yaml"}
