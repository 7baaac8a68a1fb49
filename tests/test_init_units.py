"""Issue 14, items 1, 2 and 9: ``plan415x init``, the built-in units, ``units`` and ``kinds``."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, snapshot


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_init_then_validate_check_template_export(tmp_path: Path) -> None:
    folder = tmp_path / "county"
    code, out = run("init", str(folder))
    assert code == 0
    assert out.splitlines()[:5] == [
        f"wrote a starter plan in {folder}/ (示例县, a made-up county: every figure is illustrative):",
        "  targets.yaml",
        "  actuals/2024Q2.yaml",
        "  schemas/targets.schema.json",
        "  schemas/actuals.schema.json",
    ]
    assert run("validate", "--data", str(folder)) == (0, "valid: 11 targets, 1 actuals files, 11 records\n")
    code, out = run("check", "2024Q2", "--data", str(folder), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # One target of every kind, each judged, by hand: 9 of 20 家 = 45% against 6/12 = 50% (5
    # points behind: watch); 28 of 50 亿元 = 56% (on track); 4 of 30 个 = 13.3% against 6 of 60
    # months = 10%; 亩均税收 31.5 on the path 30 (2023) -> 35 (2026): (31.5 - 30) / 5 = 30%
    # against 6 of 36 months = 16.7%, 13.3 points ahead; 7.5% growth is 0.5 points short of 8%;
    # 26.4 against 23.5 × 1.1 = 25.85 is met (102.1277%); 4 + 1 = 5 projects of 10 = 50%.
    assert {r["ID"]: (r["status"], r["gap_points"]) for r in rows} == {
        "new-firms": ("watch", "5.0"),
        "upgrade-investment-2024": ("on_track", "-6.0"),
        "digital-workshops": ("on_track", "-3.3333"),
        "tax-per-mu": ("ahead", "-13.3333"),
        "rd-share": ("not_due", ""),
        "value-added-growth": ("watch", "0.5"),
        "productivity": ("achieved", "-2.1277"),
        "smart-county": ("on_track", ""),
        "major-projects": ("on_track", "0.0"),
        "manufacturing-loans": ("on_track", ""),
        "industrial-output": ("monitoring", ""),
    }
    kinds = {t["kind"] for t in yaml.safe_load((folder / "targets.yaml").read_text("utf-8"))["targets"]}
    assert kinds == {
        "annual", "one_year", "cumulative", "level", "share", "growth", "relative",
        "milestone", "composite", "directional", "monitor",
    }  # fmt: skip
    assert run("template", "2024Q2", "-o", str(tmp_path / "t.xlsx"), "--data", str(folder))[0] == 0
    assert run("export", "2024Q2", "-o", str(tmp_path / "e.xlsx"), "--data", str(folder))[0] == 0


def test_init_writes_nothing_of_ruian_and_marks_it_illustrative(tmp_path: Path) -> None:
    run("init", str(tmp_path / "c"))
    texts = [p.read_text("utf-8") for p in (tmp_path / "c").rglob("*.yaml")]
    assert len(texts) == 2
    for text in texts:
        assert not re.search(r"瑞安|瑞政|Rui.?an|(?<!plan)415X", text, re.IGNORECASE)
        assert "ILLUSTRATIVE" in text
    figures = yaml.safe_load((tmp_path / "c" / "actuals" / "2024Q2.yaml").read_text("utf-8"))
    assert figures["illustrative"] is True


def test_init_schema_lines_point_at_files_that_exist(tmp_path: Path) -> None:
    # Item 9: the $schema of each file written resolves from where the file is, wherever the
    # folder is (here far outside the repository).
    folder = tmp_path / "c"
    run("init", str(folder))
    for path in (folder / "targets.yaml", folder / "actuals" / "2024Q2.yaml"):
        first = path.read_text("utf-8").splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert match, first
        schema = path.parent / match.group(1)
        assert schema.is_file()
        assert '"title": "plan415x' in schema.read_text("utf-8")


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(folder)
    code, out = run("init", str(folder))
    assert code == 2
    assert out == (
        f"plan415x: error: {folder}/ is not empty; give an empty or new folder, or --force to write"
        " the starter's files into it\n"
    )
    assert snapshot(folder) == before
    # --force writes the starter's files and leaves the others alone.
    assert run("init", str(folder), "--force")[0] == 0
    assert (folder / "notes.txt").read_text("utf-8") == "mine"
    assert run("validate", "--data", str(folder))[0] == 0


def test_init_into_an_empty_folder_and_onto_a_file(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert run("init", str(tmp_path / "empty"))[0] == 0
    assert (tmp_path / "empty" / "targets.yaml").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert run("init", str(tmp_path / "file")) == (
        2,
        f"plan415x: error: {tmp_path / 'file'} is a file, not a folder\n",
    )


def test_validate_in_an_empty_folder_says_how_to_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("validate", "--data", ".") == (
        2,
        "plan415x: error: no targets.yaml in ./: give the data folder with --data DIR, or start a"
        " new plan with: plan415x init . (docs/new-plan.md)\n",
    )


def _without_measures(tmp_path: Path) -> Path:
    folder = tmp_path / "bare"
    shutil.copytree(MINI, folder)
    text = (folder / "targets.yaml").read_text("utf-8")
    start = text.index("measures:\n")
    end = text.index("assessment:\n")
    (folder / "targets.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    return folder


def test_a_plan_without_measures_uses_the_built_in_units(tmp_path: Path) -> None:
    # The mini plan's nine units are all built in: without its measures: section it validates,
    # converts (60 公顷 = 900 亩) and judges exactly as with them.
    bare = _without_measures(tmp_path)
    assert "measures" not in (bare / "targets.yaml").read_text("utf-8")
    assert run("validate", "--data", str(bare)) == (0, "valid: 13 targets, 2 actuals files, 16 records\n")
    with_own = run("check", "2023Q2", "--data", str(MINI), "--format", "json")
    built_in = run("check", "2023Q2", "--data", str(bare), "--format", "json")
    assert built_in == with_own
    assert '"actual": 900' in built_in[1]


def test_units_lists_built_in_and_the_plans_own(tmp_path: Path) -> None:
    code, out = run("units", "--data", str(MINI))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["unit", "dimension", "factor", "whole", "min", "max", "name", "from"]
    rows = {line.split()[0]: line.split() for line in lines[1:-1]}
    # The plan's 亩 (dimension area) overrides the built-in one (land-area), and says so.
    assert rows["亩"] == [
        "亩",
        "area",
        "1",
        "0",
        "mu",
        f"{MINI}/targets.yaml",
        "(overrides",
        "the",
        "built-in)",
    ]
    assert rows["万亿元"] == ["万亿元", "cny", "1e12", "0", "trillion", "yuan", "built-in"]
    assert rows["项"][:5] == ["项", "count-xiang", "1", "yes", "0"]
    assert rows["%"][:5] == ["%", "percent", "1", "0", "100"]
    assert lines[-1].startswith("Units convert only within a dimension")
    # Without a data folder: the built-in units only.
    monkeypatch_free = tmp_path / "none"
    monkeypatch_free.mkdir()
    code, out = run("units", "--data", str(monkeypatch_free))
    assert code == 2
    assert "plan415x init" in out


def test_units_without_a_plan_lists_the_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLAN415X_DATA", raising=False)
    code, out = run("units")
    assert code == 0
    for unit in ["亩", "公顷", "万元", "亿元", "万亿元", "万美元", "亿美元", "吨标煤", "万吨标煤", "平方米", "万平方米",
                 "%", "个", "家", "项", "台", "件", "场", "人", "倍"]:  # fmt: skip
        assert re.search(rf"^{re.escape(unit)} .* built-in$", out, re.MULTILINE), unit
    assert "(overrides the built-in)" not in out


def test_kinds_lists_every_kind_with_its_rule() -> None:
    code, out = run("kinds")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["kind", "judged", "by"]
    # the kind column as wide as average_growth (issue 24), the longest
    assert lines[1] == "annual          a flow counted from January, judged against the year's target."
    assert (
        lines[8] == "milestone       done / pending / not_done against the deadline (the end of last_year)."
    )
    assert [line.split()[0] for line in lines[1:13]] == [
        "annual", "one_year", "cumulative", "level", "share", "growth", "relative",
        "milestone", "composite", "directional", "monitor", "average_growth",
    ]  # fmt: skip
