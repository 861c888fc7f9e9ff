"""POST /api/v1/cases: what is accepted and stored, what is refused at the door, and the size limit."""

from __future__ import annotations

import io
import zipfile

import pytest

from reviewer.core.settings import Settings
from tests.api.conftest import AGENCY_A, AGENCY_B, SAMPLES, World, build_world

PDF = SAMPLES / "case-01-market.pdf"


def upload(world: World, who: str, files: list[tuple[str, bytes]], **fields: str):
    parts = [("files", (name, data, "application/octet-stream")) for name, data in files]
    return world.client.post("/api/v1/cases", files=parts, data=fields, headers=world.headers(who))


def test_upload_stores_bytes_and_queues(world: World) -> None:
    response = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], case_number="嵩市监罚〔2023〕1号")
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["status"] == "queued" and body["queued"] is True and body["job_id"]
    with world.session() as session:
        from reviewer.store import get_case

        case = get_case(session, body["case_id"])
        assert case.agency.code == AGENCY_A and case.uploaded_by == "evaluator_a"
        assert case.case_number == "嵩市监罚〔2023〕1号" and case.standard_id == "henan-2022"
        stored = world.client.app.state.blobs.open(case.files[0].sha256).read()
    assert stored == PDF.read_bytes()
    status = world.client.get(f"/api/v1/cases/{body['case_id']}", headers=world.headers("evaluator_a")).json()
    assert status["status"] == "queued" and status["files"][0]["name"] == PDF.name


def test_many_files_and_zip_make_one_case(world: World) -> None:
    docx = SAMPLES / "case-01-market.docx"
    many = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes()), (docx.name, docx.read_bytes())])
    assert many.status_code == 202, many.text
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.write(PDF, "卷宗/01.pdf")
    zipped = upload(world, "evaluator_a", [("案卷.zip", buffer.getvalue())])
    assert zipped.status_code == 202, zipped.text
    detail = world.client.get(f"/api/v1/cases/{many.json()['case_id']}", headers=world.headers("evaluator_a")).json()
    assert [f["name"] for f in detail["files"]] == [PDF.name, docx.name]


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("empty.pdf", b"", 400, "empty_file"),
        ("notes.pdf", b"just some text, not a case file", 415, "unsupported_format"),
        ("scan.pdf", b"PK\x03\x04" + b"\x00" * 40, 400, "mislabeled_file"),
    ],
)
def test_bad_files_are_refused_with_a_typed_error(world: World, name: str, data: bytes, status: int, code: str) -> None:
    response = upload(world, "evaluator_a", [(name, data)])
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and name in error["message"]
    with world.session() as session:
        from reviewer.store import list_cases

        assert list_cases(session)[1] == 0, "a refused upload must not leave a case behind"


def test_unsafe_zip_is_refused(world: World) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/evil.pdf", PDF.read_bytes()[:2000])
    response = upload(world, "evaluator_a", [("evil.zip", buffer.getvalue())])
    assert response.status_code == 400 and response.json()["error"]["code"] == "unsafe_archive"


def test_corrupt_pdf_is_stored_for_the_worker_to_fail(world: World) -> None:
    """Looks like a PDF, is damaged inside: accepted and stored (the worker marks it failed with the reason)."""
    damaged = PDF.read_bytes()[:3000]
    response = upload(world, "evaluator_a", [("damaged.pdf", damaged)])
    assert response.status_code == 202, response.text


def test_missing_files_and_bad_fields_are_422(world: World) -> None:
    response = world.client.post("/api/v1/cases", data={"agency": AGENCY_A}, headers=world.headers("evaluator_a"))
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    response = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], closing_date="2023-13-45")
    assert response.status_code == 422 and "closing_date" in response.json()["error"]["message"]


def test_unknown_standard_and_path_standard_are_refused(world: World) -> None:
    for standard in ("no-such-standard", "/etc/passwd", "../checklists/henan-2022.yaml"):
        response = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], standard=standard)
        assert response.status_code == 422, response.text
        assert response.json()["error"]["code"] == "unknown_standard"


def test_agency_scope_on_upload(world: World) -> None:
    foreign = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], agency=AGENCY_B)
    assert foreign.status_code == 403 and foreign.json()["error"]["code"] == "agency_forbidden"
    unscoped = upload(world, "admin", [(PDF.name, PDF.read_bytes())])
    assert unscoped.status_code == 422 and unscoped.json()["error"]["code"] == "agency_required"
    assert upload(world, "admin", [(PDF.name, PDF.read_bytes())], agency=AGENCY_B).status_code == 202


def test_body_over_the_limit_is_413_declared_or_streamed(sqlite_settings: Settings) -> None:
    world = build_world(sqlite_settings.model_copy(update={"max_upload_bytes": 64 * 1024}))
    big = b"%PDF-1.7\n" + b"0" * (100 * 1024)
    declared = upload(world, "evaluator_a", [("big.pdf", big)])
    assert declared.status_code == 413 and declared.json()["error"]["code"] == "file_too_large"

    def chunks():  # no Content-Length: the limit must hold while the body streams in
        boundary = b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="big.pdf"\r\n\r\n'
        yield boundary
        for _ in range(20):
            yield b"0" * 8192
        yield b"\r\n--xyz--\r\n"

    streamed = world.client.post(
        "/api/v1/cases",
        content=chunks(),
        headers={**world.headers("evaluator_a"), "Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert streamed.status_code == 413 and streamed.json()["error"]["code"] == "file_too_large"
    with world.session() as session:
        from reviewer.store import list_cases

        assert list_cases(session)[1] == 0


def test_redis_down_still_stores_the_upload(sqlite_settings: Settings) -> None:
    """The queue is unreachable: 202, the case stored as queued with no job, and it says so."""
    world = build_world(sqlite_settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"}))
    response = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())])
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["queued"] is False and body["job_id"] is None and "队列" in body["message"]
    detail = world.client.get(f"/api/v1/cases/{body['case_id']}", headers=world.headers("evaluator_a")).json()
    assert detail["status"] == "queued" and detail["files"][0]["size"] == PDF.stat().st_size


def test_decision_scope_upload_stores_the_decision_standard(world: World) -> None:
    response = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], scope="decision")
    assert response.status_code == 202, response.text
    with world.session() as session:
        from reviewer.store import get_case

        assert get_case(session, response.json()["case_id"]).standard_id == "decision-2021"
    mixed = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], scope="decision", standard="henan-2022")
    assert mixed.status_code == 422 and mixed.json()["error"]["code"] == "unknown_scope"
    assert "decision-2021" in mixed.json()["error"]["message"]
    unknown = upload(world, "evaluator_a", [(PDF.name, PDF.read_bytes())], scope="letters")
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "unknown_scope"
