"""A cache of validated files, each keyed by its bytes, and of datasets found consistent.

Analysts run ``check`` many times on data that has not changed, or of which one month's file
changed; parsing the YAML and validating it is most of the work (seconds for a province's
data). Each file that is valid on its own is kept as its values (plan415x.values, through
plan415x.codec) under the user's cache folder — never in the data folder — and reused only when
its bytes, its name, the code and the libraries are byte-for-byte the same: when one file of
twelve changes, only that one is parsed and validated again. A second kind of entry says that a
set of files (by their keys and names) passed the checks across files, so an unchanged dataset
is not checked again either. A file with problems is never cached: its problems need the
parsed document. Any trouble with the cache (unwritable, corrupt, disabled with
PLAN415X_NO_CACHE=1) means simply loading as if it were not there.

An entry is JSON, decoded by codec.decode strictly by the values' declared types, never by a
format that can run code (a pickle under the right key could run anything): a tampered entry
holds at worst figures of the right types. Even so, a folder or entry that someone else owns
or can write, or an entry that is not a regular file (a FIFO would hang every run), is refused:
one warning on stderr, then the run goes on without the cache. Reading an entry imports neither
pydantic nor a YAML parser: a cached run is close to the interpreter's start-up.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from plan415x import codec

try:
    # BLAKE2b from its own small module: hashlib loads OpenSSL first (2.5 ms of a cached run's
    # 0.1 s). A cryptographic hash either way: a key names its bytes.
    from _blake2 import blake2b as _blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b as _blake2b


def _digest(data: bytes = b"") -> Any:
    return _blake2b(data, digest_size=32)


T = TypeVar("T")

KEEP = 2048  # entries: a folder of twelve monthly files takes 26 (files, their marks, the set's)
KEEP_BYTES = 256 * 1024 * 1024  # the newest entries up to this size: 10,000x12 takes 12 MB
FORMAT = 4  # 1 was a pickle, 2 pydantic's JSON, 3 one entry per dataset
SUFFIX = ".json"
LIBRARIES = ("pydantic", "pydantic_core", "yaml")
"""What validation depends on besides our code: a new version may validate differently."""

_refused: set[str] = set()
"""Cache folders refused in this process: warned about once, then left alone."""
_fingerprint: bytes | None = None


def folder() -> Path | None:
    if os.environ.get("PLAN415X_NO_CACHE"):
        return None
    chosen = os.environ.get("PLAN415X_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "plan415x"


def fingerprint() -> bytes:
    """What, besides a file's bytes, decides its values: this code and the libraries that
    validate, found without importing them (that import is what a cached run saves)."""
    global _fingerprint
    if _fingerprint is None:
        import importlib.util

        digest = _digest(f"{FORMAT}|{sys.version}".encode())
        for name in LIBRARIES:
            spec = importlib.util.find_spec(name)
            for where in (spec.submodule_search_locations or []) if spec else []:
                # The package's own files (a pip upgrade rewrites them) and its compiled parts
                # (libyaml or not): names, sizes and times, no reading.
                for entry_name, info in _files(where, "", lambda n: True, deep=False):
                    digest.update(f"{name}/{entry_name}|{info.st_size}|{info.st_mtime_ns}".encode())
        # The code itself: an edited checkout may validate or check differently.
        for entry_name, info in _files(os.path.dirname(__file__), "", lambda n: n.endswith(".py")):
            digest.update(f"{entry_name}|{info.st_size}|{info.st_mtime_ns}".encode())
        _fingerprint = digest.digest()
    return _fingerprint


def _files(
    folder: str, prefix: str, wanted: Callable[[str], bool], *, deep: bool = True
) -> list[tuple[str, os.stat_result]]:
    """The files under ``folder`` whose names are ``wanted``, with their status, by name
    (os.scandir: one call a file). A folder that is no folder (a package run from a zip) stands
    for itself, by its container's status; an entry that cannot be looked at (an editor's
    dangling lock link, ``.#cache.py``) is left out."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        container = folder
        while container and not os.path.exists(container):
            container = os.path.dirname(container)
        try:
            return [(prefix + folder, os.stat(container))] if container else []
        except OSError:
            return []
    found: list[tuple[str, os.stat_result]] = []
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                if deep and entry.name != "__pycache__":
                    found += _files(entry.path, f"{prefix}{entry.name}/", wanted)
            elif wanted(entry.name) and entry.is_file():
                found.append((prefix + entry.name, entry.stat()))
        except OSError:
            continue
    return found


def file_key(role: str, name: str, data: bytes) -> str:
    """The key of a file with these bytes: the bytes that were read, once, and are then parsed
    (hashing a second read could file new content under the old content's key). ``role``
    (plan or actuals) and ``name`` are part of it: an actuals file is checked against its name."""
    digest = _digest(fingerprint())
    # os.fsencode: a name that is not UTF-8 (a GBK zip unpacked on Linux) holds surrogates.
    digest.update(f"{role}|".encode() + os.fsencode(name) + f"|{len(data)}|".encode())
    digest.update(data)
    return str(digest.hexdigest())


def against_key(plan: str, file: str) -> str:
    """The key saying that a file passed the checks against a plan: an actuals file's records
    (each given by the digest of its entry, the values checked as stored), or the scoring rules
    (the plan's key and the scoring file's)."""
    digest = _digest(fingerprint() + b"|against|" + plan.encode() + b"|" + file.encode())
    return str(digest.hexdigest())


def checked_key(files: Iterable[tuple[str, str]]) -> str:
    """The key of a set of files, as (name shown, digest of its entry) pairs in loading order,
    whose checks across files passed."""
    digest = _digest(fingerprint() + b"|checked")
    for shown, key in files:
        digest.update(os.fsencode(shown) + b"|" + key.encode() + b"\n")
    return str(digest.hexdigest())


_TEMPORARY_PREFIX = ".plan415x-"
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


def refused() -> bool:
    """Whether the cache was refused in this process (a warning said so): the run that met a
    refused entry goes on without the cache, for every file."""
    where = folder()
    return where is not None and str(where) in _refused


def _get(cache_key: str) -> tuple[dict[str, Any], str] | None:
    """The entry under ``cache_key`` and the digest of its bytes as stored, or None."""
    where = _usable(create=False)
    if where is None:
        return None
    path = where / f"{cache_key}{SUFFIX}"
    raw = _read_entry(where, path)
    if raw is None:
        return None
    try:
        entry = json.loads(raw)
    except (ValueError, RecursionError):  # corrupt, truncated, or nested past what JSON reads
        return None
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != cache_key:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used: kept when older entries are let go
    return entry, str(_digest(raw).hexdigest())


class Kept(NamedTuple):
    """A file's values from the cache, and the digest of the entry that held them: what a mark
    of checks passed vouches for (an entry changed since is checked again)."""

    value: Any
    digest: str


def get_file(cache_key: str, cls: type[T]) -> Kept | None:
    """The values of class ``cls`` kept under ``cache_key``, or None."""
    found = _get(cache_key)
    if found is None or "value" not in found[0]:
        return None
    try:
        value = codec.decode(cls, found[0]["value"])
    except Exception:  # another layout, or tampered: a miss, never an error (RecursionError too)
        return None
    return Kept(value, found[1])


def is_checked(cache_key: str) -> bool:
    found = _get(cache_key)
    return found is not None and found[0].get("checked") is True


class Entry(NamedTuple):
    key: str
    body: bytes

    @property
    def digest(self) -> str:
        return str(_digest(self.body).hexdigest())


def _entry(cache_key: str, fields: dict[str, Any]) -> Entry:
    entry = {"format": FORMAT, "key": cache_key, **fields}
    return Entry(
        cache_key, json.dumps(entry, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
    )


def file_entry(cache_key: str, name: str, value: Any) -> Entry | None:
    """The entry of a file's values (its name is there for whoever looks in the folder), or
    None when they cannot be written as JSON (a value no data file should give: not cached)."""
    try:
        return _entry(cache_key, {"name": name, "value": codec.encode(value)})
    except (ValueError, TypeError, RecursionError):
        return None


def checked_entry(cache_key: str) -> Entry:
    return _entry(cache_key, {"checked": True})


def put(entries: Sequence[Entry]) -> None:
    """Write these entries, then let the oldest go beyond ``KEEP`` entries or ``KEEP_BYTES``."""
    where = _usable(create=True)
    if where is None or not entries:
        return
    try:
        for cache_key, body in entries:
            import tempfile

            # Written to a temporary file (mkstemp: 0600, never an existing file) and renamed: a
            # reader never sees half an entry.
            fd, temporary = tempfile.mkstemp(dir=where, prefix=_TEMPORARY_PREFIX, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(body)
                os.replace(temporary, where / f"{cache_key}{SUFFIX}")
            except BaseException:
                os.unlink(temporary)
                raise
        # Only our own entries (64 hex digits for a name) are ever removed: the folder given may hold
        # the user's files. Pickles of older versions, named the same way, are never read again.
        ours = [(p, p.lstat()) for p in where.iterdir() if _ENTRY_NAME.fullmatch(p.name)]
        newest = sorted(
            ((p, i) for p, i in ours if p.suffix == SUFFIX), key=lambda e: e[1].st_mtime, reverse=True
        )
        total = 0
        for kept, (path, info) in enumerate(newest, 1):
            total += info.st_size
            if kept > KEEP or total > KEEP_BYTES:
                path.unlink(missing_ok=True)
        for path, _ in ours:
            if path.suffix == ".pickle":
                path.unlink(missing_ok=True)
        # A write killed half-way leaves its temporary file: ours by name, and old enough that
        # no other run is still writing it.
        import time

        for path in where.glob(f"{_TEMPORARY_PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                if time.time() - path.lstat().st_mtime > 3600:
                    path.unlink()
    except Exception:  # a cache that cannot be written is no cache, not an error
        pass
