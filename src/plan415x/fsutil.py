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

What is not a regular file is never renamed over (as root, ``-o /dev/null --force`` would
otherwise replace the system's /dev/null with a file). With ``into_special`` (the reports'
``-o``), a FIFO or a character device (``/dev/null``, a terminal), or a link to one, is
written into, as a shell's ``>`` does: that is what ``-o /dev/null`` or ``-o pipe`` means (a
FIFO waits for its reader). Anything else that is not a regular file (a block device, a
socket; a FIFO or device without ``into_special``) is refused with ``SpecialFileError``.

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
import warnings
from collections.abc import Iterator
from pathlib import Path

from plan415x.i18n import say
from plan415x.problems import Said, said


class OutputExistsError(FileExistsError):
    """The file exists and ``force`` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; give --force to replace it")
        self.path = path


class SpecialFileError(OSError):
    """The path is a device, FIFO or socket that cannot or must not be written: ``said`` says
    so in each language (str() in English)."""

    def __init__(self, path: Path, kind: str) -> None:
        self.said = said("file-special-refused", path=str(path), kind=KINDS[kind])
        super().__init__(say(self.said))
        self.path = path
        self.kind = kind


KINDS: dict[str, Said] = {
    "a FIFO": said("file-kind-fifo"),
    "a character device": said("file-kind-character-device"),
    "a block device": said("file-kind-block-device"),
    "a socket": said("file-kind-socket"),
}
"""What ``special_kind`` finds, said in a message."""


def special_kind(path: Path) -> str | None:
    """What ``path`` is (following links) when it exists and is neither a regular file nor a
    folder: "a FIFO", "a character device", "a block device", "a socket" (the keys of
    ``KINDS``); else None."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # missing, a dangling link, a name the system refuses
        return None
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return None


WRITABLE_SPECIAL = ("a FIFO", "a character device")
"""The special files ``atomic_write(into_special=True)`` writes into."""


def _write_into(path: Path, data: bytes) -> bool:
    """Write ``data`` into the FIFO or character device at ``path``; False (nothing written) if
    what was opened is something else (it was replaced since it was looked at)."""
    # No O_CREAT: a file that vanished meanwhile is never made here (the caller then writes
    # it atomically); O_NOCTTY: a terminal opened by root never becomes its controlling one.
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
            return False
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    return True


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
    return 0o666 & ~_umask()


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def atomic_write(path: Path, data: bytes, *, force: bool, into_special: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; refuse an existing file unless ``force``. With
    ``into_special``, an existing FIFO or character device (``force`` given) is written into.

    Raises OutputExistsError (a FileExistsError) for an existing file without ``force``,
    SpecialFileError for a special file never written, and OSError for anything the system
    refuses; the temporary file is removed in every case.
    """
    path = Path(path)
    if not force and (path.exists() or path.is_symlink()):
        raise OutputExistsError(path)
    kind = special_kind(path)
    if kind is not None:
        if not into_special or kind not in WRITABLE_SPECIAL:
            raise SpecialFileError(path, kind)
        if _write_into(path, data):
            return
    # tempfile here, as shutil below: a cached check imports this module (for -o, at the top of
    # its body) and writes nothing.
    import tempfile

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


NAME_BYTES = 200
"""The most bytes (UTF-8) of a file name the tool makes up (a unit's workbook, a notice): file
systems allow 255 (ext4, APFS; NTFS 255 UTF-16 units, never fewer than this), and the temporary
name a file is written under first adds some (``write_set``)."""


def fitted_name(head: str, name: str, suffix: str) -> str:
    """``head-name.suffix`` safe on every system: of ``name`` (from the data: a unit's name) only
    letters, digits and ``-_()()·`` are kept, and it is cut at a character so the whole fits
    ``NAME_BYTES``; ``head`` (ours: a period, an id) is kept whole."""
    kept = "".join(ch for ch in name if ch.isalnum() or ch in "-_()()·")
    kept = "".join(ch for ch in kept if ch not in '<>:"/\\|?*' and ch.isprintable())
    room = NAME_BYTES - len(head.encode()) - len(suffix.encode()) - 1  # 1: the "-" before the name
    while len(kept.encode()) > room:
        kept = kept[:-1]
    return "-".join(x for x in (head, kept) if x) + suffix


def new_folder(folder: Path, files: dict[str, bytes]) -> None:
    """A folder of ``files`` (relative names, sub-folders made) whole or not at all (``init``,
    ``draft``): built beside it under a hidden name, then renamed into place (onto an empty
    folder, as POSIX allows; elsewhere the empty folder is removed first)."""
    import shutil
    import tempfile

    parent = folder.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.new-"))
    try:
        for name, data in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp made it 0700: a folder as mkdir makes it
        try:
            os.rename(tmp, folder)
        except OSError:
            if not folder.is_dir():
                raise
            folder.rmdir()  # an empty folder (else this fails and nothing is written)
            os.rename(tmp, folder)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(tmp)


def write_set(folder: Path, files: list[tuple[str, bytes]], *, force: bool) -> None:
    """Write ``files`` (name, bytes) into ``folder`` whole or not at all (``export --split``).

    Every file is first written to a temporary folder; a failure there (a full disk, a name
    the system refuses) removes it and changes nothing. A new ``folder`` is that temporary
    folder (made beside it) renamed into place in one step. Into an existing one, the files
    move from a temporary folder inside it (the same file system, so a move cannot fail for
    lack of room): without ``force`` by hard links, which never replace (a file that appeared
    meanwhile: the ones moved are taken back, OutputExistsError); with ``force`` by rename,
    each replaced file keeping its permissions. The caller has refused special files there.
    """
    import shutil
    import tempfile

    folder = Path(folder)
    fresh = not (folder.exists() or folder.is_symlink())
    parent = folder.parent if str(folder.parent) else Path(".")
    stage = Path(tempfile.mkdtemp(dir=parent if fresh else folder, prefix=".plan415x-split-", suffix=".tmp"))
    try:
        for name, data in files:
            with open(stage / name, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if fresh:
            os.chmod(stage, 0o777 & ~_umask())  # mkdtemp made it 0700: a folder as mkdir makes it
            try:
                os.rename(stage, folder)
            except OSError:  # the folder appeared meanwhile: move the files into it below
                folder.mkdir(exist_ok=True)
            else:
                _fsync_dir(parent)
                return
        moved: list[Path] = []
        for name, _ in files:
            path = folder / name
            if force:
                os.chmod(stage / name, _mode_for(path))
                os.replace(stage / name, path)
                continue
            try:
                try:
                    os.link(stage / name, path)  # never replaces
                except FileExistsError:
                    raise OutputExistsError(path) from None
                except OSError:  # no hard links here (some network or FAT drives)
                    if path.exists():
                        raise OutputExistsError(path) from None
                    os.replace(stage / name, path)
            except OSError:
                for done in moved:  # ours, made a moment ago: the set is whole or not there
                    done.unlink()
                raise
            moved.append(path)
        _fsync_dir(folder)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


LOCK_NAME = ".plan415x.lock"
"""The lock file ``locked`` uses where ``fcntl`` does not exist."""
LOCK_TIMEOUT = 600.0
"""Seconds ``locked`` waits for another import before giving up (an import takes seconds)."""


class LockTimeoutError(OSError):
    """Another process held the lock for longer than ``LOCK_TIMEOUT``; ``said`` is its message
    as an id and its arguments (str() is its English), None when it was given as text."""

    def __init__(self, said: Said | str) -> None:
        super().__init__(said if isinstance(said, str) else say(said))
        self.said = None if isinstance(said, str) else said


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
            said("file-lock-timeout", path=str(path), seconds=f"{LOCK_TIMEOUT:g}")
        ) from None
    try:
        yield
    finally:
        lock.release()
