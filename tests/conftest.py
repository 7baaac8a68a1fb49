from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Before any test module imports openpyxl: the package sets how openpyxl is to parse and write.
import plan415x.excel  # noqa: F401

# CI must not fail by chance: the same examples every run, and no deadline on a busy machine
# (a slow example is a benchmark's business, not a test's). Locally hypothesis explores anew.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

TESTS = Path(__file__).parent
MINI = TESTS / "data" / "mini"
REPO = TESTS.parent


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the hash of its bytes: compare before and after a run."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def overlay(base: Path, case: Path, into: Path) -> Path:
    """A copy of ``base`` with the case's files laid over it (``NAME.delete`` removes NAME)."""
    shutil.copytree(base, into)
    for path in sorted(case.rglob("*")):
        if not path.is_file() or path.name in ("README", "expected.txt", "expected-zh.txt", "exit_code"):
            continue
        rel = path.relative_to(case)
        if path.name.endswith(".delete"):
            (into / rel.with_name(path.name.removesuffix(".delete"))).unlink()
        else:
            (into / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, into / rel)
    return into


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the mini data folder."""
    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own dataset cache, never the user's (subprocesses inherit it)."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("PLAN415X_CACHE_DIR", str(folder))
    monkeypatch.delenv("PLAN415X_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed from now on: none when the dataset comes from the cache."""
    seen: list[str] = []
    from plan415x import yamlfile

    real = yamlfile.parse

    def parse(text: str, path: Path, display: str, *args: object, **kwargs: object) -> object:
        seen.append(Path(display).name)
        return real(text, path, display, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(yamlfile, "parse", parse)
    return seen
