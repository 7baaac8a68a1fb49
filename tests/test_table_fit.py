"""The check table as a user sees it: rendered in a real terminal (tmux) at 80, 120 and 200
columns with colour on, the pane captured, every line measured in display cells (CJK wide
characters two) and no line wrapped. Skipped where tmux is not installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from plan415x.reports.table import width, wrap
from tests.conftest import REPO

TMUX = shutil.which("tmux")
PLAN415X = Path(sys.executable).with_name("plan415x")


def _pane(columns: int, args: list[str], tmp: Path) -> tuple[list[str], list[str], str]:
    """The lines of the pane (wrapped lines joined, and as drawn) and its text with escapes."""
    assert TMUX is not None
    socket = f"plan415x-{uuid.uuid4().hex[:8]}"
    conf = tmp / "tmux.conf"
    conf.write_text("set -g history-limit 50000\n", encoding="utf-8")
    done = tmp / "done"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI", "FORCE_COLOR", "COLUMNS")}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
    command = f"{PLAN415X} {' '.join(args)}; touch {done}; sleep 60"  # kept open until captured
    base = [TMUX, "-u", "-L", socket, "-f", str(conf)]
    subprocess.run(
        [*base, "new-session", "-d", "-x", str(columns), "-y", "50", command], env=env, check=True, cwd=REPO
    )
    try:
        deadline = time.monotonic() + 30
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.exists(), "the command did not finish in 30 s"
        time.sleep(0.2)
        capture = [*base, "capture-pane", "-p", "-S", "-", "-E", "-"]
        joined = subprocess.run([*capture, "-J"], env=env, capture_output=True, text=True, check=True).stdout
        drawn = subprocess.run(capture, env=env, capture_output=True, text=True, check=True).stdout
        escaped = subprocess.run([*capture, "-e"], env=env, capture_output=True, text=True, check=True).stdout
    finally:
        subprocess.run([*base, "kill-server"], env=env, check=False, capture_output=True)
    strip = lambda text: text.rstrip("\n").split("\n")  # noqa: E731
    joined_lines = strip(joined)
    while joined_lines and not joined_lines[-1].strip():
        joined_lines.pop()
    drawn_lines = strip(drawn)
    while drawn_lines and not drawn_lines[-1].strip():
        drawn_lines.pop()
    return joined_lines, drawn_lines, escaped


@pytest.mark.skipif(TMUX is None or not PLAN415X.exists(), reason="needs tmux and the plan415x script")
@pytest.mark.parametrize("columns", [80, 120, 200])
@pytest.mark.parametrize("period", ["2023Q2", "2023Q4"])
def test_the_table_fits_a_real_terminal(columns: int, period: str, tmp_path: Path) -> None:
    joined, drawn, escaped = _pane(columns, ["check", period, "--data", "data"], tmp_path)
    assert "\x1b[" in escaped, "colour was on"  # the light words are painted on a terminal
    assert joined[0].startswith("浙江省")
    assert any(re.match(r"总体情况: 共 \d+ 项 · 绿灯", line) for line in joined)
    widths = [width(line.rstrip()) for line in joined]
    assert max(widths) <= columns, [line for line in joined if width(line.rstrip()) > columns][:3]
    # Wrapped lines would be joined by -J: as many lines drawn as written means none wrapped.
    assert len(drawn) == len(joined)
    # Every target keeps its status in words on one line (never split across lines).
    statuses = [line for line in joined if "·达进度" in line or "·未到期" in line]
    assert statuses
    if columns >= 120:
        # One line per target: a status word never stands alone on a line of its own.
        assert not any(re.match(r"\s*[绿黄红灰]灯·", line) for line in joined)
    else:
        # Two lines per target: the name line holds its status words whole.
        assert any(re.search(r"  [绿黄红灰]灯·\S+", line) for line in joined)


def test_wrap_breaks_prose_at_separators_within_the_width() -> None:
    text = "共 113 项 · 绿灯 52 项(46%) · 黄灯 18 项(15.9%) · 红灯 1 项(0.9%) · 灰灯 42 项(37.2%)"
    # widths: "共 113 项 · " 12, "绿灯 52 项(46%) · " 18, "黄灯 18 项(15.9%) · " 20,
    # "红灯 1 项(0.9%) · " 18, "灰灯 42 项(37.2%)" 17: 85 in all. At 60 the fourth part would
    # make 12 + 18 + 20 + 18 - 1 = 67: the line breaks before it (49 without the last space),
    # and the rest is indented by two: 2 + 18 + 17 = 37.
    assert width(text) == 85
    lines = wrap(text, 60)
    assert lines == [
        "共 113 项 · 绿灯 52 项(46%) · 黄灯 18 项(15.9%) ·",
        "  红灯 1 项(0.9%) · 灰灯 42 项(37.2%)",
    ]
    assert [width(x) for x in lines] == [49, 37]
    assert all(width(x) <= 60 for x in lines)
    assert wrap(text, None) == [text]
    # a token longer than a line is broken between characters, CJK counted two
    assert wrap("一二三四五六七八九十", 8, sep="") == ["一二三四", "  五六七", "  八九十"]
