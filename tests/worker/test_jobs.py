"""The review_case job in-process: drafts, bad input failing for good, idempotent re-runs, limits."""

from __future__ import annotations

import pytest

from extractors.readers.pdf import read_pdf
from reviewer.store import (
    Case,
    correct_finding,
    current_layout_sha,
    current_run,
    findings_of,
    load_layout,
    open_blobs,
    open_database,
    sign_off,
)
from worker.jobs import review_case

from .conftest import SAMPLES, case_state, upload

LATE = "case-05-market-late.pdf"  # fails deadline.payment_15d, deadline.service_7d, timeline.dates_filled


def test_review_case_drafts_a_stored_case(service_settings, job_settings) -> None:
    settings = job_settings(service_settings)
    case_id = upload(settings, LATE)
    assert review_case(case_id) == "drafted"
    case = case_state(settings, case_id)
    assert (case.status, case.progress, case.attempts, case.pages) == ("drafted", 1.0, 1, 22)
    with open_database(settings).session() as session:
        failing = {f.check_id for f in findings_of(session, current_run(session, case_id).id) if f.status == "fail"}
    assert {"deadline.payment_15d", "deadline.service_7d", "timeline.dates_filled"} <= failing


def test_the_pages_read_are_kept_with_the_run(sqlite_service_settings, job_settings) -> None:
    """The viewer draws evidence from this layout instead of reading (for scans: OCRing) the case again."""
    settings = job_settings(sqlite_service_settings)
    case_id = upload(settings, LATE)
    review_case(case_id)
    with open_database(settings).session() as session:
        sha = current_layout_sha(session, case_id)
        assert sha is not None and current_run(session, case_id).layout_sha256 == sha
    stored = load_layout(open_blobs(settings), sha)
    read = list(read_pdf(SAMPLES / LATE, LATE))
    assert stored is not None and [p.index for p in stored] == list(range(1, 23))
    assert {(p.source, p.origin) for p in stored} == {(LATE, "text")}
    assert [p.source_page for p in stored] == [p.source_page for p in read]
    assert [(p.width, p.height) for p in stored] == [(p.width, p.height) for p in read]
    assert [[(line.text, line.box) for line in p.lines] for p in stored] == [
        [(line.text, line.box) for line in p.lines] for p in read
    ]
    review_case(case_id)  # the same files read again: the same blob, still named by the run
    with open_database(settings).session() as session:
        assert current_layout_sha(session, case_id) == sha


def test_a_bad_file_fails_the_case_with_the_reason_and_no_retry(sqlite_service_settings, job_settings) -> None:
    settings = job_settings(sqlite_service_settings)
    case_id = upload(settings, "卷宗.pdf", content={"卷宗.pdf": b"%PDF-1.7\nthis is not a pdf"})
    assert review_case(case_id) == "failed"  # returned, not raised: rq will not retry it
    case = case_state(settings, case_id)
    assert case.status == "failed" and case.error_code == "NoPages"
    assert "卷宗.pdf" in case.error_message and "损坏" in case.error_message


def test_rerun_keeps_corrections(sqlite_service_settings, job_settings) -> None:
    settings = job_settings(sqlite_service_settings)
    case_id = upload(settings, LATE)
    review_case(case_id)
    db = open_database(settings)
    with db.session() as session:
        run = current_run(session, case_id)
        finding = next(f for f in findings_of(session, run.id) if f.check_id == "deadline.service_7d")
        correct_finding(session, finding.id, expected_version=finding.version, status="pass", actor="审核员")
    corrected_score = case_state(settings, case_id).score
    assert review_case(case_id) == "drafted"
    with db.session() as session:
        run_again = current_run(session, case_id)
        again = next(f for f in findings_of(session, run_again.id) if f.check_id == "deadline.service_7d")
        assert run_again.id == run.id and (again.id, again.status, again.pre_status) == (finding.id, "pass", "fail")
    assert case_state(settings, case_id).score == corrected_score and case_state(settings, case_id).attempts == 2


def test_signed_and_missing_cases_are_left_alone(sqlite_service_settings, job_settings) -> None:
    settings = job_settings(sqlite_service_settings)
    case_id = upload(settings, LATE)
    review_case(case_id)
    with open_database(settings).session() as session:
        sign_off(session, case_id, "科长")
    assert review_case(case_id) == "signed"
    assert case_state(settings, case_id).status == "signed"
    assert review_case("00000000-0000-0000-0000-000000000000") == "missing"


def test_a_case_that_keeps_dying_is_failed_after_the_attempt_limit(
    sqlite_service_settings, job_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEWER_WORKER_MAX_ATTEMPTS", "2")
    settings = job_settings(sqlite_service_settings)
    case_id = upload(settings, LATE)
    with open_database(settings).session() as session:
        session.get(Case, case_id).attempts = 2  # two workers died on it already
    assert review_case(case_id) == "failed"
    case = case_state(settings, case_id)
    assert case.error_code == "TooManyAttempts" and "多次中断" in case.error_message
