"""`review(..., scope="decision")`: a decision reviewed alone (文书评查) gets its own standard and only its own checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checklists.scopes import get_scope
from reviewer.core.errors import ExitCode, NoDecision, UnknownScope
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review

SAMPLES = Path(__file__).resolve().parents[3] / "samples"

DECISION = [
    "# 行政处罚决定书",
    "嵩川市监处罚〔2024〕17号",
    "当事人：嵩川市好运来超市有限公司",
    "统一社会信用代码：91410100MA44XXXX1K",
    "住所：嵩川市中原路12号",
    "2024年3月1日，我局执法人员向当事人送达了《行政处罚告知书》，当事人未提出陈述、申辩。",
    "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。",
    "依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。",
    "当事人应自收到本决定书之日起十五日内到指定银行缴纳罚款。",
    "如不服本决定，可在六十日内向嵩川市人民政府申请行政复议，或者在六个月内向嵩川区人民法院提起行政诉讼。",
    "嵩川市市场监督管理局",
    "2024年3月4日",
]


def test_decision_scope_runs_only_decision_checks(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("decision.pdf", [DECISION])
    _, draft = review([pdf], Settings(), scope="decision")
    scope = get_scope("decision")
    assert scope is not None
    assert draft.scope == "decision" and draft.standard.id == "decision-2021"
    assert {f.check_id for f in draft.findings} == set(scope.checks)
    assert draft.score is not None and draft.to_contract()["scope"] == "decision"
    status = {f.check_id: f for f in draft.findings}
    # The notice was served on Friday 1 March; five working days run to Friday 8 March: 4 March is too early.
    assert status["deadline.statement_period"].status == "fail"
    assert "2024年3月8日" in status["deadline.statement_period"].message
    assert status["timeline.dates_filled"].status == "pass"
    assert status["decision.doc_number"].status == "pass"
    assert status["party.identified"].status == "pass"


def test_case_standard_in_decision_scope_marks_the_rest_not_applicable(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("decision.pdf", [DECISION])
    _, draft = review([pdf], Settings(), scope="decision", standard_id="henan-2022")
    outside = [f for f in draft.findings if f.check_id == "docs.prior_notice"]
    assert outside and outside[0].status == "not_applicable" and outside[0].message == "文书评查不适用"
    assert draft.veto == []  # a lone decision is not vetoed for want of the rest of the file


def test_same_file_without_scope_is_a_case_file_review(make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("decision.pdf", [DECISION])
    _, draft = review([pdf], Settings())
    assert draft.scope == "case" and draft.standard.id == Settings().default_standard
    assert "docs.prior_notice" in draft.veto


def test_file_without_a_decision_is_refused(make_pdf: Callable[..., Path]) -> None:
    notice = make_pdf("notice.pdf", [["# 行政处罚告知书", "当事人：某公司", "拟作出罚款2000元的行政处罚。"]])
    with pytest.raises(NoDecision) as raised:
        review([notice], Settings(), scope="decision")
    assert raised.value.exit_code == ExitCode.BAD_INPUT and "决定书" in raised.value.user_message


def test_unknown_scope_is_refused() -> None:
    with pytest.raises(UnknownScope) as raised:
        review([SAMPLES / "case-01-market.pdf"], Settings(), scope="letters")
    assert "decision" in raised.value.user_message


def test_untitled_decision_is_read_whole(make_pdf: Callable[..., Path]) -> None:
    """A published decision without its title is still a decision: read whole, its date and number found."""
    body = [line for line in DECISION if not line.startswith("# ")]
    pdf = make_pdf("untitled.pdf", [body[:6], body[6:]])
    _, draft = review([pdf], Settings(), scope="decision")
    assert [i.kind for i in draft.instruments] == ["penalty_decision"]
    assert draft.instruments[0].last_page == 2
    status = {f.check_id: f.status for f in draft.findings}
    assert status["timeline.dates_filled"] == "pass" and status["decision.doc_number"] == "pass"


def test_flawed_decision_fails_with_evidence(make_pdf: Callable[..., Path]) -> None:
    flawed = [
        line.replace("嵩川市监处罚〔2024〕17号", "嵩川市监处罚〔2023〕17号")
        .replace(
            "如不服本决定，可在六十日内向嵩川市人民政府申请行政复议，或者在六个月内向嵩川区人民法院提起行政诉讼。",
            "如不服本决定，可在六十日内向人民政府申请行政复议；对复议决定不服的，可在十五日内向人民法院提起行政诉讼。",
        )
        .replace("决定处罚如下", "建议处罚如下")
        for line in DECISION
    ]
    _, draft = review([make_pdf("flawed.pdf", [[*flawed, "本文书一式 份， 份送达。"]])], Settings(), scope="decision")
    found = {f.check_id: f for f in draft.findings}
    for check_id in ("decision.doc_number", "rights.remedies_in_decision", "decision.drafting"):
        assert found[check_id].status == "fail", (check_id, found[check_id].message)
        assert found[check_id].evidence and "{" not in found[check_id].message
    assert "复议决定不服再起诉" in found["rights.remedies_in_decision"].message
    assert "未写明具体的复议机关" in found["rights.remedies_in_decision"].message
    assert "2023" in found["decision.doc_number"].message
    assert draft.score is not None and draft.score < 100
