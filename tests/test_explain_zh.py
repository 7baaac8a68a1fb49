"""explain --lang zh: the same judgement in Chinese, golden; the default follows the plan's
language (English without one, so the English goldens stand)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import MINI
from tests.test_cli import golden, run
from tests.test_judgements import add_about_twenty, data  # noqa: F401  (data: the fixture, mini with the judgements layer)


@pytest.mark.parametrize(
    ("target", "period", "what"),
    [
        ("land", "2023Q2", "a flow on schedule"),
        ("output", "2023Q2", "a level on its path from a baseline"),
        ("design-centre", "2023Q2", "one whole item a year, owed only in December"),
        ("robots", "2023Q4", "missed at the year end"),
        ("industrial-output", "2023Q2", "a monitor"),
        ("demo-zone", "2023Q4", "a milestone with its evidence, stale at the last chance"),
    ],
)
def test_explain_in_chinese_is_golden(data: Path, target: str, period: str, what: str) -> None:  # noqa: F811
    result = run("explain", target, period, "--lang", "zh")
    assert result.exit_code == 0, result.output
    golden(f"explain-{target}-{period}-zh.txt", result.output)


def test_an_approximate_overshoot_in_chinese(data: Path) -> None:  # noqa: F811
    add_about_twenty(data)
    result = run("explain", "about-twenty", "2023Q4", "-l", "zh")
    assert result.exit_code == 0, result.output
    golden("explain-about-twenty-2023Q4-zh.txt", result.output)
    # 41 / 20 = 205%, the equation as true as in English
    assert "完成率 = 实际 / 目标 = 41 / 20个 = 205%" in result.output


def test_a_negative_subtrahend_is_in_parentheses(data: Path) -> None:  # noqa: F811
    """Never a double minus (37.5 - -191.49): a negative figure after a minus is bracketed, in
    both languages, and the equation stays true (issue 19)."""
    q2 = data / "actuals" / "2023Q2.yaml"
    text = q2.read_text(encoding="utf-8")
    assert "{target: output, value: 310}" in text
    q2.write_text(
        text.replace("{target: output, value: 310}", "{target: output, value: 250}"), encoding="utf-8"
    )
    # (250 − 300) / (500 − 300) = −25% along the path from the 2022 baseline; 6 of 60 months
    # = 10%; gap 10 − (−25) = 35 points: off track (> 30 below)
    english = run("explain", "output", "2023Q2", "--lang", "en").output.splitlines()
    assert "  5. gap = 10 − (-25) = 35 points: off_track" in english
    # the minuend keeps its sign as it is: (250 − 300), nothing to bracket
    assert (
        "  3. path from the baseline 300 (end of 2022): completion = (250 − 300) / (500 − 300) = -25%"
        in english
    )
    chinese = run("explain", "output", "2023Q2", "--lang", "zh").output.splitlines()
    assert "  5. 差值 = 10 - (-25) = 35个百分点: 严重滞后" in chinese
    assert not [line for line in english + chinese if re.search(r"[−-] -\d", line)]


def test_render_steps_brackets_only_a_negative_after_a_minus() -> None:
    from plan415x.problems import said
    from plan415x.reports.explain import render_steps
    from plan415x.results import Status
    from plan415x.rules.common import direction

    steps = (
        said("step-level-gap", schedule=37.5, done=-191.49, gap=228.99, status=Status.off_track),
        said("step-level-gap", schedule=-5.0, done=10.0, gap=-15.0, status=Status.on_track),
        said(
            "step-change",
            value=-3.0,
            reference=-5.0,
            change=2.0,
            direction=direction("increase"),
            status=Status.on_track,
        ),
        said("step-expected", target=10.0, schedule=-50.0, expected=-5.0, unit="个"),
    )
    # 37.5 − (−191.49) = 228.99; −5 − 10 = −15; −3 − (−5) = 2
    assert render_steps(steps) == [
        "gap = 37.5 − (-191.49) = 228.99 points: off_track",
        "gap = -5 − 10 = -15 points: on_track",
        "change = -3 − (-5) = 2 (increase wanted): on_track",
        "expected by now = 10 × -50% = -5 个",
    ]
    assert render_steps(steps, "zh") == [
        "差值 = 37.5 - (-191.49) = 228.99个百分点: 严重滞后",
        "差值 = -5 - 10 = -15个百分点: 达进度",
        "变化 = -3 - (-5) = 2(要求增加): 达进度",
        "至今应完成 = 10 × -50% = -5个",
    ]


def _set_language(folder: Path, language: str) -> None:
    plan = folder / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "  language:" not in text
    plan.write_text(text.replace("plan:\n", f"plan:\n  language: {language}\n", 1), encoding="utf-8")


def test_the_default_follows_the_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    monkeypatch.chdir(folder)
    english = run("explain", "projects", "2024Q1").output
    assert english == (Path(__file__).parent / "golden" / "explain-projects-2024Q1.txt").read_text(
        encoding="utf-8"
    )
    _set_language(folder, "zh")
    # a stale figure, a running total in whole items: the English golden's judgement in Chinese
    chinese = run("explain", "projects", "2024Q1")
    assert chinese.exit_code == 0, chinese.output
    golden("explain-projects-2024Q1-zh.txt", chinese.output)
    # --lang wins over the plan's language
    assert run("explain", "projects", "2024Q1", "--lang", "en").output == english


def test_chinese_explain_is_gbk_safe(data: Path) -> None:  # noqa: F811
    """What explain writes itself (the data's own text aside) is in GBK: no replacement needed."""
    for target, period in (
        ("land", "2024-02"),
        ("projects", "2024Q1"),
        ("energy-cap", "2023Q2"),
        ("loans", "2023Q4"),
    ):
        run("explain", target, period, "--lang", "zh").output.encode("gbk")


def test_explain_score_in_chinese_is_golden() -> None:
    """explain --score --lang zh: the same lines as the English golden beside it, in Chinese."""
    from tests.test_score import run as run_score

    result = run_score("explain", "--score", "uc", "2023", "--lang", "zh")
    assert result.exit_code == 0, result.output
    golden("score-explain-uc-2023-zh.txt", result.output)
    english = run_score("explain", "--score", "uc", "2023").output
    # the same amounts, line by line, in the same order
    amounts = re.compile(r"^ +\d+\. +(\S+)|^ += (\S+)", re.MULTILINE)
    assert amounts.findall(result.output) == amounts.findall(english)
    assert run_score("explain", "--score", "uc", "2023", "--lang", "en").output == english


def test_explain_score_follows_the_plan_language(tmp_path: Path) -> None:
    import shutil

    from tests.test_score import SCORE

    shutil.copytree(SCORE, tmp_path / "data")
    plan = tmp_path / "data" / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("  first_year:", "  language: zh\n  first_year:", 1),
        encoding="utf-8",
    )
    result = run("explain", "--score", "uc", "2023", "--data", str(tmp_path / "data"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "uc: 丙局 / Bureau C,2023年"
