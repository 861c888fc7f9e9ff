"""A party name masked whole for publication (***, ×××, 某某): read as no name, and no check turns the platform's
masking into a defect of the decision (ruling 5 labels such a name null; masking counts as given, as for codes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.settings import Settings
from reviewer.pipeline.run import review


def _decision(name_line: str) -> list[str]:
    return [
        "# 行政处罚决定书",
        "青禾市监处罚〔2025〕31号",
        name_line,
        "统一社会信用代码：9241****7K",
        "住所：青禾县****路**号",
        "2025年4月1日，我局执法人员向当事人送达了《行政处罚告知书》，当事人未提出陈述、申辩。",
        "经查，当事人在门店销售的商品未按规定明码标价。以上事实有现场笔录、询问笔录等证据证实。",
        "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。",
        "依据《价格违法行为行政处罚规定》第十三条第一款第一项，决定处罚如下：罚款1600元。",
        "当事人应自收到本决定书之日起十五日内到指定银行缴纳罚款。",
        "如不服本决定，可在六十日内向青禾县人民政府申请行政复议，或者在六个月内向青禾县人民法院提起行政诉讼。",
        "青禾县市场监督管理局",
        "2025年4月10日",
    ]


@pytest.mark.parametrize("name_line", ["当事人：***", "当事人：×××（个体工商户）", "当事人：某某"])
def test_a_wholly_masked_name_is_no_name_and_no_defect(make_pdf: Callable[..., Path], name_line: str) -> None:
    pdf = make_pdf("decision.pdf", [_decision(name_line)])
    case, draft = review([pdf], Settings(), scope="decision")
    decision = next(i for i in case.instruments if i.kind == "penalty_decision")
    assert decision.facts.party is not None and decision.facts.party.name is None
    assert draft.facts.party is None
    status = {f.check_id: f for f in draft.findings}
    # the code and address are given (masked), the name masked by the platform: identified, contents complete
    assert status["party.identified"].status == "pass"
    assert status["decision.contents"].status == "pass"


def test_a_partly_masked_name_stays_as_printed(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("decision.pdf", [_decision("当事人：青禾县**便利店")])
    _, draft = review([pdf], Settings(), scope="decision")
    assert draft.facts.party == "青禾县**便利店"


def test_a_masked_name_is_not_compared_with_the_named_one_of_the_case_file(make_pdf: Callable[..., Path]) -> None:
    notice = [
        "# 行政处罚告知书",
        "青禾市监罚告〔2025〕30号",
        "当事人：青禾县星河便利店",
        "统一社会信用代码：9241****7K",
        "本局拟对你作出罚款1600元的行政处罚。你有权在收到本告知书之日起五个工作日内提出陈述、申辩。",
        "青禾县市场监督管理局",
        "2025年4月1日",
    ]
    pdf = make_pdf("case.pdf", [notice, _decision("当事人：***")])
    _, draft = review([pdf], Settings())
    status = {f.check_id: f for f in draft.findings}
    assert status["party.consistent"].status != "fail"
    assert draft.facts.party == "青禾县星河便利店"


def test_a_name_that_cannot_be_read_is_unknown_not_a_pass(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("decision.pdf", [_decision("当事人：")])
    case, draft = review([pdf], Settings(), scope="decision")
    decision = next(i for i in case.instruments if i.kind == "penalty_decision")
    assert decision.facts.party is None  # the label alone is no name (nor a citizen called 当事人)
    status = {f.check_id: f for f in draft.findings}
    assert status["party.identified"].status == "unknown"
    assert status["decision.contents"].status == "unknown"
    assert "当事人的名称" in status["decision.contents"].message
