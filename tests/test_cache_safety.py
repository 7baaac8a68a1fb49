"""The dataset cache cannot be made to run code, hang, or serve figures the files do not hold.

Issue 13: a pickle planted under the right key ran its command while ``validate`` said
"valid"; a FIFO under the key hung every run; a folder others can write was used; and a file
replaced between the hashing and the parsing was cached under its old bytes' key.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x import cache, values
from plan415x.cli import app
from plan415x.loading import Dataset, load_dataset
from tests.conftest import MINI
from tests.nonblocking import without_blocking

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes, FIFOs and links")


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no cache folder refused (the warning is once per process)."""
    monkeypatch.setattr(cache, "_refused", set(), raising=False)


def _entry(folder: Path, name: str = "2023Q2.yaml") -> Path:
    """The entry that holds the values of the file called ``name``."""
    [entry] = [p for p in folder.glob("*.json") if json.loads(p.read_bytes()).get("name") == name]
    return entry


def _entries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if not p.name.startswith(".")]


def _robots(dataset: Dataset | None, period: str = "2023Q2") -> float | None:
    assert dataset is not None
    [value] = [
        r.value
        for a in dataset.actuals
        if str(a.period) == period
        for r in a.file.records
        if r.target == "robots"
    ]
    return value


class _Planted:
    """What an attacker pickles: unpickling it touches a file (it could run any command)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


def test_a_planted_pickle_never_runs(
    mini: Path, private_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mini)
    first = CliRunner().invoke(app, ["validate", "--data", "."])
    assert first.exit_code == 0
    assert first.output.startswith("valid: ")
    marker = tmp_path / "the-planted-code-ran"
    for entry in _entries(private_cache):  # every entry, the files' and the dataset's
        entry.write_bytes(pickle.dumps(_Planted(marker)))
    result = CliRunner().invoke(app, ["validate", "--data", "."])
    assert (result.exit_code, result.output) == (0, first.output)
    assert not marker.exists()


def test_an_entry_is_json_of_plain_data(mini: Path, private_cache: Path) -> None:
    load_dataset(mini, lean=True)
    entry = _entry(private_cache)
    assert entry.suffix == ".json"
    data = json.loads(entry.read_bytes())
    assert (data["format"], data["key"], data["name"]) == (4, entry.stem, "2023Q2.yaml")
    # The ActualsFile's fields in order: schema_version, period, illustrative, note, source, records.
    assert data["value"][:3] == [1, "2023Q2", True]
    assert ["robots", 100] in [record[:2] for record in data["value"][5]]
    # One entry per file; one per actuals file saying its records passed against the plan, and
    # one saying that the three files passed the checks across files.
    entries = [json.loads(p.read_bytes()) for p in _entries(private_cache)]
    assert sorted(e.get("name", "") for e in entries) == [
        "",
        "",
        "",
        "2023Q1.yaml",
        "2023Q2.yaml",
        "targets.yaml",
    ]
    assert [e["checked"] for e in entries if "checked" in e] == [True, True, True]
    assert {stat.S_IMODE(p.stat().st_mode) for p in _entries(private_cache)} == {0o600}


def test_a_cached_dataset_is_the_loaded_one(mini: Path, private_cache: Path) -> None:
    fresh, _ = load_dataset(mini, lean=True)
    cached, _ = load_dataset(mini, lean=True)
    assert fresh is not None
    assert cached is not None
    assert cached is not fresh
    assert (cached.root, cached.plan, cached.targets) == (fresh.root, fresh.plan, fresh.targets)
    assert cached.plan_doc == fresh.plan_doc
    assert cached.actuals == fresh.actuals  # periods, models and (bare) documents
    assert cached.measures.ids() == fresh.measures.ids()


def test_a_tampered_entry_of_the_wrong_key_is_a_miss(mini: Path, private_cache: Path) -> None:
    load_dataset(mini, lean=True)
    entry = _entry(private_cache)
    data = json.loads(entry.read_bytes())
    data["key"] = "0" * 64
    entry.write_text(json.dumps(data), encoding="utf-8")
    dataset, problems = load_dataset(mini, lean=True)
    assert (problems, _robots(dataset)) == ([], 100)


def _tamper(entry: Path, value: float) -> None:
    """Change the cached figure of robots in 2023Q2, keeping the entry well-formed."""
    data = json.loads(entry.read_bytes())
    for record in data["value"][5]:  # the file's records: [target, value, ...]
        if record[0] == "robots":
            record[1] = value
    entry.write_text(json.dumps(data), encoding="utf-8")


def test_an_own_private_entry_is_served(mini: Path, private_cache: Path) -> None:
    # The other tests' premise: an entry that passes the checks is used as it is.
    load_dataset(mini, lean=True)
    _tamper(_entry(private_cache), 999.99)
    assert _robots(load_dataset(mini, lean=True)[0]) == 999.99


FILES = ["targets.yaml", "2023Q1.yaml", "2023Q2.yaml"]


def test_a_folder_others_can_write_is_refused(
    mini: Path, private_cache: Path, parsed: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    private_cache.chmod(0o777)
    for _ in range(2):
        dataset, problems = load_dataset(mini, lean=True)
        assert (problems, _robots(dataset)) == ([], 100)
    assert parsed == FILES * 2  # never from the cache
    assert capsys.readouterr().err == (  # once
        f"plan415x: warning: the cache folder {private_cache} can be written by others (mode 0777);"
        " working without the cache\n"
    )
    assert list(private_cache.iterdir()) == []  # nothing written there either


def test_an_entry_in_a_folder_others_can_write_is_not_served(mini: Path, private_cache: Path) -> None:
    load_dataset(mini, lean=True)
    _tamper(_entry(private_cache), 999.99)  # as someone else could, in a folder open to all
    private_cache.chmod(0o777)
    assert _robots(load_dataset(mini, lean=True)[0]) == 100


def test_a_folder_of_another_user_is_refused(
    mini: Path,
    private_cache: Path,
    parsed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    uid = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: uid + 1)
    for _ in range(2):
        dataset, problems = load_dataset(mini, lean=True)
        assert (problems, _robots(dataset)) == ([], 100)
    assert parsed == FILES * 2
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache folder {private_cache} belongs to another user (uid {uid});"
        " working without the cache\n"
    )
    assert list(private_cache.iterdir()) == []


def test_a_new_folder_is_private_and_an_old_one_is_not_opened_up(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new" / "plan415x"
    monkeypatch.setenv("PLAN415X_CACHE_DIR", str(new))
    load_dataset(mini, lean=True)
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
    old = tmp_path / "shared"
    old.mkdir()
    old.chmod(0o775)
    monkeypatch.setenv("PLAN415X_CACHE_DIR", str(old))
    assert load_dataset(mini, lean=True)[0] is not None
    assert list(old.iterdir()) == []
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache folder {old} can be written by others (mode 0775);"
        " working without the cache\n"
    )


def test_an_entry_others_can_write_is_refused(
    mini: Path, private_cache: Path, parsed: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    load_dataset(mini, lean=True)
    entry = _entry(private_cache)
    entry.chmod(0o666)
    parsed.clear()
    dataset, problems = load_dataset(mini, lean=True)
    assert (problems, _robots(dataset)) == ([], 100)
    assert parsed == FILES
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache entry {entry} can be written by others (mode 0666);"
        " working without the cache\n"
    )


def test_an_entry_of_another_user_is_refused(
    mini: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    load_dataset(mini, lean=True)
    entry = _entry(private_cache)
    other = os.getuid() + 1
    real_stat, real_lstat, real_fstat = os.stat, os.lstat, os.fstat

    def folder_mine_entry_not(path: object, *args: object, **kwargs: object) -> os.stat_result:
        info = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        return info if Path(str(path)) == private_cache else _owned_by(info, other)

    with monkeypatch.context() as patch:
        patch.setattr(os, "stat", folder_mine_entry_not)
        patch.setattr(os, "lstat", lambda p, *a, **k: _owned_by(real_lstat(p, *a, **k), other))
        patch.setattr(os, "fstat", lambda fd: _owned_by(real_fstat(fd), other))
        file = cache.get_file(entry.stem, values.ActualsFile)
    assert file is None
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache entry {entry} belongs to another user (uid {other});"
        " working without the cache\n"
    )


def _owned_by(info: os.stat_result, uid: int) -> os.stat_result:
    fields = list(info)
    fields[stat.ST_UID] = uid
    return os.stat_result(fields)


def test_a_fifo_under_the_key_never_blocks(
    mini: Path, private_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_dataset(mini, lean=True)
    entry = _entry(private_cache)
    entry.unlink()
    os.mkfifo(entry, 0o600)
    dataset, problems = without_blocking(lambda: load_dataset(mini, lean=True), entry)
    assert (problems, _robots(dataset)) == ([], 100)
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache entry {entry} is not a regular file; working without the cache\n"
    )
    assert stat.S_ISFIFO(os.lstat(entry).st_mode)  # left alone: the cache was off for the run


def test_a_link_under_the_key_is_not_followed(
    mini: Path, private_cache: Path, tmp_path: Path, parsed: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    load_dataset(mini, lean=True)
    entry = _entry(private_cache)
    elsewhere = tmp_path / "elsewhere"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    parsed.clear()
    dataset, problems = load_dataset(mini, lean=True)
    assert (problems, _robots(dataset)) == ([], 100)
    assert parsed == FILES
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache entry {entry} is not a regular file; working without the cache\n"
    )


def test_without_owners_the_kind_of_file_is_still_checked(
    mini: Path,
    private_cache: Path,
    parsed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # As on Windows: no os.getuid, and mode bits that say nothing about others.
    monkeypatch.delattr(os, "getuid")
    private_cache.chmod(0o777)
    load_dataset(mini, lean=True)
    parsed.clear()
    load_dataset(mini, lean=True)
    assert parsed == []  # no owner to check: the entry is used
    entry = _entry(private_cache)
    entry.unlink()
    os.mkfifo(entry, 0o600)
    dataset, _ = without_blocking(lambda: load_dataset(mini, lean=True), entry)
    assert _robots(dataset) == 100
    assert capsys.readouterr().err == (
        f"plan415x: warning: the cache entry {entry} is not a regular file; working without the cache\n"
    )


def test_a_file_replaced_while_loading_is_never_cached_under_its_old_bytes(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    q2 = mini / "actuals" / "2023Q2.yaml"
    said = q2.read_text(encoding="utf-8")
    assert "{target: robots, value: 100}" in said
    q2.write_text(said.replace("value: 100}", "value: 111.19}"), encoding="utf-8")
    real_key = cache.file_key

    def key_then_replace(*args: object) -> str | None:
        taken = real_key(*args)  # type: ignore[arg-type]
        # Someone saves another version between the hashing and the parsing.
        q2.write_text(said.replace("value: 100}", "value: 999.99}"), encoding="utf-8")
        return taken

    with monkeypatch.context() as patch:
        patch.setattr(cache, "file_key", key_then_replace)
        first, _ = load_dataset(mini, lean=True)
    assert _robots(first) == 111.19  # the bytes that were hashed are the bytes parsed
    q2.write_text(said.replace("value: 100}", "value: 111.19}"), encoding="utf-8")  # and back
    again, problems = load_dataset(mini, lean=True)
    assert (problems, _robots(again)) == ([], 111.19)


def test_only_the_caches_own_entries_are_ever_removed(mini: Path, private_cache: Path) -> None:
    # A PLAN415X_CACHE_DIR that is an ordinary folder of the user's: twelve reports and an old
    # thesis.pickle stay, whatever the number of entries kept.
    for i in range(12):
        (private_cache / f"report{i}.json").write_text(f'{{"n": {i}}}', encoding="utf-8")
    (private_cache / "thesis.pickle").write_bytes(b"mine")
    old = private_cache / ("0" * 64 + ".pickle")
    old.write_bytes(b"an entry of an older version")
    dataset, problems = load_dataset(mini, lean=True)
    assert problems == []
    assert dataset is not None
    names = sorted(p.name for p in private_cache.iterdir())
    assert [n for n in names if n.startswith("report")] == sorted(f"report{i}.json" for i in range(12))
    assert "thesis.pickle" in names
    assert old.name not in names  # ours, of an older version: removed
    assert len([n for n in names if len(n) == 64 + len(".json") and n.endswith(".json")]) == 6


def test_a_folder_name_that_is_not_utf8_is_no_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # GBK zips unpacked on Linux give names of bytes that are not UTF-8 (\xc4\xe3 is 你 in GBK)
    where = Path(os.fsdecode(bytes(tmp_path) + b"/\xc4\xe3"))
    where.mkdir()
    shutil.copytree(MINI, where / "data")
    monkeypatch.chdir(where)
    for _ in range(2):  # the second run reads the entry the first one wrote
        result = CliRunner().invoke(app, ["check", "2023Q2"], env={"PLAN415X_DATA": "data"})
        assert result.exit_code == 0, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def _rewrite(entry: Path, change: object) -> None:
    data = json.loads(entry.read_bytes())
    change(data)  # type: ignore[operator]
    entry.write_text(json.dumps(data), encoding="utf-8")


def test_an_entry_nested_past_what_json_reads_is_a_miss(mini: Path, private_cache: Path) -> None:
    # Found in review: json.loads raised RecursionError, and every later run crashed.
    fresh, _ = load_dataset(mini, lean=True)
    for entry in _entries(private_cache):
        entry.write_text("[" * 100_000, encoding="utf-8")
    dataset, problems = load_dataset(mini, lean=True)
    assert problems == []
    assert dataset is not None
    assert fresh is not None
    assert (dataset.plan, dataset.actuals) == (fresh.plan, fresh.actuals)


def test_values_no_file_holds_are_checked_again_and_never_served(mini: Path, private_cache: Path) -> None:
    # Found in review: a record of an unknown target or a period that is no period, written into
    # a well-formed entry, crashed check with a KeyError or a ValueError, and a mark of checks
    # passed still vouched for the set. A mark names the entries it checked: changed entries are
    # checked again, and what fails is read from the files the long way.
    def ghost(data: dict[str, object]) -> None:
        data["value"][5][0][0] = "ghost"  # type: ignore[index]

    def no_period(data: dict[str, object]) -> None:
        data["value"][1] = "garbage"  # type: ignore[index]

    for change in (ghost, no_period):
        for entry in _entries(private_cache):
            entry.unlink()
        load_dataset(mini, lean=True)
        _rewrite(_entry(private_cache), change)
        dataset, problems = load_dataset(mini, lean=True)
        assert (problems, _robots(dataset)) == ([], 100)
        result = CliRunner().invoke(app, ["check", "2023Q2", "--data", str(mini)])
        assert result.exit_code == 0, result.output


def test_a_package_run_from_a_zip_still_caches(tmp_path: Path, mini: Path, private_cache: Path) -> None:
    # Found in review: os.scandir of the package's folder raised NotADirectoryError in a zip.
    import zipfile

    archive = tmp_path / "plan415x.zip"
    package = Path(cache.__file__).parent
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in package.rglob("*.py"):
            zipped.write(path, Path("plan415x") / path.relative_to(package))
    env = {**os.environ, "PYTHONPATH": str(archive), "PLAN415X_CACHE_DIR": str(private_cache)}
    run = [sys.executable, "-m", "plan415x", "check", "2023Q2", "--data", str(mini)]
    import subprocess

    for _ in range(2):  # the second run reads the entries the first wrote
        done = subprocess.run(run, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
        assert done.returncode == 0, done.stderr
    assert len(_entries(private_cache)) == 6
    names = {json.loads(p.read_bytes()).get("name") for p in _entries(private_cache)}
    assert names == {None, "targets.yaml", "2023Q1.yaml", "2023Q2.yaml"}


def test_a_file_that_cannot_be_looked_at_is_left_out_of_the_fingerprint(tmp_path: Path) -> None:
    # An editor's lock link to nowhere (.#cache.py) beside the code crashed every run.
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / ".#b.py").symlink_to(tmp_path / "nowhere")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.py").write_text("", encoding="utf-8")
    found = [name for name, _ in cache._files(str(tmp_path), "", lambda n: n.endswith(".py"))]
    assert found == ["a.py", "sub/c.py"]


def test_an_infinite_figure_in_the_plan_is_a_located_problem(mini: Path, private_cache: Path) -> None:
    # Found in review: a measure's max of .inf validated, and every cached run then crashed
    # writing its entry (JSON has no infinity). No field of a plan may be infinite.
    plan = mini / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "assessment:" in text
    plan.write_text(
        text.replace("assessment:", "assessment:\n  approx_tolerance_pct: .inf", 1), encoding="utf-8"
    )
    for _ in range(2):
        dataset, problems = load_dataset(mini, lean=True)
        assert dataset is None
        assert [(p.code, p.message) for p in problems if p.level == "error"] == [
            ("invalid-value", "approx_tolerance_pct: input should be a finite number")
        ]
