"""A correction decision (行政处罚决定更正决定书) reviewed alone: read as a decision of its own kind, its own 文号 and
remedies judged, the checks about a penalty's own content not applicable; a penalty decision that merely mentions
更正 stays a penalty decision."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checklists.engine import CaseView
from checklists.scopes import get_scope
from checklists.standards import load_standard
from reviewer.core.model import CaseFacts, Instrument
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.reviewer.pipeline.test_scope import DECISION

CORRECTION = [
    "# 行政处罚决定更正决定书",
    "嵩川市监更〔2024〕3号",
    "当事人：嵩川市好运来超市有限公司",
    "统一社会信用代码：91410100MA44XXXX1K",
    "住所：嵩川市中原路12号",
    "本局于2024年3月4日对当事人作出《行政处罚决定书》（嵩川市监处罚〔2024〕17号）。经复查，原决定书存在文字错误，现予更正：",
    "原决定书处罚依据“《价格违法行为行政处罚规定》第十三条第一款”，更正为“《价格违法行为行政处罚规定》第十三条第（二）项”。",
    "原决定书其他内容不变，当事人仍应自收到原决定书之日起十五日内到指定银行缴纳罚款。",
    "如不服本更正决定，可在六十日内向嵩川市人民政府申请行政复议，或者在六个月内向嵩川区人民法院提起行政诉讼。",
    "嵩川市市场监督管理局",
    "2024年3月20日",
]
#: The checks about what a penalty decision itself imposes and how it came to it.
PENALTY_CONTENT = (
    "decision.contents",
    "decision.basis_precise",
    "rights.payment_terms_in_decision",
    "deadline.statement_period",
)


def _review(make_pdf: Callable[..., Path], *pages: list[str]) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The instruments' kinds and each decision-scope check's (status, message)."""
    _, draft = review([make_pdf("d.pdf", list(pages))], Settings(), scope="decision")
    return [i.kind for i in draft.instruments], {f.check_id: (f.status, f.message) for f in draft.findings}


def test_a_correction_is_read_as_a_decision_of_its_own_kind(make_pdf: Callable[..., Path]) -> None:
    kinds, found = _review(make_pdf, CORRECTION)
    assert kinds == ["correction_decision"]
    for check in PENALTY_CONTENT:
        status, message = found[check]
        assert status == "not_applicable" and "更正决定" in message, (check, message)
    for check in ("decision.doc_number", "rights.remedies_in_decision", "party.identified", "timeline.dates_filled"):
        assert found[check][0] == "pass", (check, found[check])


def test_a_correction_without_its_own_number_is_not_given_the_corrected_decisions(
    make_pdf: Callable[..., Path],
) -> None:
    lines = [line for line in CORRECTION if line != "嵩川市监更〔2024〕3号"]
    status, message = _review(make_pdf, lines)[1]["decision.doc_number"]
    assert status == "fail" and "未载明文号" in message, message


def test_a_penalty_decision_mentioning_a_correction_stays_a_penalty_decision(make_pdf: Callable[..., Path]) -> None:
    at = DECISION.index("当事人应自收到本决定书之日起十五日内到指定银行缴纳罚款。")
    lines = [
        *DECISION[:5],
        "检查时当事人当场更正了标价。",
        *DECISION[5:at],
        "责令当事人立即更正违法行为。",
        *DECISION[at:],
    ]
    kinds, found = _review(make_pdf, lines)
    assert kinds == ["penalty_decision"]
    assert found["rights.payment_terms_in_decision"][0] == "pass"
    assert found["deadline.statement_period"][0] == "fail"  # the sample decides before the period ran out
    assert all(found[check][0] != "not_applicable" for check in ("decision.contents", "decision.basis_precise"))


def test_a_decision_issued_again_corrected_is_still_a_penalty_decision(make_pdf: Callable[..., Path]) -> None:
    lines = [DECISION[0], "（更正）", *DECISION[1:]]
    kinds, found = _review(make_pdf, lines)
    assert kinds == ["penalty_decision"]
    assert found["rights.payment_terms_in_decision"][0] == "pass"


def test_beside_the_decision_it_corrects_the_decision_is_reviewed(make_pdf: Callable[..., Path]) -> None:
    kinds, found = _review(make_pdf, CORRECTION, DECISION)
    assert kinds == ["correction_decision", "penalty_decision"]
    assert found["rights.payment_terms_in_decision"][0] == "pass"
    assert found["deadline.statement_period"][0] == "fail"


def _instrument(kind: str) -> Instrument:
    return Instrument(kind=kind, title="", first_page=1, last_page=1, text="")


def test_a_case_file_never_takes_a_correction_for_its_decision() -> None:
    standard = load_standard("decision-2021")
    correction, ruling = _instrument("correction_decision"), _instrument("penalty_decision")
    case = CaseView(instruments=[correction], facts=CaseFacts(), standard=standard)
    assert case.decision is None
    scoped = CaseView(instruments=[correction], facts=CaseFacts(), standard=standard, scope=get_scope("decision"))
    assert scoped.decision is correction
    both = CaseView([correction, ruling], CaseFacts(), standard, scope=get_scope("decision"))
    assert both.decision is ruling
