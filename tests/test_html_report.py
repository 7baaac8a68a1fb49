"""export PERIOD -o report.html: one self-contained page (inline CSS and SVG, no script, no
network), the red list first, every text from the data escaped, 报送情况, (默认) after a
default owner; and, where Chromium is installed, the page loaded in a
real browser at phone (390×844) and laptop (1366×768) sizes, the red list stacked on the phone.
Data: tests/data/mini with tests/data/streak (robots red two periods running)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import run
from tests.test_leader_view import streak_data


def _chromium() -> str | None:
    """A Chromium that runs (Ubuntu's chromium-browser may be a stub that wants snap): else the
    browser tests skip rather than fail."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        return None
    try:
        done = subprocess.run([found, "--headless", "--version"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return found if done.returncode == 0 else None


CHROMIUM = _chromium()


def _offline_chromium(size: str, tmp_path: Path) -> list[str]:
    """Headless Chromium at ``size`` (width,height), offline: every network request fails, so
    what loads is the file alone."""
    assert CHROMIUM is not None
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--window-size={size}",
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]


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


def _with_reporting(folder: Path, period: str = "2023Q4", lang: str = "zh") -> str:
    """The page as ``plan415x export PERIOD -o report.html`` writes it (with 报送情况)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        result = run("export", period, "-o", str(out), "--lang", lang, "--data", str(folder))
        assert result.exit_code == 0, result.output
        return out.read_text(encoding="utf-8")


def test_reporting_section(data: Path) -> None:
    """报送情况, the same section as the 通报's: 甲局 owes 4 at 1-12月 (land came 2024-01-15,
    after the 10th: late) 1/4 = 25.0%, 0/1 = 0.0% on time; 乙局 1/2 = 50.0%; 丙局 1/3 = 33.3%."""
    page = _with_reporting(data)
    order = [page.index(x) for x in ('id="red"', 'id="units"', 'id="reporting"', 'id="all"')]
    assert order == sorted(order)
    section = page[page.index('id="reporting"') : page.index('id="all"')]
    assert section.startswith('id="reporting">报送情况</h2>')
    assert (
        "<p>本期应报指标数据9项，已报3项（按时0项、逾期3项、未注明日期0项），未报6项，涉及3个单位。</p>"
        in section
    )
    rows = re.findall(r"<tr>(.*?)</tr>", section.split("</thead>", 1)[1])
    assert [re.findall(r"<td[^>]*>(.*?)</td>", r) for r in rows] == [
        ["甲局", "4", "1", "0", "1", "0", "3", "25.0%", "0.0%"],
        ["乙局", "2", "1", "0", "1", "0", "1", "50.0%", "0.0%"],
        ["丙局", "3", "1", "0", "1", "0", "2", "33.3%", "0.0%"],
    ]
    # Each cell carries its column's name, shown before it when the table stacks on a phone
    assert '<td class="n" data-label="报送率">25.0%</td>' in section
    assert '<div class="scroll stack grid">' in section
    assert (
        "<li>甲局未报3项（截止2024年1月10日）：★数字经济增长、★省数字经济示范区、能耗上限。</li>" in section
    )
    # A view without the reporting: no section (export's view has it)
    assert 'id="reporting"' not in _page_plain(data)


def _page_plain(folder: Path) -> str:
    from plan415x.engine import Engine
    from plan415x.loading import load_dataset
    from plan415x.periods import Period
    from plan415x.reports.html import to_html
    from plan415x.views.period import PeriodView

    dataset, _ = load_dataset(folder)
    assert dataset is not None
    return to_html(PeriodView(Engine(dataset).report(Period.parse("2023Q4"))), "zh")


def test_red_list_stacks_on_a_phone_by_css_alone(data: Path) -> None:
    page = _with_reporting(data)
    red = page[page.index('id="red"') : page.index('id="summary"')]
    assert '<div class="scroll stack red">' in red
    assert '<td class="name" data-label="红灯指标">新增机器人</td>' in red
    assert '<td class="n" data-label="完成率">52.6%</td>' in red
    css = page[page.index("@media (max-width:600px)") : page.index("</style>")]
    assert ".stack table,.stack tbody,.stack tr,.stack td{display:block;width:100%}" in css
    assert ".stack td::before{content:attr(data-label)" in css
    assert "<script" not in page


def test_default_owner_is_marked(data: Path) -> None:
    """robots stripped of its unit, default_owner: ua: the red list says 甲局(默认), a note
    under it says what that means, and 报送情况 lists 甲局(默认)'s missing figures apart."""
    targets = data / "targets.yaml"
    text = targets.read_text(encoding="utf-8").replace("targets:\n", "default_owner: ua\ntargets:\n", 1)
    text = text.replace("    hedge: strive\n    responsible: [ub]\n", "    hedge: strive\n", 1)
    targets.write_text(text, encoding="utf-8")
    page = _with_reporting(data)
    red = page[page.index('id="red"') : page.index('id="summary"')]
    assert '<td data-label="牵头单位">甲局(默认)</td>' in red
    assert '<p class="note">(默认)=方案未指定责任单位, 由默认牵头单位负责</p>' in red
    section = page[page.index('id="reporting"') : page.index('id="all"')]
    assert (
        "<li>甲局作为默认牵头单位未报4项（截止2024年1月10日）：智能装备产值、劳动生产率、制造业中长期贷款、新能源汽车产值。</li>"
        in section
    )
    # The full table marks it too (check's cells)
    assert '<td class="" data-label="牵头单位">甲局(默认)</td>' in page[page.index('id="all"') :]
    en = _with_reporting(data, lang="en")
    assert '<td data-label="Lead unit">Bureau A (default)</td>' in en
    assert "(default) = no unit named by the plan: the plan&#x27;s default owner leads" in en


def test_reporting_text_is_escaped(data: Path) -> None:
    targets = data / "targets.yaml"
    text = targets.read_text(encoding="utf-8").replace(
        "name_zh: 乙局", 'name_zh: "<img src=x onerror=alert(3)>"'
    )
    text = text.replace("name_zh: 绿色低碳工厂", "name_zh: '工厂\"<b>'")
    targets.write_text(text, encoding="utf-8")
    page = _with_reporting(data)
    assert "<img" not in page
    assert "&quot;<b>" not in page
    section = page[page.index('id="reporting"') : page.index('id="all"')]
    assert '<td class="name" data-label="单位">&lt;img src=x onerror=alert(3)&gt;</td>' in section
    assert "工厂&quot;&lt;b&gt;。</li>" in section


def test_one_self_contained_page_red_list_first(data: Path, tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert page.startswith("<!DOCTYPE html>")
    # Nothing leaves the file: no script, no link, no external source, no url()
    for banned in ("<script", "<link", "src=", "http://", "https://", "url(", "@import", "<iframe", "<img"):
        assert banned not in page, banned
    assert "default-src 'none'" in page  # and the browser is told so
    # Order: banner, title, red list, what changed, summary, units, actions, all targets (issue 22:
    # the ranking before the action bars)
    order = [
        page.index(x)
        for x in (
            'class="banner"',
            "<h1>",
            'id="red"',
            'id="changes"',
            'id="summary"',
            'id="units"',
            'id="actions"',
            'id="all"',
        )
    ]
    assert order == sorted(order)
    assert page.count("注意: 本报告含示意数据(非官方统计),仅供演示") == 2
    # The red list: robots, 200 / 380台, 52.6% (200/380), 序时进度 100% at 1-12月, 47.4 points
    # behind (100 − 52.6), 乙局, two periods
    red = page[page.index('id="red"') : page.index('id="changes"')]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", red)
    assert cells == [
        "新增机器人",
        "200 / 380台",
        "52.6%",
        "100%",
        "低于序时进度47.4个百分点",
        "乙局",
        "连续2期",
    ]
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
    flags = _offline_chromium(size, tmp_path)
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


FIT_PROBE = """<script>
const box = document.querySelector(".stack.red");
const cell = box.querySelector("td");
document.body.setAttribute("data-probe", [box.scrollWidth <= box.clientWidth, getComputedStyle(cell).display].join(","));
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
@pytest.mark.parametrize(("size", "want"), [("390,844", "true,block"), ("1366,768", "true,table-cell")])
def test_chromium_red_list_fits_a_phone(data: Path, tmp_path: Path, size: str, want: str) -> None:
    """At 390 px the red list's cells are blocks (cards) and its box needs no sideways scroll;
    at 1366 it is a table. Measured by a probe script added to a copy of the page (the page
    itself has no script, and its CSP would refuse one)."""
    page = _page(tmp_path)
    probe = tmp_path / "probe.html"
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probe.write_text(page.replace("</body>", FIT_PROBE + "</body>"), encoding="utf-8")
    flags = _offline_chromium(size, tmp_path)
    dom = subprocess.run(
        [*flags, "--dump-dom", probe.as_uri()], capture_output=True, timeout=120, check=True, text=True
    ).stdout
    assert f'data-probe="{want}"' in dom


def test_a_not_due_row_says_its_distance_to_go(data: Path) -> None:
    # issue 9 item 5, as check prints it: rd-share 3.5 of 3.75 due in 2025 is 0.25 points away
    q2 = data / "actuals" / "2023Q2.yaml"
    q2.write_text(
        q2.read_text(encoding="utf-8").replace(
            "{target: rd-share, value: 3.8}", "{target: rd-share, value: 3.5}"
        ),
        encoding="utf-8",
    )
    assert "灰灯·未到期(距目标0.25个百分点)" in _with_reporting(data, "2023Q2")
