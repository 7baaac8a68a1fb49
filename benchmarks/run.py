"""Measure plan415x as users run it and write a results table (docs/benchmarks.md).

    python benchmarks/run.py [--sizes 100,1000,10000] [--repeat 5] [--smoke] [--out FILE]

Every measurement is the whole command in a new process (start-up included): wall time of
the process and its peak resident memory (from ``os.wait4``, the per-child rusage), as the
median and min-max of repeated runs. One untimed run of each command comes first (so the
files are in the page cache and the bytecode is compiled), then the commands of one group
take turns run after run, so that the ratios the budgets use are measured side by side.

Measured: ``plan415x --help``, the interpreter's own start-up ``python -c pass`` and the
import floor ``python -c "import yaml, pydantic"``; ``validate`` (cached and cold) and
``check 2023Q2`` on a copy of the repository's data with a full year of monthly files (the
months that no file covers are added by ``generate.complete_year``), and ``check 2023Q2`` on
the repository's data as it is; on synthetic data of N targets x 12 monthly files:
``validate``, ``check`` (cached, cold, and with one file of twelve changed before every run),
``reporting`` (and its 催报 notices), ``rank``, ``publish`` (its record removed before every run), ``brief`` (.md, .docx, .pdf; ``--form implementation``, the 落实情况, as .docx), the HTML report, ``score``, ``trend`` and (when the command exists)
``export``; and, as a peer, check-jsonschema validating the same actuals files against
``plan415x schema actuals``. The budgets are those of issue 15.

``--smoke`` is for CI: the smallest size, one run each, no peer, no warm-up. It must work
(exit 0 unless a plan415x command fails); the times are never judged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
from draft_text import draft_text  # noqa: E402

PEER_VENV = HERE / ".venv-peer"
MONTHS = 12
SEED = 415
REPO_PERIOD = "2023Q2"
DRAFT_KB = 100  # issue 25: a 100 KB plan text drafted in 1 s at most
SYNTH_PERIOD = f"{generate.FIRST_YEAR}-{MONTHS:02d}"
# The file changed before every run of the "one changed file of twelve" measure: the last
# month's, the file of the period that `check` judges, the one an analyst adds or corrects
# before running `check` again. (Any one file would miss the same way in a cache keyed by
# each file's bytes; this is the case people meet.)
CHANGED_FILE = f"actuals/{SYNTH_PERIOD}.yaml"
# `trend --unit`: the first responsible unit of the generated plan (市经信局); the generator
# draws each target's lead unit at random, so it leads about 1/12 of the targets.
TREND_UNIT = generate.UNITS[0][0]
# The synthetic figures draw plausibility warnings (a jump of one item in a small count): taken
# as checked, so that publish records the period rather than refusing it.
ACCEPT_ALL = [
    arg
    for code in (
        "unit-scale",
        "early-exceeded",
        "ytd-doubled",
        "ytd-jump",
        "yoy-jump",
        "ytd-reaches-last-year",
    )
    for arg in ("--accept", code)
] + ["--accept", "part-year", "--accept", "restatement-mismatch"]


@dataclass
class Run:
    seconds: float
    rss_kb: int
    code: int


@dataclass
class Measure:
    """One command, run several times."""

    key: str
    what: str
    data: str
    argv: list[str]
    shown: str
    repeat: int
    runs: list[Run] = field(default_factory=list)
    error: str = ""
    warm: bool = True  # one untimed run first
    before: Callable[[], None] | None = None  # called untimed before every run, warm-up included

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.runs)

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def low(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def high(self) -> float:
        return max(r.seconds for r in self.runs)

    @property
    def rss_mb(self) -> float:
        return max(r.rss_kb for r in self.runs) / 1024


class Bench:
    def __init__(self, work: Path, log: Callable[[str], None]) -> None:
        self.work = work
        self.log = log
        drop = ("PLAN415X_DATA", "PYTHONDONTWRITEBYTECODE")
        self.env = {k: v for k, v in os.environ.items() if k not in drop}
        # Bytecode is compiled once (by the untimed first run), as an installed package has it,
        # and kept out of the source tree.
        self.env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        # plan415x's dataset cache starts empty here and stays out of the user's.
        self.env["PLAN415X_CACHE_DIR"] = str(work / "plan415x-cache")
        self.measures: dict[str, Measure] = {}

    def once(self, argv: list[str], output: Path) -> Run:
        with output.open("wb") as out:
            start = time.perf_counter()
            proc = subprocess.Popen(
                argv, cwd=self.work, env=self.env, stdin=subprocess.DEVNULL, stdout=out, stderr=out
            )
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                seconds = time.perf_counter() - start
                proc.returncode = code = os.waitstatus_to_exitcode(status)
                rss = usage.ru_maxrss
            else:  # no per-child rusage: the maximum over all children so far
                code = proc.wait()
                seconds = time.perf_counter() - start
                import resource

                rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if sys.platform == "darwin":
            rss //= 1024  # bytes there, KiB on Linux
        return Run(seconds, rss, code)

    def add(self, measure: Measure) -> Measure:
        self.measures[measure.key] = measure
        return measure

    def run_group(self, group: list[Measure], warm: bool) -> None:
        """Warm up each command once, then run them in turn until each has its repeats."""
        live = [m for m in group if not m.error]
        if warm:
            for m in live:
                if m.warm:
                    self._step(m, timed=False)
        for turn in range(max((m.repeat for m in live), default=0)):
            for m in live:
                if turn < m.repeat and not m.error:
                    self._step(m, timed=True)

    def _step(self, m: Measure, *, timed: bool) -> None:
        output = self.work / "logs" / f"{m.key}.txt"
        output.parent.mkdir(exist_ok=True)
        if m.before is not None:
            m.before()
        run = self.once(m.argv, output)
        if run.code != 0:
            text = output.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            m.error = f"exit {run.code}: " + (text[-1][:200] if text else "no output")
            self.log(f"  {m.key}: FAILED ({m.error})")
            return
        if timed:
            m.runs.append(run)
            self.log(f"  {m.key}: {run.seconds:.3f} s, {run.rss_kb / 1024:.0f} MB")


def unpublish_before_each_run(folder: Path) -> Callable[[], None]:
    """A pre-run hook: remove FOLDER/published, so that every run of ``publish`` records the
    period anew (no --force, no earlier records piling up) and the other commands read the data
    as they do without a publication."""

    def before() -> None:
        shutil.rmtree(folder / "published", ignore_errors=True)

    return before


def change_before_each_run(path: Path) -> Callable[[], None]:
    """A pre-run hook: rewrite PATH as it was plus a comment line ``# run N`` (N counts up).

    The bytes differ at every call, so a cache keyed by the file's bytes misses on this file,
    while the YAML, and every figure in it, stay the same. Written to a temporary file beside
    the data folder and renamed over PATH, so no run ever reads half a file.
    """
    original = path.read_bytes()
    if not original.endswith(b"\n"):
        original += b"\n"
    turns = itertools.count(1)
    spare = path.parent.parent / f".{path.name}.next"

    def before() -> None:
        spare.write_bytes(original + f"# run {next(turns)}\n".encode())
        os.replace(spare, path)

    return before


# ---------------------------------------------------------------- the tools


def plan415x_command() -> list[str]:
    script = Path(sys.executable).with_name("plan415x")
    return [str(script)] if script.exists() else [sys.executable, "-m", "plan415x"]


def peer_command(log: Callable[[str], None]) -> tuple[list[str] | None, str]:
    """check-jsonschema: importable here, else in benchmarks/.venv-peer (installed if need be)."""
    probe = subprocess.run([sys.executable, "-c", "import check_jsonschema"], capture_output=True)
    if probe.returncode == 0:
        return [sys.executable, "-m", "check_jsonschema"], _version(
            [sys.executable, "-m", "check_jsonschema"]
        )
    bindir = PEER_VENV / ("Scripts" if os.name == "nt" else "bin")
    exe = bindir / "check-jsonschema"
    if not exe.exists():
        log(f"installing check-jsonschema into {PEER_VENV.relative_to(ROOT)} ...")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True, capture_output=True)
            (PEER_VENV / ".gitignore").write_text("*\n", encoding="utf-8")
            subprocess.run(
                [str(bindir / "python"), "-m", "pip", "install", "-q", "check-jsonschema"],
                check=True,
                capture_output=True,
                timeout=600,
            )
        except (OSError, subprocess.SubprocessError) as error:
            return None, f"check-jsonschema could not be installed: {error}"
    if not (PEER_VENV / ".gitignore").exists():
        (PEER_VENV / ".gitignore").write_text("*\n", encoding="utf-8")
    return [str(exe)], _version([str(exe)])


def _version(argv: list[str]) -> str:
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True)
    return (done.stdout.strip() or done.stderr.strip()).splitlines()[-1] if done.returncode == 0 else "?"


def export_command(
    base: list[str], env: dict[str, str]
) -> tuple[Callable[[Path, str, Path], list[str]] | None, str]:
    """How to call ``plan415x export`` (its options read from its --help), or why not."""
    done = subprocess.run([*base, "export", "--help"], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        return None, f"no `export` command (`plan415x export --help` exits {done.returncode})"
    text = done.stdout
    usage = next((line for line in text.splitlines() if "Usage" in line), "")
    takes_period = bool(re.search(r"\bperiod\b", usage, re.IGNORECASE))
    out_opt = next((o for o in ("--output", "--out", "-o") if re.search(rf"(?<![\w-]){o}\b", text)), None)
    force = "--force" in text  # the timed runs write the same file again

    def build(data: Path, period: str, out: Path) -> list[str]:
        argv = [*base, "export"]
        if takes_period:
            argv.append(period)
        argv += ["--data", str(data)]
        if out_opt:
            argv += [out_opt, str(out)]
        if force:
            argv.append("--force")
        return argv

    return build, ""


def machine(peer_version: str, smoke: bool) -> list[tuple[str, str]]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib.metadata as m, plan415x.yamlfile as y;"
            "print(y.WITH_LIBYAML);"
            "print(', '.join(f'{p} {m.version(p)}' for p in"
            " ('plan415x', 'pydantic', 'pydantic-core', 'PyYAML', 'typer', 'rich')))",
        ],
        capture_output=True,
        text=True,
    )
    lines = probe.stdout.splitlines() or ["?", "?"]
    libyaml = {
        "True": "yes (`plan415x.yamlfile.WITH_LIBYAML` is True: CSafeLoader)",
        "False": "no (pure-Python loader)",
    }
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} cores"),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()}), {sys.executable}"),
        ("libyaml", libyaml.get(lines[0], lines[0])),
        ("packages", lines[1] if len(lines) > 1 else "?"),
        ("peer", peer_version),
        ("load average at start", _loadavg()),
        (
            "bytecode",
            "compiled into `$WORK/pycache` (`PYTHONPYCACHEPREFIX`) by the first run of each command"
            + (" (timed: --smoke)" if smoke else ", untimed"),
        ),
    ]


def _loadavg() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "?"
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (other processes share the {os.cpu_count()} cores)"


# ---------------------------------------------------------------- the report


def fmt_s(seconds: float) -> str:
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def results_table(measures: list[Measure]) -> list[str]:
    out = [
        "| what | data | runs | median s | min-max s | × import floor | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    floor = next((m for m in measures if m.key == "floor" and m.ok), None)
    for m in measures:
        if m.ok:
            times = floor.median if floor else None
            ratio = f"{m.median / times:.1f}" if times else "-"
            out.append(
                f"| {m.what} | {m.data} | {len(m.runs)} | {fmt_s(m.median)} |"
                f" {fmt_s(m.low)}-{fmt_s(m.high)} | {ratio} | {m.rss_mb:.0f} |"
            )
        else:
            out.append(f"| {m.what} | {m.data} | 0 | - | - | - | - ({m.error or 'not run'}) |")
    return out


OUTPUT_MB: dict[str, float] = {}
"""The size of what a measured command wrote, by measure key (the HTML report)."""


def budgets(ms: dict[str, Measure], sizes: list[int], export_note: str) -> list[tuple[str, str, str]]:
    """(budget, measured, verdict) for each budget of issue 15.

    A row's label is the same whether it was measured or not (tests/test_benchmarks.py looks
    for the labels in the smoke run's output).
    """

    def get(key: str) -> Measure | None:
        m = ms.get(key)
        return m if m is not None and m.ok else None

    def verdict(ok: bool) -> str:
        return "**met**" if ok else "**missed**"

    rows: list[tuple[str, str, str]] = []
    # The largest size run, when it is smaller than the budgets' 10,000: its figures are shown
    # beside "not measured" (no verdict: the budget is set at 10,000).
    below = max(sizes) if sizes and max(sizes) < 10000 else None
    below_label = f"{below:,}×{MONTHS}" if below else ""

    def at_most(
        label: str, measured: Measure | None, against: Measure | None, limit: float, digits: int
    ) -> None:
        """A row of ``measured`` ≤ ``limit`` × ``against``, both medians of this run."""
        if measured and against:
            ratio = measured.median / against.median
            shown = f"{fmt_s(measured.median)} s / {fmt_s(against.median)} s = {ratio:.{digits}f}×"
            rows.append((label, shown, verdict(ratio <= limit)))
        else:
            rows.append((label, "-", "not measured"))

    at_most(
        "`check 2023Q2` on the repository's data (full year of monthly files) ≤ 1.5× import floor",
        get("repo-check"),
        get("floor"),
        1.5,
        2,
    )
    at_most("`--help` ≤ 8× `python -c pass`", get("help"), get("pass"), 8, 1)
    # The peer keeps no cache: plan415x is compared cold (cached if cold was not measured), the
    # strict reading; then as each is run day to day, plan415x with its cache (the peer's runs
    # are all alike).
    for prefix, label_data in (
        ("repo", "the repository's data (full year of monthly files)"),
        *((f"n{n}", f"{n:,}×{MONTHS}") for n in sizes),
    ):
        p = get(f"{prefix}-peer")
        for v, how in (
            (get(f"{prefix}-validate-cold") or get(f"{prefix}-validate"), ""),
            (get(f"{prefix}-validate"), ", plan415x with its cache"),
        ):
            label = f"≥ 3× faster than check-jsonschema, {label_data}{how}"
            if v and p:
                ratio = p.median / v.median
                rows.append(
                    (label, f"{fmt_s(p.median)} s / {fmt_s(v.median)} s = {ratio:.1f}×", verdict(ratio >= 3))
                )
            else:
                rows.append((label, "-", "not measured" + (" (no peer)" if v else "")))
    for cmd, what in (
        ("reporting", "`reporting`"),
        ("notices", "`reporting --missing -o DIR` (催报 notices)"),
        ("rank", "`rank` (issue 21)"),
        ("publish", "`publish` (issue 21)"),
        ("score", "`score` of the year"),
        ("brief", "`brief` (.md)"),
        ("brief-docx", "`brief` (.docx)"),
        ("brief-year", "`brief` of the year (with 年度考评)"),
        ("implementation", "`brief --form implementation` (.docx, 落实情况)"),
        ("html", "the HTML report"),
        ("trend", f"`trend --unit {TREND_UNIT}`"),
    ):
        big, against = get(f"n10000-{cmd}"), get("n10000-check")
        label = f"{what} on 10,000×12 ≤ 2× `check` on the same data"
        small, small_check = (get(f"n{below}-{cmd}"), get(f"n{below}-check")) if below else (None, None)
        if big and against:
            ratio = big.median / against.median
            rows.append(
                (
                    label,
                    f"{fmt_s(big.median)} s / {fmt_s(against.median)} s = {ratio:.2f}×",
                    verdict(ratio <= 2),
                )
            )
        elif small and small_check:
            ratio = small.median / small_check.median
            rows.append(
                (
                    label,
                    f"{below_label}: {fmt_s(small.median)} s / {fmt_s(small_check.median)} s = {ratio:.2f}×",
                    "not measured at 10,000×12",
                )
            )
        else:
            rows.append((label, "-", "not measured"))
    drafted = get("draft-100k")
    rows.append(
        (
            f"`draft` of a {DRAFT_KB} KB plan text ≤ 1 s",
            "-" if drafted is None else f"{fmt_s(drafted.median)} s",
            "not measured" if drafted is None else verdict(drafted.median <= 1),
        )
    )
    page = OUTPUT_MB.get("n10000-html")
    rows.append(
        (
            "the HTML report of 10,000×12 ≤ 20 MB",
            "-" if page is None else f"{page:.1f} MB",
            "not measured" if page is None else verdict(page <= 20),
        )
    )
    big_v, big_c, cold = get("n10000-validate"), get("n10000-check"), get("n10000-check-cold")
    if big_c:
        if cold:
            rows.append(
                (
                    "10,000×12 validated and checked ≤ 5 s cold (one `check` run with no cache, which"
                    " validates first)",
                    f"{fmt_s(cold.median)} s",
                    verdict(cold.median <= 5),
                )
            )
        rows.append(
            (
                "10,000×12 ≤ 2 s when nothing changed since the last run",
                f"{fmt_s(big_c.median)} s (every timed run follows an identical run: the dataset comes"
                " from plan415x's cache)",
                verdict(big_c.median <= 2),
            )
        )
        top = max((m for m in (big_v, big_c, cold, get("n10000-validate-cold")) if m), key=lambda m: m.rss_mb)
        rows.append(
            (
                "10,000×12 validated and checked in ≤ 300 MB",
                f"{top.rss_mb:.0f} MB peak RSS ({top.what})",
                verdict(top.rss_mb <= 300),
            )
        )
    else:
        rows.append(
            ("10,000×12 validated and checked ≤ 5 s cold / ≤ 2 s unchanged / ≤ 300 MB", "-", "not measured")
        )
    changed = get("n10000-check-changed")
    small_changed = get(f"n{below}-check-changed") if below else None
    label = "one changed file of twelve, 10,000×12 ≤ 1.5 s"
    if changed:
        rows.append(
            (
                label,
                f"{fmt_s(changed.median)} s (`check {SYNTH_PERIOD}`, {CHANGED_FILE} rewritten before every"
                " run: its cache entry misses, the other eleven files' hit)",
                verdict(changed.median <= 1.5),
            )
        )
    elif small_changed:
        rows.append((label, f"{below_label}: {fmt_s(small_changed.median)} s", "not measured at 10,000×12"))
    else:
        rows.append((label, "-", "not measured"))
    for cmd, what in (
        ("validate", "`validate`"),
        ("validate-cold", "`validate-cold`"),
        ("check", "`check`"),
        ("check-cold", "`check-cold`"),
        ("check-changed", "`check`, one changed file of twelve,"),
        ("export", "`export`"),
    ):
        steps = []
        ok = True
        for smaller, larger in itertools.pairwise(sizes):
            a, b = get(f"n{smaller}-{cmd}"), get(f"n{larger}-{cmd}")
            if a and b:
                ratio, allowed = b.median / a.median, 1.2 * larger / smaller
                steps.append(f"{larger:,}/{smaller:,}: {ratio:.1f}× (≤ {allowed:.0f}×)")
                ok = ok and ratio <= allowed
        label = f"linear: {what} 10× the data ≤ 12× the time"
        if steps:
            rows.append((label, "; ".join(steps), verdict(ok)))
        elif cmd != "export":
            rows.append((label, "-", "not measured (one size)"))
    exp = ms.get("n10000-export")
    if exp is not None and exp.ok:
        rows.append(("export of 10,000 targets ≤ 3 s", f"{fmt_s(exp.median)} s", verdict(exp.median <= 3)))
    elif exp is not None:
        rows.append(("export of 10,000 targets ≤ 3 s", "-", f"failed: {exp.error}"))
    else:
        why = export_note or "10,000 is not among the sizes"
        rows.append(("export of 10,000 targets ≤ 3 s", "-", f"not measured: {why}"))
    return rows


def write_report(
    out: Path,
    bench: Bench,
    info: list[tuple[str, str]],
    data_notes: list[str],
    sizes: list[int],
    export_note: str,
    args: argparse.Namespace,
    started: float,
) -> None:
    measures = list(bench.measures.values())
    title = "# Benchmarks" + (" (smoke run: one run each, not a measurement)" if args.smoke else "")
    lines = [
        title,
        "",
        f"Written by `{' '.join(['python benchmarks/run.py', *sys.argv[1:]])}` on {dt.date.today()}"
        f" in {time.perf_counter() - started:.0f} s. How to run it: [benchmarks/README.md](../benchmarks/README.md).",
        "",
        "Every figure is the whole command in a new process, start-up included: the median and the",
        "range of the wall times of repeated runs (after one untimed run of each command), and the",
        "peak resident memory of the process (`ru_maxrss` of the child, from `os.wait4`). The",
        "commands of one group take turns run after run, so ratios are measured side by side; this",
        "machine is shared and noisy, so the ratios count more than the seconds.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in info],
        "",
        "## Data",
        "",
        *[f"- {note}" for note in data_notes],
        "",
        "## Results",
        "",
        *results_table(measures),
        "",
        "## Budgets (issue 15)",
        "",
        "| budget | measured | verdict |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in budgets(bench.measures, sizes, export_note)],
        "",
        "How the budgets are read:",
        "",
        "- `check` validates the whole data folder before it judges, so one `check` run is the",
        '  10,000×12 "validated and checked" figure.',
        "- Cold: `PLAN415X_NO_CACHE=1`, every file parsed and validated. Otherwise every timed run",
        "  follows an identical run, so the validated dataset comes from plan415x's cache (keyed by",
        '  the files\' bytes): the "nothing changed since the last run" case.',
        f"- One changed file of twelve: `check {SYNTH_PERIOD}` on a copy of the data (`$WORK/nN-changed`,",
        f"  with a cache folder of its own) where {CHANGED_FILE}, the month being checked, is",
        "  rewritten before every run (the untimed first one included) as generated plus a comment",
        "  line `# run N`: the same figures in new bytes, so its cache entry misses while the other",
        "  eleven files' entries hit.",
        "- `--help` is compared with `python -c pass`, the interpreter starting and doing nothing.",
        "- The peer keeps no cache: it is compared with `validate` cold.",
        "- The peer only validates each actuals file against the JSON Schema; `plan415x validate` also",
        "  validates the plan and runs the checks across files (ids, units, year-to-date never falling).",
        "- Linear: the ratio of medians between neighbouring sizes, allowed 1.2× the ratio of sizes.",
        "- Where the time goes, and what would meet the missed budgets: benchmarks/README.md.",
        "",
        "## Commands",
        "",
        "`$WORK` is the temporary folder of the run; `plan415x` is the console script of the",
        "environment that ran the script. Output goes to a file (not a terminal, as in CI).",
        "",
        "```sh",
    ]
    for m in measures:
        lines.append(f"{m.shown:<90} # {m.key}, {m.repeat} run{'s' if m.repeat > 1 else ''}")
    lines += ["```", ""]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- main


def count_records(folder: Path) -> tuple[int, int]:
    files = sorted((folder / "actuals").glob("*.yaml"))
    records = sum(p.read_text(encoding="utf-8").count("\n  - target:") for p in files)
    return len(files), records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="numbers of targets (x 12 monthly files)")
    parser.add_argument(
        "--repeat", type=int, default=5, help="runs per command (at most 3 at 10,000 targets)"
    )
    parser.add_argument("--smoke", action="store_true", help="smallest size, one run, no peer (for CI)")
    parser.add_argument("--no-peer", action="store_true", help="skip check-jsonschema")
    parser.add_argument(
        "--out", type=Path, help="default docs/benchmarks.md (smoke: benchmarks/out/smoke.md)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folders")
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error(f"--sizes takes numbers separated by commas, not {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.repeat < 1:
        parser.error("--sizes and --repeat must be positive")
    if args.smoke:
        sizes, args.repeat = sizes[:1], 1
    out = args.out or (HERE / "out" / "smoke.md" if args.smoke else ROOT / "docs" / "benchmarks.md")
    started = time.perf_counter()

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    work = Path(tempfile.mkdtemp(prefix="plan415x-bench-"))
    bench = Bench(work, log)
    try:
        base = plan415x_command()
        shown_base = "plan415x"
        peer, peer_version = (None, "not run (--smoke)" if args.smoke else "not run (--no-peer)")
        if not (args.smoke or args.no_peer):
            peer, peer_version = peer_command(log)
        exporter, export_note = export_command(base, bench.env)
        info = machine(peer_version if peer else f"none: {peer_version}", args.smoke)
        schema = work / "actuals.schema.json"
        schema.write_text(
            subprocess.run([*base, "schema", "actuals"], capture_output=True, text=True, check=True).stdout,
            encoding="utf-8",
        )
        data_notes = []
        plan_txt = work / f"plan-{DRAFT_KB}k.txt"
        plan_txt.write_text(draft_text(DRAFT_KB * 1024, SEED), encoding="utf-8")
        data_notes.append(
            f"`$WORK/plan-{DRAFT_KB}k.txt`: a synthetic plan text of {plan_txt.stat().st_size:,} bytes"
            " (`benchmarks/draft_text.py`: numbered work items and an annex task table, made-up figures)."
        )

        # Start-up and the repository's data.
        repo_src = ROOT / "data"
        repo = work / "repo"
        shutil.copytree(repo_src, repo)
        files0, records0 = count_records(repo)
        added = generate.complete_year(repo, SEED)
        files1, records1 = count_records(repo)
        data_notes.append(
            f"repository data (`data/`): {files0} actuals files, {records0} records. `$WORK/repo` is a copy"
            f" with a full year of monthly files: the {len(added)} months that no file covered"
            f" ({', '.join(p.stem for p in added)}) were added by `generate.complete_year` (a record for"
            f" every target reportable in {generate.FIRST_YEAR}, consistent with the quarterly files):"
            f" {files1} files, {records1} records."
        )
        startup = [
            Measure("help", "`plan415x --help`", "-", [*base, "--help"], f"{shown_base} --help", args.repeat),
            Measure(
                "pass",
                "Python start-up `python -c pass`",
                "-",
                [sys.executable, "-c", "pass"],
                "python -c pass",
                args.repeat,
            ),
            Measure(
                "floor",
                'import floor `python -c "import yaml, pydantic"`',
                "-",
                [sys.executable, "-c", "import yaml, pydantic"],
                'python -c "import yaml, pydantic"',
                args.repeat,
            ),
            Measure(
                "repo-validate",
                "`validate`",
                f"repo + monthly ({records1} records)",
                [*base, "validate", "--data", str(repo)],
                f"{shown_base} validate --data $WORK/repo",
                args.repeat,
            ),
            Measure(
                "repo-validate-cold",
                "`validate` cold (no cache)",
                f"repo + monthly ({records1} records)",
                ["env", "PLAN415X_NO_CACHE=1", *base, "validate", "--data", str(repo)],
                f"PLAN415X_NO_CACHE=1 {shown_base} validate --data $WORK/repo",
                args.repeat,
            ),
            Measure(
                "repo-check",
                f"`check {REPO_PERIOD}`",
                f"repo + monthly ({records1} records)",
                [*base, "check", REPO_PERIOD, "--data", str(repo)],
                f"{shown_base} check {REPO_PERIOD} --data $WORK/repo",
                args.repeat,
            ),
            Measure(
                "repo-check-as-is",
                f"`check {REPO_PERIOD}`",
                f"repo as is ({records0} records)",
                [*base, "check", REPO_PERIOD, "--data", str(repo_src)],
                f"{shown_base} check {REPO_PERIOD} --data data",
                args.repeat,
            ),
            Measure(
                "init",
                "`init DIR --force` (the starter folder)",
                "-",
                [*base, "init", str(work / "starter"), "--force"],
                f"{shown_base} init $WORK/starter --force",
                args.repeat,
            ),
            Measure("units", "`units`", "-", [*base, "units"], f"{shown_base} units", args.repeat),
            Measure(
                "draft-100k",
                # Since the review workbook (issue 25, item 2) the draft writes review.xlsx too:
                # 0.37 s -> 0.55 s for the 822 targets of this text (its rows by excel/fastrows;
                # openpyxl's cells one by one took 1.2 s).
                "`draft PLAN.txt -o DIR --force` (issue 25; targets.yaml and review.xlsx)",
                f"a {DRAFT_KB} KB plan text",
                [*base, "draft", str(plan_txt), "-o", str(work / "drafted"), "--force"],
                f"{shown_base} draft $WORK/plan-{DRAFT_KB}k.txt -o $WORK/drafted --force",
                args.repeat,
            ),
            Measure(
                "draft-report",
                # Issue 25, item 4: a work report, drafted in its target part only and measured
                # against its encoding (a short real text: start-up and the rules, no workbook).
                "`draft REPORT.txt --compare targets.yaml` (a work report; issue 25)",
                "the 2024 national report's test text (7 targets)",
                [
                    *base,
                    "draft",
                    str(ROOT / "tests" / "data" / "draft" / "gwr-2024.txt"),
                    "--compare",
                    str(ROOT / "examples" / "cn-gwr-2024" / "targets.yaml"),
                ],
                f"{shown_base} draft tests/data/draft/gwr-2024.txt --compare examples/cn-gwr-2024/targets.yaml",
                args.repeat,
            ),
            Measure("kinds", "`kinds`", "-", [*base, "kinds"], f"{shown_base} kinds", args.repeat),
        ]
        if peer:
            startup.append(
                Measure(
                    "repo-peer",
                    "peer: check-jsonschema",
                    f"repo + monthly ({records1} records)",
                    [
                        *peer,
                        "--schemafile",
                        str(schema),
                        *map(str, sorted((repo / "actuals").glob("*.yaml"))),
                    ],
                    "check-jsonschema --schemafile $WORK/actuals.schema.json $WORK/repo/actuals/*.yaml",
                    min(args.repeat, 3),
                )
            )
        log("start-up and the repository's data:")
        bench.run_group([bench.add(m) for m in startup], warm=not args.smoke)

        for n in sizes:
            folder = work / f"n{n}"
            t0 = time.perf_counter()
            generate.generate(folder, n, MONTHS, SEED)
            # The repository's default scoring rules: they name no target, so they fit any plan.
            shutil.copyfile(ROOT / "data" / "scoring.yaml", folder / "scoring.yaml")
            files, records = count_records(folder)
            size_mb = sum(p.stat().st_size for p in folder.rglob("*.yaml")) / 2**20
            data_notes.append(
                f"`$WORK/n{n}`: `python benchmarks/generate.py $WORK/n{n} --targets {n} --months {MONTHS}"
                f" --seed {SEED}`: {n:,} targets, {files} monthly files, {records:,} records, {size_mb:.1f} MB"
                f" of YAML (written in {time.perf_counter() - t0:.1f} s)."
            )
            repeat = min(args.repeat, 3) if n >= 10000 else args.repeat
            label = f"{n:,}×{MONTHS}"
            # Its own copy and cache folder: the changes never reach the other measures' data.
            changing = work / f"n{n}-changed"
            shutil.copytree(folder, changing)
            group = [
                Measure(
                    f"n{n}-validate",
                    "`validate` (unchanged data: cached)",
                    label,
                    [*base, "validate", "--data", str(folder)],
                    f"{shown_base} validate --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-validate-cold",
                    "`validate` cold (no cache)",
                    label,
                    ["env", "PLAN415X_NO_CACHE=1", *base, "validate", "--data", str(folder)],
                    f"PLAN415X_NO_CACHE=1 {shown_base} validate --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-check",
                    f"`check {SYNTH_PERIOD}` (unchanged data: cached)",
                    label,
                    [*base, "check", SYNTH_PERIOD, "--data", str(folder)],
                    f"{shown_base} check {SYNTH_PERIOD} --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-check-cold",
                    f"`check {SYNTH_PERIOD}` cold (no cache)",
                    label,
                    ["env", "PLAN415X_NO_CACHE=1", *base, "check", SYNTH_PERIOD, "--data", str(folder)],
                    f"PLAN415X_NO_CACHE=1 {shown_base} check {SYNTH_PERIOD} --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-check-changed",
                    f"`check {SYNTH_PERIOD}`, one changed file of twelve ({CHANGED_FILE})",
                    label,
                    [
                        "env",
                        f"PLAN415X_CACHE_DIR={work / f'plan415x-cache-n{n}-changed'}",
                        *base,
                        "check",
                        SYNTH_PERIOD,
                        "--data",
                        str(changing),
                    ],
                    f"PLAN415X_CACHE_DIR=$WORK/plan415x-cache-n{n}-changed {shown_base} check {SYNTH_PERIOD}"
                    f" --data $WORK/n{n}-changed",
                    repeat,
                    before=change_before_each_run(changing / CHANGED_FILE),
                ),
                Measure(
                    f"n{n}-reporting",
                    f"`reporting {SYNTH_PERIOD}` (unchanged data: cached)",
                    label,
                    [*base, "reporting", SYNTH_PERIOD, "--data", str(folder)],
                    f"{shown_base} reporting {SYNTH_PERIOD} --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-notices",
                    f"`reporting {SYNTH_PERIOD} --missing -o DIR` (a 催报 notice per unit, .docx and .md)",
                    label,
                    [
                        *base,
                        "reporting",
                        SYNTH_PERIOD,
                        "--data",
                        str(folder),
                        "--missing",
                        "-o",
                        str(work / f"n{n}-notices"),
                        "--force",
                    ],
                    f"{shown_base} reporting {SYNTH_PERIOD} --data $WORK/n{n} --missing -o $WORK/n{n}-notices --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-rank",
                    f"`rank {SYNTH_PERIOD}` (unchanged data: cached; 位次变化 judges the month before too)",
                    label,
                    [*base, "rank", SYNTH_PERIOD, "--data", str(folder)],
                    f"{shown_base} rank {SYNTH_PERIOD} --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-publish",
                    f"`publish {SYNTH_PERIOD}` (unchanged data: cached; the record written atomically)",
                    label,
                    [*base, "publish", SYNTH_PERIOD, "--data", str(folder), *ACCEPT_ALL],
                    f"{shown_base} publish {SYNTH_PERIOD} --data $WORK/n{n} {' '.join(ACCEPT_ALL)}",
                    repeat,
                    before=unpublish_before_each_run(folder),
                ),
                Measure(
                    f"n{n}-brief",
                    f"`brief {SYNTH_PERIOD} -o .md`",
                    label,
                    [
                        *base,
                        "brief",
                        SYNTH_PERIOD,
                        "--data",
                        str(folder),
                        "-o",
                        str(work / f"n{n}.md"),
                        "--force",
                    ],
                    f"{shown_base} brief {SYNTH_PERIOD} --data $WORK/n{n} -o $WORK/n{n}.md --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-brief-docx",
                    f"`brief {SYNTH_PERIOD} -o .docx`",
                    label,
                    [
                        *base,
                        "brief",
                        SYNTH_PERIOD,
                        "--data",
                        str(folder),
                        "-o",
                        str(work / f"n{n}.docx"),
                        "--force",
                    ],
                    f"{shown_base} brief {SYNTH_PERIOD} --data $WORK/n{n} -o $WORK/n{n}.docx --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-brief-pdf",
                    f"`brief {SYNTH_PERIOD} -o .pdf`",
                    label,
                    [
                        *base,
                        "brief",
                        SYNTH_PERIOD,
                        "--data",
                        str(folder),
                        "-o",
                        str(work / f"n{n}.pdf"),
                        "--force",
                    ],
                    f"{shown_base} brief {SYNTH_PERIOD} --data $WORK/n{n} -o $WORK/n{n}.pdf --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-brief-year",
                    f"`brief {SYNTH_PERIOD[:4]} -o .md` (with 年度考评)",
                    label,
                    [
                        *base,
                        "brief",
                        SYNTH_PERIOD[:4],
                        "--data",
                        str(folder),
                        "-o",
                        str(work / f"n{n}-y.md"),
                        "--force",
                    ],
                    f"{shown_base} brief {SYNTH_PERIOD[:4]} --data $WORK/n{n} -o $WORK/n{n}-y.md --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-implementation",
                    f"`brief {SYNTH_PERIOD[:4]} --form implementation -o .docx` (落实情况)",
                    label,
                    [
                        *base,
                        "brief",
                        SYNTH_PERIOD[:4],
                        "--form",
                        "implementation",
                        "--data",
                        str(folder),
                        "-o",
                        str(work / f"n{n}-impl.docx"),
                        "--force",
                    ],
                    f"{shown_base} brief {SYNTH_PERIOD[:4]} --form implementation --data $WORK/n{n}"
                    f" -o $WORK/n{n}-impl.docx --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-html",
                    "`export -o report.html`",
                    label,
                    [
                        *base,
                        "export",
                        SYNTH_PERIOD,
                        "--data",
                        str(folder),
                        "-o",
                        str(work / f"n{n}.html"),
                        "--force",
                    ],
                    f"{shown_base} export {SYNTH_PERIOD} --data $WORK/n{n} -o $WORK/n{n}.html --force",
                    repeat,
                ),
                Measure(
                    f"n{n}-score",
                    f"`score {SYNTH_PERIOD[:4]}` (unchanged data: cached; the default scoring.yaml)",
                    label,
                    [*base, "score", SYNTH_PERIOD[:4], "--data", str(folder)],
                    f"{shown_base} score {SYNTH_PERIOD[:4]} --data $WORK/n{n}",
                    repeat,
                ),
                Measure(
                    f"n{n}-trend",
                    f"`trend --unit {TREND_UNIT}` (unchanged data: cached)",
                    label,
                    [*base, "trend", "--unit", TREND_UNIT, "--data", str(folder)],
                    f"{shown_base} trend --unit {TREND_UNIT} --data $WORK/n{n}",
                    repeat,
                ),
            ]
            if exporter:
                xlsx = work / f"n{n}.xlsx"
                argv_x = exporter(folder, SYNTH_PERIOD, xlsx)
                group.append(
                    Measure(
                        f"n{n}-export",
                        "`export`",
                        label,
                        argv_x,
                        " ".join([shown_base, *argv_x[len(base) :]]).replace(str(work), "$WORK"),
                        repeat,
                    )
                )
            if peer:
                group.append(
                    Measure(
                        f"n{n}-peer",
                        "peer: check-jsonschema",
                        label,
                        [
                            *peer,
                            "--schemafile",
                            str(schema),
                            *map(str, sorted((folder / "actuals").glob("*.yaml"))),
                        ],
                        f"check-jsonschema --schemafile $WORK/actuals.schema.json $WORK/n{n}/actuals/*.yaml",
                        1 if n >= 10000 else min(args.repeat, 3),
                        warm=False,  # its files were just read by plan415x, its bytecode compiled at install
                    )
                )
            log(f"{label}:")
            bench.run_group([bench.add(m) for m in group], warm=not args.smoke)
            page = work / f"n{n}.html"
            if page.exists():
                OUTPUT_MB[f"n{n}-html"] = page.stat().st_size / 2**20
            if not args.keep:
                shutil.rmtree(folder)
                shutil.rmtree(changing)

        write_report(out, bench, info, data_notes, sizes, export_note, args, started)
        log(f"wrote {out}")
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    # The peer is not ours; export's options are read from its --help, so a failure there may
    # be this script's guess: both are reported in the table without failing the run.
    failed = [m.key for m in bench.measures.values() if m.error and not m.key.endswith(("peer", "export"))]
    if failed:
        log("failed: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
