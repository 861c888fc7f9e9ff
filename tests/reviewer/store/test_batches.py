"""Batch summaries: rows per case, main defects, and the agency ranking with the unqualified rate."""

from __future__ import annotations

import datetime as dt

from reviewer.store import (
    accept_upload,
    batch_cases,
    batch_summary,
    correct_finding,
    create_batch,
    current_run,
    findings_of,
    open_blobs,
    open_database,
    save_draft,
)

MISSING, LATE, ENV = "case-04-market-missing-docs.pdf", "case-05-market-late.pdf", "case-02-environment.pdf"


def test_summary_rows_and_ranking(service_settings, sample_draft) -> None:
    db, blobs = open_database(service_settings), open_blobs(service_settings)
    with db.session() as session:
        batch = create_batch(session, name="2023年第一批", created_by="科长")
        ids = {}
        for name, agency in ((MISSING, "市场局"), (LATE, "市场局"), (ENV, "环境局"), ("waiting.pdf", "环境局")):
            case = accept_upload(
                session, blobs, [(name, name.encode())], agency_code=agency, uploaded_by="u", batch_id=batch.id
            )
            if name != "waiting.pdf":
                save_draft(session, case.id, sample_draft(name))
            ids[name] = case.id
        # A reviewer finds the environment case far worse than the machine did: it becomes 不合格 (under 70).
        run = current_run(session, ids[ENV])
        for finding in [f for f in findings_of(session, run.id) if f.points >= 5][:8]:
            correct_finding(
                session, finding.id, expected_version=finding.version, status="fail", deducted=finding.points, actor="r"
            )
        batch_id = batch.id
    with db.session() as session:
        summary = batch_summary(session, batch_id)
        env_score = next(r.score for r in summary.rows if r.case_id == ids[ENV])
    assert env_score < 70 and summary.counts == {"drafted": 3, "queued": 1} and not summary.done
    rows = {row.case_id: row for row in summary.rows}
    assert rows[ids["waiting.pdf"]].score is None and rows[ids["waiting.pdf"]].status == "queued"
    assert rows[ids[ENV]].grade == "不合格" and rows[ids[ENV]].unqualified is True
    missing = rows[ids[MISSING]]
    assert len(missing.main_defects) == 3 and any("立案" in defect for defect in missing.main_defects)
    market, environment = summary.ranking
    assert (market.agency, market.cases, market.reviewed, market.unqualified, market.unqualified_rate) == (
        "市场局",
        2,
        2,
        0,
        0.0,
    )
    assert market.mean_score == round((rows[ids[MISSING]].score + rows[ids[LATE]].score) / 2, 2)
    assert (environment.rank, environment.cases, environment.reviewed, environment.unqualified_rate) == (2, 2, 1, 1.0)


def test_period_batch_selects_by_agency_and_closing_date(service_settings) -> None:
    db, blobs = open_database(service_settings), open_blobs(service_settings)
    with db.session() as session:
        made = {}
        for key, agency, closed in (
            ("in", "A", "2023-06-30"),
            ("late", "A", "2024-01-01"),
            ("other", "B", "2023-06-01"),
            ("open", "A", None),
        ):
            made[key] = accept_upload(
                session,
                blobs,
                [(key, key.encode())],
                agency_code=agency,
                uploaded_by="u",
                closing_date=dt.date.fromisoformat(closed) if closed else None,
            ).id
        period = create_batch(
            session,
            name="A 上半年",
            created_by="u",
            agency_code="A",
            period_from=dt.date(2023, 1, 1),
            period_to=dt.date(2023, 12, 31),
        )
        assert [case.id for case in batch_cases(session, period)] == [made["in"]]
        assert batch_summary(session, "no-such-batch") is None
