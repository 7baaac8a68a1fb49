"""A cache of validated datasets, keyed by the bytes of every file read.

Analysts run ``check`` many times on data that has not changed; parsing and validating it is
most of the work (seconds for a province's data). A valid dataset is kept as a pickle under the
user's cache folder — never in the data folder — and reused only when every file, the code and
the libraries are byte-for-byte the same. Invalid data is never cached: its problems need the
parsed documents. Any trouble with the cache (unwritable, corrupt, disabled with
PLAN415X_NO_CACHE=1) means simply loading as if it were not there.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plan415x.loading import Dataset

KEEP = 8  # entries; a cache entry is about 5 KB per target


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
        f"{sys.version}|{pydantic.VERSION}|{yaml.__version__}|{yaml.__with_libyaml__}".encode()
    )
    # The code itself, so an edited checkout never reads objects pickled by older code.
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.digest()


def key(files: list[Path]) -> str | None:
    """The key of these files as they are now, or None if one cannot be read."""
    digest = hashlib.sha256(_code_fingerprint())
    # The dataset keeps where its files are and how they are shown (relative to the working
    # folder): the same bytes elsewhere are another entry.
    digest.update(os.getcwd().encode())
    try:
        for path in files:
            data = path.read_bytes()
            digest.update(f"{path.resolve()}|{len(data)}|".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def get(cache_key: str) -> Dataset | None:
    where = folder()
    if where is None:
        return None
    try:
        with open(where / f"{cache_key}.pickle", "rb") as handle:
            dataset = pickle.load(handle)
    except Exception:
        return None
    from plan415x.loading import Dataset

    return dataset if isinstance(dataset, Dataset) else None


def put(cache_key: str, dataset: Dataset) -> None:
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Streamed to a temporary file and renamed: no second copy of the pickle in memory,
        # and a reader never sees half an entry.
        fd, temporary = tempfile.mkstemp(dir=where, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(dataset, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, where / f"{cache_key}.pickle")
        except BaseException:
            os.unlink(temporary)
            raise
        entries = sorted(where.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written is no cache, not an error
        pass
