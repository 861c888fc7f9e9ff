"""Drafts, corrections and sign-off: re-runs keep people's work, concurrent edits are refused, scores follow."""

from __future__ import annotations

import pytest

from reviewer.store import (
    BadCorrection,
    CaseLocked,
    NotReviewed,
    StaleVersion,
    accept_upload,
    agreement,
    correct_finding,
    corrections_of,
    current_run,
    draft_with_corrections,
    findings_of,
    get_case,
    open_blobs,
    open_database,
    save_draft,
    sign_off,
)

#: case-04 misses the filing approval, investigation report and closing report (samples/*.truth.json).
MISSING_DOCS = "case-04-market-missing-docs.pdf"


def _drafted_case(settings, draft):
    db = open_database(settings)
    with db.session() as session:
        case = accept_upload(session, open_blobs(settings), [(MISSING_DOCS, b"%PDF")], agency_code="A", uploaded_by="u")
        save_draft(session, case.id, draft)
        return db, case.id


def _finding(session, case_id, check_id):
    run = current_run(session, case_id)
    return next(f for f in findings_of(session, run.id) if f.check_id == check_id)


def test_save_draft_stores_the_machine_findings_and_describes_the_case(service_settings, sample_draft) -> None:
    draft = sample_draft(MISSING_DOCS)
    db, case_id = _drafted_case(service_settings, draft)
    with db.session() as session:
        case = get_case(session, case_id)
        assert case.status == "drafted" and case.progress == 1.0 and case.score == draft.score
        assert case.pages == draft.pages and case.procedure == draft.procedure
        assert case.closing_date == draft.timeline["closed"] and case.party == draft.facts.party
        failing = {f.check_id for f in findings_of(session, current_run(session, case_id).id) if f.status == "fail"}
        assert {"docs.closing_report", "docs.filing_approval", "docs.investigation_report"} <= failing
        contract = draft_with_corrections(session, case_id)
        assert contract["case_id"] == case_id and contract["score"] == draft.score
        assert contract["corrections"] == [] and contract["signoff"] is None
        assert len(contract["findings"]) == len(draft.findings)


def test_correction_rescores_and_survives_a_rerun(service_settings, sample_draft) -> None:
    draft = sample_draft(MISSING_DOCS)
    db, case_id = _drafted_case(service_settings, draft)
    with db.session() as session:
        finding = _finding(session, case_id, "docs.filing_approval")
        assert finding.status == "fail" and finding.deducted > 0
        lost = finding.deducted
        correct_finding(
            session,
            finding.id,
            expected_version=finding.version,
            status="pass",
            actor="王审核",
            comment="立案审批表在第5页，机器漏识",
        )
    with db.session() as session:
        assert get_case(session, case_id).score == draft.score + lost
        save_draft(session, case_id, draft)  # the worker ran again: same standard, same engine
    with db.session() as session:
        again = _finding(session, case_id, "docs.filing_approval")
        assert again.id == finding.id and (again.status, again.deducted) == ("pass", 0.0)
        assert (again.pre_status, again.pre_deducted) == ("fail", lost)
        contract = draft_with_corrections(session, case_id)
        assert contract["score"] == draft.score + lost
        trail = contract["corrections"]
        assert [(c["actor"], c["old_status"], c["new_status"]) for c in trail] == [("王审核", "fail", "pass")]
        assert next(f for f in contract["findings"] if f["check_id"] == "docs.filing_approval")["corrected"] is True


def test_blank_pages_stay_in_needs_review_after_a_correction(service_settings, sample_draft) -> None:
    """`needs_review` is rebuilt from the findings on every read; the scanned pages found blank stay listed."""
    machine = sample_draft(MISSING_DOCS)
    draft = machine.model_copy(update={"blank_pages": [7], "needs_review": [*machine.needs_review, "page:7"]})
    db, case_id = _drafted_case(service_settings, draft)
    with db.session() as session:
        assert draft_with_corrections(session, case_id)["needs_review"] == draft.needs_review
        finding = _finding(session, case_id, "docs.filing_approval")
        correct_finding(session, finding.id, expected_version=finding.version, status="pass", actor="王审核")
    with db.session() as session:
        contract = draft_with_corrections(session, case_id)
        assert contract["blank_pages"] == [7] and contract["needs_review"][-1] == "page:7"
        assert "docs.filing_approval" not in contract["needs_review"]


def test_a_new_engine_version_gets_a_new_run_with_the_corrections(service_settings, sample_draft) -> None:
    draft = sample_draft(MISSING_DOCS)
    db, case_id = _drafted_case(service_settings, draft)
    with db.session() as session:
        finding = _finding(session, case_id, "docs.closing_report")
        correct_finding(session, finding.id, expected_version=finding.version, status="not_applicable", actor="r")
        old_run = current_run(session, case_id).id
        save_draft(session, case_id, draft.model_copy(update={"engine_version": "casefile-reviewer 9.9"}))
    with db.session() as session:
        run = current_run(session, case_id)
        assert run.id != old_run and run.engine_version == "casefile-reviewer 9.9"
        assert _finding(session, case_id, "docs.closing_report").status == "not_applicable"
        assert len(corrections_of(session, case_id)) == 1


def test_concurrent_corrections_on_one_version_refuse_the_second(service_settings, sample_draft) -> None:
    db, case_id = _drafted_case(service_settings, sample_draft(MISSING_DOCS))
    with db.session() as session:
        finding = _finding(session, case_id, "docs.investigation_report")
        finding_id, version = finding.id, finding.version
    with db.session() as first, db.session() as second:
        assert _finding(second, case_id, "docs.investigation_report").version == version  # 乙 has the page open
        correct_finding(first, finding_id, expected_version=version, status="pass", actor="甲")
        first.commit()
        with pytest.raises(StaleVersion) as stale:
            correct_finding(second, finding_id, expected_version=version, deducted=1, actor="乙")
        assert stale.value.current_version == version + 1 and "他人修改" in stale.value.user_message
    with db.session() as session:
        assert [c.actor for c in corrections_of(session, case_id)] == ["甲"]


def test_bad_corrections_are_typed_errors(service_settings, sample_draft) -> None:
    db, case_id = _drafted_case(service_settings, sample_draft(MISSING_DOCS))
    with db.session() as session:
        finding = _finding(session, case_id, "docs.filing_approval")
        for change in (
            {"status": "maybe"},
            {"status": "pass", "deducted": 1.0},
            {"deducted": finding.points + 1},
            {"deducted": -1.0},
        ):
            with pytest.raises(BadCorrection):
                correct_finding(session, finding.id, expected_version=finding.version, actor="r", **change)
        partly = correct_finding(session, finding.id, expected_version=finding.version, deducted=1.0, actor="r")
        assert (partly.status, partly.deducted, partly.version) == ("fail", 1.0, 2)


def test_sign_off_locks_the_case(service_settings, sample_draft) -> None:
    draft = sample_draft(MISSING_DOCS)
    db, case_id = _drafted_case(service_settings, draft)
    with db.session() as session:
        signed = sign_off(session, case_id, "科长")
        assert signed.score == draft.score
    with db.session() as session:
        finding = _finding(session, case_id, "docs.filing_approval")
        assert get_case(session, case_id).status == "signed"
        with pytest.raises(CaseLocked):
            correct_finding(session, finding.id, expected_version=finding.version, status="pass", actor="r")
        with pytest.raises(CaseLocked):
            save_draft(session, case_id, draft)
        with pytest.raises(CaseLocked):
            sign_off(session, case_id, "again")
        assert draft_with_corrections(session, case_id)["signoff"]["actor"] == "科长"


def test_sign_off_needs_a_draft_and_agreement_counts_overrides(service_settings, sample_draft) -> None:
    db, case_id = _drafted_case(service_settings, sample_draft(MISSING_DOCS))
    with db.session() as session:
        bare = accept_upload(session, open_blobs(service_settings), [("x.pdf", b"x")], agency_code="A", uploaded_by="u")
        with pytest.raises(NotReviewed):
            sign_off(session, bare.id, "r")
        finding = _finding(session, case_id, "docs.filing_approval")
        correct_finding(session, finding.id, expected_version=finding.version, status="pass", actor="r")
        rows = {row["check_id"]: row for row in agreement(session, [case_id])}
        assert rows["docs.filing_approval"] == {
            "check_id": "docs.filing_approval",
            "check_name": "立案审批表",
            "findings": 1,
            "overridden": 1,
        }
        assert rows["docs.closing_report"]["overridden"] == 0


def test_the_store_keeps_the_drafts_ocr_bar_and_says_which_findings_rest_on_shaky_lines(
    service_settings, sample_draft
) -> None:
    """A draft made under REVIEWER_OCR_LOW_CONFIDENCE=0.9 is rescored under 0.9 after a correction, and a
    finding whose evidence OCR read below it carries the Chinese note out of the store."""
    machine = sample_draft(MISSING_DOCS)
    passing = next(f for f in machine.findings if f.status == "pass" and f.evidence)
    shaky = passing.model_copy(
        update={
            "confidence": 0.85,
            "evidence": [passing.evidence[0].model_copy(update={"ocr_confidence": 0.85})],
        }
    )
    findings = [shaky if f.check_id == passing.check_id else f for f in machine.findings]
    draft = machine.model_copy(update={"findings": findings, "ocr_low_confidence": 0.9})
    db, case_id = _drafted_case(service_settings, draft)
    with db.session() as session:
        contract = draft_with_corrections(session, case_id)
        assert contract["ocr_low_confidence"] == 0.9 and passing.check_id in contract["needs_review"]
        stored = next(f for f in contract["findings"] if f["check_id"] == passing.check_id)
        assert stored["evidence"][0]["ocr_confidence"] == 0.85 and "85%" in stored["ocr_note"]
        assert all(f["ocr_note"] is None for f in contract["findings"] if f["check_id"] != passing.check_id)
        other = _finding(session, case_id, "docs.filing_approval")
        correct_finding(session, other.id, expected_version=other.version, status="pass", actor="王审核")
    with db.session() as session:
        assert passing.check_id in draft_with_corrections(session, case_id)["needs_review"]
    lenient = draft.model_copy(update={"ocr_low_confidence": 0.8})
    db, case_id = _drafted_case(service_settings, lenient)
    with db.session() as session:
        contract = draft_with_corrections(session, case_id)
        assert passing.check_id not in contract["needs_review"]
        assert next(f for f in contract["findings"] if f["check_id"] == passing.check_id)["ocr_note"] is None
