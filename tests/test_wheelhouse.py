"""scripts/wheelhouse.py forms the right pip commands for every system (no network: --print).

That a folder built for this machine installs with --no-index and runs is CI's step (.ci/run),
not a test: it downloads from the package registry.
"""

from __future__ import annotations

import importlib.util
import shlex
import sys
import tomllib
from types import ModuleType

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "wheelhouse.py"
PY = shlex.quote(sys.executable)
ROOT = shlex.quote(str(REPO))
# pyproject.toml's [project] dependencies, as shlex.join quotes them.
DEPS = (
    "'typer>=0.28,<0.29' 'pydantic>=2.6,<3' 'pyyaml>=6.0' 'rich>=13' 'openpyxl>=3.1,<3.2' "
    "'defusedxml>=0.7' 'filelock>=3.20.3' 'python-docx>=1.1' 'fpdf2>=2.8,<3' "
    "'cn2an>=0.5.22,<0.6'"
)
WHEEL = f"{PY} -m pip wheel --no-deps --wheel-dir wh {ROOT}"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wheelhouse", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["wheelhouse"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _printed(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert _script().main(["--print", "--out", "wh", *argv]) == 0
    return capsys.readouterr().out.splitlines()


def test_the_dependencies_are_pyprojects() -> None:
    # The script reads them; this pins that DEPS below is what it read (a new dependency fails here).
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert shlex.join(project["dependencies"]) == DEPS
    assert project["requires-python"] == ">=3.11"
    assert _script().PYTHONS == ("3.11", "3.12", "3.13", "3.14")


def test_windows_x64_one_python(capsys: pytest.CaptureFixture[str]) -> None:
    # colorama: click needs it on Windows only, and pip judges that marker by this (Linux) machine.
    assert _printed(capsys, "--system", "windows-x64", "--python", "3.12") == [
        f"{PY} -m pip download --only-binary=:all: --platform win_amd64 --python-version 3.12 "
        f"--implementation cp --dest wh {DEPS} colorama",
        WHEEL,
    ]


def test_linux_aarch64_names_every_glibc_tag_up_to_2_28(capsys: pytest.CaptureFixture[str]) -> None:
    # 2.28 down to 2.17 is 12 tags, then manylinux2014 (pydantic-core's wheels say 2_17/2014 only).
    tags = " ".join(f"--platform manylinux_2_{m}_aarch64" for m in range(28, 16, -1))
    assert tags.count("--platform") == 12
    assert _printed(capsys, "--system", "linux-aarch64", "--python", "3.11") == [
        f"{PY} -m pip download --only-binary=:all: {tags} --platform manylinux2014_aarch64 "
        f"--python-version 3.11 --implementation cp --dest wh {DEPS}",
        WHEEL,
    ]


def test_the_default_is_every_system_at_every_version(capsys: pytest.CaptureFixture[str]) -> None:
    lines = _printed(capsys)
    # 3 systems x 4 versions = 12 downloads, then the one wheel of plan415x (pure Python).
    assert len(lines) == 13
    assert lines[-1] == WHEEL
    heads = [
        (line.split("--python-version ")[1].split()[0], line.split("--platform ")[1].split()[0])
        for line in lines[:-1]
    ]
    assert heads == [
        (v, p)
        for p in ("win_amd64", "manylinux_2_28_x86_64", "manylinux_2_28_aarch64")
        for v in ("3.11", "3.12", "3.13", "3.14")
    ]


def test_this_machine_lets_pip_resolve_for_the_python_running_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert _printed(capsys, "--this-machine") == [
        f"{PY} -m pip download --only-binary=:all: --dest wh {DEPS}",
        WHEEL,
    ]


def test_this_machine_with_a_version_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        _script().main(["--this-machine", "--python", "3.12"])
    assert stop.value.code == 2
    assert "--this-machine takes the Python and system running it" in capsys.readouterr().err


def test_the_doc_and_ci_install_from_the_folder_alone() -> None:
    doc = (REPO / "docs" / "install-offline.md").read_text(encoding="utf-8")
    assert r".venv\Scripts\python -m pip install --no-index --find-links wheelhouse plan415x" in doc
    assert ".venv/bin/python -m pip install --no-index --find-links wheelhouse plan415x" in doc
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/wheelhouse.py --this-machine" in ci
    assert 'install -q --no-index --find-links "$offline/wheelhouse" plan415x' in ci
    assert "(docs/install-offline.md)" in (REPO / "README.md").read_text(encoding="utf-8")
