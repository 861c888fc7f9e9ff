"""The penalty class (major? hearing-eligible?) is decided once, in the extract stage: by the decision, and
without one by the proposed penalty; the checks that depend on it follow."""

from __future__ import annotations

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView
from checklists.registry import PREDICATES
from checklists.standards import load_standard
from extractors.extract import extract, read_instruments
from extractors.facts.penalty import penalty_class
from reviewer.core.model import Instrument

STANDARD = load_standard("henan-2022")
THRESHOLDS = STANDARD.penalty_thresholds()
NOTICE = """嵩川市生态环境局
行政处罚听证告知书
嵩川市恒远精细化工有限公司：
你单位的上述行为违反了《中华人民共和国水污染防治法》第十条的规定。依据该法第八十三条第（二）项的规定，本局拟对你单位作出如下行政处罚：责令改正违法行为，罚款人民币{fine}元。
你单位享有陈述、申辩和要求听证的权利。你单位如要求听证，应当在收到本告知书之日起五个工作日内向本局提出。
嵩川市生态环境局
（印章）
2023年7月5日"""
DECISION = """嵩川市生态环境局
行政处罚决定书
当事人：嵩川市恒远精细化工有限公司
本局决定对你单位作出如下行政处罚：罚款人民币{fine}元。
嵩川市生态环境局
（印章）
2023年7月31日"""


def instruments(fine: int, *, decided: int | None = None) -> list[Instrument]:
    items = [
        Instrument(
            kind="prior_notice", title="行政处罚听证告知书", first_page=1, last_page=1, text=NOTICE.format(fine=fine)
        )
    ]
    if decided is not None:
        items.append(
            Instrument(
                kind="penalty_decision",
                title="行政处罚决定书",
                first_page=2,
                last_page=2,
                text=DECISION.format(fine=decided),
            )
        )
    read_instruments(items)
    return items


def classified(fine: int, party_type: str | None = "organisation", decided: int | None = None):
    items = instruments(fine, decided=decided)
    decision = next((i for i in items if i.kind == "penalty_decision"), None)
    return penalty_class(items, decision, party_type, THRESHOLDS)


def test_no_decision_classifies_by_the_proposal() -> None:
    assert classified(150000) == (True, True)
    assert classified(60000) == (False, True)
    assert classified(30000) == (False, False)
    assert classified(150000, party_type=None)[0] is None  # the threshold depends on who the party is


def test_a_decision_classifies_by_what_it_imposes() -> None:
    assert classified(30000, decided=150000) == (True, True)
    # the decision wins even where the notice proposed more
    assert classified(150000, decided=30000) == (False, False)


def test_the_case_facts_carry_the_class() -> None:
    items = instruments(150000)
    facts = extract(items, (), THRESHOLDS)
    assert facts.party_type == "organisation" and (facts.is_major, facts.hearing_eligible) == (True, True)


def test_major_only_checks_follow_the_proposal_without_a_decision() -> None:
    for check_id in ("docs.legal_review", "docs.collective_discussion", "docs.major_filing"):
        for fine, status in ((150000, "fail"), (30000, "not_applicable")):
            items = instruments(fine)
            view = CaseView(items, extract(items, (), THRESHOLDS), STANDARD)
            assert PREDICATES[check_id](view, STANDARD.check(check_id)).status == status, (check_id, fine)
