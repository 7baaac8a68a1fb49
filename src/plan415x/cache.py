"""A cache of validated datasets, keyed by the bytes of every file read.

Analysts run ``check`` many times on data that has not changed; parsing the YAML and checking
the files against each other is most of the work (seconds for a province's data). A valid
dataset is kept under the user's cache folder — never in the data folder — and reused only when
every file, the code and the libraries are byte-for-byte the same. Invalid data is never
cached: its problems need the parsed documents. Any trouble with the cache (unwritable, corrupt,
disabled with PLAN415X_NO_CACHE=1) means simply loading as if it were not there.

An entry is JSON: the models' plain data, read back by pydantic's validation, never by a
format that can run code (a pickle under the right key could run anything). JSON cannot
execute anything, and validating it again means a tampered entry holds at worst the figures a
data file could hold. Even so, a folder or entry that someone else owns or can write, or an
entry that is not a regular file (a FIFO would hang every run), is refused: one warning on
stderr, then the run goes on without the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan415x import codec, values

if TYPE_CHECKING:
    from plan415x.loading import Dataset

KEEP = 8  # entries; a cache entry is about 2-3 KB per target
FORMAT = 3  # 1 was a pickle, 2 pydantic's JSON; bumped whenever the layout of an entry changes
SUFFIX = ".json"

_refused: set[str] = set()
"""Cache folders refused in this process: warned about once, then left alone."""


def folder() -> Path | None:
    if os.environ.get("PLAN415X_NO_CACHE"):
        return None
    chosen = os.environ.get("PLAN415X_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "plan415x"


def _code_fingerprint() -> bytes:
    import pydantic
    import yaml

    package = Path(__file__).parent
    digest = hashlib.sha256(
        f"{FORMAT}|{sys.version}|{pydantic.VERSION}|{yaml.__version__}|{yaml.__with_libyaml__}".encode()
    )
    # The code itself: an edited checkout may validate or check differently.
    for path in sorted(package.rglob("*.py")):
        info = path.stat()
        digest.update(f"{path.relative_to(package)}|{info.st_size}|{info.st_mtime_ns}".encode())
    return digest.digest()


def key(files: Sequence[tuple[Path, bytes]]) -> str:
    """The key of these files with these bytes: the bytes that were read, once, and are then
    parsed (hashing a second read could file new content under the old content's key)."""
    digest = hashlib.sha256(_code_fingerprint())
    # The dataset keeps where its files are and how they are shown (relative to the working
    # folder): the same bytes elsewhere are another entry.
    # os.fsencode: a name that is not UTF-8 (a GBK zip unpacked on Linux) holds surrogates.
    digest.update(os.fsencode(os.getcwd()))
    for path, data in files:
        digest.update(os.fsencode(path.resolve()) + f"|{len(data)}|".encode())
        digest.update(data)
    return digest.hexdigest()


_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.(?:json|pickle)")


def _warn(where: Path, message: str) -> None:
    if str(where) not in _refused:
        _refused.add(str(where))
        sys.stderr.write(f"plan415x: warning: {message}; working without the cache\n")
        sys.stderr.flush()


def _unsafe(info: os.stat_result, *, is_folder: bool) -> str | None:
    """Why a cache folder or entry with this status must not be trusted, or None."""
    kind_ok = stat.S_ISDIR(info.st_mode) if is_folder else stat.S_ISREG(info.st_mode)
    if not kind_ok:
        return "is not a folder" if is_folder else "is not a regular file"
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: no owner ids, and its mode bits say nothing about others
        return None
    if info.st_uid != getuid():
        return f"belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"can be written by others (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def _usable(create: bool) -> Path | None:
    """The cache folder if it may be used (created, as 0700, when ``create``), else None."""
    where = folder()
    if where is None or str(where) in _refused:
        return None
    try:
        if create:
            where.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = os.stat(where)
    except OSError:  # missing or unreachable: no cache, nothing to say
        return None
    reason = _unsafe(info, is_folder=True)
    if reason is not None:
        _warn(where, f"the cache folder {where} {reason}")
        return None
    return where


_READ_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)


def _read_entry(where: Path, path: Path) -> bytes | None:
    try:
        # lstat first: O_NOFOLLOW and O_NONBLOCK do not exist everywhere, and a FIFO opened
        # without O_NONBLOCK waits for a writer.
        reason = _unsafe(os.lstat(path), is_folder=False)
        if reason is None:
            fd = os.open(path, _READ_FLAGS)
            try:
                # What was opened, which may not be what was looked at.
                reason = _unsafe(os.fstat(fd), is_folder=False)
                if reason is None:
                    with os.fdopen(fd, "rb") as handle:
                        fd = -1
                        return handle.read()
            finally:
                if fd >= 0:
                    os.close(fd)
    except FileNotFoundError:
        return None
    except OSError as error:
        reason = f"cannot be read ({error.strerror or error})"
    _warn(where, f"the cache entry {path} {reason}")
    return None


def get(cache_key: str) -> Dataset | None:
    where = _usable(create=False)
    if where is None:
        return None
    raw = _read_entry(where, where / f"{cache_key}{SUFFIX}")
    if raw is None:
        return None
    try:
        return _dataset(cache_key, json.loads(raw))
    except (ValueError, TypeError, KeyError):  # corrupt, truncated, of another layout
        return None


def _dataset(cache_key: str, entry: dict[str, Any]) -> Dataset | None:
    from plan415x.documents import bare
    from plan415x.loading import Actuals, dataset_of
    from plan415x.periods import Period

    if entry["format"] != FORMAT or entry["key"] != cache_key:
        return None
    plan_path, plan_display = entry["plan_doc"]
    actuals = [
        Actuals(Period.parse(file.period), file, bare(Path(path), display))
        for path, display, file in (
            (path, display, codec.decode(values.ActualsFile, data))
            for path, display, data in entry["actuals"]
        )
    ]
    plan = codec.decode(values.PlanFile, entry["plan"])
    return dataset_of(Path(entry["root"]), plan, bare(Path(plan_path), plan_display), actuals)


def _entry(cache_key: str, dataset: Dataset) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "key": cache_key,
        "root": str(dataset.root),
        "plan_doc": [str(dataset.plan_doc.path), dataset.plan_doc.display],
        "plan": codec.encode(dataset.plan),
        "actuals": [[str(a.doc.path), a.doc.display, codec.encode(a.file)] for a in dataset.actuals],
    }


def put(cache_key: str, dataset: Dataset) -> None:
    where = _usable(create=True)
    if where is None:
        return
    try:
        body = json.dumps(_entry(cache_key, dataset), ensure_ascii=False, allow_nan=False).encode()
        # Written to a temporary file (mkstemp: 0600, never an existing file) and renamed: a
        # reader never sees half an entry.
        fd, temporary = tempfile.mkstemp(dir=where, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            os.replace(temporary, where / f"{cache_key}{SUFFIX}")
        except BaseException:
            os.unlink(temporary)
            raise
        # Only our own entries (a sha256 for a name) are ever removed: the folder given may hold
        # the user's files. Pickles of older versions, named the same way, are never read again.
        ours = [p for p in where.iterdir() if _ENTRY_NAME.fullmatch(p.name)]
        entries = sorted(
            (p for p in ours if p.suffix == SUFFIX), key=lambda p: p.lstat().st_mtime, reverse=True
        )
        for old in [*entries[KEEP:], *(p for p in ours if p.suffix == ".pickle")]:
            old.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written is no cache, not an error
        pass
