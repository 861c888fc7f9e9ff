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


def test_page_ends_hold_over_text_the_segmenter_blanked_one_character_for_one() -> None:
    blanked = " " * 7 + FIRST[7:] + "\n" + SECOND.replace("诉讼。", "诉讼\n")
    assert page_ends(_decision(blanked), _pages()) == [len(FIRST), len(FIRST) + 1 + len(SECOND)]
    shifted = FIRST[1:] + "\n" + SECOND + "x"  # same length, but no page break where the first page ends
    assert page_ends(_decision(shifted), _pages()) == []


def _head(number_line: str) -> Instrument:
    text = f"某县市场监督管理局\n行政处罚决定书\n{number_line}\n当事人：某县城关镇小李水果店\n经查……\n某县市场监督管理局\n2025年5月12日"
    return Instrument(kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=1, text=text)


def test_a_decision_number_printed_without_a_year_is_read_from_the_heading() -> None:
    assert read_facts(_head("编号：某市监处罚0311号")).doc_number == "某市监处罚0311号"
    assert read_facts(_head("某市监价罚字19-68号")).doc_number == "某市监价罚字19-68号"


def test_a_decision_number_with_its_serial_left_blank_is_read_as_printed() -> None:
    assert read_facts(_head("某市监罚〔2025〕　　号")).doc_number == "某市监罚〔2025〕号"
    # must not match: a heading line that is no number
    assert read_facts(_head("（2025）　　号码")).doc_number is None


def test_no_yearless_number_from_a_notice_number_or_an_address() -> None:
    assert read_facts(_head("某市监罚告字18号")).doc_number is None
    assert read_facts(_head("（某县城关镇解放路12号）")).doc_number is None


def test_joint_decision_parties_are_all_kept_the_first_first() -> None:
    text = (
        "行政处罚决定书\n当事人一：某县小李副食店\n经营者：李某\n当事人二：某县某某商贸有限公司\n"
        "法定代表人：王某\n经查，当事人一与当事人二……"
    )
    facts = read_facts(
        Instrument(kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=1, text=text)
    )
    assert [p.name for p in facts.parties] == ["某县小李副食店", "某县某某商贸有限公司"]
    assert facts.party is not None and facts.party.individual_business


def _signed_on_page_one(kind: str = "penalty_decision") -> Instrument:
    text = "行政处罚决定书\n当事人：某某小吃店\n经查……罚款人民币800元。\n2025年3月4日\n某县市场监督管理局"
    return Instrument(kind=kind, title="行政处罚决定书", first_page=1, last_page=1, text=text)


def _next_page(text: str) -> list[Page]:
    return [
        Page(index=1, source="a.pdf", source_page=1, text=_signed_on_page_one().text, origin="text"),
        Page(index=2, source="a.pdf", source_page=2, text=text, origin="text"),
    ]


def test_a_seal_placeholder_pushed_to_the_next_page_is_the_decisions() -> None:
    for first in ("（印章）", "　（某县市场监督管理局印章）　"):
        pages = _next_page(f"{first}\n送达回证\n受送达人（签名或盖章）：")
        assert read_facts(_signed_on_page_one(), pages).seal == "marker"


def test_no_seal_from_the_next_page_unless_it_opens_with_the_placeholder_alone() -> None:
    assert read_facts(_signed_on_page_one(), _next_page("送达回证\n（印章）\n受送达人：")).seal == "none"
    assert read_facts(_signed_on_page_one(), _next_page("（印章）：\n送达回证")).seal == "none"
    assert read_facts(_signed_on_page_one(), _next_page("某某公司（盖章）已收到\n送达回证")).seal == "none"
    assert read_facts(_signed_on_page_one("prior_notice"), _next_page("（印章）\n送达回证")).seal == "none"
    assert read_facts(_signed_on_page_one()).seal == "none"


def _foot(closing: str) -> Instrument:
    text = (
        "某区市场监督管理局\n行政处罚决定书\n当事人：某区某某餐饮店\n经查……\n"
        + "另查明……\n" * 8
        + f"罚款5000元。\n{closing}"
    )
    return Instrument(kind="penalty_decision", title="行政处罚决定书", first_page=1, last_page=1, text=text)


def test_a_number_printed_beside_the_signing_date_is_the_decisions() -> None:
    assert (
        read_facts(_foot("某区市场监督管理局\n某区监罚〔2024〕31号\n2024年6月3日")).doc_number == "某区监罚〔2024〕31号"
    )
    assert (
        read_facts(_foot("某区市场监督管理局\n2024年6月3日\n某区监罚〔2024〕31号")).doc_number == "某区监罚〔2024〕31号"
    )


def test_a_number_away_from_the_signing_date_or_in_a_sentence_is_not() -> None:
    cited = "本局曾作出某区监罚〔2023〕8号决定。\n某区市场监督管理局\n2024年6月3日"
    assert read_facts(_foot(cited)).doc_number is None
    apart = "某区监罚〔2024〕31号\n某区市场监督管理局\n（印章）\n2024年6月3日"
    assert read_facts(_foot(apart)).doc_number is None


#: A correction decision (更正决定书): it quotes the earlier decision's 文号, fine, basis and payment clause.
CORRECTION = (
    "某县市场监督管理局\n行政处罚决定更正决定书\n{number}当事人：某县城关镇小李水果店\n"
    "本局于2025年5月12日对当事人作出《行政处罚决定书》（某市监处罚〔2025〕31号），经复查存在文字错误，现予更正：\n"
    "原决定书“依据《价格违法行为行政处罚规定》第十三条第一款，处以罚款2000元”，更正为“依据《价格违法行为行政处罚规定》"
    "第十三条第二款，处以罚款2000元”。\n原决定书其他内容不变，当事人仍应自收到原决定书之日起十五日内到某银行缴纳罚款。\n"
    "某县市场监督管理局\n2025年5月20日"
)


def _correction(number_line: str, kind: str = "correction_decision") -> Instrument:
    text = CORRECTION.format(number=f"{number_line}\n" if number_line else "")
    return Instrument(kind=kind, title="行政处罚决定更正决定书", first_page=1, last_page=1, text=text)


def test_a_correction_imposes_nothing_of_its_own() -> None:
    facts = read_facts(_correction("某市监更〔2025〕4号"))
    assert facts.penalty is None and facts.citations is None
    assert facts.decision is not None and facts.decision.payment is None
    assert facts.alone is not None and facts.parties and facts.parties[0].name == "某县城关镇小李水果店"
    # must not match: the same text read as a penalty decision keeps its penalty, citations and payment read
    ruling = read_facts(_correction("某市监更〔2025〕4号", kind="penalty_decision"))
    assert ruling.penalty is not None and ruling.citations is not None
    assert ruling.decision is not None and ruling.decision.payment is not None


def test_a_correction_never_takes_the_number_of_the_decision_it_corrects() -> None:
    assert read_facts(_correction("某市监更〔2025〕4号")).doc_number == "某市监更〔2025〕4号"
    assert read_facts(_correction("")).doc_number is None
    # must not match: a penalty decision whose heading has no number alone still takes the first one cited there
    assert read_facts(_correction("", kind="penalty_decision")).doc_number == "某市监处罚〔2025〕31号"
