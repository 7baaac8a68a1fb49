"""Two imports at once, and writes interrupted part-way: no figure lost, no file half written.

fsutil.atomic_write writes a temporary file ``.NAME.<random>.tmp`` beside the target and renames
it into place; importer holds a lock on the actuals folder from reading the old file to writing
the new one. What these tests pin down:

- two ``plan415x import`` processes into one period, started together, both land (the lock);
- a write that fails (the disk full, the rename refused) leaves the old file byte-for-byte and
  removes its temporary file;
- a process killed with SIGKILL cannot clean up: the old file (or the complete new one, if the
  rename had happened) is there, plus at most a ``.NAME.<random>.tmp`` file, which ``validate``,
  ``import`` and ``export`` ignore (the actuals loader reads only ``*.yaml``/``*.yml``).
"""

from __future__ import annotations

import errno
import io
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import IO, Any

import openpyxl
import pytest

from plan415x import fsutil
from plan415x.loading import load_actuals
from tests.test_excel_template_import import fill, run, template

posix_only = pytest.mark.skipif(os.name != "posix", reason="flock and SIGKILL are POSIX")
TMP_NAME = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]+\.tmp$")

# Two units' figures for 2023Q3: disjoint targets, so the two imports never conflict.
FIGURES_A = {("甲局", "I4"): 1200, ("甲局", "I5"): 80, ("甲局", "K7"): "done"}
FIGURES_B = {("乙局", "I4"): 200, ("乙局", "I5"): 7, ("丙局", "I4"): 9}
TARGETS_A = {"land": 1200, "energy-cap": 80, "demo-zone": "done"}
TARGETS_B = {"robots": 200, "factories": 7, "projects": 9}
EARLIER_Q3 = """\
# kept by both imports
schema_version: 1
period: 2023Q3
source: {document: by hand}
records:
  - {target: output, value: 350}
"""


LAUNCH = """
import sys
sys.argv = ["plan415x", *sys.argv[1:]]
from plan415x.cli import main
main()
"""


def plan415x(*args: str, cwd: Path, prelude: str = "") -> subprocess.Popen[str]:
    """``python -m plan415x ARGS``, or with ``prelude`` (test instrumentation) run first."""
    env = {k: v for k, v in os.environ.items() if k != "PLAN415X_DATA"} | {"NO_COLOR": "1"}
    command = ["-c", textwrap.dedent(prelude) + LAUNCH] if prelude else ["-m", "plan415x"]
    return subprocess.Popen(
        [sys.executable, *command, *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def figures(path: Path) -> dict[str, Any]:
    entry, problems = load_actuals(path)
    assert problems == []
    assert entry is not None
    return {r.target: r.state.value if r.state is not None else r.value for r in entry.file.records}


def leftovers(folder: Path, name: str) -> list[str]:
    """Temporary files of ``name`` in ``folder`` (each must have fsutil's recognisable name)."""
    found = sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))
    for tmp in found:
        match = TMP_NAME.match(tmp)
        assert match is not None, tmp
        assert match["name"] == name
    return found


# --- two imports at once -----------------------------------------------------------------------


SYNC_AT_MERGE = """
import os, time
from pathlib import Path
from plan415x.excel import importer

barrier = Path(os.environ["PLAN415X_TEST_BARRIER"])
real_merge = importer.merge

def merge(*args, **kwargs):
    (barrier / str(os.getpid())).touch()
    deadline = time.monotonic() + 20
    while len(list(barrier.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.001)
    return real_merge(*args, **kwargs)

importer.merge = merge
"""
"""Both processes wait for each other just before the merge (read the old file, lock, write):
without the lock, both would read the same old file and the second write would lose the
first's figures or fail."""

WITHOUT_FCNTL = """
import sys
sys.modules["fcntl"] = None  # import fcntl fails, as on Windows: the filelock path is taken
"""


@posix_only
@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-file"])
@pytest.mark.parametrize("mode", ["free", "synchronised", "synchronised-without-fcntl"])
def test_two_imports_into_one_period_at_once(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str, existing: bool
) -> None:
    """Two imports of disjoint figures race to create actuals/2023Q3.yaml, or to edit it.

    "free" starts two plain ``python -m plan415x import`` processes together and lets the
    scheduler interleave them; "synchronised" makes both reach the merge at the same moment;
    "synchronised-without-fcntl" does so where ``import fcntl`` fails, as on Windows (before
    filelock, the merge then ran without any lock: both printed "added" and one's figures
    were lost, or the second failed to create the file).
    """
    base = template(mini, "2023Q3")
    a = fill(base, FIGURES_A, "a.xlsx")
    b = fill(base, FIGURES_B, "b.xlsx")
    target = mini / "actuals" / "2023Q3.yaml"
    earlier = {}
    if existing:
        target.write_text(EARLIER_Q3, encoding="utf-8")
        earlier = {"output": 350}
    prelude = ""
    if mode.startswith("synchronised"):
        barrier = tmp_path / "barrier"
        barrier.mkdir()
        monkeypatch.setenv("PLAN415X_TEST_BARRIER", str(barrier))
        prelude = SYNC_AT_MERGE
    if mode.endswith("without-fcntl"):
        prelude = WITHOUT_FCNTL + prelude
    # both started before either is waited for
    procs = [plan415x("import", p.name, "--data", "data", cwd=tmp_path, prelude=prelude) for p in (a, b)]
    outputs = [p.communicate(timeout=60)[0] for p in procs]
    for proc, output in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, output
        assert "Traceback" not in output
        assert "3 added, 0 unchanged, 0 replaced" in output
    assert figures(target) == earlier | TARGETS_A | TARGETS_B
    if existing:
        assert target.read_text(encoding="utf-8").startswith("# kept by both imports\n")
    check = plan415x("validate", "--data", "data", cwd=tmp_path)
    records = 16 + len(earlier) + 6
    assert check.communicate(timeout=60)[0] == f"valid: 13 targets, 3 actuals files, {records} records\n"
    assert check.returncode == 0
    assert leftovers(target.parent, target.name) == []
    # no lock file is left in the data folder (filelock removes its file on release)
    assert sorted(p.name for p in target.parent.iterdir()) == ["2023Q1.yaml", "2023Q2.yaml", "2023Q3.yaml"]


# --- failures inside the write (deterministic, in-process) -------------------------------------


class FailingOs:
    """``os`` as fsutil sees it, with the rename or the write failing like a full disk."""

    def __init__(self, fail: str) -> None:
        self.fail = fail
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def replace(self, src: Any, dst: Any) -> None:
        self.calls.append("replace")
        if self.fail == "replace":
            assert Path(src).exists()  # the new file was written in full...
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ...and is not renamed
        os.replace(src, dst)

    def link(self, src: Any, dst: Any) -> None:
        self.calls.append("link")
        if self.fail == "replace":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        os.link(src, dst)

    def fdopen(self, fd: int, mode: str) -> IO[bytes]:
        handle = os.fdopen(fd, mode)
        if self.fail != "write":
            return handle
        self.calls.append("write")
        real_write = handle.write

        def half_then_fail(data: Any) -> int:
            real_write(bytes(data)[: len(data) // 2])
            handle.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        handle.write = half_then_fail  # type: ignore[method-assign]
        return handle


@pytest.mark.parametrize("fail", ["write", "replace"])
def test_failed_export_keeps_the_old_workbook(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    gap = out / "gap.xlsx"
    assert run("export", "2023Q1", "-o", str(gap), "--data", str(mini)).exit_code == 0
    old = gap.read_bytes()
    failing = FailingOs(fail)
    monkeypatch.setattr(fsutil, "os", failing)
    result = run("export", "2023Q2", "-o", str(gap), "--data", str(mini), "--force")
    assert fail in failing.calls
    assert result.exit_code == 4  # the output could not be written (README), as for import
    assert f"cannot write {gap}: No space left on device" in result.output
    assert gap.read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["gap.xlsx"]


@pytest.mark.parametrize(
    ("fail", "period"),
    [("write", "2023Q2"), ("replace", "2023Q2"), ("write", "2023Q3"), ("replace", "2023Q3")],
)
def test_failed_import_keeps_the_old_file(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: str, period: str
) -> None:
    """Into an existing file (2023Q2, with --force replacing land) and into a new one (2023Q3)."""
    monkeypatch.chdir(tmp_path)
    filled = fill(template(mini, period), {("甲局", "I4"): 1000, ("乙局", "I5"): 7})
    before = {p.name: p.read_bytes() for p in (mini / "actuals").iterdir()}
    failing = FailingOs(fail)
    monkeypatch.setattr(fsutil, "os", failing)
    result = run("import", filled.name, "--data", "data", "--force")
    assert fail in failing.calls or (fail == "replace" and "link" in failing.calls)
    assert result.exit_code == 4  # a write error, as for export and the printed output: not 1
    lines = result.output.splitlines()
    assert (
        lines[0] == f"data/actuals/{period}.yaml: cannot write the file: No space left on device (io-error)"
    )
    assert lines[1] == "1 problem in filled.xlsx; nothing was written"
    assert {p.name: p.read_bytes() for p in (mini / "actuals").iterdir()} == before


# --- SIGKILL -----------------------------------------------------------------------------------

STALL_BEFORE_RENAME = """
import os, time
from plan415x import fsutil

# The dataset cache writes through fsutil too: without it, the first rename is the command's.
os.environ["PLAN415X_NO_CACHE"] = "1"

class Stalling:
    def __getattr__(self, name):
        return getattr(os, name)

    def _stall(self, *args):
        print("renaming", flush=True)
        time.sleep(60)

    replace = link = _stall

fsutil.os = Stalling()
"""


def _kill_before_rename(cwd: Path, *args: str) -> None:
    """Run plan415x with the rename stalled; SIGKILL it once the temporary file is complete."""
    proc = plan415x(*args, cwd=cwd, prelude=STALL_BEFORE_RENAME)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == "renaming\n", line + proc.stdout.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@posix_only
def test_export_killed_before_the_rename(mini: Path, tmp_path: Path) -> None:
    gap = tmp_path / "gap.xlsx"
    assert run("export", "2023Q1", "-o", str(gap), "--data", str(mini)).exit_code == 0
    old = gap.read_bytes()
    _kill_before_rename(tmp_path, "export", "2023Q2", "-o", "gap.xlsx", "--data", "data", "--force")
    assert gap.read_bytes() == old
    [stale] = leftovers(tmp_path, "gap.xlsx")
    assert openpyxl.load_workbook(io.BytesIO((tmp_path / stale).read_bytes()))["明细"]["A2"].value.startswith(
        "检查期 2023年1-6月"
    )
    # the next run is not disturbed by it (and does not clean it: it is not its file to remove)
    assert run("export", "2023Q2", "-o", str(gap), "--data", str(mini), "--force").exit_code == 0
    assert openpyxl.load_workbook(gap)["明细"]["A2"].value.startswith("检查期 2023年1-6月")
    assert leftovers(tmp_path, "gap.xlsx") == [stale]


@posix_only
def test_import_killed_before_the_rename(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    existing = mini / "actuals" / "2023Q2.yaml"
    old = existing.read_bytes()
    filled = fill(template(mini, "2023Q2"), {("甲局", "I4"): 1000, ("乙局", "I5"): 7})
    _kill_before_rename(tmp_path, "import", filled.name, "--data", "data", "--force")
    assert existing.read_bytes() == old
    [stale] = leftovers(existing.parent, existing.name)
    assert "factories" in (existing.parent / stale).read_text(encoding="utf-8")  # the complete new text
    # validate does not read it; the next import works and leaves it alone
    validated = run("validate", "--data", "data")
    assert (validated.exit_code, validated.output) == (0, "valid: 13 targets, 2 actuals files, 16 records\n")
    again = run("import", filled.name, "--data", "data", "--force")
    assert again.exit_code == 0, again.output
    assert "1 added, 0 unchanged, 1 replaced" in again.output
    assert figures(existing)["land"] == 1000
    assert leftovers(existing.parent, existing.name) == [stale]


def _kill_at_random(cwd: Path, args: list[str], rng: random.Random, took: float) -> None:
    proc = plan415x(*args, cwd=cwd)
    time.sleep(rng.uniform(0.3, 1.1) * took)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


def _timed(cwd: Path, args: list[str]) -> float:
    started = time.monotonic()
    proc = plan415x(*args, cwd=cwd)
    output = proc.communicate(timeout=60)[0]
    assert proc.returncode == 0, output
    return time.monotonic() - started


@posix_only
def test_export_killed_at_a_random_moment(mini: Path, tmp_path: Path) -> None:
    """The file is the old workbook or the complete new one, never anything in between."""
    rng = random.Random(415)
    gap = tmp_path / "gap.xlsx"
    args = ["export", "2023Q2", "-o", "gap.xlsx", "--data", "data", "--force"]
    took = _timed(tmp_path, args)
    for _ in range(3):
        assert run("export", "2023Q1", "-o", str(gap), "--data", str(mini), "--force").exit_code == 0
        old = gap.read_bytes()
        _kill_at_random(tmp_path, args, rng, took)
        if gap.read_bytes() != old:  # killed after the rename: the new workbook, complete
            assert openpyxl.load_workbook(gap)["明细"]["A2"].value.startswith("检查期 2023年1-6月")
        for stale in leftovers(tmp_path, "gap.xlsx"):
            (tmp_path / stale).unlink()


@posix_only
def test_import_killed_at_a_random_moment(mini: Path, tmp_path: Path) -> None:
    rng = random.Random(415)
    existing = mini / "actuals" / "2023Q2.yaml"
    old = existing.read_bytes()
    old_figures = figures(existing)
    filled = fill(template(mini, "2023Q2"), {("甲局", "I4"): 1000, ("乙局", "I5"): 7})
    args = ["import", filled.name, "--data", "data", "--force"]
    took = _timed(tmp_path, args)
    for _ in range(3):
        existing.write_bytes(old)
        _kill_at_random(tmp_path, args, rng, took)
        if existing.read_bytes() != old:  # killed after the rename: every figure, old and new
            assert figures(existing) == old_figures | {"land": 1000, "factories": 7}
        for stale in leftovers(existing.parent, existing.name):
            (existing.parent / stale).unlink()
        assert run("validate", "--data", str(mini)).exit_code == 0
