"""Entries of actuals/ that are not plain data files (issue 13, item 3).

A FIFO named 2023Q3.yaml hung validate; a link to /dev/zero ended in a MemoryError; a 3 GB
file was read whole for the cache key before the size limit refused it; files named
2023Q3.YAML, .json or .yaml.bak were skipped without a word; an ``actuals`` that is a file
gave "valid". Each is now a located problem (or, for hidden files and editor backups, ignored
on purpose). The bad names are also in the corpus: tests/examples/invalid/entry-*.
"""

from __future__ import annotations

import os
import stat
import sys
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x import documents
from plan415x.cli import app
from plan415x.loading import load_dataset
from tests.nonblocking import without_blocking

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and links")

GIB = 1024**3


def _validate(data: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.chdir(data)
    result = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", "."])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.mark.parametrize("cache", ["on", "off"])
def test_a_fifo_is_a_problem_not_a_hang(mini: Path, monkeypatch: pytest.MonkeyPatch, cache: str) -> None:
    if cache == "off":
        monkeypatch.setenv("PLAN415X_NO_CACHE", "1")
    fifo = mini / "actuals" / "2023Q3.yaml"
    os.mkfifo(fifo)
    assert without_blocking(lambda: _validate(mini, monkeypatch), fifo) == (
        1,
        "actuals/2023Q3.yaml:0:0: [error] a named pipe (FIFO), not a file (io-error)\n",
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_a_device_is_a_problem_not_a_memory_error(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (mini / "actuals" / "2023Q3.yaml").symlink_to("/dev/zero")
    assert _validate(mini, monkeypatch) == (
        1,
        "actuals/2023Q3.yaml:0:0: [error] a device, not a file (io-error)\n",
    )


def test_a_link_to_a_regular_file_is_read(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = tmp_path / "kept-elsewhere.yaml"
    (mini / "actuals" / "2023Q2.yaml").rename(moved)
    (mini / "actuals" / "2023Q2.yaml").symlink_to(moved)
    assert _validate(mini, monkeypatch) == (0, "")


@pytest.mark.parametrize("cache", ["on", "off"])
def test_a_huge_file_is_refused_unread(mini: Path, monkeypatch: pytest.MonkeyPatch, cache: str) -> None:
    if cache == "off":
        monkeypatch.setenv("PLAN415X_NO_CACHE", "1")
    big = mini / "actuals" / "2023Q3.yaml"
    with big.open("wb") as handle:
        handle.truncate(3 * GIB)  # sparse: no disk used, and nothing to read but zeros
    tracemalloc.start()
    try:
        dataset, problems = load_dataset(mini, lean=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert dataset is None
    assert [(p.file, p.code, p.message) for p in problems] == [
        (str(big), "too-large", f"the file is {3 * GIB} bytes; the limit is {documents.MAX_BYTES}")
    ]
    # The mini data folder takes kilobytes; one read of the big file would take gigabytes.
    assert peak < documents.MAX_BYTES // 4


def test_a_file_is_never_read_past_the_limit(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file over the limit that says it is small (it grows while read, or a /proc file): at
    # most limit + 1 bytes are read, then it is refused.
    monkeypatch.setattr(documents, "MAX_BYTES", 10_000)
    (mini / "actuals" / "2023Q3.yaml").write_bytes(b"#" * 50_000)
    real_stat, real_fstat, real_read = os.stat, os.fstat, os.read

    def shrunk(info: os.stat_result) -> os.stat_result:
        if info.st_size != 50_000:
            return info
        fields = list(info)
        fields[stat.ST_SIZE] = 10
        return os.stat_result(fields)

    asked: list[int] = []

    def read(fd: int, n: int) -> bytes:
        if real_fstat(fd).st_size == 50_000:
            asked.append(n)
        return real_read(fd, n)

    with monkeypatch.context() as patch:
        patch.setattr(os, "stat", lambda path, *a, **k: shrunk(real_stat(path, *a, **k)))
        patch.setattr(os, "fstat", lambda fd: shrunk(real_fstat(fd)))
        patch.setattr(os, "read", read)
        _, problems = load_dataset(mini, lean=True)
    assert [(p.code, p.message) for p in problems] == [
        ("too-large", "the file grew past the limit of 10000 bytes while read")
    ]
    assert asked
    assert sum(asked) <= 10_001


def test_actuals_that_is_a_file_is_a_problem(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in (mini / "actuals").iterdir():
        path.unlink()
    (mini / "actuals").rmdir()
    (mini / "actuals").write_text("period: 2023Q2\n", encoding="utf-8")
    assert _validate(mini, monkeypatch) == (
        1,
        "actuals:0:0: [error] a file, not a folder: the figures of each period go in"
        " actuals/<PERIOD>.yaml (io-error)\n",
    )
    monkeypatch.chdir(mini)
    result = CliRunner().invoke(app, ["check", "2023Q2", "--data", "."])
    assert result.exit_code == 1
    assert "a file, not a folder" in result.output


def test_actuals_that_is_a_broken_link_is_a_problem(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in (mini / "actuals").iterdir():
        path.unlink()
    (mini / "actuals").rmdir()
    (mini / "actuals").symlink_to(mini / "gone")
    assert _validate(mini, monkeypatch) == (
        1,
        "actuals:0:0: [error] cannot list the folder: a broken link (io-error)\n",
    )


def test_no_actuals_folder_is_a_plan_without_figures(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in (mini / "actuals").iterdir():
        path.unlink()
    (mini / "actuals").rmdir()
    assert _validate(mini, monkeypatch) == (0, "")


def test_names_that_are_not_read_are_reported(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actuals = mini / "actuals"
    for name in ("2023Q3.YAML", "2023Q4.Yml", "2023Q3.json", "2023Q2.yaml.bak", "2023-07"):
        (actuals / name).write_text("period: 2023Q3\n", encoding="utf-8")
    (actuals / "archive").mkdir()
    (actuals / "archive" / "2023Q1.yaml").write_text("period: 2023Q1\n", encoding="utf-8")
    assert _validate(mini, monkeypatch) == (
        1,
        "actuals/2023-07:0:0: [error] not read: data files end in .yaml; move other files out of"
        " actuals/ (unexpected-file)\n"
        "actuals/2023Q2.yaml.bak:0:0: [error] not read: data files end in .yaml; move other files"
        " out of actuals/ (unexpected-file)\n"
        "actuals/2023Q3.YAML:0:0: [error] not read: data files end in .yaml (lower case) (unexpected-file)\n"
        "actuals/2023Q3.json:0:0: [error] not read: data files end in .yaml; move other files out of"
        " actuals/ (unexpected-file)\n"
        "actuals/2023Q4.Yml:0:0: [error] not read: data files end in .yml (lower case) (unexpected-file)\n"
        "actuals/archive:0:0: [error] not read: a folder; the figures of each period go in"
        " actuals/<PERIOD>.yaml (unexpected-file)\n",
    )


def test_hidden_files_and_backups_are_ignored(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actuals = mini / "actuals"
    for name in (".DS_Store", "2023Q2.yaml~", ".2023Q2.yaml.swp", ".2023Q3.yaml.x1y2.tmp", ".#2023Q2.yaml"):
        (actuals / name).write_bytes(b"\x00\x01 not data")
    (actuals / ".git").mkdir()
    assert _validate(mini, monkeypatch) == (0, "")
