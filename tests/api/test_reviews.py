"""Drafts, findings, corrections with ETag/If-Match, the audit trail, sign-off and exports."""

from __future__ import annotations

import io
import json

from docx import Document

from tests.api.conftest import PERSONAL_ID, PERSONAL_PHONE, World


def _first(world: World, case_id: str, status: str = "fail") -> dict:
    findings = world.client.get(f"/api/v1/cases/{case_id}/findings", headers=world.headers("reviewer_a")).json()
    return next(f for f in findings["findings"] if f["status"] == status and f["points"] > 0)


def test_draft_follows_the_contract(world: World, drafted_case: str) -> None:
    response = world.client.get(f"/api/v1/cases/{drafted_case}/draft", headers=world.headers("reviewer_a"))
    assert response.status_code == 200
    draft = response.json()
    for key in (
        "case_id",
        "standard",
        "procedure",
        "pages",
        "instruments",
        "timeline",
        "facts",
        "findings",
        "score",
        "grade",
        "veto",
        "needs_review",
    ):
        assert key in draft, key
    assert draft["case_id"] == drafted_case and draft["standard"]["id"] == "henan-2022"
    assert draft["pages"] == 22 and draft["facts"]["fine_yuan"] == "30000.00"


def test_case_status_shows_the_draft_state(world: World, drafted_case: str) -> None:
    detail = world.client.get(f"/api/v1/cases/{drafted_case}", headers=world.headers("evaluator_a")).json()
    assert detail["status"] == "drafted" and detail["progress"] == 1.0 and detail["pages"] == 22
    assert detail["error"] is None and detail["signoff"] is None and detail["score"] is not None


def test_patch_needs_if_match_and_refuses_stale_etags(world: World, drafted_case: str) -> None:
    finding = _first(world, drafted_case)
    url = f"/api/v1/cases/{drafted_case}/findings/{finding['check_id']}"
    got = world.client.get(url, headers=world.headers("reviewer_a"))
    etag = got.headers["ETag"]

    missing = world.client.patch(url, json={"status": "pass"}, headers=world.headers("reviewer_a"))
    assert missing.status_code == 428 and missing.json()["error"]["code"] == "if_match_required"

    first = world.client.patch(
        url,
        json={"status": "pass", "comment": "送达回证日期在期限内"},
        headers={**world.headers("reviewer_a"), "If-Match": etag},
    )
    assert first.status_code == 200, first.text
    assert first.headers["ETag"] != etag and first.json()["finding"]["status"] == "pass"

    # A second reviewer who read the same version must not overwrite the first one's change.
    stale = world.client.patch(
        url, json={"status": "fail", "deducted": 1}, headers={**world.headers("admin"), "If-Match": etag}
    )
    assert stale.status_code == 412 and stale.json()["error"]["code"] == "stale_version"
    assert stale.headers["ETag"] == first.headers["ETag"]
    now = world.client.get(url, headers=world.headers("reviewer_a")).json()
    assert now["status"] == "pass" and now["corrected"] is True


def test_correction_recomputes_the_score_and_is_audited(world: World, drafted_case: str) -> None:
    finding = _first(world, drafted_case)
    before = world.client.get(f"/api/v1/cases/{drafted_case}/draft", headers=world.headers("reviewer_a")).json()
    url = f"/api/v1/cases/{drafted_case}/findings/{finding['check_id']}"
    etag = world.client.get(url, headers=world.headers("reviewer_a")).headers["ETag"]
    result = world.client.patch(
        url, json={"status": "pass", "comment": "经核实符合"}, headers={**world.headers("reviewer_a"), "If-Match": etag}
    ).json()
    assert result["score"] == round(before["score"] + finding["deducted"], 2)
    after = world.client.get(f"/api/v1/cases/{drafted_case}/draft", headers=world.headers("reviewer_a")).json()
    assert after["score"] == result["score"]
    trail = world.client.get(f"/api/v1/cases/{drafted_case}/corrections", headers=world.headers("evaluator_a")).json()
    entry = trail["corrections"][0]
    assert (entry["check_id"], entry["actor"], entry["old_status"], entry["new_status"], entry["comment"]) == (
        finding["check_id"],
        "reviewer_a",
        "fail",
        "pass",
        "经核实符合",
    )


def test_bad_corrections_are_422(world: World, drafted_case: str) -> None:
    finding = _first(world, drafted_case)
    url = f"/api/v1/cases/{drafted_case}/findings/{finding['check_id']}"
    etag = world.client.get(url, headers=world.headers("reviewer_a")).headers["ETag"]
    headers = {**world.headers("reviewer_a"), "If-Match": etag}
    for body in (
        {"status": "maybe"},
        {"deducted": -1},
        {},
        {"status": "pass", "colour": "red"},
        {"deducted": finding["points"] + 1},
    ):
        response = world.client.patch(url, json=body, headers=headers)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["error"]["message"]
    missing = world.client.get(f"/api/v1/cases/{drafted_case}/findings/no.such_check", headers=headers)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "finding_not_found"


def test_signoff_locks_the_case(world: World, drafted_case: str) -> None:
    finding = _first(world, drafted_case)
    url = f"/api/v1/cases/{drafted_case}/findings/{finding['check_id']}"
    etag = world.client.get(url, headers=world.headers("reviewer_a")).headers["ETag"]
    signed = world.client.post(f"/api/v1/cases/{drafted_case}/signoff", headers=world.headers("reviewer_a"))
    assert signed.status_code == 200 and signed.json()["actor"] == "reviewer_a"
    locked = world.client.patch(url, json={"status": "pass"}, headers={**world.headers("reviewer_a"), "If-Match": etag})
    assert locked.status_code == 409 and locked.json()["error"]["code"] == "case_locked"
    again = world.client.post(f"/api/v1/cases/{drafted_case}/signoff", headers=world.headers("reviewer_a"))
    assert again.status_code == 409
    detail = world.client.get(f"/api/v1/cases/{drafted_case}", headers=world.headers("evaluator_a")).json()
    assert detail["status"] == "signed" and detail["signoff"]["score"] == signed.json()["score"]


def test_exports_carry_the_corrected_score(world: World, drafted_case: str) -> None:
    finding = _first(world, drafted_case)
    url = f"/api/v1/cases/{drafted_case}/findings/{finding['check_id']}"
    etag = world.client.get(url, headers=world.headers("reviewer_a")).headers["ETag"]
    score = world.client.patch(
        url, json={"status": "pass"}, headers={**world.headers("reviewer_a"), "If-Match": etag}
    ).json()["score"]
    exported = world.client.get(f"/api/v1/cases/{drafted_case}/export.json", headers=world.headers("reviewer_a"))
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    assert json.loads(exported.content)["score"] == score
    docx = world.client.get(f"/api/v1/cases/{drafted_case}/export.docx", headers=world.headers("reviewer_a"))
    assert docx.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert f"总得分：{score:g} 分" in text


def test_masking_depends_on_the_right(world: World, drafted_case: str) -> None:
    """reviewer (personal.read) sees the planted ID and phone; evaluator and system get them masked."""
    for who, visible in (("reviewer_a", True), ("admin", True), ("evaluator_a", False), ("system_a", False)):
        for path in ("draft", "findings", "export.json"):
            body = world.client.get(f"/api/v1/cases/{drafted_case}/{path}", headers=world.headers(who)).text
            assert (PERSONAL_ID in body) is visible, (who, path)
            assert (PERSONAL_PHONE in body) is visible, (who, path)
            if not visible:
                assert "410102********1230" in body and "138****5678" in body, (who, path)


def test_not_drafted_case_answers_409(world: World) -> None:
    from reviewer.store import accept_upload
    from tests.api.conftest import SAMPLES

    with world.session() as session:
        case = accept_upload(
            session,
            world.client.app.state.blobs,
            [("a.pdf", (SAMPLES / "case-03-simple.pdf").read_bytes())],
            agency_code="agency-a",
            uploaded_by="t",
        )
        case_id = case.id
    for path in ("draft", "findings", "export.json", "export.docx"):
        response = world.client.get(f"/api/v1/cases/{case_id}/{path}", headers=world.headers("reviewer_a"))
        assert response.status_code == 409 and response.json()["error"]["code"] == "draft_not_ready", path
    assert world.client.post(f"/api/v1/cases/{case_id}/signoff", headers=world.headers("reviewer_a")).status_code == 409
