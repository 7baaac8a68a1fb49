"""A synthetic plan text of a given size for ``plan415x draft`` (benchmarks/run.py): a notice,
main goals, numbered parts and work items written as county plans write them, and a task
table in an annex. Every name and figure is made up (示例市); the same seed gives the same text.
"""

from __future__ import annotations

import random

CN = "一二三四五六七八九十"
ITEMS = (
    "力争每年新增规上工业企业{a}家以上、专精特新企业{b}家。",
    "每年实施重点技术改造项目{a}个以上,新增应用工业机器人{b}台以上。",
    "到2027年,累计培育高新技术企业{a}家以上,确保研发经费占营业收入比重达到{p}%。",
    "确保全年完成工业投资{a}亿元,推进{b}个亿元以上续建项目建设;力争开工产业项目{c}个以上。",
    "产业产值达到{a}亿元,数字经济核心产业增加值增长{p}%左右。",
    "实现规上工业企业数字化改造全覆盖,积极争取上级资金支持,工业用地比例不低于{p}%。",
    "完成低效工业用地改造开发{a}亩以上,腾出用能空间{q}万吨标煤。",
)
FILLER = "聚焦产业链条化发展,滚动更新产业招商地图,加快推进重点项目建设,强化要素保障和服务支撑。"


def draft_text(size: int, seed: int = 415) -> str:
    """About ``size`` bytes (UTF-8) of plan text."""
    rng = random.Random(seed)
    out = [
        "示例市人民政府办公室关于印发示例市先进制造业集群建设行动方案(2023-2027年)的通知",
        "示政办〔2023〕99号",
        "",
        "一、主要目标",
        "",
        "到2025年,规上工业亩均增加值达到220万元。其中,高技术制造业增加值占比达到12%。",
        "",
        "二、工作任务",
    ]
    item = 0
    part = 0
    while sum(len(line.encode()) + 1 for line in out) < size * 0.8:
        part += 1
        out += ["", f"({CN[(part - 1) % 10]})实施第{part}项提升行动", ""]
        for _ in range(6):
            item += 1
            sentence = rng.choice(ITEMS).format(
                a=rng.randint(2, 2000),
                b=rng.randint(1, 90),
                c=rng.randint(1, 50),
                p=rng.randint(1, 95),
                q=rng.randint(1, 9),
            )
            out.append(f"{item}.推进第{item}项重点工作。{FILLER}{sentence}{FILLER}")
    out += [
        "",
        "附件",
        "",
        "2023年重点工作任务清单",
        "",
        "重点任务",
        "",
        "序号",
        "",
        "具体内容举措",
        "",
        "主要目标",
        "",
        "责任单位",
    ]
    row = 0
    while sum(len(line.encode()) + 1 for line in out) < size:
        row += 1
        out += ["", f"第{row}项行动", "", str(row), "", FILLER, ""]
        out.append(f"全年新增企业{rng.randint(1, 90)}家,确保完成投资{rng.randint(1, 90)}亿元")
        out += ["", "市经信局、市发改局。列第一位的为牵头单位"]
    return "\n".join(out) + "\n"
