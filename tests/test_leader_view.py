"""check leads with what matters: the summary block (counts and shares by light, the red list
with owners and red streaks), --sort, filters in the words the report prints, CSV with a BOM
when written to a file.

The data is tests/data/mini with tests/data/streak added (see its README); figures are computed
by hand beside each assertion."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.periods import Period
from plan415x.views.history import red_streaks, target_history
from tests.conftest import MINI
from tests.test_cli import golden, run

LAYER = Path(__file__).parent / "data" / "streak"


def streak_data(into: Path) -> Path:
    shutil.copytree(MINI, into)
    for path in sorted((LAYER / "actuals").glob("*.yaml")):
        shutil.copyfile(path, into / "actuals" / path.name)
    return into


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def test_summary_block_is_golden_and_leads(data: Path) -> None:
    result = run("check", "2023Q4")
    assert result.exit_code == 0
    golden("check-2023Q4-summary.table", result.output)
    lines = result.output.splitlines()
    # Counted 13: green land (achieved), rd-share (achieved), projects (8 of 30 by 2027: 26.7%
    # against 12/60 months = 20%, 6.7 ahead: on track, under 10) and loans (120 > 110, up):
    # 4 = 30.8% (4/13);
    # yellow output, productivity: 2 = 15.4%; red robots: 1 = 7.7%; grey 6 = 46.2%.
    assert (
        lines[3]
        == "总体情况: 共 13 项 · 绿灯 4 项(30.8%) · 黄灯 2 项(15.4%) · 红灯 1 项(7.7%) · 灰灯 6 项(46.2%)"
    )
    # robots: 200 of 380 due by 1-12月 = 52.6%, gap 100 − 52.6 = 47.4; red at 1-9月 (100 of
    # 285 = 380 × 9/12, 26.3%, 48.7 behind) and now: two periods in a row.
    assert lines[4].split() == ["红灯指标", "实际", "/", "应完成", "完成率", "差值", "牵头单位", "连续红灯"]
    assert lines[5].split() == ["新增机器人", "200", "/", "380台", "52.6%", "47.4", "乙局", "连续2期"]
    assert lines[6].startswith("指标")  # the table follows the summary


def test_first_red_period_says_so(data: Path) -> None:
    lines = run("check", "2023Q3").output.splitlines()
    # 100 of 380 × 9/12 = 285 due: 26.3%, 75 − 26.3 = 48.7 points behind (> 30: off track)
    assert lines[5].split() == ["新增机器人", "100", "/", "285台", "26.3%", "48.7", "乙局", "首次红灯"]


def test_no_red_says_none() -> None:
    result = CliRun.mini("check", "2023Q2")
    assert "红灯指标: 无" in result.splitlines()[4]


class CliRun:
    @staticmethod
    def mini(*args: str) -> str:
        import os

        here = os.getcwd()
        os.chdir(MINI)
        try:
            return run(*args).output
        finally:
            os.chdir(here)


def test_red_streaks_in_json_and_csv(data: Path) -> None:
    doc = _json("check", "2023Q4")
    streaks = {r["id"]: r["red_streak"] for r in doc["results"]}
    assert streaks["robots"] == 2
    assert all(v == 0 for k, v in streaks.items() if k != "robots")
    assert _json("check", "2023Q3")["results"][1]["red_streak"] == 1
    csv_out = run("check", "2023Q4", "--format", "csv").output.splitlines()
    assert csv_out[0].endswith(",counted,red_streak")
    assert csv_out[2].startswith("空间行动,robots,")
    assert csv_out[2].endswith(",true,2")


def test_red_streaks_count_back_over_files(tmp_path: Path) -> None:
    dataset, problems = load_dataset(streak_data(tmp_path / "d"))
    assert not problems
    assert dataset is not None
    engine = Engine(dataset)
    # robots: Q1 80/380 = 21.1% against 25% (watch, 3.9 behind), Q2 100/380 = 26.3% against
    # 50% (behind, 23.7), Q3 off track, Q4 missed: red twice, back to Q3
    assert red_streaks(engine, engine.report(Period.parse("2023Q4"))) == {"robots": 2}
    history = target_history(engine, dataset.targets["robots"])
    assert [(str(p), o.status.value) for p, o in history] == [
        ("2023Q1", "watch"),
        ("2023Q2", "behind"),
        ("2023Q3", "off_track"),
        ("2023Q4", "missed"),
    ]


def test_sort_orders(data: Path) -> None:
    plan = [r["id"] for r in _json("check", "2023Q4")["results"]]
    by_light = [r["light"] for r in _json("check", "2023Q4", "--sort", "light")["results"]]
    # red first, then yellow, green, grey: 1, 2, 4, 6 (the summary's counts)
    assert by_light == ["red"] + ["yellow"] * 2 + ["green"] * 4 + ["grey"] * 6
    gaps = [r["gap_points"] for r in _json("check", "2023Q4", "--sort", "gap")["results"]]
    known = [g for g in gaps if g is not None]
    # robots 47.4, output 15 (20% due, 5% done), productivity 6.06, land 0, projects −6.67
    assert [round(g, 2) for g in known] == [47.37, 15.0, 6.06, 0.0, -6.67]
    assert gaps[: len(known)] == known  # rows without a gap come last
    units = [r["lead_unit"] for r in _json("check", "2023Q4", "--sort", "unit")["results"]]
    first_none = units.index(None)
    assert units[:first_none] == sorted(units[:first_none])  # ua, ub, uc: the plan's order
    assert set(units[first_none:]) == {None}
    assert sorted(plan) == sorted(r["id"] for r in _json("check", "2023Q4", "--sort", "unit")["results"])
    table = run("check", "2023Q4", "--sort", "light").output
    assert "空间行动" not in table  # no action titles in another order
    assert run("check", "2023Q4", "--sort", "size").exit_code == 2


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        (["--light", "红灯"], ["--light", "red"]),
        (["--light", "黄灯", "--light", "灰灯"], ["--light", "yellow", "--light", "grey"]),
        (["--status", "未完成"], ["--status", "missed"]),
        (["--status", "未填报"], ["--status", "no_data"]),
        (["--status", "no data"], ["--status", "no_data"]),
        (["--unit", "乙局"], ["--unit", "ub"]),
        (["--unit", "Bureau B"], ["--unit", "ub"]),
    ],
)
def test_filters_accept_the_printed_words(data: Path, words: list[str], ids: list[str]) -> None:
    by_words = [r["id"] for r in _json("check", "2023Q4", *words)["results"]]
    assert by_words == [r["id"] for r in _json("check", "2023Q4", *ids)["results"]]
    assert by_words


def test_filter_words_named(data: Path) -> None:
    assert [r["id"] for r in _json("check", "2023Q3", "--status", "严重滞后")["results"]] == ["robots"]
    assert [r["id"] for r in _json("check", "2023Q4", "--light", "红灯")["results"]] == ["robots"]
    assert [r["id"] for r in _json("check", "2023Q4", "--unit", "乙局")["results"]] == [
        "land",
        "robots",
        "factories",
    ]
    bad = run("check", "2023Q4", "--light", "紫灯")
    assert bad.exit_code == 2
    assert "unknown light '紫灯'" in bad.output


def test_csv_to_a_file_has_a_bom_stdout_does_not(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "gap.csv"
    result = run("check", "2023Q4", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    stdout = run("check", "2023Q4", "--format", "csv").output
    assert not stdout.startswith("\ufeff")
    assert raw.decode("utf-8")[1:] == stdout
    # the table to a file: no BOM, no colour, every character
    table = tmp_path / "gap.txt"
    assert run("check", "2023Q4", "-o", str(table), env={"FORCE_COLOR": "1"}).exit_code == 0
    text = table.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    assert "\x1b[" not in text
    assert text == run("check", "2023Q4").output
    # an existing file is refused without --force; inside the data folder always
    assert run("check", "2023Q4", "--format", "csv", "-o", str(out)).exit_code == 2
    assert run("check", "2023Q4", "--format", "csv", "-o", str(out), "--force").exit_code == 0
    assert run("check", "2023Q4", "-o", str(data / "x.csv")).exit_code == 2
    assert not (data / "x.csv").exists()


def test_help_says_where_the_bom_goes() -> None:
    text = " ".join(run("check", "--help").output.split())
    assert "starts with the UTF-8 BOM" in text
    assert "stdout is always plain UTF-8" in text
