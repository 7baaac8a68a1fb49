"""docs/ci.md: every plan415x command in its code blocks runs on this repository's data as
shown, and the SARIF it writes has the structure code scanning requires."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO

CI_DOC = REPO / "docs" / "ci.md"


def doc_commands() -> list[str]:
    """The shell text of every line of a code block that runs plan415x."""
    text = CI_DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            found = re.match(r"\s*(?:-\s+)?(?:run:\s+)?(plan415x\s.*)$", line)
            if found:
                commands.append(found.group(1))
    return commands


def test_the_doc_shows_the_commands_ci_needs() -> None:
    assert doc_commands() == [
        "plan415x validate --data data --format github",
        "plan415x validate --data data --format sarif > plan415x.sarif || test $? -eq 1",
        'plan415x check 2023Q2 --data data --format markdown >> "$GITHUB_STEP_SUMMARY"',
        "plan415x validate --data data --format parsable",
        "plan415x check 2023Q2 --data data --format csv > gap-2023Q2.csv",
    ]
    assert "github/codeql-action/upload-sarif" in CI_DOC.read_text(encoding="utf-8")


def test_the_doc_commands_run_on_the_repository_data(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary), "NO_COLOR": "1"}
    for command in doc_commands():
        line = f"{sys.executable} -m {command}"
        done = subprocess.run(["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    assert summary.read_text(encoding="utf-8").startswith("**")
    assert (tmp_path / "gap-2023Q2.csv").read_text(encoding="utf-8").count("\n") > 1
    check_sarif(json.loads((tmp_path / "plan415x.sarif").read_text(encoding="utf-8")))


def check_sarif(doc: dict[str, Any]) -> None:
    """The parts of SARIF 2.1.0 that the schema requires and code scanning reads."""
    from plan415x import __version__

    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("plan415x", __version__)
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == sorted(set(rule_ids))
    assert isinstance(run["results"], list)
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        assert set(result["partialFingerprints"]) == {"plan415x/v1"}
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"]
        assert physical["region"]["startLine"] >= 1
