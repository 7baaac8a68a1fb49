"""Issue 21, item 4: a published 晾晒 stays published. The data: tests/data/rank21 copied to a
temporary folder (places worked out by hand in tests/test_rank_21.py's docstring).

At 2024Q1 (25%): 乙局, 丙局, 己局 0.0 (place 1, all three); 甲局 a-red 5 (20 behind) -> 6.6667 (4);
丁局 and 戊局 d3, e3 0 (25 behind, yellow) -> 8.3333 (5, 5); 庚局 不参与排名 (two targets)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app

DATA = Path(__file__).parent / "data" / "rank21"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def invoke(data: Path, *args: str, date: str = "2024-04-15") -> tuple[int, str, str]:
    env = {"COLUMNS": "200", "PLAN415X_TODAY": date, "PLAN415X_NO_CACHE": "1"}
    result = CliRunner().invoke(app, [*args, "--data", str(data)], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_publish_records_the_period(data: Path) -> None:
    code, out, err = invoke(data, "publish", "2024Q1", "--lang", "en")
    assert (code, out, err) == (
        0,
        "published 2024Q1 on 2024-04-15: 20 judgements, 6 units ranked -> published/2024Q1.json\n",
        "",
    )
    raw = (data / "published" / "2024Q1.json").read_bytes()
    doc = json.loads(raw.decode("utf-8"))
    assert (doc["period"], doc["published"], doc["format"], doc["measure"]) == (
        "2024Q1",
        "2024-04-15",
        1,
        "capped_gap",
    )
    assert doc["compared_with"] is None
    assert doc["new_year"] is True
    rows = [
        (u["unit"], u["rank"], u["standing"], u["average_behind_points"], u["red"]) for u in doc["ranking"]
    ]
    assert rows == [
        ("ub", 1, "ranked", 0.0, 0),
        ("uc", 1, "ranked", 0.0, 0),
        ("uf", 1, "ranked", 0.0, 0),
        ("ua", 4, "ranked", 6.666667, 0),
        ("ud", 5, "ranked", 8.333333, 0),
        ("ue", 5, "ranked", 8.333333, 0),
        ("ug", None, "excluded", 0.0, 0),
    ]
    a_red = next(j for j in doc["judgements"] if j["target"] == "a-red")
    assert (a_red["actual"], a_red["completion_pct"], a_red["gap_points"], a_red["light"]) == (
        5.0,
        5.0,
        20.0,
        "yellow",
    )
    assert [j["target"] for j in doc["judgements"]] == sorted(j["target"] for j in doc["judgements"])
    # Deterministic: the same data and date give the same bytes; the loader leaves published/ be.
    shutil.rmtree(data / "published")
    assert invoke(data, "publish", "2024Q1")[0] == 0
    assert (data / "published" / "2024Q1.json").read_bytes() == raw
    assert invoke(data, "validate")[0] == 0
    assert raw.endswith(b"}\n")
    assert not list((data / "published").glob(".*"))


def test_publishing_twice_keeps_the_earlier_record(data: Path) -> None:
    assert invoke(data, "publish", "2024Q1")[0] == 0
    first = (data / "published" / "2024Q1.json").read_bytes()
    code, out, err = invoke(data, "publish", "2024Q1", "--lang", "zh", date="2024-04-20")
    assert (code, out) == (2, "")
    assert (
        err == "2024Q1 已于 2024-04-15 发布(published/2024Q1.json);再次发布请加 --force(原发布记录另存保留)\n"
    )
    assert (data / "published" / "2024Q1.json").read_bytes() == first
    code, out, err = invoke(data, "publish", "2024Q1", "--force", "--lang", "en", date="2024-04-20")
    assert code == 0
    assert err == "the earlier publication of 2024-04-15 is kept as published/2024Q1.1.json\n"
    assert (data / "published" / "2024Q1.1.json").read_bytes() == first
    assert json.loads((data / "published" / "2024Q1.json").read_text("utf-8"))["published"] == "2024-04-20"
    # A third: the second kept too, none over another.
    assert invoke(data, "publish", "2024Q1", "--force", date="2024-04-21")[0] == 0
    names = sorted(p.name for p in (data / "published").iterdir())
    assert names == ["2024Q1.1.json", "2024Q1.2.json", "2024Q1.json"]
    assert (data / "published" / "2024Q1.1.json").read_bytes() == first


def test_publishing_bad_data_is_refused(data: Path) -> None:
    path = data / "actuals" / "2024Q1.yaml"
    text = path.read_text("utf-8").replace("{target: a-item, value: 0}", "{target: a-item, value: -1}")
    path.write_text(text, "utf-8")
    code, out, err = invoke(data, "publish", "2024Q1", "--lang", "en")
    assert (code, out) == (1, "")
    assert "2024Q1.yaml\n" in err
    assert "(negative-value)" in err
    assert err.endswith("2024Q1 not published: the data has problems (above); correct them first\n")
    assert not (data / "published").exists()


def test_publishing_a_figure_warned_about_is_refused(data: Path) -> None:
    # 101 of the year's 100 in the first quarter (early-exceeded): valid, hard to believe; 150 by
    # 1-6月 keeps the year-to-date figures rising.
    for name, was, now in (("2024Q1", 25, 101), ("2024Q2", 50, 150)):
        path = data / "actuals" / f"{name}.yaml"
        text = path.read_text("utf-8").replace(
            f"{{target: b1, value: {was}}}", f"{{target: b1, value: {now}}}"
        )
        path.write_text(text, "utf-8")
    code, out, err = invoke(data, "publish", "2024Q1", "--lang", "en")
    assert (code, out) == (1, "")
    assert "2024Q1.yaml\n" in err
    assert "(early-exceeded)" in err
    assert err.endswith(
        "2024Q1 not published: 1 plausibility warning(s) on its figures (above); check them with the"
        " units, then record each as checked (import --accept CODE, or checked: in the record)\n"
    )
    assert not (data / "published" / "2024Q1.json").exists()
    # Checked with the unit and found right: published, and the record says which was taken.
    code, out, err = invoke(data, "publish", "2024Q1", "--accept", "early-exceeded")
    assert (code, err) == (0, "")
    doc = json.loads((data / "published" / "2024Q1.json").read_text("utf-8"))
    assert doc["accepted"] == [{"code": "early-exceeded", "file": "actuals/2024Q1.yaml", "target": "b1"}]


def test_publishing_a_period_without_figures_is_refused(data: Path) -> None:
    code, out, err = invoke(data, "publish", "2024-07", "--lang", "en")
    assert (code, out, err) == (2, "", "2024-07 not published: there is no file of its figures in actuals/\n")


def min_targets(data: Path, n: int) -> None:
    """The data's ranking rule changed after a publication: ``assessment.ranking.min_targets``."""
    path = data / "targets.yaml"
    path.write_text(path.read_text("utf-8") + f"assessment:\n  ranking: {{min_targets: {n}}}\n", "utf-8")


def moves_of(data: Path, period: str) -> dict[str, str]:
    code, out, err = invoke(data, "rank", period, "--format", "json")
    assert (code, err) == (0, "")
    return {u["unit"]: u["move"] for u in json.loads(out)["units"]}


def test_a_later_ranking_compares_with_the_published_places(data: Path) -> None:
    """2024Q1 published with min_targets 3 (ub, uc, uf 1; ua 4; ud, ue 5; ug not ranked), then
    min_targets lowered to 2, so that 庚局 (two targets, 0.0) is ranked. 2024Q2 with it: 乙局 and
    庚局 0.0, 100% -> 1, 1; 甲局 13.3 -> 3; 己局 16.7, 0 reds -> 4; 戊局 16.7, 1 red -> 5; 丁局
    16.7, 66.7% -> 6; 丙局 未报.

    Against the published places: 乙局 1 -> 1 —, 庚局 unranked -> 1 新, 甲局 4 -> 3 ↑1, 己局 1 -> 4
    ↓3, 戊局 5 -> 5 —, 丁局 5 -> 6 ↓1. Against 2024Q1 computed again with min_targets 2 (ub, uc, uf,
    ug 1; ua 5; ud, ue 6) 甲局 would read ↑2, 庚局 —, 戊局 ↑1 and 丁局 —."""
    assert invoke(data, "publish", "2024Q1")[0] == 0
    min_targets(data, 2)
    moved = moves_of(data, "2024Q2")
    assert moved == {"ub": "—", "ug": "新", "ua": "↑1", "uf": "↓3", "ue": "—", "ud": "↓1", "uc": "—"}
    _, out, _ = invoke(data, "rank", "2024Q2", "--format", "json")
    doc = json.loads(out)
    assert (doc["compared_with"], doc["compared_with_published"]) == ("2024Q1", "2024-04-15")
    assert "corrections" not in doc  # the figures are as published: nothing to say
    _, out, _ = invoke(data, "rank", "2024Q2", "--lang", "en")
    assert out.endswith(
        "move: against the last ranking of the same cadence, 2024Q1, as published on 2024-04-15\n"
    )
    # Never published: against the data as it is.
    shutil.rmtree(data / "published")
    moved = moves_of(data, "2024Q2")
    assert moved == {"ub": "—", "ug": "—", "ua": "↑2", "uf": "↓3", "ue": "↑1", "ud": "—", "uc": "—"}


def correct(data: Path, name: str, old: str, new: str) -> None:
    path = data / "actuals" / f"{name}.yaml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


FIXED_APRIL_ZH = (
    "2024年1-4月数据已更正(丙局 指标c1 50→25、丙局 指标c2 50→25、丙局 指标c3 50→25),"
    "2024年1-4月排名丙局第1→第2、甲局第2→第1(2024-05-10 发布)"
)
FIXED_APRIL_EN = (
    "Jan-Apr 2024 figures corrected since published on 2024-05-10 (Bureau C Target c1 50→25; Bureau C"
    " Target c2 50→25; Bureau C Target c3 50→25); Jan-Apr 2024 places as published → now: Bureau C"
    " 1→2; Bureau A 2→1"
)


def test_a_corrected_published_month_is_said_wherever_it_shows(data: Path, tmp_path: Path) -> None:
    """2024-04 (1-4月, 序时进度 33.3%) published: 丙局 c1-c3 50 (0 behind each) -> 0.0, first;
    甲局 a-item 0 of 1 (none owed: 0), a-flow 50 (0), a-red 10 (33.3 − 10 = 23.3) -> 7.8, second;
    the others sent nothing that month: 未报. Then 丙局's April is corrected to 25 each (8.3
    behind each) -> 8.3: 甲局 first (7.8), 丙局 second.

    2024-05 (41.7%): 丙局 50s -> 0.0, 1; 甲局 a-red 10 (31.7) -> 10.6, 2. 位次变化 against April
    as published (丙局 1, 甲局 2): — and —; against April corrected it would be ↑1 and ↓1."""
    assert invoke(data, "publish", "2024-04", date="2024-05-10")[0] == 0
    for target in ("c1", "c2", "c3"):
        correct(data, "2024-04", f"{{target: {target}, value: 50}}", f"{{target: {target}, value: 25}}")
    # The month itself: its ranking from the data now, and what changed since it was published.
    _, out, _ = invoke(data, "rank", "2024-04")
    assert out.splitlines()[3] == FIXED_APRIL_ZH
    assert [line.split()[:2] for line in out.splitlines()[6:8]] == [["1", "甲局"], ["2", "丙局"]]
    # The month after: against April as published, and April's correction said.
    _, out, _ = invoke(data, "rank", "2024-05")
    assert out.splitlines()[3] == FIXED_APRIL_ZH
    rows = [line.split() for line in out.splitlines()[6:8]]
    assert [(r[0], r[1], r[-1]) for r in rows] == [("1", "丙局", "—"), ("2", "甲局", "—")]
    _, out, _ = invoke(data, "rank", "2024-05", "--lang", "en")
    assert out.splitlines()[3] == FIXED_APRIL_EN
    _, out, _ = invoke(data, "rank", "2024-05", "--format", "markdown")
    assert f"{FIXED_APRIL_ZH}  " in out.splitlines()
    _, out, _ = invoke(data, "rank", "2024-05", "--format", "json")
    doc = json.loads(out)
    assert doc["corrections"] == [
        {
            "period": "2024-04",
            "published": "2024-05-10",
            "figures": [
                {
                    "unit_zh": "丙局",
                    "unit_en": "Bureau C",
                    "target_zh": f"指标{t}",
                    "target_en": f"Target {t}",
                    "published": 50.0,
                    "now": 25.0,
                }
                for t in ("c1", "c2", "c3")
            ],
            "places": [
                {"unit_zh": "丙局", "unit_en": "Bureau C", "published": 1, "now": 2},
                {"unit_zh": "甲局", "unit_en": "Bureau A", "published": 2, "now": 1},
            ],
            "text_zh": FIXED_APRIL_ZH,
            "text_en": FIXED_APRIL_EN,
        }
    ]
    # The 通报 of May says it under its title, full-width, its date as a 公文 writes one.
    draft = tmp_path / "brief.md"
    assert invoke(data, "brief", "2024-05", "-o", str(draft))[0] == 0
    assert (
        "2024年1-4月数据已更正（丙局指标c1 50→25、丙局指标c2 50→25、丙局指标c3 50→25），"
        "2024年1-4月排名丙局第1→第2、甲局第2→第1（2024年5月10日发布）  "
    ) in draft.read_text("utf-8").splitlines()
    # Not corrected: nothing said.
    assert invoke(data, "publish", "2024-04", "--force", date="2024-05-12")[0] == 0
    _, out, _ = invoke(data, "rank", "2024-05")
    assert "已更正" not in out
    assert "(2024-05-12 发布)相比" in out.splitlines()[-1]


def test_a_corrected_published_quarter_moves_places(data: Path) -> None:
    """2024Q1 published (ub, uc, uf 1; ua 4; ud, ue 5), then 丁局's d3 corrected 0 -> 25: at
    2024Q1 丁局 0.0, 1 with 乙局, 丙局, 己局; 甲局 5; 戊局 6. At 2024Q2 d3, not sent, is the stale 25
    (50 − 25 = 25 behind): 丁局 (0 + 0 + 25) / 3 = 8.3, 66.7% -> 2, ↑3 against its published 5;
    甲局 13.3 -> 3, ↑1; 己局 16.7, 0 reds -> 4, ↓3; 戊局 16.7, 1 red -> 5, —."""
    assert invoke(data, "publish", "2024Q1")[0] == 0
    correct(data, "2024Q1", "{target: d3, value: 0}", "{target: d3, value: 25}")
    _, out, _ = invoke(data, "rank", "2024Q2")
    assert out.splitlines()[3] == (
        "2024年1-3月数据已更正(丁局 指标d3 0→25),2024年1-3月排名甲局第4→第5、丁局第5→第1、戊局第5→第6"
        "(2024-04-15 发布)"
    )
    rows = [line.split() for line in out.splitlines()[6:11]]
    assert [(r[0], r[1], r[-3], r[-1]) for r in rows] == [
        ("1", "乙局", "0.0", "—"),
        ("2", "丁局", "8.3", "↑3"),
        ("3", "甲局", "13.3", "↑1"),
        ("4", "己局", "16.7", "↓3"),
        ("5", "戊局", "16.7", "—"),
    ]


AS_PUBLISHED_Q1 = """\
2024Q1 已发布的排名(2024-04-15 发布,按发布时的数据,不按现有数据重算)
位次变化: 新年度首次晾晒,不与上年比较
位次        单位  指标数  计入指标  超进度  达进度  欠进度  红灯  黄灯  平均欠进度  报送率  位次变化
1           乙局       3         3       0       3       0     0     0         0.0  100.0%    新年度
1           丙局       3         3       0       3       0     0     0         0.0  100.0%    新年度
1           己局       3         3       0       3       0     0     0         0.0  100.0%    新年度
4           甲局       3         3       0       2       1     0     1         6.7  100.0%    新年度
5           丁局       3         3       0       2       1     0     1         8.3  100.0%    新年度
5           戊局       3         3       0       2       1     0     1         8.3  100.0%    新年度
不参与排名  庚局       2         2       0       2       0     0     0         0.0  100.0%         —
"""


def test_rank_as_published_prints_what_was_published(data: Path) -> None:
    """2024Q1 as published (places in the module's docstring), after 丁局's d3 was corrected
    0 -> 25, which ranks it first in the data now: --as-published still shows 丁局 5th."""
    assert invoke(data, "publish", "2024Q1")[0] == 0
    correct(data, "2024Q1", "{target: d3, value: 0}", "{target: d3, value: 25}")
    assert invoke(data, "rank", "2024Q1", "--as-published") == (0, AS_PUBLISHED_Q1, "")
    _, now, _ = invoke(data, "rank", "2024Q1")
    assert ["1", "丁局"] in [line.split()[:2] for line in now.splitlines()]
    # JSON: the record itself, byte for byte.
    _, out, _ = invoke(data, "rank", "2024Q1", "--as-published", "--format", "json")
    assert out.encode("utf-8") == (data / "published" / "2024Q1.json").read_bytes()
    _, out, _ = invoke(data, "rank", "2024Q1", "--as-published", "--format", "csv", "--lang", "en")
    assert out.splitlines()[:2] == [
        "Rank,Unit,Targets,Counted,Ahead,On track,Behind,Red,Yellow,Avg behind,Reported,Move,period,published",
        "1,Bureau B,3,3,0,3,0,0,0,0.0,100.0%,新年度,2024Q1,2024-04-15",
    ]
    # Never published: said, exit 2; a record spoilt by hand: said, exit 1, nothing compared.
    code, out, err = invoke(data, "rank", "2024Q2", "--as-published")
    assert (code, out) == (2, "")
    assert "2024Q2 was never published (no published/2024Q2.json): plan415x publish 2024Q2" in err
    (data / "published" / "2024Q1.json").write_text("{", "utf-8")
    code, out, err = invoke(data, "rank", "2024Q2")
    assert (code, out) == (1, "")
    assert err.startswith("plan415x: published/2024Q1.json: not a publication record (")
    assert err.endswith("; restore it from version control\n")
    code, _, err = invoke(data, "brief", "2024Q2", "-o", str(data.parent / "brief.md"))
    assert code == 1
    assert err.startswith("plan415x: published/2024Q1.json: not a publication record (")
    assert not (data.parent / "brief.md").exists()


def test_as_published_fits_80_columns(data: Path) -> None:
    from plan415x.options import CheckFormat
    from plan415x.reports.published import format_published
    from plan415x.reports.table import width

    assert invoke(data, "publish", "2024Q1")[0] == 0
    doc = json.loads((data / "published" / "2024Q1.json").read_text("utf-8"))
    for lang in ("zh", "en"):
        text = format_published(doc, CheckFormat.table, lang, fit=80)

        assert max(width(line) for line in text.splitlines()) <= 80, text
        assert "超/达/欠" in text or "A/O/B" in text


def test_the_page_and_the_workbook_say_a_correction(data: Path, tmp_path: Path) -> None:
    """The month's correction of test_a_corrected_published_month_is_said_wherever_it_shows, on
    the HTML page of May and in its workbook's 责任单位 sheet."""
    import openpyxl

    assert invoke(data, "publish", "2024-04", date="2024-05-10")[0] == 0
    for target in ("c1", "c2", "c3"):
        correct(data, "2024-04", f"{{target: {target}, value: 50}}", f"{{target: {target}, value: 25}}")
    page = tmp_path / "may.html"
    assert invoke(data, "export", "2024-05", "-o", str(page))[0] == 0
    assert f'<p class="note">{FIXED_APRIL_ZH}</p>' in page.read_text("utf-8")
    book = tmp_path / "may.xlsx"
    assert invoke(data, "export", "2024-05", "-o", str(book))[0] == 0
    sheet = openpyxl.load_workbook(book)["责任单位"]
    assert FIXED_APRIL_ZH in [c.value for row in sheet.iter_rows() for c in row]


def test_check_as_published_prints_the_published_judgements(data: Path) -> None:
    """2024Q1 published: a-red 5 of 100 at 25% (20 behind: 黄灯·滞后); then corrected to 8:
    check --as-published still shows 5, check shows 8."""
    assert invoke(data, "publish", "2024Q1")[0] == 0
    correct(data, "2024Q1", "{target: a-red, value: 5}", "{target: a-red, value: 8}")
    code, out, err = invoke(data, "check", "2024Q1", "--as-published")
    assert (code, err) == (0, "")
    assert out.splitlines()[:5] == [
        "2024Q1 已发布的判定(2024-04-15 发布,按发布时的数据,不按现有数据重算)",
        "指标    名称        牵头单位  状态         实际  完成率  序时进度  差值",
        "a-flow  指标a-flow  甲局      绿灯·达进度    25   25.0%     25.0%   0.0",
        "a-item  指标a-item  甲局      绿灯·达进度     0    0.0%     25.0%  25.0",
        "a-red   指标a-red   甲局      黄灯·滞后       5    5.0%     25.0%  20.0",
    ]
    assert len(out.splitlines()) == 2 + 20
    _, out, _ = invoke(data, "check", "2024Q1", "--as-published", "--format", "json")
    doc = json.loads(out)
    assert (doc["period"], doc["published"], len(doc["judgements"])) == ("2024Q1", "2024-04-15", 20)
    _, out, _ = invoke(data, "check", "2024Q1", "--format", "json")
    assert next(r for r in json.loads(out)["results"] if r["id"] == "a-red")["actual"] == 8.0
    code, out, err = invoke(data, "check", "2024Q2", "--as-published")
    assert (code, out) == (2, "")
    assert "2024Q2 was never published" in err


def test_check_says_a_correction_of_its_period_and_of_the_one_it_compares_with(data: Path) -> None:
    """2024-04 published, then 丙局's c1-c3 corrected from 50 to 25: check of April (its own
    period) and of May (whose 较上期 is April) say which figures changed, under the header and
    in JSON, without places (check shows no ranking); check of March, which neither shows nor
    compares with April, says nothing."""
    assert invoke(data, "publish", "2024-04", date="2024-05-10")[0] == 0
    for target in ("c1", "c2", "c3"):
        correct(data, "2024-04", f"{{target: {target}, value: 50}}", f"{{target: {target}, value: 25}}")
    zh = "2024年1-4月数据已更正(丙局 指标c1 50→25、丙局 指标c2 50→25、丙局 指标c3 50→25)(2024-05-10 发布)"
    en = (
        "Jan-Apr 2024 figures corrected since published on 2024-05-10 (Bureau C Target c1 50→25;"
        " Bureau C Target c2 50→25; Bureau C Target c3 50→25)"
    )
    for period in ("2024-04", "2024-05"):
        _, out, _ = invoke(data, "check", period)
        assert zh in out.splitlines(), period
        _, out, _ = invoke(data, "check", period, "--lang", "en")
        assert en in out.splitlines(), period
        _, out, _ = invoke(data, "check", period, "--format", "markdown")
        assert f"{zh}  " in out.splitlines(), period
        _, out, _ = invoke(data, "check", period, "--format", "json")
        fixed = json.loads(out)["corrections"]
        assert [(c["period"], c["places"], c["text_zh"], c["text_en"]) for c in fixed] == [
            ("2024-04", [], zh, en)
        ], period
    _, out, _ = invoke(data, "check", "2024-03")
    assert "已更正" not in out
    _, out, _ = invoke(data, "check", "2024-03", "--format", "json")
    assert "corrections" not in json.loads(out)
