"""Fill a folder with every wheel plan415x needs, for machines with no internet and no admin rights.

    python scripts/wheelhouse.py [--out wheelhouse] [--python 3.12 ...] [--system windows-x64 ...]
    python scripts/wheelhouse.py --this-machine      # only what this Python on this machine needs
    python scripts/wheelhouse.py --print             # show the pip commands, run nothing

Run it on a machine with internet access, from a checkout of the repository. It runs
``pip download`` for the project's runtime dependencies (read from pyproject.toml) once per
system and Python version, binary wheels only, then builds plan415x's own wheel into the same
folder. Copy the folder to the analyst's machine; docs/install-offline.md has the one command
that installs from it. Nothing but the standard library and pip is used.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# pyproject says requires-python >= 3.11; these are the versions with released wheels of every
# dependency (pydantic-core, pyyaml and lxml are compiled). Windows 7 stops at Python 3.8, so it
# cannot run plan415x: see docs/install-offline.md.
PYTHONS = ("3.11", "3.12", "3.13", "3.14")


@dataclass(frozen=True)
class System:
    name: str
    platforms: tuple[str, ...]
    # pip download --platform judges environment markers by the machine running it, not by the
    # target: click's "colorama; platform_system == 'Windows'" is never fetched from Linux. What
    # the target needs beyond the tree seen from here is listed here.
    extra: tuple[str, ...] = ()


def _manylinux(arch: str) -> tuple[str, ...]:
    """Every wheel tag a Linux with glibc 2.28 (统信UOS 20, 麒麟 V10 and newer) can load.

    pip (23.2) does not widen ``--platform manylinux_2_28_x86_64`` to the older glibc tags most
    wheels carry (pydantic-core: manylinux_2_17), so each is named; manylinux2014 brings 2010 and 1.
    """
    return (*(f"manylinux_2_{minor}_{arch}" for minor in range(28, 16, -1)), f"manylinux2014_{arch}")


SYSTEMS = (
    System("windows-x64", ("win_amd64",), extra=("colorama",)),
    System("linux-x86_64", _manylinux("x86_64")),
    System("linux-aarch64", _manylinux("aarch64")),
)


def requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The runtime dependencies as pyproject.toml states them (the dev extra is not needed)."""
    deps: list[str] = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    marked = [d for d in deps if ";" in d]
    if marked:
        # A marker would be judged on this machine, not on the target (see System.extra).
        raise SystemExit(
            f"wheelhouse: dependencies with environment markers need a System.extra entry: {marked}"
        )
    return deps


def commands(
    out: Path,
    pythons: Sequence[str] = PYTHONS,
    systems: Sequence[System] = SYSTEMS,
    this_machine: bool = False,
    python: str = sys.executable,
) -> list[list[str]]:
    """The pip commands that fill ``out``: one download per system and version, then our wheel."""
    pip = [python, "-m", "pip"]
    deps = requirements()
    runs: list[list[str]] = []
    if this_machine:
        # No --platform: pip resolves for the Python running it, markers included.
        runs.append([*pip, "download", "--only-binary=:all:", "--dest", str(out), *deps])
    else:
        for system in systems:
            for version in pythons:
                runs.append(
                    [
                        *pip,
                        "download",
                        "--only-binary=:all:",
                        *(arg for platform in system.platforms for arg in ("--platform", platform)),
                        "--python-version",
                        version,
                        "--implementation",
                        "cp",
                        "--dest",
                        str(out),
                        *deps,
                        *system.extra,
                    ]
                )
    # plan415x itself is pure Python: one wheel (py3-none-any) serves every system.
    runs.append([*pip, "wheel", "--no-deps", "--wheel-dir", str(out), str(ROOT)])
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, default=Path("wheelhouse"), help="the folder to fill (default: wheelhouse)"
    )
    parser.add_argument(
        "--python",
        action="append",
        choices=PYTHONS,
        help="a Python version to include (repeatable; default: all)",
    )
    parser.add_argument(
        "--system",
        action="append",
        choices=[s.name for s in SYSTEMS],
        help="a system to include (repeatable; default: all)",
    )
    parser.add_argument(
        "--this-machine",
        action="store_true",
        help="only the wheels this Python on this machine needs (fast; what CI uses)",
    )
    parser.add_argument(
        "--print", dest="dry_run", action="store_true", help="print the pip commands, run nothing"
    )
    args = parser.parse_args(argv)
    if args.this_machine and (args.python or args.system):
        parser.error("--this-machine takes the Python and system running it: leave out --python and --system")
    systems = [s for s in SYSTEMS if args.system is None or s.name in args.system]
    runs = commands(args.out, args.python or PYTHONS, systems, this_machine=args.this_machine)
    for run in runs:
        print(shlex.join(run), flush=True)
        if not args.dry_run:
            done = subprocess.run(run, check=False)
            if done.returncode != 0:
                print(
                    f"wheelhouse: pip failed (exit {done.returncode}); the folder is incomplete",
                    file=sys.stderr,
                )
                return 1
    if not args.dry_run:
        print(f"wheelhouse: {len(list(args.out.glob('*.whl')))} wheels in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
