"""Writing files safely: atomically, never over an existing file unless asked, one writer at a time.

``atomic_write`` writes to a temporary file in the target's folder, flushes it to disk and
renames it into place, so a reader (or a crash) sees either the old file or the new one, never
half of one. Without ``force`` an existing file is refused; the final step is then a hard link,
which fails if another process created the file in the meantime, so nothing is ever replaced
by accident.

A symbolic link at the path is replaced by the new file, as ``mv`` and other atomic writers do
(the file it pointed to is left as it was); the new file gets the default permissions
(0666 & ~umask), never the link target's: a world-writable target must not make the new file
world-writable. A regular file that is replaced keeps its permissions (set-id bits dropped).

``locked`` holds an exclusive lock on a folder: two ``plan415x import`` runs into the same data
folder wait for each other instead of interleaving their read-merge-write steps. Where ``fcntl``
exists it is an ``flock`` on the folder itself (no lock file; every user of the machine sees
it; released by the system when a process dies). Elsewhere (Windows) it is the maintained
``filelock`` library on the hidden file ``LOCK_NAME`` inside the folder: the loader reads only
``*.yaml``/``*.yml``, and filelock removes the file when the lock is released (a killed process
may leave it behind, empty: it holds no lock and may be deleted).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path


class OutputExistsError(FileExistsError):
    """The file exists and ``force`` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; give --force to replace it")
        self.path = path


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible everywhere (Windows): the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _mode_for(path: Path) -> int:
    """The permissions of the regular file being replaced (without set-id or sticky bits), else
    what a plain ``open`` would give (0666 & ~umask). A symbolic link is replaced, not followed:
    its target's permissions are not copied."""
    try:
        info = path.lstat()
    except OSError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        return info.st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` atomically; refuse an existing file unless ``force``.

    Raises OutputExistsError (a FileExistsError) for an existing file without ``force``, and
    OSError for anything the system refuses; the temporary file is removed in every case.
    """
    path = Path(path)
    if not force and (path.exists() or path.is_symlink()):
        raise OutputExistsError(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the file appeared meanwhile: never replaces
            except FileExistsError:
                raise OutputExistsError(path) from None
            except OSError:  # no hard links here (some network or FAT drives)
                if path.exists():
                    raise OutputExistsError(path) from None
                os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _fsync_dir(folder)


LOCK_NAME = ".plan415x.lock"
"""The lock file ``locked`` uses where ``fcntl`` does not exist."""
LOCK_TIMEOUT = 600.0
"""Seconds ``locked`` waits for another import before giving up (an import takes seconds)."""


class LockTimeoutError(OSError):
    """Another process held the lock for longer than ``LOCK_TIMEOUT``."""


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (which must exist) until the block ends.

    Raises OSError when the lock cannot be taken (LockTimeoutError after ``LOCK_TIMEOUT``).
    """
    try:
        import fcntl
    except ImportError:  # Windows
        with _file_lock(folder):
            yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _file_lock(folder: Path) -> Iterator[None]:
    with warnings.catch_warnings():
        # filelock warns on import when it can only offer its soft lock (no fcntl, not Windows):
        # a library's warning on the user's terminal; the lock still excludes other imports.
        warnings.simplefilter("ignore")
        import filelock

    path = folder / LOCK_NAME
    lock = filelock.FileLock(str(path), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise LockTimeoutError(
            f"another plan415x import has held {path} for over {LOCK_TIMEOUT:g} s; try again once it"
            " has finished (if none is running, delete that file)"
        ) from None
    try:
        yield
    finally:
        lock.release()
