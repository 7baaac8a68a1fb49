"""Files generated from the code, and the README's promises, stay in step with the code."""

from __future__ import annotations

import re
import runpy

from tests.conftest import REPO


def test_generated_files_are_current() -> None:
    outputs = runpy.run_path(str(REPO / "scripts" / "generate.py"))["outputs"]()
    stale = [str(p.relative_to(REPO)) for p, text in outputs.items() if p.read_text(encoding="utf-8") != text]
    assert stale == [], "run: python scripts/generate.py"


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_ci_runs_the_readme_test_command() -> None:
    setup_and_run, tests = _readme_commands()[:2]
    assert setup_and_run.endswith("plan415x check 2023Q2")
    assert tests.endswith("python -m pytest -q")
    assert tests in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_documents_every_exit_code_and_status() -> None:
    from plan415x import cli
    from plan415x.results import Status

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code in (cli.EXIT_OK, cli.EXIT_INVALID, cli.EXIT_USAGE, cli.EXIT_FAIL_ON):
        assert f"\n| {code} |" in readme
    for status in Status:
        assert f"| `{status.value}` | {status.label_zh} |" in readme


def test_data_files_point_to_their_schema() -> None:
    assert (
        (REPO / "data" / "targets.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=../schemas/targets.schema.json\n")
    )
    for path in sorted((REPO / "data" / "actuals").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schemas/actuals.schema.json", path.name
