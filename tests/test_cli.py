"""The commands as a user runs them: exact outputs (golden files), exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.loading import display_path
from plan415x.options import CheckFormat
from tests.conftest import MINI, REPO, snapshot

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("PLAN415X_UPDATE_GOLDEN") == "1"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    # The tests run inside a data folder (chdir), as analysts run inside their repository.
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "PLAN415X_DATA": ".", **(env or {})})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", list(CheckFormat), ids=lambda f: f.value)
def test_check_formats_are_golden(fmt: CheckFormat, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    result = run("check", "2023Q2", "--format", fmt.value)
    assert result.exit_code == 0
    golden(f"check-2023Q2.{fmt.value}", result.output)


def test_check_english_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    result = run("check", "2023Q2", "--lang", "en")
    assert result.exit_code == 0
    golden("check-2023Q2-en.table", result.output)


def test_check_json_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    doc = json.loads(run("check", "2023Q2", "--format", "json").output)
    assert doc["period"] == "2023Q2"
    assert doc["period_end"] == "2023-06-30"
    assert doc["schedule_pct"] == 50.0
    assert doc["illustrative"] is True
    land = next(r for r in doc["results"] if r["id"] == "land")
    # 60 公顷 = 900 亩; 900/1800 = 50% against 6/12 = 50%
    assert land["actual"] == 900
    assert land["completion_pct"] == 50.0
    assert land["gap_points"] == 0
    assert land["status"] == "on_track"
    assert land["previous_status"] == "watch"  # 300/1800 = 16.7% against 25% in 2023Q1
    assert land["lead_unit"] == "ua"
    assert land["units"] == ["ua", "ub"]
    assert land["binding"] is True
    assert doc["summary"]["by_status"]["behind"] == 2  # robots and digital-growth
    assert sum(doc["summary"]["by_light"].values()) == len(doc["results"]) == 13


def test_rank_is_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    result = run("rank", "2023Q2")
    assert result.exit_code == 0
    golden("rank-2023Q2.table", result.output)


def test_rank_json_ties_and_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    doc = json.loads(run("rank", "2023Q2", "--format", "json").output)
    # Only targets judged by pace count (flows; levels along a baseline's path), each by how far
    # it is behind, 0 when not (issue 21). 丙局: projects 16.6667% done against 10%: ahead, 0;
    # big-projects 1 of 2, the 1 owed by June: 0 (rd-share is a share without a path) -> 0;
    # 甲局: land 0, energy cap (60% of the allowance used by June, 50%) 10 behind (the growth
    # rate is not paced) -> 5; 乙局: robots 380 台 × 50% = 190 owed, 100 done, 90 / 380 =
    # 23.6842, and factories, due and not reported, counts as no progress: 0% against 50% ->
    # (23.6842 + 50) / 2 = 36.8421. Smallest first.
    assert [(u["unit"], u["rank"], u["average_behind_points"]) for u in doc["units"]] == [
        ("uc", 1, 0.0),
        ("ua", 2, 5.0),
        ("ub", 3, 36.8421),
    ]


def test_explain_is_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    result = run("explain", "projects", "2024Q1")
    assert result.exit_code == 0
    golden("explain-projects-2024Q1.txt", result.output)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "2023Q2", "--fail-on", "yellow"], 3),
        (["check", "2023Q2", "--fail-on", "red"], 0),
        (["check", "2023Q2", "--fail-on", "never"], 0),
        (["check", "2023Q2", "--light", "red", "--fail-on", "yellow"], 0),
        (["check", "2023Q5"], 2),
        (["check", "2031"], 2),
        (["check", "2023Q2", "--unit", "nobody"], 2),
        (["check", "2023Q2", "--status", "late"], 2),
        (["check", "2023Q2", "--format", "xml"], 2),
        (["check"], 2),
        (["explain", "lands", "2023Q2"], 2),
        (["validate", "no/such/file.yaml"], 2),
        (["check", "2023Q2", "--data", "no/such/folder"], 2),
        (["targets", "--kind", "weekly"], 2),
    ],
)
def test_exit_codes(args: list[str], code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    assert run(*args).exit_code == code


def test_usage_error_says_what_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    result = run("explain", "lands", "2023Q2")
    assert "unknown target 'lands'; did you mean land" in result.output


def test_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    doc = json.loads(run("check", "2023Q2", "--format", "json", "--unit", "ub").output)
    assert [r["id"] for r in doc["results"]] == ["land", "robots", "factories"]
    doc = json.loads(run("check", "2023Q2", "--format", "json", "--light", "yellow").output)
    assert {r["id"] for r in doc["results"]} == {
        "robots",
        "energy-cap",
        "output",
        "digital-growth",
        "productivity",
    }
    doc = json.loads(
        run("check", "2023Q2", "-f", "json", "--status", "no_data", "--status", "undefined").output
    )
    assert [r["id"] for r in doc["results"]] == ["factories", "ev-output"]


def test_check_on_invalid_data_judges_nothing(mini: Path) -> None:
    (mini / "actuals" / "2023Q2.yaml").write_text(
        "period: 2023Q2\nrecords: [{target: land, value: -1}]\n", encoding="utf-8"
    )
    before = snapshot(mini)
    result = run("check", "2023Q2", "--data", str(mini), "--format", "json")
    assert result.exit_code == 1
    assert "negative-value" in result.output
    assert '"results"' not in result.output
    assert snapshot(mini) == before


def test_validate_formats(mini: Path) -> None:
    (mini / "actuals" / "2023Q2.yaml").write_text(
        "period: 2023Q2\nsource: {document: x}\nrecords: [{target: land, value: -1}]\n", encoding="utf-8"
    )
    where = str(mini / "actuals" / "2023Q2.yaml")
    shown = display_path(Path(where))
    parsable = run("validate", "--data", str(mini), "--format", "parsable")
    assert (
        parsable.output
        == f"{shown}:3:33: [error] value -1 亩 is below the smallest valid 0 亩 (negative-value)\n"
    )
    github = run("validate", "--data", str(mini), "--format", "github")
    assert github.output == (
        f"::error file={shown},line=3,col=33,title=negative-value::value -1 亩 is below the smallest valid 0 亩\n"
    )
    rows = json.loads(run("validate", "--data", str(mini), "--format", "json").output)
    assert rows == [
        {
            "file": shown,
            "line": 3,
            "column": 33,
            "level": "error",
            "code": "negative-value",
            "message": "value -1 亩 is below the smallest valid 0 亩",
            "path": "records[0].value",
        }
    ]
    text = run("validate", "--data", str(mini))
    assert text.exit_code == 1
    assert text.output.endswith("1 problem in 1 file\n")
    auto = run("validate", "--data", str(mini), env={"GITHUB_ACTIONS": "true"})
    assert auto.output == github.output


def test_validate_names_files(mini: Path) -> None:
    q3 = mini / "actuals" / "2023Q3.yaml"
    q3.write_text("period: 2023Q3\nrecords: [{target: lands, value: 1}]\n", encoding="utf-8")
    q2 = mini / "actuals" / "2023Q2.yaml"
    # 2023Q2 has no problem of its own: naming it alone passes, with nothing said
    only_q2 = run("validate", "--data", str(mini), str(q2))
    assert (only_q2.exit_code, only_q2.output) == (0, "")
    assert run("validate", "--data", str(mini), str(q3)).exit_code == 1
    # the plan can break any file: naming it shows every problem
    assert run("validate", "--data", str(mini), str(mini / "targets.yaml")).exit_code == 1
    assert run("validate", "--data", str(mini)).exit_code == 1


def test_validate_a_named_file_with_its_plan(mini: Path, tmp_path: Path) -> None:
    # a target renamed in the plan breaks the figures of 2023Q2, even when only it is named
    plan = mini / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("id: robots", "id: robot-arms"), encoding="utf-8"
    )
    result = run("validate", "--data", str(mini), str(mini / "actuals" / "2023Q2.yaml"), "-f", "parsable")
    assert result.exit_code == 1
    assert "unknown target id 'robots'" in result.output
    outside = tmp_path / "2023Q2.yaml"
    outside.write_text("period: 2023Q2\n", encoding="utf-8")
    assert run("validate", "--data", str(mini), str(outside)).exit_code == 2


def test_no_colour_in_pipes_and_with_no_color(mini: Path) -> None:
    plain = subprocess.run(
        [sys.executable, "-m", "plan415x", "check", "2023Q2", "--data", str(mini)],
        capture_output=True,
        text=True,
        env={**os.environ, "FORCE_COLOR": "1", "NO_COLOR": "1"},
        check=True,
    )
    assert "\x1b[" not in plain.stdout
    forced = subprocess.run(
        [sys.executable, "-m", "plan415x", "check", "2023Q2", "--data", str(mini)],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"FORCE_COLOR": "1"},
        check=True,
    )
    assert "\x1b[" in forced.stdout
    # colour repeats the words, it never replaces them
    assert "黄灯·滞后" in forced.stdout


def test_light_commands_never_import_openpyxl(mini: Path) -> None:
    code = (
        "import sys\n"
        "from plan415x.cli import app\n"
        "for args in (['validate'], ['check', '2023Q2'], ['rank', '2023Q2'], ['targets']):\n"
        "    try:\n"
        "        app(args + ['--data', sys.argv[1]])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('openpyxl' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(mini)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_targets_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(MINI)
    csv_out = run("targets", "--kind", "cumulative", "--format", "csv").output
    assert csv_out == (
        "id,clause,kind,name,target,unit,years,hedge,lead\n"
        "projects,二(二)4,cumulative,10亿元以上项目,>=30,个,2023-2027,ensure,uc\n"
    )


def test_schema_command_matches_committed_files() -> None:
    for which in ("targets", "actuals"):
        out = run("schema", which).output
        assert out == (REPO / "schemas" / f"{which}.schema.json").read_text(encoding="utf-8")


def test_progress_only_on_a_terminal_outside_ci(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from plan415x.cli.bodies import common

    monkeypatch.setattr(common, "PROGRESS_BYTES", 1)
    monkeypatch.delenv("CI", raising=False)
    with common.progress_bar(mini) as progress:  # pytest's stderr is no terminal
        assert progress is None

    class Terminal:
        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stderr", Terminal())
    with common.progress_bar(mini) as progress:
        assert progress is not None
        progress(mini / "targets.yaml")  # advances by that file's size
    monkeypatch.setenv("CI", "true")
    with common.progress_bar(mini) as progress:
        assert progress is None


def test_rank_caps_an_overshoot(mini: Path) -> None:
    # robots 1,000 of 380 by June: 263% done, counted as 0 behind (ahead counts 0, issue 21), not
    # −213 nor −50; factories, due and missing, counts 50 − 0 = 50: (0 + 50) / 2 = 25: the early
    # item no longer makes up for the missing one
    q2 = mini / "actuals" / "2023Q2.yaml"
    q2.write_text(
        q2.read_text(encoding="utf-8").replace(
            "{target: robots, value: 100}", "{target: robots, value: 1000}"
        ),
        encoding="utf-8",
    )
    doc = json.loads(run("rank", "2023Q2", "--format", "json", "--data", str(mini)).output)
    ub = next(u for u in doc["units"] if u["unit"] == "ub")
    assert ub["average_behind_points"] == 25.0
    assert ub["rank"] == 3  # behind 丙局 at 0 and 甲局 at 5


def test_targets_reads_only_the_plan(mini: Path) -> None:
    (mini / "actuals" / "2023Q2.yaml").write_text(
        "period: 2023Q2\nrecords: [{target: nope}]\n", encoding="utf-8"
    )
    listed = run("targets", "--data", str(mini), "--kind", "composite", "-f", "csv")
    assert listed.exit_code == 0
    assert listed.output.splitlines()[1].startswith("big-projects,")
    assert run("targets", "--data", str(mini), "-f", "xml").exit_code == 2
    assert run("targets", "--data", str(mini), "--lang", "fr").exit_code == 2
