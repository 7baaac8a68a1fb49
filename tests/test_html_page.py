"""The phone page finished (issue 22 item 6): red cards with 序时进度 and the gap in 个百分点, what
changed since the previous period, the ranking before the action bars, each action's green share
over the periods of the year, and, in headless Chromium at 390 px, nothing wider than the screen
and no cell cut. Data: tests/data/mini with tests/data/streak (robots red two periods running;
智能装备产值 关注 -> 滞后 and 低效工业用地改造 滞后 -> 已完成 since 2023Q3)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.periods import Period
from plan415x.results import Light, counted
from plan415x.views.changes import moves
from plan415x.views.page import action_series
from plan415x.views.period import period_view
from tests.test_html_report import CHROMIUM, _offline_chromium, _with_reporting
from tests.test_leader_view import streak_data


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def _section(page: str, start: str, end: str) -> str:
    return page[page.index(f'id="{start}"') : page.index(f'id="{end}"')]


def test_red_cards_give_the_schedule_and_say_points(data: Path) -> None:
    page = _with_reporting(data)
    red = _section(page, "red", "changes")
    assert '<td class="n" data-label="序时进度">100%</td>' in red
    assert '<td class="n" data-label="差值">低于序时进度47.4个百分点</td>' in red
    en = _section(_with_reporting(data, lang="en"), "red", "changes")
    assert '<td class="n" data-label="Schedule">100%</td>' in en
    assert '<td class="n" data-label="Gap">47.4 points behind the schedule</td>' in en


def test_what_changed_is_shown_worst_first(data: Path) -> None:
    section = _section(_with_reporting(data), "changes", "summary")
    assert section.startswith(
        'id="changes">较上期变化</h2>\n<p>退步 1 项、好转 1 项。</p>\n<h3>退步 (1)</h3>'
    )
    items = re.findall(r"<li>(.*?)</li>", section)
    assert [re.sub(r"<[^>]+>", "", x) for x in items] == [
        "智能装备产值: 黄灯·关注 → 黄灯·滞后",
        "★低效工业用地改造(甲局): 黄灯·滞后 → 绿灯·已完成",
    ]
    # The light it moved to in its colours, as words too
    assert '→ <span class="light" style="color:#1e8e3e;background:#e6f4ea">绿灯·已完成</span>' in section
    # At the first period there is nothing before it
    first = _section(_with_reporting(data, "2023Q1"), "changes", "summary")
    assert "<p>无上期可比。</p>" in first


def test_newly_red_comes_first_and_names_are_escaped(data: Path) -> None:
    """智能装备产值 (a level from 300 to 500 by 2027) reported at 250 for 2023Q4: red, so
    新增红灯 leads; a unit's name with markup stays text."""
    q4 = data / "actuals" / "2023Q4.yaml"
    q4.write_text(q4.read_text(encoding="utf-8") + "  - {target: output, value: 250}\n", "utf-8")
    targets = data / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8").replace("name_zh: 甲局", 'name_zh: "<b>甲局"'), "utf-8"
    )
    section = _section(_with_reporting(data), "changes", "summary")
    assert section.index("<h3>新增红灯 (1)</h3>") < section.index("<h3>好转 (1)</h3>")
    assert "<li>智能装备产值: 黄灯·关注 → " in section
    assert "(&lt;b&gt;甲局): " in section
    assert "<b>甲局" not in section


def test_the_ranking_comes_before_the_action_bars(data: Path) -> None:
    page = _with_reporting(data)
    order = [
        page.index(f'id="{x}"') for x in ("red", "changes", "summary", "units", "actions", "trend", "all")
    ]
    assert order == sorted(order)
    units = _section(page, "units", "actions")
    for head in ("红/黄灯", "报送率", "位次变化"):
        assert f'<th class="n">{head}</th>' in units
    # Each unit a card on a phone, titled by its name
    assert '<div class="scroll stack grid rank">' in units
    assert '<td class="name" data-label="单位">乙局</td>' in units


def test_each_action_over_the_year(data: Path) -> None:
    """The chart's points are the share green of the targets judged at each period; checked
    against the report of each period itself (``engine.report``)."""
    page = _with_reporting(data)
    trend = _section(page, "trend", "reporting")
    assert trend.startswith('id="trend">各行动逐期绿灯占比</h3>')
    assert "1-3月 0%(0/2); 1-6月 33.3%(1/3); 1-9月 33.3%(1/3); 1-12月 50%(1/2)" in trend
    assert "<script" not in trend
    assert "<polyline" in trend

    dataset, _ = load_dataset(data)
    assert dataset is not None
    engine = Engine(dataset)
    report = engine.report(Period.parse("2023Q4"))
    series = action_series(report, period_view(engine, report, history=6).history)
    for action, points in series.items():
        for point in points:
            kept = [r for r in counted(engine.report(point.period).results) if r.target.action == action]
            judged = [r for r in kept if r.light is not Light.grey]
            assert (point.green, point.judged) == (sum(r.light is Light.green for r in judged), len(judged))
    assert [len(p) for p in series.values()] == [4, 4]


def test_changes_groups(data: Path) -> None:
    dataset, _ = load_dataset(data)
    assert dataset is not None
    report = Engine(dataset).report(Period.parse("2023Q4"))
    assert {g: [r.target.id for r in rs] for g, rs in moves(report).items()} == {
        "worsened": ["output"],
        "improved": ["land"],
    }


def _shot_and_probe(page: str, window: str, probe: str, tmp_path: Path) -> str:
    """A screenshot of ``page`` at ``window`` (checked to be a PNG), then what the ``probe``
    script, run in a copy of the page without its CSP (which would refuse it), set on the body
    as ``data-probe``."""
    shot = tmp_path / "page.html"
    shot.write_text(page, encoding="utf-8")
    flags = _offline_chromium(window, tmp_path)
    png = tmp_path / "page.png"
    subprocess.run(
        [*flags, f"--screenshot={png}", shot.as_uri()], capture_output=True, timeout=120, check=True
    )
    assert png.read_bytes().startswith(b"\x89PNG")
    probed = tmp_path / "probe.html"
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probed.write_text(text.replace("</body>", probe + "</body>"), encoding="utf-8")
    dom = subprocess.run(
        [*flags, "--dump-dom", probed.as_uri()], capture_output=True, timeout=120, check=True, text=True
    ).stdout
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found is not None
    return found.group(1).replace("&quot;", '"')


PROBE = """<style>main{width:390px;margin:0}</style><script>
const main = document.querySelector("main");
const wide = [...main.querySelectorAll("*")].filter(
  (e) => !e.closest(".stack thead") &&
    (e.getBoundingClientRect().right > 390.5 || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible"))
).map((e) => e.tagName + "." + e.className + ":" + e.textContent.slice(0, 12));
const cut = [...main.querySelectorAll("td, th")].filter((e) => !e.closest(".stack thead") && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.slice(0, 12));
document.body.setAttribute("data-probe", JSON.stringify({page: main.scrollWidth, wide, cut}));
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_nothing_overflows_or_is_cut_at_390(data: Path, tmp_path: Path) -> None:
    """At 390 px (a phone) the page is no wider than the screen, no box needs a sideways scroll
    and no cell's text is cut (the action bars' 绿… was); measured by a probe script in a copy of
    the page (the page has none, and its CSP would refuse one). A screenshot is taken too."""
    probed = _shot_and_probe(_with_reporting(data), "390,2000", PROBE, tmp_path)
    assert probed == '{"page":390,"wide":[],"cut":[]}'


DESKTOP_PROBE = """<script>
const root = document.documentElement;
const cut = [...document.querySelectorAll("td, th")].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.slice(0, 12));
const main = document.querySelector("main").getBoundingClientRect();
document.body.setAttribute("data-probe", JSON.stringify({page: root.scrollWidth <= 1366, cut, centred: Math.abs(main.left - (1366 - main.right)) <= 1}));
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_on_a_desktop_screen_nothing_is_cut(data: Path, tmp_path: Path) -> None:
    """At 1366×768 (a desk's laptop screen) the page needs no sideways scroll, no cell's text is
    cut, and its column sits in the middle; a screenshot of the first screen is taken too."""
    probed = _shot_and_probe(_with_reporting(data), "1366,768", DESKTOP_PROBE, tmp_path)
    assert probed == '{"page":true,"cut":[],"centred":true}'
