"""fsutil: what a replaced path becomes (a symbolic link, a file's permissions), the lock without fcntl."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan415x import fsutil
from tests.test_excel_template_import import run

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and symbolic links as on POSIX")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_export_force_through_a_symlink_replaces_the_link_without_widening(
    mini: Path, tmp_path: Path
) -> None:
    """The link is replaced by a file with the default mode (0644 here); the world-writable file it
    pointed to is left as it was. (Before: the new file took the target's 0666.)"""
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "gap.xlsx"
    target.write_bytes(b"old workbook")
    target.chmod(0o666)
    link = tmp_path / "gap.xlsx"
    link.symlink_to(target)
    result = run("export", "2023Q2", "-o", str(link), "--data", str(mini), "--force")
    assert result.exit_code == 0, result.output
    assert not link.is_symlink()
    assert link.stat().st_mode & 0o777 == 0o644
    assert link.read_bytes().startswith(b"PK\x03\x04")
    assert target.read_bytes() == b"old workbook"
    assert target.stat().st_mode & 0o777 == 0o666


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_a_replaced_file_keeps_its_mode_without_set_id_bits(tmp_path: Path) -> None:
    private = tmp_path / "private.yaml"
    private.write_text("old\n", encoding="utf-8")
    private.chmod(0o600)
    fsutil.atomic_write(private, b"new\n", force=True)
    assert (private.read_bytes(), private.stat().st_mode & 0o7777) == (b"new\n", 0o600)
    odd = tmp_path / "odd.yaml"
    odd.write_text("old\n", encoding="utf-8")
    odd.chmod(0o4755)
    fsutil.atomic_write(odd, b"new\n", force=True)
    assert odd.stat().st_mode & 0o7777 == 0o755
    fresh = tmp_path / "fresh.yaml"
    fsutil.atomic_write(fresh, b"new\n", force=False)
    assert fresh.stat().st_mode & 0o7777 == 0o644


def test_lock_without_fcntl_excludes_and_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without fcntl the lock is filelock's on LOCK_NAME: a second holder waits, and after
    LOCK_TIMEOUT gives up with an OSError that says what to do; the file is gone afterwards."""
    monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl fails, as on Windows
    monkeypatch.setattr(fsutil, "LOCK_TIMEOUT", 0.05)
    with fsutil.locked(tmp_path):
        assert (tmp_path / fsutil.LOCK_NAME).exists()
        with pytest.raises(fsutil.LockTimeoutError) as caught, fsutil.locked(tmp_path):
            pass  # pragma: no cover - never entered
        assert str(caught.value) == (
            f"another plan415x import has held {tmp_path / fsutil.LOCK_NAME} for over 0.05 s; try again"
            " once it has finished (if none is running, delete that file)"
        )
    assert sorted(tmp_path.iterdir()) == []
    with fsutil.locked(tmp_path):  # free again
        pass
