"""The program's entry point: ``app`` run with guarded output streams.

A character the console's encoding lacks is replaced by a close one (− as -), never a crash; a
reader that closes the pipe early (``| head``) ends the output quietly; a full disk is one line
on stderr and exit 4.
"""

from __future__ import annotations

import codecs
import errno
import gc
import os
import sys
from typing import Any, TextIO

from plan415x.cli.commands import for_argv
from plan415x.cli.shared import EXIT_OUTPUT
from plan415x.safetext import close_char


class OutputError(Exception):
    """stdout or stderr could not be written (not an OSError, which click would take for a
    closed pipe and turn into a silent exit 1)."""

    def __init__(self, stream: str, error: OSError) -> None:
        super().__init__(stream, error)
        self.stream = stream
        self.error = error


def _close_char(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler ``plan415x``: close stand-ins for characters the stream's
    encoding lacks (for what does not pass through ``emit``: click's messages, rich)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start : error.end]
    return "".join(close_char(c, error.encoding) for c in chars), error.end


class _Guarded:
    """A text stream whose write errors are told apart from every other OSError: a closed pipe
    (EPIPE) drops the rest of the output quietly, anything else (ENOSPC, EIO) is an
    ``OutputError``, raised again at every later write (click swallows some: it probes streams
    with writes in ``try``) and kept in ``failed`` for ``main``. The rest is the stream's own."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self._name = name
        self.failed: OSError | None = None

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._stream, attr)

    def _guard(self, error: OSError) -> None:
        # Whatever is still buffered, and every later write, goes to /dev/null: neither a
        # later flush nor the interpreter's last one can fail again.
        _discard(self._stream)
        if error.errno == errno.EPIPE:
            return  # the reader has what it wanted
        self.failed = error
        raise OutputError(self._name, error) from None

    def write(self, text: str) -> int:
        if self.failed is not None:
            raise OutputError(self._name, self.failed)
        try:
            return self._stream.write(text)
        except OSError as error:
            self._guard(error)
            return len(text)

    def flush(self) -> None:
        if self.failed is not None:
            raise OutputError(self._name, self.failed)
        try:
            self._stream.flush()
        except OSError as error:
            self._guard(error)


def _discard(stream: TextIO) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main() -> None:
    # A command runs for seconds at most and its data holds no reference cycles worth
    # collecting: the cyclic collector only rescans the growing heap (2.6 s of a 10,000-target
    # check). Not done in ``app`` itself, so tests that call it keep a normal interpreter.
    gc.disable()
    codecs.register_error("plan415x", _close_char)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="plan415x")
    # Started with a stream closed (>&-): what would go there goes nowhere, as to a closed pipe.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the run)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    out, err = _Guarded(sys.stdout, "stdout"), _Guarded(sys.stderr, "stderr")
    sys.stdout, sys.stderr = out, err
    try:
        try:
            for_argv(sys.argv[1:])()
        finally:
            out.flush()
            err.flush()
            # The interpreter's last collection at exit walks every object still alive (the
            # dataset, each judgement Engine.judge keeps: 0.1 s of a 10,000-target check) to
            # find cycles the run left, which the collector, off all along, never looked for.
            gc.freeze()
    except (OutputError, SystemExit):
        # The streams themselves again for the interpreter's last flush, which must not raise.
        sys.stdout, sys.stderr = out._stream, err._stream
        if out.failed is None and err.failed is None:
            raise
        # One line on stderr (unless stderr is what failed) and a code of its own: not 1,
        # which says the data is invalid.
        if out.failed is not None and err.failed is None:
            reason = out.failed.strerror or str(out.failed)
            try:
                sys.stderr.write(f"plan415x: error: cannot write the output: {reason}\n")
                sys.stderr.flush()
            except OSError:
                pass
        raise SystemExit(EXIT_OUTPUT) from None
