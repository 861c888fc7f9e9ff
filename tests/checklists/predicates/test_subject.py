"""party.correct_subject: the decision's party against the licence copy in the file (samples and built cases)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView, run_checks
from checklists.standards import load_standard
from reviewer.core.facts import LicenceFacts, PartyFacts
from reviewer.core.model import CaseFile, Finding, Instrument, ReviewDraft
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
COMPANY = "嵩川市鑫禾商贸有限公司"


@cache
def _reviewed(case: str) -> tuple[CaseFile, ReviewDraft]:
    return review([SAMPLES / case], Settings())


def _finding(
    case: str, party: str | None = None, licence: LicenceFacts | None = None, code: str | None = None
) -> Finding:
    """The check on a sample, with the decision's party and the licence copy replaced where given."""
    file, draft = _reviewed(case)
    instruments: list[Instrument] = []
    for instrument in file.instruments:
        facts = instrument.facts
        if party is not None and instrument.kind == "penalty_decision":
            block = PartyFacts(name=party, clean_name=party, code=code, line=f"当事人：{party}")
            facts = facts.model_copy(update={"parties": [block]})
        if licence is not None and facts.licence is not None:
            facts = facts.model_copy(update={"licence": licence})
        instruments.append(instrument.model_copy(update={"facts": facts}))
    view = CaseView(instruments, draft.facts, load_standard("henan-2022"), file.pages)
    return next(f for f in run_checks(view) if f.check_id == "party.correct_subject")


@pytest.mark.parametrize("case", ["case-01-market.pdf", "case-01-market.docx", "case-18-market-statement.pdf"])
def test_the_licensed_company_punished_passes(case: str) -> None:
    finding = _finding(case)
    assert finding.status == "pass"
    assert [e.page for e in finding.evidence][1] == 9  # the licence copy


def test_an_individual_business_punished_under_its_operators_name_fails() -> None:
    shop = LicenceFacts(name="嵩北区老李面馆", entity_type="个体工商户", person="李大成", person_label="经营者")
    finding = _finding("case-01-market.pdf", party="李大成", licence=shop)
    assert finding.status == "fail" and finding.deducted == 100
    assert "李大成" in finding.message and "字号为“嵩北区老李面馆”" in finding.message
    assert _finding("case-01-market.pdf", party="嵩北区老李面馆", licence=shop).status == "pass"


def test_the_company_punished_for_its_branch_fails() -> None:
    branch = LicenceFacts(name=f"{COMPANY}嵩北分公司", person="董英", person_label="负责人")
    finding = _finding("case-01-market.pdf", party=COMPANY, licence=branch)
    assert finding.status == "fail" and "分公司" in finding.message


def test_other_differences_stay_unknown() -> None:
    finding = _finding("case-01-market.pdf", party="嵩川市另一家商贸有限公司")
    assert finding.status == "unknown" and "不一致" in finding.message
    finding = _finding("case-01-market.pdf", party=COMPANY, code="91419901MA0000000X")
    assert finding.status == "unknown" and "代码" in finding.message


def test_without_a_licence_copy_the_file_cannot_tell() -> None:
    finding = _finding("case-02-environment.pdf")
    assert finding.status == "unknown" and "未见可读的营业执照复印件" in finding.message
    assert _finding("case-20-market-undecided.pdf").status == "not_applicable"
