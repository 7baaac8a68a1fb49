"""Issue 23, item 3: ``reporting --missing -o DIR`` writes one 催报 notice per unit (.docx and
.md), in Chinese, with no ids or paths, the deadline stated: 按期报送 before it, 补报 after (by
``--by`` DATE, else 尽快). A red target whose unit has not said why is asked for its 滞后原因.

The mini data's 2023Q2: 乙局 has not sent 绿色低碳工厂 (factories), due 2023-07-10 (the 10th of
the month after the quarter). Its 2023Q3 has no file: every figure is missing, due 2023-10-10,
and 新增机器人 (robots, 乙局) is red on its stale 1-6月 figure, with no 滞后原因 on record.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from typer.testing import CliRunner

from plan415x.cli import app

NOTICE_Q2_BEFORE = """\
> **注意：本报告含示意数据（非官方统计），仅供演示**

# 关于报送2023年1-6月监测数据的通知

乙局：

根据《测试计划(2023-2027年)》（测〔2023〕1号）的监测安排，现将贵单位2023年1-6月数据报送情况通知如下。

## 一、尚未报送的指标数据

贵单位以下1项指标数据尚未收到，请于2023年7月10日前按期报送。

| 序号 | 指标 | 计量单位 | 报送截止 |
|---|---|---|---|
| 1 | 绿色低碳工厂 | 家 | 7月10日 |

【待填写】{br}
2023年7月5日{br}


> **注意：本报告含示意数据（非官方统计），仅供演示**
""".format(br="  ")  # markdown's line break: two spaces at the end of the line


def _run(mini: Path, *args: str, today: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["reporting", *args, "--data", str(mini)], env={"PLAN415X_TODAY": today, "COLUMNS": "200"}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_before_the_deadline_a_unit_is_asked_to_send_by_it(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "催报"
    code, printed = _run(mini, "2023Q2", "--missing", "-o", str(out), today="2023-07-05")
    assert code == 0, printed
    assert printed == f"wrote {out / '催报-2023Q2-ub-乙局.docx'} (and .md)\n"
    assert sorted(p.name for p in out.iterdir()) == ["催报-2023Q2-ub-乙局.docx", "催报-2023Q2-ub-乙局.md"]
    assert (out / "催报-2023Q2-ub-乙局.md").read_text(encoding="utf-8") == NOTICE_Q2_BEFORE
    # the .docx says the same, read back
    text = [p.text for p in docx.Document(str(out / "催报-2023Q2-ub-乙局.docx")).paragraphs]
    assert "乙局：" in text
    assert "贵单位以下1项指标数据尚未收到，请于2023年7月10日前按期报送。" in text


def test_after_the_deadline_it_asks_again_by_the_date_given(mini: Path, tmp_path: Path) -> None:
    # the 10 July deadline has passed on the 20th: 补报, by --by when given, else 尽快
    code, _ = _run(mini, "2023Q2", "--missing", "-o", str(tmp_path / "a"), today="2023-07-20")
    assert code == 0
    md = (tmp_path / "a" / "催报-2023Q2-ub-乙局.md").read_text(encoding="utf-8")
    assert "# 关于补报2023年1-6月监测数据的通知" in md
    assert "贵单位以下1项指标数据尚未收到，报送截止日期2023年7月10日已过，请尽快补报。" in md
    code, _ = _run(
        mini, "2023Q2", "--missing", "-o", str(tmp_path / "b"), "--by", "2023-07-25", today="2023-07-20"
    )
    assert code == 0
    md = (tmp_path / "b" / "催报-2023Q2-ub-乙局.md").read_text(encoding="utf-8")
    assert "贵单位以下1项指标数据尚未收到，报送截止日期2023年7月10日已过，请于2023年7月25日前补报。" in md
    assert "2023年7月20日  " in md  # 成文日期: the day it was made


def test_a_red_target_unexplained_is_asked_for_its_reason(mini: Path, tmp_path: Path) -> None:
    code, _ = _run(mini, "2023Q3", "--missing", "-o", str(tmp_path / "q3"), today="2023-10-08")
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "q3").iterdir())
    assert names == [
        f"催报-2023Q3-{u}.{s}" for u in ("ua-甲局", "ub-乙局", "uc-丙局") for s in ("docx", "md")
    ]
    md = (tmp_path / "q3" / "催报-2023Q3-ub-乙局.md").read_text(encoding="utf-8")
    assert "贵单位以下2项指标数据尚未收到，请于2023年10月10日前按期报送。" in md
    assert "| 1 | 新增机器人 | 台 | 10月10日 |\n| 2 | 绿色低碳工厂 | 家 | 10月10日 |" in md
    assert "## 二、须说明滞后原因的红灯指标" in md
    assert "以下1项指标2023年1-9月为红灯（低于序时进度），尚未说明滞后原因。" in md
    assert "1. 新增机器人\n" in md
    assert "须说明" not in (tmp_path / "q3" / "催报-2023Q3-ua-甲局.md").read_text(encoding="utf-8")


def test_a_notice_holds_no_id_code_or_path(mini: Path, tmp_path: Path) -> None:
    _run(mini, "2023Q3", "--missing", "-o", str(tmp_path / "q3"), today="2023-10-08")
    for path in (tmp_path / "q3").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        # target ids (robots, factories, digital-growth), unit ids, a period code, the data folder
        assert re.search(r"\b(robots|factories|land|ua|ub|uc)\b|2023Q3|/", text) is None, path.name


def test_nothing_is_overwritten_without_force(mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "催报"
    assert _run(mini, "2023Q2", "--missing", "-o", str(out), today="2023-07-05")[0] == 0
    before = (out / "催报-2023Q2-ub-乙局.md").read_bytes()
    code, printed = _run(mini, "2023Q2", "--missing", "-o", str(out), today="2023-07-20")
    assert code == 2
    assert "already exists; give --force to replace it" in printed
    assert (out / "催报-2023Q2-ub-乙局.md").read_bytes() == before
    assert _run(mini, "2023Q2", "--missing", "-o", str(out), "--force", today="2023-07-20")[0] == 0
    assert "请尽快补报" in (out / "催报-2023Q2-ub-乙局.md").read_text(encoding="utf-8")


def test_the_options_go_together(mini: Path, tmp_path: Path) -> None:
    assert _run(mini, "2023Q2", "-o", str(tmp_path / "x"), today="2023-07-05")[0] == 2  # no --missing
    code, printed = _run(mini, "2023Q2", "--missing", "--by", "2023-07-25", today="2023-07-05")
    assert code == 2  # --by without -o
    code, printed = _run(
        mini, "2023Q2", "--missing", "-o", str(tmp_path / "x"), "--by", "7月25日", today="2023-07-05"
    )
    assert (code, "--by '7月25日' is not a date" in printed) == (2, True)
    code, printed = _run(mini, "2023Q2", "--missing", "-o", str(mini / "notices"), today="2023-07-05")
    assert (code, "is inside the data folder" in printed) == (2, True)
