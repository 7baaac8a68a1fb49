"""What plan415x writes, whatever the data holds and wherever it goes: hostile text from the
data (formulas, newlines, escapes), consoles in GBK, full disks and closed pipes, CI formats."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plan415x.options import ProblemFormat
from plan415x.problems import Problem
from plan415x.reports.problems import format_problems
from plan415x.safetext import encodable
from tests.conftest import MINI
from tests.test_ci_doc import check_sarif


def plan415x(
    *args: str, cwd: Path = MINI, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR", "CI")}
    return subprocess.run(
        [sys.executable, "-m", "plan415x", *args],
        cwd=cwd,
        env={**environ, "PLAN415X_DATA": ".", "NO_COLOR": "1", **(env or {})},
        capture_output="stdout" not in kw,
        **kw,  # type: ignore[call-overload]
    )


def rename_target(mini: Path, name: str) -> None:
    plan = mini / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "name_zh: 10亿元以上项目\n" in text
    plan.write_text(text.replace("name_zh: 10亿元以上项目\n", f"name_zh: {name}\n"), encoding="utf-8")


# --- 8. consoles that are not UTF-8 -------------------------------------------------------

GBK_RUNS = [
    ("check", "2023Q2"),
    ("check", "2023Q2", "--format", "markdown"),
    ("check", "2023Q2", "--format", "csv"),
    ("check", "2023Q2", "--format", "json"),
    ("check", "2023Q2", "--lang", "en"),
    ("rank", "2023Q2"),
    ("rank", "2023Q2", "--format", "markdown", "--lang", "en"),
    ("explain", "projects", "2024Q1"),
    ("explain", "energy-cap", "2023Q2"),
    ("validate",),
    ("targets",),
    ("targets", "--lang", "en"),
    ("schema", "targets"),
]


@pytest.mark.parametrize("args", GBK_RUNS, ids=" ".join)
def test_a_gbk_console_gets_close_characters_never_a_crash(args: tuple[str, ...]) -> None:
    utf8 = plan415x(*args, env={"PYTHONIOENCODING": "utf-8"})
    gbk = plan415x(*args, env={"PYTHONIOENCODING": "gbk"})
    assert (gbk.returncode, gbk.stderr) == (0, b"")
    # exactly the UTF-8 output, with the characters GBK lacks replaced (− as -, ² as 2)
    assert gbk.stdout.decode("gbk") == encodable(utf8.stdout.decode("utf-8"), "gbk")


def test_gbk_replacements_are_the_close_ones() -> None:
    utf8 = plan415x("check", "2023Q2", env={"PYTHONIOENCODING": "utf-8"}).stdout.decode("utf-8")
    gbk = plan415x("check", "2023Q2", env={"PYTHONIOENCODING": "gbk"}).stdout.decode("gbk")
    assert "序时进度−完成率" in utf8  # U+2212, which GBK lacks
    assert "序时进度-完成率" in gbk
    assert "−" not in gbk


def test_problems_on_stderr_of_a_gbk_console(mini: Path) -> None:
    (mini / "actuals" / "2023Q2.yaml").write_text(
        "period: 2023Q2\nsource: {document: x}\nrecords: [{target: land, value: -1}]\n", encoding="utf-8"
    )
    done = plan415x("check", "2023Q2", cwd=mini, env={"PYTHONIOENCODING": "gbk"})
    assert done.returncode == 1
    assert done.stderr.decode("gbk").startswith("actuals/2023Q2.yaml\n  3:33     error  value -1 亩 is below")


# --- 9. output that cannot be written ---------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [("check", "2023Q2"), ("validate", "-f", "sarif"), ("targets",)], ids=" ".join
)
def test_a_full_disk_is_one_line_and_exit_4(args: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        done = plan415x(*args, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 4
    assert done.stderr == b"plan415x: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("check", "2023Q2"), 0),
        (("check", "2023Q2", "--fail-on", "yellow"), 3),
        (("check", "2023Q2", "--format", "json"), 0),
        (("rank", "2023Q2"), 0),
        (("targets",), 0),
        (("explain", "projects", "2024Q1"), 0),
        (("validate", "--format", "sarif"), 0),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, tuple) else str(a),
)
def test_a_closed_pipe_ends_quietly_with_the_commands_own_code(args: tuple[str, ...], code: int) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte: every write meets EPIPE
    try:
        done = plan415x(*args, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (code, b"")


def test_a_closed_pipe_keeps_invalid_data_exit_1(mini: Path) -> None:
    (mini / "actuals" / "2023Q2.yaml").write_text(
        "period: 2023Q2\nrecords: [{target: nope}]\n", encoding="utf-8"
    )
    read, write = os.pipe()
    os.close(read)
    try:
        done = plan415x("validate", "-f", "parsable", cwd=mini, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (1, b"")


# --- 6, 7. hostile text from the data ------------------------------------------------------


def test_targets_csv_quotes_formulas(mini: Path) -> None:
    rename_target(mini, """'=HYPERLINK("http://x.example","点我")'""")
    done = plan415x("targets", "--kind", "cumulative", "-f", "csv", cwd=mini)
    assert done.returncode == 0
    assert done.stdout.decode() == (
        "id,clause,kind,name,target,unit,years,hedge,lead\n"
        'projects,二(二)4,cumulative,"\'=HYPERLINK(""http://x.example"",""点我"")",>=30,个,2023-2027,ensure,uc\n'
    )


@pytest.mark.parametrize(
    ("name", "cell"), [("'+1+2'", "'+1+2"), ("'-3.5'", "-3.5"), ("'@SUM(A1)'", "'@SUM(A1)")]
)
def test_targets_csv_quotes_each_formula_start(mini: Path, name: str, cell: str) -> None:
    rename_target(mini, name)
    out = plan415x("targets", "--kind", "cumulative", "-f", "csv", cwd=mini).stdout.decode()
    assert out.splitlines()[1].split(",")[3] == cell


HOSTILE = '"x\\n::error file=a.yaml,line=1::pwned\\tz"'  # a newline and a tab, as YAML escapes


def test_a_newline_in_a_name_never_starts_a_line(mini: Path) -> None:
    # Shown on one line with ⏎, or refused as a located problem (a one-line field): never a
    # line of its own that CI would read as a command.
    rename_target(mini, HOSTILE)
    for args in (("targets",), ("check", "2023Q2"), ("check", "2023Q2", "--lang", "en")):
        done = plan415x(*args, cwd=mini)
        lines = (done.stdout + done.stderr).decode().splitlines()
        assert not [line for line in lines if line.startswith("::")]
        assert done.returncode in (0, 1)
        if done.returncode == 0 and args[0] == "targets":
            assert [line for line in lines if "pwned" in line] == [
                next(line for line in lines if "x⏎::error file=a.yaml,line=1::pwned z" in line)
            ]


def test_table_cells_from_the_data_are_one_line_and_inert() -> None:
    from plan415x.reports.table import Styled, render_rows

    out = render_rows(
        ["名称", "x"],
        [["a\n::error file=a::b", Styled("黄灯", "33")], ["\x1b[2J\u202e", "1"]],
        color=True,
    )
    assert out == (
        "\x1b[1m名称\x1b[0m                 \x1b[1mx\x1b[0m\n"
        "a⏎::error file=a::b  \x1b[33m黄灯\x1b[0m\n"
        "\\x1b[2J\\u202e        1\n"
    )


def evil_file(mini: Path) -> Path:
    # A file name with a newline and a workflow command in it, as a hostile pull request may add.
    path = mini / "actuals" / "2023Q3\n::error file=x.yaml::pwned.yaml"
    path.write_text("period: 2023Q3\nrecords: []\n", encoding="utf-8")
    return path


def test_a_file_name_with_a_newline_keeps_each_format_to_its_lines(mini: Path) -> None:
    evil_file(mini)
    parsable = plan415x("validate", "-f", "parsable", cwd=mini)
    assert parsable.returncode == 1
    lines = parsable.stdout.decode().splitlines()
    assert lines
    assert all(line.startswith("actuals/2023Q3⏎::error file=x.yaml::pwned.yaml:") for line in lines)
    github = plan415x("validate", "-f", "github", cwd=mini)
    lines = github.stdout.decode().splitlines()
    assert lines
    assert all(
        line.startswith("::error file=actuals/2023Q3⏎%3A%3Aerror file=x.yaml%3A%3Apwned.yaml")
        for line in lines
    )
    text = plan415x("validate", cwd=mini).stdout.decode()
    assert not [line for line in text.splitlines() if line.startswith("::")]


def test_problem_formats_escape_controls_in_messages() -> None:
    problem = Problem("a\x1b[2J.yaml", 2, 3, "unknown-target", "unknown target id 'x\x07\u202e'")
    assert format_problems([problem], ProblemFormat.parsable) == (
        "a\\x1b[2J.yaml:2:3: [error] unknown target id 'x\\x07\\u202e' (unknown-target)\n"
    )
    assert format_problems([problem], ProblemFormat.github) == (
        "::error file=a\\x1b[2J.yaml,line=2,col=3,title=unknown-target::unknown target id 'x\\x07\\u202e'\n"
    )
    assert format_problems([problem], ProblemFormat.text).splitlines()[:2] == [
        "a\\x1b[2J.yaml",
        "  2:3      error  unknown target id 'x\\x07\\u202e'  (unknown-target)",
    ]
    assert json.loads(format_problems([problem], ProblemFormat.json))[0]["file"] == "a\x1b[2J.yaml"


# --- 11. CI formats --------------------------------------------------------------------


def problems(n: int) -> list[Problem]:
    return [
        Problem("actuals/2023Q3.yaml", i + 1, 5, "unknown-target", f"unknown target id 't{i}'")
        for i in range(n)
    ]


def test_github_says_how_many_problems_it_could_not_annotate() -> None:
    ten = format_problems(problems(10), ProblemFormat.github).splitlines()
    assert len(ten) == 10
    assert all(line.startswith("::error ") for line in ten)
    twelve = format_problems(problems(12), ProblemFormat.github).splitlines()
    assert len(twelve) == 13
    assert twelve[-1] == (
        "::notice title=plan415x::12 errors in all; GitHub annotates only the first 10,"
        " the other 2 are in this step's log above"
    )


def test_sarif_of_invalid_data(mini: Path) -> None:
    (mini / "actuals" / "2023Q2.yaml").write_text(
        "period: 2023Q2\nsource: {document: x}\nrecords: [{target: land, value: -1}, {target: lands}]\n",
        encoding="utf-8",
    )
    done = plan415x("validate", "--format", "sarif", cwd=mini)
    assert done.returncode == 1
    doc = json.loads(done.stdout)
    check_sarif(doc)
    run = doc["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["negative-value", "unknown-target"]
    assert [
        (
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"],
        )
        for r in run["results"]
    ] == [
        ("negative-value", "actuals/2023Q2.yaml", {"startLine": 3, "startColumn": 33}),
        ("unknown-target", "actuals/2023Q2.yaml", {"startLine": 3, "startColumn": 47}),
    ]
    again = json.loads(plan415x("validate", "--format", "sarif", cwd=mini).stdout)
    prints = [r["partialFingerprints"] for r in run["results"]]
    assert prints == [r["partialFingerprints"] for r in again["runs"][0]["results"]]
    assert len({p["plan415x/v1"] for p in prints}) == 2


def test_sarif_of_valid_data_is_an_empty_run() -> None:
    done = plan415x("validate", "--format", "sarif")
    assert done.returncode == 0
    doc = json.loads(done.stdout)
    check_sarif(doc)
    assert doc["runs"][0]["results"] == []


# --- the gap report's own writers (reports/gap_formats.py): wired there, then these pass -----


def test_check_csv_quotes_formulas_and_keeps_numbers(mini: Path) -> None:
    rename_target(mini, "'=HYPERLINK(\"http://x.example\")'")
    plan = mini / "targets.yaml"  # no ★ before the name: it starts the cell
    text = plan.read_text(encoding="utf-8")
    assert text.count("    hedge: ensure\n    responsible: [uc]\n") == 1
    plan.write_text(
        text.replace(
            "    hedge: ensure\n    responsible: [uc]\n", "    hedge: plain\n    responsible: [uc]\n"
        ),
        encoding="utf-8",
    )
    out = plan415x("check", "2023Q2", "-f", "csv", cwd=mini).stdout.decode()
    rows = list(csv.reader(io.StringIO(out)))
    projects = next(row for row in rows if row[1] == "projects")
    head = rows[0]
    assert projects[head.index("指标")] == '\'=HYPERLINK("http://x.example")'
    # 5 of 30 by June is 16.6667% done against a schedule of 10%: a gap (schedule − done) of
    # -6.6667 points, a negative number that stays a number in both columns
    assert projects[head.index("gap_points")] == "-6.6667"
    assert projects[head.index("差值(百分点)")] == "-6.7"


def test_check_csv_never_quotes_a_negative_number(mini: Path) -> None:
    """A negative rate (-3.8%) or completion (-25%) is a number in a spreadsheet, not text
    behind an apostrophe ('-3.8%); the relative target's +10% neither (issue 19)."""
    q2 = mini / "actuals" / "2023Q2.yaml"
    text = q2.read_text(encoding="utf-8")
    for old, new in (
        ("digital-growth, value: 9.5", "digital-growth, value: -3.8"),
        ("output, value: 310", "output, value: 250"),
    ):
        assert old in text
        text = text.replace(old, new)
    q2.write_text(text, encoding="utf-8")
    out = plan415x("check", "2023Q2", "-f", "csv", cwd=mini).stdout.decode()
    rows = {line.split(",")[1]: line for line in out.splitlines()}
    # output: (250 − 300) / (500 − 300) = −25% along the path from the 2022 baseline, against
    # 6 of 60 months = 10%: gap 10 − (−25) = 35 points, off track
    assert rows["output"] == (
        "增长行动,output,智能装备产值,亿元,≥500 (2027),250,-25%,10%(2023-2027年),35,红灯·严重滞后,↓转红,,"
        "off_track,red,true,500.0,250.0,-25.0,10.0,35.0,2023-2027,false,,,2023Q2,false,false,,true,1"
    )
    # digital-growth: −3.8% against ≥12%: gap 12 − (−3.8) = 15.8 points (> 5: off track)
    assert rows["digital-growth"] == (
        "增长行动,digital-growth,★数字经济增长,%,≥12,-3.8%,,,15.8,红灯·严重滞后,↓转红,甲局,"
        "off_track,red,true,12.0,-3.8,,,15.8,,false,,,2023Q2,false,false,,true,1"
    )
    # productivity: 10% above the reference 30 = 33; 31/33 = 93.9394%
    assert rows["productivity"] == (
        "增长行动,productivity,劳动生产率,,+10%,31,93.9%,100%,6.1,黄灯·关注,首次判定,,"
        "watch,yellow,true,33.0,31.0,93.9394,100.0,6.0606,,false,,,2023Q2,false,false,,true,0"
    )


def test_check_markdown_refuses_a_newline_in_a_name(mini: Path) -> None:
    rename_target(mini, HOSTILE)
    done = plan415x("check", "2023Q2", "-f", "markdown", cwd=mini)
    out, err = done.stdout.decode(), done.stderr.decode()
    # a name is one line: the loader refuses the newline, located, and nothing starts a line "::"
    assert done.returncode == 1
    assert "holds a line break; this field is one line" in err
    assert not [line for line in (out + err).splitlines() if line.startswith("::")]


def _no_constants(name: str) -> float:
    raise AssertionError(f"{name} is not JSON")


def test_json_never_holds_infinity(mini: Path) -> None:
    # a reference of 1e-308 makes the required value 1.1e-308 and 31 / 1.1e-308 overflows to inf
    q2 = mini / "actuals" / "2023Q2.yaml"
    q2.write_text(
        q2.read_text(encoding="utf-8").replace(
            "{target: productivity, value: 31, reference: 30}",
            "{target: productivity, value: 31, reference: 1.0e-308}",
        ),
        encoding="utf-8",
    )
    done = plan415x("check", "2023Q2", "-f", "json", cwd=mini)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout, parse_constant=_no_constants)
    productivity = next(r for r in doc["results"] if r["id"] == "productivity")
    assert productivity["completion_pct"] is None  # inf has no JSON form: shown as unknown


def test_components_too_large_are_refused(mini: Path) -> None:
    # 1.7e308 + 1.7e308 would sum to inf: refused at the figure, located
    q2 = mini / "actuals" / "2023Q2.yaml"
    q2.write_text(
        q2.read_text(encoding="utf-8").replace(
            "components: {manufacturing: 1, foreign: 0}",
            "components: {manufacturing: 1.7e+308, foreign: 1.7e+308}",
        ),
        encoding="utf-8",
    )
    done = plan415x("validate", "--format", "parsable", cwd=mini)
    assert done.returncode == 1
    assert "is too large to be a figure (the limit is 1e15 in magnitude)" in done.stdout.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell closes the streams")
@pytest.mark.parametrize("closed", [">&-", "2>&- >/dev/null", ">&- 2>&-"])
def test_a_closed_stream_at_start_is_no_crash(closed: str) -> None:
    # started with stdout or stderr closed (found in review: AttributeError on None.isatty)
    done = subprocess.run(
        ["sh", "-c", f'"$0" -m plan415x check 2023Q2 {closed}', sys.executable],
        cwd=MINI,
        env={**os.environ, "PLAN415X_DATA": "."},
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_messages_with_names_from_the_user_are_inert(mini: Path, tmp_path: Path) -> None:
    # found in review: import printed workbook names raw (a newline then ::error, an OSC title)
    import shutil as sh

    book = tmp_path / "t.xlsx"
    assert plan415x("template", "2023Q3", "-o", str(book), cwd=mini).returncode == 0
    hostile = tmp_path / "g\n::error file=x::forged\x1b]0;pwn\x07.xlsx"
    sh.copyfile(book, hostile)
    done = plan415x("import", str(hostile), "--dry-run", cwd=mini)
    out = done.stdout.decode() + done.stderr.decode()
    assert not [line for line in out.splitlines() if line.startswith("::")]
    assert "\x1b" not in out
    assert "\x07" not in out


@pytest.mark.skipif(
    sys.platform != "linux", reason="a file name in bytes that are not UTF-8, as Linux keeps it"
)
def test_sarif_of_a_file_name_not_in_utf8(mini: Path) -> None:
    """A GBK-named backup (备份.yaml from a Windows zip) beside the others: SARIF names it by its
    very bytes, percent-quoted, as the other formats print it (with ? for what they cannot show).
    (Before: UnicodeEncodeError in URL quoting, a traceback.)"""
    gbk = "备份".encode("gbk")
    assert gbk == b"\xb1\xb8\xb7\xdd"
    os.rename(mini / "actuals" / "2023Q2.yaml", os.path.join(bytes(mini / "actuals"), gbk + b".yaml"))
    done = plan415x("validate", "--format", "sarif", cwd=mini, env={"PYTHONIOENCODING": "utf-8"})
    assert done.stderr == b""
    assert done.returncode == 1
    doc = json.loads(done.stdout)
    check_sarif(doc)
    results = doc["runs"][0]["results"]
    assert [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results
    ] == [
        ("not-checked", "actuals/%B1%B8%B7%DD.yaml"),
        ("file-name", "actuals/%B1%B8%B7%DD.yaml"),
    ]
    parsable = plan415x("validate", "--format", "parsable", cwd=mini).stdout.decode()
    assert parsable.startswith("actuals/????.yaml:0:0: [note] ")
