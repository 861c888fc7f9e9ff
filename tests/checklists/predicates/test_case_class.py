"""Without a decision, the proposed penalty says whether the case is major or hearing-eligible."""

from __future__ import annotations

from decimal import Decimal

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView
from checklists.predicates.case_class import hearing_eligible, is_major, proposed_class
from checklists.registry import PREDICATES
from checklists.standards import load_standard
from reviewer.core.model import CaseFacts, Instrument

STANDARD = load_standard("henan-2022")
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
本局决定对你单位作出如下行政处罚：罚款人民币150000元。
嵩川市生态环境局
（印章）
2023年7月31日"""


def view(fine: int, *, decision: bool = False, **facts: object) -> CaseView:
    items = [
        Instrument(
            kind="prior_notice", title="行政处罚听证告知书", first_page=1, last_page=1, text=NOTICE.format(fine=fine)
        )
    ]
    if decision:
        items.append(
            Instrument(kind="penalty_decision", title="行政处罚决定书", first_page=2, last_page=2, text=DECISION)
        )
    values: dict[str, object] = {
        "procedure": "general",
        "party_type": "organisation",
        "is_major": False,
        "hearing_eligible": False,
    }
    values.update(facts)
    return CaseView(items, CaseFacts(**values), STANDARD)


def test_no_decision_classifies_by_the_proposal() -> None:
    assert proposed_class(view(150000)) == (True, True)
    assert (is_major(view(150000)), hearing_eligible(view(150000))) == (True, True)
    assert (is_major(view(60000)), hearing_eligible(view(60000))) == (False, True)
    assert (is_major(view(30000)), hearing_eligible(view(30000))) == (False, False)
    assert is_major(view(150000, party_type=None)) is None  # the threshold depends on who the party is


def test_a_decision_keeps_the_pipeline_facts() -> None:
    decided = view(150000, decision=True, is_major=True, hearing_eligible=True, fine_yuan=Decimal(150000))
    assert proposed_class(decided) is None and is_major(decided) is True
    # the pipeline's facts win even where the notice proposed more
    assert is_major(view(150000, decision=True)) is False


def test_major_only_checks_follow_the_proposal_without_a_decision() -> None:
    for check_id in ("docs.legal_review", "docs.collective_discussion", "docs.major_filing"):
        assert PREDICATES[check_id](view(150000), STANDARD.check(check_id)).status == "fail", check_id
        assert PREDICATES[check_id](view(30000), STANDARD.check(check_id)).status == "not_applicable", check_id
