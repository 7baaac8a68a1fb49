"""A few inputs of scripts/fuzz_import.py, so the fuzzer keeps working (the long runs are manual)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_fuzz_import_smoke() -> None:
    command = [sys.executable, str(REPO / "scripts" / "fuzz_import.py"), "--inputs", "25", "--seconds", "60"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    first = done.stdout.splitlines()[0]
    assert first.startswith("25 inputs in ")
    assert first.endswith(", 0 findings")
