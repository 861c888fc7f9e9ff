"""Batches: by upload (each file one case) and by agency + closing-date period over stored cases."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from openpyxl import load_workbook

from tests.api.conftest import (
    AGENCY_A,
    AGENCY_B,
    DEFECT_SAMPLE,
    PERSONAL_PHONE,
    SAMPLES,
    World,
    add_drafted_case,
    plant_personal_data,
)


def test_upload_batch_makes_one_case_per_file(world: World) -> None:
    names = ["case-03-simple.pdf", "case-17-simple-over-limit.pdf", "case-03-simple.docx"]
    files = [("files", (name, (SAMPLES / name).read_bytes(), "application/octet-stream")) for name in names]
    response = world.client.post(
        "/api/v1/batches", files=files, data={"name": "三月抽查"}, headers=world.headers("evaluator_a")
    )
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["cases"] == 3 and body["queued"] == 3 and body["deferred"] == 0
    status = world.client.get(f"/api/v1/batches/{body['batch_id']}", headers=world.headers("evaluator_a")).json()
    assert status["name"] == "三月抽查" and status["agency"] == AGENCY_A
    assert status["progress"] == {"total": 3, "by_status": {"queued": 3}, "done": 0.0}
    assert len(status["summary"]["rows"]) == 3
    light = world.client.get(
        f"/api/v1/batches/{body['batch_id']}", params={"summary": "false"}, headers=world.headers("evaluator_a")
    ).json()
    assert light["progress"] == status["progress"] and light["summary"] == {}
    listed = world.client.get("/api/v1/cases", params={"q": "", "limit": 10}, headers=world.headers("evaluator_a"))
    assert {item["batch_id"] for item in listed.json()["items"]} == {body["batch_id"]}


def test_period_batch_summarises_and_exports(world: World, sample_draft: Callable[[str], Any]) -> None:
    draft = plant_personal_data(sample_draft(DEFECT_SAMPLE))
    in_period = add_drafted_case(world, draft, sample=DEFECT_SAMPLE)
    add_drafted_case(world, draft, agency=AGENCY_B, sample=DEFECT_SAMPLE)
    closed = world.client.get(f"/api/v1/cases/{in_period}", headers=world.headers("admin")).json()["closing_date"]
    year = closed[:4]
    response = world.client.post(
        "/api/v1/batches",
        json={"agency": AGENCY_A, "period_from": f"{year}-01-01", "period_to": f"{year}-12-31"},
        headers=world.headers("reviewer_a"),
    )
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["case_ids"] == [in_period] and body["queued"] == 0, "a drafted case is not re-enqueued"
    status = world.client.get(f"/api/v1/batches/{body['batch_id']}", headers=world.headers("reviewer_a")).json()
    assert status["progress"]["done"] == 1.0
    rows = status["summary"]["rows"]
    assert len(rows) == 1 and rows[0]["score"] == draft.score and rows[0]["main_defects"]
    assert status["summary"]["ranking"][0]["cases"] == 1
    for who, personal in (("reviewer_a", True), ("evaluator_a", False)):
        xlsx = world.client.get(f"/api/v1/batches/{body['batch_id']}/export.xlsx", headers=world.headers(who))
        assert xlsx.status_code == 200
        workbook = load_workbook(io.BytesIO(xlsx.content))
        cells = " | ".join(str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row)
        assert f"{draft.score:g}" in cells and "甲市场监督管理局" in cells
        assert (PERSONAL_PHONE in cells) is personal, who


def test_period_batch_input_errors(world: World) -> None:
    headers = world.headers("reviewer_a")
    backwards = world.client.post(
        "/api/v1/batches",
        json={"agency": AGENCY_A, "period_from": "2023-12-31", "period_to": "2023-01-01"},
        headers=headers,
    )
    assert backwards.status_code == 422 and backwards.json()["error"]["code"] == "invalid_period"
    foreign = world.client.post(
        "/api/v1/batches",
        json={"agency": AGENCY_B, "period_from": "2023-01-01", "period_to": "2023-12-31"},
        headers=headers,
    )
    assert foreign.status_code == 404
    missing = world.client.post("/api/v1/batches", json={"agency": AGENCY_A}, headers=headers)
    assert missing.status_code == 422 and "period_from" in missing.json()["error"]["message"]
    broken = world.client.post("/api/v1/batches", content=b"{", headers={**headers, "Content-Type": "application/json"})
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "invalid_json"
    text = world.client.post("/api/v1/batches", content=b"hello", headers={**headers, "Content-Type": "text/plain"})
    assert text.status_code == 415
    empty = world.client.post("/api/v1/batches", files=[("name", (None, "空批次"))], headers=headers)
    assert empty.status_code == 400, empty.text


def test_system_keys_create_no_batches(world: World) -> None:
    files = [("files", ("a.pdf", (SAMPLES / "case-03-simple.pdf").read_bytes(), "application/pdf"))]
    period = {"agency": AGENCY_A, "period_from": "2023-01-01", "period_to": "2023-12-31"}
    assert world.client.post("/api/v1/batches", json=period, headers=world.headers("system_a")).status_code == 403
    assert world.client.post("/api/v1/batches", files=files, headers=world.headers("system_a")).status_code == 403


def test_upload_batch_in_decision_scope(world: World) -> None:
    name = "case-03-simple.pdf"
    files = [("files", (name, (SAMPLES / name).read_bytes(), "application/octet-stream"))]
    response = world.client.post(
        "/api/v1/batches", files=files, data={"scope": "decision"}, headers=world.headers("evaluator_a")
    )
    assert response.status_code == 202, response.text
    with world.session() as session:
        from reviewer.store import get_case
        from reviewer.store.models import Case

        case_id = session.query(Case.id).filter(Case.batch_id == response.json()["batch_id"]).scalar()
        assert get_case(session, case_id).standard_id == "decision-2021"


def test_decision_batch_exports_one_row_per_decision(world: World, tmp_path: Any) -> None:
    from reviewer.core.settings import Settings
    from reviewer.pipeline.run import review
    from reviewer.store import save_draft
    from reviewer.store.models import Case
    from tests.conftest import build_pdf
    from tests.reviewer.pipeline.test_scope import DECISION

    pdf = build_pdf(tmp_path / "decision.pdf", [DECISION])
    files = [("files", ("decision.pdf", pdf.read_bytes(), "application/pdf"))]
    response = world.client.post(
        "/api/v1/batches", files=files, data={"scope": "decision"}, headers=world.headers("evaluator_a")
    )
    assert response.status_code == 202, response.text
    batch_id = response.json()["batch_id"]
    _, draft = review([pdf], Settings(), scope="decision")
    with world.session() as session:
        case_id = session.query(Case.id).filter(Case.batch_id == batch_id).scalar()
        save_draft(session, case_id, draft)
        session.commit()
    export = world.client.get(f"/api/v1/batches/{batch_id}/decisions.xlsx", headers=world.headers("evaluator_a"))
    assert export.status_code == 200, export.text
    book = load_workbook(io.BytesIO(export.content))
    rows = list(book["文书汇总"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1 and rows[0][3] == "嵩川市监处罚〔2024〕17号" and rows[0][6] == draft.score
    assert [r[1] for r in book["机关排名"].iter_rows(min_row=2, values_only=True)] == [rows[0][2]]
