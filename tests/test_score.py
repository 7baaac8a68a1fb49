"""年考评 on tests/data/score, computed by hand (the arithmetic beside each figure), through the
command line with exact outputs (golden files tests/golden/score-*), and its exit codes."""

from __future__ import annotations

import json
import os
import shutil
import typing
from decimal import Decimal
from pathlib import Path
from typing import Literal

import pytest
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.scoring.engine import Score, score_year
from plan415x.scoring.load import load_scoring
from plan415x.scoring.model import RULE_TYPES, Rule
from plan415x.scoring.rules import FORMULAS as SCORING_FORMULAS
from plan415x.scoring.rules import RULES
from tests.conftest import REPO, TESTS, snapshot

SCORE = TESTS / "data" / "score"
GOLDEN = TESTS / "golden"
UPDATE = os.environ.get("PLAN415X_UPDATE_GOLDEN") == "1"


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "PLAN415X_DATA": str(SCORE)})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def scored(folder: Path = SCORE, year: int = 2023) -> Score:
    dataset, problems = load_dataset(folder)
    assert dataset is not None, problems
    scoring, problems = load_scoring(folder / "scoring.yaml", dataset.plan)
    assert scoring is not None, problems
    return score_year(Engine(dataset), scoring, year)


def lines_of(score: Score, unit: str) -> list[tuple[str | None, str, str]]:
    u = next(u for u in score.units if u.unit == unit)
    return [(x.target, x.rule, str(x.amount)) for x in u.lines]


def test_unit_a_by_hand() -> None:
    # land is restated for 2023 by land-2023 (unit B's) with the same figures: the pair counts
    # once, and of two equal judgements the year's own commitment is scored (test_unit_b_by_hand).
    # parks (plain: 5 points), 100 亩: 5, 10, 20, 60. Q1 20 behind (yellow, ⌊1/2⌋ = 0);
    #   Q2 40 and Q3 55 behind: two reds, 2 × −2 = −4, capped at 3 (+1); missed at 60%:
    #   shortfall 5 × 40/100 = −2; late −0.50 → 5 − 2 − 4 + 1 − 0.5 = −0.50, floor +0.50 → 0.
    # output is a monitoring indicator: never scored. Total 0.00 of 5 (0%): last.
    score = scored()
    assert lines_of(score, "ua") == [
        ("parks", "base", "5.00"),
        ("parks", "shortfall", "-2.00"),
        ("parks", "red", "-4.00"),
        ("parks", "red", "1.00"),
        ("parks", "late", "-0.50"),
        ("parks", "floor", "0.50"),
    ]
    ua = next(u for u in score.units if u.unit == "ua")
    assert (ua.total, ua.full, ua.rank) == (Decimal("0.00"), Decimal("5.00"), 3)


def test_unit_b_by_hand() -> None:
    # land-2023 restates land (unit A's) for 2023, both 1000 亩 with the same figures and the same
    #   judgements: the pair is scored once, as the year's commitment, land-2023, for B.
    #   1000 亩: 100, 200, 600, 1200 by quarter. Q1 10% vs 25% (15 behind), Q2 20% vs 50% (30),
    #   Q3 60% vs 75% (15): three yellows, ⌊3/2⌋ × 1 = −1; the Q2 file is dated 07-15, due
    #   07-10: late −0.50; achieved at 120%: bonus 10 × 0.5 × 20/100 = +1.00
    #   → 10 − 1 − 0.5 + 1 = 9.50.
    # robots (weight by target: 8 points): no figure in Q1 nor Q2: missing 2 × −1 = −2;
    #   80 in Q3 (on track), 100 of 100 at the year end: achieved, no bonus → 6.00.
    # rd-share (plain share: 5, an annual statistic: owed at the year end only): 3.0 of 3.75 at
    #   the year end, missed at 80%: shortfall
    #   5 × 20/100 = −1.00, waived by the exemption (统计口径调整, 市考评办) → 0.00 → 5.00.
    # Total 9.50 + 6.00 + 5.00 = 20.50 of 23 (89.1%): first.
    score = scored()
    assert lines_of(score, "ub") == [
        ("land-2023", "base", "10.00"),
        ("land-2023", "yellow", "-1.00"),
        ("land-2023", "late", "-0.50"),
        ("land-2023", "bonus", "1.00"),
        ("robots", "base", "8.00"),
        ("robots", "missing", "-1.00"),
        ("robots", "missing", "-1.00"),
        ("rd-share", "base", "5.00"),
        ("rd-share", "shortfall", "0.00"),
    ]
    ub = next(u for u in score.units if u.unit == "ub")
    waived = [x for x in ub.lines if x.exemption is not None]
    assert [(x.waived, x.exemption.approved_by) for x in waived if x.exemption] == [
        (Decimal("-1.00"), "市考评办")
    ]
    assert (ub.total, ub.full, ub.rank) == (Decimal("20.50"), Decimal("23.00"), 1)


def test_unit_c_by_hand() -> None:
    # invest (ensure: 10), 300 亿元 over 2023-2027, 60 months: at the year end 30 of a schedule
    #   of 12/60 = 20%: completion 10%, gap 10 (watch): shortfall 10 × 10/20 = −5.00;
    #   Q1 3.3% vs 5%, Q2 5% vs 10%, Q3 6.7% vs 15%: three yellows, −1; late in Q2 (the file,
    #   07-15) and in Q3 (the record's own source, 10-20; the file's 10-09 is on time):
    #   2 × −0.50 → 10 − 5 − 1 − 1 = 3.00. Its second unit (ua) is not scored: scored: lead.
    # zone (milestone: 4): done at the year end; not_done in Q3 (one yellow: ⌊1/2⌋ = 0);
    #   late in Q2 −0.50 → 3.50.
    # exports (plain: 5), 50 亩: 100 at the year end, 200%: bonus 5 × 0.5 × 100/100 = 2.50,
    #   capped at 2 per target (−0.50); late −0.50 → 6.50.
    # The unit's bonuses, 2.00, are capped at 1.50: −0.50. Total 3 + 3.5 + 6.5 − 0.5 = 12.50
    # of 19 (65.8%).
    score = scored()
    assert lines_of(score, "uc") == [
        ("invest", "base", "10.00"),
        ("invest", "shortfall", "-5.00"),
        ("invest", "yellow", "-1.00"),
        ("invest", "late", "-0.50"),
        ("invest", "late", "-0.50"),
        ("zone", "base", "4.00"),
        ("zone", "late", "-0.50"),
        ("exports", "base", "5.00"),
        ("exports", "late", "-0.50"),
        ("exports", "bonus", "2.50"),
        ("exports", "bonus", "-0.50"),
        (None, "cap", "-0.50"),
    ]
    uc = next(u for u in score.units if u.unit == "uc")
    assert (uc.total, uc.full, uc.rank) == (Decimal("12.50"), Decimal("19.00"), 2)


def test_every_rule_fires_and_the_floor_and_caps_are_hit() -> None:
    score = scored()
    fired = {x.rule for u in score.units for x in u.lines}
    assert fired == {"base", "shortfall", "red", "yellow", "missing", "late", "bonus", "floor", "cap"}


def test_ranked_by_total_instead(tmp_path: Path) -> None:
    # By total: ub 20.50, uc 12.50, ua 0.00.
    folder = shutil.copytree(SCORE, tmp_path / "data")
    text = (folder / "scoring.yaml").read_text(encoding="utf-8")
    (folder / "scoring.yaml").write_text(text + "rank_by: total\n", encoding="utf-8")
    assert [(u.unit, u.rank) for u in scored(folder).units] == [("ub", 1), ("uc", 2), ("ua", 3)]


def test_scored_all_gives_a_co_unit_the_target(tmp_path: Path) -> None:
    # invest's second unit is ua: with scored: all, ua gets invest's lines too (3.00 net):
    # 0.00 + 3.00 = 3.00 of 15.
    folder = shutil.copytree(SCORE, tmp_path / "data")
    text = (folder / "scoring.yaml").read_text(encoding="utf-8")
    (folder / "scoring.yaml").write_text(text + "scored: all\n", encoding="utf-8")
    ua = next(u for u in scored(folder).units if u.unit == "ua")
    assert (ua.total, ua.full) == (Decimal("3.00"), Decimal("15.00"))


def test_the_same_score_whatever_the_order_of_files_and_records(tmp_path: Path) -> None:
    first = scored()
    folder = shutil.copytree(SCORE, tmp_path / "data")
    for path in (folder / "actuals").glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines()
        head = [x for x in lines if not x.startswith("  - ")]
        records = [x for x in lines if x.startswith("  - ")]
        path.unlink()
        (folder / "actuals" / path.name.replace(".yaml", ".yml")).write_text(
            "\n".join([*head, *reversed(records)]) + "\n", encoding="utf-8"
        )
    again = scored(folder)
    assert [(u.unit, u.lines, u.total) for u in again.units] == [
        (u.unit, u.lines, u.total) for u in first.units
    ]


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "csv"])
def test_score_formats_are_golden(fmt: str) -> None:
    result = run("score", "2023", "--format", fmt)
    assert result.exit_code == 0, result.output
    golden(f"score-2023.{fmt}", result.output)


def test_score_in_english_is_golden() -> None:
    result = run("score", "2023", "--lang", "en")
    assert result.exit_code == 0
    golden("score-2023-en.table", result.output)


def test_explain_score_is_golden() -> None:
    result = run("explain", "--score", "uc", "2023")
    assert result.exit_code == 0, result.output
    golden("score-explain-uc-2023.txt", result.output)


def test_one_unit_is_ranked_among_all() -> None:
    data = json.loads(run("score", "2023", "--unit", "uc", "--format", "json").output)
    assert [(u["unit"], u["rank"], u["score"]) for u in data["units"]] == [("uc", 2, 12.5)]


def test_json_adds_up() -> None:
    data = json.loads(run("score", "2023", "--format", "json").output)
    for unit in data["units"]:
        lines = [x["points"] for t in unit["targets"] for x in t["lines"]] + [
            x["points"] for x in unit["unit_lines"]
        ]
        assert Decimal(str(sum(Decimal(str(x)) for x in lines))) == Decimal(str(unit["score"]))
        assert sum(Decimal(str(v)) for v in unit["by_rule"].values()) == Decimal(str(unit["score"]))
    assert data["illustrative"] is True


def test_csv_adds_up_as_printed() -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(run("score", "2023", "--format", "csv").output)))
    for unit in {r["unit"] for r in rows}:
        mine = [r for r in rows if r["unit"] == unit]
        assert sum(Decimal(r["points"]) for r in mine) == Decimal(mine[0]["score"])


def test_usage_errors_exit_2() -> None:
    assert run("score", "2023Q2").exit_code == 2
    assert run("score", "2031").exit_code == 2
    result = run("score", "2023", "--unit", "nobody")
    assert (result.exit_code, "unknown unit 'nobody'" in result.output) == (2, True)
    assert run("score", "2023", "--format", "pdf").exit_code == 2
    assert run("explain", "--score", "nobody", "2023").exit_code == 2


def test_no_scoring_file_says_how_to_start(tmp_path: Path) -> None:
    folder = shutil.copytree(SCORE, tmp_path / "data")
    (folder / "scoring.yaml").unlink()
    result = CliRunner().invoke(app, ["score", "2023", "--data", str(folder)])
    assert result.exit_code == 2
    assert "no scoring.yaml" in result.output
    assert "docs/scoring.md" in result.output
    assert "Traceback" not in result.output


def test_the_default_rules_score_the_repository_data_and_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    before = snapshot(REPO / "data")
    result = CliRunner().invoke(app, ["score", "2023", "--data", "data"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "使用默认考评细则" in result.output
    assert "示意数据" in result.output
    assert snapshot(REPO / "data") == before


def test_text_from_the_data_is_escaped(tmp_path: Path) -> None:
    folder = shutil.copytree(SCORE, tmp_path / "data")
    text = (folder / "scoring.yaml").read_text(encoding="utf-8")
    text = text.replace("note: 统计口径调整", 'note: "=HYPERLINK(1) | <b>\\n::error"')
    (folder / "scoring.yaml").write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["score", "2023", "--data", str(folder), "--format", "csv"]).output
    assert "\"'=HYPERLINK(1)" in out
    assert ",=HYPERLINK" not in out
    md = CliRunner().invoke(app, ["score", "2023", "--data", str(folder), "--format", "markdown"]).output
    assert "\\| &lt;b&gt;<br>::error" in md
    table = CliRunner().invoke(app, ["score", "2023", "--data", str(folder)]).output
    assert "\n::error" not in table


def test_gbk_console_gets_every_line() -> None:
    from plan415x.safetext import encodable

    # Every character has a close stand-in in GBK (− as -), none becomes "?".
    outputs = [run("score", "2023", "--format", fmt).output for fmt in ("table", "markdown", "csv")]
    outputs += [run("score", "2023", "--lang", "en").output]
    outputs += [run("explain", "--score", unit, "2023").output for unit in ("ua", "ub", "uc")]
    for text in outputs:
        shown = encodable(text, "gbk")
        shown.encode("gbk")
        assert shown.count("?") == text.count("?")


def test_late_follows_the_plans_reporting_calendar(tmp_path: Path) -> None:
    # Without a due_day of its own the rule takes targets.yaml's calendar: with reporting.due
    # quarterly on the 20th, the Q2 file dated 07-15 is on time (due 07-20), the Q3 correction
    # of invest dated 10-20 is on time too (due 10-20); with the 10th every one of those is late.
    folder = tmp_path / "score"
    shutil.copytree(SCORE, folder)
    rules = folder / "scoring.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace(", due_day: 10}", "}"), encoding="utf-8")
    plan = folder / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "\nreporting:" not in text
    plan.write_text(
        text.replace("\ntargets:\n", "\nreporting:\n  due: {monthly: 20, quarterly: 20}\ntargets:\n", 1),
        encoding="utf-8",
    )
    late = [line for u in scored(folder).units for line in u.lines if line.rule == "late"]
    assert late == []
    plan.write_text(
        text.replace("\ntargets:\n", "\nreporting:\n  due: {monthly: 10, quarterly: 10}\ntargets:\n", 1),
        encoding="utf-8",
    )

    def late_lines(score: Score) -> list[tuple[str | None, str]]:
        return [(x.target, str(x.amount)) for u in score.units for x in u.lines if x.rule == "late"]

    # the same lines as the rule's own due_day 10 gives (the hand-computed tests above)
    assert late_lines(scored(folder)) == late_lines(scored())
    assert (
        len(late_lines(scored())) == 6
    )  # land, parks, zone, exports at Q2; invest at Q2 and its Q3 correction


def test_validate_checks_the_scoring_file_too(tmp_path: Path) -> None:
    # CI's `plan415x validate` must catch a misspelt scoring rule, located, exit 1
    folder = tmp_path / "score"
    shutil.copytree(SCORE, folder)
    rules = folder / "scoring.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace("due_day: 10}", "due_day: 10, typo: 1}"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["validate", "--data", str(folder), "--format", "parsable"])
    assert result.exit_code == 1
    assert result.output.endswith(
        "scoring.yaml:15:82: [error] unknown field 'typo'; did you mean 'type'? (unknown-field)\n"
    )


def test_the_scoring_rule_types_are_listed_once() -> None:
    # Issue 20: the types were listed three times (the model's union, the scorers' and the docs'
    # registry, the loader's tags and models, that last with no test). Now the union is the list
    # and the others are made from it, in its order (docs/scoring.md's sections follow it).
    assert tuple(RULE_TYPES) == ("shortfall", "lights", "missing", "late", "bonus")
    assert set(RULE_TYPES.values()) == set(typing.get_args(typing.get_args(Rule)[0]))
    assert all(RULE_TYPES[tag].model_fields["type"].annotation == Literal[tag] for tag in RULE_TYPES)
    assert list(RULES) == list(RULE_TYPES)
    assert [RULES[tag].__module__ for tag in RULES] == [f"plan415x.scoring.rules.{t}" for t in RULE_TYPES]
    assert list(SCORING_FORMULAS) == [*RULE_TYPES, "limits"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # the loader's list of types, sorted
        (
            "type: late,",
            "type: lat,",
            "type: 'lat' is not a rule type; choose from: bonus, late, lights, missing, shortfall",
        ),
        # the loader's model of each type: the close field is the rule's own (late's due_day)
        ("due_day: 10}", "due_dy: 10}", "unknown field 'due_dy'; did you mean 'due_day'?"),
        ("light: yellow,", "lite: yellow,", "unknown field 'lite'; did you mean 'light'?"),
    ],
)
def test_the_loader_takes_its_rule_types_from_the_list(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    folder = tmp_path / "score"
    shutil.copytree(SCORE, folder)
    rules = folder / "scoring.yaml"
    text = rules.read_text(encoding="utf-8")
    assert text.count(old) == 1
    rules.write_text(text.replace(old, new), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", "--data", str(folder), "--format", "parsable"])
    assert result.exit_code == 1
    assert message in result.output


def test_lights_count_the_quarter_ends_unless_told_every_file(tmp_path: Path) -> None:
    # A month's file between the quarters (1-5月, land-2023 150 of 1000: 15% against 5/12 = 41.7%,
    # 26.7 behind: yellow). By default the lights counted are those each 季晾晒 published
    # (Q1, Q2, Q3: three yellows -> ⌊3/2⌋ × 1 = −1, as in test_unit_a_by_hand); with at: files
    # the May light counts too: four yellows -> ⌊4/2⌋ × 1 = −2.
    folder = tmp_path / "score"
    shutil.copytree(SCORE, folder)
    (folder / "actuals" / "2023-05.yaml").write_text(
        "period: 2023-05\nillustrative: true\nsource: {document: 1-5月报表, date: 2023-06-08}\n"
        "records:\n  - {target: land-2023, value: 150}\n",
        encoding="utf-8",
    )

    def yellow(score: Score) -> list[str]:
        return [
            str(x.amount)
            for u in score.units
            for x in u.lines
            if x.rule == "yellow" and x.target == "land-2023"
        ]

    assert yellow(scored(folder)) == ["-1.00"]
    rules = folder / "scoring.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace(
            "light: yellow, every: 2,", "light: yellow, at: files, every: 2,"
        ),
        encoding="utf-8",
    )
    assert yellow(scored(folder)) == ["-2.00"]


def test_missing_is_what_reporting_lists_missing(tmp_path: Path) -> None:
    # A figure of an earlier period does not stand in for the one owed: parks has Q1 and Q2 only
    # of its quarterly files; removing its Q2 record leaves its Q1 figure standing (stale at Q2),
    # and the Q2 figure is missing all the same: one more −1.00 for parks at 2023Q2
    folder = tmp_path / "score"
    shutil.copytree(SCORE, folder)
    q2 = folder / "actuals" / "2023Q2.yaml"
    q2.write_text(
        q2.read_text(encoding="utf-8").replace("  - {target: parks, value: 10}\n", ""), encoding="utf-8"
    )
    before = [
        (x.period, str(x.amount))
        for u in scored().units
        for x in u.lines
        if x.rule == "missing" and x.target == "parks"
    ]
    after = [
        (x.period, str(x.amount))
        for u in scored(folder).units
        for x in u.lines
        if x.rule == "missing" and x.target == "parks"
    ]
    assert [str(p) for p, _ in after if (p, _) not in before] == ["2023Q2"]


def test_score_unit_takes_a_name_too() -> None:
    # as reporting, template and check do: 乙局 is ub
    by_name, by_id = run("score", "2023", "--unit", "乙局"), run("score", "2023", "--unit", "ub")
    assert by_name.exit_code == 0, by_name.output
    assert by_name.output == by_id.output


def test_a_changed_scoring_file_is_checked_again(tmp_path: Path, private_cache: Path) -> None:
    import shutil

    from plan415x.scoring import problems_of, scoring_path

    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    dataset, _ = load_dataset(data, lean=True)
    assert dataset is not None
    path = scoring_path(data)
    assert dataset.plan_key is not None  # from the cache: the key of the plan's bytes it read
    assert problems_of(path, dataset) == []
    assert problems_of(path, dataset) == []  # remembered
    path.write_text(path.read_text(encoding="utf-8") + "nonsense: 1\n", encoding="utf-8")
    assert [p.code for p in problems_of(path, dataset)] == ["unknown-field"]
    # Loaded without the cache, nothing is remembered (no key of the plan's bytes to file by).
    uncached, _ = load_dataset(data)
    assert uncached is not None
    assert uncached.plan_key is None


def test_the_scoring_mark_is_filed_by_the_plan_the_dataset_was_built_from(
    tmp_path: Path, private_cache: Path
) -> None:
    # Found in review: the mark was keyed by a second read of targets.yaml; a plan saved between
    # the load and that read had the scoring rules vouched for without being checked against.
    from plan415x.scoring import problems_of, scoring_path

    data = tmp_path / "score"
    shutil.copytree(TESTS / "data" / "score", data)
    before, _ = load_dataset(data, lean=True)
    assert before is not None
    plan = data / "targets.yaml"
    # 乙局's id renamed: the plan and the figures stay valid, the scoring file's exemption for
    # unit ub no longer names a unit.
    renamed = plan.read_text(encoding="utf-8").replace("id: ub,", "id: ub2,").replace("[ub]", "[ub2]")
    plan.write_text(renamed, encoding="utf-8")  # saved after the load, before the check
    assert problems_of(scoring_path(data), before) == []  # checked against the plan it loaded
    after, problems = load_dataset(data, lean=True)
    assert after is not None, problems
    assert after.plan_key != before.plan_key
    # The new plan is checked, not vouched for by the mark filed under the old one.
    assert [p.code for p in problems_of(scoring_path(data), after)] == ["unknown-unit"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_explain_score_with_an_exemption_is_golden(lang: str) -> None:
    # 乙局 (ub) has rd-share's shortfall exempted: the exemption's line, in both languages.
    result = run("explain", "--score", "ub", "2023", "--lang", lang)
    assert result.exit_code == 0, result.output
    assert ("exempted: 1.00 waived" if lang == "en" else "豁免: 免扣1.00分") in result.output
    golden(f"score-explain-ub-2023-{lang}.txt", result.output)


# An unfinished year is not scored as if finished (issue 19, item 5). "Today" is PLAN415X_TODAY.

JULY = "2023-07-20"


def run_on(today: str, *args: str, data: Path = SCORE) -> Result:
    result = CliRunner().invoke(
        app, list(args), env={"COLUMNS": "200", "PLAN415X_DATA": str(data), "PLAN415X_TODAY": today}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_a_year_not_over_is_refused_and_says_why() -> None:
    # On 20 July the files of 2023Q1 and 2023Q2 cover periods that have ended (Q3, Q4 have not):
    # no score of the year without --provisional, for score, explain --score alike (exit 2).
    result = run_on(JULY, "score", "2023")
    assert (result.exit_code, result.output) == (
        2,
        "plan415x: error: 2023 is not over (today is 2023-07-20; the figures run to 2023Q2, month 6):"
        " a score now would judge the year end on figures not yet due and count them as missing."
        " Give --provisional for a provisional score of the figures to month 6, labelled as such\n",
    )
    assert run_on(JULY, "explain", "--score", "ua", "2023").output == result.output
    # before any period of the year has ended there is nothing to score, even provisionally
    early = run_on("2023-02-01", "score", "2023", "--provisional")
    assert (early.exit_code, early.output) == (
        2,
        "plan415x: error: 2023 is not over (today is 2023-02-01) and no period of it with figures"
        " has ended: nothing to score yet\n",
    )
    # the last day of the year is not yet its end; the next day is
    assert run_on("2023-12-31", "score", "2023").exit_code == 2
    assert run_on("2024-01-01", "score", "2023").exit_code == 0


def test_a_provisional_score_in_july_by_hand() -> None:
    # Judged at 2023Q2 (1-6月, schedule 50%) on the Q1 and Q2 files; Q3 and Q4 left out.
    # land (ua) and land-2023 (ub), its 2023 restatement, both 200 of 1000: judged alike, so the
    #   year's restatement is scored, for ub (test_unit_b_by_hand): land-2023 (ensure 10), 20%
    #   against 50%, 30 behind (behind): shortfall 10 × 30/50 = −6.00; yellow at Q1 only (Q2
    #   stands for the year end, which shortfall scores): ⌊1/2⌋ = 0; Q2 file dated 07-15, due
    #   07-10: late −0.50 → 3.50.
    # ua parks (5), 10 of 100: 10% against 50%, 40 behind (off_track): 5 × 40/50 = −4.00; red at
    #   Q2 not counted (as above), Q1 yellow ⌊1/2⌋ = 0; late −0.50 → 0.50. ua: 0.50 of 5 (10%).
    # ub robots: no figure for 2023Q2 yet: not scored (nor its Q1 漏报); rd-share (annual) not due
    #   at 1-6月: not scored. ub: 3.50 of 10 (35%).
    # uc invest (10), 15 of 300 over 60 months: 5% against 6/60 = 10%, 5 behind (watch):
    #   10 × 5/10 = −5.00; late −0.50 → 4.50. zone (4) pending before its deadline: late −0.50 →
    #   3.50. exports (5), 40 of 50: 80% against 50% (ahead): late −0.50 → 4.50. uc: 12.50 of 19.
    dataset, _ = load_dataset(SCORE)
    assert dataset is not None
    scoring, _ = load_scoring(SCORE / "scoring.yaml", dataset.plan)
    assert scoring is not None
    import datetime as dt

    score = score_year(Engine(dataset), scoring, 2023, today=dt.date(2023, 7, 20), provisional=True)
    assert lines_of(score, "ua") == [
        ("parks", "base", "5.00"),
        ("parks", "shortfall", "-4.00"),
        ("parks", "late", "-0.50"),
    ]
    assert lines_of(score, "ub") == [
        ("land-2023", "base", "10.00"),
        ("land-2023", "shortfall", "-6.00"),
        ("land-2023", "late", "-0.50"),
    ]
    assert lines_of(score, "uc") == [
        ("invest", "base", "10.00"),
        ("invest", "shortfall", "-5.00"),
        ("invest", "late", "-0.50"),
        ("zone", "base", "4.00"),
        ("zone", "late", "-0.50"),
        ("exports", "base", "5.00"),
        ("exports", "late", "-0.50"),
    ]
    assert [(u.unit, str(u.total), str(u.full), u.rank) for u in score.units] == [
        ("uc", "12.50", "19.00", 1),
        ("ub", "3.50", "10.00", 2),
        ("ua", "0.50", "5.00", 3),
    ]
    ub = next(u for u in score.units if u.unit == "ub")
    assert ub.pending == frozenset({"robots"})


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_provisional_score_says_so_in_the_table(lang: str) -> None:
    result = run_on(JULY, "score", "2023", "--provisional", "--lang", lang)
    assert result.exit_code == 0, result.output
    head = result.output.splitlines()[3:5]
    if lang == "zh":
        assert head == [
            "暂定得分(非最终): 2023年度未结束(今天 2023-07-20), 数据截至6月(2023Q2)",
            "所用数据: 2023Q1、2023Q2 各期实绩文件; 各指标按2023年1-6月判定, 2023Q2尚无数据的指标不计分,"
            " 2023Q2缺报不计漏报; 未用: 2023Q3、2023Q4(该期未结束)",
        ]
        assert (
            "不计分(截至2023Q2未判定或尚无数据): 机器人用地 (尚无2023Q2数据), 研发占比 (未到期)"
            in result.output
        )
    else:
        assert head == [
            "PROVISIONAL score (not final): year not over (today 2023-07-20), data to month 6 (2023Q2)",
            "Data used: the files of 2023Q1, 2023Q2; every target judged at 2023Q2, a target with no"
            " figure for 2023Q2 yet is not scored, and no figure of 2023Q2 counts as missing;"
            " left out: 2023Q3, 2023Q4 (period not over)",
        ]
    golden(f"score-2023-provisional-{lang}.table", result.output)


def test_a_provisional_score_says_so_in_json_and_csv() -> None:
    data = json.loads(run_on(JULY, "score", "2023", "--provisional", "--format", "json").output)
    assert data["final"] is False
    provisional = dict(data["provisional"])
    assert provisional.pop("note_zh").startswith("暂定得分(非最终): 2023年度未结束")
    assert provisional.pop("note_en").startswith("PROVISIONAL score (not final): year not over")
    assert provisional == {
        "why": "year_not_over",
        "today": "2023-07-20",
        "data_to": "2023Q2",
        "data_to_month": 6,
        "periods_used": ["2023Q1", "2023Q2"],
        "left_out": ["2023Q3", "2023Q4"],
        # none of the year-end figures counts before the year's end (2023Q4 is left out)
        "units_without_year_end": ["ua", "ub", "uc"],
        "year_end_missing": 7,
        "year_end_due": 7,
    }
    assert data["periods"] == ["2023Q1", "2023Q2"]
    ub = next(u for u in data["units"] if u["unit"] == "ub")
    assert ub["not_scored"] == [
        {"id": "robots", "status": "no_data", "pending": True},
        {"id": "rd-share", "status": "not_due", "pending": False},
    ]
    import csv
    import io

    rows = list(
        csv.DictReader(io.StringIO(run_on(JULY, "score", "2023", "--provisional", "--format", "csv").output))
    )
    assert {r["provisional"] for r in rows} == {"true"}
    final = json.loads(run("score", "2023", "--format", "json").output)
    assert (final["final"], final["provisional"]) == (True, None)


def _drop(folder: Path, period: str, *targets: str) -> None:
    path = folder / "actuals" / f"{period}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(
        "".join(x for x in lines if not any(f"{{target: {t}," in x for t in targets)), encoding="utf-8"
    )


def test_a_year_whose_year_end_figures_are_not_in_is_refused(tmp_path: Path) -> None:
    # 乙局 (ub) sent none of its year-end figures (robots, rd-share and land-2023 gone from 2023Q4):
    # its year end is not in. land-2023 without a figure (未填报, grey) beside land's 1200 (judged):
    # the judged one counts for the pair, land, 甲局's. 7 figures due at the year end (land, parks,
    # robots, rd-share, invest, zone, exports; output is monitoring only), 2 missing.
    folder = shutil.copytree(SCORE, tmp_path / "data")
    _drop(folder, "2023Q4", "robots", "rd-share", "land-2023")
    result = run_on("2024-03-01", "score", "2023", data=folder)
    assert (result.exit_code, result.output) == (
        2,
        "plan415x: error: the year-end figures of 2023 are not in: 1 unit(s) sent none of theirs"
        " (乙局 (ub)); 2 of 7 year-end figures due are missing (figures of 2023Q1, 2023Q2, 2023Q3,"
        " 2023Q4): a score now would count each as missed and missing. Give --provisional for a"
        " provisional score of the figures to month 12, labelled as such\n",
    )
    # Provisional: ub's two targets are not scored (no figure for 2023Q4 yet), so neither are
    # robots' Q1 and Q2 漏报; ua and uc exactly as in the final score (9.50, 12.50).
    shown = run_on("2024-03-01", "score", "2023", "--provisional", "--format", "json", data=folder)
    data = json.loads(shown.output)
    assert [(u["unit"], u["score"], u["full"]) for u in data["units"]] == [
        ("uc", 12.5, 19.0),
        ("ua", 9.5, 15.0),
        ("ub", 0.0, 0.0),
    ]
    assert data["provisional"]["note_zh"].startswith(
        "暂定得分(非最终): 2023年末数据未齐(乙局 未报任何年末数据; 年末应报7项, 缺2项), 数据截至12月(2023Q4)"
    )


def test_a_unit_that_sent_its_year_end_without_one_figure_is_scored_final(tmp_path: Path) -> None:
    # 乙局 sent robots at the year end but not rd-share: its year end is in, rd-share is 漏报, as
    # in the repository's 2023 (demo-incubation-bases-annual). rd-share no_data: shortfall
    # 5 × 1 = −5.00, waived by the exemption (0.00); missing at 2023Q4 −1.00 → 4.00; robots 6.00
    # and land-2023 9.50 as before: ub 19.50 of 23.
    folder = shutil.copytree(SCORE, tmp_path / "data")
    _drop(folder, "2023Q4", "rd-share")
    data = json.loads(run_on("2024-03-01", "score", "2023", "--format", "json", data=folder).output)
    assert data["final"] is True
    ub = next(u for u in data["units"] if u["unit"] == "ub")
    assert (ub["score"], ub["full"]) == (19.5, 23.0)
    rd = next(t for t in ub["targets"] if t["id"] == "rd-share")
    assert [(x["rule"], x["period"], x["points"]) for x in rd["lines"]] == [
        ("base", None, 5.0),
        ("shortfall", None, 0.0),
        ("missing", "2023Q4", -1.0),
    ]


def test_the_repositorys_2024_is_refused_and_2023_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    # data/actuals/2024.yaml holds two published figures (land renovation, 10亿 projects): the
    # year is over on 2026-12-07 but 市发改局, 市科技局 and 市市场监管局 have no year-end figure.
    monkeypatch.chdir(REPO)
    env = {"COLUMNS": "200", "PLAN415X_TODAY": "2026-12-07"}
    refused = CliRunner().invoke(app, ["score", "2024", "--data", "data"], env=env)
    assert refused.exit_code == 2
    assert refused.output.startswith(
        "plan415x: error: the year-end figures of 2024 are not in: 3 unit(s) sent none of theirs"
        " (市发改局 (fgj), 市科技局 (kjj), 市市场监管局 (scjg)); 62 of 64 year-end figures due are missing"
        " (figures of 2024)"
    )
    shown = CliRunner().invoke(app, ["score", "2024", "--data", "data", "--provisional"], env=env)
    assert shown.exit_code == 0, shown.output
    assert (
        "暂定得分(非最终): 2024年末数据未齐(市发改局、市科技局、市市场监管局 未报任何年末数据" in shown.output
    )
    assert CliRunner().invoke(app, ["score", "2023", "--data", "data"], env=env).exit_code == 0


def test_a_bad_today_is_a_usage_error() -> None:
    result = run_on("July", "score", "2023")
    assert (result.exit_code, result.output) == (
        2,
        "plan415x: error: PLAN415X_TODAY='July' is not a date; write it as 2024-07-15\n",
    )


def test_explain_score_provisional() -> None:
    # land and land-2023 judged alike: the year's restatement is scored, for ub
    result = run_on(JULY, "explain", "--score", "ub", "2023", "--provisional", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (
        "PROVISIONAL score (not final): year not over (today 2023-07-20), data to month 6 (2023Q2)" in lines
    )
    assert lines[3].startswith("  periods  2023Q1, 2023Q2 ")
    assert (
        "land-2023: 用地改造(2023) / Land renovated (2023) — at 2023Q2 behind (滞后), completion 20%" in lines
    )
    alone = run_on(JULY, "explain", "land", "2023Q2", "--provisional")
    assert (alone.exit_code, alone.output) == (
        2,
        "plan415x: error: --provisional goes with --score: explain --score UNIT YEAR --provisional\n",
    )
