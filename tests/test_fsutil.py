"""fsutil: what a replaced path becomes (a symbolic link, a file's permissions), the lock without fcntl."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan415x import fsutil
from plan415x.i18n import say
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


# --- issue 26, item 2: -o FILE --force never renames over what is not a regular file ---------


@posix_only
def test_check_force_into_a_fifo_writes_into_it(mini: Path, tmp_path: Path) -> None:
    """The report goes into the FIFO, which stays a FIFO. (Before: the rename replaced the FIFO
    with a regular file and the reader got nothing.) The reader opens first, without blocking,
    so the writer's open returns at once; the mini report fits in the pipe's buffer."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = run("check", "2023Q2", "-o", str(fifo), "--force", "--format", "csv", "--data", str(mini))
        received = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(reader, 65536):
                received += chunk
    finally:
        os.close(reader)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    plain = tmp_path / "plain.csv"
    run("check", "2023Q2", "-o", str(plain), "--format", "csv", "--data", str(mini))
    assert received == plain.read_bytes()  # the whole report, BOM first, as a file gets it
    assert received.startswith(b"\xef\xbb\xbf")
    assert f"wrote {fifo}: " in result.output


@posix_only
def test_check_force_through_a_link_to_dev_null_writes_into_it(mini: Path, tmp_path: Path) -> None:
    """A link to a character device is followed and written into, the link left as it is.
    (Before: the link was replaced by a regular file holding the report.) Never run against the
    real /dev/null's own path: only the link in tmp_path could ever be renamed over."""
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    result = run("check", "2023Q2", "-o", str(link), "--force", "--data", str(mini))
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@posix_only
def test_check_force_refuses_a_socket(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A socket (as a block device) is refused, exit 2 (usage), and left in place. (Before: it
    was replaced by a regular file.)"""
    monkeypatch.chdir(tmp_path)  # a socket's path is limited to about 100 bytes: bind a short one
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("report.sock")
        result = run("check", "2023Q2", "-o", "report.sock", "--force", "--data", str(mini))
        assert result.exit_code == 2, result.output
        assert result.output == (
            "plan415x: error: report.sock is a socket, not a regular file; plan415x writes a file,"
            " a FIFO or a character device such as /dev/null\n"
        )
        # Said in the run's language (issue 20): --lang zh typed, the refusal wholly Chinese.
        result = run("check", "2023Q2", "-o", "report.sock", "--force", "--data", str(mini), "--lang", "zh")
        assert result.exit_code == 2, result.output
        assert result.output == (
            "plan415x: 错误: report.sock 是套接字(socket),不是普通文件;plan415x 只写入文件、FIFO 或字符设备"
            "(如 /dev/null)\n"
        )
        assert stat.S_ISSOCK(os.lstat("report.sock").st_mode)
    finally:
        server.close()


@posix_only
def test_atomic_write_refuses_a_fifo_unless_into_special(tmp_path: Path) -> None:
    """The actuals file of import is written with into_special False: a FIFO there is refused
    (an OSError: the import says it cannot write), never replaced nor opened."""
    fifo = tmp_path / "2023Q2.yaml"
    os.mkfifo(fifo)
    with pytest.raises(fsutil.SpecialFileError) as caught:
        fsutil.atomic_write(fifo, b"period: 2023Q2\n", force=True)
    assert str(caught.value) == (
        f"{fifo} is a FIFO, not a regular file; plan415x writes a file, a FIFO or a character device"
        " such as /dev/null"
    )
    assert say(caught.value.said, "zh") == (
        f"{fifo} 是命名管道(FIFO),不是普通文件;plan415x 只写入文件、FIFO 或字符设备(如 /dev/null)"
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2023Q2.yaml"]  # no temporary file left
