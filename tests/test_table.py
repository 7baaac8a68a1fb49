"""The hand-laid tables: CJK widths, alignment, cutting to a terminal's width."""

from __future__ import annotations

from plan415x.reports.table import Styled, render_rows, width


def test_wide_characters_take_two_columns() -> None:
    assert width("低效工业用地") == 12
    assert width("★≥1,800 █│·") == 11  # ambiguous-width symbols take one, as terminals draw them here
    assert width("") == 0


def test_columns_align_by_display_width() -> None:
    out = render_rows(
        ["指标", "目标"], [["土地", "1,800"], ["机器人", "380"]], color=False, right=frozenset({1})
    )
    # widths: 6 (机器人) and 5 (1,800); two spaces between; numbers right-aligned
    assert out == "指标     目标\n土地    1,800\n机器人    380\n"


def test_cut_to_a_terminal_and_colour_only_when_asked() -> None:
    rows = [[Styled("一二三四五六七八九十一二三四五六七八九十", "1"), "1"]]
    # 40 + 2 + 1 = 43 columns cut to 20: the name to 17, eight wide characters and …
    out = render_rows(["名称", "x"], rows, color=False, fit=20, shrink=(0,))
    assert out == "名称               x\n一二三四五六七八…  1\n"
    assert all(width(line) <= 20 for line in out.splitlines())
    coloured = render_rows(["名称", "x"], rows, color=True, fit=20, shrink=(0,))
    assert "\x1b[1m一二三四五六七八…\x1b[0m" in coloured
    assert (
        render_rows(["名称", "x"], rows, color=False).splitlines()[1].startswith("一二三四五六七八九十一二")
    )
