"""Uploads are stored bytes-first and found again by the filters the API offers."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest

from reviewer.core.errors import FileTooLarge
from reviewer.store import NoFiles, accept_upload, get_case, list_cases, open_blobs, open_database
from reviewer.store.cases import safe_name


def test_accept_upload_stores_bytes_then_a_queued_case(service_settings) -> None:
    db, blobs = open_database(service_settings), open_blobs(service_settings)
    pdf = b"%PDF-1.4 not really a pdf"
    with db.session() as session:
        case = accept_upload(
            session,
            blobs,
            [("卷宗/第一册.pdf", io.BytesIO(pdf)), ("second.docx", b"PK\x03\x04")],
            agency_code="A-1",
            uploaded_by="张三",
            case_number="嵩市监罚〔2023〕1号",
        )
        case_id = case.id
    with db.session() as session:
        stored = get_case(session, case_id)
        assert stored is not None and stored.status == "queued" and stored.progress == 0.0
        assert stored.agency.code == "A-1" and stored.uploaded_by == "张三"
        assert [(f.position, f.name, f.size) for f in stored.files] == [
            (0, "第一册.pdf", len(pdf)),
            (1, "second.docx", 4),
        ]
        first = stored.files[0]
        assert first.sha256 == hashlib.sha256(pdf).hexdigest() and first.media_type == "application/pdf"
        assert blobs.open(first.sha256).read() == pdf


def test_same_names_are_kept_apart_and_paths_are_cut_off() -> None:
    assert safe_name("../../etc/passwd", 0) == "passwd"
    assert safe_name("C:\\卷宗\\决定书.pdf", 0) == "决定书.pdf"
    assert safe_name("..", 3) == "file-4"


def test_duplicate_names_get_a_position_prefix(service_settings) -> None:
    db, blobs = open_database(service_settings), open_blobs(service_settings)
    with db.session() as session:
        case = accept_upload(session, blobs, [("a.pdf", b"1"), ("a.pdf", b"2")], agency_code="A", uploaded_by="u")
        assert [f.name for f in case.files] == ["a.pdf", "2-a.pdf"]


def test_empty_upload_and_oversized_upload_are_typed_errors(service_settings) -> None:
    db, blobs = open_database(service_settings), open_blobs(service_settings)
    with db.session() as session:
        with pytest.raises(NoFiles) as no_files:
            accept_upload(session, blobs, [], agency_code="A", uploaded_by="u")
        assert "没有上传" in no_files.value.user_message
        with pytest.raises(FileTooLarge):
            accept_upload(
                session,
                blobs,
                [("a.pdf", b"x" * 60), ("b.pdf", b"y" * 60)],
                agency_code="A",
                uploaded_by="u",
                max_bytes=100,
            )
    with db.session() as session:
        assert list_cases(session)[1] == 0


def test_list_cases_filters_and_pages(service_settings) -> None:
    db, blobs = open_database(service_settings), open_blobs(service_settings)
    with db.session() as session:
        made = []
        for number, (agency, closed) in enumerate([("A", "2023-03-01"), ("A", "2023-07-01"), ("B", "2023-05-01")]):
            case = accept_upload(
                session,
                blobs,
                [("f.pdf", bytes([number]))],
                agency_code=agency,
                uploaded_by="u",
                case_number=f"罚〔2023〕{number}号",
                closing_date=dt.date.fromisoformat(closed),
            )
            made.append(case)
        made[1].grade, made[1].status = "合格", "drafted"
        agency_a = made[0].agency_id
    with db.session() as session:
        cases, total = list_cases(session, agency_ids=[agency_a])
        assert total == 2 and {c.id for c in cases} == {made[0].id, made[1].id}
        assert list_cases(session, status="drafted")[1] == 1
        assert [c.id for c in list_cases(session, grade="合格")[0]] == [made[1].id]
        in_period = list_cases(session, period_from=dt.date(2023, 4, 1), period_to=dt.date(2023, 6, 30))[0]
        assert [c.id for c in in_period] == [made[2].id]
        assert [c.id for c in list_cases(session, search="〕2号")[0]] == [made[2].id]
        page, total = list_cases(session, offset=1, limit=1)
        assert total == 3 and len(page) == 1
        assert list_cases(session, agency_ids=[])[1] == 0
