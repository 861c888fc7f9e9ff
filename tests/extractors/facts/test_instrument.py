"""`read_facts` reads an instrument's text with its page furniture blanked, page by page."""

from __future__ import annotations

from extractors.facts.instrument import page_ends, read_facts
from reviewer.core.model import Instrument, Page

FIRST = "行政处罚决定书\n经查……罚款人民币3000元。\n如不服本决定，可在六十日内向某市人民政府申请行政复议；也可以在六\n7"
SECOND = "个月内向某区人民法院提起行政诉讼。\n某市某局\n2024年5月8日"


def _pages() -> list[Page]:
    return [
        Page(index=7, source="a.pdf", source_page=7, text=FIRST, origin="text"),
        Page(index=8, source="a.pdf", source_page=8, text=SECOND, origin="text"),
    ]


def _decision(text: str) -> Instrument:
    return Instrument(kind="penalty_decision", title="行政处罚决定书", first_page=7, last_page=8, text=text)


def test_the_page_number_ending_a_page_does_not_split_a_period() -> None:
    facts = read_facts(_decision(FIRST + "\n" + SECOND), _pages())
    litigation = facts.decision.litigation if facts.decision else None
    assert litigation is not None and litigation.period is not None
    assert (litigation.period.amount, litigation.period.unit) == (6, "month")


def test_page_ends_only_when_the_text_is_the_pages_joined() -> None:
    assert page_ends(_decision(FIRST + "\n" + SECOND), _pages()) == [len(FIRST), len(FIRST) + 1 + len(SECOND)]
    assert page_ends(_decision("另一段文字"), _pages()) == []
