"""Run a call that must not block on a FIFO, and free it (then fail) if it does.

Not a timing: the call is given as long as it could ever need; only a call stuck on the FIFO
outlives that, and it is then let go (a writer that opens and closes gives it end of file) so
the test fails instead of hanging the suite.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")

PATIENCE = 60.0  # seconds; the calls guarded take milliseconds


def without_blocking(call: Callable[[], T], fifo: Path) -> T:
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(call())
        except BaseException as error:  # re-raised in the test's thread
            errors.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(PATIENCE)
    if worker.is_alive():
        while worker.is_alive():
            with contextlib.suppress(OSError):  # no reader at this moment
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            time.sleep(0.05)
        pytest.fail(f"blocked on the FIFO {fifo}")
    if errors:
        raise errors[0]
    return results[0]
