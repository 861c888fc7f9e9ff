"""The defect substance.limitation (追责时效, 行政处罚法 第三十六条): case 1's sales told as years old.

The party bought the 300 boxes in March 2017 and stopped selling in June 2017; the complaint still comes on
2023-02-20 (the 案源登记表 is unchanged) and the 144 boxes left are still found in the warehouse. More than five
years lie between the last sale and the discovery, and nothing says the selling went on, so the long period
fails too. The decision, the 终结报告, the notice and the 询问笔录 tell the new dates alike.

The decision's facts name the complaint without its day: the predicate counts every date the facts give on or
before discovery as a date of the act (it cannot tell the complaint's day from the act's), so a facts section
that opens with the discovery day can never fail. The day stays in the 案源登记表, where discovery is read.
"""

from __future__ import annotations

from samples.document import CaseDoc
from samples.edit import full_text, map_text
from samples.forms import cn_date
from samples.market_facts import OWNER, D

#: Template text → stale text, in every instrument that holds it.
REWRITES: tuple[tuple[str, str], ...] = (
    (f"{cn_date(D['discovered'])}，本局接到{OWNER}投诉", f"本局接到{OWNER}投诉"),
    ("当事人于2023年1月初以每箱36元", "当事人于2017年3月初以每箱36元"),
    (
        "以每箱54元的价格对外销售，至案发时已售出156箱",
        "于2017年3月至2017年6月以每箱54元的价格对外售出156箱，此后未再销售",
    ),
    ("你单位于2023年1月至2月间销售", "你单位于2017年3月至6月间销售"),
    ("是今年1月初从一个上门推销的人手里进的", "是2017年3月初从一个上门推销的人手里进的"),
    ("检查前卖出去156箱", "2017年6月以前卖出去156箱，之后就没再卖"),
)


def _holders(case: CaseDoc) -> dict[str, list[str]]:
    """For each template text, the kinds of the instruments that hold it."""
    return {old: [ins.kind for ins in case.instruments if old in full_text(ins)] for old, _ in REWRITES}


def tells_recent_sales(case: CaseDoc) -> bool:
    """Case 1's story as written: the decision dates the purchase January 2023 and every text to rewrite is there."""
    holders = _holders(case)
    return "penalty_decision" in holders[REWRITES[1][0]] and all(holders.values())


def stale_sales(case: CaseDoc) -> None:
    """Date the purchase and the sales 2017, and drop the complaint's day from the facts."""

    def fn(text: str) -> str:
        for old, new in REWRITES:
            text = text.replace(old, new)
        return text

    map_text(case.instruments, fn)
    assert not any(_holders(case).values()), "a template text survived the rewrite"
