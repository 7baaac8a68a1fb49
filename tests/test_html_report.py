"""export PERIOD -o report.html: one self-contained page (inline CSS and SVG, no script, no
network), the red list first, every text from the data escaped; and, where Chromium is
installed, the page loaded in a real browser at phone (390×844) and laptop (1366×768) sizes.
Data: tests/data/mini with tests/data/streak (robots red two periods running)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import run
from tests.test_leader_view import streak_data

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def _page(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "report.html"
    result = run("export", "2023Q4", "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_one_self_contained_page_red_list_first(data: Path, tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert page.startswith("<!DOCTYPE html>")
    # Nothing leaves the file: no script, no link, no external source, no url()
    for banned in ("<script", "<link", "src=", "http://", "https://", "url(", "@import", "<iframe", "<img"):
        assert banned not in page, banned
    assert "default-src 'none'" in page  # and the browser is told so
    # Order: banner, title, red list, summary, actions, units, all targets
    order = [
        page.index(x)
        for x in (
            'class="banner"',
            "<h1>",
            'id="red"',
            'id="summary"',
            'id="actions"',
            'id="units"',
            'id="all"',
        )
    ]
    assert order == sorted(order)
    assert page.count("注意: 本报告含示意数据(非官方统计),仅供演示") == 2
    # The red list: robots, 200 / 380台, 52.6% (200/380), 47.4 (100 − 52.6), 乙局, two periods
    red = page[page.index('id="red"') : page.index('id="summary"')]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", red)
    assert cells == ["新增机器人", "200 / 380台", "52.6%", "47.4", "乙局", "连续2期"]
    # Lights in words, coloured only as a repeat
    assert ">红灯·未完成</span>" in page
    # Cards: 4 green of 13 = 30.8%
    assert '<span style="color:#1e8e3e">绿灯</span><b>4</b>30.8%' in page
    # Sparklines: land has four periods (2023Q1-Q4): 300/1800 = 16.7%, 900/1800 = 50%,
    # 1000/1800 = 55.6%, 100%
    assert "2023Q1: 16.7%; 2023Q2: 50.0%; 2023Q3: 55.6%; 2023Q4: 100.0%" in page


def test_text_from_the_data_is_escaped(data: Path, tmp_path: Path) -> None:
    targets = data / "targets.yaml"
    hostile = 'x<script>alert(1)</script>\\" onmouseover=\\"alert(2)&amp;'
    text = targets.read_text(encoding="utf-8").replace("name_zh: 新增机器人", f'name_zh: "{hostile}"')
    text = text.replace("name_zh: 乙局", 'name_zh: "<img src=x onerror=alert(3)>"')
    targets.write_text(text, encoding="utf-8")
    page = _page(tmp_path, "--force")
    assert "<script" not in page
    assert "<img" not in page
    assert "x&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)&amp;amp;" in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in page


def test_english_and_refusals(data: Path, tmp_path: Path) -> None:
    page = _page(tmp_path, "--lang", "en")
    assert 'id="red">Red targets (1)</h2>' in page
    assert run("export", "2023Q4", "-o", str(data / "r.html")).exit_code == 2
    assert run("export", "2023Q4", "-o", str(tmp_path / "report.html")).exit_code == 2  # exists
    assert run("export", "2023Q4", "-o", str(tmp_path / "x.html"), "--by-unit").exit_code == 2


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
@pytest.mark.parametrize("size", ["390,844", "1366,768"])
def test_chromium_loads_it_offline(data: Path, tmp_path: Path, size: str) -> None:
    page = tmp_path / "report.html"
    _page(tmp_path)
    assert CHROMIUM is not None
    flags = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--window-size={size}",
    ]
    # Offline: every network request fails, so what loads is the file alone.
    flags += [
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    shot = tmp_path / f"shot-{size.replace(',', 'x')}.png"
    subprocess.run(
        [*flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120, check=True
    )
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert f"{width},{height}" == size
    dom = subprocess.run(
        [*flags, "--dump-dom", page.as_uri()], capture_output=True, timeout=120, check=True, text=True
    ).stdout
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", dom)
    assert headings[0] == "红灯指标 (1)"  # the red list first, as the browser built the page
    assert "新增机器人" in dom
